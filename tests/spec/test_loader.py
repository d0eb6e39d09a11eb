"""The one spec package: every way in reads perfagent.toml through tools.spec, alike.

An unknown key is one sentence naming the key and the file; each section survives a
round trip through its own model; allowed hosts extend loopback on every path; the review
and the engagement read the same target and benchmarks from the same file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from perfagent.agent.spec import load_target
from perfagent.tools.errors import InputError
from perfagent.tools.review.spec import read_spec as review_spec
from perfagent.tools.sandbox.network import LOOPBACK
from perfagent.tools.spec import (
    DIALECTS,
    SPEC_FILES,
    LoadSpec,
    PerfagentSpec,
    dialect_of,
    load_spec,
    parse_spec,
    read_spec,
)

ROOT = Path(__file__).resolve().parents[2]
SHOP = ROOT / "examples" / "shop"
HOST = "http://127.0.0.1:9"
SERVICE = '[service]\nhost = "http://127.0.0.1:9"\n[[service.endpoint]]\npath = "/"\n'

# Every section, each key set to something other than its default.
EVERYTHING = """
budgets = { database = { query_p95 = "80ms" } }
[target]
name = "spec-shop"
setup = "make"
test = "pytest -x"
test_timeout_s = 7
[[benchmark]]
name = "quote"
callable = "shop.bench:quote"
cwd = "sub"
env = { A = "1" }
timeout_s = 3
[[benchmark]]
name = "cli"
command = "python -m shop.bench"
[service]
start = "app --port {port}"
ready = "/up"
env = { B = "2" }
ready_timeout_s = 9
archetype = "web"
[[service.endpoint]]
path = "/x?q=1"
method = "post"
weight = 4
headers = { X-A = "1" }
body = "{}"
budget = { p50_ms = 20, p95_ms = 50, p99_ms = 90 }
[service.auth]
kind = "header"
header = "X-Key"
value = "${SPEC_KEY}"
[load]
users = 7
duration_s = 12
allow_hosts = ["10.0.0.0/8"]
arrival_rps = 25
[load.stress]
max_users = 20
[load.spike]
spike_users = 9
[load.soak]
sample_interval_s = 2
[database]
url = "mariadb://root@127.0.0.1/test"
queries = "q.sql"
[frontend]
build = "dist/"
[cache]
redis = "redis://127.0.0.1:6379/3"
staleness_s = 5
[scaling]
peak_rps = 50
min_replicas = 3
[[process]]
name = "jobs"
archetype = "worker"
start = "python -m worker"
queue = { url = "redis://127.0.0.1:6379/0", name = "spec_jobs" }
[[process]]
name = "cron"
archetype = "scheduler"
start = "python -m cron"
leader = { url = "redis://127.0.0.1:6379/0" }
[disposability]
processes = ["jobs"]
replicas = 2
"""


def test_one_spec_file_list_and_one_dialect_map():
    import perfagent.agent.spec

    assert perfagent.agent.spec.SPEC_FILES is SPEC_FILES
    assert {dialect_of(f"{scheme}://x") for scheme in DIALECTS} == {"postgres", "mysql", "sqlite"}
    assert dialect_of("postgresql+psycopg://app@db/shop") == "postgres"


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("[bogus]\nx = 1\n", "bogus"),
        ('[target]\ntset = "x"\n', "target.tset"),
        ('[[benchmark]]\nname = "b"\ncommand = "true"\nretries = 2\n', "benchmark[0].retries"),
        (SERVICE + "wieght = 2\n", "service.endpoint[0].wieght"),
        ("[load.soak]\nsample = 2\n", "load.soak.sample"),
        ('[database]\nurl = "sqlite:///x.db"\nschema = "s"\n', "database.schema"),
        ('[frontend]\nbundle = "x"\n', "frontend.bundle"),
        (
            '[[process]]\nname = "a"\narchetype = "admin"\nstart = "x"\nretry = 1\n',
            "process[0].retry",
        ),
        ("[disposability]\nreplica = 2\n", "disposability.replica"),
    ],
)
def test_an_unknown_key_names_the_key_and_the_file(tmp_path: Path, toml: str, key: str):
    (tmp_path / "perfagent.toml").write_text(toml)
    with pytest.raises(InputError) as caught:
        read_spec(tmp_path)
    assert (
        str(caught.value) == f"{tmp_path / 'perfagent.toml'}: {key}: Extra inputs are not permitted"
    )


def test_a_pyproject_error_names_the_pyproject(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.perfagent.target]\nnmae = "x"\n'
    )
    with pytest.raises(
        InputError, match=r"pyproject.toml: target.nmae: Extra inputs are not permitted$"
    ):
        read_spec(tmp_path)


@pytest.mark.parametrize("section", sorted(PerfagentSpec.model_fields))
def test_each_section_round_trips_through_its_model(section: str):
    spec = parse_spec(EVERYTHING)
    value = getattr(spec, section)
    default = PerfagentSpec.model_fields[section].get_default(call_default_factory=True)
    assert value != default, f"EVERYTHING leaves [{section}] at its default"
    dumped = spec.model_dump(by_alias=True, include={section})
    again = PerfagentSpec.model_validate(dumped)
    assert getattr(again, section) == value
    assert PerfagentSpec.model_validate_json(spec.model_dump_json(by_alias=True)) == spec


def test_the_sections_reach_the_engagement(tmp_path: Path):
    (tmp_path / "perfagent.toml").write_text(EVERYTHING)
    (tmp_path / "sub").mkdir()
    target = load_target(tmp_path)
    found = read_spec(tmp_path)
    assert target.load == found.load and isinstance(target.load, LoadSpec)
    assert (
        target.target,
        target.benchmarks,
        target.database,
        target.frontend,
        target.cache,
        target.scaling,
        target.processes,
        target.disposability,
    ) == (
        found.spec.target,
        found.spec.benchmark,
        found.spec.database,
        found.spec.frontend,
        found.spec.cache,
        found.spec.scaling,
        found.spec.process,
        found.spec.disposability,
    )
    assert target.budgets.database.query_p95_ms == 80 and target.database.dialect == "mysql"


def test_allowed_hosts_extend_loopback_on_every_path(tmp_path: Path):
    from perfagent.api.sdk import _distributed, _load_spec  # the path of `perfagent load` and MCP

    (tmp_path / "perfagent.toml").write_text(SERVICE + '[load]\nallow_hosts = ["10.0.0.0/8"]\n')
    expected = [*LOOPBACK, "10.0.0.0/8"]
    engagement = load_target(tmp_path).load.plan("run")
    assert engagement.allow_hosts == expected
    assert load_spec(tmp_path / "perfagent.toml").plan("run").allow_hosts == expected
    loaded = _load_spec("run", str(tmp_path / "perfagent.toml"), None, None, "the command line")
    assert loaded.plan("run", **_distributed(loaded, None, None, None)).allow_hosts == expected
    extra = _distributed(loaded, ["db.internal"], None, None)  # --allow-host db.internal
    assert loaded.plan("run", **extra).allow_hosts == [*expected, "db.internal"]
    # no allow_hosts at all: loopback only
    (tmp_path / "perfagent.toml").write_text(SERVICE)
    assert load_target(tmp_path).load.plan("run").allow_hosts == list(LOOPBACK)


def test_an_allowed_host_that_is_a_url_is_refused_when_the_spec_is_read(tmp_path: Path):
    (tmp_path / "perfagent.toml").write_text(
        SERVICE + '[load]\nallow_hosts = ["http://10.0.0.1:80"]\n'
    )
    with pytest.raises(InputError) as caught:
        load_target(tmp_path)
    assert str(caught.value).startswith(
        f"{tmp_path / 'perfagent.toml'}: load.allow_hosts: allowed host "
        "'http://10.0.0.1:80' must be an IP address"
    )


@pytest.mark.parametrize("where", ["perfagent.toml", "pyproject.toml"])
def test_review_and_engagement_read_the_same_target_and_benchmarks(tmp_path: Path, where: str):
    text = (SHOP / "perfagent.toml").read_text()
    if where == "pyproject.toml":  # the same spec as [tool.perfagent] tables
        text = '[project]\nname = "shop"\n' + _under_tool(text)
    (tmp_path / where).write_text(text)
    (tmp_path / "perf-budgets.yaml").write_text((SHOP / "perf-budgets.yaml").read_text())
    engagement = load_target(tmp_path)
    review = review_spec(tmp_path)
    assert review.source == where and review.setup == engagement.target.setup
    assert review.benchmarks == [b.bench_spec(Path(engagement.root)) for b in engagement.benchmarks]
    assert review.dialect == engagement.database.dialect == "sqlite"


def _under_tool(text: str) -> str:
    """A perfagent.toml's tables as [tool.perfagent...] tables; top-level keys go first."""
    top, tables = [], []
    in_table = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("[[") and not stripped.startswith("[[tool"):
            line, in_table = line.replace("[[", "[[tool.perfagent.", 1), True
        elif stripped.startswith("[") and not stripped.startswith("[["):
            line, in_table = line.replace("[", "[tool.perfagent.", 1), True
        (tables if in_table else top).append(line)
    return "[tool.perfagent]\n" + "\n".join(top) + "\n" + "\n".join(tables) + "\n"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[[benchmark]]\nname = "b"\ncommand = "x"\n[[benchmark]]\nname = "b"\ncommand = "y"\n',
            "perfagent.toml: benchmark names must be unique; b repeats",
        ),
        (
            '[[benchmark]]\nname = "b"\ncallable = "shop.bench"\n',
            "perfagent.toml: benchmark[0]: callable 'shop.bench' must look like module:function",
        ),
        (
            '[service]\narchetype = "worker"\n',
            "perfagent.toml: service.archetype: [service] is the web process",
        ),
        (
            '[disposability]\nprocesses = ["nope"]\n',
            "perfagent.toml: disposability.processes: no [[process]] is named",
        ),
        ('budgets = "spec-missing.yaml"\n', "spec-missing.yaml does not exist"),
    ],
)
def test_what_review_and_engagement_both_refuse(tmp_path: Path, toml: str, message: str):
    (tmp_path / "perfagent.toml").write_text(toml)
    for read in (load_target, review_spec):
        with pytest.raises(InputError) as caught:
            read(tmp_path)
        assert message in str(caught.value) and "\n" not in str(caught.value)


def test_tools_spec_imports_nothing_above_tools():
    for path in (ROOT / "tools" / "spec").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            assert not [n for n in names if n.split(".")[0] in ("agent", "api", "evals")], path
