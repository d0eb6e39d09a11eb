"""Cache a method's results per instance, keyed by its arguments.

The shape found in real commits (sqlglot 693b3e3ef, ``Resolver._get_column_type_from_scope``):
a method that calls itself, re-walking shared parts of a graph, whose result depends only
on its arguments while the instance lives. ``functools.lru_cache`` does not fit a method
(it keeps every instance alive and shares one cache across them); a dict on the instance does.

Accepted: a plain method (first parameter ``self``, no decorator, no ``*args``/``**kwargs``,
no defaults) that is recursive or measured as called many times, and that does not assign,
delete or mutate anything reached through ``self``, nor ``yield``/``await``, nor declare
``global``/``nonlocal``, nor promise a mutable return (``list``/``dict``/``set``). The
method is renamed ``_<name>_uncached`` and a method of the old name answers from
``self._<name>_cache``, so recursive calls go through the cache too. Scalar-annotated
arguments are keyed by value, others by identity (the cache entry holds them, so an id
is not reused while cached).

Assumed, for the tests to prove: the arguments are hashable and equal arguments give equal
results while the instance lives (the state the method reads through ``self`` does not change).

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "g.py").write_text(
...     "class Walker:\\n"
...     "    def depth(self, node: str) -> int:\\n"
...     "        kids = self.graph[node]\\n"
...     "        return 1 + max((self.depth(k) for k in kids), default=0)\\n")
>>> proposal = memoize_method(root, RecipeTarget(file="g.py", function="Walker.depth"))
>>> print(proposal.edit.blocks[0].replace, end="")
class Walker:
    def depth(self, node: str) -> int:
        try:
            cache = self._depth_cache
        except AttributeError:
            cache = self._depth_cache = {}
        key = (node,)
        if key not in cache:
            cache[key] = ((node,), self._depth_uncached(node))
        return cache[key][1]
<BLANKLINE>
    def _depth_uncached(self, node: str) -> int:
        kids = self.graph[node]
        return 1 + max((self.depth(k) for k in kids), default=0)
"""

from __future__ import annotations

from pathlib import Path

import libcst as cst
from libcst.metadata import ParentNodeProvider

from perfagent.tools.recipes._cst import blocks_between, dotted, find_function, load, metadata, walk
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

MUTATORS = frozenset(
    [
        "append",
        "extend",
        "add",
        "update",
        "pop",
        "popitem",
        "remove",
        "insert",
        "clear",
        "setdefault",
        "discard",
        "sort",
        "reverse",
    ]
)
MUTABLE_RETURNS = frozenset(["list", "dict", "set", "List", "Dict", "Set", "bytearray"])


def memoize_method(root: Path, target: RecipeTarget) -> Proposal:
    source = load(root, target.file)
    func = find_function(source, target.function, target.line)
    name = func.name.value
    parents = metadata(source.module).resolve(ParentNodeProvider)
    block = parents.get(func)
    cls = parents.get(block) if block is not None else None
    if not isinstance(cls, cst.ClassDef):
        raise Decline(f"{name} is not a method of a class")
    if func.decorators:
        raise Decline(
            f"{name} is decorated (a property, static or class method, or another wrapper); "
            "a per-instance cache cannot sit under it safely"
        )
    if isinstance(func.asynchronous, cst.Asynchronous):
        raise Decline(f"{name} is a coroutine; caching it would cache a coroutine object")
    params = func.params
    if (
        params.star_arg not in (cst.MaybeSentinel.DEFAULT, None)
        or params.star_kwarg is not None
        or params.kwonly_params
        or params.posonly_params
    ):
        raise Decline(
            f"{name} takes *args, **kwargs or keyword-only parameters; the cache key would be "
            "unsure"
        )
    plain = list(params.params)
    if not plain or plain[0].name.value != "self":
        raise Decline(f"{name} does not take self first")
    if any(p.default is not None for p in plain):
        raise Decline(
            f"{name} has parameter defaults; a call with and without them would be cached apart"
        )
    args = [p.name.value for p in plain[1:]]
    if not args:
        raise Decline(f"{name} takes no arguments besides self; nothing to key a cache on")
    _check_body(func, name)
    if func.returns is not None and dotted(_base(func.returns.annotation)) in MUTABLE_RETURNS:
        raise Decline(
            f"{name} returns a mutable {dotted(_base(func.returns.annotation))}; callers would "
            "share one"
        )
    recursive = any(
        isinstance(n, cst.Attribute)
        and isinstance(n.value, cst.Name)
        and n.value.value == "self"
        and n.attr.value == name
        for n in walk(func.body)
    )
    calls = target.extra.get("calls") or 0
    if not recursive and calls < 2:
        raise Decline(
            f"{name} neither calls itself nor is measured as called repeatedly; a cache would "
            "not be hit"
        )
    taken = {n.value for n in walk(cls) if isinstance(n, cst.Name)}
    stem = name if name.startswith("_") and not name.startswith("__") else f"_{name.lstrip('_')}"
    uncached, cache_attr = f"{stem}_uncached", f"{stem}_cache"  # one leading _: no name mangling
    if uncached in taken or cache_attr in taken:
        raise Decline(f"the class already uses {uncached} or {cache_attr}")
    signature = source.module.code_for_node(params)
    returns = f" -> {source.module.code_for_node(func.returns.annotation)}" if func.returns else ""
    # Objects are keyed by identity (the expert's choice in sqlglot: equal-looking nodes may
    # stand in different places); the entry holds the arguments, so an id is not reused while
    # it is cached.
    parts = [p.name.value if _scalar(p) else f"id({p.name.value})" for p in plain[1:]]
    key = f"({parts[0]},)" if len(parts) == 1 else f"({', '.join(parts)})"
    held = f"({args[0]},)" if len(args) == 1 else f"({', '.join(args)})"
    wrapper = cst.parse_statement(
        f"def {name}({signature}){returns}:\n"
        f"    try:\n        cache = self.{cache_attr}\n"
        f"    except AttributeError:\n        cache = self.{cache_attr} = {{}}\n"
        f"    key = {key}\n"
        f"    if key not in cache:\n"
        f"        cache[key] = ({held}, self.{uncached}({', '.join(args)}))\n"
        f"    return cache[key][1]\n"
    )
    renamed = func.with_changes(
        name=cst.Name(uncached), leading_lines=[cst.EmptyLine(indent=False)]
    )
    wrapper = wrapper.with_changes(leading_lines=func.leading_lines)
    rewritten = source.module.visit(_Replace(func, [wrapper, renamed])).code
    blocks = blocks_between(source.path, source.text, rewritten)
    where = f"{cls.name.value}.{name}"
    return Proposal(
        recipe="memoize_method",
        title=f"cache {where} per instance, keyed by its arguments",
        edit=checked_edit(source.text, rewritten, blocks, f"memoize {where} in {source.path}"),
        rationale=(
            f"{where} "
            + ("calls itself" if recursive else f"is called {calls:,} times")
            + " and changes nothing reachable through self, so the same arguments can be answered "
            "from a per-instance cache; recursive calls go through the cache too, so a walk that "
            "revisits shared nodes does each once"
        ),
        expected=f"repeated calls to {where} with arguments seen before skip the work",
        assumptions=[
            (
                f"the scalar arguments of {where} are hashable; the others give the same answer "
                "for the same object"
            ),
            f"the state {where} reads through self does not change while the instance answers",
        ],
    )


SCALARS = frozenset(["str", "int", "float", "bool", "bytes", "complex"])


def _scalar(param: cst.Param) -> bool:
    """Annotated as a scalar: keyed by value (equal values, equal answers); anything else by
    identity."""
    return param.annotation is not None and dotted(param.annotation.annotation) in SCALARS


def _base(annotation: cst.BaseExpression) -> cst.BaseExpression:
    return annotation.value if isinstance(annotation, cst.Subscript) else annotation


def _check_body(func: cst.FunctionDef, name: str) -> None:
    for node in walk(func.body):
        if isinstance(node, (cst.Yield, cst.Await)):
            raise Decline(f"{name} yields or awaits; its result is not a value to cache")
        if isinstance(node, (cst.Global, cst.Nonlocal)):
            raise Decline(f"{name} declares global/nonlocal state")
        targets: list[cst.BaseExpression] = []
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.Del)):
            targets = [node.target]
        for t in targets:
            if _through_self(t):
                raise Decline(f"{name} changes state through self; a cached answer could go stale")
        if (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and node.func.attr.value in MUTATORS
            and _through_self(node.func.value)
        ):
            raise Decline(
                f"{name} mutates state through self (.{node.func.attr.value}); a cached answer "
                "could go stale"
            )


def _through_self(expr: cst.BaseExpression) -> bool:
    while isinstance(expr, (cst.Attribute, cst.Subscript)):
        expr = expr.value
    return isinstance(expr, cst.Name) and expr.value == "self"


class _Replace(cst.CSTTransformer):
    def __init__(self, old: cst.FunctionDef, new: list[cst.CSTNode]) -> None:
        self.old, self.new = old, new

    def leave_FunctionDef(self, original_node, updated_node):
        if original_node is self.old:
            return cst.FlattenSentinel(self.new)
        return updated_node


RECIPE = Recipe(
    name="memoize_method",
    kinds=frozenset({"cpu_hotspot"}),
    build=memoize_method,
    order=20,
    measure="benchmark",
)
