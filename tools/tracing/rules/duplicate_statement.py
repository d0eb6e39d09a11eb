"""The same statement twice in one request: an identical query repeated (below the N+1
threshold), or a page query together with a COUNT over the same FROM/WHERE — the database
does the filtering (and often the join) twice; one window-function query, or a count kept
elsewhere, does it once."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from perfagent.tools.tracing.models import RequestTrace, Statement, TraceFinding
from perfagent.tools.tracing.rules._common import by_endpoint, examples, median, share_pct, short
from perfagent.tools.tracing.rules.n_plus_one import MIN_REPEATS

_DIALECTS = {"postgresql": "postgres", "sqlite": "sqlite", "mysql": "mysql", "mariadb": "mysql"}


@lru_cache(maxsize=2048)
def query_core(text: str, system: str) -> tuple[str, bool] | None:
    """(FROM + WHERE + GROUP BY of a SELECT with its ORDER/LIMIT/OFFSET and columns dropped,
    whether it is a COUNT); a COUNT over a subquery gives the subquery's core.

    >>> query_core("SELECT id FROM t WHERE a > 2 ORDER BY id LIMIT 10", "sqlite")
    ('SELECT * FROM t WHERE a > 2', False)
    >>> query_core("SELECT COUNT(*) FROM (SELECT id FROM t WHERE a > 2 ORDER BY id) AS x", "sqlite")
    ('SELECT * FROM t WHERE a > 2', True)
    """
    import sqlglot
    from sqlglot import exp

    dialect = _DIALECTS.get(system)
    if dialect is None:
        return None
    try:
        tree = sqlglot.parse_one(text.replace("%s", "?"), read=dialect)
    except (sqlglot.errors.ParseError, sqlglot.errors.TokenError, ValueError):
        return None
    if not isinstance(tree, exp.Select):
        return None
    projections = tree.expressions
    is_count = len(projections) == 1 and isinstance(projections[0].unalias(), exp.Count)
    source = tree
    from_ = tree.args.get("from") or tree.args.get("from_")
    if (
        is_count
        and from_ is not None
        and isinstance(from_.this, exp.Subquery)
        and not tree.args.get("where")
    ):
        inner = from_.this.this
        if isinstance(inner, exp.Select):
            source = inner
    core = source.copy()
    for arg in ("order", "limit", "offset"):
        core.set(arg, None)
    core.set("expressions", [exp.Star()])
    return core.sql(dialect=dialect), is_count


def _pairs(request: RequestTrace) -> list[tuple[str, list[Statement]]]:
    """(why, statements) for each duplicated statement in one request."""
    out = []
    by_text: dict[str, list[Statement]] = defaultdict(list)
    for s in request.statements:
        if not s.is_write:
            by_text[s.text].append(s)
    for group in by_text.values():
        if 2 <= len(group) < MIN_REPEATS:
            out.append(("identical", group))
    cores: dict[str, list[tuple[Statement, bool]]] = defaultdict(list)
    for s in request.statements:
        found = None if s.is_write else query_core(s.text, s.system)
        if found is not None:
            cores[found[0]].append((s, found[1]))
    for members in cores.values():
        counts = [s for s, is_count in members if is_count]
        pages = [s for s, is_count in members if not is_count]
        if counts and pages and all(len(by_text[p.text]) < 2 for p in pages[:1]):
            out.append(("count", [pages[0], counts[0]]))
    return out


def _places(why: str, statements: list[Statement]) -> dict[str, str]:
    """Where the app ran a page query and its COUNT (``page_at``, ``count_at``: path:line) and
    the function, when the traces say (tools/tracing/bootstrap) and it is one function: the
    place a recipe (tools/recipes/window_count) rewrites.

    >>> s = lambda code, f: Statement(span_id="1", system="sqlite", text="q", fingerprint="q",
    ...     operation="select", offset_ms=0, duration_ms=1, is_write=False, code=code, function=f)
    >>> _places("count", [s("app/items.py:40", "read_items"), s("app/items.py:33", "read_items")])
    {'page_at': 'app/items.py:40', 'count_at': 'app/items.py:33', 'function': 'read_items'}
    >>> _places("count", [s("app/items.py:40", "read_items"), s(None, None)])
    {}
    """
    if why != "count" or len(statements) != 2:
        return {}
    page, count = statements
    if not (page.code and count.code and page.function and page.function == count.function):
        return {}
    if page.code.rpartition(":")[0] != count.code.rpartition(":")[0]:
        return {}
    return {"page_at": page.code, "count_at": count.code, "function": page.function}


def duplicate_statement(requests: list[RequestTrace]) -> list[TraceFinding]:
    findings = []
    for endpoint, group in by_endpoint(requests).items():
        seen: dict[tuple[str, str], list[tuple[RequestTrace, list[Statement]]]] = defaultdict(list)
        for r in group:
            for why, statements in _pairs(r):
                seen[(why, statements[0].fingerprint)].append((r, statements))
        for (why, fp), hits in seen.items():
            server = median(r.server_ms for r, _ in hits)
            total = median(sum(s.duration_ms for s in st) for _, st in hits)
            # What doing it once would save: every copy but the costliest.
            saved = median(
                sum(s.duration_ms for s in st) - max(s.duration_ms for s in st) for _, st in hits
            )
            first = hits[0][1]
            if why == "identical":
                title = (
                    f"{endpoint} runs the same statement {len(first)} times per request: "
                    f"`{short(first[0].text, 60)}`"
                )
                suggestion = "run it once and reuse the result within the request"
            else:
                title = (
                    f"{endpoint} runs its page query and a COUNT over the same rows: "
                    f"`{short(first[0].text, 50)}` and `{short(first[1].text, 50)}`"
                )
                suggestion = (
                    "filter once: one query with COUNT(*) OVER () beside the page's rows, or "
                    "count the filtered ids once and page over them; an index does not remove the "
                    "second pass"
                )
            findings.append(
                TraceFinding(
                    rule="duplicate_statement",
                    endpoint=endpoint,
                    title=title,
                    evidence=(
                        f"{len(hits)} of {len(group)} traced requests; the copies take "
                        f"{total:.1f} ms per request (median), {share_pct(total, server):.0f}% "
                        f"of the endpoint's {server:.1f} ms server time; doing it once saves "
                        f"about {saved:.1f} ms"
                    ),
                    cost_ms_per_request=saved,
                    share_of_server_pct=share_pct(total, server),
                    requests=len(hits),
                    example_trace_ids=examples([r for r, _ in hits], key=lambda r: r.server_ms),
                    fingerprint=fp,
                    sample=first[0].text,
                    suggestion=suggestion,
                    detail={
                        "kind": why,
                        "statements": [s.text[:500] for s in first],
                        "statements_ms": total,
                        **_places(why, first),
                    },
                )
            )
    return sorted(findings, key=lambda f: -f.cost_ms_per_request)
