"""A scenario: a small target with seeded problems, and what counts as finding and fixing them.

One folder per scenario under a suite (``evals/scenarios`` by default)::

    <name>/scenario.toml      what is seeded, where, and what must not be flagged
    <name>/target/            the target: code, its tests, perfagent.toml
    <name>/recorded/          the measurements a replay reasons over (evals/make_cassettes.py)
    <name>/cassettes/         Claude's exchanges for those measurements (replay keys on them)

``scenario.toml``::

    area = "N+1 queries"                 # the seed's area it covers
    phase = "construction"               # the engagement phase it runs
    summary = "one sentence: what is slow and why"
    healthy = false                      # true: nothing is seeded; every finding is a false alarm

    [settings]                           # agent.state.Settings fields for this case
    load_duration_s = 6

    [[problem]]                          # a seeded problem (none when healthy)
    title = "one query per order for its items"
    kind = ["n_plus_one"]                # finding kinds that name it
    where = ["order_items"]              # any of these in the finding's id, location or title
    file = "orders/app.py"               # where it lives (documentation; the transcript shows it)
    function = "recent_orders"           # cpu_hotspot: must be the hot function itself
    min_speedup = 2.0                    # least speedup a kept change must show to count as
                                         # fixed; absent: no fix is expected of an engagement
    fix_recipes = ["nplusone"]           # their kept edit of `file` counts, whichever finding
                                         # it was made for

    [[must_not_flag]]                    # a finding matching one of these is a false alarm
    kind = ["index"]
    where = ["orders(id)"]
    why = "the primary key already serves it"

>>> s = Scenario.model_validate({"name": "x", "area": "a", "summary": "s", "problem": [
...     {"title": "t", "kind": "index", "where": "orders(customer_id)", "min_speedup": 2}]})
>>> s.problem[0].kind, s.expects_fix
(['index'], True)
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from perfagent.agent.state import Phase
from perfagent.tools.errors import InputError, validation_sentence

DEFAULT_SUITE = Path(__file__).resolve().parent / "scenarios"


def _listed(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Match(BaseModel):
    """Which findings name something: a kind, and a place written into the finding."""

    model_config = ConfigDict(extra="forbid")

    kind: list[str] = Field(min_length=1, description="finding kinds, e.g. index, n_plus_one")
    where: list[str] = Field(
        default_factory=list,
        description="any of these (case-insensitive) "
        "in the finding's id, location or title; empty: any place",
    )
    function: str | None = Field(
        None,
        description="for cpu_hotspot findings: the hot function's name, "
        "exactly (other kinds ignore it)",
    )

    _kinds = field_validator("kind", "where", mode="before")(_listed)


class Problem(Match):
    """A seeded problem: what names it, where it lives, and the speedup a fix must show."""

    title: str
    file: str | None = None
    min_speedup: float | None = Field(None, gt=1.0, description="absent: no fix expected")
    fix_recipes: list[str] = Field(
        default_factory=list,
        description=(
            "recipes whose kept edit of `file` fixes it even when made for another finding "
            "(optimize proposes an edit once, for the first finding that asks for it: the "
            "symptom's, say)"
        ),
    )

    _recipes = field_validator("fix_recipes", mode="before")(_listed)


class NotFlagged(Match):
    why: str = ""


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    area: str
    summary: str
    phase: Phase = "construction"
    healthy: bool = False
    settings: dict[str, Any] = Field(default_factory=dict)
    problem: list[Problem] = Field(default_factory=list)
    must_not_flag: list[NotFlagged] = Field(default_factory=list)
    folder: str = Field("", description="where the scenario lives (set when loaded)")

    @model_validator(mode="after")
    def _seeded_or_healthy(self) -> Scenario:
        if self.healthy and self.problem:
            raise ValueError("a healthy scenario seeds no problem: drop [[problem]] or healthy")
        if not self.healthy and not self.problem:
            raise ValueError("give at least one [[problem]], or healthy = true")
        return self

    @property
    def expects_fix(self) -> bool:
        return any(p.min_speedup for p in self.problem)

    @property
    def target(self) -> Path:
        return Path(self.folder) / "target"

    @property
    def recorded(self) -> Path:
        return Path(self.folder) / "recorded" / "measured.json"

    @property
    def cassettes(self) -> Path:
        return Path(self.folder) / "cassettes"

    def digest(self) -> str:
        """sha256 over the scenario's own files (not its cassettes, answers or recordings): a
        result made from other files is not resumed."""
        return _digest(Path(self.folder), skip=("cassettes", "recorded", "answers"))

    def target_digest(self) -> str:
        """sha256 over the target's files: recorded measurements are only good for the same
        target."""
        return _digest(self.target)


def _digest(root: Path, skip: tuple[str, ...] = ()) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        if rel.parts[0] in skip or "__pycache__" in rel.parts or path.suffix in (".pyc", ".db"):
            continue
        h.update(str(rel).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def load_scenario(folder: str | Path) -> Scenario:
    """The scenario in ``folder``; a bad file is one sentence naming it and the field."""
    folder = Path(folder).resolve()
    source = folder / "scenario.toml"
    try:
        data = tomllib.loads(source.read_text())
    except FileNotFoundError:
        raise InputError(f"{folder} is not a scenario: it has no scenario.toml") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{source}: not valid TOML ({exc})") from None
    try:
        scenario = Scenario.model_validate({"name": folder.name, **data, "folder": str(folder)})
    except ValidationError as exc:
        raise InputError(validation_sentence(str(source), exc, (), {})) from None
    if not (scenario.target / "perfagent.toml").is_file():
        raise InputError(f"{folder}: the scenario has no target/perfagent.toml")
    return scenario


def discover(suite: str | Path | None = None, only: list[str] | None = None) -> list[Scenario]:
    """The suite's scenarios in name order, or only those named (each must exist)."""
    suite = Path(suite) if suite else DEFAULT_SUITE
    if not suite.is_dir():
        raise InputError(f"suite {suite} is not a folder")
    found = {p.parent.name: p.parent for p in sorted(suite.glob("*/scenario.toml"))}
    if not found:
        raise InputError(f"suite {suite} holds no scenario (no */scenario.toml)")
    if only:
        unknown = [n for n in only if n not in found]
        if unknown:
            raise InputError(
                f"no scenario {unknown[0]!r} in {suite}; there are: {', '.join(found)}"
            )
        return [load_scenario(found[n]) for n in only]
    return [load_scenario(folder) for folder in found.values()]
