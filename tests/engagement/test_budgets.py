"""The seed's budgets YAML, as-is, and clear errors on bad budgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfagent.tools.errors import InputError
from perfagent.tools.spec.budgets import load_budgets, parse_budgets

SEED_EXAMPLE = """
performance_budgets:
  api_endpoints:
    - path: /api/users
      p50: 100ms
      p95: 200ms
      p99: 500ms
    - path: /api/search
      p50: 200ms
      p95: 500ms
      p99: 1000ms

  frontend:
    lcp: 2500ms
    fid: 100ms
    cls: 0.1
    bundle_size: 250kb

  database:
    query_p95: 100ms
    connection_pool: 50
    max_connections: 200

  infrastructure:
    cpu_avg: 60%
    memory_avg: 70%
    error_rate: 0.1%
"""


def test_the_seeds_example_is_accepted_as_is(tmp_path: Path):
    path = tmp_path / "perf-budgets.yaml"
    path.write_text(SEED_EXAMPLE)
    b = load_budgets(path)
    assert [e.path for e in b.api_endpoints] == ["/api/users", "/api/search"]
    assert (b.api_endpoints[1].p50_ms, b.api_endpoints[1].p95_ms, b.api_endpoints[1].p99_ms) == (
        200,
        500,
        1000,
    )
    assert (
        b.frontend.lcp_ms == 2500
        and b.frontend.cls == 0.1
        and b.frontend.bundle_size_bytes == 250_000
    )
    assert b.database.query_p95_ms == 100 and b.database.max_connections == 200
    assert b.infrastructure.error_rate_pct == 0.1 and b.infrastructure.cpu_avg_pct == 60
    assert b.for_path("/api/search?q=x").p95_ms == 500
    assert b.for_path("/api/other") is None


def test_the_example_shops_budgets_parse():
    shop = Path(__file__).resolve().parents[2] / "examples" / "shop" / "perf-budgets.yaml"
    assert load_budgets(shop).for_path("/api/catalog").p99_ms == 1000


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "performance_budgets:\n  api_endpoints:\n    - path: /x\n      p95: fast\n",
            "performance_budgets.api_endpoints[0].p95: 'fast' is not a duration",
        ),
        (
            "performance_budgets:\n  infrastructure:\n    cpu_avg: 160%\n",
            "performance_budgets.infrastructure.cpu_avg",
        ),
        (
            "performance_budgets:\n  frontend:\n    lcp: 2s\n    speed_index: 3s\n",
            "performance_budgets.frontend.speed_index: Extra inputs are not permitted",
        ),
        ("performance_budgets: [1, 2]\n", "performance_budgets must be a mapping"),
        (
            "performance_budgets:\n  api_endpoints:\n    - path: /x\n     p95: 1ms\n",
            "not valid YAML at line",
        ),
    ],
)
def test_bad_budgets_name_the_file_and_the_field(tmp_path: Path, text: str, message: str):
    path = tmp_path / "b.yaml"
    path.write_text(text)
    with pytest.raises(InputError) as err:
        load_budgets(path)
    assert str(err.value).startswith(str(path))
    assert message in str(err.value)


def test_missing_budgets_file(tmp_path: Path):
    with pytest.raises(InputError, match="does not exist"):
        load_budgets(tmp_path / "nope.yaml")


def test_inline_budgets_without_wrapper():
    assert (
        parse_budgets({"database": {"query_p95": "1s"}}, source="x").database.query_p95_ms == 1000
    )
