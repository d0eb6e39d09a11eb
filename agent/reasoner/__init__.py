"""The Reasoner seam: ``prioritize(findings) -> ranked plan`` and ``propose(finding) ->
candidates``. The rules reasoner always runs; with ``Settings.llm`` set to claude or
replay, Claude (agent/reasoner/claude.py) ranks, and proposes an edit for each of the
best-ranked CPU hot spots the offline recipes declined (agent/reasoner/plan.py), and
falls back to the rules — saying why — when it cannot (no key, timeout, errors, a
malformed answer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from perfagent.agent.reasoner.plan import propose_plan
from perfagent.agent.reasoner.rules import prioritize, propose

if TYPE_CHECKING:
    from perfagent.agent.state import Settings
    from perfagent.tools.llm import Llm

__all__ = ["connect", "prioritize", "propose", "propose_plan"]


def connect(settings: Settings) -> Llm | None:
    """The engagement's Claude connection, or None for the rules reasoner alone. The key is
    read from the environment of this process, never stored in the state."""
    if settings.llm == "rules":
        return None
    from perfagent.tools.llm import Llm

    return Llm.from_env(
        mode=settings.llm, cassette_dir=settings.llm_cassettes, record=settings.llm_record
    )
