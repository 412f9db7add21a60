"""Atomic file writes: a reader, or a process restarted after SIGKILL, never sees a partial file.

A write goes to a temporary file beside its target (same folder, so the rename stays on one file
system), is flushed and fsynced, then renamed over the target with ``os.replace``; on any error
the temporary file is removed and the target is left as it was. Temporary names end in
:data:`TMP_SUFFIX` and carry the process and thread ids, so concurrent writers of one target never
share a temporary file and a folder's leftovers (after a kill) can be swept with one glob.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

__all__ = ["TMP_SUFFIX", "atomic_open", "write_atomic"]

TMP_SUFFIX = ".tmp"
"""How every temporary file written here ends."""


@overload
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["wb"] = "wb"
) -> AbstractContextManager[BinaryIO]: ...
@overload
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["w"]
) -> AbstractContextManager[TextIO]: ...
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["wb", "w"] = "wb"
) -> AbstractContextManager[IO[Any]]:
    """A file to write that replaces ``path`` when the ``with`` block ends without an error.

    ``mode`` is "wb" (bytes) or "w" (UTF-8 text with "\\n" line ends on every platform).
    """
    return _atomic(Path(path), mode)


@contextmanager
def _atomic(path: Path, mode: str) -> Iterator[IO[Any]]:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}{TMP_SUFFIX}")
    encoding, newline = (None, None) if "b" in mode else ("utf-8", "\n")
    try:
        with open(tmp, mode, encoding=encoding, newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write ``data`` (str as UTF-8) to ``path`` atomically: temporary file, fsync, rename."""
    with atomic_open(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
