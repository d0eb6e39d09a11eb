"""The one seam between perfagent and Claude: build the SDK client, send, map failures.

Failures, as the reasoner sees them::

    Fallback            the rules reasoner takes over; ``reason`` says why in a few words:
                        no ANTHROPIC_API_KEY · timeout · 429 or 5xx after the SDK's retries ·
                        401 · other API errors · a refusal (stop_reason "refusal")
    CassetteMiss        (replay) a request with no recording: an InputError, never a
                        fallback, because a replay that silently fell back would pass

The SDK (anthropic 2.x) is imported on the first request only: the rules reasoner
never pays for it. Its ``http_client`` is an ``httpx2.Client`` whose transport is the
seam: a :class:`~tools.llm.cassette.CassetteTransport` when replaying or recording,
``upstream`` (tests pass an ``httpx2.MockTransport``) or the real network otherwise.

>>> llm = Llm(LlmConfig(mode="claude"), api_key=None)
>>> llm.notice()
'--llm claude: no ANTHROPIC_API_KEY is set, so every step uses the rules reasoner'
>>> llm.create(step="prioritize", system="s", messages=[])
Traceback (most recent call last):
perfagent.tools.llm.client.Fallback: no ANTHROPIC_API_KEY
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx2

from perfagent.tools.llm.config import LlmConfig
from perfagent.tools.llm.usage import Usage

REPLAY_KEY = "replay-no-key"  # replay sends no request anywhere, but the SDK wants a key


class Fallback(Exception):
    """Claude cannot answer this step: the rules reasoner continues. ``usage`` is what the
    failed exchange cost (a refusal is billed)."""

    def __init__(self, reason: str, *, usage: Usage | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.usage = usage


def build_request(
    config: LlmConfig, *, system: str, messages: list[dict], tools: list[dict] | None = None
) -> dict[str, Any]:
    """The Messages API body for one request, as :meth:`Llm.create` sends it.

    No sampling parameters and no forced ``tool_choice``: current models reject both.
    Caching is the API's automatic mode (a top-level ``cache_control``): the breakpoint
    follows the last block, so a retry and each chat turn read the prefix from the cache.

    >>> sorted(build_request(LlmConfig(), system="s", messages=[]))
    ['cache_control', 'max_tokens', 'messages', 'model', 'system']
    """
    request: dict[str, Any] = {
        "model": config.model,
        "max_tokens": config.max_tokens,
        "system": [{"type": "text", "text": system}],
        "messages": messages,
    }
    if config.prompt_caching:
        request["cache_control"] = {"type": "ephemeral"}
    if tools:
        request["tools"] = tools
    return request


class Llm:
    """One engagement's connection to Claude. ``api_key`` is passed in, never read here:
    :meth:`from_env` is the place that reads the environment."""

    def __init__(
        self,
        config: LlmConfig,
        *,
        api_key: str | None = None,
        upstream: httpx2.BaseTransport | None = None,
    ) -> None:
        self.config = config
        self._api_key = api_key
        self._upstream = upstream
        self._sdk: Any = None
        self.transport: Any = None  # the CassetteTransport, when replaying or recording

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Llm:
        environ = os.environ if environ is None else environ
        return cls(
            LlmConfig.from_env(environ, **overrides),
            api_key=environ.get("ANTHROPIC_API_KEY") or None,
        )

    @property
    def enabled(self) -> bool:
        """Will :meth:`create` try to reach Claude (or a cassette)?"""
        return self.config.mode == "replay" or (
            self.config.mode == "claude" and bool(self._api_key)
        )

    def notice(self) -> str | None:
        """The one line to print when ``--llm claude`` cannot use Claude at all."""
        if self.config.mode == "claude" and not self._api_key:
            return (
                "--llm claude: no ANTHROPIC_API_KEY is set, so every step uses the rules reasoner"
            )
        return None

    def create(
        self, *, step: str, system: str, messages: list[dict], tools: list[dict] | None = None
    ) -> Any:
        """Send one request; the SDK's ``Message``, or :class:`Fallback`."""
        if self.config.mode == "rules":
            raise Fallback("--llm rules")
        if not self.enabled:
            raise Fallback("no ANTHROPIC_API_KEY")
        import anthropic

        sdk = self._client()
        if self.transport is not None:
            self.transport.step = step
        request = build_request(self.config, system=system, messages=messages, tools=tools)
        retries = f"after {self.config.max_retries} retries"
        try:
            message = sdk.messages.create(**request)
        except anthropic.APITimeoutError:
            raise Fallback(
                f"timeout: no answer within {self.config.timeout_s:g} s, {retries}"
            ) from None
        except anthropic.RateLimitError:
            raise Fallback(f"rate limited (429) {retries}") from None
        except anthropic.InternalServerError as exc:
            raise Fallback(f"server error {exc.status_code} {retries}") from None
        except anthropic.AuthenticationError:
            raise Fallback("the API key was refused (401)") from None
        except anthropic.APIStatusError as exc:
            detail = (exc.api_message or exc.message or "").strip()[:200]
            raise Fallback(f"API error {exc.status_code}: {detail}") from None
        except anthropic.APIConnectionError as exc:
            raise Fallback(f"could not reach the API ({exc.__cause__ or exc}) {retries}") from None
        if message.stop_reason == "refusal":
            details = getattr(message, "stop_details", None)
            category = f": {details.category}" if details and details.category else ""
            raise Fallback(
                f"Claude declined to answer (refusal{category})",
                usage=Usage.from_api(message.usage),
            )
        return message

    def _client(self) -> Any:
        if self._sdk is not None:
            return self._sdk
        import anthropic

        transport = self._upstream
        if self.config.mode == "replay" or self.config.record:
            from perfagent.tools.llm.cassette import CassetteTransport

            upstream = (
                None if self.config.mode == "replay" else (self._upstream or httpx2.HTTPTransport())
            )
            transport = self.transport = CassetteTransport(
                self.config.cassette_dir or "", upstream=upstream
            )
        http = httpx2.Client(transport=transport) if transport is not None else None
        self._sdk = anthropic.Anthropic(
            # Always explicit: the SDK otherwise looks for credentials in profiles on disk.
            api_key=REPLAY_KEY if self.config.mode == "replay" else self._api_key,
            base_url="https://api.anthropic.com" if self.config.mode == "replay" else None,
            timeout=self.config.timeout_s,
            max_retries=self.config.max_retries,
            http_client=http,
        )
        return self._sdk
