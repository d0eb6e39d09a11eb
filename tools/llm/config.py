"""How perfagent talks to Claude: which reasoner and model, how long to wait, where cassettes are.

The key itself is never part of the config: the config is checkpointed with the
engagement and written into reports, so it only says whether a key was present.

>>> LlmConfig.from_env({"PERFAGENT_LLM": "claude", "ANTHROPIC_API_KEY": "sk-..."}).has_key
True
>>> LlmConfig.from_env({"PERFAGENT_LLM_MAX_TOKENS": "lots"})
Traceback (most recent call last):
perfagent.tools.errors.InputError: PERFAGENT_LLM_MAX_TOKENS: Input should be a valid integer, ...
>>> LlmConfig.from_env({}, mode="replay")
Traceback (most recent call last):
perfagent.tools.errors.InputError: --llm replay needs a cassette folder (PERFAGENT_LLM_CASSETTES)
...
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from perfagent.tools.errors import InputError

Mode = Literal["rules", "claude", "replay"]

DEFAULT_MODEL = "claude-sonnet-5-5"  # the current Sonnet in the SDK's model list (anthropic 2.14)

# Field → environment variable. ANTHROPIC_API_KEY is read only for its presence.
ENV = {
    "mode": "PERFAGENT_LLM",
    "model": "PERFAGENT_LLM_MODEL",
    "max_tokens": "PERFAGENT_LLM_MAX_TOKENS",
    "timeout_s": "PERFAGENT_LLM_TIMEOUT_S",
    "max_retries": "PERFAGENT_LLM_MAX_RETRIES",
    "prompt_caching": "PERFAGENT_LLM_PROMPT_CACHING",
    "cassette_dir": "PERFAGENT_LLM_CASSETTES",
    "record": "PERFAGENT_LLM_RECORD",
}


class LlmConfig(BaseModel):
    """The reasoner's settings; ``rules`` never opens a connection."""

    mode: Mode = Field(
        "rules",
        description="rules: no LLM; claude: the Messages API; "
        "replay: recorded exchanges from cassette_dir",
    )
    model: str = DEFAULT_MODEL
    max_tokens: int = Field(8192, gt=0, description="per request, thinking included")
    timeout_s: float = Field(120.0, gt=0, description="per request attempt")
    max_retries: int = Field(
        2, ge=0, description="the SDK's retries on 408/409/429/5xx and connection errors"
    )
    prompt_caching: bool = Field(True, description="the API's automatic prompt caching")
    cassette_dir: str | None = Field(None, description="replay reads it; record writes it")
    record: bool = Field(
        False,
        description="with mode claude: write every exchange to cassette_dir, secrets stripped",
    )
    has_key: bool = Field(False, description="ANTHROPIC_API_KEY was set (the key is never stored)")

    @model_validator(mode="after")
    def _cassettes(self) -> LlmConfig:
        if self.mode == "replay" and not self.cassette_dir:
            raise ValueError(
                "--llm replay needs a cassette folder (PERFAGENT_LLM_CASSETTES) to replay from"
            )
        if self.record and (self.mode != "claude" or not self.cassette_dir):
            raise ValueError(
                "recording needs --llm claude and a cassette folder "
                "(PERFAGENT_LLM_CASSETTES) to write to"
            )
        return self

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> LlmConfig:
        """Defaults, then ``PERFAGENT_LLM*`` variables, then ``overrides`` (flags)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {f: environ[v] for f, v in ENV.items() if environ.get(v)}
        values["has_key"] = bool(environ.get("ANTHROPIC_API_KEY"))
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = str(err["loc"][0]) if err["loc"] else ""
            message = err["msg"].removeprefix("Value error, ")
            if not field:  # a rule across fields: its message names them
                raise InputError(message) from None
            source = field if field in overrides else ENV[field]
            raise InputError(f"{source}: {message}") from None
