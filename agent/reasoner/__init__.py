"""The Reasoner seam: ``prioritize(findings) -> ranked plan``. Rules now; Claude later
behind the same functions."""

from agent.reasoner.rules import prioritize

__all__ = ["prioritize"]
