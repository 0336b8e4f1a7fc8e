"""The public face of the package: what `import sitrep` offers, and that it does not drift silently."""

import sitrep

EXPECTED = {
    "Check", "Claim", "ConfigError", "Count", "Document", "Event", "Extraction", "ExtractionError", "Extractor",
    "Failure", "Figure", "IngestReport", "InputError", "Place", "Records", "SitrepError", "Span", "Store", "StoreError",
    "__version__", "check_claim", "default_extractor", "extract", "extract_files", "ingest", "render", "summarize",
    "to_pandas",
}


def test_all_lists_exactly_the_public_api() -> None:
    assert set(sitrep.__all__) == EXPECTED
    assert all(hasattr(sitrep, name) for name in sitrep.__all__)


def test_every_public_function_has_a_docstring() -> None:
    for name in sitrep.__all__:
        obj = getattr(sitrep, name)
        if callable(obj):
            assert obj.__doc__, name


def test_stages_never_import_a_later_stage() -> None:
    from pathlib import Path

    order = ["ingest", "extract", "geo", "store", "analyze", "report"]
    root = Path(sitrep.__file__).parent
    for position, stage in enumerate(order):
        folder = root / stage
        if not folder.exists():
            continue
        for path in folder.rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for later in order[position + 1 :]:
                assert f"sitrep.{later}" not in text, f"{path.relative_to(root)} imports sitrep.{later}"
