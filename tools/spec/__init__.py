"""The target spec: ``perfagent.toml``, or ``[tool.perfagent]`` in the target's pyproject.toml.

One model of the whole file, read once (``read_spec``) by every way in; each instrument
receives its own section. The sections, each its own model:

    [target]                  TargetSection          setup and test commands, interpreter (target)
    [[benchmark]]             BenchmarkEntry         a command or module:function (target)
    [service]                 ServiceSection         start or host, ready path, archetype (load)
      [[service.endpoint]]    tools.loadtest.Endpoint  path, method, weight, budget
      [service.auth]          tools.loadtest.auth    form, token or header login per user
    [load]                    LoadSection            users, duration, allow_hosts,
                                                     stress/spike/soak (load)
    [database]                DatabaseSection        url (its dialect: DIALECTS) and queries
                                                     (sections)
    [frontend]                FrontendSection        build folder or url (sections)
    [cache]                   CacheSection           redis, staleness_s (sections)
    [scaling]                 ScalingSection         peak_rps, replicas, cpu (sections)
    budgets                   Budgets                the seed's performance_budgets: YAML, a file
                                                     or inline (budgets)
    [[process]]               ProcessSpec            worker, scheduler and admin archetypes
                                                     (process)
    [disposability]           DisposabilitySection   which 12-factor tests to run (process)

Every error is one sentence naming the file and the key (``tools.errors.InputError``).
tools/ sits below agent/: the engagement's ``agent.spec.TargetSpec`` is built from this.
"""

from perfagent.tools.spec.budgets import Budgets, load_budgets, parse_budgets
from perfagent.tools.spec.load import LoadSection, LoadSpec, ServiceSection
from perfagent.tools.spec.loader import (
    SPEC_FILES,
    find_spec,
    load_spec,
    parse_spec,
    read_spec,
    spec_in,
)
from perfagent.tools.spec.model import PerfagentSpec, SpecFile
from perfagent.tools.spec.process import DisposabilitySection, LeaderSpec, ProcessSpec, QueueSpec
from perfagent.tools.spec.sections import (
    DIALECTS,
    CacheSection,
    DatabaseSection,
    FrontendSection,
    ScalingSection,
    dialect_of,
)
from perfagent.tools.spec.target import BenchmarkEntry, TargetSection

__all__ = [
    "DIALECTS",
    "SPEC_FILES",
    "BenchmarkEntry",
    "Budgets",
    "CacheSection",
    "DatabaseSection",
    "DisposabilitySection",
    "FrontendSection",
    "LeaderSpec",
    "LoadSection",
    "LoadSpec",
    "PerfagentSpec",
    "ProcessSpec",
    "QueueSpec",
    "ScalingSection",
    "ServiceSection",
    "SpecFile",
    "TargetSection",
    "dialect_of",
    "find_spec",
    "load_budgets",
    "load_spec",
    "parse_budgets",
    "parse_spec",
    "read_spec",
    "spec_in",
]
