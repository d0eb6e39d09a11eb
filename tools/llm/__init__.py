"""Claude behind one seam: config, client (with the cassette transport), usage and records.

    LlmConfig     rules | claude | replay, model, max tokens, timeout, retries, caching
    Llm           builds the anthropic client lazily; ``create`` sends one request or
                  raises Fallback(reason)
    LlmRecord     one step's trail: prompt version, model, tokens, cost estimate, fallback
    cassette      (imported on demand: it loads the SDK) replay/record transport

The agent's reasoner (agent/reasoner/claude.py) decides what to ask; this package only
carries the request and accounts for it, so it imports nothing from agent/.
"""

from tools.llm.client import Fallback, Llm, build_request
from tools.llm.config import DEFAULT_MODEL, LlmConfig
from tools.llm.record import LlmRecord, ToolRefusal, total
from tools.llm.usage import PRICES, PRICES_TAKEN, Cost, Usage, estimate_cost

__all__ = [
    "DEFAULT_MODEL", "PRICES", "PRICES_TAKEN", "Cost", "Fallback", "Llm", "LlmConfig",
    "LlmRecord", "ToolRefusal", "Usage", "build_request", "estimate_cost", "total",
]
