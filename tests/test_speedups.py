"""Compiled builds of the rule modules: used only when they match today's source, and they change no output."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep import speedups

ROOT = Path(__file__).resolve().parents[1]

PROBE = '''
import cython


def compiled() -> bool:
    """True in the compiled build, False when the .py runs."""
    return cython.compiled
'''


def _can_compile() -> bool:
    try:
        import Cython  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError:
        return False
    return shutil.which("cc") is not None or shutil.which("gcc") is not None


needs_compiler = pytest.mark.skipif(not _can_compile(), reason="needs Cython (the `fast` extra) and a C compiler")


@pytest.fixture
def probe_package(tmp_path: Path):
    """A package ``probe`` with one module, importable from ``tmp_path``; forgotten afterwards."""
    (tmp_path / "probe").mkdir()
    (tmp_path / "probe" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "probe" / "fast.py").write_text(PROBE, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    finders: list[speedups.CompiledFinder] = []
    yield tmp_path, finders
    for finder in finders:
        sys.meta_path.remove(finder)
    sys.path.remove(str(tmp_path))
    for name in ("probe.fast", "probe"):
        sys.modules.pop(name, None)


def _import_probe(tmp_path: Path, finders: list[speedups.CompiledFinder]):
    finder = speedups.CompiledFinder(["probe.fast"], tmp_path / "compiled")
    sys.meta_path.insert(0, finder)
    finders.append(finder)
    for name in ("probe.fast", "probe"):
        sys.modules.pop(name, None)
    importlib.invalidate_caches()
    return importlib.import_module("probe.fast"), finder


@needs_compiler
def test_a_module_with_a_build_of_its_current_source_is_imported_compiled(probe_package):
    tmp_path, finders = probe_package
    written = speedups.build(["probe.fast"], tmp_path / "compiled", root=tmp_path)
    assert [p.name.split(".")[:2] for p in written] == [["probe", "fast"]]

    module, finder = _import_probe(tmp_path, finders)

    assert module.compiled() is True
    assert finder.loaded == ["probe.fast"]


@needs_compiler
def test_an_edited_module_runs_from_its_source_until_it_is_compiled_again(probe_package):
    tmp_path, finders = probe_package
    speedups.build(["probe.fast"], tmp_path / "compiled", root=tmp_path)
    source = tmp_path / "probe" / "fast.py"
    source.write_text(PROBE + "\nEDITED = True\n", encoding="utf-8")

    module, finder = _import_probe(tmp_path, finders)

    assert module.compiled() is False and module.EDITED is True
    assert finder.loaded == []
    # Building again replaces the stale build (one file per module) and the edit is compiled in.
    speedups.build(["probe.fast"], tmp_path / "compiled", root=tmp_path)
    assert len(list((tmp_path / "compiled").glob("probe.fast.*"))) == 1
    module, _ = _import_probe(tmp_path, finders)
    assert module.compiled() is True and module.EDITED is True


def test_a_module_never_built_is_imported_from_its_source(probe_package):
    tmp_path, finders = probe_package
    (tmp_path / "compiled").mkdir()
    (tmp_path / "probe" / "fast.py").write_text("VALUE = 1\n", encoding="utf-8")

    module, finder = _import_probe(tmp_path, finders)

    assert module.VALUE == 1 and module.__file__.endswith("fast.py")
    assert finder.loaded == []


def test_sitrep_pure_turns_the_compiled_builds_off():
    code = "import sitrep.extract, sitrep.speedups as s; print(s.active())"
    env = {**os.environ, "SITREP_PURE": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


TEXTS = [
    "On 3 May 2024, gunmen killed four villagers and abducted two women in Tillaberi region, Niger.",
    "Hundreds of teachers protested outside parliament in Nairobi on Monday; police fired tear gas.",
    "The group's newspaper said its fighters carried out 12 operations last week, 7 of them in Deir Ezzor, "
    "killing or wounding 30 soldiers.",
]


def _extract_json(texts: list[str]) -> str:
    from sitrep import api
    from sitrep.model import Document

    out = []
    for text in texts:
        extraction = api.extract(Document.from_text(text, published="2024-05-04"))
        out.append(extraction.model_dump(mode="json", exclude={"document": {"ingested_at"}}))
    return json.dumps(out, sort_keys=True)


def test_compiled_and_pure_extraction_give_the_same_output():
    import sitrep.extract  # noqa: F401 (imports the rule modules through the finder)

    if not speedups.active():
        pytest.skip("no compiled build of today's source (`make compiled`)")
    code = ("import sys, json; sys.path.insert(0, 'tests'); import test_speedups as t; "
            "print(t._extract_json(t.TEXTS))")
    env = {**os.environ, "SITREP_PURE": "1", "SITREP_MODEL": "none"}
    pure = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(pure.stdout) == json.loads(_extract_json(TEXTS))
