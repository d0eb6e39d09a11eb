"""A COUNT and then the page over the same rows (SQLAlchemy / SQLModel) → one statement
whose rows carry the total (``COUNT(*) OVER ()``).

Accepted shape, two assignments in one block of a function, the COUNT first:

    count = session.exec(select(func.count()).select_from(Item).where(W)).one()
    # or session.execute(...).scalar_one() / .scalar(), session.scalar(...)
    items = session.exec(select(Item).where(W).order_by(o).offset(s).limit(n)).all()
    # or session.scalars(...).all(), session.execute(...).scalars().all()

(either statement may be bound to a name first, as ``count_statement = select(...)``), which
becomes

    statement = select(Item, func.count().over()).where(W).order_by(o).offset(s).limit(n)
    rows = session.exec(statement).all()
    items = [row[0] for row in rows]
    count = rows[0][1] if rows else session.exec(count_statement).one()

The window function counts every row of the filter before OFFSET/LIMIT keep the page, so
each row of the page carries the total: the database filters once instead of twice. A page
past the end (or no rows at all) carries no total, so then, and only then, the original
COUNT runs as before.

Declined: WHERE clauses that are not the same expressions (compared as Python syntax,
formatting aside); a COUNT with GROUP BY, HAVING, DISTINCT, a join or anything else beyond
``select_from``/``where``/``filter``; a page query with options, joins or another chain
method (its rows might not be the COUNT's); two entities; no LIMIT/OFFSET; anything else
running between the two statements (the edit would reorder it); the COUNT's variable read
before the page query; a statement variable used again elsewhere; ``await``-ed sessions.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text('''from sqlalchemy import func, select
... def page(db, n):
...     total = db.scalar(select(func.count()).select_from(T).where(T.a))
...     items = db.scalars(select(T).where(T.a).offset(n)).all()
...     return items, total
... ''')
>>> p = window_count(root, RecipeTarget(file="m.py", function="page"))
>>> print(p.edit.blocks[0].replace.rstrip())
def page(db, n):
    rows = db.execute(select(T, func.count().over()).where(T.a).offset(n)).all()
    items = [row[0] for row in rows]
    total = rows[0][1] if rows else db.scalar(select(func.count()).select_from(T).where(T.a))
    return items, total
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import libcst as cst
from libcst.metadata import PositionProvider

from perfagent.tools.codeedit.models import SearchReplace
from perfagent.tools.recipes._cst import (
    Source,
    blocks_between,
    dotted,
    find_function,
    first_proposal,
    fresh_name,
    metadata,
    names_in,
    rebound_in,
    single_assignment,
    walk,
)
from perfagent.tools.recipes._fastapi import loop_places
from perfagent.tools.recipes._purity import ModuleInfo
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

LIBRARIES = ("sqlalchemy", "sqlmodel")
FILTERS = {"where", "filter"}
PAGE_CHAIN = FILTERS | {"order_by", "offset", "limit"}
COUNT_CHAIN = FILTERS | {"select_from"}
# how the COUNT's value is read: (method on the session, method on its result or None)
COUNT_READS = {("exec", "one"), ("execute", "scalar_one"), ("execute", "scalar"), ("scalar", None)}


@dataclass
class _Exec:
    """One ``name = session.<m>(statement)<.read()>`` line of a block."""

    index: int  # in the block's body
    target: str
    annotation: cst.Annotation | None
    session: str  # the receiver's code
    method: str  # exec / execute / scalar / scalars
    statement: cst.BaseExpression  # the argument as written (a name or the select itself)
    value: cst.BaseExpression  # the whole right-hand side


@dataclass
class _Select:
    base: cst.Call  # select(...)
    entity: str
    filters: list[str]  # ast dumps of each WHERE condition, for comparison
    links: list[str]
    bound: tuple[int, str] | None  # (index in the block, name) when assigned to a name first


@dataclass
class _Pair:
    block: cst.IndentedBlock
    count: _Exec
    page: _Exec
    page_select: _Select
    count_call: cst.Call  # func.count(...)


def window_count(root: Path, target: RecipeTarget) -> Proposal:
    places = loop_places(
        root,
        target,
        mentions=lambda text: "count(" in text and ("limit(" in text or "offset(" in text),
        has_shape=lambda f: "count(" in cst.Module([]).code_for_node(f),
        none="no function of the target counts rows beside a page query",
    )
    return first_proposal(
        places,
        lambda source, name: _rewrite(source, name),
        "no COUNT beside a page query found",
    )


def _rewrite(source: Source, qualified: str) -> Proposal:
    func = find_function(source, qualified)
    name = qualified.rpartition(".")[2]
    info = ModuleInfo.of(source.module)
    lines = metadata(source.module).resolve(PositionProvider)
    pairs: list[_Pair] = []
    reasons: list[str] = []
    blocks = [n for n in walk(func.body) if isinstance(n, cst.IndentedBlock)]
    for block in blocks:  # each block edits its own lines only
        for count in _execs(source, block, COUNT_READS):
            try:
                pairs.append(_pair(source, info, func, block, count, lines))
            except Decline as declined:
                reasons.append(str(declined))
    if not pairs:
        raise Decline(
            f"{name}: "
            + (
                "; ".join(dict.fromkeys(reasons))
                or "no `x = session.exec(select(func.count())...)...` beside a page query"
            )
        )
    rows = fresh_name("rows", names_in(func))
    rewritten = _apply(source, pairs, rows)
    where = ", ".join(
        f"{source.path}:{lines[p.block.body[p.count.index]].start.line}" for p in pairs
    )
    entities = ", ".join(dict.fromkeys(p.page_select.entity for p in pairs))
    return Proposal(
        recipe="window_count",
        title=f"count {entities} with the page in one statement in {name} ({source.path})",
        edit=checked_edit(
            source.text,
            rewritten,
            _blocks(source, rewritten),
            f"COUNT(*) OVER () beside the page in {name} ({source.path})",
        ),
        rationale=(
            f"{name} runs a COUNT and then the page query over the same FROM and WHERE "
            f"({where}): the database finds the matching rows twice. With "
            "`func.count().over()` beside the page's columns, every row of the page carries "
            "the total, so the rows are filtered once; the COUNT runs only when the page is "
            "empty (past the end), where no row carries it."
        ),
        expected=(
            "one statement instead of two per request: a round trip and one pass over the "
            "filtered rows fewer (a window over all matching rows instead of a COUNT; with an "
            "index that stops the page after LIMIT rows, measure: the window reads every match)"
        ),
        assumptions=[
            "the WHERE clauses are the same expressions, so the window counts the COUNT's rows",
            "the database supports window functions (PostgreSQL, MySQL 8, SQLite 3.25+)",
            (
                "nothing writes between the two statements in another transaction; if it did, "
                "the edited count now matches the page it comes with"
            ),
        ],
    )


def _execs(source: Source, block: cst.IndentedBlock, reads) -> list[_Exec]:
    """The lines of ``block`` that assign one session call read as ``reads`` says."""
    out = []
    for index, stmt in enumerate(block.body):
        assigned = single_assignment(stmt)
        if assigned is None or not isinstance(assigned[0], cst.Name):
            continue
        value = assigned[1]
        found = _session_call(source, value, reads)
        if found is None:
            continue
        session, method, statement = found
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
        out.append(
            _Exec(
                index=index,
                target=assigned[0].value,
                annotation=small.annotation if isinstance(small, cst.AnnAssign) else None,
                session=session,
                method=method,
                statement=statement,
                value=value,
            )
        )
    return out


def _session_call(
    source: Source, value: cst.BaseExpression, reads
) -> tuple[str, str, cst.BaseExpression] | None:
    """``(receiver code, method, statement)`` of ``R.m(S)`` or ``R.m(S).read()`` when
    ``(m, read)`` is one of ``reads``."""
    call, read = value, None
    if (
        isinstance(value, cst.Call)
        and isinstance(value.func, cst.Attribute)
        and not value.args
        and isinstance(value.func.value, cst.Call)
    ):
        call, read = value.func.value, value.func.attr.value
        head = call.func
        if read == "all" and isinstance(head, cst.Attribute) and head.attr.value == "scalars":
            inner = head.value  # R.execute(S).scalars().all()
            if isinstance(inner, cst.Call) and not call.args:
                call, read = inner, "scalars().all"
    if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)):
        return None
    method = call.func.attr.value
    if (method, read) not in reads or len(call.args) != 1 or call.args[0].keyword:
        return None
    if call.args[0].star:
        return None
    return source.code(call.func.value), method, call.args[0].value


PAGE_READS = {("exec", "all"), ("scalars", "all"), ("execute", "scalars().all")}


def _pair(source, info, func, block, count: _Exec, lines) -> _Pair:
    here = f"{source.path}:{lines[block.body[count.index]].start.line}"
    count_select = _statement(source, info, block, count)
    count_call = _count_call(source, info, count_select.base, here)
    if not count_select.entity and count_call.args:  # select(func.count(Item.id))
        count_select.entity = dotted(count_call.args[0].value).rpartition(".")[0]
    _chain_only(source, count_select, COUNT_CHAIN, f"the COUNT at {here}")
    pages = [
        p
        for p in _execs(source, block, PAGE_READS)
        if p.index > count.index and p.session == count.session
    ]
    if not pages:
        raise Decline(f"the COUNT at {here} has no page query after it on the same session")
    page = pages[0]
    page_select = _statement(source, info, block, page)
    _chain_only(source, page_select, PAGE_CHAIN, "the page query")
    if len(page_select.base.args) != 1 or not dotted(page_select.base.args[0].value):
        raise Decline(f"the page query does not select one entity: {source.code(page_select.base)}")
    if "limit" not in page_select.links and "offset" not in page_select.links:
        raise Decline("the query after the COUNT has no LIMIT or OFFSET: it is not a page")
    if count_select.entity != page_select.entity:
        raise Decline(
            f"the COUNT is over {count_select.entity}, the page over {page_select.entity}"
        )
    if sorted(count_select.filters) != sorted(page_select.filters):
        raise Decline(
            f"the WHERE of the COUNT at {here} is not the page query's (the same conditions, "
            "written the same way, are needed to count the same rows)"
        )
    between = block.body[count.index + 1 : page.index]
    for offset, stmt in enumerate(between, start=count.index + 1):
        if page_select.bound and page_select.bound[0] == offset:
            continue
        raise Decline(
            f"line {lines[stmt].start.line} runs between the COUNT and the page query; "
            "the edit would move the COUNT after it"
        )
    for stmt in block.body[count.index + 1 : page.index + 1]:
        if _reads(stmt, count.target):
            raise Decline(f"`{count.target}` is read before the page query runs")
    if count.target == page.target:
        raise Decline(f"the count and the page are both `{count.target}`")
    moved = names_in(count.value)  # the COUNT now runs after the lines up to the page's
    for stmt in block.body[count.index + 1 : page.index + 1]:
        rebound = moved & _bound_names(stmt)
        if rebound:
            raise Decline(
                f"`{sorted(rebound)[0]}` is bound again before the page query; the COUNT, run "
                "after it, would read the new value"
            )
    if page_select.bound:
        _used_once(func, block, page, page_select.bound[1])
    return _Pair(block, count, page, page_select, count_call)


def _used_once(func: cst.FunctionDef, block: cst.IndentedBlock, page: _Exec, var: str) -> None:
    """Declines when the page statement ``var`` may be read anywhere but the page line: a read
    is another binding's (a sibling branch that binds it again first) or the page line's."""
    for other in (n for n in walk(func.body) if isinstance(n, cst.IndentedBlock)):
        for k, stmt in enumerate(other.body):
            if not _reads(stmt, var, nested=False):
                continue
            if other is block and k == page.index:
                continue
            first = page.index + 1 if other is block else 0
            if not any(var in _bound_names(s) for s in other.body[first:k]):
                raise Decline(f"the page statement `{var}` is used again elsewhere in the function")


def _statement(source, info, block, run: _Exec) -> _Select:
    """The select a session call runs: written inline, or bound to a name earlier in the block."""
    expr, bound = run.statement, None
    if isinstance(expr, cst.Name):
        found = None
        for index in range(run.index - 1, -1, -1):
            assigned = single_assignment(block.body[index])
            if assigned and isinstance(assigned[0], cst.Name) and assigned[0].value == expr.value:
                found = (index, assigned[1])
                break
            if expr.value in _bound_names(block.body[index]):
                break
        if found is None:
            raise Decline(f"`{expr.value}` is not assigned a select(...) earlier in the same block")
        bound = (found[0], expr.value)
        expr = found[1]
    base, links = _chain(expr)
    if not (isinstance(base, cst.Call) and _origin(info, base.func) in _names("select")):
        raise Decline(f"`{source.code(expr)[:60]}` is not a sqlalchemy/sqlmodel select(...)")
    filters: list[str] = []
    entity = ""
    for link, call in links:
        if link in FILTERS:
            for arg in call.args:
                if arg.keyword or arg.star:
                    raise Decline(f"`.{link}(...)` with keyword or starred arguments")
                filters.append(_syntax(source, arg.value))
        elif link == "select_from" and len(call.args) == 1:
            entity = dotted(call.args[0].value)
    if not entity and len(base.args) == 1:
        entity = dotted(base.args[0].value)
    return _Select(base, entity, filters, [n for n, _ in links], bound)


def _count_call(source, info, base: cst.Call, here: str) -> cst.Call:
    if len(base.args) != 1 or base.args[0].keyword or base.args[0].star:
        raise Decline(f"the statement at {here} does not select one COUNT")
    call = base.args[0].value
    if not (isinstance(call, cst.Call) and _origin(info, call.func) in _names("func.count")):
        raise Decline(f"the statement at {here} selects `{source.code(call)}`, not func.count()")
    for arg in call.args:
        if arg.keyword or not dotted(arg.value):
            raise Decline(f"the COUNT at {here} counts `{source.code(arg.value)}` (DISTINCT?)")
    return call


def _chain_only(source, select: _Select, allowed: set[str], what: str) -> None:
    for link in select.links:
        if link not in allowed:
            raise Decline(
                f"{what} uses .{link}(...) (GROUP BY, DISTINCT, joins and options change which "
                "rows are counted or returned)"
                if link in {"group_by", "having", "distinct", "join", "outerjoin", "options"}
                else f"{what} uses .{link}(...), which this recipe does not know"
            )
    if select.base.args and any(a.keyword or a.star for a in select.base.args):
        raise Decline(f"{what} passes keyword or starred arguments to select()")
    if not select.entity:
        raise Decline(f"{what} names no table (no select_from)")


def _names(name: str) -> set[str]:
    return {f"{lib}.{name}" for lib in LIBRARIES} | {
        f"sqlalchemy.sql.{name}",
        f"sqlalchemy.sql.expression.{name}",
        f"sqlmodel.sql.expression.{name}",
    }


def _origin(info: ModuleInfo, node: cst.BaseExpression) -> str:
    """The dotted import a name or attribute chain comes from (``func.count`` →
    ``sqlalchemy.func.count``); "" when it is not imported."""
    written = dotted(node)
    head, _, rest = written.partition(".")
    origin = info.imports.get(head)
    if not origin:
        return ""
    return f"{origin}.{rest}" if rest else origin


def _chain(expr: cst.BaseExpression) -> tuple[cst.BaseExpression, list[tuple[str, cst.Call]]]:
    """``select(...)`` and the ``(method, call)`` links chained on it, inside out; a link that
    is not a call ends the chain at an attribute (then the base is no select)."""
    links: list[tuple[str, cst.Call]] = []
    node = expr
    while isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
        links.append((node.func.attr.value, node))
        node = node.func.value
    return node, links[::-1]


def _syntax(source: Source, node: cst.BaseExpression) -> str:
    """The expression as Python's AST sees it: formatting and parentheses do not count."""
    return ast.dump(ast.parse(source.code(node).strip(), mode="eval"))


def _reads(node: cst.CSTNode, name: str, *, nested: bool = True) -> int:
    """How many times ``name`` is read as a variable under ``node`` (not bound, not as an
    attribute or keyword name); without ``nested``, not inside the blocks a compound
    statement holds (its test and header only)."""
    hits = [0]

    class Reads(cst.CSTVisitor):
        def visit_IndentedBlock(self, n: cst.IndentedBlock) -> bool:
            return nested

        def visit_Attribute(self, n: cst.Attribute) -> bool:
            n.value.visit(self)
            return False

        def visit_Arg(self, n: cst.Arg) -> bool:
            n.value.visit(self)
            return False

        def visit_AssignTarget(self, n: cst.AssignTarget) -> bool:
            return False  # bound there, not read

        def visit_Name(self, n: cst.Name) -> None:
            hits[0] += n.value == name

    node.visit(Reads())
    return hits[0]


def _bound_names(stmt: cst.CSTNode) -> set[str]:
    return rebound_in(stmt)


def _apply(source: Source, pairs: list[_Pair], rows: str) -> str:
    """The module with each pair rewritten (see the module's docstring)."""
    over: dict[int, cst.Call] = {}
    plans: dict[int, list[_Pair]] = {}
    for pair in pairs:
        base = pair.page_select.base
        extra = cst.Arg(
            cst.Call(func=cst.Attribute(value=pair.count_call, attr=cst.Name("over")), args=[])
        )
        comma = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        args = [base.args[0].with_changes(comma=comma), extra]
        over[id(base)] = base.with_changes(args=args)
        plans.setdefault(id(pair.block), []).append(pair)
    for block_pairs in plans.values():
        spans = sorted((p.count.index, p.page.index) for p in block_pairs)
        if any(later[0] <= earlier[1] for earlier, later in zip(spans, spans[1:], strict=False)):
            raise Decline("two COUNT/page pairs overlap in one block")

    empty = cst.Module([])

    class Apply(cst.CSTTransformer):
        def on_leave(self, original, updated):
            if id(original) in over:
                return over[id(original)]
            if id(original) not in plans:
                return updated
            body = list(updated.body)
            for pair in sorted(plans[id(original)], key=lambda p: -p.count.index):
                page, count = pair.page, pair.count
                # the statement as it now reads (its select() carries the window when inline)
                call = _run_call(body[page.index])
                statement = empty.code_for_node(call.args[0].value)
                session = page.session
                method = "exec" if page.method == "exec" else "execute"
                count_value = empty.code_for_node(_assigned_value(body[count.index]))
                note, items_note = (
                    f": {empty.code_for_node(a.annotation)}" if a else ""
                    for a in (count.annotation, page.annotation)
                )
                code = (
                    f"{rows} = {session}.{method}({statement}).all()\n"
                    f"{page.target}{items_note} = [row[0] for row in {rows}]\n"
                    f"{count.target}{note} = {rows}[0][1] if {rows} else {count_value}\n"
                )
                new = list(cst.parse_module(code).body)
                new[0] = new[0].with_changes(leading_lines=body[page.index].leading_lines)
                body[page.index : page.index + 1] = new
                removed = body.pop(count.index)
                nxt = body[count.index]
                body[count.index] = nxt.with_changes(
                    leading_lines=(*removed.leading_lines, *nxt.leading_lines)
                )
            return updated.with_changes(body=body)

    return source.module.visit(Apply()).code


def _assigned_value(stmt: cst.CSTNode) -> cst.BaseExpression:
    assigned = single_assignment(stmt)
    assert assigned is not None  # a pair's lines are single assignments (_execs)
    return assigned[1]


def _run_call(stmt: cst.CSTNode) -> cst.Call:
    """The ``R.m(S)`` call of a page line (``R.m(S).all()``, ``R.execute(S).scalars().all()``)."""
    node = _assigned_value(stmt)
    while isinstance(node, cst.Call) and not node.args:
        assert isinstance(node.func, cst.Attribute)
        node = node.func.value
    assert isinstance(node, cst.Call)
    return node


def _blocks(source: Source, rewritten: str) -> list[SearchReplace]:
    return blocks_between(source.path, source.text, rewritten)


def _counted_page(target: RecipeTarget) -> bool:
    """The finding is the traces' page query with a COUNT over the same rows
    (tools/tracing/rules/duplicate_statement), not another SQL finding."""
    return target.extra.get("duplicate") == "count"


RECIPE = Recipe(
    name="window_count",
    kinds=frozenset({"sql"}),
    build=window_count,
    wants=_counted_page,
    order=85,
    measure="load",
    cost="counts the rows of its page in a second query over the same WHERE",
    severity="note",
)
