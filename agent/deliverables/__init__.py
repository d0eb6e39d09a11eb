"""The eight deliverables, rendered from the state: one module each, each writing a
folder with a Markdown page for people and a JSON file with the same numbers.

A deliverable with nothing to report writes a page that says why.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from perfagent.agent.state import EngagementState

Rendered = dict[str, str]  # path -> description


def write(folder: Path, name: str, markdown: str, data: BaseModel | dict | list) -> Rendered:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(markdown.rstrip() + "\n")
    if isinstance(data, BaseModel):
        text = data.model_dump_json(indent=2)
    else:
        text = json.dumps(
            data,
            indent=2,
            default=lambda o: o.model_dump(mode="json") if isinstance(o, BaseModel) else str(o),
        )
    (folder / f"{name}.json").write_text(text + "\n")
    return {str(folder / "README.md"): name, str(folder / f"{name}.json"): name}


def nothing(folder: Path, name: str, title: str, why: str) -> Rendered:
    return write(
        folder, name, f"# {title}\n\nNothing to report: {why}\n", {"reported": False, "why": why}
    )


DELIVERABLES: list[tuple[str, str]] = [
    ("1-profiling", "Performance profiling results"),
    ("2-load-test", "Load test results"),
    ("3-caching", "Caching implementation"),
    ("4-recommendations", "Optimization recommendations"),
    ("5-before-after", "Before/after metrics"),
    ("6-monitoring", "Monitoring setup"),
    ("7-database", "Database optimizations"),
    ("8-frontend", "Frontend optimizations"),
]

Renderer = Callable[[EngagementState, Path], Rendered]
