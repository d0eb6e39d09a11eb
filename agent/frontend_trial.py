"""A candidate whose gain is bytes, measured in a real browser (``measure = "bytes"``).

Minified assets, WebP images, compressed responses and cache headers make pages and
responses lighter, which a load test over loopback cannot see. Here both trees are
served at once — the target's service started from each, or, without a service, each
tree's build folder on a static server — and headless Chromium loads the page (and
fetches the finding's endpoint) from both, interleaved (tools.frontend.compare). The
change is kept when its primary byte metric got smaller and the page shows no new error
(each recipe declares its metric and the resources it counts: ``Recipe.browser_metric``,
``browser_resources``):

    recipe          primary metric           scope
    cache_headers   repeat_transfer_bytes    the endpoint (second fetch, browser cache)
    compression     transfer_bytes           the endpoint, or the page without one
    minify_assets   transfer_bytes           the page's scripts and stylesheets (cold load)
    webp_images     transfer_bytes           the page's images (cold load)
    any other       transfer_bytes           the page (cold load, every resource)
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from perfagent.agent.state import Candidate, EngagementState
from perfagent.tools.errors import TargetError


def page_path(state: EngagementState) -> str | None:
    """The page to load: ``[frontend] url`` when it is a path, else / (index.html when static)."""
    frontend = state.spec.frontend
    if frontend is None:
        return None
    if frontend.url and frontend.url.startswith("/"):
        return frontend.url
    return "/" if state.spec.has_service else "/index.html"


def browser_user(state: EngagementState, base_url: str) -> dict[str, str]:
    """The headers that make the browser the [service.auth] user on ``base_url`` (logged in as
    the load's users were; the shared session when the recipe is ``shared``), or none without
    a login: a page behind a login is then measured as the login form it redirects to, and the
    frontend page says so (``PageVitals.landed_path``)."""
    load = state.spec.load
    if load is None or not state.spec.has_service or load.service.auth is None:
        return {}
    from perfagent.tools.loadtest.auth import logged_in

    return logged_in(base_url, load.service.auth)


def primary(candidate: Candidate, state: EngagementState) -> tuple[str, list[str]]:
    """(metric, scopes) that decide the candidate: where its finding is."""
    endpoint = candidate.endpoint.split(" ", 1)[-1] if candidate.endpoint else None
    from perfagent.tools.recipes import declared

    recipe = declared(candidate.recipe)  # each recipe declares its metric and resource types
    metric = recipe.browser_metric if recipe else "transfer_bytes"
    if endpoint:
        return metric, [f"GET {endpoint}"]
    page = f"page {page_path(state)}"
    return metric, [f"{page} {kind}" for kind in (recipe.browser_resources if recipe else ())] or [
        page
    ]


def byte_rounds(
    state: EngagementState, candidate: Candidate, before: Path, after: Path, name: str
) -> tuple[list, str, dict]:
    """Changes, the method in words, and the records for the Validation (vitals, verdict)."""
    from perfagent.tools.frontend.compare import compare_sites, judge

    page = page_path(state)
    endpoint = candidate.endpoint.split(" ", 1)[-1] if candidate.endpoint else None
    if page is None and endpoint is None:
        raise TargetError(
            "nothing for a browser to load: the spec has no [frontend] and the candidate "
            "names no endpoint"
        )
    with _served(state, before, after, name) as (a, b, how):
        load = state.spec.load
        origin = (
            load.service.ready if load is not None and state.spec.has_service else None
        )  # light same-origin page
        users = {"before": browser_user(state, a), "after": browser_user(state, b)}  # while up
        comparison = compare_sites(
            a,
            b,
            page=page,
            endpoint=endpoint,
            origin=origin,
            min_effect=state.settings.min_effect,
            headers=users,
        )
    metric, scopes = primary(candidate, state)
    verdict = judge(comparison, metric=metric, scopes=scopes)
    loads = " and ".join(
        x for x in (f"page {page}" if page else "", f"GET {endpoint}" if endpoint else "") if x
    )
    method = (
        f"{how}; headless Chromium loaded {loads} {comparison.runs} times per side, interleaved, "
        "each in a fresh context (cold cache) followed by a repeat view"
        + (
            ", logged in as the [service.auth] user (its session cookie)"
            if any(k.lower() == "cookie" for k in users["before"])
            else ""
        )
    )
    return (
        comparison.changes,
        method,
        {
            "vitals_before": comparison.before,
            "vitals_after": comparison.after,
            "bytes_verdict": verdict,
        },
    )


@contextlib.contextmanager
def _served(state: EngagementState, before: Path, after: Path, name: str):
    if state.spec.has_service:
        from perfagent.agent.service import running

        out = Path(state.report_dir) / "5-before-after" / name
        with (
            running(
                state, log_name=f"trial-{name}-before.log", root=before, run_dir=out / "before"
            ) as a,
            running(
                state, log_name=f"trial-{name}-after.log", root=after, run_dir=out / "after"
            ) as b,
        ):
            yield a.base_url, b.base_url, "the service from both trees at once"
        return
    build = state.spec.frontend.build if state.spec.frontend else None
    if not build:
        raise TargetError("nothing can serve this candidate: no service and no [frontend] build")
    from perfagent.tools.frontend.serve import serve_folder

    with serve_folder(before / build) as a, serve_folder(after / build) as b:
        yield a, b, f"the build folder {build} of both trees on a static server"
