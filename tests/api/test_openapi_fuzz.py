"""schemathesis against the served OpenAPI document, every default check: no 5xx, every status
and content type documented, 422 bodies matching their schema, schema-valid requests accepted.

Bounded (a few examples per operation) so it fits in ``make test``; the server runs no jobs here
(workers=0), so what is fuzzed is the HTTP layer: validation, auth, routing. Two hooks make the
generated requests meaningful rather than trivially refused: webhook bodies are signed with the
server's secret (the generated headers are kept, the signature replaced), and a schema-valid
engagement's target (a session's base) names a folder that exists (a made-up one is rightly a 422).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import tempfile

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.generation import GenerationMode

from perfagent.api.server.app import create_app
from perfagent.api.server.auth import create_token
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.store import Store

_home = tempfile.mkdtemp(prefix="perfagent-fuzz-")
_config = ServerConfig(
    home=_home,
    workers=0,
    webhook_secret="fuzz",
    checkpoints=f"{_home}/ck.sqlite",
    rate_per_minute=100_000,
)
_, TOKEN = create_token(Store(_config.database_url), "fuzz")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_config))
FOLDERS = {
    "/v1/engagements": "target",
    "/v1/sessions": "base",
}  # fields naming a folder on the server


def _unicode(value):
    """``value`` with lone surrogates replaced: JSON text carrying them is not Unicode (RFC 8259
    8.2), which the webhook refuses with a 400 (test_webhook_fuzz checks that); here they would
    only hide the rest of the case."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {_unicode(k): _unicode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unicode(v) for v in value]
    return value


def _signed(case) -> dict:
    """Transport kwargs sending the case's JSON body as exact bytes, signed like GitHub signs
    them."""
    if (
        case.body is None
        or type(case.body).__name__ == "NotSet"
        or "X-Hub-Signature-256" not in (case.headers or {})
    ):
        return {}  # a case testing a missing signature (or body) goes as generated
    try:
        body = json.dumps(_unicode(case.body)).encode()
    except (TypeError, ValueError):  # a negative case's body that is not JSON: sent as generated
        return {}
    digest = hmac.new(b"fuzz", body, hashlib.sha256).hexdigest()
    case.headers = {
        **case.headers,
        "X-Hub-Signature-256": f"sha256={digest}",
        "Content-Type": "application/json",
    }
    return {"data": body}


@schema.parametrize()
@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_the_api_conforms_to_its_openapi_document(case):
    extra = {}
    if case.path == "/v1/webhooks/github":
        extra = _signed(case)
    elif (
        case.path in FOLDERS
        and case.method == "POST"
        and case.meta.generation.mode == GenerationMode.POSITIVE
        and isinstance(case.body, dict)
        and isinstance(case.body.get(FOLDERS[case.path]), str)
    ):
        case.body = {**case.body, FOLDERS[case.path]: _home}
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, **extra)
