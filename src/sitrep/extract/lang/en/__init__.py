"""English vocabulary for the extraction rules."""
