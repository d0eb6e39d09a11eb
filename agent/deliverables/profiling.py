"""Deliverable 1: profiling results: hot spots per benchmark, flamegraphs, allocations, and
where the time of a request goes on the network (from the payload probe)."""

from __future__ import annotations

import os
from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import fmt_ms, page
from perfagent.agent.findings import MIN_LIBRARY_PCT
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest.probe import PayloadProbe
from perfagent.tools.profile import CpuProfile, HotSpot
from perfagent.tools.tracing.service_profile import LibraryCost
from perfagent.tools.units import format_bytes

PHASES = (
    ("dns_ms", "DNS"),
    ("connect_ms", "connect"),
    ("tls_ms", "TLS"),
    ("server_ms", "server wait"),
    ("transfer_ms", "transfer"),
)

WHY = {
    "server_ms": "the time is in the application, not the network",
    "transfer_ms": "the time is in moving the response body; a smaller payload helps more than a "
    "faster server",
    "connect_ms": "the time is in opening connections; keep-alive and connection reuse help more "
    "than a faster server",
    "tls_ms": "the time is in TLS handshakes; connection reuse and session resumption help more "
    "than a faster server",
    "dns_ms": "the time is in name resolution; a resolver cache or connecting by address helps "
    "more than a faster server",
}

NOISE = (
    "≈ marks an entry within sampling noise of the next one: their sample counts differ by less "
    "than two standard errors (√ of their sum), so another run could swap them."
)


def render(state: EngagementState, folder: Path) -> Rendered:
    service = state.traces.service_profile if state.traces is not None else None
    if not state.profiles and not state.payloads and service is None:
        why = (
            "no benchmark was profiled (the phase has no profile step, or the target declares "
            "no [[benchmark]]) and no service endpoint was probed"
        )
        return nothing(folder, "profiling", "Performance profiling results", why)
    baseline = state.load.get("baseline")
    flamegraph = baseline.flamegraph if baseline is not None else None
    timed = [p for p in state.payloads if p.has_breakdown]
    markdown = page(
        "profiling.md.j2",
        service=service,
        service_flamegraph=_link(flamegraph, folder),
        view_rows=[row for view in service.views[:10] for row in _view_rows(view)]
        if service is not None
        else [],
        library_rows=[_library_row(c) for c in service.library_costs]
        if service is not None
        else [],
        min_library_pct=MIN_LIBRARY_PCT,
        profiles=[_profile(name, named.profile, folder) for name, named in state.profiles.items()],
        payloads=state.payloads,
        network_rows=[_network_row(p) for p in state.payloads],
        dominant=dominant_sentence(state.payloads) if state.payloads else "",
        dns_zero=bool(timed) and max(p.dns_ms or 0.0 for p in timed) < 0.1,
        timed=bool(timed),
        benchmarks=state.benchmarks,
        noise=NOISE,  # one sentence, in Python too: tests/profile look for it on the page
    )
    data: dict[str, object] = {
        "profiles": state.profiles,
        "payloads": state.payloads,
        "benchmarks": state.benchmarks,
    }
    if service is not None:
        data["service_profile"] = service
    return write(folder, "profiling", markdown, data)


def _link(path: str | None, folder: Path) -> tuple[str, str] | None:
    """A file's name and its path relative to the page, for a Markdown link."""
    return (Path(path).name, os.path.relpath(path, folder)) if path else None


def _library_row(cost: LibraryCost) -> list[str]:
    """A library cost: the library, its share (and samples), what it means with its fix, and the
    frame it was read from."""
    return [
        f"`{cost.library}`",
        f"{cost.share_pct:.1f}% ({cost.samples:,})",
        cost.advice,
        f"`{cost.frame}`" if cost.frame else "–",
    ]


def _view_rows(view) -> list[list[str]]:
    """A view's top functions; the view's name and share only on the first one's row."""
    dependency = " — a dependency: FastAPI runs it for every route that declares it"
    first = [
        f"`{view.view}` ({view.location}){dependency if view.dependency else ''}",
        f"{view.share_pct:.0f}%",
    ]
    rows = []
    for i, f in enumerate(view.functions[:4]):
        head = first if i == 0 else ["", ""]
        rows.append(
            [
                *head,
                f"`{f.function}` ({f.location})",
                f"{f.share_of_view_pct:.0f}%",
                ", ".join(f.calls_into) or "its own code",
            ]
        )
    return rows


def _profile(name: str, p: CpuProfile, folder: Path) -> dict:
    """What the page shows of one profiled benchmark, beside the profile itself: the own-code
    view's rows, the hot spots by self time, the held allocations, and whether a ranking has
    entries within sampling noise of each other."""
    by_total = sorted(
        p.own_code, key=lambda h: (-h.total_samples, -h.self_samples, h.function, h.file)
    )
    total_rank = {id(h): n for n, h in enumerate(by_total, start=1)}
    own = p.top_own(10)
    own_noisy = noise_marks(p, own)
    spots = p.hotspots[:12]
    noisy = noise_marks(p, spots)
    return {
        "name": name,
        "profile": p,
        "flamegraph": _link(p.flamegraph_svg, folder),
        "own_rows": [
            [
                f"{n}{'≈' if close else ''}",
                f"`{spot.function}`",
                spot.location,
                f"{spot.self_pct:.1f}",
                f"{spot.total_pct:.1f}",
                total_rank[id(spot)],
                _calls(spot),
                callee_chain(spot),
            ]
            for n, (spot, close) in enumerate(zip(own, own_noisy, strict=True), start=1)
        ],
        "own_noisy": any(own_noisy),
        "rows": [
            [
                f"`{spot.function}`",
                spot.location,
                f"{spot.self_pct:.1f}{'≈' if close else ''}",
                f"{spot.total_pct:.1f}",
                _calls(spot),
            ]
            for spot, close in zip(spots, noisy, strict=True)
        ],
        "noisy": any(noisy),
        "loop_rows": [
            [
                f"`{site.function}`",
                site.location,
                site.depth,
                f"{site.total_pct:.1f}{'≈' if site.within_noise else ''}",
                f"`{site.code}`" if site.code else "",
                f"`{site.callee}`" if not site.callee.startswith("(") else site.callee,
            ]
            for site in p.loops
            if site.total_pct >= MIN_LOOP_PCT
        ][:6],
        "allocations": [
            [f"{a.file}:{a.line}", format_bytes(a.size_bytes), f"{a.count:,}"]
            for a in p.allocations[:8]
        ],
    }


MIN_LOOP_PCT = 1.0  # nested-loop lines under 1% of the run are not shown


def _calls(spot: HotSpot) -> object:
    return spot.calls if spot.calls is not None else "–"


def noise_marks(p: CpuProfile, spots: list[HotSpot]) -> list[bool]:
    """Per shown entry of a sampled profile's ranking: is it within sampling noise of the next
    one (``HotSpot.within_noise``, set where the ranking is made: tools.profile.collapsed)? The
    last shown entry has no next one on the page; a deterministic profile has no sampling noise.
    """
    sampled = p.source == "py-spy"
    return [sampled and s.within_noise and i < len(spots) - 1 for i, s in enumerate(spots)]


def callee_chain(spot: HotSpot) -> str:
    """Where a project function's own time went: the library call that took most of it, with
    its share of the run (``line_offset`` → ``re.match`` 80%), or its own code.

    >>> spot = HotSpot(function="Lexer.line_offset", file="lex.py", line=5, self_pct=82.0,
    ...                total_pct=86.0, self_samples=82, total_samples=86, chain="re.match 80%")
    >>> callee_chain(spot)
    '`line_offset` → `re.match` 80%'
    >>> callee_chain(spot.model_copy(update={"chain": None}))
    'its own code'
    >>> tiny = {"function": "quote_cents", "chain": "builtins.max 0%"}
    >>> callee_chain(spot.model_copy(update=tiny))
    '`quote_cents` → `builtins.max` <1%'
    """
    if not spot.chain:
        return "its own code"
    callee, _, share = spot.chain.rpartition(" ")
    return f"`{spot.function.rsplit('.', 1)[-1]}` → `{callee}` {'<1%' if share == '0%' else share}"


def _network_row(p: PayloadProbe) -> list[object]:
    return [
        p.endpoint,
        *(fmt_ms(getattr(p, field), "scaled") for field, _ in PHASES),
        _total(p),
        p.repeats,
    ]


def dominant_sentence(payloads: list[PayloadProbe]) -> str:
    """One sentence naming the phase that takes most of the time, summed over the endpoints.

    >>> p = PayloadProbe(endpoint="GET /", status=200, body_bytes=1, transfer_bytes=1,
    ...                  content_type=None, content_encoding=None, cache_control=None, gzip_bytes=1,
    ...                  brotli_bytes=1, ttfb_ms=52, total_ms=53, dns_ms=0.02, connect_ms=0.4,
    ...                  server_ms=51, transfer_ms=1.2)
    >>> dominant_sentence([p])
    'Server wait is 97% of the time: the time is in the application, not the network.'
    """
    sums = {field: sum(getattr(p, field) or 0.0 for p in payloads) for field, _ in PHASES}
    whole = sum(sums.values())
    if whole <= 0:
        return (
            "No latency breakdown was recorded (the payloads come from a perfagent without "
            "phase timing): only the total is known."
        )
    field = max(sums, key=sums.__getitem__)
    label = dict(PHASES)[field]
    return f"{label[0].upper()}{label[1:]} is {sums[field] / whole:.0%} of the time: {WHY[field]}."


def _total(p: PayloadProbe) -> str:
    total = fmt_ms(p.total_ms, "scaled")
    if p.total_min_ms is not None and p.total_max_ms is not None:
        total += f" ({fmt_ms(p.total_min_ms, 'scaled')}–{fmt_ms(p.total_max_ms, 'scaled')})"
    return total
