r"""Reading Claude's answers: their text, their JSON, their figures, and echoing them back.

Pure functions over the SDK's ``Message`` (anything with ``.content`` blocks), shared by
every reasoner step. :class:`Invalid` carries a sentence meant for Claude: the step
sends it back once, as aider sends back an edit that did not apply.

>>> json_in('Here it is:\n```json\n[{"rank": 1}]\n```')
[{'rank': 1}]
>>> json_in("no json")
Traceback (most recent call last):
perfagent.tools.llm.answers.Invalid: the answer has no JSON: send one JSON array and nothing else
"""

from __future__ import annotations

import json
import re
from typing import Any


class Invalid(ValueError):
    """An answer that failed its checks; the message is sent back to Claude once."""


def text_of(message: Any) -> str:
    return "".join(b.text for b in message.content if b.type == "text").strip()


def echo(blocks: list[Any]) -> list[dict[str, Any]]:
    """An answer's content blocks as the next request's assistant turn (thinking blocks
    go back unchanged, as the API requires)."""
    out: list[dict[str, Any]] = []
    for b in blocks:
        if b.type == "text":
            out.append({"type": "text", "text": b.text})
        elif b.type == "tool_use":
            out.append({"type": "tool_use", "id": b.id, "name": b.name, "input": b.input})
        elif b.type == "thinking":
            out.append({"type": "thinking", "thinking": b.thinking, "signature": b.signature})
        elif b.type == "redacted_thinking":
            out.append({"type": "redacted_thinking", "data": b.data})
        else:
            out.append(b.model_dump(mode="json", exclude_none=True))
    return out


def json_in(text: str) -> Any:
    """The JSON value in an answer, with or without a code fence around it."""
    fenced = re.search(r"```(?:json)?\s*\n(.*?)```", text, re.DOTALL)
    body = fenced.group(1) if fenced else text
    starts = [i for i in (body.find("["), body.find("{")) if i >= 0]
    if not starts:
        raise Invalid("the answer has no JSON: send one JSON array and nothing else")
    body = body[min(starts) :]
    try:
        value, _ = json.JSONDecoder().raw_decode(body)
    except ValueError as exc:
        raise Invalid(
            f"the answer is not valid JSON ({exc}): send one JSON array and nothing else"
        ) from None
    return value


_FIGURE = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:%|ms\b|s\b|x\b|×|kb\b|kib\b|mb\b|mib\b)", re.IGNORECASE
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def unsupported_numbers(text: str, data: str) -> list[str]:
    """Figures with a unit in ``text`` that no number in ``data`` rounds to.

    >>> unsupported_numbers("p95 fell 41.7% to 120 ms, 3x faster", '{"r": 0.583, "p95": 120.4}')
    ['41.7', '3']
    >>> unsupported_numbers("saves 41.7%", '{"pct": 41.66}')
    []
    """
    known = [float(n) for n in _NUMBER.findall(data)]
    out = []
    for figure in _FIGURE.findall(text):
        places = len(figure.partition(".")[2])
        value = float(figure)
        if not any(round(k, places) == value or round(abs(k), places) == value for k in known):
            out.append(figure)
    return out
