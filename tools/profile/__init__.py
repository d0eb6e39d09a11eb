"""Where time and memory go: CPU sampling (py-spy), deterministic profiling (cProfile +
tracemalloc), resources over time (psutil) with a leak verdict, and profile diffs.

Every function returns a pydantic record that round-trips through JSON.
"""

from perfagent.tools.profile.cprofile import profile_callable
from perfagent.tools.profile.diff import FunctionChange, ProfileDiff, diff_profiles
from perfagent.tools.profile.models import Allocation, CpuProfile, HotSpot
from perfagent.tools.profile.pyspy import record_command, record_pid
from perfagent.tools.profile.resources import (
    LeakVerdict,
    ResourceMonitor,
    ResourceSample,
    ResourceSeries,
    leak_verdict,
)

__all__ = [
    "Allocation",
    "CpuProfile",
    "FunctionChange",
    "HotSpot",
    "LeakVerdict",
    "ProfileDiff",
    "ResourceMonitor",
    "ResourceSample",
    "ResourceSeries",
    "diff_profiles",
    "leak_verdict",
    "profile_callable",
    "record_command",
    "record_pid",
]
