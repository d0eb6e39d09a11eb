"""compression: GZipMiddleware on the target's FastAPI app."""

from __future__ import annotations

import json

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

    # a Flask app (CTFd's factory) is named as what it is, not as a missing FastAPI app
    helpers.write(
        tmp_path,
        "site/__init__.py",
        "from flask import Flask\n\ndef create_app():\n    return Flask(__name__)\n",
    )
    with pytest.raises(Decline, match=r"the app is Flask \(site/__init__.py\), not FastAPI"):
        compression(tmp_path, RecipeTarget(endpoint="/x"))
    (tmp_path / "site" / "__init__.py").unlink()

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


# Django's startproject layout: one entry per line, SecurityMiddleware first.
DJANGO_SETTINGS = """\
SECRET_KEY = "tests-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "proj.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.middleware.common.CommonMiddleware',
]
DATABASES: dict = {}
"""
DJANGO_URLS = """\
from django.http import HttpResponse
from django.urls import path


def page(request):
    return HttpResponse("<p>lorem ipsum</p>" * 2000)


def tiny(request):
    return HttpResponse("ok")


urlpatterns = [path("page", page), path("tiny", tiny)]
"""
DJANGO_CLIENT = """\
import json, os
os.environ["DJANGO_SETTINGS_MODULE"] = "proj.settings"
import django
django.setup()
from django.test import Client
c = Client()
out = {}
for path in ("/page", "/tiny"):
    for enc in ("gzip", "identity"):
        r = c.get(path, HTTP_ACCEPT_ENCODING=enc)
        out[path + " " + enc] = [r.status_code, r.get("Content-Encoding"), len(r.content),
                                  __import__("hashlib").sha256(
                                      __import__("gzip").decompress(r.content)
                                      if r.get("Content-Encoding") == "gzip" else r.content
                                  ).hexdigest()]
print(json.dumps(out))
"""


def _django_responses(root, helpers) -> dict:
    done = helpers.run(root, DJANGO_CLIENT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_django_project_gets_djangos_gzip_middleware(tmp_path, helpers):
    helpers.write(tmp_path, "proj/__init__.py", "")
    helpers.write(tmp_path, "proj/settings.py", DJANGO_SETTINGS)
    helpers.write(tmp_path, "proj/urls.py", DJANGO_URLS)
    before = _django_responses(tmp_path, helpers)
    proposal = compression(
        tmp_path,
        RecipeTarget(
            kind="payload", endpoint="/page", extra={"body_bytes": 36_000, "gzip_bytes": 400}
        ),
    )
    assert "after SecurityMiddleware" in proposal.rationale and "35 KiB" in proposal.rationale
    helpers.apply(tmp_path, proposal)
    assert (
        "    'django.middleware.security.SecurityMiddleware',\n"
        "    'django.middleware.gzip.GZipMiddleware',\n"
        "    'django.middleware.common.CommonMiddleware',\n"
    ) in (tmp_path / "proj" / "settings.py").read_text()
    after = _django_responses(tmp_path, helpers)
    status, encoding, size, body = after["/page gzip"]
    assert (status, encoding) == (200, "gzip") and size < before["/page gzip"][2] / 5
    assert body == before["/page gzip"][3]  # the same page, compressed
    assert after["/page identity"] == before["/page identity"]  # a client without gzip: as before
    assert after["/tiny gzip"][1] is None  # under Django's 200-byte minimum
    with pytest.raises(Decline, match="already there"):
        compression(tmp_path, RecipeTarget(endpoint="/page"))


def test_django_layouts_and_declines(tmp_path, helpers):
    # a one-line tuple with no SecurityMiddleware: first, with a comma after it
    helpers.write(tmp_path, "site/settings.py", 'MIDDLEWARE = ("django.middleware.common.X",)\n')
    proposal = compression(tmp_path, RecipeTarget(endpoint="/"))
    assert proposal.edit.blocks[0].replace == (
        'MIDDLEWARE = ("django.middleware.gzip.GZipMiddleware", "django.middleware.common.X",)\n'
    )
    # the cache middleware goes before it, as Django's ordering notes say
    helpers.write(
        tmp_path,
        "site/settings.py",
        "MIDDLEWARE = ['django.middleware.cache.UpdateCacheMiddleware', 'django.x.Y']\n",
    )
    replace = compression(tmp_path, RecipeTarget(endpoint="/")).edit.blocks[0].replace
    assert replace == (
        "MIDDLEWARE = ['django.middleware.cache.UpdateCacheMiddleware', "
        "'django.middleware.gzip.GZipMiddleware', 'django.x.Y']\n"
    )
    # one entry on its own line: the new one goes on its own line too
    helpers.write(tmp_path, "site/settings.py", 'MIDDLEWARE = (\n    "django.a.B",\n)\n')
    replace = compression(tmp_path, RecipeTarget(endpoint="/")).edit.blocks[0].replace
    assert replace == (
        'MIDDLEWARE = (\n    "django.middleware.gzip.GZipMiddleware",\n    "django.a.B",\n)\n'
    )
    # two settings modules: the finding must say which, else declined
    helpers.write(tmp_path, "site/prod.py", "MIDDLEWARE = ['django.a.B']\n")
    with pytest.raises(Decline, match="several Django settings modules"):
        compression(tmp_path, RecipeTarget(endpoint="/"))
    named = compression(tmp_path, RecipeTarget(endpoint="/", file="site/prod.py"))
    assert named.edit.files == ["site/prod.py"]
    # MIDDLEWARE built by code is not rewritten: the FastAPI reason stands
    (tmp_path / "site" / "prod.py").unlink()
    helpers.write(tmp_path, "site/settings.py", "MIDDLEWARE = base() + ['django.a.B']\n")
    with pytest.raises(Decline, match="no module-level `app = FastAPI"):
        compression(tmp_path, RecipeTarget(endpoint="/"))


# healthchecks' hc/settings.py: GZipMiddleware only when the deployment turns it on.
DJANGO_GATED = (
    DJANGO_SETTINGS
    + """
import os


def envbool(s, default):
    return os.getenv(s, default=default) == "True"


if envbool("USE_GZIP_MIDDLEWARE", "False"):
    MIDDLEWARE.append("django.middleware.gzip.GZipMiddleware")
"""
)


def test_a_gzip_middleware_behind_a_switch_that_is_off_is_named_with_the_switch(tmp_path, helpers):
    """healthchecks adds GZipMiddleware only when USE_GZIP_MIDDLEWARE is "True": the service
    ran without it (the probe got no Content-Encoding). The decline said "a compression
    middleware is already there", which the probe contradicts; it names the switch."""
    helpers.write(tmp_path, "proj/__init__.py", "")
    helpers.write(tmp_path, "proj/settings.py", DJANGO_GATED)
    helpers.write(tmp_path, "proj/urls.py", DJANGO_URLS)
    off = _django_responses(tmp_path, helpers)
    assert off["/page gzip"][1] is None  # the default: not compressed
    target = RecipeTarget(kind="payload", endpoint="/page")
    with pytest.raises(Decline) as declined:
        compression(tmp_path, target)
    reason = str(declined.value)
    assert "already there" not in reason
    assert 'is off: proj/settings.py adds it only when `envbool("USE_GZIP_MIDDLEWARE", ' in reason
    assert "USE_GZIP_MIDDLEWARE=True" in reason
    # what it advises does compress (the same client, the switch set)
    helpers.write(
        tmp_path,
        "proj/settings.py",
        DJANGO_GATED.replace('"USE_GZIP_MIDDLEWARE", "False"', '"USE_GZIP_MIDDLEWARE", "True"'),
    )
    assert _django_responses(tmp_path, helpers)["/page gzip"][1] == "gzip"
    with pytest.raises(Decline, match="already there"):  # switched on by default: it is there
        compression(tmp_path, target)
