"""Measurements in the state → findings with evidence. Pure: no I/O, no reasoning.

Only code inside the target counts as a CPU hot spot: a profile that spends most of
its time in the standard library points at the target's caller, which is where a
fix would go, and the cumulative view of the caller already carries that time.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from perfagent.agent.deliberate import capacity_advice, deliberate
from perfagent.agent.finding_kinds import (
    AssetFix,
    Compressible,
    CpuHotspot,
    DeliberateCost,
    Failing,
    Finding,
    Frontend,
    Index,
    IndexTrial,
    Latency,
    Leak,
    LibraryCostFinding,
    LibraryUse,
    LoopQuery,
    Memory,
    NPlusOne,
    OverBudget,
    Payload,
    ProfiledCpu,
    SecurityCost,
    Serialised,
    ServiceCpu,
    SlowSql,
    SqlRuleHit,
    Traced,
)
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest.results import BudgetCheck, LatencySummary
from perfagent.tools.profile.models import CpuProfile
from perfagent.tools.profile.owncode import is_project_file
from perfagent.tools.recipes.base import CodeTarget
from perfagent.tools.sql.models import NPlusOne as SqlNPlusOne

MIN_SELF_PCT = 5.0


def _inside(file: str, root: str) -> bool:
    try:
        return Path(file).resolve().is_relative_to(Path(root).resolve())
    except (OSError, ValueError):
        return False


def cpu_findings(state: EngagementState) -> list[Finding]:
    """Project functions over 5% of a benchmark's CPU time. With the own-code view the
    share is the function's own time plus the library and built-in time it drove (a
    caller spending its time in ``re.match`` is found); never a file outside the target,
    a built-in or a frozen module."""
    from perfagent.agent import workspace

    findings: list[Finding] = []
    roots = [str(workspace.target_path(state)), state.spec.root]  # profiles ran in the copy
    for name, named in state.profiles.items():
        profile = named.profile
        own_view = bool(profile.own_code)
        for spot in profile.own_code or profile.hotspots:
            if (
                spot.self_pct < MIN_SELF_PCT
                or spot.file.startswith("<")
                or not is_project_file(spot.file)
            ):
                continue
            root = next((r for r in roots if _inside(spot.file, r)), None)
            if root is None:
                continue
            if deliberate(spot.function, spot.file):
                continue  # password hashing is slow on purpose: security_findings reports it
            rel = Path(spot.file).resolve().relative_to(Path(root).resolve())
            calls = f", {spot.calls:,} calls" if spot.calls else ""
            share = "own" if own_view else "self"
            spent = f", most of it in {spot.chain}" if spot.chain else ""
            findings.append(
                CpuHotspot(
                    id=f"cpu:{name}:{spot.function}",
                    title=f"{spot.function} takes {spot.self_pct:.0f}% of {name}'s CPU time",
                    target=CodeTarget(path=str(rel), line=spot.line, function=spot.function),
                    evidence=(
                        f"{profile.source} profile of benchmark {name!r}: {share} "
                        f"{spot.self_pct:.1f}%{spent}, total {spot.total_pct:.1f}%{calls}"
                    ),
                    impact_share_pct=spot.self_pct,
                    source=profile.source,
                    detail=ProfiledCpu(
                        benchmark=name,
                        function=spot.function,
                        calls=spot.calls,
                        **({"line": spot.line, "chain": spot.chain} if own_view else {}),
                    ),
                )
            )
        found = {f.detail.function for f in findings if isinstance(f.detail, ProfiledCpu)}
        findings += _loop_findings(name, profile, roots, found)
    return findings


MIN_LOOP_PCT = 10.0


def _loop_findings(
    name: str, profile: CpuProfile, roots: list[str], found: set[str | None]
) -> list[Finding]:
    """Lines inside nested loops that hold 10% of a benchmark, in functions not already
    found by their own share: a pair scan whose time is in the cheap calls it makes for each
    pair ranks its callees, never itself, by function (tools.profile.loops)."""
    findings: list[Finding] = []
    for site in profile.loops:
        if site.total_pct < MIN_LOOP_PCT or site.function in found:
            continue
        root = next((r for r in roots if _inside(site.file, r)), None)
        if root is None or deliberate(site.function, site.file):
            continue
        found.add(site.function)
        rel = Path(site.file).resolve().relative_to(Path(root).resolve())
        findings.append(
            CpuHotspot(
                id=f"cpu:{name}:{site.function}",
                title=(
                    f"{site.function} spends {site.total_pct:.0f}% of {name} at line "
                    f"{site.line}, inside {site.depth} nested loops"
                ),
                target=CodeTarget(path=str(rel), line=site.line, function=site.function),
                evidence=(
                    f"{profile.source} profile of benchmark {name!r}: {site.total_pct:.1f}% of "
                    f"the samples at {rel}:{site.line} (`{site.code}`), {_in_loops(site)}"
                ),
                impact_share_pct=site.total_pct,
                source=profile.source,
                detail=ProfiledCpu(
                    benchmark=name,
                    function=site.function,
                    line=site.line,
                    chain=f"{site.callee} {site.total_pct:.0f}%",
                    loop_depth=site.depth,
                ),
            )
        )
    return findings


def frontend_findings(state: EngagementState) -> list[Finding]:
    audit = state.frontend
    if audit is None:
        return []
    total = sum(a.brotli_bytes for a in audit.assets) or 1
    return [
        Frontend(
            id=f"frontend:{f.id}:{f.asset}",
            title=f.message,
            location=f.asset,
            evidence=f"asset audit of {audit.source}: {f.message}",
            impact_share_pct=min(100.0, 100.0 * f.saving_bytes / total) if f.saving_bytes else None,
            source="frontend-audit",
            detail=AssetFix(rule=f.id, severity=f.severity, saving_bytes=f.saving_bytes, fix=f.fix),
        )
        for f in audit.findings
    ]


def latency_findings(state: EngagementState) -> list[Finding]:
    """Endpoints over their budget in the baseline load test. Impact: the endpoint's
    share of the time the server spent answering (requests x median latency)."""
    result = state.load.get("baseline")
    if result is None:
        return []
    weight = {e.name: e.requests * (e.p50_ms or 0.0) for e in result.endpoints}
    total = sum(weight.values()) or 1.0
    worst: dict[str, tuple[float, BudgetCheck]] = {}
    for check in result.budgets:
        if check.ok or check.measured_ms is None:
            continue
        ratio = check.measured_ms / check.budget_ms
        if check.endpoint not in worst or ratio > worst[check.endpoint][0]:
            worst[check.endpoint] = (ratio, check)
    findings: list[Finding] = []
    for endpoint, (ratio, check) in worst.items():
        findings.append(
            Latency(
                id=f"latency:{endpoint}",
                title=f"{endpoint} is over its {check.percentile} budget: "
                f"{check.measured_ms:.0f} ms against {check.budget_ms:.0f} ms",
                location=endpoint,
                evidence=(
                    f"baseline load test ({result.duration_s:.0f} s, {result.aggregate.requests} "
                    f"requests): {check.percentile} {check.measured_ms:.0f} ms = {ratio:.1f}x "
                    "the budget"
                ),
                impact_share_pct=100.0 * weight.get(endpoint, 0.0) / total,
                source="locust",
                detail=OverBudget(
                    percentile=check.percentile,
                    measured_ms=check.measured_ms,
                    budget_ms=check.budget_ms,
                ),
            )
        )
    return findings


def collect(state: EngagementState) -> list[Finding]:
    return queueing_explained(
        state,
        (
            latency_findings(state)
            + payload_findings(state)
            + database_findings(state)
            + cpu_findings(state)
            + frontend_findings(state)
            + sql_findings(state)
            + error_findings(state)
            + memory_findings(state)
            + trace_findings(state)
            + service_cpu_findings(state)
            + security_findings(state)
        ),
    )


def database_findings(state: EngagementState) -> list[Finding]:
    """N+1 loops and validated indexes; impact is the share of all logged query time
    the loop's query class, or the indexed query class, accounts for."""
    report = state.database
    if report is None:
        return []
    total_ms = sum(c.total_ms for c in report.analysis.classes) or 1.0
    by_fingerprint = {c.fingerprint: c for c in report.analysis.classes}
    findings: list[Finding] = []
    worst: dict[str, SqlNPlusOne] = {}
    for loop in report.n_plus_one:
        if loop.fingerprint not in worst or loop.repeats > worst[loop.fingerprint].repeats:
            worst[loop.fingerprint] = loop
    for fingerprint, loop in worst.items():
        cls = by_fingerprint.get(fingerprint)
        requests = sum(1 for n in report.n_plus_one if n.fingerprint == fingerprint)
        findings.append(
            NPlusOne(
                id=f"n_plus_one:{cls.fingerprint_id if cls else fingerprint[:40]}",
                title=f"N+1: `{loop.sample[:70]}` runs {loop.repeats} times in one request",
                location=loop.sample[:120],
                evidence=(
                    f"query log ({report.source}): {requests} request(s) repeat this query "
                    f"class, worst {loop.repeats} times for {loop.total_ms:.0f} ms; "
                    + (
                        f"batch it: {loop.batched_query[:160]}"
                        + (f" ({loop.batched_note})" if loop.batched_note else "")
                        if loop.batched_query
                        else f"batch it by hand: {loop.batched_note or 'no IN list was built'}"
                    )
                ),
                impact_share_pct=100.0 * (cls.total_ms if cls else loop.total_ms) / total_ms,
                source="query-log",
                detail=LoopQuery(batched_query=loop.batched_query, repeats=loop.repeats),
            )
        )
    indexes: dict[str, list[Index]] = {}
    for advice in report.advice.advice if report.advice else []:
        cls = by_fingerprint.get(advice.fingerprint)
        for trial in advice.recommendations:
            drop = trial.cost_drop or 0.0
            index = Index(
                id=f"index:{trial.table}({','.join(trial.columns)})",
                title=f"missing index on {trial.table}({', '.join(trial.columns)})",
                location=advice.query[:120],
                evidence=f"validated on {report.url} ({trial.method}): {trial.reason}",
                impact_share_pct=100.0 * drop * (cls.total_ms if cls else 0.0) / total_ms,
                source="explain",
                detail=IndexTrial(
                    ddl=trial.ddl,
                    query=advice.query,
                    table=trial.table,
                    cost_before=trial.cost_before,
                    cost_after=trial.cost_after,
                    time_before_ms=trial.time_before_ms,
                    time_after_ms=trial.time_after_ms,
                ),
            )
            indexes.setdefault(index.id, []).append(index)
    return findings + [_one_index(same) for same in indexes.values()]


def _one_index(same: list[Index]) -> Index:
    """One finding per index, however many statements it was recommended for (the validate
    step tries each candidate id once): the statement a trial can time stands for it (CTFd's
    users(banned, hidden): the COUNT, not the paginated page whose placeholder has no value),
    then the costliest; the impact is theirs together."""
    if len(same) == 1:
        return same[0]
    chosen = max(
        same, key=lambda f: (f.detail.time_before_ms is not None, f.impact_share_pct or 0.0)
    )
    total = min(100.0, sum(f.impact_share_pct or 0.0 for f in same))
    return chosen.model_copy(
        update={
            "impact_share_pct": total,
            "evidence": f"{chosen.evidence} (recommended for {len(same)} statements; "
            "this one is the trial's)",
        }
    )


def payload_findings(state: EngagementState) -> list[Finding]:
    """Large responses sent without compression. Impact: the bytes compression saves,
    as a share of all the bytes the probed endpoints sent."""
    from perfagent.tools.loadtest.probe import LARGE_BYTES

    total = sum(p.transfer_bytes for p in state.payloads) or 1
    findings: list[Finding] = []
    for p in state.payloads:
        if p.content_encoding or p.body_bytes < LARGE_BYTES:
            continue
        saving = p.body_bytes - p.brotli_bytes
        findings.append(
            Payload(
                id=f"payload:{p.endpoint}",
                title=f"{p.endpoint} sends {p.body_bytes / 1024:,.0f} KiB uncompressed; "
                f"gzip would send {p.gzip_bytes / 1024:,.0f} KiB, "
                f"brotli {p.brotli_bytes / 1024:,.0f} KiB",
                location=p.endpoint,
                evidence=(
                    f"probe request with Accept-Encoding: br, gzip: {p.transfer_bytes:,} bytes "
                    f"sent, no Content-Encoding, Cache-Control {p.cache_control or '(none)'}, "
                    f"{p.total_ms:.0f} ms"
                    + (
                        f" of which the transfer took {p.transfer_ms:.1f} ms"
                        if p.transfer_ms is not None
                        else ""
                    )
                ),
                # weighed by the probe's own breakdown: compression saves transfer time, no more
                impact_share_pct=min(100.0 * saving / total, transfer_share_pct(p)),
                source="probe",
                detail=Compressible(
                    body_bytes=p.body_bytes, gzip_bytes=p.gzip_bytes, brotli_bytes=p.brotli_bytes
                ),
            )
        )
    return findings


def sql_findings(state: EngagementState) -> list[Finding]:
    """Logged query classes that hit a rule declaring it slows the query (tools/sql/rules; style
    rules such as SELECT * stay on the database page). Impact: the class's share of all
    logged query time."""
    from perfagent.tools.sql.rules import SLOW_RULES

    report = state.database
    if report is None:
        return []
    total_ms = sum(c.total_ms for c in report.analysis.classes) or 1.0
    findings: list[Finding] = []
    for cls in report.analysis.classes:
        for hit in (f for f in cls.findings if f.rule in SLOW_RULES):
            findings.append(
                SlowSql(
                    id=f"sql:{hit.rule}:{cls.fingerprint_id}",
                    title=f"{hit.rule.replace('_', ' ')}: `{hit.evidence[:60]}` in "
                    f"`{cls.sample[:60]}`",
                    location=cls.sample[:120],
                    evidence=(
                        f"query log ({report.source}): {cls.calls} call(s), {cls.total_ms:.0f} "
                        f"ms in all; {hit.message}"
                    ),
                    impact_share_pct=100.0 * cls.total_ms / total_ms,
                    source="query-log",
                    detail=SqlRuleHit(
                        rule=hit.rule,
                        evidence=hit.evidence,
                        suggestion=hit.suggestion,
                        query=cls.sample,
                    ),
                )
            )
    return findings


def error_findings(state: EngagementState) -> list[Finding]:
    """Endpoints that failed at least 1% of their requests under a load the service should
    carry (baseline, spike, soak; a stress test fails by design once past its breaking point).
    Impact: the endpoint's failed requests as a share of all requests of that test."""
    worst: dict[str, tuple[float, str, LatencySummary, int]] = {}
    for kind in ("baseline", "spike", "soak"):
        result = state.load.get(kind)
        if result is None or not result.aggregate.requests:
            continue
        for e in result.endpoints:
            if e.failures and e.error_rate >= 0.01 and e.error_rate > worst.get(e.name, (0.0,))[0]:
                worst[e.name] = (e.error_rate, kind, e, result.aggregate.requests)
    findings: list[Finding] = []
    for name, (rate, kind, e, all_requests) in worst.items():
        errors = state.load[kind].errors
        messages = sorted(
            ((n, m) for m, n in errors.items() if m.startswith(f"{name}:")), reverse=True
        )
        said = "; ".join(f"{m.removeprefix(name + ': ')[:90]} ({n}x)" for n, m in messages[:2])
        findings.append(
            Latency(
                id=f"errors:{name}",
                title=f"{name} failed {rate:.0%} of its requests under the {kind} load test",
                location=name,
                evidence=(
                    f"{kind} load test: {e.failures} of {e.requests} requests failed"
                    + (f": {said}" if said else "")
                ),
                impact_share_pct=100.0 * e.failures / all_requests,
                source="locust",
                detail=Failing(
                    test=kind, error_rate=rate, failures=e.failures, errors=dict(messages[:5])
                ),
            )
        )
    return findings


def memory_findings(state: EngagementState) -> list[Finding]:
    """A leak verdict from a load test (the soak test watches the server's RSS). Impact: the
    growth the trend explains, as a share of the server's RSS at the start."""
    findings: list[Finding] = []
    for kind, result in state.load.items():
        leak = result.leak
        if leak is None or not leak.leaking:
            continue
        start = (
            result.server.rss_start_bytes
            if result.server and result.server.rss_start_bytes
            else None
        )
        growth = leak.growth_bytes or 0
        findings.append(
            Memory(
                id=f"memory:{kind}",
                title=f"the service leaks memory under the {kind} test: {leak.reason}",
                location="the service process",
                evidence=(
                    f"{kind} load test ({result.duration_s:.0f} s, {result.aggregate.requests} "
                    f"requests), server RSS sampled throughout: {leak.reason}"
                ),
                impact_share_pct=min(100.0, 100.0 * growth / start) if start else None,
                source="psutil",
                detail=Leak(
                    slope_bytes_per_s=leak.slope_bytes_per_s,
                    growth_bytes=growth,
                    rss_start_bytes=start,
                ),
            )
        )
    return findings


# A trace rule's finding kind in the ranked list (agent/state.Finding.kind).
TRACE_KINDS: dict[str, type[Latency | NPlusOne | SlowSql]] = {
    "n_plus_one": NPlusOne,
    "duplicate_statement": SlowSql,
    "write_on_get": SlowSql,
    "queueing": Latency,
}


def trace_findings(state: EngagementState) -> list[Finding]:
    """Per-endpoint diagnoses from the request traces of the baseline load (tools/tracing) and
    the scaling probe's serialisation verdicts. Impact: the endpoint's share of all traced
    server time, times the share of its server time the pattern costs (queueing: none of the
    server's time, so it ranks by what its cause costs instead)."""
    traces = state.traces
    if traces is None:
        return []
    busy = {e.endpoint: e.busy_share_pct for e in traces.endpoints}
    findings: list[Finding] = []
    for f in traces.findings:
        impact = busy.get(f.endpoint, 0.0) * f.share_of_server_pct / 100.0
        if f.rule == "queueing":
            impact = 0.0  # the cause's own findings carry the time
        findings.append(
            TRACE_KINDS.get(f.rule, Latency)(
                id=f"trace:{f.rule}:{f.endpoint}:{(f.fingerprint or '')[:60]}",
                title=f.title,
                location=f.sample[:120] if f.rule == "n_plus_one" and f.sample else f.endpoint,
                evidence=(
                    f"request traces (OpenTelemetry) of the baseline load: {f.evidence}; example "
                    f"trace(s) {', '.join(f.example_trace_ids) or 'none'} in "
                    f"{traces.otlp_path or 'the traces'}"
                ),
                impact_share_pct=round(impact, 2),
                source="opentelemetry",
                detail=Traced(
                    **{
                        "rule": f.rule,
                        "endpoint": f.endpoint,
                        "suggestion": f.suggestion,
                        "query": f.sample,
                        "fingerprint": f.fingerprint,
                        "trace_ids": f.example_trace_ids,
                        "cost_ms_per_request": f.cost_ms_per_request,
                        "repeats": f.detail.get("repeats_max"),
                        **f.detail,
                    }
                ),
            )
        )
    for s in traces.scaling:
        share = busy.get(
            next((e.endpoint for e in traces.endpoints if e.endpoint.endswith(s.endpoint)), ""),
            None,
        )
        t = s.transport
        if t is not None and t.significant and t.gap_ms is not None:
            endpoint = f"GET {s.endpoint}"
            findings.append(
                Latency(
                    id=f"transport:{s.endpoint}",
                    title=(
                        f"{endpoint}: {t.gap_ms:.0f} ms of its {t.keepalive_p50_ms:.0f} ms at one "
                        "user is spent outside the server's request (transport)"
                    ),
                    location=endpoint,
                    evidence="concurrency scaling probe at one user: " + t.verdict,
                    impact_share_pct=round((share or 0.0) * t.gap_ms / t.keepalive_p50_ms, 2),
                    source="scaling-probe",
                    detail=Traced(
                        rule="transport",
                        endpoint=endpoint,
                        cost_ms_per_request=t.gap_ms,
                        suggestion=(
                            "look in front of the instrumented app: the server's worker class and "
                            "keep-alive, a proxy, WSGI/ASGI middleware outside the framework, "
                            "response streaming"
                        ),
                    ),
                )
            )
        if not s.serialised:
            continue
        findings.append(
            Latency(
                id=f"scaling:{s.endpoint}",
                title=s.verdict,
                location=f"GET {s.endpoint}",
                evidence="concurrency scaling probe: " + "; ".join(s.evidence),
                impact_share_pct=share,
                source="scaling-probe",
                detail=Serialised(
                    workers=s.workers, cpus=s.cpus, steps=[st.model_dump() for st in s.steps]
                ),
            )
        )
    return findings


def security_findings(state: EngagementState) -> list[Finding]:
    """Password hashing / key derivation in a profile (scrypt, bcrypt, argon2, PBKDF2): a
    deliberate cost, reported with capacity advice. No impact share, so it is never ranked as
    something to speed up, and no recipe is proposed for it."""
    findings: list[Finding] = []
    for name, named in state.profiles.items():
        spots = [s for s in named.profile.hotspots if deliberate(s.function, s.file)]
        if not spots:
            continue
        top = max(spots, key=lambda s: s.total_pct)
        calls = top.calls or 0
        per_call_ms = (
            1000.0 * named.profile.duration_s * top.total_pct / 100.0 / calls if calls else None
        )
        findings.append(
            SecurityCost(
                id=f"security_cost:{name}:{top.function}",
                title=(
                    f"password hashing ({top.function}) takes {top.total_pct:.0f}% of {name}'s "
                    "CPU: deliberate cost, plan capacity for it; do not speed it up"
                ),
                target=CodeTarget(path=top.file, line=top.line, function=top.function),
                evidence=(
                    f"{named.profile.source} profile of {name!r}: {top.function} total "
                    f"{top.total_pct:.1f}%"
                    + (f", {calls:,} calls, about {per_call_ms:.1f} ms each" if per_call_ms else "")
                ),
                impact_share_pct=None,
                source=named.profile.source,
                detail=DeliberateCost(
                    deliberate=True,
                    cpu_pct=top.total_pct,
                    per_call_ms=per_call_ms,
                    advice=capacity_advice(cpu_pct=top.total_pct, per_call_ms=per_call_ms),
                ),
            )
        )
    return findings


def queueing_explained(state: EngagementState, findings: list[Finding]) -> list[Finding]:
    """An endpoint over its budget only because it waits in a queue is not slow itself: its
    latency finding says so, names the endpoint it queues behind, and carries no impact of its
    own (the cause's findings carry it)."""
    traces = state.traces
    if traces is None:
        return findings
    # The query log written from the traces finds the same loops again: the traced finding
    # (costed by the loop's wall time, with trace ids) stands for both.
    # With the app's own query log, its finding stands and carries the trace evidence.
    traced_loops = {f.fingerprint for f in traces.findings if f.rule == "n_plus_one"}
    if state.database is not None and state.database.source.startswith("request traces"):
        findings = [
            f
            for f in findings
            if not (
                f.source == "query-log"
                and f.kind == "n_plus_one"
                and _loop_fingerprint(f, state) in traced_loops
            )
        ]
    else:
        logged = {
            _loop_fingerprint(f, state): f
            for f in findings
            if f.source == "query-log" and f.kind == "n_plus_one"
        }
        kept: list[Finding] = []
        for f in findings:
            traced = (
                f.detail
                if f.source == "opentelemetry"
                and isinstance(f, NPlusOne)
                and isinstance(f.detail, Traced)
                else None
            )
            twin = logged.get(traced.fingerprint) if traced is not None else None
            if traced is None or twin is None:
                kept.append(f)
            else:
                twin.evidence += (
                    f"; request traces: {traced.figure('loop_ms')} ms per request for the whole "
                    f"loop, example trace(s) {', '.join(traced.trace_ids)}"
                )
        findings = kept
    by_name = {f.detail.get("client"): f for f in traces.findings if f.rule == "queueing"}
    out: list[Finding] = []
    for finding in findings:
        queueing = (
            by_name.get(finding.location or "")
            if finding.kind == "latency" and finding.id.startswith("latency:")
            else None
        )
        if queueing is None:
            out.append(finding)
            continue
        out.append(
            finding.model_copy(
                update={
                    "title": f"{finding.title}, but {queueing.detail['queue_ms']:.0f} ms of it "
                    f"is queueing behind {queueing.detail['cause']}",
                    "evidence": f"{finding.evidence}; request traces: {queueing.evidence}",
                    "impact_share_pct": 0.0,
                    "detail": finding.detail.model_copy(update={"queueing": queueing.detail}),
                }
            )
        )
    return out


def _loop_fingerprint(finding: Finding, state: EngagementState) -> str | None:
    loops = state.database.n_plus_one if state.database else []
    return next((n.fingerprint for n in loops if n.sample[:120] == finding.location), None)


MIN_VIEW_CPU_PCT = 5.0


def service_cpu_findings(state: EngagementState) -> list[Finding]:
    """CPU hot spots of the service under load, per endpoint (view function), charged to the
    project's own code: what a target with no [[benchmark]] has instead of a profiled one.
    Impact: the function's share of all the server's samples."""
    profile = state.traces.service_profile if state.traces is not None else None
    if profile is None:
        return []
    findings: list[Finding] = library_findings(profile)
    if state.profiles:  # profiled benchmarks already locate the CPU time
        return findings
    named = Counter((v.view, f.function) for v in profile.views for f in v.functions)
    twice = {key for key, n in named.items() if n > 1}
    for view in profile.views:
        for f in view.functions:
            if f.share_of_all_pct < MIN_VIEW_CPU_PCT:
                continue
            if deliberate(f.function, f.location.split(":", 1)[0]):
                findings.append(_service_security_cost(profile, view, f))
                continue
            into = f", mostly in {', '.join(f.calls_into[:2])}" if f.calls_into else ""
            findings.append(
                CpuHotspot(
                    # the view's file too: two views named alike (CTFd's scoreboard and users
                    # `listing`) are two findings, not one id twice
                    id=f"service_cpu:{view.view}:{f.function}"
                    + (f"@{view.location}" if (view.view, f.function) in twice else ""),
                    title=f"{f.function} takes {f.share_of_all_pct:.0f}% of the server's samples "
                    f"under load (endpoint view {view.view}){into}",
                    location=f.location,
                    target=CodeTarget.parse(
                        f.location, f.function
                    ),  # tools/tracing writes it as text
                    evidence=(
                        f"{profile.source} on the server under the baseline load, "
                        f"{profile.samples:,} samples: view {view.view} ({view.location}) "
                        f"{view.share_pct:.0f}%, {f.function} {f.share_of_view_pct:.0f}% of it, "
                        "library frames charged to the project line that called them"
                    ),
                    impact_share_pct=f.share_of_all_pct,
                    source=profile.source,
                    detail=ServiceCpu(
                        function=f.function,
                        view=view.view,
                        calls_into=f.calls_into,
                        benchmark=None,
                        calls=None,
                    ),
                )
            )
    return findings + _service_loop_findings(profile, findings)


def _in_loops(site) -> str:
    """The evidence's words for a nested-loop line: where its time goes, and why that is it."""
    spent = "its own code" if site.callee.startswith("(") else f"`{site.callee}`"
    return (
        f"inside {site.depth} loops of {site.function}, most of them in {spent}: each call may "
        "be cheap, the number of times the loops make it is the cost"
    )


def _service_loop_findings(profile, found: list[Finding]) -> list[Finding]:
    """Lines inside nested loops that hold 10% of the server's samples, in functions no view
    split found by their own share (:func:`_loop_findings` for a service: the pair scan whose
    time is in the cheap calls it makes per pair)."""
    done = {f.detail.function for f in found if isinstance(f.detail, ServiceCpu)}
    views = {f.function: v.view for v in profile.views for f in v.functions}
    out: list[Finding] = []
    for site in profile.loops:
        if site.total_pct < MIN_LOOP_PCT or site.function in done:
            continue
        if deliberate(site.function, site.file):
            continue
        done.add(site.function)
        where = f"{site.file}:{site.line}"
        out.append(
            CpuHotspot(
                id=f"service_cpu:loop:{site.function}",
                title=(
                    f"{site.function} spends {site.total_pct:.0f}% of the server's samples under "
                    f"load at line {site.line}, inside {site.depth} nested loops"
                ),
                location=where,
                target=CodeTarget.parse(where, site.function),
                evidence=(
                    f"{profile.source} on the server under the baseline load, "
                    f"{profile.samples:,} samples: {site.total_pct:.1f}% at {where} "
                    f"(`{site.code}`), {_in_loops(site)}"
                ),
                impact_share_pct=site.total_pct,
                source=profile.source,
                detail=ServiceCpu(
                    function=site.function,
                    view=views.get(site.function, ""),
                    calls_into=[site.callee],
                    loop_depth=site.depth,
                ),
            )
        )
    return out


def _service_security_cost(profile, view, f) -> Finding:
    """A view's password hashing under load (a login's bcrypt/argon2 verify): deliberate cost
    with capacity advice, as :func:`security_findings` reports it for a benchmark."""
    return SecurityCost(
        id=f"security_cost:service:{view.view}:{f.function}",
        title=(
            f"password hashing ({f.function}) takes {f.share_of_all_pct:.0f}% of the server's "
            f"samples under load (endpoint view {view.view}): deliberate cost, plan capacity "
            "for it; do not speed it up"
        ),
        target=CodeTarget.parse(f.location, f.function),
        evidence=(
            f"{profile.source} on the server under the baseline load, {profile.samples:,} "
            f"samples: view {view.view} ({view.location}) {view.share_pct:.0f}%, {f.function} "
            f"{f.share_of_view_pct:.0f}% of it"
            + (f", in {', '.join(f.calls_into[:2])}" if f.calls_into else "")
        ),
        impact_share_pct=None,
        source=profile.source,
        detail=DeliberateCost(
            deliberate=True,
            cpu_pct=f.share_of_all_pct,
            per_call_ms=None,
            advice=capacity_advice(cpu_pct=f.share_of_all_pct, per_call_ms=None),
        ),
    )


MIN_LIBRARY_PCT = 3.0


def library_findings(profile) -> list[Finding]:
    """Server time the deployment decides, not the project's code: a library's slow pure-Python
    fallback (psycopg without its C implementation), a database connection opened per request.
    The fix is an install or a setting; the evidence is the share of py-spy's samples."""
    out: list[Finding] = []
    for cost in profile.library_costs:
        if cost.share_pct < MIN_LIBRARY_PCT:
            continue
        what = (
            f"{cost.library} runs its slow pure-Python implementation"
            if cost.kind == "slow_implementation"
            else f"a database connection is opened per request ({cost.library})"
        )
        out.append(
            LibraryCostFinding(
                id=f"service_library:{cost.kind}:{cost.library}",
                title=f"{what}: {cost.share_pct:.0f}% of the server's samples under load",
                location=cost.frame or cost.library,
                evidence=(
                    f"{profile.source} on the server under the baseline load, "
                    f"{profile.samples:,} samples, {cost.samples:,} of them in it; "
                    f"{cost.advice}"
                ),
                impact_share_pct=cost.share_pct,
                source=profile.source,
                detail=LibraryUse(
                    cost=cost.kind, library=cost.library, advice=cost.advice, frame=cost.frame
                ),
            )
        )
    return out


def transfer_share_pct(probe) -> float:
    """The share of a probed response's time spent transferring its body (first to last byte):
    all a compression finding can save. Without the breakdown, the whole time is assumed.

    >>> from perfagent.tools.loadtest.probe import PayloadProbe
    >>> p = PayloadProbe(endpoint="GET /", status=200, body_bytes=9000, transfer_bytes=9000,
    ...                  content_type=None, content_encoding=None, cache_control=None,
    ...                  gzip_bytes=900, brotli_bytes=800,
    ...                  ttfb_ms=211.5, total_ms=212.0, server_ms=211.0, transfer_ms=0.5)
    >>> round(transfer_share_pct(p), 2)
    0.24
    """
    if probe.transfer_ms is None or not probe.total_ms:
        return 100.0
    return 100.0 * probe.transfer_ms / probe.total_ms
