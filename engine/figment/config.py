"""Settings: a TOML file (``figment.toml`` or ``--config``) with command-line flags on top.

Every limit the daemon enforces lives in ``Limits``, with its unit and meaning; Describe lists
them and the README documents them. A request over a limit gets INVALID_ARGUMENT (or
RESOURCE_EXHAUSTED for capacity) naming the field and the limit.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .errors import FailedPrecondition

SPIN_US = 50
"""How long (µs) an idle language-model thread spins for its next kernel before it sleeps
(``figment bench lm``: see ``figment.model.runtime``)."""

__all__ = ["LIMIT_UNITS", "Limits", "Settings", "default_home", "is_loopback", "load_settings"]

_STRICT = ConfigDict(extra="forbid", validate_assignment=True)
_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def default_home() -> Path:
    """Where models, adapters and assets live: ``$FIGMENT_HOME`` or ``~/.cache/figment``."""
    return Path(os.environ.get("FIGMENT_HOME") or Path.home() / ".cache" / "figment")


class Limits(BaseModel):
    """Every limit the daemon enforces; defaults suit a laptop."""

    model_config = _STRICT
    max_prompt_chars: int = Field(4000, ge=1, description="characters in a text input")
    default_tokens: int = Field(64, ge=1, description="text tokens when the request sets none")
    max_tokens: int = Field(512, ge=1, description="text tokens a request may ask for")
    default_triangles: int = Field(20_000, ge=200, description="mesh triangles by default")
    min_triangles: int = Field(200, ge=12, description="smallest triangle budget")
    max_triangles: int = Field(200_000, ge=200, description="largest triangle budget")
    default_audio_seconds: float = Field(6.0, gt=0, description="object sound length by default")
    default_speech_seconds: float = Field(12.0, gt=0, description="spoken line length by default")
    max_audio_seconds: float = Field(30.0, gt=0, description="longest sound or speech output")
    max_audio_input_seconds: float = Field(30.0, gt=0, description="longest speech input")
    max_audio_input_bytes: int = Field(8 << 20, ge=1024, description="bytes of audio input")
    live_idle_s: float = Field(
        5.0, gt=0, description="ConjureLive: no audio for this long ends the utterance"
    )
    max_message_bytes: int = Field(16 << 20, ge=1 << 16, description="bytes of one request")
    max_blend: int = Field(4, ge=1, description="adapters in one blend")
    max_blend_weight: float = Field(2.0, gt=0, description="weight of one blended adapter")
    max_intensity: float = Field(1.5, gt=0, description="imaginative intensity")
    max_concurrent: int = Field(2, ge=1, description="pipelines running at once")
    max_queue: int = Field(16, ge=0, description="requests waiting for a slot; then refused")
    default_deadline_s: float = Field(120.0, gt=0, description="deadline when the client sets none")
    max_room_chars: int = Field(64, ge=1, description="characters in a room name")
    max_rooms: int = Field(256, ge=1, description="rooms held at once")
    max_room_objects: int = Field(256, ge=1, description="objects kept per room (oldest go)")
    max_subscribers: int = Field(64, ge=1, description="subscribers per room")
    max_stage_options_bytes: int = Field(16 << 10, ge=256, description="JSON of stage options")
    max_asset_bytes: int = Field(64 << 20, ge=1 << 16, description="one asset")
    store_bytes: int = Field(1 << 30, ge=1 << 20, description="asset store cap (LRU eviction)")
    asset_chunk_bytes: int = Field(256 << 10, ge=1024, description="GetAsset chunk size")
    rate_per_minute: int = Field(600, ge=1, description="requests per client per minute")


LIMIT_UNITS: dict[str, str] = {
    name: (
        "bytes"
        if name.endswith("bytes")
        else "seconds"
        if name.endswith(("seconds", "_s"))
        else "characters"
        if name.endswith("chars")
        else ""
    )
    for name in Limits.model_fields
}
"""The unit of each limit, for Describe."""


class Settings(BaseModel):
    """Everything the daemon is configured with."""

    model_config = _STRICT
    host: str = Field("127.0.0.1", description="address to bind")
    grpc_port: int = Field(7340, ge=0, le=65535, description="gRPC port; 0 picks a free one")
    http_port: int | None = Field(7341, ge=0, le=65535, description="JSON gateway port; None: off")
    token: str | None = Field(None, description="bearer token required from clients")
    insecure: bool = Field(False, description="allow a non-loopback bind without a token")
    tls_cert: Path | None = Field(None, description="PEM certificate for TLS")
    tls_key: Path | None = Field(None, description="PEM private key for TLS")
    cors_origins: list[str] = Field(default_factory=list, description="origins the gateway allows")
    home: Path = Field(default_factory=default_home, description="models, adapters, assets")
    model: Literal["int4", "int4-fast", "fp32"] = Field(
        "int4",
        description="language model build: int4 (exact 4-bit, default), int4-fast (int8 "
        "activations: faster, greedy answers drift), fp32 (reference, slower)",
    )
    device: Literal["auto", "cpu", "cuda"] = Field(
        "auto", description="where the language model runs: auto uses CUDA when it is there"
    )
    spin_us: int = Field(
        SPIN_US,
        ge=0,
        le=10_000,
        description="µs the language model's CPU threads spin for their next kernel before "
        "sleeping: 50 decodes ~1.4x faster than 0 on an idle CPU; 0 never spins",
    )
    stages: dict[str, str] = Field(default_factory=dict, description="kind → stage id to use")
    stage_options: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="stage id → default options"
    )
    plugins: list[str] | None = Field(None, description="entry-point names to load; None: all")
    grace_s: float = Field(10.0, ge=0, description="shutdown grace for in-flight requests")
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING, ERROR")
    log_json: bool = Field(False, description="one JSON object per log line")
    workers: int = Field(2, ge=1, le=64, description="threads for CPU-bound stage work")
    wish_first_confidence: float = Field(
        0.3,
        ge=0.0,
        le=1.0,
        description="parse confidence at which the wish alone spawns the object before the text "
        "(below it, the text's first sentence decides); 1 waits for the text",
    )
    rooms_persist: bool = Field(
        False, description="keep rooms and their objects on disk (home/rooms) across restarts"
    )
    rooms: str = Field(
        "memory",
        description="where rooms live: memory (this daemon only), or redis://host:port/db (shared "
        "by every replica; needs the `scale` extra)",
    )
    assets: str = Field(
        "disk",
        description="where assets live: disk (home/assets), or redis://host:port/db (readable by "
        "every replica; needs the `scale` extra)",
    )
    limits: Limits = Field(default_factory=Limits, description="every limit")

    @field_validator("rooms", "assets")
    @classmethod
    def _backend(cls, value: str, info: ValidationInfo) -> str:
        local = "memory" if info.field_name == "rooms" else "disk"
        if value != local and not value.startswith(_REDIS_SCHEMES):
            raise ValueError(f"must be {local!r} or a Redis URL (redis://, rediss://, unix://)")
        return value

    @model_validator(mode="after")
    def _persist_locally(self) -> Settings:
        if self.rooms_persist and self.rooms != "memory":
            raise ValueError(
                "rooms_persist keeps memory rooms on this daemon's disk; rooms in Redis persist "
                "through Redis (AOF): set rooms_persist = false"
            )
        return self

    @property
    def assets_dir(self) -> Path:
        """Where the asset store keeps its files."""
        return self.home / "assets"

    @property
    def rooms_dir(self) -> Path:
        """Where persistent rooms are kept (with ``rooms_persist``)."""
        return self.home / "rooms"

    def check_bind(self) -> None:
        """Refuse a non-loopback bind without a token (unless explicitly insecure), and a blank
        token."""
        if self.token is not None and not self.token.strip():
            raise FailedPrecondition("the token is blank: give a real secret, or none")
        if not is_loopback(self.host) and not self.token and not self.insecure:
            raise FailedPrecondition(
                f"refusing to listen on {self.host} without a token: "
                "pass --token (or FIGMENT_TOKEN), or --insecure to allow it anyway"
            )
        if (self.tls_cert is None) != (self.tls_key is None):
            raise FailedPrecondition("TLS needs both --tls-cert and --tls-key")


def is_loopback(host: str) -> bool:
    """Whether ``host`` names only this machine: ``localhost`` or a loopback IP address."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a name other than localhost may resolve anywhere
        return False


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Settings from a TOML file (if any), the environment's token, then explicit overrides."""
    data: dict[str, Any] = {}
    candidate = path or (Path("figment.toml") if Path("figment.toml").exists() else None)
    if candidate is not None:
        try:
            data = tomllib.loads(Path(candidate).read_text())
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise FailedPrecondition(f"cannot read config {candidate}: {exc}") from exc
    if os.environ.get("FIGMENT_TOKEN") and "token" not in overrides:
        data["token"] = os.environ["FIGMENT_TOKEN"]
    limits = {**data.pop("limits", {}), **overrides.pop("limits", {})}
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**data, limits=Limits(**limits))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise FailedPrecondition(f"config {where}: {first['msg']}") from exc
