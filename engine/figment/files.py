"""Atomic writes: a reader, or a process restarted after SIGKILL, never sees a partial file.

A write goes to a temporary file beside its target (same folder, so the rename stays on one file
system), is flushed and fsynced, then renamed over the target with ``os.replace``; on any error
the temporary file is removed and the target is left as it was. Temporary names end in
:data:`TMP_SUFFIX` and carry the process and thread ids, so concurrent writers of one target never
share a temporary file, and :func:`sweep_temporaries` removes a killed writer's leftovers while
leaving a running process's in-flight file alone.

A folder of several files (a built model, an adapter) is filled beside its target in the same
way with :func:`atomic_dir` and renamed into place whole.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

__all__ = ["TMP_SUFFIX", "atomic_dir", "atomic_open", "sweep_temporaries", "write_atomic"]

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


def _temporary(path: Path) -> Path:
    """The temporary name beside ``path`` for this process and thread."""
    return path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}{TMP_SUFFIX}")


def _alive(pid: int) -> bool:
    """Whether a process with this id is running (one we may not signal still counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid > 0
    return True


def sweep_temporaries(root: str | os.PathLike[str]) -> None:
    """Remove the temporary files a killed writer left in ``root``, and only those: another
    running process sharing the folder (a second daemon on the same asset store) may be in the
    middle of a write, and its temporary file must stay."""
    for leftover in Path(root).glob(f"*{TMP_SUFFIX}"):
        parts = leftover.name[: -len(TMP_SUFFIX)].rsplit(".", 2)
        pid = int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else 0
        if pid <= 0 or pid == os.getpid() or not _alive(pid):
            leftover.unlink(missing_ok=True)


@contextmanager
def _atomic(path: Path, mode: str) -> Iterator[IO[Any]]:
    tmp = _temporary(path)
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


@contextmanager
def atomic_dir(path: str | os.PathLike[str]) -> Iterator[Path]:
    """An empty folder to fill that replaces the folder ``path`` when the block ends without an
    error; on an error it is removed and ``path`` is left as it was.

    A folder cannot be renamed over another, so an old ``path`` is first renamed aside and removed
    after the new one is in place: a reader may briefly find no folder, never a partial one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(path)
    old = tmp.with_name(f"{tmp.name}.old")
    shutil.rmtree(tmp, ignore_errors=True)  # left by a killed process that had these ids
    tmp.mkdir()  # the usual permissions, unlike mkdtemp's owner-only ones
    try:
        yield tmp
        if path.exists():
            os.replace(path, old)
        try:
            os.replace(tmp, path)
        except OSError:
            if old.exists():
                os.replace(old, path)
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
