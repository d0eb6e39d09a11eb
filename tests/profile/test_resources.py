"""ResourceMonitor on real subprocesses: one that grows memory, one that does not."""

from __future__ import annotations

import os
import subprocess

import pytest

from perfagent.tools.errors import InputError
from perfagent.tools.profile.resources import ResourceMonitor
from perfagent.tools.sandbox import spawn, terminate_group

GROWS = """
import time
keep = []
end = time.monotonic() + 4.0
while time.monotonic() < end:
    keep.append(bytearray(3 * 1024 * 1024))   # 3 MiB every 50 ms: ~60 MiB/s, never freed
    keep[-1][::4096] = b"x" * len(keep[-1][::4096])  # touch the pages so they count in RSS
    time.sleep(0.05)
"""

STEADY = """
import time
end = time.monotonic() + 4.0
while time.monotonic() < end:
    churn = [bytearray(64 * 1024) for _ in range(200)]   # ~13 MiB allocated and freed
    for b in churn:
        b[::4096] = b"x" * len(b[::4096])
    del churn
    time.sleep(0.03)
"""

PARENT_OF_GREEDY_CHILD = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c",
    "import time; x = bytearray(80 * 1024 * 1024); "
    "x[::4096] = b'x' * len(x[::4096]); time.sleep(2)"])
child.wait()
"""


def watch(python: str, write_script, name: str, source: str, **kwargs):
    script = write_script(name, source)
    proc = spawn([python, str(script)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        with ResourceMonitor(proc.pid, interval_s=0.1, **kwargs) as monitor:
            proc.wait(timeout=30)
        return monitor.series
    finally:
        terminate_group(proc, grace_s=1.0)


@pytest.mark.slow
def test_growing_process_is_called_a_leak(python, write_script):
    s = watch(python, write_script, "grows.py", GROWS)
    assert len(s.samples) >= 15
    assert s.peak_rss_bytes > 100 * 1024 * 1024
    assert s.leak.leaking, s.leak.reason
    assert s.leak.slope_bytes_per_s > 10 * 1024 * 1024  # ~60 MiB/s nominal: a wide margin


@pytest.mark.slow
def test_steady_process_is_not_called_a_leak(python, write_script):
    s = watch(python, write_script, "steady.py", STEADY)
    assert len(s.samples) >= 15
    assert not s.leak.leaking, s.leak.reason
    assert max(x.cpu_pct for x in s.samples) > 0
    assert all(x.threads >= 1 and x.open_files >= 3 for x in s.samples)


@pytest.mark.slow
def test_children_are_summed_in(python, write_script):
    with_children = watch(python, write_script, "parent.py", PARENT_OF_GREEDY_CHILD)
    alone = watch(
        python, write_script, "parent2.py", PARENT_OF_GREEDY_CHILD, include_children=False
    )
    assert with_children.peak_rss_bytes > 70 * 1024 * 1024
    assert alone.peak_rss_bytes < 60 * 1024 * 1024


def test_monitor_of_a_missing_process_is_input_error():
    with pytest.raises(InputError, match="no process with PID"):
        ResourceMonitor(2**22 + 12345)


def test_monitor_own_process_reports_io_and_round_trips():
    monitor = ResourceMonitor(os.getpid(), interval_s=0.02).start()
    import time

    time.sleep(0.1)
    series = monitor.stop()
    assert monitor.stop() is series  # idempotent
    assert series.samples[0].t_s == pytest.approx(0.0, abs=0.05)
    assert series.samples[-1].read_bytes is not None
    assert type(series).model_validate_json(series.model_dump_json()) == series
