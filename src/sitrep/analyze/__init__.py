"""Analysis: claim checks, aggregation and summaries over stored records."""
