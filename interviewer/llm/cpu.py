"""How many CPU threads a model should run on right now.

llama.cpp's threads wait for each other at every token: with two threads on a two-core machine
where another process keeps one core busy, 80 tokens took 8.2 s, against 3.7 s on one thread
(and 2.5 s on two threads when the machine is idle). So by default (``auto``) the thread count
follows the cores other processes leave free: a laptop that is also compiling or in a video call
still gets its feedback at one-thread speed, not half of it. The load is sampled by a background
thread, so a reply (and the intent model's 1.5 s budget) never waits for a measurement.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
import time

from interviewer.settings import ThreadSetting

#: Long enough for the kernel's CPU accounting (100 ticks a second) to tell a busy core from an
#: idle one, short enough that a load that starts or stops is seen within a second.
SAMPLE_SECONDS = 0.5


def usable_cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the
    machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _busy_ticks() -> tuple[int, int]:
    """Busy clock ticks of the whole machine and of this process, from Linux's /proc."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    with open("/proc/self/stat", encoding="ascii") as own:
        after_name = own.read().rsplit(")", 1)[1].split()
    own_ticks = int(after_name[11]) + int(after_name[12])  # utime and stime, all threads
    return sum(fields[:8]) - idle, own_ticks


class _LoadSampler:
    """Keeps the latest measure of how many cores other processes keep busy, refreshed every
    ``SAMPLE_SECONDS`` by a daemon thread that sleeps in between (reading /proc twice a second
    costs nothing). This process's own threads (a speech model, the web server) do not count,
    since the model's turn waits for them anyway."""

    def __init__(self) -> None:
        self.busy = 0.0
        self._reading = (time.monotonic(), *_busy_ticks())
        time.sleep(SAMPLE_SECONDS)
        self._step()
        threading.Thread(target=self._run, name="cpu-load-sampler", daemon=True).start()

    def _step(self) -> None:
        now, machine, own = time.monotonic(), *_busy_ticks()
        then, machine_before, own_before = self._reading
        others = (machine - machine_before) - (own - own_before)
        self.busy = max(0.0, others / os.sysconf("SC_CLK_TCK") / (now - then))
        self._reading = (now, machine, own)

    def _run(self) -> None:
        while True:
            time.sleep(SAMPLE_SECONDS)
            try:
                self._step()
            except OSError:
                return


@functools.cache
def _sampler() -> _LoadSampler:
    """One sampler per process, started by the first question about the load (which waits one
    sample; every later answer is immediate)."""
    return _LoadSampler()


def start_sampling() -> None:
    """Starts measuring the load now (when a model is loaded), so its first reply does not
    wait for the first sample."""
    with contextlib.suppress(OSError):  # no /proc (macOS, Windows): every core is used
        _sampler()


def cores_busy_elsewhere() -> float:
    """How many cores other processes kept busy over the latest sample."""
    return _sampler().busy


def threads_now(setting: ThreadSetting) -> int:
    """The thread count to use for the next piece of work: the setting's own number, or for
    ``auto`` the usable cores no other process is busy on (at least one)."""
    if setting != "auto":
        return setting
    cores = usable_cores()
    try:
        busy = cores_busy_elsewhere()
    except OSError:  # no /proc (macOS, Windows): every core
        return cores
    return max(1, cores - round(busy))
