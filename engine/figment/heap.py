"""Give the memory that large requests leave in the C heap back to the system.

A refused 12 MB gRPC message or a 20 MB JSON body is freed at once, but glibc keeps freed
memory for reuse, so after a burst of them RSS stayed well above where it started, in free heap
the system could not have back. Two things return it (measured with 20 rounds of oversized
requests from another process, in ``test_hostile``; the daemon started at 94 MB):

- ``tune_malloc``, once at start: glibc raises its mmap threshold after the first large free,
  so later large buffers come from the heap; fixed at ``MMAP_THRESHOLD``, every buffer that
  large is its own mapping and goes back when freed. And gRPC's threads each get a malloc arena
  of their own by default, where its read buffers lie between small blocks that stay in use and
  pin their pages (after a trim: +7 to +22 MB with default arenas, +0 to +9 with two, +0 with
  one); ``ARENAS`` is one. The load benchmark's throughput did not change.
- ``HeapKeeper``: once a second it reads the daemon's RSS; when that is ``margin`` above the
  lowest it has been and no pipeline is running or waiting, it calls ``malloc_trim(0)`` in a
  worker thread (not on the event loop). Memory really in use (a model loaded) gives nothing
  back, so after each trim that freed little the next waits twice as long, up to ``max_wait_s``;
  one that freed memory brings the wait back to a second.

Both do nothing where the C library is not glibc or there is no ``/proc`` (not Linux).
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import os
import time
from collections.abc import Callable

__all__ = ["ARENAS", "MMAP_THRESHOLD", "HeapKeeper", "rss_bytes", "trim", "tune_malloc"]

log = logging.getLogger("figment.heap")

_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
MMAP_THRESHOLD = 256 << 10
"""Buffers at least this large are mapped on their own (glibc's ``M_MMAP_THRESHOLD``)."""
ARENAS = 1
"""malloc arenas all threads share (glibc's ``M_ARENA_MAX``; by default 8 per core)."""


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def tune_malloc() -> None:
    """Fix glibc's mmap threshold at ``MMAP_THRESHOLD`` and its arenas at ``ARENAS``; call it
    before the threads that allocate (gRPC's, the workers') start."""
    libc = _libc()
    if libc is not None and hasattr(libc, "mallopt"):
        libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
        libc.mallopt(_M_ARENA_MAX, ARENAS)


def trim() -> bool:
    """Return the free memory of every malloc arena to the system; False where unsupported.

    ctypes releases the GIL for the call, so run it in a thread and the event loop goes on."""
    libc = _libc()
    if libc is None or not hasattr(libc, "malloc_trim"):
        return False
    libc.malloc_trim(0)
    return True


def rss_bytes() -> int | None:
    """This process's resident memory, or None without ``/proc``."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


class HeapKeeper:
    """Trims the heap while quiet when RSS is ``margin`` bytes above the lowest it has been."""

    def __init__(
        self,
        quiet: Callable[[], bool],
        margin: int = 8 << 20,
        interval_s: float = 1.0,
        max_wait_s: float = 32.0,
        rss: Callable[[], int | None] = rss_bytes,
        trimmer: Callable[[], bool] = trim,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.quiet, self.margin, self.interval_s, self.max_wait_s = (
            quiet, margin, interval_s, max_wait_s
        )  # fmt: skip
        self.rss, self.trimmer, self.clock = rss, trimmer, clock
        self.floor: int | None = None
        """The lowest RSS seen: what the daemon needs when idle."""
        self.wait_s = interval_s
        """Time until the next trim may run: doubles after each trim that gave back little."""
        self.next_at = 0.0
        self.trims = 0
        """Trims done so far."""

    async def step(self) -> bool:
        """One look at RSS; trims (in a thread) and returns True when it is time to."""
        now = self.rss()
        if now is None:
            return False
        if self.floor is None or now < self.floor:
            self.floor = now
        if now - self.floor < self.margin or self.clock() < self.next_at or not self.quiet():
            return False
        if not await asyncio.to_thread(self.trimmer):
            return False
        self.trims += 1
        after = self.rss() or now
        self.floor = min(self.floor, after)
        # memory in use (a model loaded, say) gives nothing back: try again less and less often
        freed = now - after
        useful = freed >= self.margin // 2
        self.wait_s = self.interval_s if useful else min(self.wait_s * 2, self.max_wait_s)
        self.next_at = self.clock() + self.wait_s
        log.debug("heap trimmed: RSS %d → %d MB", now >> 20, after >> 20)
        return True

    async def run(self) -> None:
        """``step`` every ``interval_s`` seconds until cancelled."""
        if self.rss() is None or not await asyncio.to_thread(self.trimmer):
            return  # not Linux with glibc: nothing to give back this way
        while True:
            await self.step()
            await asyncio.sleep(self.interval_s)
