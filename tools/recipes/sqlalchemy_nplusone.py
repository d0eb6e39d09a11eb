"""SQLAlchemy lazy loads in a loop (N+1) → ``selectinload`` on the query for the parents.

Accepted shape, in a function (best effort; it declines whenever unsure):

    parents = session.query(Parent).filter(...).all()           # or Parent.query...
    parents = session.scalars(select(Parent).where(...)).all()  # or execute(...).scalars()
    for p in parents:                                            # or `for p in <query>:`
        ... p.children ...                                       # a relationship of Parent

becomes ``session.query(Parent).options(selectinload(Parent.children)).filter(...)`` (or
``select(Parent).options(...)``), ``selectinload`` imported from ``sqlalchemy.orm``: the
children of all parents come in one more query (``WHERE parent_id IN (...)``, per 500
parents) instead of one lazy load per parent. The objects and collections are the same.

``Parent`` is found statically: a class in the same module, or imported from a module of
the target, whose own body declares ``children = relationship(...)`` (or
``children: Mapped[...] = relationship(...)``), lazy-loading (no ``lazy=``, or ``"select"``).

Declined: an entity that is not a plain class (columns, aliases, several entities); a
chain method it does not know (group_by, with_entities, yield_per...); a loop variable
that is unpacked or rebound; attributes it cannot tie to a ``relationship(...)`` of the
class (inherited, a backref declared on the other side, a property); relationships with
another loading strategy (already eager, dynamic, write-only, raise); options on the
query that already name the attribute, or a wildcard.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text('''from sqlalchemy.orm import Session, relationship
... class Parent(Base):
...     children = relationship("Child")
... def names(session: Session) -> list[int]:
...     return [len(p.children) for p in session.query(Parent).all()]
... ''')
>>> p = sqlalchemy_nplusone(root, RecipeTarget(file="m.py", function="names"))
>>> print(p.edit.blocks[0].replace.splitlines()[0])
from sqlalchemy.orm import Session, relationship, selectinload
>>> print(p.edit.blocks[-1].replace.splitlines()[-1].strip())
return [len(p.children) for p in session.query(Parent).options(selectinload(Parent.children)).all()]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst

from perfagent.tools.recipes._cst import (
    Source,
    bindings,
    blocks_between,
    dotted,
    find_function,
    first_proposal,
    load,
    names_in,
    rebound_in,
    replace_nodes,
    single_assignment,
    walk,
)
from perfagent.tools.recipes._fastapi import loop_places, with_imported_name
from perfagent.tools.recipes._purity import ModuleInfo
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

QUERY_CHAIN = {
    "filter",
    "filter_by",
    "where",
    "order_by",
    "limit",
    "offset",
    "options",
    "join",
    "join_from",
    "outerjoin",
    "distinct",
    "execution_options",
    "params",
}
RESULT_CHAIN = {"all", "unique"}
LAZY_LOADS = {"select", "True"}
MAX_HOPS = 3  # re-exports followed to find a class (models/__init__.py → models/author.py)


@dataclass
class _Query:
    """One query for parent objects, and where ``.options(...)`` goes."""

    entity: cst.BaseExpression
    anchor: cst.BaseExpression  # session.query(E) / E.query / select(E)
    options: list[cst.Call]
    attrs: list[str] = field(default_factory=list)


def sqlalchemy_nplusone(root: Path, target: RecipeTarget) -> Proposal:
    return first_proposal(
        _places(root, target),
        lambda source, name: _eager_load(root, source, name),
        "no loop over a SQLAlchemy query found",
    )


def _places(root: Path, target: RecipeTarget) -> list[tuple[Source, str]]:
    """The functions to look at: the named one, the endpoint's, or any with such a loop."""
    return loop_places(
        root,
        target,
        mentions=lambda text: bool(re.search(r"\.query\b|\bselect\(", text)) and "for " in text,
        has_shape=lambda f: bool(_loops(f)),
        none="no function of the target loops over a SQLAlchemy query",
    )


def _eager_load(root: Path, source: Source, qualified: str) -> Proposal:
    func = find_function(
        source, qualified
    )  # qualified: a method name two classes define is one def
    name = qualified.rpartition(".")[2]
    info = ModuleInfo.of(source.module)
    binds = bindings(func)
    queries: dict[int, _Query] = {}
    reasons: list[str] = []
    for loop in _loops(func):
        try:
            query = _loop_query(source, info, binds, loop)
            if query is None:
                continue
            attrs = _touched(loop)
            cls_source, cls = _find_class(root, source, info, query.entity)
            wanted = _lazy_relationships(cls_source, cls, attrs, query, source)
        except Decline as declined:
            reasons.append(str(declined))
            continue
        kept = queries.setdefault(id(query.anchor), query)
        kept.attrs += [a for a in wanted if a not in kept.attrs]
    if not queries:
        raise Decline(
            f"{name}: " + ("; ".join(dict.fromkeys(reasons)) or "no loop over a SQLAlchemy query")
        )
    loader = info.imports.get("selectinload")
    if (
        loader is None
        and "selectinload" in names_in(source.module)
        or loader not in (None, "sqlalchemy.orm.selectinload")
    ):
        raise Decline(f"`selectinload` means something else in {source.path}")
    replace: dict[int, cst.CSTNode] = {}
    for query in queries.values():
        entity = source.code(query.entity)
        loaders = [
            cst.Arg(cst.parse_expression(f"selectinload({entity}.{a})")) for a in query.attrs
        ]
        replace[id(query.anchor)] = cst.Call(
            func=cst.Attribute(value=query.anchor, attr=cst.Name("options")), args=loaders
        )
    rewritten = replace_nodes(source.module, replace)
    if loader is None:
        rewritten = with_imported_name(rewritten, "sqlalchemy.orm", "selectinload")
    loaded = ", ".join(f"{source.code(q.entity)}.{a}" for q in queries.values() for a in q.attrs)
    count = sum(len(q.attrs) for q in queries.values())
    return Proposal(
        recipe="sqlalchemy_nplusone",
        title=f"eager-load {loaded} in {name} ({source.path})",
        edit=checked_edit(
            source.text,
            rewritten.code,
            blocks_between(source.path, source.text, rewritten.code),
            f"selectinload {loaded} in {name} ({source.path})",
        ),
        rationale=(
            f"{name} loops over the objects of a query and reads {loaded} on each: "
            "SQLAlchemy lazy-loads it with one query per object (N+1). selectinload "
            "loads it for all of them with one `IN (...)` query right after the first "
            "one; the objects and their collections are the same."
        ),
        expected=(
            f"1 + N·{count} queries become {1 + count} (per 500 parent objects): round "
            "trips drop from one per item to a fixed few per call"
        ),
        assumptions=[
            (
                "most objects of the query have their relationship read in the loop (else the "
                "eager load fetches rows the loop would not have)"
            ),
            (
                "nothing between the query and the loop expires the objects (a commit would make "
                "them load again, as before)"
            ),
            (
                "a collection without relationship(order_by=...) may come back in another order, "
                "as either query's order is the database's choice"
            ),
        ],
    )


@dataclass
class _Loop:
    """A for statement or a comprehension's ``for``: what it binds, iterates and runs."""

    target: cst.BaseAssignTargetExpression
    iter: cst.BaseExpression
    body: list[cst.CSTNode]


def _loops(func: cst.FunctionDef) -> list[_Loop]:
    out = []
    for node in walk(func.body):
        if isinstance(node, cst.For):
            out.append(_Loop(node.target, node.iter, [node.body]))
        elif isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
            elements = [node.key, node.value] if isinstance(node, cst.DictComp) else [node.elt]
            comp: cst.CompFor | None = node.for_in
            while comp is not None:
                inner = [comp.inner_for_in] if comp.inner_for_in else []
                out.append(_Loop(comp.target, comp.iter, [*elements, *comp.ifs, *inner]))
                comp = comp.inner_for_in
    return out


def _loop_query(source: Source, info: ModuleInfo, binds, loop: _Loop) -> _Query | None:
    """The query whose objects ``loop`` iterates, or None when it iterates something else."""
    expr = loop.iter
    if isinstance(expr, cst.Name):
        bound = binds.get(expr.value, [])
        if len(bound) != 1 or bound[0][1] is None:
            if any(v is not None and _parse_query(source, info, v) for _, v in bound):
                raise Decline(f"`{expr.value}` is bound more than once")
            return None
        expr = bound[0][1]
    query = _parse_query(source, info, expr)
    if query is None:
        return None
    if not isinstance(loop.target, cst.Name):
        raise Decline(f"the loop over `{source.code(loop.iter)}` unpacks its items")
    if any(loop.target.value in rebound_in(node, nested_params=True) for node in loop.body):
        raise Decline(f"`{loop.target.value}` is rebound inside the loop")
    return query


def _parse_query(source: Source, info: ModuleInfo, expr: cst.BaseExpression) -> _Query | None:
    """``session.query(E)...[.all()]``, ``E.query...``, ``session.scalars(select(E)...)
    [.all()]`` or ``session.execute(select(E)...).scalars()[.all()]``; None for anything
    that is not a query for objects; Decline for a query it is not sure about."""
    _, links = _chain(expr)
    for i, (name, node) in enumerate(links):
        if name == "query" and isinstance(node, cst.Call):
            if len(node.args) != 1 or node.args[0].keyword or node.args[0].star:
                raise Decline(f"`{source.code(node)}` does not query one entity")
            entity, rest = node.args[0].value, links[i + 1 :]
        elif name == "query" and isinstance(node, cst.Attribute) and dotted(node.value):
            entity, rest = node.value, links[i + 1 :]  # Flask-SQLAlchemy: Parent.query
        elif name in ("scalars", "execute") and isinstance(node, cst.Call) and node.args:
            rest = links[i + 1 :]
            if name == "execute":
                if (
                    not rest
                    or rest[0][0] != "scalars"
                    or not isinstance(rest[0][1], cst.Call)
                    or rest[0][1].args
                ):
                    return None  # rows, not objects
                rest = rest[1:]
            _only(source, rest, RESULT_CHAIN, expr)
            if len(node.args) != 1 or node.args[0].keyword:
                raise Decline(f"`{source.code(node)[:60]}` passes parameters to the statement")
            return _parse_select(source, info, node.args[0].value)
        else:
            continue
        _only(source, rest, QUERY_CHAIN | {"all"}, expr)
        if any(n == "all" for n, _ in rest[:-1]):
            raise Decline(f"`{source.code(expr)[:60]}` chains after .all()")
        return _entity(source, _Query(entity, node, _options(rest)))
    return None


def _parse_select(source: Source, info: ModuleInfo, expr: cst.BaseExpression) -> _Query:
    base, links = _chain(expr)
    callee = dotted(base.func) if isinstance(base, cst.Call) else ""
    head, _, rest = callee.partition(".")
    origin = info.imports.get(head, "")
    full = f"{origin}.{rest}" if rest else origin
    if not (
        isinstance(base, cst.Call) and full.startswith("sqlalchemy") and full.endswith(".select")
    ):
        raise Decline(f"`{source.code(expr)[:60]}` is not a sqlalchemy select(...)")
    if len(base.args) != 1 or base.args[0].keyword or base.args[0].star:
        raise Decline(f"`{source.code(base)}` does not select one entity")
    _only(source, links, QUERY_CHAIN, expr)
    return _entity(source, _Query(base.args[0].value, base, _options(links)))


def _entity(source: Source, query: _Query) -> _Query:
    if not dotted(query.entity):
        raise Decline(f"`{source.code(query.entity)}` is not a plain class name")
    return query


def _only(source: Source, links, allowed: set[str], expr: cst.BaseExpression) -> None:
    for name, node in links:
        if name not in allowed or not isinstance(node, cst.Call):
            raise Decline(
                f"`{source.code(expr)[:60]}` uses .{name}, which this recipe does "
                "not know to keep objects as they are"
            )


def _options(links) -> list[cst.Call]:
    return [node for name, node in links if name == "options"]


def _chain(
    expr: cst.BaseExpression,
) -> tuple[cst.BaseExpression, list[tuple[str, cst.Call | cst.Attribute]]]:
    """The innermost receiver of ``a.b(...).c(...)``, and the links (name, Call or
    Attribute) from the inside out."""
    links: list[tuple[str, cst.Call | cst.Attribute]] = []
    node = expr
    while True:
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            links.append((node.func.attr.value, node))
            node = node.func.value
        elif isinstance(node, cst.Attribute):
            links.append((node.attr.value, node))
            node = node.value
        else:
            return node, links[::-1]


def _touched(loop: _Loop) -> list[str]:
    """Attributes read off the loop variable inside the loop, in order."""
    assert isinstance(loop.target, cst.Name)  # _loop_query declines a loop that unpacks
    var = loop.target.value
    found: list[str] = []

    class Reads(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            return False  # its own scope: a `p` there may be another one

        def visit_Lambda(self, node: cst.Lambda) -> bool:
            return False

        def visit_Attribute(self, node: cst.Attribute) -> None:
            if (
                isinstance(node.value, cst.Name)
                and node.value.value == var
                and node.attr.value not in found
            ):
                found.append(node.attr.value)

    for node in loop.body:
        node.visit(Reads())
    return found


def _find_class(
    root: Path, source: Source, info: ModuleInfo, entity: cst.BaseExpression
) -> tuple[Source, cst.ClassDef]:
    """The class statement of the queried entity: in this module, or in the target module it
    is imported from (following re-exports a few times)."""
    name = dotted(entity)
    head, _, rest = name.partition(".")
    for _ in range(MAX_HOPS):
        for stmt in source.module.body:
            if isinstance(stmt, cst.ClassDef) and stmt.name.value == head:
                if rest:
                    raise Decline(
                        f"`{name}` is not a plain class name (an attribute of class "
                        f"{head}: it loads values, not objects)"
                    )
                return source, stmt
        origin = info.imports.get(head)
        if origin is None:
            raise Decline(
                f"cannot find the class {name} (not defined or imported in {source.path})"
            )
        full = f"{origin}.{rest}" if rest else origin
        module_name, _, cls_name = full.rpartition(".")
        rel = _module_file(root, source.path, module_name)
        if rel is None:
            raise Decline(f"{name} comes from {module_name}, which is not a module of the target")
        source = load(root, rel)
        info = ModuleInfo.of(source.module)
        head, rest, name = cls_name, "", cls_name
    raise Decline(f"cannot find the class {name}: too many re-exports")


def _module_file(root: Path, importer: str, module: str) -> str | None:
    """The target-relative file of a dotted (or relative, ``.models``) module name."""
    level = len(module) - len(module.lstrip("."))
    parts = [p for p in module.lstrip(".").split(".") if p]
    if level:
        base = Path(importer).parent
        for _ in range(level - 1):
            base = base.parent
        candidates = [base.joinpath(*parts)]
    else:
        candidates = [Path(*parts), Path("src", *parts)] if parts else []
    for stem in candidates:
        for rel in (stem.with_suffix(".py"), stem / "__init__.py"):
            if (root / rel).is_file():
                return rel.as_posix()
    return None


def _lazy_relationships(
    cls_source: Source, cls: cst.ClassDef, attrs: list[str], query: _Query, source: Source
) -> list[str]:
    """The attributes among ``attrs`` that are lazy-loaded relationships of the class and
    that the query's options do not name yet; Decline with why when there are none."""
    declared = _relationships(cls_source, cls)
    cls_name = cls.name.value
    touched = [a for a in attrs if a in declared]
    if not touched:
        read = ", ".join(attrs) or "nothing"
        raise Decline(
            f"the loop reads {read} off each {cls_name}: none is a relationship(...) "
            f"declared in class {cls_name} ({cls_source.path})"
        )
    options = " ".join(source.code(o) for o in query.options)
    wanted, reasons = [], []
    for attr in touched:
        lazy = declared[attr]
        if re.search(rf"\.{attr}\b|[\"']{attr}[\"']|[\"']\*[\"']", options):
            reasons.append(f"the query's options already name {cls_name}.{attr}")
        elif lazy not in LAZY_LOADS:
            reasons.append(f"{cls_name}.{attr} is loaded with lazy={lazy}, not lazily one by one")
        else:
            wanted.append(attr)
    if not wanted:
        raise Decline("; ".join(reasons))
    return wanted


def _relationships(source: Source, cls: cst.ClassDef) -> dict[str, str]:
    """``attribute → lazy strategy`` for each ``relationship(...)`` in the class's own body."""
    info = ModuleInfo.of(source.module)
    out = {}
    for stmt in cls.body.body:
        assigned = single_assignment(stmt)
        if assigned is None:
            continue
        target, value = assigned
        if not (
            isinstance(target, cst.Name)
            and isinstance(value, cst.Call)
            and _is_relationship(info, dotted(value.func))
        ):
            continue
        lazy: str | bytes = "select"
        for arg in value.args:
            if arg.keyword is not None and arg.keyword.value == "lazy":
                lazy = (
                    arg.value.evaluated_value
                    if isinstance(arg.value, cst.SimpleString)
                    else source.code(arg.value)
                )
        out[target.value] = str(lazy)
    return out


def _is_relationship(info: ModuleInfo, callee: str) -> bool:
    head, _, rest = callee.partition(".")
    if not callee.endswith("relationship"):
        return False
    origin = info.imports.get(head)
    if origin is not None:
        return (
            f"{origin}.{rest}".startswith(("sqlalchemy", "flask_sqlalchemy"))
            if rest
            else origin.startswith("sqlalchemy.")
        )
    values = info.variables.get(head, [])  # db = SQLAlchemy(); db.relationship(...)
    return (
        bool(rest)
        and len(values) == 1
        and isinstance(values[0], cst.Call)
        and info.imports.get(dotted(values[0].func).split(".")[0], "").startswith(
            "flask_sqlalchemy"
        )
    )


RECIPE = Recipe(
    name="sqlalchemy_nplusone",
    kinds=frozenset({"n_plus_one", "latency"}),
    build=sqlalchemy_nplusone,
    order=80,
    measure="load",
    cost="lazy-loads an ORM relationship per loop item (N+1 queries)",
    covers="query_in_loop",
)
