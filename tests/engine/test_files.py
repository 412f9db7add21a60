"""Atomic writes: the target changes only when a whole new file is on disk."""

from __future__ import annotations

import os
import threading

import pytest

from figment.files import TMP_SUFFIX, atomic_dir, atomic_open, write_atomic


def test_write_bytes_and_text(tmp_path):
    write_atomic(tmp_path / "a.bin", b"\x00\x01")
    write_atomic(tmp_path / "b.txt", "é\nline\n")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "b.txt").read_bytes() == "é\nline\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "b.txt"]


def test_target_is_untouched_until_the_block_ends(tmp_path):
    target = tmp_path / "data.jsonl"
    target.write_text("old\n")
    with atomic_open(target, "w") as f:
        f.write("new\n")
        f.flush()
        assert target.read_text() == "old\n"
        (tmp,) = tmp_path.glob(f"*{TMP_SUFFIX}")
        assert tmp.parent == tmp_path and tmp.read_text() == "new\n"
    assert target.read_text() == "new\n"
    assert not list(tmp_path.glob(f"*{TMP_SUFFIX}"))


def test_an_error_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "room.room"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_open(target) as f:
        f.write(b"half")
        raise RuntimeError("killed halfway")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["room.room"]


def test_a_failed_rename_removes_the_temporary_file(tmp_path, monkeypatch):
    def full(*a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(tmp_path / "x", b"data")
    assert not list(tmp_path.iterdir())


def test_concurrent_writers_of_one_target_never_mix(tmp_path):
    target = tmp_path / "same"
    payloads = [bytes([i]) * 200_000 for i in range(8)]
    threads = [threading.Thread(target=write_atomic, args=(target, p)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert target.read_bytes() in payloads
    assert [p.name for p in tmp_path.iterdir()] == ["same"]


def test_a_folder_replaces_the_old_one_whole(tmp_path):
    target = tmp_path / "model"
    target.mkdir()
    (target / "old.onnx").write_bytes(b"old")
    with atomic_dir(target) as tmp:
        assert tmp.parent == tmp_path and tmp.name.endswith(TMP_SUFFIX)
        (tmp / "new.onnx").write_bytes(b"new")
        assert (target / "old.onnx").exists()  # nothing changes before the block ends
    assert [p.name for p in target.iterdir()] == ["new.onnx"]
    assert [p.name for p in tmp_path.iterdir()] == ["model"]
    plain = tmp_path / "plain"
    plain.mkdir()  # the permissions of any new folder (not mkdtemp's owner-only ones)
    assert oct(target.stat().st_mode & 0o777) == oct(plain.stat().st_mode & 0o777)


def test_a_failed_folder_leaves_the_old_one(tmp_path):
    target = tmp_path / "adapter"
    target.mkdir()
    (target / "manifest.json").write_text("{}")
    with pytest.raises(RuntimeError), atomic_dir(target) as tmp:
        (tmp / "manifest.json").write_text('{"half": true}')
        raise RuntimeError("killed halfway")
    assert (target / "manifest.json").read_text() == "{}"
    assert [p.name for p in tmp_path.iterdir()] == ["adapter"]
