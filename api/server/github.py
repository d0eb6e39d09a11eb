"""Posting a review back to GitHub: one sticky PR comment, updated in place, and a check run.

All network I/O goes through one ``httpx.Client`` whose transport can be replaced: tests
replay recorded request/response pairs (tests/api/fixtures/github/). Posting is off unless
the server has a token.
"""

from __future__ import annotations

from typing import Any

import httpx

from perfagent.tools.errors import ServiceError

MARKER = "<!-- perfagent-review -->"


class GitHubClient:
    def __init__(
        self,
        token: str,
        *,
        api: str = "https://api.github.com",
        transport: httpx.BaseTransport | None = None,
        timeout_s: float = 20.0,
    ) -> None:
        self.http = httpx.Client(
            base_url=api,
            transport=transport,
            timeout=timeout_s,
            headers={
                "Authorization": f"Bearer {token}",
                "Accept": "application/vnd.github+json",
                "X-GitHub-Api-Version": "2022-11-28",
                "User-Agent": "perfagent",
            },
        )

    def _call(self, method: str, path: str, **kwargs) -> Any:
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise ServiceError(f"cannot reach GitHub's API for {method} {path}: {exc}") from None
        if response.status_code >= 400:
            message = (
                response.json().get("message", response.text[:200]) if response.content else ""
            )
            raise ServiceError(f"GitHub refused {method} {path}: {response.status_code} {message}")
        return response.json() if response.content else None

    def upsert_comment(self, repository: str, number: int, body: str) -> dict:
        """Edit our earlier comment on the PR (found by its marker), or post a new one."""
        body = body if MARKER in body else f"{MARKER}\n{body}"
        comments = self._call(
            "GET", f"/repos/{repository}/issues/{number}/comments", params={"per_page": 100}
        )
        for comment in comments:
            if MARKER in (comment.get("body") or ""):
                updated = self._call(
                    "PATCH",
                    f"/repos/{repository}/issues/comments/{comment['id']}",
                    json={"body": body},
                )
                return {"comment": updated["html_url"], "updated": True}
        created = self._call(
            "POST", f"/repos/{repository}/issues/{number}/comments", json={"body": body}
        )
        return {"comment": created["html_url"], "updated": False}

    def check_run(
        self, repository: str, head_sha: str, *, conclusion: str, title: str, summary: str
    ) -> dict:
        created = self._call(
            "POST",
            f"/repos/{repository}/check-runs",
            json={
                "name": "perfagent",
                "head_sha": head_sha,
                "status": "completed",
                "conclusion": conclusion,
                "output": {"title": title, "summary": summary[:65000]},
            },
        )
        return {"check_run": created["html_url"]}

    def publish_review(self, github: dict, markdown: str, review) -> dict:
        out = self.upsert_comment(github["repository"], int(github["number"]), markdown)
        if github.get("check_run"):
            conclusion = "failure" if review.verdict == "slower" else "success"
            out |= self.check_run(
                github["repository"],
                github["head_sha"],
                conclusion=conclusion,
                title=review.headline,
                summary=markdown,
            )
        return out
