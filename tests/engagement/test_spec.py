"""The target spec: the example shop's loads; broken specs give one sentence naming file and
field."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfagent.agent.spec import load_target
from perfagent.tools.errors import InputError

SHOP = Path(__file__).resolve().parents[2] / "examples" / "shop"


def test_the_example_shop_spec():
    spec = load_target(SHOP)
    assert spec.name == "shop"
    assert [b.name for b in spec.benchmarks] == ["related", "quote"]
    bench = spec.benchmarks[0].bench_spec(Path(spec.root))
    assert bench.callable == "shop.bench:related" and Path(bench.cwd) == SHOP
    assert spec.has_service and len(spec.load.service.endpoints) == 5
    assert spec.load.service.endpoints[0].budget.p95_ms == 150
    assert spec.database.url == "sqlite:///shop.db"
    assert spec.frontend.build == "static/"
    assert spec.budgets.frontend.bundle_size_bytes == 250_000
    assert "python -m pytest" in spec.target.test


def test_pyproject_tool_table(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.perfagent.target]\nname = "svc"\n'
        '[[tool.perfagent.benchmark]]\nname = "b"\ncommand = "true"\n'
        '[tool.perfagent.budgets.database]\nquery_p95 = "80ms"\n'
    )
    spec = load_target(tmp_path)
    assert spec.name == "svc" and spec.benchmarks[0].command == "true"
    assert spec.budgets.database.query_p95_ms == 80
    assert spec.load is None and not spec.has_service


def test_budgets_override(tmp_path: Path):
    (tmp_path / "perfagent.toml").write_text('[target]\nname = "t"\n')
    (tmp_path / "b.yaml").write_text(
        "performance_budgets:\n  infrastructure:\n    error_rate: 0.5%\n"
    )
    assert (
        load_target(tmp_path, budgets=tmp_path / "b.yaml").budgets.infrastructure.error_rate_pct
        == 0.5
    )


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[target\nname = 1", "perfagent.toml: not valid TOML"),
        (
            '[target]\nname = "x"\ncolour = "red"\n',
            "perfagent.toml: target.colour: Extra inputs are not permitted",
        ),
        (
            '[[benchmark]]\nname = "b"\n',
            "perfagent.toml: benchmark[0]: give exactly one of command or callable",
        ),
        (
            '[[benchmark]]\nname = "b"\ncommand = "x"\ntimeout_s = -1\n',
            "benchmark[0].timeout_s: Input should be greater than 0",
        ),
        (
            '[service]\nstart = "x"\n[[service.endpoint]]\npath = "/"\nweight = 0\n',
            "service.endpoint[0].weight",
        ),
        ('[database]\nqueries = "log"\n', "database.url: Field required"),
        ('budgets = "missing.yaml"\n', "missing.yaml does not exist"),
        (
            '[budgets.frontend]\nlcp = "soon"\n',
            "performance_budgets.frontend.lcp: 'soon' is not a duration",
        ),
    ],
)
def test_broken_specs_name_the_file_and_field(tmp_path: Path, toml: str, message: str):
    (tmp_path / "perfagent.toml").write_text(toml)
    with pytest.raises(InputError) as err:
        load_target(tmp_path)
    assert message in str(err.value)
    assert "\n" not in str(err.value).strip() or "TOML" in str(err.value)


def test_a_folder_without_spec(tmp_path: Path):
    with pytest.raises(InputError, match="has no perfagent.toml"):
        load_target(tmp_path)
    with pytest.raises(InputError, match="does not exist"):
        load_target(tmp_path / "nope")
