"""Import spaCy without its command-line package (imported for this module's side effect, before any spaCy import).

``import spacy`` runs ``from .cli.info import info``, and ``spacy.cli`` imports typer, weasel, requests, httpx,
jinja2 and every training command: about 0.15-0.4 CPU s of the 0.6-0.9 s that importing spaCy costs, paid by every
``sitrep`` command that extracts, for a package sitrep never uses. While spaCy's package runs, stand-ins take the
places of ``spacy.cli`` and ``spacy.cli.info``; they are removed as soon as it is imported, so that a later ``import
spacy.cli`` (``python -m spacy``, a training script) loads the real package, and ``spacy.info()`` loads it on its
first call. Nothing else changes: the pipelines, registries and tokenizers sitrep builds are spaCy's own.

Importing it also seeds ``re``'s cache with the patterns kept on disk (:mod:`sitrep.regexcache`), before spaCy and
the rules compile theirs.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from sitrep import regexcache


def import_spacy() -> None:
    """Import spaCy with ``spacy.cli`` deferred (nothing to do where spaCy is imported already)."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # (a package: ``spacy.cli.info`` is its child)
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args: Any, **kwargs: Any) -> Any:
        """spaCy's ``spacy.info``, its command-line package imported on the first call."""
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info_module.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info_module
    try:
        import spacy
    finally:
        for name, stand_in in (("spacy.cli.info", info_module), ("spacy.cli", cli)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli  # (so that ``spacy.cli`` is looked up, and imported, again)


# (before spaCy and the rules are imported: the patterns of earlier processes are found in re's cache, not compiled)
regexcache.seed()
import_spacy()
