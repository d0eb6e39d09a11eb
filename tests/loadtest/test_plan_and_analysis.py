"""Pure parts: plan limits, the spec loader's errors, the locustfile, the analysis."""

from __future__ import annotations

import pytest

from perfagent.tools.errors import InputError, UnsafeInputError
from perfagent.tools.loadtest import LoadPlan, Spike, Stress, check_host, render_locustfile
from perfagent.tools.loadtest.analysis import analyze, breaking_point, spike_report, stage_results
from perfagent.tools.loadtest.plan import HARD_MAX_USERS
from perfagent.tools.loadtest.results import LoadResult, RawRun, SecondBucket, StageMark
from perfagent.tools.spec import load_spec

HOST = "http://127.0.0.1:9"


def _plan(**kw) -> LoadPlan:
    return LoadPlan(host=HOST, endpoints=[{"path": "/"}], **kw)


@pytest.mark.parametrize(
    "host",
    [
        "http://10.0.0.1:80",
        "http://192.0.2.2:8000",
        "https://example.com",
        "http://localhost.example.com",
        "http://[2001:db8::1]:80",
        "http://0.0.0.0:80",
    ],
)
def test_non_loopback_hosts_are_refused(host):
    with pytest.raises(UnsafeInputError, match="allow-list"):
        check_host(host)


@pytest.mark.parametrize(
    "host", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:2", "https://127.1.2.3"]
)
def test_loopback_hosts_pass(host):
    assert check_host(host) == host


def test_allow_list_is_configurable():
    assert check_host("http://10.1.2.3:80", ["10.0.0.0/8"])
    with pytest.raises(UnsafeInputError):
        check_host("http://127.0.0.1:80", ["10.0.0.0/8"])


def test_absolute_urls_are_not_paths():
    with pytest.raises(ValueError, match="single '/'"):
        LoadPlan(host=HOST, endpoints=[{"path": "http://example.com/x"}])
    with pytest.raises(ValueError, match="single '/'"):
        LoadPlan(host=HOST, endpoints=[{"path": "//example.com/x"}])


def test_users_and_duration_are_capped():
    with pytest.raises(ValueError):
        _plan(users=HARD_MAX_USERS + 1)
    with pytest.raises(ValueError, match="max_users"):
        _plan(users=50, max_users=10)
    with pytest.raises(ValueError, match="max_duration_s"):
        _plan(duration_s=100, max_duration_s=10)
    with pytest.raises(ValueError, match="max_users"):
        _plan(shape=Stress(max_users=2000))


def test_plan_round_trips_through_json():
    plan = _plan(shape=Spike(spike_users=30), workers=2)
    assert LoadPlan.model_validate_json(plan.model_dump_json()) == plan


def test_spec_errors_name_the_file_and_the_field(tmp_path):
    spec = tmp_path / "perfagent.toml"
    spec.write_text(
        '[service]\nhost = "http://127.0.0.1:1"\n[[service.endpoint]]\npath = "/"\n'
        '[[service.endpoint]]\npath = "/x"\nbudget = { p95_ms = -1 }\n'
    )
    with pytest.raises(InputError, match=r"perfagent.toml: service.endpoint\[1\].budget.p95_ms: "):
        load_spec(spec)
    spec.write_text(
        '[service]\nhost = "http://127.0.0.1:1"\n[[service.endpoint]]\npath = "/"\n'
        "[load]\nusers = 99999\n"
    )
    with pytest.raises(InputError, match=r"perfagent.toml: load.users: "):
        load_spec(spec).plan("run")
    spec.write_text("[service\n")
    with pytest.raises(InputError, match="not valid TOML"):
        load_spec(spec)
    with pytest.raises(InputError, match="cannot read"):
        load_spec(tmp_path / "missing.toml")


def test_spec_in_pyproject_tool_table(tmp_path):
    spec = tmp_path / "pyproject.toml"
    spec.write_text(
        '[tool.perfagent.service]\nhost = "http://127.0.0.1:1"\n'
        '[[tool.perfagent.service.endpoint]]\npath = "/a"\nmethod = "post"\nbody = "{}"\n'
    )
    plan = load_spec(spec).plan("soak", duration_s=5)
    assert (plan.endpoints[0].method, plan.duration_s, plan.shape.kind) == ("POST", 5, "soak")


def test_locustfile_escapes_spec_strings():
    nasty = "/x?q=\"'); import os; os.system('boom') #"
    plan = LoadPlan(
        host=HOST, endpoints=[{"path": nasty, "headers": {'a"b': "c'd"}, "body": '"""'}]
    )
    source = render_locustfile(plan)
    namespace: dict = {}
    tree = compile(source, "locustfile.py", "exec", flags=0x400)  # PyCF_ONLY_AST
    assert "os.system" not in [getattr(n, "attr", "") for n in __import__("ast").walk(tree)]
    assert repr(nasty) in source and not namespace


def test_stress_locustfile_carries_the_shape():
    plan = _plan(shape=Stress(start_users=2, step_users=2, max_users=6, step_duration_s=3))
    source = render_locustfile(plan)
    assert "class PlanShape(LoadTestShape)" in source and "(6, " in source
    compile(source, "locustfile.py", "exec")


def _bucket(t, requests, failures=0, ms=10.0, name="GET /"):
    return SecondBucket(
        t=t, name=name, requests=requests, failures=failures, hist={str(ms): requests}
    )


def test_breaking_point_from_steps():
    # steps at 2, 4, 6 users of 3 s each; the third starts failing
    marks = [StageMark(t_wall=100.0 + 3 * i, index=i, users=2 * (i + 1)) for i in range(3)]
    buckets = [_bucket(t, 40) for t in range(100, 106)] + [
        _bucket(t, 400, failures=300) for t in range(106, 109)
    ]
    raw = RawRun(started_wall=100.0, ended_wall=109.0, stages=marks, buckets=buckets)
    steps = stage_results(raw, max_error_rate=0.01, p95_limit_ms=None, endpoints=[])
    report = breaking_point(steps)
    assert [s.broken for s in steps] == [False, False, True]
    assert (report.breaking_users, report.last_good_users, report.last_good_rps) == (6, 4, 40.0)


def test_p95_limit_breaks_a_step():
    marks = [StageMark(t_wall=100.0, index=0, users=5), StageMark(t_wall=103.0, index=1, users=10)]
    buckets = [_bucket(t, 50, ms=20) for t in range(100, 103)] + [
        _bucket(t, 50, ms=300) for t in range(103, 106)
    ]
    raw = RawRun(started_wall=100.0, ended_wall=106.0, stages=marks, buckets=buckets)
    report = breaking_point(stage_results(raw, max_error_rate=0.01, p95_limit_ms=100, endpoints=[]))
    assert report.breaking_users == 10 and "p95" in report.reason


def test_spike_recovery_time():
    shape = Spike(base_users=2, spike_users=20, before_s=3, spike_s=3, after_s=6)
    marks = [
        StageMark(t_wall=100.0, index=0, users=2),
        StageMark(t_wall=103.0, index=1, users=20),
        StageMark(t_wall=106.0, index=2, users=2),
    ]
    slow = [_bucket(t, 50, ms=500) for t in (106, 107)]  # still draining the queue for 2 s
    buckets = (
        [_bucket(t, 50) for t in range(100, 103)]
        + [_bucket(t, 50, ms=400) for t in range(103, 106)]
        + slow
        + [_bucket(t, 50) for t in range(108, 112)]
    )
    raw = RawRun(started_wall=100.0, ended_wall=112.0, stages=marks, buckets=buckets)
    steps = stage_results(raw, max_error_rate=0.01, p95_limit_ms=None, endpoints=[])
    report = spike_report(raw, shape, steps)
    assert report.recovery_s == 2.0
    assert (report.baseline_p95_ms, report.spike_p95_ms) == (10.0, 400.0)


def test_analysis_result_round_trips_and_flags_count_mismatch():
    plan = _plan(users=1, duration_s=2)
    raw = RawRun(
        started_wall=100.0,
        ended_wall=102.0,
        stages=[StageMark(t_wall=100.0, index=0, users=1)],
        buckets=[_bucket(100, 5), _bucket(101, 5)],
        locust_requests={"GET /": 11},
    )
    result = analyze(plan, raw)
    assert result.aggregate.requests == 10 and result.aggregate.rps == 5.0
    assert any("Locust counted 11" in note for note in result.notes)
    assert LoadResult.model_validate_json(result.model_dump_json()) == result


def test_long_runs_get_coarser_history_buckets():
    raw = RawRun(
        started_wall=1000.5,
        ended_wall=1030.2,
        bucket_s=10,
        stages=[StageMark(t_wall=1000.5, index=0, users=3)],
        buckets=[_bucket(1000, 100), _bucket(1010, 200), _bucket(1020, 50)],
    )
    history = analyze(_plan(users=3, duration_s=30), raw).history
    assert [(s.t_s, s.requests, s.rps, s.users) for s in history] == [
        (0, 100, 10.0, 3),
        (10, 200, 20.0, 3),
        (20, 50, 5.0, 3),
        (30, 0, 0.0, 3),
    ]
