"""Baselines are kept per target; the next one is compared with the last, statistically."""

from __future__ import annotations

import numpy as np

from perfagent.tools.bench import history


def test_drift_against_the_previous_run(tmp_path):
    store = tmp_path / "h.sqlite"
    rng = np.random.default_rng(0)
    first = list(rng.normal(0.100, 0.001, 15))
    history.record("shop", "run-1", {"checkout": first}, path=store)
    same = list(rng.normal(0.100, 0.001, 15))
    slower = list(rng.normal(0.130, 0.001, 15))
    assert history.drift("shop", "run-2", {"checkout": same}, path=store)[0].verdict == "unchanged"
    d = history.drift("shop", "run-2", {"checkout": slower}, path=store)[0]
    assert d.verdict == "slower" and d.previous_run == "run-1" and 1.25 < d.ratio < 1.35


def test_first_run_and_other_targets_have_no_drift(tmp_path):
    store = tmp_path / "h.sqlite"
    assert history.drift("shop", "run-1", {"b": [1.0, 1.1]}, path=store) == []
    history.record("other", "run-1", {"b": [1.0, 1.1, 1.0]}, path=store)
    assert history.drift("shop", "run-2", {"b": [1.0, 1.1]}, path=store) == []


def test_rerecording_a_run_replaces_it(tmp_path):
    store = tmp_path / "h.sqlite"
    history.record("shop", "run-1", {"b": [1.0, 1.0, 1.0]}, path=store)
    history.record("shop", "run-1", {"b": [2.0, 2.0, 2.0]}, path=store)  # a resumed baseline
    d = history.drift("shop", "run-2", {"b": [2.0, 2.0, 2.0]}, path=store)
    assert len(d) == 1 and d[0].previous_median_s == 2.0
