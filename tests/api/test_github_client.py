"""Posting back to GitHub, replayed from recorded request/response pairs at the transport seam."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from perfagent.api.server.github import MARKER, GitHubClient
from perfagent.tools.errors import ServiceError

PAIRS = json.loads((Path(__file__).parent / "fixtures" / "github_sticky_comment.json").read_text())


def replay(exchanges: list[dict], seen: list[httpx.Request]) -> httpx.MockTransport:
    queue = list(exchanges)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert queue, f"unexpected request {request.method} {request.url}"
        want = queue.pop(0)["request"]
        assert (request.method, request.url.path) == (want["method"], want["path"])
        if "query" in want:
            assert request.url.query.decode() == want["query"]
        response = PAIRS_BY_REQUEST[id(want)]
        return httpx.Response(response["status"], json=response["json"])

    return httpx.MockTransport(handler)


PAIRS_BY_REQUEST = {
    id(x["request"]): x["response"]
    for case in PAIRS.values()
    if isinstance(case, list)
    for x in case
}


def test_the_first_review_posts_a_new_comment_with_the_marker():
    seen: list[httpx.Request] = []
    client = GitHubClient("ghs_test", transport=replay(PAIRS["first_review"], seen))
    out = client.upsert_comment("Codertocat/Hello-World", 2, "## perfagent: `quote` 31% slower")
    assert out == {
        "comment": "https://github.com/Codertocat/Hello-World/pull/2#issuecomment-1001",
        "updated": False,
    }
    posted = json.loads(seen[-1].content)
    assert posted["body"].startswith(MARKER) and "31% slower" in posted["body"]
    assert seen[0].headers["Authorization"] == "Bearer ghs_test"
    assert seen[0].headers["X-GitHub-Api-Version"] == "2022-11-28"


def test_a_later_review_edits_the_same_comment_in_place():
    seen: list[httpx.Request] = []
    client = GitHubClient("ghs_test", transport=replay(PAIRS["second_review"], seen))
    out = client.upsert_comment("Codertocat/Hello-World", 2, f"{MARKER}\n## perfagent: unchanged")
    assert out["updated"] is True and out["comment"].endswith("issuecomment-1001")
    assert [r.method for r in seen] == ["GET", "PATCH"]  # no second comment
    assert json.loads(seen[-1].content)["body"].count(MARKER) == 1


def test_a_refusal_is_one_sentence_naming_the_call():
    client = GitHubClient("ghs_test", transport=replay(PAIRS["forbidden"], []))
    with pytest.raises(
        ServiceError, match="GitHub refused GET .*403 Resource not accessible by integration"
    ):
        client.upsert_comment("Codertocat/Hello-World", 2, "x")


def test_github_unreachable_is_one_sentence():
    def down(request):
        raise httpx.ConnectError("connection refused", request=request)

    client = GitHubClient("t", transport=httpx.MockTransport(down))
    with pytest.raises(ServiceError, match="cannot reach GitHub's API"):
        client.upsert_comment("o/r", 1, "x")
