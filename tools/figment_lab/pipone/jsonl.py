"""Reading and writing pair files: the generator's JSONL and a user's own ``{"prompt", "answer"}``.

Writing is byte-stable (fixed key order, compact separators, ``\\n`` line ends) and atomic (write,
then rename). Reading validates every line and names the line and field of the first problem.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from figment.errors import InvalidArgument
from figment.files import atomic_open

__all__ = [
    "MAX_ANSWER_CHARS",
    "MAX_LINES",
    "MAX_PROMPT_CHARS",
    "read_pairs",
    "sha256_file",
    "write_jsonl",
]

MAX_PROMPT_CHARS = 4000
"""The longest prompt a pair file may hold."""
MAX_ANSWER_CHARS = 8000
"""The longest answer a pair file may hold."""
MAX_LINES = 1_000_000
"""The most pairs one file may hold."""


def write_jsonl(records: Iterable[Mapping[str, Any]], path: Path) -> Path:
    """Write one compact JSON object per line, atomically; returns ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(path, "w") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
    return path


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _text_field(record: dict[str, Any], name: str, where: str, limit: int) -> str:
    if name not in record:
        raise InvalidArgument(f"{where}, field '{name}'", "missing")
    value = record[name]
    if not isinstance(value, str):
        raise InvalidArgument(
            f"{where}, field '{name}'", f"must be a string (got {type(value).__name__})"
        )
    if not value.strip():
        raise InvalidArgument(f"{where}, field '{name}'", "must not be empty")
    if len(value) > limit:
        raise InvalidArgument(
            f"{where}, field '{name}'", f"is {len(value)} characters, more than {limit}"
        )
    return value


def read_pairs(path: Path) -> list[dict[str, Any]]:
    """Every record of a pair file, checked: each line a JSON object with non-empty
    ``prompt`` and ``answer`` strings within the limits. Other fields are kept as they are.
    Blank lines are skipped. Raises :class:`InvalidArgument` naming the file, line and field."""
    path = Path(path)
    if not path.is_file():
        raise InvalidArgument(str(path), "no such file")
    records: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path.name} line {number}"
            if len(records) >= MAX_LINES:
                raise InvalidArgument(where, f"more than {MAX_LINES} pairs in one file")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise InvalidArgument(where, f"not valid JSON ({e.msg} at column {e.colno})") from e
            if not isinstance(record, dict):
                raise InvalidArgument(where, f"must be a JSON object (got {type(record).__name__})")
            _text_field(record, "prompt", where, MAX_PROMPT_CHARS)
            _text_field(record, "answer", where, MAX_ANSWER_CHARS)
            records.append(record)
    if not records:
        raise InvalidArgument(path.name, "holds no pairs")
    return records
