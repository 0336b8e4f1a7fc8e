"""Extraction: a Document in, events and aggregate claims out, every value tied to its span of text.

    >>> from sitrep.extract import Extractor
    >>> extraction = Extractor()(document)          # doctest: +SKIP

The pipeline (see :mod:`sitrep.extract.pipeline`) marks numbers, dates, actors, places, regions and tactics;
:mod:`sitrep.extract.claims` assembles aggregate claims from them. Place names come from the caller (the geo stage
supplies them through :func:`sitrep.api.default_extractor`), so this stage imports no later stage.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.language import Language

from sitrep.errors import ExtractionError
from sitrep.extract.claims import assemble_claims
from sitrep.extract.events import assemble_events
from sitrep.extract.pipeline import build_pipeline, run
from sitrep.model import Document, Extraction
from sitrep.taxonomy import ActorTable

if TYPE_CHECKING:
    from sitrep.extract.learned import LearnedModel

__all__ = ["RULES_VERSION", "Extractor", "build_pipeline"]

RULES_VERSION = "sitrep-rules/2"
"""Name and version of the rule set, stored with every record it makes. Raise the number when a rule change
alters what the rules extract, so that ``sitrep reextract`` can tell which stored records an older rule set made."""


class Extractor:
    """A loaded pipeline that turns Documents into Extractions. Build once, call many times."""

    def __init__(self, *, actors: ActorTable | None = None, places: Mapping[str, str] | None = None,
                 model: LearnedModel | None = None) -> None:
        self.actors = actors or ActorTable.load()
        self.nlp: Language = build_pipeline(actors=self.actors, places=places)
        self.model = model
        # The name says which rules and, when one joined them, which learned model made a record.
        self.name = RULES_VERSION if model is None else f"{RULES_VERSION}+{model.source}"

    def __call__(self, document: Document) -> Extraction:
        """Extract the incidents and aggregate claims of one document."""
        try:
            doc = run(self.nlp, document.text, document.published)
            covered: set[int] = set()
            claims = assemble_claims(doc, document.id, self.actors, covered)
            events = assemble_events(doc, document.id, self.actors, covered)
            if self.model is not None:
                events = self.model.apply(document.text, events)  # learned heads re-decide the rules' types
        except Exception as error:
            # One document that trips the extractor must not stop a batch of thousands: it is reported (with the
            # original error chained for debugging) and the caller goes on with the next.
            raise ExtractionError(f"extraction failed ({type(error).__name__}: {error}); please report this "
                                  "document", document_id=document.id) from error
        stamp = {"extractor": self.name}
        return Extraction(document=document, events=[e.model_copy(update=stamp) for e in events],
                          claims=[c.model_copy(update=stamp) for c in claims])
