"""Compiled builds of extraction's hot modules: the same source files, unchanged, compiled by Cython to C extensions.

Extraction's rules are plain Python and stay so: they are what a contributor reads and edits. Cython compiles those
same files, without any change to them, into extension modules that skip the interpreter's bytecode loop. The
compiled files are a cache of the source, never a second source of truth:

- ``python -m sitrep.speedups`` (``make`` runs it after installing) compiles each module of :data:`MODULES` into
  :data:`FOLDER` as ``<module>.<hash><suffix>``, where ``<hash>`` is the SHA-1 of the source text it was compiled
  from. It needs the ``fast`` extra (Cython) and a C compiler; without them it says so and nothing changes.
- :func:`install` (called when :mod:`sitrep` is imported) puts :class:`CompiledFinder` first on ``sys.meta_path``.
  It loads a module's compiled file only when one exists for that module's *current* source; a module edited since
  its last build is imported from its ``.py``, so a stale build can never run. ``SITREP_PURE=1`` turns them off.

Why Cython's pure-Python mode rather than mypyc or hand-written extensions: it compiles the files as they are
(mypyc would enforce every type hint at run time and reject some dynamic code), and the output stays identical
(``benchmarks/check_extract_identical.py``). What it saves is measured by ``benchmarks/bench_instructions.py``.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

__all__ = ["FOLDER", "MODULES", "CompiledFinder", "active", "build", "install"]

MODULES: tuple[str, ...] = (
    "sitrep.extract.pipeline",
    "sitrep.extract.prefilter",
    "sitrep.extract.numbers",
    "sitrep.extract.dates",
    "sitrep.extract.roles",
    "sitrep.extract.attribution",
    "sitrep.extract.claims",
    "sitrep.extract.events",
)
"""The modules compiled: where extraction spends its Python time (cProfile by file). A package's ``__init__`` cannot be
listed (its ``__path__`` comes from the finder that loads it)."""

FOLDER = Path(__file__).resolve().parent / "_compiled"
"""Where the compiled files live (inside the package, ignored by git; ``make clean`` removes them)."""

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
"""This interpreter's extension suffix (``.cpython-311-x86_64-linux-gnu.so``): a build for another is never found."""

DIRECTIVES = {"language_level": 3, "binding": True, "annotation_typing": False}
"""Cython's settings. ``annotation_typing`` off: a hint such as ``x: float`` must not turn ``x`` into a C double
(the source's hints describe, they do not convert); ``binding``: functions keep Python's introspection."""


FLAGS = ["-O1", "-g0", "-w"]
"""C compiler flags after Python's own (gcc and clang; the last -O wins). Python's ``-O3 -g`` took over a quarter of
an hour and 1.3 GB a compiler process on the two largest modules (~170,000 generated lines each) on this 2-core
machine under load; at -O1 the eight modules build in ~2 CPU minutes and run 9.72 million instructions a document,
against 9.60 for a build with three small modules at -O2: not worth the wait. No debug tables, and no warnings
about Cython's generated code."""


def source_hash(source: bytes) -> str:
    """The name part that ties a compiled file to the exact source text it was compiled from."""
    return hashlib.sha1(source).hexdigest()[:16]


def compiled_path(name: str, source: bytes, folder: Path = FOLDER) -> Path:
    """Where the compiled build of module ``name`` from ``source`` is (or would be)."""
    return folder / f"{name}.{source_hash(source)}{SUFFIX}"


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds a compiled build of each of ``modules`` whose source hash matches the module's ``.py`` today."""

    def __init__(self, modules: Sequence[str], folder: Path) -> None:
        self.modules = frozenset(modules)
        self.folder = folder
        self.loaded: list[str] = []

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
                  ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.modules:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            return None
        try:
            compiled = compiled_path(fullname, Path(spec.origin).read_bytes(), self.folder)
        except OSError:
            return None
        if not compiled.is_file():
            return None  # never built, or built from other source text: the .py it is
        self.loaded.append(fullname)
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(compiled))
        return importlib.util.spec_from_file_location(fullname, compiled, loader=loader)


_finder: CompiledFinder | None = None


def install(modules: Sequence[str] = MODULES, folder: Path = FOLDER) -> CompiledFinder | None:
    """Put the finder of compiled builds first on ``sys.meta_path`` (once); ``None`` when there is nothing to load
    or ``SITREP_PURE`` is set. Modules imported before this call stay as they are."""
    global _finder
    if _finder is not None or os.environ.get("SITREP_PURE") or not folder.is_dir():
        return _finder
    _finder = CompiledFinder(modules, folder)
    sys.meta_path.insert(0, _finder)
    return _finder


def active() -> list[str]:
    """The modules imported from a compiled build in this process."""
    return list(_finder.loaded) if _finder is not None else []


ROOT = Path(__file__).resolve().parent.parent
"""The folder that holds the ``sitrep`` package (``src/`` in a checkout)."""


def _source_file(name: str, root: Path) -> Path:
    """The ``.py`` file of module ``name`` under ``root`` (``sitrep.extract.events``: ``sitrep/extract/events.py``)."""
    return root.joinpath(*name.split(".")).with_suffix(".py")


def build(modules: Sequence[str] = MODULES, folder: Path = FOLDER, *, root: Path = ROOT, quiet: bool = True
          ) -> list[Path]:
    """Compile each of ``modules`` (found under ``root``) whose current source has no build yet; remove builds of
    older sources. Returns the files written. Raises ``ImportError`` without Cython or setuptools and the compiler's
    error when it fails."""
    import shutil
    import tempfile

    from Cython.Build import cythonize  # the `fast` extra
    from setuptools import Distribution, Extension

    folder.mkdir(parents=True, exist_ok=True)
    todo: dict[str, bytes] = {}
    for name in modules:
        source = _source_file(name, root).read_bytes()
        target = compiled_path(name, source, folder)
        for old in folder.glob(f"{name}.*{SUFFIX}"):
            if old != target:
                old.unlink()
        if not target.is_file():
            todo[name] = source
    if not todo:
        return []
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="sitrep-compile-") as tmp:
        work = Path(tmp)
        extensions = []
        for name, source in todo.items():
            # The exact bytes hashed are the bytes compiled, even if the file is edited while this runs.
            copy = work / "src" / Path(*name.split(".")).with_suffix(".py")
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(source)
            extensions.append(Extension(name, [str(copy)], extra_compile_args=FLAGS if os.name == "posix" else []))
        built = cythonize(extensions, compiler_directives=DIRECTIVES, build_dir=str(work / "c"), quiet=quiet,
                          nthreads=os.cpu_count() or 1)
        distribution = Distribution({"ext_modules": built, "script_args": ["--quiet"] if quiet else []})
        command = distribution.get_command_obj("build_ext")
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "tmp")
        command.parallel = os.cpu_count() or 1
        command.ensure_finalized()
        command.run()
        for name, source in todo.items():
            produced = work / "lib" / Path(*name.split(".")).with_suffix(SUFFIX)
            target = compiled_path(name, source, folder)
            shutil.move(str(produced), target)
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m sitrep.speedups [--clean]``: build the compiled modules (or remove them); never fails the caller's
    install: without Cython or a compiler it says why on one line and the pure-Python modules run."""
    import shutil
    import sysconfig

    args = sys.argv[1:] if argv is None else argv
    if "--clean" in args:
        shutil.rmtree(FOLDER, ignore_errors=True)
        print(f"removed {FOLDER}")
        return 0
    if sysconfig.get_config_var("CC") is None and shutil.which("cc") is None:
        print("sitrep.speedups: no C compiler; extraction runs as pure Python", file=sys.stderr)
        return 0
    try:
        written = build(quiet="--verbose" not in args)
    except ImportError as error:
        print(f"sitrep.speedups: {error} (pip install 'sitrep[fast]'); extraction runs as pure Python",
              file=sys.stderr)
        return 0
    except Exception as error:  # a compiler's failure must not fail an install: the .py modules still run
        print(f"sitrep.speedups: compiling failed ({type(error).__name__}: {error}); extraction runs as pure Python",
              file=sys.stderr)
        return 0
    fresh = len(MODULES) - len(written)
    print(f"sitrep.speedups: {len(written)} modules compiled, {fresh} already up to date ({FOLDER})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
