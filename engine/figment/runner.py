"""Running stages: the one place that runs a stage, for every RPC.

``Runner.run`` loads the selected stage of a kind, hands it its options and a context (deadline,
cancellation, seed), collects what it returns or yields, checks each output against the kind's
contract (``figment.stages.CONTRACTS``), records the stage's timing, and turns anything a stage
raises other than a ``FigmentError`` into INTERNAL with the request id. ``pump`` runs the work of
one call in its own task under the call's deadline and yields what it emits, so a client that
leaves, or a deadline that passes, cancels the work and nothing outlives its call.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from . import checks
from .errors import Cancelled, DeadlineExceeded, FigmentError
from .stages import CONTRACTS, StageKind, StageOptions

if TYPE_CHECKING:
    from .engine import Call, Engine

__all__ = ["Runner", "StageFailed", "StageTime", "pump"]

T = TypeVar("T")
OnOutput = Callable[[Any], Awaitable[None]]


class StageFailed(FigmentError):
    """A stage failed: its kind, its id (empty when none could be loaded) and the error."""

    def __init__(self, kind: StageKind, stage_id: str, error: FigmentError) -> None:
        super().__init__(error.message)
        self.code = error.code
        self.kind = kind
        self.stage_id = stage_id


@dataclass(frozen=True)
class StageTime:
    """When a stage ran, in ms since the runner started."""

    kind: StageKind
    stage_id: str
    start_ms: float
    end_ms: float


@dataclass
class Runner:
    """Runs the stages of one call with its options, seed, deadline and cancellation."""

    engine: Engine
    call: Call
    seed: int
    options: dict[StageKind, StageOptions] = field(default_factory=dict)
    timings: list[StageTime] = field(default_factory=list)
    t0: float = field(default_factory=time.monotonic)

    def ms(self) -> float:
        """Milliseconds since the runner started."""
        return (time.monotonic() - self.t0) * 1000.0

    async def run(
        self, kind: StageKind, request: Any, on_output: OnOutput | None = None
    ) -> list[Any]:
        """Run the ``kind`` stage to the end; its outputs in order, or StageFailed."""
        start = self.ms()
        stage_id = ""
        try:
            stage = await self.engine.stage(kind)
            stage_id = stage.id
            opts = self.options.get(kind) or checks.options_for(
                self.engine, type(stage), {}, f"stage_options.{kind.value}"
            )
            ctx = self.engine.context(self.call, self.seed)
            outputs: list[Any] = []
            result: Any = stage.run(request, opts, ctx)
            if hasattr(result, "__anext__"):
                async with contextlib.aclosing(result) as items:
                    async for item in items:
                        await self._take(kind, stage_id, outputs, item, on_output)
            else:
                await self._take(kind, stage_id, outputs, await result, on_output)
            last = CONTRACTS[kind].last
            if not outputs or not isinstance(outputs[-1], last):
                raise FigmentError(f"{kind} stage {stage_id} ended without a {last.__name__}")
            return outputs
        except (Cancelled, DeadlineExceeded, asyncio.CancelledError):
            raise
        except FigmentError as exc:
            raise StageFailed(kind, stage_id, exc) from exc
        except (Exception, SystemExit) as exc:  # a plugin's sys.exit() is its own failure
            self.engine.log.exception("stage %s failed [request %s]", kind, self.call.request_id)
            raise StageFailed(
                kind,
                stage_id,
                FigmentError(
                    f"{kind} stage failed: {type(exc).__name__} "
                    f"(request {self.call.request_id}; see the daemon log)"
                ),
            ) from exc
        finally:
            self.timings.append(StageTime(kind, stage_id, start, self.ms()))

    async def _take(
        self,
        kind: StageKind,
        stage_id: str,
        outputs: list[Any],
        item: Any,
        on_output: OnOutput | None,
    ) -> None:
        contract = CONTRACTS[kind]
        if not isinstance(item, contract.outputs):
            names = ", ".join(t.__name__ for t in contract.outputs)
            raise FigmentError(
                f"{kind} stage {stage_id} gave a {type(item).__name__}; a {kind} stage gives {names}"
            )
        if outputs and isinstance(outputs[-1], contract.last):
            raise FigmentError(
                f"{kind} stage {stage_id} gave a {type(item).__name__} after its "
                f"{contract.last.__name__}"
            )
        outputs.append(item)
        if on_output is not None:
            await on_output(item)


_END = object()


async def pump(
    engine: Engine,
    call: Call,
    work: Callable[[Callable[[T], Awaitable[None]]], Awaitable[None]],
    what: str,
) -> AsyncIterator[T]:
    """Run ``work(emit)`` in its own task under the call's deadline; yield what it emits.

    When the deadline passes the call is cancelled and DEADLINE_EXCEEDED names ``what``; when
    the consumer stops early (the client left), the work is cancelled. The work's own error is
    re-raised after everything it emitted.
    """
    queue: asyncio.Queue[Any] = asyncio.Queue()

    async def timed() -> None:
        left = engine.deadline_of(call) - time.monotonic()
        try:
            async with asyncio.timeout(max(left, 0.0)):
                await work(queue.put)
        except TimeoutError as exc:
            call.cancelled.set()
            raise DeadlineExceeded(f"{what} did not finish before the deadline") from exc

    task = asyncio.create_task(timed())
    task.add_done_callback(lambda _: queue.put_nowait(_END))
    try:
        while (item := await queue.get()) is not _END:
            yield item
        await task  # re-raises the work's error, if any
    finally:
        if not task.done():
            call.cancelled.set()
            task.cancel()
        elif not task.cancelled():
            task.exception()  # retrieved: re-raised above, or the consumer left
