"""Resources over time: CPU %, RSS, threads, open files, I/O, and a leak verdict.

:class:`ResourceMonitor` is the I/O seam (psutil in a background thread);
:func:`leak_verdict` is pure and judges a series of samples.

>>> samples = [ResourceSample(t_s=i, cpu_pct=50.0, rss_bytes=100_000_000 + i * 1_000_000,
...            threads=1, open_files=3, read_bytes=None, write_bytes=None) for i in range(60)]
>>> v = leak_verdict(samples)
>>> v.leaking, round(v.slope_bytes_per_s)
(True, 1000000)
>>> flat = [s.model_copy(update={"rss_bytes": 100_000_000 + (i % 5) * 3_000_000})
...         for i, s in enumerate(samples)]
>>> leak_verdict(flat).leaking
False
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Self

import numpy as np
from pydantic import BaseModel

from perfagent.tools.errors import InputError

if TYPE_CHECKING:
    import psutil

MIB = 1024 * 1024


class ResourceSample(BaseModel):
    """One reading of a process (its children summed in, when asked)."""

    t_s: float  # seconds since the monitor started
    cpu_pct: float  # 100 = one core busy
    rss_bytes: int
    threads: int
    open_files: int  # file descriptors (files, sockets, pipes)
    read_bytes: int | None  # cumulative; None where the OS will not say
    write_bytes: int | None


class LeakVerdict(BaseModel):
    """Whether RSS keeps growing, judged on a robust slope after warm-up."""

    leaking: bool
    slope_bytes_per_s: float  # Theil-Sen slope of RSS over the judged window
    growth_bytes: int  # the slope times the judged window: growth the trend explains
    reason: str
    slope_low_bytes_per_s: float = 0.0  # 95% interval of the slope
    slope_high_bytes_per_s: float = 0.0
    late_slope_bytes_per_s: float = 0.0  # the slope over the last half of the window
    window_s: float = 0.0
    samples_used: int = 0


class ResourceSeries(BaseModel):
    """A process watched over time."""

    pid: int
    interval_s: float
    samples: list[ResourceSample]
    peak_rss_bytes: int
    leak: LeakVerdict

    @property
    def duration_s(self) -> float:
        return self.samples[-1].t_s - self.samples[0].t_s if self.samples else 0.0


def _theil_sen(t: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    from scipy.stats import theilslopes

    # Theil-Sen is O(n^2) in memory: judge at most ~400 points (medians of bins).
    if len(t) > 400:
        bins = np.array_split(np.arange(len(t)), 400)
        t = np.array([np.median(t[b]) for b in bins])
        y = np.array([np.median(y[b]) for b in bins])
    res = theilslopes(y, t, alpha=0.95)
    return float(res.slope), float(res.low_slope), float(res.high_slope)


def leak_verdict(
    samples: list[ResourceSample],
    *,
    warmup_share: float = 0.2,
    min_samples: int = 8,
    min_growth_bytes: int = 8 * MIB,
    min_growth_pct: float = 5.0,
    min_late_share: float = 0.25,
) -> LeakVerdict:
    """Judge whether RSS grows steadily, ignoring warm-up and garbage-collector noise.

    The first ``warmup_share`` of the run is ignored (imports, caches filling). Over
    the rest, the Theil-Sen slope (the median of all pairwise slopes) shrugs off GC
    sawtooth and single spikes. A leak needs all of: a 95% slope interval above zero,
    a trend-explained growth of at least ``min_growth_bytes`` and ``min_growth_pct``
    of the starting RSS, and growth that persists into the last half of the window
    (its slope at least ``min_late_share`` of the whole one), so a cache that fills
    and levels off is not called a leak.

    >>> leak_verdict([]).reason
    'too few samples to judge (0 after warm-up, need 8)'
    """
    if not 0 <= warmup_share < 1:
        raise InputError(f"warmup_share must be in [0, 1), got {warmup_share}")
    if samples:
        start = samples[0].t_s + warmup_share * (samples[-1].t_s - samples[0].t_s)
        window = [s for s in samples if s.t_s >= start]
    else:
        window = []
    if len(window) < min_samples:
        return LeakVerdict(
            leaking=False,
            slope_bytes_per_s=0.0,
            growth_bytes=0,
            reason=f"too few samples to judge ({len(window)} after warm-up, need {min_samples})",
            samples_used=len(window),
        )
    t = np.array([s.t_s for s in window], dtype=float)
    y = np.array([s.rss_bytes for s in window], dtype=float)
    span_s = float(t[-1] - t[0])
    if span_s <= 0:
        return LeakVerdict(
            leaking=False,
            slope_bytes_per_s=0.0,
            growth_bytes=0,
            reason="all samples share one timestamp",
            samples_used=len(window),
        )
    slope, low, high = _theil_sen(t, y)
    half = len(t) // 2
    late, _, _ = _theil_sen(t[half:], y[half:])
    growth = int(slope * span_s)
    base_bytes = float(np.median(y[: max(3, len(y) // 10)]))
    growth_pct = 100.0 * growth / base_bytes if base_bytes > 0 else float("inf")

    rate = (
        f"{slope / MIB:+.2f} MiB/s over {span_s:.1f} s "
        f"({growth / MIB:+.1f} MiB, {growth_pct:+.1f}%)"
    )
    if low <= 0:
        leaking, reason = False, f"no steady growth: slope {rate}, its 95% interval includes zero"
    elif growth < min_growth_bytes:
        leaking, reason = (
            False,
            f"growth too small to call a leak: {rate}, under {min_growth_bytes / MIB:g} MiB",
        )
    elif growth_pct < min_growth_pct:
        leaking, reason = (
            False,
            f"growth too small to call a leak: {rate}, under {min_growth_pct:g}% of RSS",
        )
    elif late < min_late_share * slope:
        leaking, reason = (
            False,
            f"RSS grew then levelled off: {rate}, last half {late / MIB:+.2f} MiB/s",
        )
    else:
        leaking, reason = True, f"RSS grows steadily: {rate}"
    return LeakVerdict(
        leaking=leaking,
        slope_bytes_per_s=slope,
        growth_bytes=growth,
        reason=reason,
        slope_low_bytes_per_s=low,
        slope_high_bytes_per_s=high,
        late_slope_bytes_per_s=late,
        window_s=span_s,
        samples_used=len(window),
    )


class ResourceMonitor:
    """Sample a process (and its children, summed) every ``interval_s`` in a thread.

    >>> import os
    >>> with ResourceMonitor(os.getpid(), interval_s=0.05) as mon:
    ...     time.sleep(0.2)
    >>> series = mon.series
    >>> series.pid == os.getpid(), series.peak_rss_bytes > 0, len(series.samples) >= 2
    (True, True, True)
    """

    def __init__(self, pid: int, *, interval_s: float = 0.5, include_children: bool = True) -> None:
        import psutil

        if interval_s <= 0:
            raise InputError(f"the sampling interval must be positive, got {interval_s} s")
        try:
            self._root = psutil.Process(pid)
        except psutil.NoSuchProcess:
            raise InputError(f"no process with PID {pid} is running") from None
        self.pid = pid
        self.interval_s = interval_s
        self.include_children = include_children
        self.samples: list[ResourceSample] = []
        self.series: ResourceSeries | None = None
        self._procs: dict[int, psutil.Process] = {
            pid: self._root
        }  # cpu_percent needs the same object
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._t0 = 0.0

    def start(self) -> Self:
        if self._thread is not None:
            raise RuntimeError("this monitor was already started")
        self._t0 = time.monotonic()
        self._sample()  # one reading at t=0, and primes cpu_percent
        self._thread = threading.Thread(target=self._loop, name=f"resmon-{self.pid}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> ResourceSeries:
        if self._thread is None:
            raise RuntimeError("this monitor was never started")
        self._stop.set()
        self._thread.join()
        if self.series is None:
            self._sample()  # a last reading if the process still runs
            peak = max((s.rss_bytes for s in self.samples), default=0)
            self.series = ResourceSeries(
                pid=self.pid,
                interval_s=self.interval_s,
                samples=list(self.samples),
                peak_rss_bytes=peak,
                leak=leak_verdict(self.samples),
            )
        return self.series

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _loop(self) -> None:
        next_t = time.monotonic() + self.interval_s
        while not self._stop.wait(max(0.0, next_t - time.monotonic())):
            next_t += self.interval_s
            if not self._sample():
                return  # the process is gone

    def _processes(self) -> list[psutil.Process]:
        import psutil

        procs = [self._root]
        if self.include_children:
            try:
                children = self._root.children(recursive=True)
            except psutil.Error:
                children = []
            alive = {self.pid}
            for child in children:
                alive.add(child.pid)
                procs.append(self._procs.setdefault(child.pid, child))
            for gone in set(self._procs) - alive:
                del self._procs[gone]
        return procs

    def _sample(self) -> bool:
        """Take one reading; False once the watched process has exited."""
        import psutil

        try:
            if not self._root.is_running() or self._root.status() == psutil.STATUS_ZOMBIE:
                return False
        except psutil.NoSuchProcess:
            return False
        cpu = 0.0
        rss = threads = files = 0
        read: int | None = 0
        write: int | None = 0
        for proc in self._processes():
            try:
                with proc.oneshot():
                    cpu += proc.cpu_percent(None)
                    rss += proc.memory_info().rss
                    threads += proc.num_threads()
                    files += _count(proc.num_fds)
                    io = proc.io_counters() if hasattr(proc, "io_counters") else None
            except (psutil.NoSuchProcess, psutil.ZombieProcess):
                if proc is self._root:
                    return False
                continue
            except psutil.AccessDenied:
                io = None
            if io is None:
                read = write = None
            elif read is not None and write is not None:
                read += io.read_bytes
                write += io.write_bytes
        self.samples.append(
            ResourceSample(
                t_s=time.monotonic() - self._t0,
                cpu_pct=cpu,
                rss_bytes=rss,
                threads=threads,
                open_files=files,
                read_bytes=read,
                write_bytes=write,
            )
        )
        return True


def _count(getter) -> int:
    import psutil

    try:
        return int(getter())
    except psutil.AccessDenied:
        return 0
