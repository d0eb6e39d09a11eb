"""N+1 queries: one query per loop item → one batched ``IN (...)`` query before the loop.

Accepted shape, in a function (best effort; it declines whenever unsure):

    for order in orders:                       # orders: a list bound once before the loop
        items = conn().execute(                # receiver: a name, attribute or no-arg call
            "SELECT a, b FROM t WHERE fk = ?",  # one placeholder (? or %s), in `col = ?`
            (order["id"],)).fetchall()          # the key: the loop variable or one field of it

becomes, before the loop, one query per 500 distinct keys that also selects ``fk`` under
an alias, grouped into a dict by it; the loop reads ``list(groups.get(key, ()))`` (or
``groups.get(key)`` for ``fetchone()``). Rows are rebuilt as plain dicts holding exactly
the original columns, in order, so the extra key column never reaches the output.

That is only equivalent when every use of a row is ``row["column"]`` or ``dict(row)``
(or ``**dict(row)``), and the list is only iterated, measured or tested for truth: a
dict differs from a database row in positional access, iteration and attribute access,
so any other use declines. Also declined: ``SELECT *``, GROUP BY/HAVING/LIMIT/OFFSET/
DISTINCT/aggregates/windows (per-key semantics), more than one placeholder, named
placeholders, a loop target that is not a plain name, an iterable that is not a list
bound once before the loop (or is touched inside it), a loop that writes to the database.

Nested loops (items per order, then a name per item) are handled in rounds: after the
outer loop is batched, an inner loop over ``list(groups.get(...))`` is batched before
the outer loop too, with the keys gathered through both loops: 1 + 1 + 1 queries.

>>> shape = _shape("SELECT name FROM products WHERE id = 42")
>>> shape == _shape("select name from products where id = ?")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import libcst as cst
import sqlglot
from libcst.metadata import ExpressionContext, ExpressionContextProvider, ParentNodeProvider
from sqlglot import exp

from perfagent.tools.recipes._cst import (
    Source,
    ancestors,
    bindings,
    blocks_between,
    dotted,
    find_function,
    first_proposal,
    fresh_name,
    metadata,
    names_in,
    rebound_in,
    walk,
)
from perfagent.tools.recipes._fastapi import loop_places
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

CHUNK = 500  # keys per query: far below SQLite's and drivers' parameter limits
KEY_ALIAS = "perfagent_key"
MAX_ROUNDS = 6
REITERABLE_CALLS = {"list", "sorted", "tuple"}


@dataclass
class _Site:
    """One query in a loop, with everything needed to batch it."""

    stmt: cst.SimpleStatementLine
    var: str
    fetch: str
    receiver: str
    key: str
    anchor: cst.CSTNode
    block: cst.IndentedBlock
    keys_source: str
    prefix: str
    suffix: str
    placeholder: str
    columns: list[str]
    sql: str


class _Query(NamedTuple):
    """The parts of ``var = receiver.execute(sql, (key,)).fetchall()`` (or fetchone)."""

    var: str
    fetch: str
    execute: cst.Call
    receiver: cst.BaseExpression
    sql: str


def nplusone(root: Path, target: RecipeTarget) -> Proposal:
    sample = target.extra.get("sql") if isinstance(target.extra.get("sql"), str) else None
    return first_proposal(
        _places(root, target),
        lambda source, name: _batch_function(source, name, sample),
        "no query inside a loop found",
    )


def _places(root: Path, target: RecipeTarget) -> list[tuple[Source, str]]:
    """The functions to look at: the named one, the endpoint's, or any with a loop query."""
    return loop_places(
        root,
        target,
        mentions=lambda text: ".execute(" in text,
        has_shape=_has_loop_query,
        none="no function of the target runs .execute(...) inside a loop",
    )


def _batch_function(source: Source, qualified: str, sample: str | None) -> Proposal:
    text = source.text
    reasons: list[str] = []
    done: list[_Site] = []
    name = qualified.rpartition(".")[2]
    for _ in range(MAX_ROUNDS):
        current = Source(source.path, text, cst.parse_module(text))
        func = find_function(
            current, qualified
        )  # qualified: a method name two classes define is one def
        site = _next_site(current.module, func, sample, reasons)
        if site is None:
            break
        text = _apply(current.module, func, site)
        done.append(site)
        if sample is not None:
            break
    if not done:
        nothing = (
            "no query inside a loop matches the finding's SQL"
            if sample
            else "no query inside a loop"
        )
        raise Decline(f"{name}: " + ("; ".join(dict.fromkeys(reasons)) or nothing))
    queries = "; ".join(f"`{s.sql.strip()[:70]}`" for s in done)
    return Proposal(
        recipe="nplusone",
        title=f"batch the N+1 queries of {name} ({source.path})",
        edit=checked_edit(
            source.text,
            text,
            blocks_between(source.path, source.text, text),
            f"batch loop queries in {name} ({source.path})",
        ),
        rationale=(
            f"{name} ran a query per loop item: {queries}. Each is now one `IN (...)` "
            f"query per {CHUNK} distinct keys before the loop, grouped by key; the loop "
            "reads its rows from the dict. Rows are rebuilt with exactly the original "
            "columns, so the output is unchanged."
        ),
        expected=(
            f"{len(done)} per-item quer{'y' if len(done) == 1 else 'ies'} replaced by "
            "one batched query each (per 500 keys): round trips drop from one per item "
            "to a handful per request"
        ),
        assumptions=[
            (
                "the key values have the same type as the column they are compared with (a "
                "str key against an integer column would no longer match)"
            ),
            (
                "the rows of one key come back in the same order as the per-item query returned "
                "them (only guaranteed when the query has an ORDER BY)"
            ),
            "nothing in the loop writes the rows the batched query read up front",
        ],
    )


def _has_loop_query(func: cst.FunctionDef) -> bool:
    return any(
        isinstance(n, cst.For) and any(_execute_call(m) for m in walk(n.body))
        for n in walk(func.body)
    )


def _execute_call(node: cst.CSTNode) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value == "execute"
    )


def _shape(sql: str) -> str:
    """A query with its literals and placeholders blanked, for matching a log sample."""
    s = sql.lower().replace("%s", "?")
    s = re.sub(r"'(?:[^']|'')*'", "?", s)
    s = re.sub(r"\b\d+(?:\.\d+)?\b", "?", s)
    return re.sub(r"\s+", " ", s).strip()


def _next_site(
    module: cst.Module, func: cst.FunctionDef, sample: str | None, reasons: list[str]
) -> _Site | None:
    finder = _SiteFinder(module, func)
    for loop in walk(func.body):
        if not isinstance(loop, cst.For) or not isinstance(loop.body, cst.IndentedBlock):
            continue
        for stmt in loop.body.body:
            if not isinstance(stmt, cst.SimpleStatementLine):
                continue
            query = _query_statement(stmt)
            if query is None:
                continue
            if sample is not None and not _shape(query.sql).startswith(_shape(sample)[:80]):
                continue
            try:
                return finder.site(loop, stmt, query)
            except Decline as declined:
                reasons.append(str(declined))
    return None


def _query_statement(stmt: cst.SimpleStatementLine) -> _Query | None:
    """The parts of ``var = R.execute(SQL, (k,)).fetchall()``; None for another statement."""
    small = stmt.body[0] if len(stmt.body) == 1 else None
    if not (isinstance(small, cst.Assign) and len(small.targets) == 1):
        return None
    var = small.targets[0].target
    fetch = small.value
    if not (
        isinstance(var, cst.Name)
        and isinstance(fetch, cst.Call)
        and not fetch.args
        and isinstance(fetch.func, cst.Attribute)
        and fetch.func.attr.value in ("fetchall", "fetchone")
    ):
        return None
    execute = fetch.func.value
    if not (
        isinstance(execute, cst.Call)
        and isinstance(execute.func, cst.Attribute)
        and execute.func.attr.value == "execute"
        and execute.args
    ):
        return None
    literal = execute.args[0].value
    sql = (
        literal.evaluated_value
        if isinstance(literal, (cst.SimpleString, cst.ConcatenatedString))
        else None
    )
    if not isinstance(sql, str):
        return None
    return _Query(var.value, fetch.func.attr.value, execute, execute.func.value, sql)


class _SiteFinder:
    def __init__(self, module: cst.Module, func: cst.FunctionDef) -> None:
        self.module, self.func = module, func
        wrapper = metadata(module)
        self.parents = wrapper.resolve(ParentNodeProvider)
        self.contexts = wrapper.resolve(ExpressionContextProvider)
        self.bindings = bindings(func)

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node).strip()

    def site(self, loop: cst.For, stmt: cst.SimpleStatementLine, query: _Query) -> _Site:
        var, fetch, execute, receiver, sql = query
        if not isinstance(loop.target, cst.Name):
            raise Decline(f"the loop over `{self.code(loop.iter)}` unpacks its items")
        loopvar = loop.target.value
        args = execute.args
        if (
            len(args) != 2
            or args[1].keyword is not None
            or not isinstance(args[1].value, (cst.Tuple, cst.List))
            or len(args[1].value.elements) != 1
        ):
            raise Decline(f"`{sql[:60]}` does not take exactly one parameter")
        key = args[1].value.elements[0].value
        if not self._from_loop_var(key, loopvar):
            raise Decline(
                f"the parameter `{self.code(key)}` is not the loop variable or one field of it"
            )
        self._invariant_receiver(receiver, loop)
        prefix, suffix, placeholder, columns = _split_sql(sql)
        self._writes_nothing(loop)
        self._uses(var, fetch, columns, stmt)
        anchor, block, keys_source = self._keys(loop, loopvar, key)
        if anchor is not loop:  # batched before the outer loop: it must not write either
            self._writes_nothing(anchor)
            self._invariant_receiver(receiver, anchor)
        return _Site(
            stmt=stmt,
            var=var,
            fetch=fetch,
            receiver=self.code(receiver),
            key=self.code(key),
            anchor=anchor,
            block=block,
            keys_source=keys_source,
            prefix=prefix,
            suffix=suffix,
            placeholder=placeholder,
            columns=columns,
            sql=sql,
        )

    def _from_loop_var(self, key: cst.BaseExpression, loopvar: str) -> bool:
        if isinstance(key, cst.Name):
            return key.value == loopvar
        if isinstance(key, cst.Attribute):
            return isinstance(key.value, cst.Name) and key.value.value == loopvar
        if (
            isinstance(key, cst.Subscript)
            and len(key.slice) == 1
            and isinstance(key.slice[0].slice, cst.Index)
        ):
            return (
                isinstance(key.value, cst.Name)
                and key.value.value == loopvar
                and isinstance(key.slice[0].slice.value, (cst.SimpleString, cst.Integer))
            )
        return False

    def _invariant_receiver(self, receiver: cst.BaseExpression, loop: cst.For) -> None:
        node = receiver
        if isinstance(node, cst.Call):
            if node.args:
                raise Decline(f"the connection `{self.code(receiver)}` is a call with arguments")
            node = node.func
        root = node
        while isinstance(root, cst.Attribute):
            root = root.value
        if not isinstance(root, cst.Name):
            raise Decline(
                f"cannot tell that `{self.code(receiver)}` is the same connection on "
                "every iteration"
            )
        if root.value in rebound_in(loop):
            raise Decline(f"`{root.value}` changes inside the loop")

    def _writes_nothing(self, loop: cst.For) -> None:
        for node in walk(loop):
            if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
                value = node.evaluated_value
                if isinstance(value, str) and re.match(
                    r"\s*(insert|update|delete|replace|create|drop|alter)\b", value, re.IGNORECASE
                ):
                    raise Decline("the loop also writes to the database")
            if (
                isinstance(node, cst.Call)
                and isinstance(node.func, cst.Attribute)
                and (node.func.attr.value in ("commit", "executemany", "executescript"))
            ):
                raise Decline("the loop also writes to the database")

    # -- how the rows are used ----------------------------------------------
    def _uses(self, var: str, fetch: str, columns: list[str], stmt: cst.CSTNode) -> None:
        if len(self.bindings.get(var, [])) != 1:
            raise Decline(f"`{var}` is bound more than once")
        for node in self._loads(var, self.func.body):
            parent = self.parents.get(node)
            if fetch == "fetchone":
                if self._truth_or_none_test(node):
                    continue
                self._row_use(node, var, columns)
            elif isinstance(parent, (cst.For, cst.CompFor)) and parent.iter is node:
                if not isinstance(parent.target, cst.Name):
                    raise Decline(f"the loop over `{var}` unpacks its rows")
                row = parent.target.value
                scope = parent if isinstance(parent, cst.For) else self.parents[parent]
                if isinstance(parent, cst.For) and len(self.bindings.get(row, [])) != 1:
                    raise Decline(f"`{row}` is bound more than once")
                for use in self._loads(row, scope):
                    self._row_use(use, row, columns)
            elif self._len_arg(node) or self._truth_or_none_test(node):
                continue
            elif (
                isinstance(parent, cst.Subscript)
                and parent.value is node
                and len(parent.slice) == 1
                and isinstance(parent.slice[0].slice, cst.Index)
                and not isinstance(parent.slice[0].slice.value, cst.SimpleString)
                and not isinstance(self.parents.get(parent), (cst.AssignTarget, cst.Del))
            ):
                self._row_use(parent, f"{var}[...]", columns)  # one row, by position
            else:
                raise Decline(
                    f"`{var}` is used as more than an iterable of rows (`{self._context(node)}`)"
                )

    def _row_use(self, node: cst.BaseExpression, row: str, columns: list[str]) -> None:
        parent = self.parents.get(node)
        if isinstance(parent, cst.Subscript) and parent.value is node and len(parent.slice) == 1:
            index = parent.slice[0].slice
            if (
                isinstance(index, cst.Index)
                and isinstance(index.value, cst.SimpleString)
                and index.value.evaluated_value in columns
                and not isinstance(self.parents.get(parent), (cst.AssignTarget, cst.Del))
            ):
                return
        if isinstance(parent, cst.Arg) and not parent.star:
            call = self.parents.get(parent)
            if isinstance(call, cst.Call) and dotted(call.func) == "dict" and len(call.args) == 1:
                return
        raise Decline(
            f"a row `{row}` is used in a way a plain dict might not reproduce "
            f"(`{self._context(node)}`)"
        )

    def _len_arg(self, node: cst.Name) -> bool:
        parent = self.parents.get(node)
        call = self.parents.get(parent) if isinstance(parent, cst.Arg) else None
        return isinstance(call, cst.Call) and dotted(call.func) == "len" and len(call.args) == 1

    def _truth_or_none_test(self, node: cst.Name) -> bool:
        parent = self.parents.get(node)
        if isinstance(parent, (cst.If, cst.While, cst.IfExp)) and parent.test is node:
            return True
        if isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Not):
            return True
        if isinstance(parent, cst.Comparison) and len(parent.comparisons) == 1:
            target = parent.comparisons[0]
            return (
                isinstance(target.operator, (cst.Is, cst.IsNot))
                and isinstance(target.comparator, cst.Name)
                and target.comparator.value == "None"
            )
        return False

    def _loads(self, name: str, scope: cst.CSTNode) -> list[cst.Name]:
        out = []
        for node in walk(scope):
            if (
                isinstance(node, cst.Name)
                and node.value == name
                and self.contexts.get(node) is ExpressionContext.LOAD
            ):
                parent = self.parents.get(node)
                if isinstance(parent, cst.Attribute) and parent.attr is node:
                    continue
                out.append(node)
        return out

    def _context(self, node: cst.CSTNode) -> str:
        stmt = next(
            (a for a in ancestors(node, self.parents) if isinstance(a, cst.BaseSmallStatement)),
            node,
        )
        text = self.code(stmt)
        return text if len(text) < 60 else text[:57] + "..."

    # -- where the keys come from ------------------------------------------
    def _keys(
        self,
        loop: cst.For,
        loopvar: str,
        key: cst.BaseExpression,
    ) -> tuple[cst.For, cst.IndentedBlock, str]:
        """Where the batch goes (before ``loop``, whose target is ``loopvar``, or before the
        loop around it), its block, and a generator expression of every key."""
        iterable = loop.iter
        if not isinstance(iterable, cst.Name):
            raise Decline(f"the loop iterates `{self.code(iterable)}`, not a list bound once")
        block = self.parents.get(loop)
        if not isinstance(block, cst.IndentedBlock):
            raise Decline("the loop is not in an indented block")
        if self._loads(iterable.value, loop.body):
            raise Decline(f"`{iterable.value}` is used inside its own loop")
        binding, bound = self._single_binding(iterable.value)
        outer = self.parents.get(block)
        if (
            binding is not None
            and any(s is binding for s in block.body)
            and isinstance(outer, cst.For)
            and bound is not None
            and self._pure_in(bound, outer)
            and [id(n) for n in self._loads(iterable.value, outer.body)] == [id(iterable)]
        ):
            outer_iter = outer.iter
            if (
                isinstance(outer.target, cst.Name)
                and isinstance(outer_iter, cst.Name)
                and self._reiterable(outer_iter.value)
                and not self._loads(outer_iter.value, outer.body)
            ):
                outer_block = self.parents.get(outer)
                if isinstance(outer_block, cst.IndentedBlock):
                    value = self.code(bound)
                    source = (
                        f"{self.code(key)} for {outer.target.value} in {outer_iter.value} "
                        f"for {loopvar} in {value}"
                    )
                    return outer, outer_block, source
        if not self._reiterable(iterable.value):
            raise Decline(f"`{iterable.value}` is not a list bound once before the loop")
        if binding is not None and not _before(binding, loop, block):
            raise Decline(f"`{iterable.value}` is not bound before the loop in the same block")
        return loop, block, f"{self.code(key)} for {loopvar} in {iterable.value}"

    def _single_binding(
        self,
        name: str,
    ) -> tuple[cst.SimpleStatementLine | None, cst.BaseExpression | None]:
        """The statement of the one assignment binding ``name`` (None if it is bound more
        than once or otherwise), and the value it gives ``name`` (None when it unpacks)."""
        bound = self.bindings.get(name, [])
        assign = bound[0][0] if len(bound) == 1 else None
        if not isinstance(assign, cst.Assign):
            return None, None
        stmt = self.parents.get(assign)
        plain = all(isinstance(t.target, cst.Name) for t in assign.targets)  # a = b = value
        return (stmt if isinstance(stmt, cst.SimpleStatementLine) else None), (
            assign.value if plain else None
        )

    def _reiterable(self, name: str) -> bool:
        bound = self.bindings.get(name, [])
        if not bound:  # a parameter annotated as a list
            params = {p.name.value: p for p in self.func.params.params}
            param = params.get(name)
            annotation = param.annotation.annotation if param and param.annotation else None
            return annotation is not None and dotted(
                annotation.value if isinstance(annotation, cst.Subscript) else annotation
            ) in ("list", "List", "tuple", "Sequence")
        if len(bound) != 1 or bound[0][1] is None:
            return False
        value = bound[0][1]
        if isinstance(value, (cst.List, cst.ListComp, cst.Tuple)):
            return True
        if isinstance(value, cst.Call):
            if dotted(value.func) in REITERABLE_CALLS:
                return True
            return isinstance(value.func, cst.Attribute) and value.func.attr.value == "fetchall"
        return False

    def _pure_in(self, value: cst.BaseExpression | None, outer: cst.For) -> bool:
        """Whether ``value`` can be evaluated for every item before ``outer`` runs: only
        reads, list()/tuple()/sorted() and .get(), of the outer loop variable and names
        the outer loop never rebinds."""
        if value is None or not isinstance(outer.target, cst.Name):
            return False
        rebound = (rebound_in(outer) | _written_through(outer)) - {outer.target.value}
        for node in walk(value):
            if isinstance(node, cst.Call):
                name = dotted(node.func)
                if not (
                    name in REITERABLE_CALLS
                    or (isinstance(node.func, cst.Attribute) and node.func.attr.value == "get")
                ):
                    return False
            elif (
                isinstance(node, (cst.Lambda, cst.NamedExpr, cst.Await, cst.Yield))
                or isinstance(node, cst.Name)
                and node.value in rebound
            ):
                return False
        return True


def _before(stmt: cst.CSTNode, loop: cst.CSTNode, block: cst.IndentedBlock) -> bool:
    index = {id(s): i for i, s in enumerate(block.body)}
    return id(stmt) in index and index[id(stmt)] < index[id(loop)]


def _written_through(node: cst.CSTNode) -> set[str]:
    """Names whose objects are written inside ``node``: item/attribute assignment targets
    and receivers of method calls other than ``get``."""
    names: set[str] = set()
    for child in walk(node):
        target: cst.BaseExpression | None = None
        if isinstance(child, (cst.AssignTarget, cst.AugAssign, cst.Del)):
            target = child.target
        elif (
            isinstance(child, cst.Call)
            and isinstance(child.func, cst.Attribute)
            and (child.func.attr.value != "get")
        ):
            target = child.func.value
        while isinstance(target, (cst.Subscript, cst.Attribute)):
            target = target.value
        if isinstance(target, cst.Name):
            names.add(target.value)
    return names


def _split_sql(sql: str) -> tuple[str, str, str, list[str]]:
    """(SQL up to ``IN (``, SQL after ``)``, the placeholder, output column names)."""
    placeholder = "?" if "?" in sql else "%s" if "%s" in sql else None
    if placeholder is None or sql.count(placeholder) != 1 or (placeholder == "?" and "%s" in sql):
        raise Decline(f"`{sql[:60]}` does not have exactly one ? or %s placeholder")
    try:
        tree = sqlglot.parse_one(sql, read="sqlite" if placeholder == "?" else "postgres")
    except sqlglot.errors.ParseError as exc:
        raise Decline(f"cannot parse `{sql[:60]}`") from exc
    if not isinstance(tree, exp.Select):
        raise Decline(f"`{sql[:60]}` is not a plain SELECT")
    for part in ("group", "having", "limit", "offset", "distinct", "qualify"):
        if tree.args.get(part):
            raise Decline(f"`{sql[:60]}` has {part.upper()}: batching would change it per key")
    if any(
        isinstance(e, (exp.AggFunc, exp.Window)) for e in tree.find_all(exp.AggFunc, exp.Window)
    ):
        raise Decline(f"`{sql[:60]}` aggregates")
    if list(tree.find_all(exp.Subquery, exp.Union)):
        raise Decline(f"`{sql[:60]}` has a subquery")
    columns = []
    for projection in tree.expressions:
        if isinstance(projection, exp.Star) or (
            isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star)
        ):
            raise Decline(f"`{sql[:60]}` selects *: the columns are unknown")
        if not isinstance(projection, (exp.Column, exp.Alias)):
            raise Decline(f"`{sql[:60]}` selects an unnamed expression")
        columns.append(projection.alias_or_name)
    if len(set(columns)) != len(columns) or KEY_ALIAS in columns:
        raise Decline(f"`{sql[:60]}` has duplicate column names")
    placeholders = list(tree.find_all(exp.Placeholder))
    if len(placeholders) != 1 or placeholders[0].this:
        raise Decline(f"`{sql[:60]}` uses a named placeholder")
    eq = placeholders[0].parent
    if not (
        isinstance(eq, exp.EQ)
        and isinstance(eq.this, exp.Column)
        and eq.expression is placeholders[0]
    ):
        raise Decline(f"`{sql[:60]}` does not filter with `column = {placeholder}`")
    parent = eq.parent
    while isinstance(parent, exp.And):
        parent = parent.parent
    if not isinstance(parent, exp.Where) or parent.parent is not tree:
        raise Decline(f"`{sql[:60]}`: `column = {placeholder}` is not a top-level WHERE condition")
    found = list(re.finditer(r"([\w.\"`\[\]]+)\s*=\s*" + re.escape(placeholder), sql))
    select = re.match(r"\s*select\s+", sql, re.IGNORECASE)
    if (
        len(found) != 1
        or select is None
        or re.match(r"(distinct|all)\b", sql[select.end() :], re.IGNORECASE)
    ):
        raise Decline(f"cannot locate the filter of `{sql[:60]}` in its text")
    column = found[0].group(1)
    if column.strip('"`[]').split(".")[-1].strip('"`[]').lower() != eq.this.name.lower():
        raise Decline(f"cannot locate the filter of `{sql[:60]}` in its text")
    head = sql[: select.end()] + f"{column} AS {KEY_ALIAS}, " + sql[select.end() : found[0].start()]
    return head + f"{column} IN (", ")" + sql[found[0].end() :], placeholder, columns


BATCH = """\
pass
# Batched: one query per {chunk} keys instead of one per item (was N+1).
{keys} = list(dict.fromkeys({keys_source}))
{groups} = {{}}
for {start} in range(0, len({keys}), {chunk}):
    {part} = {keys}[{start}:{start} + {chunk}]
    for {row} in {receiver}.execute(
{c}{prefix}
{c}+ ", ".join({marks}) + {suffix},
{c}{part},
{b}).fetchall():
        {collect}
"""


def _apply(module: cst.Module, func: cst.FunctionDef, site: _Site) -> str:
    taken = names_in(func)  # a new local can only clash with names the function uses
    names = {}
    for key, wanted in (
        ("keys", f"{site.var}_keys"),
        ("groups", f"{site.var}_by_key"),
        ("start", "start"),
        ("part", "chunk"),
        ("row", "row"),
    ):
        names[key] = fresh_name(wanted, taken)
        taken.add(names[key])
    indent = module.default_indent  # continuation lines are relative to the block's indent
    fields = ", ".join(f"{_py_str(c)}: {names['row']}[{_py_str(c)}]" for c in site.columns)
    record = f"{names['row']}[{_py_str(KEY_ALIAS)}]"
    collect = (
        f"{names['groups']}.setdefault({record}, []).append({{{fields}}})"
        if site.fetch == "fetchall"
        else f"{names['groups']}.setdefault({record}, {{{fields}}})"
    )
    marks = (
        f'"?" * len({names["part"]})'
        if site.placeholder == "?"
        else f'["%s"] * len({names["part"]})'
    )
    code = BATCH.format(
        chunk=CHUNK,
        keys_source=site.keys_source,
        receiver=site.receiver,
        prefix=_py_str(site.prefix),
        suffix=_py_str(site.suffix),
        marks=marks,
        collect=collect,
        c=indent * 2,
        b=indent,
        **names,
    )
    statements = list(cst.parse_module(code).body)[1:]
    read = (
        f"{site.var} = list({names['groups']}.get({site.key}, ()))"
        if site.fetch == "fetchall"
        else f"{site.var} = {names['groups']}.get({site.key})"
    )
    replacement = cst.parse_statement(read + "\n").with_changes(
        leading_lines=site.stmt.leading_lines
    )
    index = next(i for i, s in enumerate(site.block.body) if s is site.anchor)
    rewritten = _Insert(site, statements, replacement, index)
    return module.visit(rewritten).code


class _Insert(cst.CSTTransformer):
    def __init__(self, site: _Site, statements, replacement, index: int) -> None:
        self.site, self.statements = site, statements
        self.replacement, self.index = replacement, index

    def on_leave(self, original, updated):
        if original is self.site.stmt:
            return self.replacement
        if original is self.site.block:
            body = list(updated.body)
            first = self.statements[0]
            anchor = body[self.index]
            statements = [
                first.with_changes(leading_lines=(*anchor.leading_lines, *first.leading_lines)),
                *self.statements[1:],
            ]
            body[self.index] = anchor.with_changes(leading_lines=())
            body[self.index : self.index] = statements
            return updated.with_changes(body=body)
        return updated


def _py_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


RECIPE = Recipe(
    name="nplusone",
    kinds=frozenset({"n_plus_one", "latency"}),
    build=nplusone,
    order=70,
    measure="load",
    cost="runs a query per loop item (N+1 round trips)",
    covers="query_in_loop",
)
