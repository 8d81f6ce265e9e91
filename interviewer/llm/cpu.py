"""How many CPU threads a model should run on right now.

llama.cpp's threads wait for each other at every token: with two threads on a two-core machine
where another process keeps one core busy, 80 tokens took 8.2 s, against 3.7 s on one thread
(and 2.5 s on two threads when the machine is idle). So by default (``auto``) the thread count
follows the cores other processes leave free, sampled just before each reply: a laptop that is
also compiling or in a video call still gets its feedback at one-thread speed, not half of it.
"""

from __future__ import annotations

import os
import time

from interviewer.settings import ThreadSetting

#: Long enough for the kernel's CPU accounting (100 ticks a second) to tell a busy core from an
#: idle one, short enough to go unnoticed before a reply of several seconds.
SAMPLE_SECONDS = 0.1


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


def cores_busy_elsewhere(seconds: float = SAMPLE_SECONDS) -> float:
    """How many cores other processes kept busy over the last ``seconds``; this process's own
    threads (a speech model, the web server) do not count, since the model's turn waits for them
    anyway."""
    machine_before, own_before = _busy_ticks()
    time.sleep(seconds)
    machine_after, own_after = _busy_ticks()
    ticks_per_second = os.sysconf("SC_CLK_TCK")
    others = (machine_after - machine_before) - (own_after - own_before)
    return max(0.0, others / ticks_per_second / seconds)


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
