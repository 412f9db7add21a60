"""The heap keeper gives freed memory back once the daemon is quiet, and only then."""

from __future__ import annotations

import platform
import sys

import pytest

from figment import heap
from figment.heap import HeapKeeper

MB = 1 << 20


class _Process:
    """A process whose RSS the test sets and whose trim drops it to what is in use."""

    def __init__(self, rss: int, in_use: int):
        self.value, self.in_use, self.trims = rss, in_use, 0

    def rss(self) -> int:
        return self.value

    def trim(self) -> bool:
        self.trims += 1
        self.value = self.in_use
        return True


def _keeper(proc: _Process, quiet=lambda: True, clock=lambda: 0.0) -> HeapKeeper:
    return HeapKeeper(
        quiet, margin=8 * MB, interval_s=1, max_wait_s=8, rss=proc.rss, trimmer=proc.trim,
        clock=clock,
    )  # fmt: skip


async def test_it_trims_after_growth_only_when_quiet():
    proc = _Process(100 * MB, 100 * MB)
    quiet = [False]
    keeper = _keeper(proc, lambda: quiet[0])
    assert not await keeper.step()  # the first look sets the floor
    proc.value = 140 * MB
    assert not await keeper.step() and proc.trims == 0  # a pipeline is running
    quiet[0] = True
    assert await keeper.step() and proc.trims == 1 and keeper.trims == 1
    assert proc.value == 100 * MB and keeper.floor == 100 * MB
    proc.value = 105 * MB  # less than the margin above the floor
    assert not await keeper.step() and proc.trims == 1


async def test_a_trim_in_the_middle_of_a_burst_does_not_raise_the_floor():
    proc = _Process(100 * MB, 100 * MB)
    now = [0.0]
    keeper = _keeper(proc, clock=lambda: now[0])
    await keeper.step()
    proc.value, proc.in_use = 160 * MB, 130 * MB  # requests still in flight hold 30 MB
    assert await keeper.step() and proc.value == 130 * MB and keeper.floor == 100 * MB
    proc.value, proc.in_use = 125 * MB, 100 * MB  # they ended; their memory went to the heap
    now[0] += 1
    assert await keeper.step() and proc.value == 100 * MB


async def test_memory_in_use_is_trimmed_less_and_less_often():
    proc = _Process(100 * MB, 100 * MB)
    now = [0.0]
    keeper = _keeper(proc, clock=lambda: now[0])
    await keeper.step()
    proc.value = proc.in_use = 300 * MB  # e.g. a model was loaded: nothing to give back
    at = []
    for second in range(1, 40):
        now[0] = second
        if await keeper.step():
            at.append(second)
    assert at == [1, 3, 7, 15, 23, 31, 39]  # waits of 2, 4, 8, then at most 8 s
    proc.value = 340 * MB
    proc.in_use = 300 * MB  # a burst on top: a trim that gives back resets the wait
    now[0] = 47
    assert await keeper.step() and keeper.wait_s == 1


async def test_without_proc_or_glibc_it_does_nothing():
    keeper = HeapKeeper(lambda: True, rss=lambda: None, trimmer=lambda: False)
    assert not await keeper.step()
    await keeper.run()  # returns at once: nothing to keep


@pytest.mark.skipif(
    sys.platform != "linux" or platform.libc_ver()[0] != "glibc", reason="Linux with glibc only"
)
def test_the_real_process_can_be_read_and_trimmed():
    rss = heap.rss_bytes()
    assert rss is not None and rss > 10 * MB
    assert heap.trim()
