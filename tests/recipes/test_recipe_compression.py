"""compression: GZipMiddleware on the target's FastAPI app."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.compression import compression

APP = '''\
"""A small API."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI(title="t")
ITEMS = [{"id": i, "text": "lorem ipsum " * 20} for i in range(100)]


@app.get("/items")
def items() -> list[dict]:
    return ITEMS


@app.get("/small")
def small() -> dict:
    return {"ok": True}
'''


def test_shop_app_gets_gzip(shop, helpers):
    target = RecipeTarget(
        kind="payload",
        endpoint="/api/catalog",
        extra={"body_bytes": 2_000_000, "gzip_bytes": 300_000},
    )
    proposal = compression(shop, target)
    assert "1,953 KiB" in proposal.rationale
    helpers.apply(shop, proposal)
    text = (shop / "shop" / "app.py").read_text()
    assert (
        "from fastapi import FastAPI, HTTPException\n"
        "from fastapi.middleware.gzip import GZipMiddleware\n"
        "from fastapi.responses import FileResponse\n"
    ) in text
    assert (
        'app = FastAPI(title="shop")\napp.add_middleware(GZipMiddleware, minimum_size=1024)\n'
        in text
    )
    with pytest.raises(Decline, match="already there"):
        compression(shop, target)  # applying it twice is refused


def test_responses_are_the_same_bytes_compressed(tmp_path, helpers):
    helpers.write(tmp_path, "api/main.py", APP)
    before = helpers.load(tmp_path / "api" / "main.py")
    helpers.apply(tmp_path, compression(tmp_path, RecipeTarget(endpoint="/items")))
    after = helpers.load(tmp_path / "api" / "main.py")
    plain, gz = TestClient(before.app), TestClient(after.app)
    for path in ("/items", "/small"):
        old = plain.get(path, headers={"Accept-Encoding": "gzip"})
        new = gz.get(path, headers={"Accept-Encoding": "gzip"})
        assert new.json() == old.json() and new.status_code == old.status_code
    assert (
        gz.get("/items", headers={"Accept-Encoding": "gzip"}).headers["content-encoding"] == "gzip"
    )
    assert "content-encoding" not in gz.get("/small").headers  # below minimum_size
    identity = gz.get("/items", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in identity.headers and identity.json() == before.ITEMS


def test_declines(tmp_path, helpers):
    helpers.write(tmp_path, "lib.py", "def f():\n    return 1\n")
    helpers.write(tmp_path, "tests/test_app.py", "from fastapi import FastAPI\napp = FastAPI()\n")
    with pytest.raises(Decline, match="no module-level `app = FastAPI"):
        compression(tmp_path, RecipeTarget(endpoint="/x"))

    helpers.write(tmp_path, "a.py", "from fastapi import FastAPI\napp = FastAPI()\n")
    helpers.write(tmp_path, "b.py", "import fastapi\napi = fastapi.FastAPI()\n")
    with pytest.raises(Decline, match="several apps"):
        compression(tmp_path, RecipeTarget(endpoint="/x"))
    # the finding's own file disambiguates
    assert compression(tmp_path, RecipeTarget(file="b.py", endpoint="/x")).edit.files == ["b.py"]

    helpers.write(tmp_path, "b.py", "x = 1\n")
    helpers.write(tmp_path, "mw.py", "from starlette.middleware.gzip import GZipMiddleware\n")
    with pytest.raises(Decline, match="already there"):
        compression(tmp_path, RecipeTarget(endpoint="/x"))


def test_starlette_app(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "app.py",
        "from starlette.applications import Starlette\n\napplication = Starlette()\n",
    )
    proposal = compression(tmp_path, RecipeTarget(endpoint="/"))
    helpers.apply(tmp_path, proposal)
    text = (tmp_path / "app.py").read_text()
    assert "from starlette.middleware.gzip import GZipMiddleware\n" in text
    assert "application.add_middleware(GZipMiddleware, minimum_size=1024)" in text
    helpers.load(tmp_path / "app.py")
