"""The Reasoner seam: ``prioritize(findings) -> ranked plan`` and ``propose(finding) ->
candidates``. Rules now; Claude later behind the same functions."""

from agent.reasoner.rules import prioritize, propose

__all__ = ["prioritize", "propose"]
