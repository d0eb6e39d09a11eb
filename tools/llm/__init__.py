"""Claude behind one seam: config, client (with the cassette transport), usage and records.

    LlmConfig     rules | claude | replay, model, max tokens, timeout, retries, caching
    Llm           builds the anthropic client lazily; ``create`` sends one request or
                  raises Fallback(reason)
    LlmRecord     one step's trail: prompt version, model, tokens, cost estimate, fallback
    cassette      (imported on demand: it loads the SDK) replay/record transport

The agent's reasoner (agent/reasoner/claude.py) decides what to ask; this package only
carries the request and accounts for it, so it imports nothing from agent/.
"""

import importlib

# Loaded on first use (PEP 562): the engagement state holds LlmRecord, and importing it must
# not load the HTTP client (httpx2) that only a Claude run needs.
_WHERE = {
    "Fallback": "client",
    "Llm": "client",
    "build_request": "client",
    "DEFAULT_MODEL": "config",
    "LlmConfig": "config",
    "LlmRecord": "record",
    "ToolRefusal": "record",
    "total": "record",
    "PRICES": "usage",
    "PRICES_TAKEN": "usage",
    "Cost": "usage",
    "Usage": "usage",
    "estimate_cost": "usage",
}

__all__ = list(_WHERE)  # the names above, loaded on first use


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'perfagent.tools.llm' has no attribute {name!r}")
    return getattr(importlib.import_module(f"perfagent.tools.llm.{_WHERE[name]}"), name)
