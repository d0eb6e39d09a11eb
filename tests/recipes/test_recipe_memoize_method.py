"""memoize_method: a recursive method that changes nothing through self gets a per-instance
cache."""

from __future__ import annotations

import subprocess
import sys

import pytest

from perfagent.tools.codeedit import apply_blocks
from perfagent.tools.recipes import RecipeTarget
from perfagent.tools.recipes.base import Decline
from perfagent.tools.recipes.memoize_method import memoize_method

GRAPH = '''\
class Resolver:
    def __init__(self, edges):
        self.edges = edges
        self.calls = 0

    def depth(self, node, target):
        """Longest path length from node to target (re-walks shared nodes: exponential)."""
        if node == target:
            return 0
        best = -1
        for nxt in self.edges.get(node, ()):
            d = self.depth(nxt, target)
            if d >= 0:
                best = max(best, d + 1)
        return best


class Other:
    def depth(self, node, target):
        return 0


def diamond(levels):
    edges = {}
    for i in range(levels):
        edges[f"a{i}"] = [f"b{i}", f"c{i}"]
        edges[f"b{i}"] = edges[f"c{i}"] = [f"a{i + 1}"]
    return edges


if __name__ == "__main__":
    print(Resolver(diamond(40)).depth("a0", "a40"))
'''


def test_recursive_method_gets_a_per_instance_cache_that_keeps_results(tmp_path):
    (tmp_path / "graph.py").write_text(GRAPH)
    proposal = memoize_method(
        tmp_path,
        RecipeTarget(kind="cpu_hotspot", file="graph.py", function="Resolver.depth", line=6),
    )
    assert proposal.recipe == "memoize_method"
    apply_blocks(tmp_path, proposal.edit.blocks)
    text = (tmp_path / "graph.py").read_text()
    assert "def _depth_uncached(self, node, target):" in text and "class Other:" in text
    # 2**40 walks before; now each node once: it answers at once, with the same result
    done = subprocess.run(
        [sys.executable, "graph.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "80"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "        self.calls += 1\n        return self.depth(node, target)\n",
            "changes state through self",
        ),
        (
            "        self.seen.append(node)\n        return self.depth(node, target)\n",
            "mutates state through self",
        ),
        ("        return len(node)\n", "neither calls itself"),
    ],
)
def test_declines_what_a_cache_could_make_wrong(tmp_path, body, why):
    (tmp_path / "m.py").write_text(f"class A:\n    def depth(self, node, target):\n{body}")
    with pytest.raises(Decline, match=why):
        memoize_method(tmp_path, RecipeTarget(file="m.py", function="A.depth"))


def test_declines_a_property(tmp_path):
    (tmp_path / "m.py").write_text(
        "class A:\n    @property\n    def depth(self):\n        return self.depth\n"
    )
    with pytest.raises(Decline, match="decorated"):
        memoize_method(tmp_path, RecipeTarget(file="m.py", function="A.depth"))
