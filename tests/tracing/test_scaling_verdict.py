"""The scaling probe's verdict from its steps (pure: no server)."""

from __future__ import annotations

from perfagent.tools.tracing.models import ScalingStep
from perfagent.tools.tracing.scaling import _verdict


def _step(users, rps, eff, cpu, server, statements):
    return ScalingStep(
        users=users,
        throughput_rps=rps,
        p50_ms=1000 * users / rps,
        efficiency=eff,
        cpu_pct=cpu,
        server_p50_ms=server,
        server_mean_ms=server,
        statement_ms=statements,
    )


def test_cpu_bound_is_not_called_a_lock():
    steps = [_step(1, 10, 1.0, 95, 100, {}), _step(2, 11, 0.55, 190, 180, {})]
    result = _verdict("/hash", steps, workers=2, cpus=2)
    assert not result.serialised and "CPU-bound" in result.verdict


def test_a_python_lock_is_named_when_no_statement_slows_down():
    steps = [
        _step(1, 10, 1.0, 20, 100, {"select ?": 1.0}),
        _step(2, 10, 0.5, 20, 200, {"select ?": 1.0}),
    ]
    result = _verdict("/locked", steps, workers=2, cpus=2)
    assert result.serialised and "a lock inside the application" in result.verdict


def test_one_worker_cannot_serialise():
    steps = [_step(1, 10, 1.0, 20, 100, {}), _step(2, 10, 1.0, 20, 100, {})]
    assert not _verdict("/x", steps, workers=1, cpus=2).serialised


def test_a_step_the_load_could_not_drive_is_inconclusive_not_a_lock():
    # 2 users answered nothing (a stalled load generator, or every request failing): efficiency 0
    # would otherwise read as "stops scaling" and blame a lock that was never measured.
    steps = [_step(1, 10, 1.0, 20, 100, {}), _step(2, 10, 1.0, 20, 100, {})]
    steps[0].answered, steps[1].answered, steps[1].efficiency, steps[1].throughput_rps = (
        30,
        0,
        0.0,
        0.0,
    )
    result = _verdict("/slow", steps, workers=2, cpus=2)
    assert not result.serialised
    assert "inconclusive: only 0 request(s) answered at 2 user(s)" in result.verdict
