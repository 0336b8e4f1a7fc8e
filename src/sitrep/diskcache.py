"""Files that start-up work leaves on disk so the next process can skip it: ``$XDG_CACHE_HOME/sitrep``.

Every entry is named by a fingerprint of everything it was derived from (the source files' sizes and modification
times, a digest of the inputs, the versions of the code that made it), so a stale entry is never read: a changed
input names another file. Writers write a private temporary file and rename it into place, so two processes that
race see either the whole file or none. A cache that cannot be read or written is simply not used: every caller
can do the work itself. ``SITREP_NO_CACHE=1`` turns the cache off (tests that time the work itself, read-only
homes).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import mmap
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["Parts", "directory", "fingerprint", "prune", "read", "read_parts", "write", "write_parts"]

VERSION = "1"
"""Raise when the layout of an entry changes."""


def directory() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    if os.environ.get("SITREP_NO_CACHE"):
        return None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sitrep"


def fingerprint(*parts: str, files: Iterable[Path] = ()) -> str:
    """A short digest of ``parts``, of each file's path, size and modification time, and of sitrep's and Python's
    versions. Name the module that makes an entry among ``files``, so that editing the code that makes an entry
    (or the layout it writes) makes a new one."""
    from sitrep import __version__

    digest = hashlib.sha256(f"{VERSION}\n{__version__}\n{sys.version}".encode())  # (marshal is per Python)
    digest.update("\n".join(("", *parts)).encode("utf-8", "surrogatepass"))
    for path in files:
        stat = path.stat()
        digest.update(f"\n{path}:{stat.st_size}:{stat.st_mtime_ns}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def read(name: str) -> Any:
    """The entry ``name`` (a ``.json`` or ``.marshal`` file name), or None when absent or unreadable."""
    folder = directory()
    if folder is None:
        return None
    try:
        raw = (folder / name).read_bytes()
        return marshal.loads(raw) if name.endswith(".marshal") else json.loads(raw)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write(name: str, value: Any) -> None:
    """Store ``value`` as ``name`` (JSON, or :mod:`marshal` for a ``.marshal`` name: plain containers only)."""
    try:
        data = marshal.dumps(value) if name.endswith(".marshal") else json.dumps(value, ensure_ascii=False).encode()
    except ValueError:
        return
    _write_bytes(name, data)


class Parts:
    """An entry of many :mod:`marshal` parts, each read when first asked for (the file is mapped, not read).

    ``head`` is read at once; ``parts[i]`` unmarshals part ``i`` each time it is asked for (callers keep it).
    The mapping stays valid when another process replaces or prunes the file."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        size = int.from_bytes(self._map[:8], "little")
        self.head, self._offsets = marshal.loads(self._map[8 : 8 + size])
        self._base = 8 + size

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> Any:
        start, end = self._offsets[index], self._offsets[index + 1]
        return marshal.loads(self._map[self._base + start : self._base + end])


def read_parts(name: str) -> Parts | None:
    """The entry ``name`` written by :func:`write_parts`, or None when absent or unreadable."""
    folder = directory()
    if folder is None:
        return None
    try:
        return Parts(folder / name)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write_parts(name: str, head: Any, parts: list[Any]) -> None:
    """Store ``head`` and ``parts`` (plain containers) so that :class:`Parts` can read each part alone."""
    try:
        blobs = [marshal.dumps(part) for part in parts]
        offsets = [0]
        for blob in blobs:
            offsets.append(offsets[-1] + len(blob))
        header = marshal.dumps((head, offsets))
    except ValueError:
        return
    _write_bytes(name, b"".join([len(header).to_bytes(8, "little"), header, *blobs]))


def _write_bytes(name: str, data: bytes) -> None:
    folder = directory()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{name}.{os.getpid()}.tmp"
        partial.write_bytes(data)
        partial.replace(folder / name)  # atomic: a concurrent reader sees the whole file or none
        prune(folder, name)
    except (OSError, ValueError):
        pass


KEEP = 3
"""Entries of one kind kept (the newest): others are left by older data or code, or by other checkouts."""


def prune(folder: Path, name: str) -> None:
    """Remove all but the :data:`KEEP` newest entries of ``name``'s kind (the part before the fingerprint)."""
    kind, _, rest = name.rpartition("-")
    suffix = rest[rest.index(".") :] if "." in rest else ""
    found = sorted(folder.glob(f"{kind}-*{suffix}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in found[KEEP:]:
        old.unlink(missing_ok=True)  # (a process still reading it keeps its open file)
