"""Collapsed stacks → a flamegraph SVG and a speedscope JSON. Pure: stacks in, text out.

One py-spy recording (``--format raw``) feeds all three outputs, so the target is
sampled once, not once per format.

>>> from perfagent.tools.profile.collapsed import Stack
>>> stacks = [Stack(("main (a.py:1)", "work (a.py:5)"), 3), Stack(("main (a.py:1)",), 1)]
>>> svg = flamegraph_svg(stacks, title="demo")
>>> # four boxes: the background, all, main, work
>>> svg.startswith("<?xml") and "work (a.py:5)" in svg and svg.count("<rect") == 4
True
>>> doc = json.loads(speedscope_json(stacks, name="demo", seconds_per_sample=0.01))
>>> doc["profiles"][0]["samples"], doc["profiles"][0]["weights"]
([[0, 1], [0]], [0.03, 0.01])
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from perfagent.tools.profile.collapsed import Stack, parse_frame

WIDTH_PX = 1200
FRAME_PX = 17
MARGIN_PX = 10
HEADER_PX = 40
CHAR_PX = 7.0  # average glyph width of 12px monospace, to fit labels in boxes
MIN_BOX_PX = 0.3  # narrower boxes are invisible; leave them out of the file
_ATTR = {'"': "&quot;"}


@dataclass
class _Node:
    name: str
    count: int = 0
    children: dict[str, _Node] = field(default_factory=dict)


def _tree(stacks: list[Stack]) -> _Node:
    root = _Node("all")
    for stack in stacks:
        root.count += stack.count
        node = root
        for frame in stack.frames:
            node = node.children.setdefault(frame, _Node(frame))
            node.count += stack.count
    return root


def _depth(stacks: list[Stack]) -> int:
    return 1 + max((len(s.frames) for s in stacks), default=0)


def _color(name: str) -> str:
    """A stable warm colour per function, so the same function looks the same everywhere."""
    digest = hashlib.md5(name.encode()).digest()
    return f"rgb({205 + digest[0] % 50},{digest[1] % 230},{digest[2] % 55})"


def _label(frame_text: str) -> str:
    frame = parse_frame(frame_text)
    return frame.function if frame is not None else frame_text


# Click a box to zoom into it (its ancestors span the width, others hide); click "all" to reset.
_ZOOM_JS = """
var M = %(margin)s, U = %(usable)s, C = %(char_px)s;
function fit(g, fx, fw) {
  var r = g.querySelector('rect'), t = g.querySelector('text'), w = fw * U, x = M + fx * U;
  g.style.display = w < 0.3 ? 'none' : '';
  r.setAttribute('x', x.toFixed(2)); r.setAttribute('width', w.toFixed(2));
  var n = Math.floor((w - 6) / C), label = g.getAttribute('data-label');
  t.setAttribute('x', (x + 3).toFixed(2));
  t.textContent = n < 3 ? '' : (label.length > n ? label.slice(0, n - 2) + '..' : label);
}
function zoom(z) {
  var x0 = +z.getAttribute('data-x'), n0 = +z.getAttribute('data-n'), \
l0 = +z.getAttribute('data-l');
  document.querySelectorAll('g.f').forEach(function (g) {
    var x = +g.getAttribute('data-x'), n = +g.getAttribute('data-n'), l = +g.getAttribute('data-l');
    if (l >= l0 && x >= x0 && x + n <= x0 + n0) fit(g, (x - x0) / n0, n / n0);
    else if (l < l0 && x <= x0 && x + n >= x0 + n0) fit(g, 0, 1);
    else g.style.display = 'none';
  });
}
document.addEventListener('click', function (e) {
  var g = e.target.closest ? e.target.closest('g.f') : null;
  if (g) zoom(g);
});
"""


def flamegraph_svg(
    stacks: list[Stack], *, title: str = "CPU flamegraph", unit: str = "samples"
) -> str:
    """Render stacks as a flamegraph: root at the bottom, width = share of samples.

    Hover a box for its function, file:line, samples and share (SVG ``<title>``);
    click a box to zoom into it, click the bottom bar to zoom back out.
    """
    root = _tree(stacks)
    depth = _depth(stacks)
    height = HEADER_PX + depth * FRAME_PX + MARGIN_PX
    usable = WIDTH_PX - 2 * MARGIN_PX
    total = max(root.count, 1)
    script = _ZOOM_JS % {"margin": MARGIN_PX, "usable": usable, "char_px": CHAR_PX}
    out = [
        '<?xml version="1.0" standalone="no"?>',
        (
            f'<svg version="1.1" width="{WIDTH_PX}" height="{height}" '
            f'viewBox="0 0 {WIDTH_PX} {height}" '
            'xmlns="http://www.w3.org/2000/svg" font-family="monospace" font-size="12">'
        ),
        f"<script><![CDATA[{script}]]></script>",
        "<style>g.f { cursor: pointer } g.f:hover rect { stroke: #333; stroke-width: 0.5 }</style>",
        f'<rect x="0" y="0" width="{WIDTH_PX}" height="{height}" fill="#fdfdf5"/>',
        (
            f'<text x="{WIDTH_PX / 2}" y="24" text-anchor="middle" font-size="16">'
            f"{escape(title)}</text>"
        ),
    ]

    todo = [(root, 0, 0)]  # iterative: Python stacks can be deeper than our own recursion limit
    while todo:
        node, offset, level = todo.pop()  # offset: samples to the left of this box
        width = usable * node.count / total
        if width < MIN_BOX_PX:
            continue
        x_px = MARGIN_PX + usable * offset / total
        y = height - MARGIN_PX - (level + 1) * FRAME_PX
        pct = 100.0 * node.count / total
        tip = f"{node.name} — {node.count} {unit}, {pct:.2f}%"
        fill = "#e0e0d0" if level == 0 else _color(_label(node.name))
        label = _label(node.name) if level else f"all ({root.count} {unit})"
        fits = int((width - 6) / CHAR_PX)
        text = "" if fits < 3 else label if len(label) <= fits else label[: fits - 2] + ".."
        out.append(
            f'<g class="f" data-l="{level}" data-x="{offset}" data-n="{node.count}" '
            f'data-label="{escape(label, _ATTR)}"><title>{escape(tip)}</title>'
            f'<rect x="{x_px:.2f}" y="{y}" width="{width:.2f}" height="{FRAME_PX - 1}" '
            f'fill="{fill}" rx="2"/><text x="{x_px + 3:.2f}" y="{y + FRAME_PX - 5}">'
            f"{escape(text)}</text></g>"
        )
        child_offset = offset
        for child in sorted(node.children.values(), key=lambda c: c.name):
            todo.append((child, child_offset, level + 1))
            child_offset += child.count

    out.append("</svg>")
    return "\n".join(out) + "\n"


def speedscope_json(
    stacks: list[Stack], *, name: str = "profile", seconds_per_sample: float | None = None
) -> str:
    """The stacks as a speedscope "sampled" profile (open it at https://www.speedscope.app).

    With ``seconds_per_sample`` (1 / rate) the weights are seconds; otherwise sample counts.
    """
    index: dict[str, int] = {}
    frames: list[dict] = []
    samples: list[list[int]] = []
    weights: list[float] = []
    for stack in stacks:
        ids = []
        for text in stack.frames:
            if text not in index:
                index[text] = len(frames)
                parsed = parse_frame(text)
                entry: dict = {"name": parsed.function if parsed else text}
                if parsed and parsed.file:
                    entry["file"] = parsed.file
                if parsed and parsed.line is not None:
                    entry["line"] = parsed.line
                frames.append(entry)
            ids.append(index[text])
        samples.append(ids)
        weight = stack.count * seconds_per_sample if seconds_per_sample else stack.count
        weights.append(round(weight, 9))
    document = {
        "$schema": "https://www.speedscope.app/file-format-schema.json",
        "exporter": "perfagent",
        "name": name,
        "activeProfileIndex": 0,
        "shared": {"frames": frames},
        "profiles": [
            {
                "type": "sampled",
                "name": name,
                "unit": "seconds" if seconds_per_sample else "none",
                "startValue": 0,
                "endValue": round(sum(weights), 9),
                "samples": samples,
                "weights": weights,
            }
        ],
    }
    return json.dumps(document)
