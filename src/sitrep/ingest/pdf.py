"""PDF files (reports, press releases) as Documents, read by pypdf.

The text of every page, in order, becomes one Document (format ``"text"`` is not claimed: the DESIGN's formats
have no PDF, so the document's ``encoding`` says ``"pdf"``). A PDF without a text layer (a scan) is an InputError
that says so: sitrep does no OCR.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

from sitrep.errors import InputError
from sitrep.model import Document, Failure

PDF_MAGIC = b"%PDF-"


def read_pdf_bytes(data: bytes, *, path: str, published: date | None = None,
                   source: str | None = None) -> Iterator[Document | Failure]:
    """One PDF's text as one Document; raises InputError (with ``path``) for a damaged, encrypted or image-only PDF."""
    # Imported here: only PDFs need pypdf.
    import pypdf
    from pypdf.errors import PyPdfError

    from sitrep.ingest.readers import document_from_text

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError("PDF is encrypted; decrypt it first", path=path)
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or None
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        # pypdf raises several types on damaged files; all mean "cannot be read" here.
        raise InputError(f"PDF cannot be read: {type(error).__name__}: {error}"[:200], path=path) from error
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise InputError("PDF has no text layer (a scan?); sitrep does no OCR", path=path)
    document = document_from_text(text, format="text", title=title if isinstance(title, str) else None, path=path,
                                  encoding="pdf", published=published, source=source)
    return iter([document])
