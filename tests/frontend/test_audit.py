"""The frontend asset audit on real files and a real local server."""

from __future__ import annotations

import gzip
import random
import sys
from pathlib import Path

import httpx
import pytest

from perfagent.tools.errors import InputError, UnsafeInputError
from perfagent.tools.frontend import audit_build, audit_site
from perfagent.tools.loadtest import Service

ROOT = Path(__file__).resolve().parents[2]
SHOP = ROOT / "examples" / "shop"


def _ids(audit, asset=None) -> set[str]:
    return {f.id for f in audit.findings if asset is None or f.asset == asset}


def test_the_shops_bundle_is_flagged():
    audit = audit_build(SHOP / "static", bundle_budget_bytes=100_000)
    app = next(a for a in audit.assets if a.path == "app.js")
    assert app.raw_bytes > 500_000 and app.brotli_bytes < app.gzip_bytes < app.raw_bytes
    assert app.minified is False and app.hashed_name is False
    assert {"unminified", "oversized_asset", "unhashed_name"} <= _ids(audit, "app.js")
    assert "bundle_budget" in _ids(audit)
    unminified = next(f for f in audit.findings if f.id == "unminified" and f.asset == "app.js")
    assert unminified.saving_bytes > 10_000  # measured with a real minifier, not guessed
    assert audit.findings[0].severity == "high"  # sorted by severity, then saving


def _js(rng: random.Random, n: int) -> str:
    return ";".join(
        f"function f{i}(a){{return a*{rng.randint(1, 99)}+{rng.random():.4f}}}" for i in range(n)
    )


def test_a_well_built_folder_is_clean_except_what_is_wrong(tmp_path: Path):
    rng = random.Random(1)
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "app.3f9a1c2b.js").write_text(_js(rng, 400))  # minified, hashed
    (tmp_path / "assets" / "app.3f9a1c2b.js.map").write_text('{"version":3,"sources":[]}')
    (tmp_path / "hero.png").write_bytes(bytes(rng.getrandbits(8) for _ in range(300_000)))
    audit = audit_build(tmp_path, bundle_budget_bytes=250_000)
    assert _ids(audit, "assets/app.3f9a1c2b.js") == set()
    assert _ids(audit, "assets/app.3f9a1c2b.js.map") == {"source_map_shipped"}
    assert {"oversized_asset", "legacy_image_format"} <= _ids(audit, "hero.png")
    assert "bundle_budget" not in _ids(audit)
    assert audit.within_budget is True
    assert audit.totals["image"].raw_bytes == 300_000


def test_audit_round_trips_through_json():
    audit = audit_build(SHOP / "static")
    assert type(audit).model_validate_json(audit.model_dump_json()) == audit


def test_missing_folder_is_one_sentence(tmp_path: Path):
    with pytest.raises(InputError, match="does not exist"):
        audit_build(tmp_path / "dist")


@pytest.fixture(scope="module")
def shop_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("shopdb") / "shop.db"
    env = {"SHOP_DB": str(db), "SHOP_SCALE": "0.01", "PYTHONPATH": str(SHOP)}
    with Service(
        f"{sys.executable} -m uvicorn shop.app:app --host 127.0.0.1 --port {{port}}",
        ready="/healthz",
        cwd=SHOP,
        env=env,
    ) as info:
        yield f"{info.base_url}/"


@pytest.mark.slow
def test_the_shop_serves_its_bundle_uncompressed_and_uncached(shop_url):
    audit = audit_site(shop_url)
    paths = {a.path for a in audit.assets}
    assert {"/static/app.js", "/static/styles.css"} <= paths
    app = next(a for a in audit.assets if a.path == "/static/app.js")
    assert app.content_encoding is None and app.transfer_bytes == app.raw_bytes
    assert {"uncompressed_transfer", "cache_headers", "unminified"} <= _ids(audit, "/static/app.js")
    saving = next(
        f.saving_bytes
        for f in audit.findings
        if f.id == "uncompressed_transfer" and f.asset == "/static/app.js"
    )
    assert saving == app.raw_bytes - app.brotli_bytes


GOOD_SERVER = r"""
import gzip, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
JS = ("function f(a){return a+1}" * 200).encode()
class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        if self.path == "/":
            body, ctype = b'<script src="/app.0a1b2c3d4e.js"></script>', "text/html"
            extra = {"Cache-Control": "no-cache"}
        else:
            body, ctype = gzip.compress(JS), "application/javascript"
            extra = {"Content-Encoding": "gzip",
                     "Cache-Control": "public, max-age=31536000, immutable"}
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
"""


def test_a_well_configured_server_has_no_header_findings(tmp_path: Path):
    script = tmp_path / "good.py"
    script.write_text(GOOD_SERVER)
    with Service(f"{sys.executable} {script} {{port}}", ready="/") as info:
        audit = audit_site(f"{info.base_url}/")
    js = next(a for a in audit.assets if a.path == "/app.0a1b2c3d4e.js")
    assert js.content_encoding == "gzip" and js.hashed_name
    assert js.transfer_bytes == len(gzip.compress(("function f(a){return a+1}" * 200).encode()))
    assert not {"uncompressed_transfer", "cache_headers"} & _ids(audit)


def test_non_loopback_hosts_are_refused_before_any_request():
    sent = []

    def handler(request):
        sent.append(request)
        return httpx.Response(200, text="")

    with pytest.raises(UnsafeInputError, match="not on the allow-list"):
        audit_site("http://example.com/", transport=httpx.MockTransport(handler))
    assert sent == []


def test_cli_audit_exits_1_over_budget_and_names_the_fix():
    import subprocess

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "perfagent.api.cli",
            "frontend",
            "audit",
            str(SHOP / "static"),
            "--budget",
            "50kb",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 1
    assert "bundle_budget" in proc.stdout and "[name].[contenthash].js" in proc.stdout
