"""join: `s += piece` in a loop → parts list and one join after the loop."""

from __future__ import annotations

import pytest

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.join import join

SOURCE = '''\
def render(rows: list[dict], sep: str = ", ") -> str:
    """Rows as HTML."""
    html = "<ul>"
    html = ""
    count = 0
    for row in rows:
        if not row:
            continue
        html += "<li>" + str(row["name"]) + "</li>"
        count += 1
        for tag in row.get("tags", []):
            html += f"<i>{tag}</i>"
    else:
        html += "<!-- end -->"
    return f"{count}: {html}"


def pack(chunks: list[bytes]) -> bytes:
    out = b""
    for chunk in chunks:
        out += chunk
    return out
'''
ROWS = [{"name": "a", "tags": ["x", "y"]}, {}, {"name": 3}, {"name": "b", "tags": []}]


def test_string_and_bytes_building(tmp_path, helpers):
    helpers.write(tmp_path, "m.py", SOURCE)
    before = helpers.load(tmp_path / "m.py")
    render = join(tmp_path, RecipeTarget(file="m.py", function="render"))
    helpers.apply(tmp_path, render)
    pack = join(tmp_path, RecipeTarget(file="m.py", function="pack"))
    helpers.apply(tmp_path, pack)
    text = (tmp_path / "m.py").read_text()
    assert (
        "    html_parts = []\n" in text and '            html_parts.append(f"<i>{tag}</i>")' in text
    )
    assert '        html_parts.append("<!-- end -->")\n    html = "".join(html_parts)\n' in text
    assert 'out = b"".join(out_parts)' in text
    assert render.assumptions == [] and pack.assumptions  # `chunk` is not provably bytes
    after = helpers.load(tmp_path / "m.py")
    for rows in (ROWS, [], [{"name": "z"}]):
        assert after.render(rows) == before.render(rows)
    assert after.pack([b"ab", b"", b"c"]) == before.pack([b"ab", b"", b"c"]) == b"abc"


BODY = "def f(xs: list[str]) -> str:\n    s = ''\n{middle}    for x in xs:\n{loop}    return s\n"
DECLINES = {
    "read in the loop": (
        BODY.format(middle="", loop="        if len(s) > 3:\n            break\n        s += x\n"),
        "read or rebound",
    ),
    "returned from the loop": (
        BODY.format(middle="", loop="        s += x\n        return s\n"),
        "read or rebound",
    ),
    "s = s + x": (BODY.format(middle="", loop="        s = s + x\n"), "used before any loop"),
    "piece reads s": (BODY.format(middle="", loop="        s += s[-1:] + x\n"), "read or rebound"),
    "read before the loop": (
        BODY.format(middle="    print(s)\n", loop="        s += x\n"),
        "used before any loop",
    ),
    "inside try": (
        (
            "def f(xs: list[str]) -> str:\n    s = ''\n    try:\n        pass\n"
            "    finally:\n        pass\n    return s\n"
        ),
        "used before any loop",
    ),
    "loop inside try": (
        (
            "def f(xs: list[str]) -> str:\n    try:\n        s = ''\n"
            "        for x in xs:\n            s += x\n    except ValueError:\n"
            "        return s\n    return s\n"
        ),
        "inside try",
    ),
    "closure": (
        (
            "def f(xs: list[str]) -> str:\n    s = ''\n    g = lambda: s\n"
            "    for x in xs:\n        s += x\n    return g()\n"
        ),
        "nested function",
    ),
    "nothing to do": ("def f(xs: list[str]) -> str:\n    return ''.join(xs)\n", "no `s"),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    source, reason = DECLINES[case]
    helpers.write(tmp_path, "m.py", source)
    with pytest.raises(Decline, match=reason):
        join(tmp_path, RecipeTarget(file="m.py", function="f"))
