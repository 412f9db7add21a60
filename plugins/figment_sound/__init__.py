"""Figment's built-in sound stages: the object's own sound and its placement in space."""

from __future__ import annotations

from typing import TYPE_CHECKING

from figment.stages import Register, command_group

if TYPE_CHECKING:
    import typer

__all__ = ["register_commands", "register_stages"]


def register_stages(register: Register) -> None:
    """Register ``figment.sound.synth`` and ``figment.spatial.hrtf``."""
    from .spatial import SpatialHrtf
    from .synth import SynthSound

    register(SynthSound)
    register(SpatialHrtf)


def register_commands(cli: typer.Typer) -> None:
    """Add ``figment bench sound``."""

    def bench_sound() -> None:
        """STT latency and WER, TTS real-time factor, sound synthesis and binaural render speed."""
        from .bench import main

        main()

    command_group(cli, "bench", "Benchmarks that print numbers.").command("sound")(bench_sound)
