"""Flamegraph SVG and speedscope JSON derived from one set of stacks."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from perfagent.tools.profile.collapsed import Stack
from perfagent.tools.profile.render import flamegraph_svg, speedscope_json

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_is_valid_xml_with_one_box_per_visible_frame():
    stacks = [
        Stack(("main (a.py:1)", "hot (a.py:5)"), 80),
        Stack(("main (a.py:1)", "cold <&> (a.py:9)"), 20),
    ]
    root = ET.fromstring(flamegraph_svg(stacks, title="t <1>"))
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert any(t.startswith("hot (a.py:5)") and "80.00%" in t for t in titles)
    assert any("cold <&>" in t for t in titles)  # escaped, still parses
    widths = {
        t.text.split(" —")[0]: float(g.find(f"{SVG}rect").get("width"))
        for g in root.iter(f"{SVG}g")
        for t in g.iter(f"{SVG}title")
    }
    assert widths["hot (a.py:5)"] == 4 * widths["cold <&> (a.py:9)"]


def test_deep_stacks_render_without_recursion_limits():
    frames = tuple(f"f{i} (deep.py:{i})" for i in range(3000))
    svg = flamegraph_svg([Stack(frames, 1)])
    assert ET.fromstring(svg) is not None


def test_speedscope_document_shape():
    stacks = [Stack(("main (a.py:1)", "hot (a.py:5)"), 3), Stack(("main (a.py:1)",), 1)]
    doc = json.loads(speedscope_json(stacks, name="x", seconds_per_sample=0.01))
    assert doc["$schema"].startswith("https://www.speedscope.app/")
    assert doc["shared"]["frames"][1] == {"name": "hot", "file": "a.py", "line": 5}
    profile = doc["profiles"][0]
    assert profile["type"] == "sampled" and profile["unit"] == "seconds"
    assert profile["endValue"] == 0.04
    assert len(profile["samples"]) == len(profile["weights"]) == 2


def test_empty_profile_still_renders():
    assert ET.fromstring(flamegraph_svg([])) is not None
    assert json.loads(speedscope_json([]))["profiles"][0]["samples"] == []
