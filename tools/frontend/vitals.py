"""Lab Web Vitals of a page in headless Chromium: LCP and its element, CLS by session
windows, FCP, TTFB, TBT, bytes by resource type and render-blocking requests.

Each run loads the page in a fresh browser context (a cold cache), waits until no request
has been in flight for 500 ms and nothing new was observed for a quiet window after
``load``, reads the observers
(tools.frontend.collector), then loads the page again in the same context: the repeat
view, which shows what the browser cache saves. The page summary is the median of the
runs, with the lowest and highest value, rated against the Web Vitals thresholds:

    metric  good      poor      note
    LCP     <= 2.5 s  > 4 s
    CLS     <= 0.1    > 0.25
    FCP     <= 1.8 s  > 3 s
    TTFB    <= 0.8 s  > 1.8 s
    TBT     <= 200 ms > 600 ms  Lighthouse's lab stand-in for INP (field: 200 / 500 ms)

>>> rate("lcp_ms", 2400.0), rate("cls", 0.12), rate("tbt_ms", 900.0)
('good', 'needs-improvement', 'poor')
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from perfagent.tools.errors import InputError, ServiceError, UnsafeInputError
from perfagent.tools.frontend import collector
from perfagent.tools.frontend.browser import Throttle, launch, throttle
from perfagent.tools.frontend.models import (
    EndpointBytes,
    LoadedResource,
    PageVitals,
    Rating,
    ResourceType,
    Spread,
    TypeTotals,
    VitalsRun,
)
from perfagent.tools.sandbox.network import LOOPBACK, host_allowed

THRESHOLDS: dict[str, tuple[float, float]] = {
    "lcp_ms": (2500.0, 4000.0),
    "cls": (0.1, 0.25),
    "fcp_ms": (1800.0, 3000.0),
    "ttfb_ms": (800.0, 1800.0),
    "tbt_ms": (200.0, 600.0),
}
SESSION_GAP_MS, SESSION_CAP_MS = 1000.0, 5000.0
LONG_TASK_MS = 50.0
REPEAT_QUIET_MS = 250.0
_EXTENSIONS: dict[str, ResourceType] = {
    ".js": "script",
    ".mjs": "script",
    ".css": "stylesheet",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".gif": "image",
    ".webp": "image",
    ".avif": "image",
    ".svg": "image",
    ".ico": "image",
    ".woff": "font",
    ".woff2": "font",
    ".ttf": "font",
    ".otf": "font",
    ".mp4": "media",
    ".webm": "media",
    ".mp3": "media",
    ".html": "document",
    ".htm": "document",
}


def rate(metric: str, value: float) -> Rating:
    good, poor = THRESHOLDS[metric]
    return "good" if value <= good else "poor" if value > poor else "needs-improvement"


def cls_of(shifts: Sequence[tuple[float, float]]) -> float:
    """The largest session window of (time ms, score) shifts: a window closes after a
    1 s gap or 5 s from its first shift.

    >>> cls_of([(100, 0.05), (600, 0.04), (2000, 0.03)])  # 2000 is past the 1 s gap
    0.09
    >>> cls_of([(0, 0.02), (900, 0.02), (1800, 0.02), (2700, 0.02), (3600, 0.02), (4500, 0.02),
    ...         (5400, 0.02)])  # the 5 s cap splits a steady trickle
    0.12
    >>> cls_of([])
    0.0
    """
    best = current = 0.0
    start: float | None = None
    last = 0.0  # read only once a session has started
    for t, value in sorted(shifts):
        if start is None or t - last >= SESSION_GAP_MS or t - start >= SESSION_CAP_MS:
            start, current = t, 0.0
        current += value
        last = t
        best = max(best, current)
    return round(best, 4)


def tbt_of(long_tasks: Sequence[tuple[float, float]], fcp_ms: float | None) -> float:
    """Total Blocking Time: each long task's time past 50 ms, counted after FCP only.

    >>> tbt_of([(10, 300), (500, 120), (900, 40)], fcp_ms=200)  # 1st clipped to 110 ms after FCP
    130.0
    """
    start = fcp_ms or 0.0
    total = 0.0
    for t, duration in long_tasks:
        clipped = t + duration - max(t, start)
        total += max(0.0, clipped - LONG_TASK_MS)
    return round(total, 1)


_CONTENT_TYPES: tuple[tuple[str, ResourceType], ...] = (
    ("text/css", "stylesheet"),
    ("image/", "image"),
    ("font/", "font"),
    ("video/", "media"),
    ("audio/", "media"),
    ("text/html", "document"),
)
_INITIATORS: dict[str, ResourceType] = {"img": "image", "script": "script", "css": "image"}


def resource_type(url: str, initiator: str = "", content_type: str = "") -> ResourceType:
    """>>> resource_type("http://x/a.js")
    'script'
    >>> resource_type("http://x/api", "fetch", "application/json")
    'other'
    >>> resource_type("http://x/logo", "img", "image/webp"), resource_type("http://x/s", "link")
    ('image', 'other')
    """
    ct = content_type.split(";")[0].strip().lower()
    if ct:
        if "javascript" in ct or ct == "text/ecmascript":
            return "script"
        for prefix, kind in _CONTENT_TYPES:
            if ct.startswith(prefix):
                return kind
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    return _INITIATORS.get(initiator, "other")


def _resources(raw: dict) -> list[LoadedResource]:
    def one(entry: dict, kind: ResourceType | None = None) -> LoadedResource:
        return LoadedResource(
            url=entry["url"],
            type=kind or resource_type(entry["url"], entry["initiator"], entry["content_type"]),
            transfer_bytes=int(entry["transfer"]),
            encoded_bytes=int(entry["encoded"]),
            decoded_bytes=int(entry["decoded"]),
            render_blocking=entry["blocking"] == "blocking",
        )

    out = [one(raw["nav"], "document")] if raw.get("nav") else []
    return out + [one(e) for e in raw.get("resources", []) if not _automatic(e)]


def _automatic(entry: dict) -> bool:
    """The favicon Chromium asks for on its own: not the page's request (Lighthouse skips it)."""
    return entry["initiator"] == "other" and urlsplit(entry["url"]).path == "/favicon.ico"


def run_from(raw: dict, url: str, errors: list[str]) -> VitalsRun:
    """One run's record from what the page's observers collected (pure)."""
    lcp = raw.get("lcp") or {}
    nav = raw.get("nav") or {}
    shifts = raw.get("shifts", [])
    sources = Counter(s for shift in shifts for s in shift["sources"])
    fcp = raw.get("fcp")
    return VitalsRun(
        url=url,
        lcp_ms=_ms(lcp.get("t")),
        lcp_element=lcp.get("element"),
        lcp_url=lcp.get("url") or None,
        cls=cls_of([(s["t"], s["value"]) for s in shifts]),
        shifts=len(shifts),
        shift_sources=[name for name, _ in sources.most_common(5)],
        fcp_ms=_ms(fcp),
        ttfb_ms=_ms(nav.get("ttfb")),
        tbt_ms=tbt_of([(t["t"], t["d"]) for t in raw.get("longtasks", [])], fcp),
        long_tasks=len(raw.get("longtasks", [])),
        dom_content_loaded_ms=_ms(nav.get("dcl")),
        load_ms=_ms(nav.get("load")),
        resources=_resources(raw),
        errors=errors,
    )


def _ms(value) -> float | None:
    return None if value is None else round(float(value), 1)


def spread(values: Sequence[float | None]) -> Spread | None:
    """>>> spread([3.0, 1.0, 2.0]).model_dump()
    {'median': 2.0, 'low': 1.0, 'high': 3.0, 'n': 3}
    """
    present = [v for v in values if v is not None]
    if not present:
        return None
    return Spread(
        median=round(statistics.median(present), 4),
        low=min(present),
        high=max(present),
        n=len(present),
    )


def summarize(url: str, runs: list[VitalsRun], *, throttle_profile: str = "none") -> PageVitals:
    """Medians and spread over ``runs``, the LCP element most runs agree on, ratings."""
    if not runs:
        raise InputError(f"no run of {url} to summarize")
    element = Counter(r.lcp_element for r in runs if r.lcp_element).most_common(1)
    lcp_element = element[0][0] if element else None
    types = sorted({t for r in runs for t in r.by_type()})
    by_type = {}
    for t in types:
        per_run = [r.by_type().get(t, TypeTotals()) for r in runs]
        by_type[t] = TypeTotals(
            requests=int(statistics.median(p.requests for p in per_run)),
            transfer_bytes=int(statistics.median(p.transfer_bytes for p in per_run)),
            decoded_bytes=int(statistics.median(p.decoded_bytes for p in per_run)),
        )
    repeat = [r.repeat_transfer_bytes for r in runs if r.repeat_transfer_bytes is not None]
    page = PageVitals(
        url=url,
        throttle=throttle_profile,
        runs=runs,
        lcp_ms=spread([r.lcp_ms for r in runs]),
        lcp_element=lcp_element,
        lcp_url=next((r.lcp_url for r in runs if r.lcp_element == lcp_element and r.lcp_url), None),
        cls=spread([r.cls for r in runs]),
        fcp_ms=spread([r.fcp_ms for r in runs]),
        ttfb_ms=spread([r.ttfb_ms for r in runs]),
        tbt_ms=spread([r.tbt_ms for r in runs]),
        transfer_bytes=spread([r.transfer_bytes for r in runs]),
        repeat_transfer_bytes=spread(repeat) if repeat else None,
        by_type=by_type,
        render_blocking=sorted({x.url for r in runs for x in r.resources if x.render_blocking}),
        errors=sorted({e for r in runs for e in r.errors}),
        landed_path=_landed(runs),
    )
    for metric in THRESHOLDS:
        value = getattr(page, metric)
        if value is not None:
            page.ratings[metric] = rate(metric, value.median)
    return page


def _landed(runs: list[VitalsRun]) -> str | None:
    """The path most runs were redirected to, when most were (None: the page itself)."""
    landed = Counter(urlsplit(r.landed_url).path if r.landed_url else None for r in runs)
    path, n = landed.most_common(1)[0]
    return path if path is not None and n * 2 > len(runs) else None


def check_url(url: str, allow: Sequence[str] = LOOPBACK) -> None:
    """Only http(s) on an allowed (loopback by default) host.

    >>> check_url("http://192.0.2.1/")
    Traceback (most recent call last):
    perfagent.tools.errors.UnsafeInputError: host 192.0.2.1 is not on the allow-list (127.0.0.0/8,
    ::1, localhost); refusing ...
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url} is not an http(s) URL of a page")
    if not host_allowed(parts.hostname.lower(), allow):
        raise UnsafeInputError(
            f"host {parts.hostname} is not on the allow-list ({', '.join(allow)}); "
            "refusing to load pages from it"
        )


def _logged_in(context, url: str, headers: Mapping[str, str] | None) -> None:
    """Make a fresh context the logged-in user of ``headers`` (tools.loadtest.auth.session):
    the session's ``Cookie`` goes in the context's jar for the page's host, as the browser
    holds it after the login, and the browser sends it to that host only. A token's header is
    not sent: a browser sends no such header of its own (an app that needs one is a single-page
    app that adds it from its own storage), and set on the context it would go to every host
    the page loads from. Whether the page was reached says ``landed_url``."""
    cookie = next((v for k, v in (headers or {}).items() if k.lower() == "cookie"), "")
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}/"  # the cookie's path is /, as a login sets it
    cookies = []
    for pair in cookie.split(";"):
        key, _, val = pair.strip().partition("=")
        if key:
            cookies.append({"name": key, "value": val, "url": origin})
    if cookies:
        context.add_cookies(cookies)


class PageSession:
    """Loads pages in an open browser; one fresh context per run. With ``headers`` (a logged-in
    client's, tools.loadtest.auth.session) every context is that user: a page behind a login
    is measured, not the login form it redirects to."""

    def __init__(
        self,
        browser,
        *,
        throttle_profile: Throttle = "none",
        quiet_ms: float = 1000.0,
        max_wait_ms: float = 10_000.0,
        timeout_s: float = 30.0,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.browser, self.throttle_profile = browser, throttle_profile
        self.quiet_ms, self.max_wait_ms, self.timeout_s = quiet_ms, max_wait_ms, timeout_s
        self.headers = dict(headers or {})

    def run(
        self, url: str, *, repeat_view: bool = True, headers: Mapping[str, str] | None = None
    ) -> VitalsRun:
        context = self.browser.new_context(viewport={"width": 1280, "height": 720})
        try:
            _logged_in(context, url, self.headers if headers is None else headers)
            page = context.new_page()
            errors = _listen(page)
            throttle(page, self.throttle_profile)
            context.add_init_script(collector.INIT)
            result = run_from(self._load(page, url), url, errors)
            if urlsplit(page.url).path.rstrip("/") != urlsplit(url).path.rstrip("/"):
                result.landed_url = page.url  # not Django's APPEND_SLASH: a page elsewhere
            if repeat_view:  # only bytes are read from it: a short quiet window will do
                again = self._load(page, url, quiet_ms=min(self.quiet_ms, REPEAT_QUIET_MS))
                result.repeat_resources = _resources(again)
            return result
        finally:
            context.close()

    def _load(self, page, url: str, *, quiet_ms: float | None = None) -> dict:
        from playwright.sync_api import Error, TimeoutError

        try:
            response = page.goto(url, wait_until="load", timeout=self.timeout_s * 1000)
        except TimeoutError:
            raise ServiceError(
                f"{url} did not finish loading within {self.timeout_s:g} s"
            ) from None
        except Error as exc:
            raise ServiceError(f"cannot load {url}: {str(exc).splitlines()[0]}") from None
        if response is not None and response.status >= 400:
            raise ServiceError(f"{url} answered {response.status}")
        try:  # no request in flight for 500 ms (a fetch still loading has no timing yet), then
            # nothing new observed for the quiet window (a late banner's shift, a late LCP)
            page.wait_for_load_state("networkidle", timeout=self.max_wait_ms)
            page.wait_for_function(
                collector.SETTLED,
                arg=quiet_ms or self.quiet_ms,
                polling=100,
                timeout=self.max_wait_ms,
            )
        except TimeoutError:
            pass  # a page that never goes quiet is read as it is after max_wait_ms
        return page.evaluate(collector.READ)

    def fetch_twice(
        self, origin_url: str, url: str, *, headers: Mapping[str, str] | None = None
    ) -> EndpointBytes:
        """``url`` fetched twice from a page at ``origin_url`` (same origin), in a fresh context."""
        context = self.browser.new_context()
        try:
            _logged_in(context, origin_url, self.headers if headers is None else headers)
            page = context.new_page()
            self._load(page, origin_url)
            sizes = page.evaluate(collector.FETCH_TWICE, url)
        finally:
            context.close()
        first, second = sizes
        if first["transfer"] is None:
            raise ServiceError(f"the browser kept no timing for {url}")
        return EndpointBytes(
            url=url,
            status=first["status"],
            transfer_bytes=first["transfer"],
            decoded_bytes=first["decoded"],
            repeat_transfer_bytes=second["transfer"] or 0,
        )


def _listen(page) -> list[str]:
    errors: list[str] = []
    page.on(
        "pageerror", lambda exc: errors.append(f"script error: {str(exc).splitlines()[0][:200]}")
    )
    page.on(
        "console",
        lambda m: (
            errors.append(f"console: {m.text[:200]}")
            if m.type == "error" and not _favicon(m.location.get("url", ""))
            else None
        ),
    )
    page.on(
        "response",
        lambda r: (
            errors.append(f"HTTP {r.status} {r.url}")
            if r.status >= 400 and not _favicon(r.url)
            else None
        ),
    )
    page.on("requestfailed", lambda r: errors.append(f"failed {r.url}: {r.failure}"))
    return errors


def _favicon(url: str) -> bool:
    return urlsplit(url).path == "/favicon.ico"


def measure_page(
    url: str,
    *,
    runs: int = 5,
    throttle_profile: Throttle = "none",
    repeat_view: bool = True,
    quiet_ms: float = 1000.0,
    allow_hosts: Sequence[str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> PageVitals:
    """Load ``url`` ``runs`` times in headless Chromium and summarize (see the module doc);
    with ``headers``, as the logged-in user they belong to (:class:`PageSession`)."""
    if runs < 1:
        raise InputError("runs must be at least 1")
    check_url(url, allow_hosts or LOOPBACK)
    with launch() as browser:
        session = PageSession(
            browser, throttle_profile=throttle_profile, quiet_ms=quiet_ms, headers=headers
        )
        results = [session.run(url, repeat_view=repeat_view) for _ in range(runs)]
    vitals = summarize(url, results, throttle_profile=throttle_profile)
    vitals.logged_in = any(k.lower() == "cookie" for k in headers or {})
    return vitals
