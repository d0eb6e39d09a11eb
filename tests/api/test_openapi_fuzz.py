"""schemathesis against the served OpenAPI document: no request it generates gets a 5xx.

Bounded (a few examples per operation) so it fits in ``make test``; the server runs no
jobs here (workers=0), so what is fuzzed is the HTTP layer: validation, auth, routing.
"""

from __future__ import annotations

import tempfile

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api.server.app import create_app
from api.server.auth import create_token
from api.server.config import ServerConfig
from api.server.store import Store

_home = tempfile.mkdtemp(prefix="perfagent-fuzz-")
_config = ServerConfig(home=_home, workers=0, webhook_secret="fuzz", checkpoints=f"{_home}/ck.sqlite",
                       rate_per_minute=100_000)
_, TOKEN = create_token(Store(_config.database_url), "fuzz")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_config))


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_generated_request_gets_a_server_error(case):
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code < 500, f"{case.method} {case.path}: {response.status_code} {response.text[:300]}"
