"""``figment gallery``: a file of wishes becomes one PNG and GLB each and a contact sheet."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import typer
from doubles import BrokenMesh
from rich.console import Console
from studio_samples import decode_png, need_studio

from figment.config import Settings
from figment.errors import NotFound
from figment.server import Daemon
from figment.testing import make_engine
from figment_mesh import ProceduralMesh, register_commands
from figment_mesh.gallery import read_wishes, run_gallery

WISHES = """# a comment, then a blank line

a brass lamp that hums
  a glass orb floating above the table
a chair of wood with roots
"""


async def serve(stages: list, home: Path) -> Daemon:
    """A daemon on a free loopback port with ``stages`` and doubles for the other kinds."""
    daemon = Daemon(make_engine(stages, home, grpc_port=0, http_port=None))
    await daemon.start()
    return daemon


@pytest.fixture
async def mesh_daemon(tmp_path: Path) -> AsyncIterator[Daemon]:
    """The real procedural mesh stage behind a daemon."""
    daemon = await serve([ProceduralMesh], tmp_path / "home")
    try:
        yield daemon
    finally:
        await daemon.stop(grace=0.5)


def gallery(daemon: Daemon, tmp_path: Path, wishes: list[str], **options):
    """run_gallery against ``daemon``, writing ``tmp_path/sheet.png``."""
    settings = Settings(home=tmp_path / "home")
    console = Console(file=io.StringIO(), width=120)
    return run_gallery(
        settings,
        f"127.0.0.1:{daemon.port}",
        None,
        wishes,
        tmp_path / "sheet.png",
        console,
        **options,
    )


def test_wishes_are_lines_without_blanks_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "wishes.txt"
    path.write_text(WISHES)
    assert read_wishes(path) == [
        "a brass lamp that hums",
        "a glass orb floating above the table",
        "a chair of wood with roots",
    ]


async def test_gallery_writes_a_png_and_glb_per_wish_and_a_sheet(
    mesh_daemon: Daemon, tmp_path: Path
) -> None:
    need_studio()
    path = tmp_path / "wishes.txt"
    path.write_text(WISHES)
    wishes = read_wishes(path)
    shots = await asyncio.to_thread(
        gallery, mesh_daemon, tmp_path, wishes, seed=5, size=64, tile=48, columns=2
    )
    assert [s.wish for s in shots] == wishes
    assert all(s.glb and s.glb[:4] == b"glTF" for s in shots)
    assert all(s.seed == 5 and "lamp" in s.note and "seed 5" in s.note for s in shots)
    pngs = sorted((tmp_path / "sheet").glob("*.png"))
    assert [p.name for p in pngs] == [
        "01-a-brass-lamp-that-hums.png",
        "02-a-glass-orb-floating-above-the.png",
        "03-a-chair-of-wood-with-roots.png",
    ]
    assert len(list((tmp_path / "sheet").glob("*.glb"))) == 3
    for p in pngs:
        assert decode_png(p.read_bytes()).shape == (64, 64, 4)
    sheet = decode_png((tmp_path / "sheet.png").read_bytes())
    pad = round(48 * 0.04)
    assert sheet.shape[1] == 2 * (48 + pad) + pad, "two columns"
    first_row = sheet[pad : pad + 48, pad : pad + 2 * 48]
    assert first_row[..., :3].std() > 10, "pictures, not an empty sheet"


async def test_a_wish_without_a_mesh_still_gets_its_tile(tmp_path: Path) -> None:
    need_studio()
    daemon = await serve([BrokenMesh], tmp_path / "home")
    try:
        shots = await asyncio.to_thread(gallery, daemon, tmp_path, ["a lamp"], size=32, tile=32)
    finally:
        await daemon.stop(grace=0.5)
    assert shots[0].glb is None
    assert shots[0].errors and shots[0].note.startswith("no mesh: mesh")
    assert not list((tmp_path / "sheet").glob("*.png"))
    assert decode_png((tmp_path / "sheet.png").read_bytes()).shape[1] > 32


@pytest.mark.parametrize("lost", [1, 99])
async def test_a_mesh_evicted_before_it_is_fetched_is_made_again_or_reported(
    mesh_daemon: Daemon, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lost: int
) -> None:
    # a store shared with busy daemons may evict a mesh before the gallery fetches it: the wish
    # is conjured again once (same seed, same object), and after that the loss is noted under
    # the picture; the gallery goes on to the next wish either way
    need_studio()
    store = mesh_daemon.engine.assets
    read = store.read
    misses = []

    def evicted(asset_id: str, offset: int = 0, size: int = -1) -> bytes:
        if len(misses) < lost:
            misses.append(asset_id)
            raise NotFound(f"no asset {asset_id}")
        return read(asset_id, offset, size)

    monkeypatch.setattr(store, "read", evicted)
    shots = await asyncio.to_thread(
        gallery, mesh_daemon, tmp_path, ["a lamp", "a chair"], seed=5, size=32, tile=32
    )
    assert [s.wish for s in shots] == ["a lamp", "a chair"]
    if lost == 1:
        assert all(s.glb and s.glb[:4] == b"glTF" and not s.errors for s in shots)
    else:
        assert all(s.glb is None for s in shots) and len(misses) == 4
        assert all(
            s.note.startswith("no mesh: mesh NOT_FOUND the asset was evicted") for s in shots
        )


def test_bad_options_are_refused_before_anything_runs(tmp_path: Path) -> None:
    console = Console(file=io.StringIO())
    settings = Settings(home=tmp_path / "home")
    with pytest.raises(typer.BadParameter, match="factual or imaginative"):
        run_gallery(settings, "x", None, ["a"], tmp_path / "s.png", console, mode="dreamy")
    with pytest.raises(typer.BadParameter, match="no wishes"):
        run_gallery(settings, "x", None, [], tmp_path / "s.png", console)
    with pytest.raises(typer.BadParameter, match=r"\[16, 2048\]") as refused:
        run_gallery(settings, "x", None, ["a"], tmp_path / "s.png", console, size=5)
    assert refused.value.param_hint == "--size"
    assert not (tmp_path / "s.png").exists()


def test_the_plugin_adds_the_gallery_command() -> None:
    cli = typer.Typer()
    register_commands(cli)
    assert [c.name for c in cli.registered_commands] == ["gallery"]
