"""langgraph.json: LangGraph Studio / Agent Server can load the engagement graph from the path it
names."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "langgraph.json"


def _load(spec: str):
    """What the server does with "path.py:attr": import the file as a module, take the attribute."""
    path, _, attr = spec.partition(":")
    module_spec = importlib.util.spec_from_file_location("perfagent_langgraph_app", ROOT / path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return getattr(module, attr)


def test_the_config_is_valid_for_the_langgraph_cli():
    config = pytest.importorskip("langgraph_cli.config")
    validated = config.validate_config_file(CONFIG)
    assert validated["graphs"] == json.loads(CONFIG.read_text())["graphs"]


def test_the_named_graph_loads_and_is_the_engagement_graph():
    from langgraph.graph.state import CompiledStateGraph

    (spec,) = json.loads(CONFIG.read_text())["graphs"].values()
    graph = _load(spec)
    assert isinstance(graph, CompiledStateGraph)
    assert graph.checkpointer is None  # the server brings its own
    steps = {"baseline", "profile", "prioritize", "optimize", "validate", "monitor", "report"}
    assert steps <= set(graph.get_graph().nodes)


def test_the_dependency_is_this_package():
    config = json.loads(CONFIG.read_text())
    assert config["dependencies"] == ["."] and (ROOT / "pyproject.toml").exists()
