"""The asset store: content ids, atomic writes, LRU eviction, no path lookups."""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from figment.assets import AssetStore
from figment.errors import InvalidArgument, NotFound, ResourceExhausted
from figment.files import TMP_SUFFIX


def test_put_read_and_same_bytes_once(tmp_path):
    store = AssetStore(tmp_path, max_bytes=1 << 20, max_asset_bytes=1 << 16)
    info = store.put(b"hello", "audio/wav")
    assert info.id == hashlib.sha256(b"hello").hexdigest()
    assert store.read(info.id) == b"hello"
    assert store.put(b"hello", "audio/wav").id == info.id
    assert len(list(tmp_path.iterdir())) == 1
    assert store.read(info.id, 1, 2) == b"el"


@pytest.mark.parametrize("bad", ["../x", "a" * 63, "A" * 64, "g" * 64, "", "0" * 64 + "/.."])
def test_malformed_ids_never_touch_the_disk(tmp_path, bad):
    store = AssetStore(tmp_path, 1 << 20, 1 << 16)
    with pytest.raises(InvalidArgument, match="id"):
        store.read(bad)


def test_unknown_id_is_not_found(tmp_path):
    with pytest.raises(NotFound):
        AssetStore(tmp_path, 1 << 20, 1 << 16).info("0" * 64)


def test_oversize_asset_refused(tmp_path):
    with pytest.raises(ResourceExhausted, match="limit of 16 bytes"):
        AssetStore(tmp_path, 1 << 20, 16).put(b"x" * 17, "audio/wav")


def test_lru_eviction_keeps_recently_used(tmp_path):
    store = AssetStore(tmp_path, max_bytes=250, max_asset_bytes=100, protect_s=0)
    a = store.put(b"a" * 100, "audio/wav")
    time.sleep(0.01)
    b = store.put(b"b" * 100, "audio/wav")
    time.sleep(0.01)
    store.read(a.id)  # a is now more recent than b
    time.sleep(0.01)
    c = store.put(b"c" * 100, "audio/wav")
    assert store.read(a.id) and store.read(c.id)
    with pytest.raises(NotFound):
        store.read(b.id)
    assert store.total_bytes() <= 250


def test_a_neighbour_sharing_the_folder_keeps_what_it_uses(tmp_path):
    # two daemons on one folder (a gallery's own beside a running one): an asset this store
    # knows as old but a neighbour has just stored again or read is not evicted from under it
    old = AssetStore(tmp_path, 1 << 20, 1 << 16).put(b"o" * 100, "audio/wav")
    past = time.time() - 3600
    os.utime(tmp_path / f"{old.id}.wav", (past, past))
    first = AssetStore(tmp_path, max_bytes=250, max_asset_bytes=100, protect_s=0)
    neighbour = AssetStore(tmp_path, max_bytes=1 << 20, max_asset_bytes=100)
    assert neighbour.put(b"o" * 100, "audio/wav").id == old.id  # same bytes: touched, not written
    a = first.put(b"a" * 100, "audio/wav")
    time.sleep(0.01)
    b = first.put(b"b" * 100, "audio/wav")  # over the cap: the oldest it knows is the shared one
    assert neighbour.read(old.id) == b"o" * 100
    with pytest.raises(NotFound):  # what the first store evicted instead is its own
        first.read(a.id)
    assert first.read(b.id) and first.total_bytes() <= 250


def test_leftover_temp_files_are_removed_and_index_rebuilt(tmp_path):
    store = AssetStore(tmp_path, 1 << 20, 1 << 16)
    info = store.put(b"kept", "model/gltf-binary")
    (tmp_path / f"{'1' * 64}.123.tmp").write_bytes(b"partial")
    again = AssetStore(tmp_path, 1 << 20, 1 << 16)
    assert again.read(info.id) == b"kept"
    assert not list(tmp_path.glob("*.tmp"))


def test_a_running_neighbours_temp_file_is_left_alone(tmp_path):
    # a second daemon on the same folder is mid-write: its temporary file must survive this
    # store's start (it failed its write with "No such file or directory" before)
    store = AssetStore(tmp_path, 1 << 20, 1 << 16)
    info = store.put(b"kept", "model/gltf-binary")
    neighbour = tmp_path / f".{info.id}.glb.{os.getppid()}.1{TMP_SUFFIX}"
    killed = tmp_path / f".{info.id}.glb.{2**22 + 4093}.1{TMP_SUFFIX}"
    neighbour.write_bytes(b"in flight")
    killed.write_bytes(b"partial")
    AssetStore(tmp_path, 1 << 20, 1 << 16)
    assert neighbour.exists() and not killed.exists()


def test_write_failure_leaves_no_partial_file(tmp_path, monkeypatch):
    store = AssetStore(tmp_path, 1 << 20, 1 << 16)

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ResourceExhausted, match="No space left"):
        store.put(b"data", "audio/wav")
    assert not list(tmp_path.iterdir())
