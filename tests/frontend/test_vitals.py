"""Web Vitals in the system's headless Chromium, on pages served by a real local HTTP server."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from perfagent.tools.errors import InputError, ServiceError, ToolMissingError, UnsafeInputError
from perfagent.tools.frontend.browser import launch
from perfagent.tools.frontend.budgets import DEFAULT, check, load_assertions
from perfagent.tools.frontend.serve import serve_folder
from perfagent.tools.frontend.vitals import PageSession, measure_page, summarize

from .conftest import make_site, need_chromium


@pytest.fixture(scope="module")
def browser():
    need_chromium()
    with launch() as b:
        yield b


def test_the_late_banner_shifts_the_page_and_the_hero_is_the_lcp(
    browser, site: Path, tmp_path: Path
):
    stable = make_site(tmp_path / "stable", banner=False)  # the control: the same page, no banner
    with serve_folder(site) as base, serve_folder(stable) as control:
        session = PageSession(
            browser, quiet_ms=600
        )  # the banner comes 300 ms after the script runs
        page = summarize(
            f"{base}/index.html", [session.run(f"{base}/index.html") for _ in range(3)]
        )
        calm = summarize(
            f"{control}/index.html",
            [session.run(f"{control}/index.html", repeat_view=False) for _ in range(2)],
        )
    assert page.cls.median > 0.1 and page.ratings["cls"] != "good", page.cls  # a 300 px banner
    assert calm.cls.median < 0.01, calm.cls
    assert page.lcp_element == "img#hero" and page.lcp_url.endswith("/hero.png")
    assert page.lcp_ms.low <= page.lcp_ms.median <= page.lcp_ms.high and page.lcp_ms.n == 3
    hero = (site / "hero.png").stat().st_size
    assert page.by_type["image"].transfer_bytes >= hero  # the body, plus the response headers
    assert page.by_type["script"].requests == 1 and page.by_type["stylesheet"].requests == 1
    assert {u.rsplit("/", 1)[-1] for u in page.render_blocking} == {"app.js", "style.css"}
    assert page.repeat_transfer_bytes.median < page.transfer_bytes.median / 10  # the browser cache
    assert page.errors == []
    results = {a.audit: a for a in check(page, DEFAULT)}
    assert (
        not results["cumulative-layout-shift"].passed and results["largest-contentful-paint"].passed
    )
    assert "over the limit of 0.1" in results["cumulative-layout-shift"].message
    assert all(
        a.passed
        for a in check(calm, {"cumulative-layout-shift": ["error", {"maxNumericValue": 0.1}]})
    )


def test_a_broken_reference_is_an_error_of_the_page(browser, site: Path):
    (site / "index.html").write_text((site / "index.html").read_text().replace("app.js", "gone.js"))
    with serve_folder(site) as base:
        run = PageSession(browser, quiet_ms=200).run(f"{base}/index.html", repeat_view=False)
    assert any("404" in e and "gone.js" in e for e in run.errors), run.errors


def test_bad_input_is_one_sentence(monkeypatch, tmp_path: Path):
    with pytest.raises(UnsafeInputError, match="host 192.0.2.7 is not on the allow-list"):
        measure_page("http://192.0.2.7/")
    with pytest.raises(InputError, match="is not an http"):
        measure_page("file:///etc/passwd")
    monkeypatch.setenv("PERFAGENT_CHROMIUM", str(tmp_path / "no-chromium"))
    with pytest.raises(ToolMissingError, match="PERFAGENT_CHROMIUM=.* is not an executable file"):
        measure_page("http://127.0.0.1:9/")


def test_a_server_that_is_down_is_one_sentence(browser):
    with socket.socket() as s:  # a port nothing listens on once it is closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(
        ServiceError, match=rf"cannot load http://127\.0\.0\.1:{port}/: .*ERR_CONNECTION_REFUSED"
    ):
        PageSession(browser).run(f"http://127.0.0.1:{port}/")


def test_lighthouse_ci_assertions_file(tmp_path: Path):
    rc = tmp_path / "lighthouserc.json"
    rc.write_text(
        json.dumps(
            {
                "ci": {
                    "assert": {
                        "assertions": {
                            "largest-contentful-paint": [
                                "error",
                                {"maxNumericValue": 2000, "aggregationMethod": "pessimistic"},
                            ],
                            "resource-summary:image:size": ["warn", {"maxNumericValue": 100_000}],
                            "uses-http2": "off",
                        }
                    }
                }
            }
        )
    )
    assertions = load_assertions(rc)
    assert set(assertions) == {
        "largest-contentful-paint",
        "resource-summary:image:size",
        "uses-http2",
    }
    rc.write_text(
        json.dumps({"ci": {"assert": {"assertions": {"first-meaningful-paint": "error"}}}})
    )
    from perfagent.tools.frontend.models import PageVitals, Spread

    one = Spread(median=1.0, low=1.0, high=1.0, n=1)
    page = PageVitals(url="u", runs=[], cls=one, tbt_ms=one, transfer_bytes=one)
    with pytest.raises(InputError, match="first-meaningful-paint: not an audit perfagent measures"):
        check(page, load_assertions(rc))
    rc.write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        load_assertions(rc)
