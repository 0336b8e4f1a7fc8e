"""The store stage: extractions into a DuckDB file, records and SQL out.

:class:`Store` is the whole public face. The schema lives in :mod:`sitrep.store.migrations`, the mapping between
records and rows in :mod:`sitrep.store.rows`, and the one write path in :mod:`sitrep.store.database`.
"""

from sitrep.store.store import CURRENT_DOCUMENTS, Store

__all__ = ["CURRENT_DOCUMENTS", "Store"]
