"""Deliverable 1: profiling results: hot spots per benchmark, flamegraphs, allocations, and
where the time of a request goes on the network (from the payload probe)."""

from __future__ import annotations

import os
from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import fmt_ms, table
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest.probe import PayloadProbe
from perfagent.tools.profile import CpuProfile, HotSpot
from perfagent.tools.tracing.models import ServiceProfile
from perfagent.tools.units import format_bytes, format_seconds

VIEWS = [
    "view (endpoint)",
    "share of samples",
    "project function",
    "share of view",
    "time goes into",
]
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

NO_PROFILES = (
    "No benchmark was profiled (the phase has no profile step, or the target declares "
    "no [[benchmark]])."
)
HOW_TIMED = (
    "Timed GETs per endpoint, each on a fresh connection after one uncounted warm-up; "
    "each phase is the median over the n requests, the total shows its min–max."
)
DNS_ZERO = (
    "DNS is ~0 because the service is addressed by an IP literal (or a name in "
    "/etc/hosts): nothing goes to a resolver."
)
NOISE = (
    "≈ marks an entry within sampling noise of the next one: their sample counts differ by less "
    "than two standard errors (√ of their sum), so another run could swap them."
)
LOCAL_FLOOR = (
    "The service runs on this machine, so DNS, connect, TLS and transfer are lower "
    "bounds: over a real network every round trip adds to them."
)


def render(state: EngagementState, folder: Path) -> Rendered:
    service = state.traces.service_profile if state.traces is not None else None
    if not state.profiles and not state.payloads and service is None:
        why = (
            "no benchmark was profiled (the phase has no profile step, or the target declares "
            "no [[benchmark]]) and no service endpoint was probed"
        )
        return nothing(folder, "profiling", "Performance profiling results", why)
    lines = ["# Performance profiling results", ""]
    if not state.profiles and service is None:
        lines += [NO_PROFILES, ""]
    if service is not None:
        lines += service_section(state, service, folder)
    for name, named in state.profiles.items():
        lines += profile_section(name, named.profile, folder)
    if state.payloads:
        lines += network_section(state.payloads)
    for name, bench in state.benchmarks.items():
        s = bench.result.summary
        lines.append(
            f"Baseline `{name}`: median {format_seconds(s.median)} per call "
            f"(CV {s.cv:.1%}, n={s.n}), "
            f"peak RSS {format_bytes(bench.result.peak_rss_bytes)}."
        )
    data: dict[str, object] = {
        "profiles": state.profiles,
        "payloads": state.payloads,
        "benchmarks": state.benchmarks,
    }
    if service is not None:
        data["service_profile"] = service
    return write(folder, "profiling", "\n".join(lines), data)


def service_section(state: EngagementState, p: ServiceProfile, folder: Path) -> list[str]:
    """The server under the baseline load, per endpoint (view function), charged to the
    project's code."""
    result = state.load.get("baseline")
    lines = [
        "## The service under load, per endpoint",
        "",
        (
            f"py-spy on the server during the baseline load: {p.samples:,} samples, "
            f"{p.in_views_pct:.0f}% inside a view function. Each sample is charged to the "
            "deepest line of the project's own code on its stack (the ORM, template or library "
            "call it made counts for that line)."
        ),
    ]
    if result is not None and result.flamegraph:
        lines += [
            "",
            "Flamegraph: "
            f"[{Path(result.flamegraph).name}]({os.path.relpath(result.flamegraph, folder)})",
        ]
    if p.tracing_overhead_pct:
        lines += [
            "",
            (
                f"{p.tracing_overhead_pct:.0f}% of the samples were in the injected tracing "
                "itself: the baseline's figures include that cost "
                "(validation rounds run untraced)."
            ),
        ]
    lines += [
        "",
        *table(VIEWS, [row for view in p.views[:10] for row in _view_rows(view)], align="lrlrl"),
    ]
    if p.outside_top:
        lines += ["", f"Outside any view: {', '.join(p.outside_top)}."]
    return lines + [""]


def _view_rows(view) -> list[list[str]]:
    """A view's top functions; the view's name and share only on the first one's row."""
    first = [f"`{view.view}` ({view.location})", f"{view.share_pct:.0f}%"]
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


def profile_section(name: str, p: CpuProfile, folder: Path) -> list[str]:
    """Hot spots (the own-code view, then all code by self time), flamegraph link and held
    allocations of one profiled benchmark."""
    over = format_seconds(p.duration_s)
    lines = [f"## {name}", "", f"Profiler: {p.source}, {p.samples:,} samples over {over}.", ""]
    if p.flamegraph_svg:
        link = os.path.relpath(p.flamegraph_svg, folder)
        lines += [f"Flamegraph: [{Path(p.flamegraph_svg).name}]({link})", ""]
    if p.own_code:
        lines += own_code_section(p)
        lines += [
            "All code by self time (the function on top of the stack), standard library and "
            "built-ins included:",
            "",
        ]
    spots = p.hotspots[:12]
    noisy = noise_marks(p, spots)
    rows = [
        [
            f"`{spot.function}`",
            spot.location,
            f"{spot.self_pct:.1f}{'≈' if close else ''}",
            f"{spot.total_pct:.1f}",
            spot.calls if spot.calls is not None else "–",
        ]
        for spot, close in zip(spots, noisy, strict=True)
    ]
    lines += table(["function", "location", "self %", "total %", "calls"], rows, align="llrrr")
    if any(noisy[:-1]) and NOISE not in lines:
        lines += ["", NOISE]
    if getattr(p, "allocations", None):
        rows = [
            [f"{a.file}:{a.line}", format_bytes(a.size_bytes), f"{a.count:,}"]
            for a in p.allocations[:8]
        ]
        lines += [
            "",
            "Top allocations still held at the end (tracemalloc):",
            "",
            *table(["location", "size", "blocks"], rows, align="lrr"),
        ]
    return lines + [""]


def own_code_section(p: CpuProfile, top: int = 10) -> list[str]:
    """The own-code view as Markdown lines: the project's functions by own share (their self
    time plus the library and built-in time they drove), each with the call that took most
    of it, and its rank by total share beside it."""
    by_total = sorted(
        p.own_code, key=lambda h: (-h.total_samples, -h.self_samples, h.function, h.file)
    )
    total_rank = {id(h): n for n, h in enumerate(by_total, start=1)}
    spots = p.top_own(top)
    noisy = noise_marks(p, spots)
    rows = [
        [
            f"{n}{'≈' if close else ''}",
            f"`{spot.function}`",
            spot.location,
            f"{spot.self_pct:.1f}",
            f"{spot.total_pct:.1f}",
            total_rank[id(spot)],
            spot.calls if spot.calls is not None else "–",
            callee_chain(spot),
        ]
        for n, (spot, close) in enumerate(zip(spots, noisy, strict=True), start=1)
    ]
    runs = f" ({p.runs} runs merged)" if p.runs > 1 else ""
    lines = [
        f"Own code{runs}: time in the standard library, site-packages and built-ins is charged to "
        'the project function that called it, where a change would go. "Time goes into" names '
        "the call that took most of it, with that call's share of the whole run.",
        "",
        *table(
            [
                "#",
                "function",
                "location",
                "own %",
                "total %",
                "by total",
                "calls",
                "time goes into",
            ],
            rows,
            align="rllrrrrl",
        ),
    ]
    if any(noisy[:-1]):
        lines += ["", NOISE]
    return lines + [""]


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


def network_section(payloads: list[PayloadProbe]) -> list[str]:
    """The "Network latency breakdown" table and what dominates it, as Markdown lines."""
    rows = [
        [
            p.endpoint,
            *(fmt_ms(getattr(p, field), "scaled") for field, _ in PHASES),
            _total(p),
            p.repeats,
        ]
        for p in payloads
    ]
    headers = ["endpoint", *(label for _, label in PHASES), "total (min–max)", "n"]
    lines = [
        "## Network latency breakdown",
        "",
        HOW_TIMED,
        "",
        *table(headers, rows, align="lrrrrrrr"),
        "",
        dominant_sentence(payloads),
    ]
    timed = [p for p in payloads if p.has_breakdown]
    if timed and max(p.dns_ms or 0.0 for p in timed) < 0.1:
        lines += ["", DNS_ZERO]
    if timed:
        lines += ["", LOCAL_FLOOR]
    return lines + [""]


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
