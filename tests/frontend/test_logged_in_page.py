"""A page behind a login, in the browser: as the [service.auth] user it is the page itself; without
a login it is the login form the app redirects to, and the vitals say so instead of passing the
form's figures off as the page's."""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

import pytest

from perfagent.tools.loadtest.auth import parse_auth, session
from perfagent.tools.loadtest.service import Service

from .conftest import need_chromium

APPS = Path(__file__).resolve().parents[1] / "loadtest" / "auth_apps.py"
SECRET = "pw-browser-3c91-never-written"
SHOP = Path(__file__).resolve().parents[2] / "examples" / "shop"


@pytest.fixture
def feed_app():
    need_chromium()
    service = Service(
        f"{sys.executable} {APPS} form --port {{port}}",
        ready="/healthz",
        env={"APP_PASSWORD": SECRET},
    )
    yield service.start()
    service.stop()


def stats(base_url: str) -> dict:
    with urllib.request.urlopen(base_url + "/__stats", timeout=10) as answer:
        return json.load(answer)


def test_the_browser_measures_the_page_behind_the_login_as_the_logged_in_user(
    feed_app, monkeypatch, tmp_path
):
    from perfagent.tools.frontend.vitals import measure_page

    base = feed_app.base_url
    monkeypatch.setenv("B_APP_PW", SECRET)
    auth = parse_auth(
        {
            "kind": "form",
            "path": "/login",
            "csrf_field": "csrf_token",
            "fields": {"username": "alice", "password": "${B_APP_PW}"},
        }
    )
    anonymous = measure_page(f"{base}/feed", runs=2, repeat_view=False, quiet_ms=200)
    assert anonymous.landed_path == "/login" and not anonymous.logged_in  # the form, said so
    before = stats(base)["served"]
    page = measure_page(
        f"{base}/feed", runs=3, repeat_view=False, quiet_ms=200, headers=session(base, auth)
    )
    assert page.landed_path is None and page.logged_in and page.errors == []
    assert stats(base)["served"] - before == 3  # each cold load was alice's feed, not the form
    assert page.transfer_bytes.median < anonymous.transfer_bytes.median  # the feed, not the form
    said = {
        name: _frontend_page(vitals, tmp_path / name)
        for name, vitals in (("anonymous", anonymous), ("alice", page))
    }
    assert "redirected to `/login`" in said["anonymous"] and "[service.auth]" in said["anonymous"]
    assert "logged in as the `[service.auth]` user" in said["alice"]
    assert "Not the page asked for" not in said["alice"]


def _frontend_page(vitals, folder: Path) -> str:
    """8-frontend as the report writes it, for a state whose unchanged page is ``vitals``."""
    from perfagent.agent.deliverables.frontend import render
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import EngagementState
    from perfagent.tools.frontend.models import AssetAudit

    state = EngagementState(
        run_id="vitals",
        spec=load_target(SHOP),
        frontend=AssetAudit(source="static", assets=[], totals={}, findings=[], bundle_bytes=0),
        page_vitals=vitals,
    )
    render(state, folder)
    return "\n".join(p.read_text() for p in folder.rglob("*.md"))


def test_a_budget_the_page_gave_no_value_for_is_not_passed():
    from perfagent.tools.frontend.budgets import check
    from perfagent.tools.frontend.models import VitalsRun
    from perfagent.tools.frontend.vitals import summarize

    url = "http://127.0.0.1:9/feed"
    page = summarize(url, [VitalsRun(url=url), VitalsRun(url=url)])  # nothing painted: no LCP
    [lcp] = check(page, {"largest-contentful-paint": ["error", {"maxNumericValue": 2500}]})
    assert not lcp.passed and lcp.actual is None
    assert "not measured, the page reported no lcp_ms in 2 run(s)" in lcp.message
