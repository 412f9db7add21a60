"""Bring-your-own pair files: what is accepted and how errors name line and field."""

from __future__ import annotations

import json

import pytest

from figment.errors import InvalidArgument
from figment_lab.pipone.jsonl import MAX_ANSWER_CHARS, read_pairs, write_jsonl


def _file(tmp_path, lines):
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_valid_pairs_and_keeps_extra_fields(tmp_path):
    path = _file(
        tmp_path,
        ['{"prompt": "p1", "answer": "a1", "tag": 3}', "", '{"prompt": "p2", "answer": "a2"}'],
    )
    records = read_pairs(path)
    assert [r["prompt"] for r in records] == ["p1", "p2"]
    assert records[0]["tag"] == 3


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"prompt": "p"}', "mine.jsonl line 2, field 'answer': missing"),
        (
            '{"prompt": 3, "answer": "a"}',
            "mine.jsonl line 2, field 'prompt': must be a string (got int)",
        ),
        ('{"prompt": "p", "answer": "  "}', "mine.jsonl line 2, field 'answer': must not be empty"),
        ('["p", "a"]', "mine.jsonl line 2: must be a JSON object (got list)"),
        ('{"prompt": "p", "answer": ', "mine.jsonl line 2: not valid JSON"),
        (json.dumps({"prompt": "p", "answer": "x" * (MAX_ANSWER_CHARS + 1)}), "more than 8000"),
    ],
)
def test_errors_name_line_and_field(tmp_path, line, message):
    path = _file(tmp_path, ['{"prompt": "ok", "answer": "ok"}', line])
    with pytest.raises(InvalidArgument) as info:
        read_pairs(path)
    assert message in str(info.value)


def test_empty_and_missing_files(tmp_path):
    with pytest.raises(InvalidArgument, match="holds no pairs"):
        read_pairs(_file(tmp_path, [""]))
    with pytest.raises(InvalidArgument, match="no such file"):
        read_pairs(tmp_path / "absent.jsonl")


def test_write_then_read_round_trip(tmp_path):
    path = write_jsonl([{"prompt": "é", "answer": "ü"}], tmp_path / "x" / "out.jsonl")
    assert path.read_bytes() == '{"prompt":"é","answer":"ü"}\n'.encode()
    assert read_pairs(path) == [{"prompt": "é", "answer": "ü"}]
