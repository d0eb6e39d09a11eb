"""The app's own tests: pages and the total, on a database of their own."""

import os
import tempfile

os.environ["APP_DB"] = os.path.join(tempfile.mkdtemp(), "test.db")

from app.main import app  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

client = TestClient(app)


def test_pages_and_the_total():
    seen = []
    for skip in range(0, 3100, 500):
        body = client.get("/api/items/", params={"skip": skip, "limit": 500}).json()
        assert body["count"] == 3000
        seen += [i["id"] for i in body["data"]]
    assert len(seen) == len(set(seen)) == 3000


def test_a_page_past_the_end_still_has_the_total():
    body = client.get("/api/items/", params={"skip": 5000}).json()
    assert body == {"data": [], "count": 3000}
    assert client.get("/api/items/", params={"owner": "nobody"}).json()["count"] == 0
