"""The leak verdict on synthetic RSS series (pure): growth, noise, warm-up, plateaus."""

from __future__ import annotations

import numpy as np
import pytest

from perfagent.tools.errors import InputError
from perfagent.tools.profile.resources import (
    LeakVerdict,
    ResourceSample,
    ResourceSeries,
    leak_verdict,
)

MIB = 1024 * 1024


def series(rss_mib, interval_s=0.5):
    return [
        ResourceSample(
            t_s=i * interval_s,
            cpu_pct=90.0,
            rss_bytes=int(v * MIB),
            threads=1,
            open_files=4,
            read_bytes=0,
            write_bytes=0,
        )
        for i, v in enumerate(rss_mib)
    ]


def gc_sawtooth(n, base=200.0, amplitude=40.0, period=7):
    """Allocate up to +amplitude, collect back to base: no net growth."""
    return [base + amplitude * ((i % period) / (period - 1)) for i in range(n)]


def test_steady_linear_growth_is_a_leak():
    v = leak_verdict(series([100 + 2 * i for i in range(120)]))  # 4 MiB/s for 60 s
    assert v.leaking
    assert v.slope_bytes_per_s == pytest.approx(4 * MIB, rel=0.01)
    assert v.growth_bytes > 150 * MIB
    assert "grows steadily" in v.reason


def test_growth_under_gc_noise_and_spikes_is_still_a_leak():
    rng = np.random.default_rng(1)
    rss = [v + 0.5 * i + rng.normal(0, 5) for i, v in enumerate(gc_sawtooth(200))]
    rss[50] += 400  # a transient spike must not drive the slope
    rss[150] -= 150
    v = leak_verdict(series(rss))
    assert v.leaking
    assert v.slope_bytes_per_s == pytest.approx(1.0 * MIB, rel=0.2)


def test_gc_sawtooth_without_net_growth_is_not_a_leak():
    rng = np.random.default_rng(2)
    v = leak_verdict(series([x + rng.normal(0, 3) for x in gc_sawtooth(200)]))
    assert not v.leaking
    assert abs(v.growth_bytes) < 8 * MIB


def test_warm_up_growth_then_flat_is_not_a_leak():
    warm = [50 + 15 * i for i in range(20)]  # caches and imports fill in the first 10 s
    v = leak_verdict(series(warm + [350.0] * 100))
    assert not v.leaking


def test_cache_that_fills_then_levels_off_is_not_a_leak():
    rss = [100 + min(i, 60) * 1.5 for i in range(120)]  # grows for the first half after warm-up
    v = leak_verdict(series(rss))
    assert not v.leaking
    assert "levelled off" in v.reason


def test_small_growth_is_below_the_minimum():
    v = leak_verdict(series([500 + 0.02 * i for i in range(120)]))  # 1.2 MiB in a minute
    assert not v.leaking
    assert "too small" in v.reason


def test_relative_threshold_for_big_processes():
    v = leak_verdict(series([4000 + 0.2 * i for i in range(120)]))  # +24 MiB on 4 GiB
    assert not v.leaking
    assert leak_verdict(series([4000 + 0.2 * i for i in range(120)]), min_growth_pct=0.1).leaking


def test_too_few_samples():
    v = leak_verdict(series([100, 200, 300]))
    assert not v.leaking and "too few samples" in v.reason


def test_shrinking_memory_is_not_a_leak():
    assert not leak_verdict(series([500 - i for i in range(100)])).leaking


def test_long_series_are_judged_quickly():
    v = leak_verdict(series([100 + 0.01 * i for i in range(20_000)], interval_s=0.1))
    assert v.leaking and v.samples_used > 10_000


def test_bad_threshold_is_input_error():
    with pytest.raises(InputError):
        leak_verdict(series([1] * 10), warmup_share=1.5)


def test_records_round_trip_through_json():
    samples = series([100 + i for i in range(30)])
    s = ResourceSeries(
        pid=1, interval_s=0.5, samples=samples, peak_rss_bytes=129 * MIB, leak=leak_verdict(samples)
    )
    assert ResourceSeries.model_validate_json(s.model_dump_json()) == s
    assert isinstance(s.leak, LeakVerdict) and s.duration_s == 14.5
