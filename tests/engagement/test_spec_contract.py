"""The spec is the contract: every key of perfagent.toml reaches what uses it, with precedence
flags > PERFAGENT_* > perfagent.toml > defaults, and an unknown key is one sentence naming it.

The table has one row per key; ``test_the_table_covers_every_key`` fails when a model gains a
field without a row here, so a new setting cannot be silently ignored.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from perfagent.agent.effective import resolve
from perfagent.agent.spec import (
    BenchmarkEntry,
    CacheSection,
    DatabaseSection,
    FrontendSection,
    ScalingSection,
    TargetSection,
    load_target,
)
from perfagent.agent.state import Settings
from perfagent.tools.errors import InputError
from perfagent.tools.loadtest.plan import Budget, Endpoint, Soak, Spike, Stress
from perfagent.tools.sandbox.network import LOOPBACK
from perfagent.tools.spec import DisposabilitySection, LoadSection, ProcessSpec, ServiceSection

HOST = "http://127.0.0.1:9"
SERVICE = '[service]\nhost = "http://127.0.0.1:9"\n[[service.endpoint]]\npath = "/"\n'


def plan(kind="run"):
    return lambda spec: spec.load.plan(kind, host=HOST)


def at(reader, name: str):
    """Reads ``name`` from what ``reader`` returns for a spec."""
    return lambda s: getattr(reader(s), name)


# key -> (TOML that sets it to a non-default value, what reads it, the value it must read)
TABLE: dict[str, tuple[str, object, object]] = {
    "target.name": ('[target]\nname = "svc"\n', lambda s: s.name, "svc"),
    "target.setup": ('[target]\nsetup = "make"\n', lambda s: s.target.setup, "make"),
    "target.test": ('[target]\ntest = "pytest -x"\n', lambda s: s.target.test, "pytest -x"),
    "target.test_timeout_s": (
        "[target]\ntest_timeout_s = 7\n",
        lambda s: s.target.test_timeout_s,
        7.0,
    ),
    "target.python": (
        '[target]\npython = "env/bin/python"\n',
        lambda s: Path(s.python).parts[-3:],
        ("env", "bin", "python"),
    ),
    "benchmark.name": (
        '[[benchmark]]\nname = "b"\ncommand = "true"\n',
        lambda s: s.benchmarks[0].name,
        "b",
    ),
    "benchmark.command": (
        '[[benchmark]]\nname = "b"\ncommand = "true"\n',
        lambda s: s.benchmarks[0].bench_spec(Path(s.root)).command,
        "true",
    ),
    "benchmark.callable": (
        '[[benchmark]]\nname = "b"\ncallable = "m:f"\n',
        lambda s: s.benchmarks[0].bench_spec(Path(s.root)).callable,
        "m:f",
    ),
    "benchmark.cwd": (
        '[[benchmark]]\nname = "b"\ncommand = "true"\ncwd = "sub"\n',
        lambda s: Path(s.benchmarks[0].bench_spec(Path(s.root)).cwd).name,
        "sub",
    ),
    "benchmark.env": (
        '[[benchmark]]\nname = "b"\ncommand = "true"\nenv = { A = "1" }\n',
        lambda s: s.benchmarks[0].bench_spec(Path(s.root)).env["A"],
        "1",
    ),
    "benchmark.timeout_s": (
        '[[benchmark]]\nname = "b"\ncommand = "true"\ntimeout_s = 3\n',
        lambda s: s.benchmarks[0].bench_spec(Path(s.root)).timeout_s,
        3.0,
    ),
    "database.url": (
        '[database]\nurl = "sqlite:///x.db"\n',
        lambda s: s.database.url,
        "sqlite:///x.db",
    ),
    "database.queries": (
        '[database]\nurl = "sqlite:///x.db"\nqueries = "q.sql"\n',
        lambda s: s.database.queries,
        "q.sql",
    ),
    "frontend.build": ('[frontend]\nbuild = "dist/"\n', lambda s: s.frontend.build, "dist/"),
    "frontend.url": ('[frontend]\nurl = "/"\n', lambda s: s.frontend.url, "/"),
    "cache.redis": (
        '[cache]\nredis = "redis://127.0.0.1:6379/3"\n',
        lambda s: s.cache.redis,
        "redis://127.0.0.1:6379/3",
    ),
    "cache.staleness_s": ("[cache]\nstaleness_s = 5\n", lambda s: s.cache.staleness_s, 5.0),
    **{
        f"scaling.{k}": (f"[scaling]\n{k} = {v}\n", at(lambda s: s.scaling, k), e)
        for k, v, e in [
            ("peak_rps", 50, 50.0),
            ("headroom_pct", 10, 10.0),
            ("min_replicas", 3, 3),
            ("max_replicas", 9, 9),
            ("cpu_per_replica", 2, 2.0),
            ("deployment", '"web"', "web"),
        ]
    },
    "budgets": (
        '[budgets.database]\nquery_p95 = "80ms"\n',
        lambda s: s.budgets.database.query_p95_ms,
        80.0,
    ),
    # [service]
    "service.start": (
        '[service]\nstart = "app --port {port}"\n[[service.endpoint]]\npath = "/"\n',
        lambda s: s.load.service.start,
        "app --port {port}",
    ),
    "service.host": (SERVICE, lambda s: s.load.plan("run").host, HOST),
    "service.cwd": (None, lambda s: s.load.service.cwd, "srv"),
    "service.env": (None, lambda s: s.load.service.env, {"A": "1"}),
    "service.ready_timeout_s": (None, lambda s: s.load.service.ready_timeout_s, 9.0),
    "service.archetype": (None, lambda s: s.load.service.archetype, "web"),
    "service.auth": (
        SERVICE + '[service.auth]\nkind = "header"\nheader = "X-Key"\nvalue = "${K}"\n',
        lambda s: plan()(s).auth.value,
        "${K}",
    ),
    "service.endpoint": (
        SERVICE,
        lambda s: [e.path for e in s.load.plan("run", host=HOST).endpoints],
        ["/"],
    ),
    **{
        f"service.endpoint.{k}": (
            (SERVICE if k != "path" else SERVICE.replace('path = "/"\n', "")) + f"{k} = {v}\n",
            at(lambda s: plan()(s).endpoints[0], k),
            e,
        )
        for k, v, e in [
            ("path", '"/x?q=1"', "/x?q=1"),
            ("method", '"post"', "POST"),
            ("weight", 4, 4),
            ("headers", '{ X-A = "1" }', {"X-A": "1"}),
            ("body", '"{}"', "{}"),
            ("name", '"home"', "home"),
        ]
    },
    "service.endpoint.budget": (
        SERVICE + "budget = { p95_ms = 200 }\n",
        lambda s: plan()(s).endpoints[0].budget.p95_ms,
        200.0,
    ),
    **{
        f"service.endpoint.budget.{k}": (
            SERVICE + f"budget = {{ {k} = 50 }}\n",
            at(lambda s: plan()(s).endpoints[0].budget, k),
            50.0,
        )
        for k in ("p50_ms", "p95_ms", "p99_ms")
    },
    # [load]: what the plan of every test type carries
    **{
        f"load.{k}": (SERVICE + f"[load]\n{k} = {v}\n" + extra, at(plan(), k), e)
        for k, v, e, extra in [
            ("users", 7, 7, ""),
            ("spawn_rate", 3, 3.0, ""),
            ("duration_s", 12, 12.0, ""),
            ("wait_min_s", 0.5, 0.5, "wait_max_s = 1\n"),
            ("wait_max_s", 2, 2.0, ""),
            ("request_timeout_s", 4, 4.0, ""),
            ("stop_timeout_s", 2, 2.0, ""),
            ("allow_hosts", '["10.0.0.0/8", "db"]', [*LOOPBACK, "10.0.0.0/8", "db"], ""),
            ("max_users", 50, 50, ""),
            ("max_duration_s", 99, 99.0, ""),
            ("workers", 2, 2, ""),
            ("remote_workers", 1, 1, ""),
            ("master_bind_host", '"0.0.0.0"', "0.0.0.0", ""),
            ("master_port", 5557, 5557, ""),
            ("arrival_rps", 25, 25.0, ""),
        ]
    },
    "load.stress": (
        SERVICE + "[load.stress]\nmax_users = 20\n",
        lambda s: plan("stress")(s).shape.max_users,
        20,
    ),
    "load.spike": (
        SERVICE + "[load.spike]\nspike_users = 9\n",
        lambda s: plan("spike")(s).shape.spike_users,
        9,
    ),
    "load.soak": (
        SERVICE + "[load.soak]\nsample_interval_s = 2\n",
        lambda s: plan("soak")(s).shape.sample_interval_s,
        2.0,
    ),
    **{
        f"load.stress.{k}": (
            SERVICE + f"[load.stress]\n{k} = {v}\n",
            at(lambda s: plan("stress")(s).shape, k),
            e,
        )
        for k, v, e in [
            ("start_users", 2, 2),
            ("step_users", 3, 3),
            ("step_duration_s", 2, 2.0),
            ("max_users", 20, 20),
            ("max_error_rate", 0.05, 0.05),
            ("p95_limit_ms", 300, 300.0),
            ("stop_at_break", "false", False),
        ]
    },
    **{
        f"load.spike.{k}": (
            SERVICE + f"[load.spike]\n{k} = {v}\n",
            at(lambda s: plan("spike")(s).shape, k),
            e,
        )
        for k, v, e in [
            ("base_users", 3, 3),
            ("spike_users", 9, 9),
            ("before_s", 2, 2.0),
            ("spike_s", 2, 2.0),
            ("after_s", 3, 3.0),
            ("max_error_rate", 0.1, 0.1),
            ("recovery_factor", 2, 2.0),
        ]
    },
    "load.soak.sample_interval_s": (
        SERVICE + "[load.soak]\nsample_interval_s = 2\n",
        lambda s: plan("soak")(s).shape.sample_interval_s,
        2.0,
    ),
}
TABLE["service.ready"] = (
    SERVICE.replace("\n[[", '\nready = "/up"\n[[', 1),
    lambda s: s.load.service.ready,
    "/up",
)
for _key, _line in [
    ("cwd", 'cwd = "srv"'),
    ("env", 'env = { A = "1" }'),
    ("ready_timeout_s", "ready_timeout_s = 9"),
    ("archetype", 'archetype = "web"'),
]:
    TABLE[f"service.{_key}"] = (
        SERVICE.replace("\n[[", f"\n{_line}\n[[", 1),
        TABLE[f"service.{_key}"][1],
        TABLE[f"service.{_key}"][2],
    )
# Discriminators and sections validated by their own tools (tools/disposability has its own tests).
NOT_SETTINGS = {"load.stress.kind", "load.spike.kind", "load.soak.kind"}
OWN_TESTS = ("process", "disposability")


def _fields(prefix: str, model: type[BaseModel]) -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        key = f"{prefix}.{field.alias or name}"
        keys.add(key)
        sub = {Stress: "stress", Spike: "spike", Soak: "soak", Budget: "budget"}
        for cls in sub:
            if field.annotation is cls or (field.annotation == Budget and cls is Budget):
                keys |= _fields(key, cls)
    return keys


def test_the_table_covers_every_key():
    keys = set()
    for prefix, model in [
        ("target", TargetSection),
        ("benchmark", BenchmarkEntry),
        ("database", DatabaseSection),
        ("frontend", FrontendSection),
        ("cache", CacheSection),
        ("scaling", ScalingSection),
        ("service", ServiceSection),
        ("load", LoadSection),
    ]:
        keys |= _fields(prefix, model)
    keys |= _fields("service.endpoint", Endpoint) | _fields("service.endpoint.budget", Budget)
    keys.add("budgets")
    missing = sorted(k for k in keys - NOT_SETTINGS - set(TABLE) if not k.startswith(OWN_TESTS))
    assert not missing, f"perfagent.toml keys with no row in TABLE: {missing}"
    assert (
        ProcessSpec.model_config.get("extra") == "forbid"
        and DisposabilitySection.model_config.get("extra") == "forbid"
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "env" / "bin").mkdir(parents=True)
    python = tmp_path / "env" / "bin" / "python"
    python.symlink_to(sys.executable)
    return tmp_path


@pytest.mark.parametrize("key", sorted(TABLE))
def test_every_key_reaches_its_reader(repo: Path, key: str):
    toml, read, expected = TABLE[key]
    (repo / "perfagent.toml").write_text(toml)
    spec = load_target(repo)
    assert read(spec) == expected
    _, effective = resolve(spec, Settings())
    shown = {row.key for row in effective.rows}
    if not key.startswith(("benchmark.", "service.endpoint", "budgets")):
        assert key in shown or any(k.startswith(key + ".") for k in shown), (
            f"{key} is not in the effective plan"
        )


@pytest.mark.parametrize(
    ("environ", "flags", "toml", "expected"),
    [
        ({}, {}, "", (10, 10.0, "default", "default")),
        (
            {},
            {},
            "[load]\nusers = 20\nduration_s = 60\n",
            (20, 60.0, "[load] users", "[load] duration_s"),
        ),
        (
            {"PERFAGENT_LOAD_USERS": "4", "PERFAGENT_LOAD_DURATION_S": "5"},
            {},
            "[load]\nusers = 20\nduration_s = 60\n",
            (4, 5.0, "PERFAGENT_LOAD_USERS", "PERFAGENT_LOAD_DURATION_S"),
        ),
        (
            {"PERFAGENT_LOAD_USERS": "4"},
            {"load_users": 3},
            "[load]\nusers = 20\n",
            (3, 10.0, "flag", "default"),
        ),
    ],
)
def test_precedence_flags_environment_spec_defaults(tmp_path: Path, environ, flags, toml, expected):
    (tmp_path / "perfagent.toml").write_text(SERVICE + toml)
    spec = load_target(tmp_path)
    settings, effective = resolve(spec, Settings.from_env(environ, **flags))
    rows = {r.key: r for r in effective.rows}
    assert (settings.load_users, settings.load_duration_s) == expected[:2]
    assert (
        expected[2] in rows["load.users"].source and expected[3] in rows["load.duration_s"].source
    )
    # the baseline's plan is what the effective settings say
    assert (
        spec.load.plan("run", users=settings.load_users, duration_s=settings.load_duration_s).users
        == expected[0]
    )


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ('[target]\ntset = "x"\n', "target.tset"),
        ("[load]\nuser = 3\n", "load.user"),
        (SERVICE + "wieght = 2\n", "service.endpoint[0].wieght"),
        ("[bogus]\nx = 1\n", "bogus"),
        ("[load.stress]\nmax_user = 3\n", "load.stress.max_user"),
        ("[cache]\nttl = 1\n", "cache.ttl"),
        ("[scaling]\npeak = 1\n", "scaling.peak"),
    ],
)
def test_an_unknown_key_is_one_sentence_naming_it(tmp_path: Path, toml: str, key: str):
    (tmp_path / "perfagent.toml").write_text(toml)
    with pytest.raises(InputError) as caught:
        load_target(tmp_path)
    message = str(caught.value)
    assert f"perfagent.toml: {key}: " in message and "\n" not in message


def test_python_in_target_commands_is_the_targets_venv(tmp_path: Path):
    from perfagent.tools.sandbox import run, scrubbed_env

    venv = tmp_path / ".venv" / "bin"
    venv.mkdir(parents=True)
    (venv / "python").write_text('#!/bin/sh\necho target-python "$@"\n')
    (venv / "python").chmod(0o755)
    (tmp_path / "perfagent.toml").write_text('[target]\ntest = "python -m pytest"\n')
    spec = load_target(tmp_path)
    assert spec.python == str(venv / "python")
    done = run("python -V", cwd=tmp_path, env=scrubbed_env(spec.command_env()))
    assert done.stdout.strip() == "target-python -V"
    _, effective = resolve(spec, Settings())
    assert (
        next(r for r in effective.rows if r.key == "target.python").source
        == "the repo's own virtualenv"
    )


def test_no_venv_means_perfagents_interpreter(tmp_path: Path):
    (tmp_path / "perfagent.toml").write_text('[target]\nname = "t"\n')
    spec = load_target(tmp_path)
    assert spec.python is None and spec.command_env() == {}
    assert os.path.dirname(sys.executable) == scrubbed_first_path()


def scrubbed_first_path() -> str:
    from perfagent.tools.sandbox import scrubbed_env

    return scrubbed_env()["PATH"].split(os.pathsep)[0]
