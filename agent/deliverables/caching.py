"""Deliverable 3: the caching strategy per layer, from what the engagement measured.

    L1 browser / CDN     Cache-Control per probed endpoint; static assets by content hash
    L2 in-process        memoization of functions the profiler saw called repeatedly
    L3 Redis             slow read endpoints (baseline load test), read-through + invalidation
    L4 database          heavy read query classes (query log), and the indexes already advised

Every TTL comes from tools.cache.ttl: reads and writes per table from the query log,
over the time the log covers, against the spec's staleness tolerance ([cache] staleness_s).
The page quotes the state's figures; the generated ``invalidation.py`` carries the TTLs.
"""

from __future__ import annotations

import math
from pathlib import Path

from perfagent.agent.deliverables import Rendered, markdown, nothing, write
from perfagent.agent.deliverables.markdown import fmt_ms
from perfagent.agent.state import EngagementState
from perfagent.tools.cache import (
    CacheItem,
    CachePlan,
    HitRate,
    TableTraffic,
    TtlAdvice,
    alert_rules,
    alert_threshold,
    hit_rate_expr,
    invalidation_code,
    recommend_ttl,
    strictest,
    table_traffic,
)
from perfagent.tools.cache.redis_stats import redact
from perfagent.tools.cache.scope import CacheScope
from perfagent.tools.cache.ttl import access
from perfagent.tools.errors import PerfagentError
from perfagent.tools.frontend import AssetAudit
from perfagent.tools.markdown import cell_text
from perfagent.tools.units import format_bytes

NAME, TITLE = "caching", "Caching implementation"
CODE_FILE = "invalidation.py"
YEAR_S = 31_536_000
MEMO_MIN_CALLS = 2
MEMO_MIN_SELF_PCT = 5.0
L4_CLASSES = 5


def render(state: EngagementState, folder: Path) -> Rendered:
    why = _nothing_measured(state)
    if why:
        return nothing(folder, NAME, TITLE, why)
    plan, notes = build_plan(state)
    code = invalidation_code(
        ttls_s={t: a.ttl_s for t, a in plan.ttls.items() if a.cache and a.ttl_s},
        uncacheable={t: a.reasoning for t, a in plan.ttls.items() if not a.cache and a.writes},
        notes={t: a.reasoning for t, a in plan.ttls.items()},
        default_ttl_s=max(1, math.floor(plan.staleness_s)),
        redis_url=plan.redis or "redis://127.0.0.1:6379/0",
        prefix=f"{state.spec.name}:cache:",
    )
    rendered = write(folder, NAME, page(plan, notes), plan)
    (folder / CODE_FILE).write_text(code)
    rendered[str(folder / CODE_FILE)] = NAME
    return rendered


def _nothing_measured(state: EngagementState) -> str | None:
    if (
        state.payloads
        or state.frontend
        or state.profiles
        or "baseline" in state.load
        or (state.database and state.database.analysis.classes)
    ):
        return None
    missing = [
        what
        for what, present in (
            ("[service] (no endpoint probed, no load test)", state.spec.has_service),
            ("benchmarks (nothing profiled)", state.spec.benchmarks),
            ("[database] (no query log)", state.spec.database),
            ("[frontend] (no static assets)", state.spec.frontend),
        )
        if not present
    ]
    if missing:
        return (
            "no read path was measured, so nothing can be sized for a cache; the spec has no "
            + ", no ".join(missing)
        )
    return "no step measured a response, a profile, a query log or a static asset in this run"


def build_plan(state: EngagementState) -> tuple[CachePlan, list[str]]:
    """The plan, and notes on the assumptions its TTLs rest on."""
    staleness_s = state.spec.cache.staleness_s
    plan = CachePlan(
        staleness_s=staleness_s,
        code=CODE_FILE,
        redis=redact(state.spec.cache.redis) if state.spec.cache.redis else None,
    )
    notes: list[str] = []
    db = state.database
    if db and db.analysis.classes:
        plan.window_s, plan.window_source = _window(state)
        plan.traffic = table_traffic(db.analysis.classes, db.analysis.dialect)
        plan.ttls = {
            t.table: recommend_ttl(
                reads=t.reads, writes=t.writes, window_s=plan.window_s, staleness_s=staleness_s
            )
            for t in plan.traffic
        }
        notes.append(
            "The state does not tie endpoints to the tables they read, so each endpoint "
            "takes the strictest TTL of all tables in the query log."
        )
    endpoint_ttl = strictest(plan.ttls) or _unmeasured(staleness_s)
    plan.scopes = _scopes(state)
    plan.items = [
        *_l1(state, endpoint_ttl),
        *_l2(state),
        *_l3(state, endpoint_ttl, plan.traffic),
        *_l4(state, plan),
    ]
    measured: HitRate | None = state.cache_hit_rate
    plan.hit_rate = measured
    plan.hit_rate_expr = hit_rate_expr()
    plan.alert_threshold, _ = alert_threshold(measured)
    plan.alert_rules = alert_rules(threshold=plan.alert_threshold)
    return plan, notes


def _scopes(state: EngagementState) -> dict[str, CacheScope]:
    """Every loaded or probed endpoint: may a cached answer be shared, and why."""
    from perfagent.agent.cache_scope import endpoint_scope

    names = [e.name for e in state.spec.load.service.endpoints] if state.spec.load else []
    names += [p.endpoint for p in state.payloads if p.endpoint not in names]
    return {name: endpoint_scope(state, name) for name in names}


def _window(state: EngagementState) -> tuple[float | None, str]:
    """How long the query counts took to accumulate, when the state says so."""
    baseline = state.load.get("baseline")
    if state.spec.database and state.spec.database.queries == "log" and baseline:
        return baseline.duration_s, (
            f"the service's query log, recorded during the baseline load test "
            f"({baseline.duration_s:g} s, {baseline.aggregate.requests:,} requests) and the "
            "one-request probes; if the log also spans other runs, the rates here are too high "
            "and the TTLs err short, the safe side"
        )
    return None, "query counts without a time window (cumulative statistics)"


def _unmeasured(staleness_s: float) -> TtlAdvice:
    return TtlAdvice(
        cache=True,
        ttl_s=max(1, math.floor(staleness_s)),
        invalidate_on_write=True,
        reasoning="no query log was measured, so reads and writes are unknown: TTL at "
        f"the staleness tolerance ({staleness_s:g} s), and delete keys "
        "after every write",
        summary="no query log → the staleness tolerance, invalidate on write",
    )


def _l1(state: EngagementState, advice: TtlAdvice) -> list[CacheItem]:
    items = []
    run = state.load.get("baseline")
    baseline = {e.name: e for e in run.endpoints} if run else {}
    if advice.cache and not advice.invalidate_on_write:
        directive = f"Cache-Control: private, max-age={advice.ttl_s}; ETag"
        invalidation = (
            f"browsers expire it after {advice.ttl_s} s (they cannot be told about "
            "writes); for a CDN, only where every user gets the same response: "
            f"`public, s-maxage={advice.ttl_s}`, purged after writes"
        )
    else:
        directive = "Cache-Control: no-cache; ETag"
        invalidation = (
            "revalidated on every use: the ETag makes an unchanged response a 304 "
            "with no body; browsers cannot be told about writes, so no max-age"
        )
    scopes = _scopes(state)
    for p in state.payloads:
        if p.status != 200:
            continue
        load = baseline.get(p.endpoint)
        scope = scopes.get(p.endpoint)
        evidence = (
            f"probe: {p.body_bytes:,} bytes ({p.brotli_bytes:,} with brotli), "
            f"Content-Encoding {p.content_encoding or 'none'}, "
            + (
                f"Cache-Control {_code(p.cache_control)}, "
                if p.cache_control
                else "**no Cache-Control header**, "
            )
            + f"TTFB {p.ttfb_ms:g} ms"
        )
        if load:
            evidence += f"; baseline load: p95 {fmt_ms(load.p95_ms)}, {load.rps:.1f} rps"
        if scope is not None and scope.scope == "none":
            items.append(
                CacheItem(
                    layer="L1",
                    what=f"`{p.endpoint}` response: not cached",  # the why column says why
                    evidence=evidence,
                    ttl_s=None,
                    ttl_reason=scope.reason,
                    invalidation="not cached",
                    directive="Cache-Control: no-store",
                )
            )
            continue
        if scope is not None and scope.scope == "per_user":
            items.append(
                CacheItem(
                    layer="L1",
                    what=f"`{p.endpoint}` response, per user: the browser's own cache only",
                    evidence=evidence,
                    ttl_s=advice.ttl_s if "max-age" in directive else None,
                    ttl_reason=f"{_bound(advice)}; {scope.reason}, so no CDN or shared proxy may "
                    "keep it",
                    invalidation=invalidation.split("; for a CDN")[0],
                    directive=directive.replace(
                        "Cache-Control: no-cache", "Cache-Control: private, no-cache"
                    )
                    + "; Vary: Cookie, Authorization",
                )
            )
            continue
        items.append(
            CacheItem(
                layer="L1",
                what=f"`{p.endpoint}` response",
                evidence=evidence,
                ttl_s=advice.ttl_s if "max-age" in directive else None,
                ttl_reason=_bound(advice),
                invalidation=invalidation,
                directive=directive,
            )
        )
    if state.frontend:
        items += _static(state.frontend)
    return items


def _static(audit: AssetAudit) -> list[CacheItem]:
    groups = {
        "hashed": [a for a in audit.assets if a.hashed_name and a.kind not in ("html", "map")],
        "unhashed": [
            a for a in audit.assets if not a.hashed_name and a.kind not in ("html", "map")
        ],
        "html": [a for a in audit.assets if a.kind == "html"],
    }
    policy = {
        "hashed": (
            YEAR_S,
            "Cache-Control: public, max-age=31536000, immutable",
            "the name changes with the content, so a cached copy is never stale",
            "none needed: a new build ships new names",
        ),
        "unhashed": (
            None,
            "Cache-Control: no-cache; ETag",
            (
                "the name stays the same across builds, so any max-age would serve the old "
                "file after a deploy; emit content-hashed names, then cache for a year"
            ),
            "revalidated on every use (304 when unchanged)",
        ),
        "html": (
            None,
            "Cache-Control: no-cache; ETag",
            "it names the other assets, so it must be fresh for a new build to load",
            "revalidated on every use (304 when unchanged)",
        ),
    }
    items = []
    for group, assets in groups.items():
        if not assets:
            continue
        ttl_s, directive, why, invalidation = policy[group]
        names = ", ".join(f"`{a.path}`" for a in assets[:4]) + (" …" if len(assets) > 4 else "")
        headers = sorted({a.cache_control for a in assets if a.cache_control})
        sent = (
            "; served with " + ", ".join(_code(h) for h in headers)
            if headers
            else "; cache headers not measured (build folder audit)"
        )
        naming = {
            "hashed": ", names with a content hash",
            "unhashed": ", names without a content hash",
            "html": "",
        }[group]
        evidence = (
            f"asset audit: {len(assets)} file(s), "
            f"{format_bytes(sum(a.raw_bytes for a in assets))} raw, "
            f"{format_bytes(sum(a.brotli_bytes for a in assets))} with brotli"
            f"{naming}{sent}"
        )
        items.append(
            CacheItem(
                layer="L1",
                what=f"static {group} assets: {names}",
                evidence=evidence,
                ttl_s=ttl_s,
                ttl_reason=why,
                invalidation=invalidation,
                directive=directive,
            )
        )
    return items


def _l2(state: EngagementState) -> list[CacheItem]:
    items = []
    for named in state.profiles.values():
        profile = named.profile
        for h in profile.hotspots:
            if (h.calls or 0) < MEMO_MIN_CALLS or h.self_pct < MEMO_MIN_SELF_PCT:
                continue
            if h.file.startswith("<") or h.function.startswith("<"):
                continue  # built-ins and lambdas: nothing to decorate
            evidence = (
                f"{profile.source} profile of `{named.name}`: called {h.calls:,} times, "
                f"{h.self_pct:.1f}% of the time in its own code ({h.total_pct:.1f}% "
                f"with callees) at `{_relative(h.location, state)}`"
            )
            items.append(
                CacheItem(
                    layer="L2",
                    what=f"`{h.function}()` results, keyed by its arguments",
                    evidence=evidence,
                    ttl_s=None,
                    ttl_reason="a pure function's result depends only on its arguments, so it "
                    "never goes stale; bound the entries instead. Check it is pure (reads no "
                    "clock, database or global) and its arguments are hashable; a call "
                    "repeated in a loop with the same arguments is better hoisted out",
                    invalidation="none while it is pure: the cache lives and dies with the process "
                    "(a deploy clears it); if it reads data, cache it at L3 with that "
                    "data's TTL instead",
                    directive="@functools.lru_cache(maxsize=...)  "
                    "# at least the distinct arguments",
                )
            )
    return sorted(items, key=lambda i: i.what)


def _l3(state: EngagementState, advice: TtlAdvice, traffic: list[TableTraffic]) -> list[CacheItem]:
    baseline = state.load.get("baseline")
    if baseline is None:
        return []
    over = {b.endpoint for b in baseline.budgets if not b.ok}
    endpoints = [e for e in baseline.endpoints if e.method in ("GET", "")]
    if baseline.budgets:
        endpoints = [e for e in endpoints if e.name in over]
    tables = ", ".join(f"`{t.table}`" for t in traffic) or "the tables it reads"
    items = []
    scopes = _scopes(state)
    for e in sorted(endpoints, key=lambda e: -((e.p50_ms or 0) * e.rps)):
        scope = scopes.get(e.name)
        budget = next(
            (
                b.budget_ms
                for b in baseline.budgets
                if b.endpoint == e.name and b.percentile == "p95"
            ),
            None,
        )
        evidence = (
            f"baseline load test: p50 {fmt_ms(e.p50_ms)}, p95 {fmt_ms(e.p95_ms)}"
            + (f" (budget {budget:g} ms)" if budget else "")
            + f", {e.rps:.1f} rps over {e.requests:,} requests"
        )
        if advice.cache:
            invalidation = (
                f"`invalidate(...)` on the written table after each write to {tables}"
                if advice.invalidate_on_write
                else f"TTL alone; call `invalidate(...)` after writes to {tables} if the "
                "production workload writes them"
            )
            names = ", ".join(f'"{t.table}"' for t in traffic) or '"<each table it reads>"'
            directive = f"@cached({names})"
        else:
            invalidation, directive = "not cached", None
        what = f"`{e.name}` response body, keyed by path and query"
        if scope is not None and scope.scope == "none":
            items.append(
                CacheItem(
                    layer="L3",
                    what=f"`{e.name}` response body: not cached",
                    evidence=evidence,
                    ttl_s=None,
                    ttl_reason=scope.reason,
                    invalidation="not cached",
                )
            )
            continue
        if scope is not None and scope.scope == "per_user":
            what = (
                f"`{e.name}` response body, per user: keyed by path, query and a hash of the "
                f"user's credentials ({scope.reason}); never shared between users"
            )
        items.append(
            CacheItem(
                layer="L3",
                what=what,
                evidence=evidence,
                ttl_s=advice.ttl_s if advice.cache else None,
                ttl_reason=_bound(advice),
                invalidation=invalidation,
                directive=directive,
            )
        )
    return items


def _l4(state: EngagementState, plan: CachePlan) -> list[CacheItem]:
    db = state.database
    if db is None:
        return []
    loops = {n.fingerprint for n in db.n_plus_one} | {n.fingerprint for n in db.analysis.n_plus_one}
    indexed = {a.fingerprint: a.recommendations for a in (db.advice.advice if db.advice else [])}
    items = []
    reads = []
    for c in db.analysis.classes:
        try:
            found = access(c.sample, db.analysis.dialect)
        except PerfagentError:
            continue
        if found.kind == "select" and found.reads:
            reads.append((c, found.reads))
    for c, tables in sorted(reads, key=lambda p: -p[0].total_ms)[:L4_CLASSES]:
        advice = strictest({t: plan.ttls[t] for t in tables if t in plan.ttls})
        evidence = (
            f"query log: {c.calls:,} calls, {c.total_ms:,.0f} ms in total, "
            f"{c.mean_ms:.2f} ms each; reads {', '.join(f'`{t}`' for t in tables)}"
        )
        if c.fingerprint in loops:
            what = (
                f"`{_short(c.fingerprint)}`: an N+1 loop; batch it first (7-database), then "
                "cache the batch's rows by id"
            )
        elif indexed.get(c.fingerprint):
            ddl = "; ".join(t.ddl for t in indexed[c.fingerprint])
            what = f"`{_short(c.fingerprint)}`: index first (`{ddl}`); cache only if still slow"
        else:
            what = f"`{_short(c.fingerprint)}`: {_result_cache(db.analysis.dialect, c.fingerprint)}"
        if advice is None or not advice.cache:
            items.append(
                CacheItem(
                    layer="L4",
                    what=what,
                    evidence=evidence,
                    ttl_s=None,
                    ttl_reason=advice.reasoning if advice else "no traffic measured",
                    invalidation="not cached",
                )
            )
            continue
        refresh = (
            "refresh after each write to "
            if advice.invalidate_on_write
            else f"expire after {advice.ttl_s} s; refresh after any write to "
        )
        items.append(
            CacheItem(
                layer="L4",
                what=what,
                evidence=evidence,
                ttl_s=advice.ttl_s,
                ttl_reason=_bound(advice),
                invalidation=refresh + ", ".join(f"`{t}`" for t in tables),
            )
        )
    for advice in db.advice.advice if db.advice else []:
        for t in advice.recommendations:
            drop = f"plan cost {t.cost_before:,.0f} → {t.cost_after:,.0f}" if t.cost_before else ""
            if t.time_before_ms is not None and t.time_after_ms is not None:
                drop += f", {t.time_before_ms:.2f} ms → {t.time_after_ms:.2f} ms"
            items.append(
                CacheItem(
                    layer="L4",
                    what=f"index `{t.table}({', '.join(t.columns)})`",
                    evidence=f"tried on {t.method}: {drop.lstrip(', ')}",
                    ttl_s=None,
                    ttl_reason="the database updates an index with every write: it never serves "
                    "stale rows",
                    invalidation="none: maintained by the database",
                    directive=t.ddl,
                )
            )
    return items


def _result_cache(dialect: str, fingerprint: str) -> str:
    same = "?" not in fingerprint
    scope = (
        "the same result for every call: keep it whole"
        if same
        else "one result per parameter: keep the hot ones"
    )
    how = {
        "postgres": "a materialized view (REFRESH MATERIALIZED VIEW CONCURRENTLY)",
        "mysql": "a summary table (MySQL 8 has no query cache)",
        "sqlite": "a summary table (SQLite has no result cache)",
    }.get(dialect, "a summary table")
    return f"{scope}, in {how} or an L3 key"


def page(plan: CachePlan, notes: list[str]) -> str:
    """The page: templates/caching.md.j2 filled with the plan, its rows and ``notes``."""
    _, why = alert_threshold(plan.hit_rate)
    return markdown.page(
        "caching.md.j2",
        plan=plan,
        notes=notes,
        traffic_rows=[_traffic_row(t, plan.ttls[t.table]) for t in plan.traffic],
        scope_rows=[[f"`{name}`", s.label, _cell(s.reason)] for name, s in plan.scopes.items()],
        item_rows={
            layer: [_item_row(i) for i in plan.items if i.layer == layer]
            for layer in ("L1", "L2", "L3", "L4")
        },
        code_file=CODE_FILE,
        alert_why=why,
        memo_min_calls=MEMO_MIN_CALLS,
        memo_min_self_pct=MEMO_MIN_SELF_PCT,
        code=_code,
    )


def _bound(advice: TtlAdvice) -> str:
    if not advice.bound_by:
        return advice.reasoning
    return f"bound by `{advice.bound_by}`: {advice.summary} (see the traffic per table)"


def _relative(location: str, state: EngagementState) -> str:
    root = state.spec.root.rstrip("/") + "/"
    return location.removeprefix(root)


def _short(sql: str, limit: int = 80) -> str:
    return sql if len(sql) <= limit else sql[: limit - 1] + "…"


def _traffic_row(t: TableTraffic, a: TtlAdvice) -> list[str]:
    share = f"{t.write_share:.1%}" if t.write_share is not None else "–"
    return [
        f"`{t.table}`",
        f"{t.reads:,}",
        f"{t.writes:,}",
        _rate(a.reads_per_s),
        _rate(a.writes_per_s),
        share,
        f"{a.ttl_s} s" if a.cache else "do not cache",
        "yes" if a.invalidate_on_write else "no",
    ]


def _item_row(i: CacheItem) -> list[str]:
    ttl = f"{i.ttl_s:,} s" if i.ttl_s else "–"
    how = i.invalidation + (f"; apply: {_code(i.directive)}" if i.directive else "")
    return [_cell(i.what), _cell(i.evidence), ttl, _cell(i.ttl_reason), _cell(how)]


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:,.1f}"


def _code(text: str | None) -> str:
    return f"`{text}`" if text else ""


def _cell(text: str) -> str:
    return cell_text(" ".join(text.split()))  # one line of prose, spaces folded
