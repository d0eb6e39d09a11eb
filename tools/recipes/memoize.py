"""Cache a pure module-level function with ``functools.lru_cache``.

Accepted: a module-level, undecorated, synchronous function whose parameters are all
annotated with hashable immutable types (int, str, float, bool, bytes, tuple,
frozenset, None, Optional/unions of those) or, unannotated, only ever used as scalars
(arithmetic, comparisons, scalar builtins, math.*), and which the purity check
(_purity.py) finds pure. The cache is ``typed=True`` unless every parameter is a str,
so ``f(1)`` and ``f(1.0)``/``f(True)`` keep separate results as they did.

The cached value is shared by every caller. An immutable return (per annotation, or
literal returns) is cached as is. A ``list``/``set``/``dict`` of immutable items is
cached as a tuple/frozenset/tuple of items by a private helper, and the public
function hands each caller a fresh copy: the expensive part is cached, the copy is
cheap. Anything else (``list[dict]``, no annotation and non-literal returns) declines.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text("def area(r: float) -> float:\\n    return 3.14159 * r * r\\n")
>>> p = memoize(root, RecipeTarget(file="m.py", function="area"))
>>> print(p.edit.blocks[0].replace, end="")
import functools
<BLANKLINE>
<BLANKLINE>
@functools.lru_cache(maxsize=128, typed=True)
def area(r: float) -> float:
    return 3.14159 * r * r
"""

from __future__ import annotations

from pathlib import Path

import libcst as cst
from libcst.metadata import ExpressionContext, ExpressionContextProvider, ParentNodeProvider

from perfagent.tools.recipes._cst import (
    blocks_between,
    dotted,
    find_function,
    fresh_name,
    is_docstring,
    load,
    metadata,
    names_in,
    with_import,
)
from perfagent.tools.recipes._purity import (
    ModuleInfo,
    all_params,
    annotation_kind,
    impurities,
    param_annotation,
)
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

SCALAR_FUNCTIONS = frozenset(
    ["int", "float", "str", "abs", "round", "bool", "divmod", "pow", "hex", "bin", "oct", "chr"]
)
IMMUTABLE_RETURN_CALLS = frozenset(
    [
        "int",
        "float",
        "str",
        "bool",
        "len",
        "round",
        "abs",
        "sum",
        "tuple",
        "frozenset",
        "hash",
        "hex",
        "bin",
        "oct",
        "chr",
        "ord",
    ]
)
# How a mutable return is cached, and how each caller gets a fresh copy back.
CONVERSIONS = {
    "list": ("tuple({})", "list({})", "tuple[{}, ...]"),
    "set": ("frozenset({})", "set({})", "frozenset[{}]"),
    "dict": ("tuple({}.items())", "dict({})", "tuple[tuple[{}, {}], ...]"),
}


def memoize(root: Path, target: RecipeTarget) -> Proposal:
    source = load(root, target.file)
    func = find_function(source, target.function, target.line, module_level=True)
    name = func.name.value
    info = ModuleInfo.of(source.module)
    if func.decorators:
        raise Decline(
            f"{name} is already decorated; a cache on top could change what the decorator sees"
        )
    if len(info.variables.get(name, [])) > 0:
        raise Decline(f"{name} is rebound elsewhere in the module")
    typed, unannotated = _check_params(source.module, func)
    notes: list[str] = []
    reasons = impurities(info, func, notes=notes)
    if reasons:
        raise Decline(f"{name} may not be pure: " + "; ".join(reasons[:3]))
    returns = func.returns.annotation if func.returns else None
    kind = annotation_kind(returns)
    if returns is None:
        if not all(_immutable_return(r, func) for r in _returns(func)):
            raise Decline(
                f"{name} has no return annotation and returns values that may be "
                "mutable; callers could mutate the cached value"
            )
        kind = "immutable"
    elif kind == "unknown":
        raise Decline(
            f"{name} returns {source.code(returns)}, which callers could mutate; a "
            "cached value would be shared between them"
        )

    maxsize = target.extra.get("maxsize", 128)
    if maxsize is not None and (not isinstance(maxsize, int) or maxsize < 1):
        raise Decline(f"maxsize must be a positive integer or None, not {maxsize!r}")
    cache = f"functools.lru_cache(maxsize={maxsize}{', typed=True' if typed else ''})"
    decorator = cst.Decorator(decorator=cst.parse_expression(cache))
    if kind == "immutable":
        body = list(source.module.body)
        body[body.index(func)] = func.with_changes(decorators=[decorator])
        how = f"`@{cache}` on `{name}`"
    else:
        body = _with_cached_helper(source.module, func, kind, decorator)
        how = (
            f"`@{cache}` on a private helper that returns an immutable copy; `{name}` "
            f"returns a fresh {kind} built from it on every call"
        )
    rewritten = with_import(source.module.with_changes(body=body), "functools").code
    blocks = blocks_between(source.path, source.text, rewritten)
    calls = target.extra.get("calls")
    bench = target.extra.get("benchmark")
    measured = (
        f" (measured: {calls} calls" + (f" in benchmark {bench!r}" if bench else "") + ")"
        if calls
        else ""
    )
    return Proposal(
        recipe="memoize",
        title=f"cache {name} with functools.lru_cache",
        edit=checked_edit(source.text, rewritten, blocks, f"memoize {name} in {source.path}"),
        rationale=(
            f"{name} is pure as far as static analysis can tell (no I/O, no global "
            f"state, no mutation of its arguments) and takes hashable arguments, so "
            f"repeated calls with the same arguments can return a cached result: {how}."
        ),
        expected=(
            f"repeated calls to {name} with arguments seen before skip the computation"
            f"{measured}; first calls cost the same"
        ),
        assumptions=[
            (
                f"{name} is called repeatedly with the same arguments (at most {maxsize} distinct "
                "ones stay cached)"
            ),
            *(
                f"callers pass a hashable value for the unannotated parameter {p} (it is only "
                "used as a scalar)"
                for p in unannotated
            ),
            *notes,
        ],
    )


def _check_params(module: cst.Module, func: cst.FunctionDef) -> tuple[bool, list[str]]:
    """Decline unless every argument is hashable. Whether the cache must be typed, and the
    unannotated parameters (hashable by assumption)."""
    params = func.params
    if isinstance(params.star_arg, cst.Param) or params.star_kwarg is not None:
        raise Decline(f"{func.name.value} takes *args/**kwargs; their hashability is unknown")
    plain_str, unannotated = True, []
    for param in all_params(func):
        pname = param.name.value
        annotation = param_annotation(param)
        if param.default is not None and not _literal(param.default):
            raise Decline(f"parameter {pname} has a non-literal default")
        if annotation is None:
            if not _scalar_only(module, func, pname):
                raise Decline(
                    f"parameter {pname} is not annotated and is used as more than a "
                    "scalar; it may be unhashable or mutable"
                )
            plain_str = False
            unannotated.append(pname)
        elif annotation_kind(annotation) != "immutable":
            raise Decline(
                f"parameter {pname}: {module.code_for_node(annotation)} is not a "
                "hashable immutable type"
            )
        elif dotted(annotation) not in ("str", "bytes"):
            plain_str = False
    return not plain_str, unannotated


def _literal(expr: cst.BaseExpression) -> bool:
    if isinstance(expr, (cst.Integer, cst.Float, cst.SimpleString, cst.ConcatenatedString)):
        return True
    if isinstance(expr, cst.UnaryOperation):
        return _literal(expr.expression)
    if isinstance(expr, cst.Tuple):
        return all(_literal(e.value) for e in expr.elements)
    return isinstance(expr, cst.Name) and expr.value in ("True", "False", "None")


def _scalar_only(module: cst.Module, func: cst.FunctionDef, name: str) -> bool:
    """Every read of ``name`` is arithmetic, a comparison, or an argument to a scalar function."""
    wrapper = metadata(module)
    parents = wrapper.resolve(ParentNodeProvider)
    contexts = wrapper.resolve(ExpressionContextProvider)
    ok = True

    class Uses(cst.CSTVisitor):
        def visit_Name(self, node: cst.Name) -> None:
            nonlocal ok
            if node.value != name or contexts.get(node) is not ExpressionContext.LOAD:
                return
            parent = parents.get(node)
            if isinstance(
                parent, (cst.BinaryOperation, cst.UnaryOperation, cst.FormattedStringExpression)
            ):
                return
            if isinstance(parent, cst.ComparisonTarget):
                if not isinstance(parent.operator, (cst.In, cst.NotIn)):
                    return
            elif isinstance(parent, cst.Comparison):
                return  # the left operand: compared, or looked up as an item
            elif isinstance(parent, cst.Arg) and parent.value is node:
                call = parents.get(parent)
                callee = dotted(call.func) if isinstance(call, cst.Call) else ""
                if callee in SCALAR_FUNCTIONS or callee.startswith("math."):
                    return
            ok = False

    func.body.visit(Uses())
    return ok


def _returns(func: cst.FunctionDef) -> list[cst.Return]:
    found: list[cst.Return] = []

    class Returns(cst.CSTVisitor):
        def visit_Return(self, node: cst.Return) -> None:
            found.append(node)

    func.body.visit(Returns())
    return found


def _immutable_return(ret: cst.Return, func: cst.FunctionDef) -> bool:
    value = ret.value
    if value is None or _literal(value) or isinstance(value, cst.FormattedString):
        return True
    if isinstance(value, cst.Call):
        return dotted(value.func) in IMMUTABLE_RETURN_CALLS
    if isinstance(value, cst.Name):
        for param in all_params(func):
            if param.name.value == value.value:
                return annotation_kind(param_annotation(param)) == "immutable"
    return False


def _with_cached_helper(
    module: cst.Module,
    func: cst.FunctionDef,
    kind: str,
    decorator: cst.Decorator,
) -> list[cst.SimpleStatementLine | cst.BaseCompoundStatement]:
    """Module body with ``func`` split in a public copy-returning function and a cached helper."""
    name = func.name.value
    statements = list(func.body.body)
    docstring = statements[:1] if statements and is_docstring(statements[0]) else []
    rest = statements[len(docstring) :]
    if (
        not rest
        or not isinstance(rest[-1], (cst.SimpleStatementLine,))
        or not isinstance(rest[-1].body[-1], (cst.Return, cst.Raise))
    ):
        raise Decline(f"{name} may end without returning a value; cannot convert its result")
    if any(r.value is None for r in _returns(func)):
        raise Decline(f"{name} has a bare return; cannot convert its result")
    freeze, thaw, annotation = CONVERSIONS[kind]
    returns = func.returns.annotation if func.returns else None
    if not isinstance(returns, cst.Subscript):  # annotation_kind: list/set/dict are subscripts
        raise Decline(f"internal: the return annotation of {name} names no item types")
    items = [
        module.code_for_node(e.slice.value) for e in returns.slice if isinstance(e.slice, cst.Index)
    ]
    helper_name = fresh_name(f"_{name}_cached", names_in(module))

    class Freeze(cst.CSTTransformer):
        def leave_Return(self, original: cst.Return, updated: cst.Return) -> cst.Return:
            if updated.value is None:  # declined above: no bare return
                return updated
            value = module.code_for_node(updated.value)
            if kind == "dict" and not isinstance(
                updated.value,
                (cst.Name, cst.Call, cst.Subscript, cst.Attribute, cst.Dict, cst.DictComp),
            ):
                value = f"({value})"
            return updated.with_changes(value=cst.parse_expression(freeze.format(value)))

    helper_body = func.body.with_changes(body=rest).visit(Freeze())
    helper = func.with_changes(
        name=cst.Name(helper_name),
        decorators=[decorator.with_changes(leading_lines=())],
        params=_without_defaults(func.params),
        returns=cst.Annotation(cst.parse_expression(annotation.format(*items))),
        body=helper_body,
        leading_lines=[cst.EmptyLine(), cst.EmptyLine()],
    )
    call = f"{helper_name}({_forward(func.params)})"
    public_body = docstring + [cst.parse_statement(f"return {thaw.format(call)}\n")]
    public = func.with_changes(body=func.body.with_changes(body=public_body))
    body = list(module.body)
    at = body.index(func)
    body[at : at + 1] = [public, helper]
    return body


def _without_defaults(params: cst.Parameters) -> cst.Parameters:
    def strip(ps):
        return [p.with_changes(default=None, equal=cst.MaybeSentinel.DEFAULT) for p in ps]

    return params.with_changes(
        posonly_params=strip(params.posonly_params),
        params=strip(params.params),
        kwonly_params=strip(params.kwonly_params),
    )


def _forward(params: cst.Parameters) -> str:
    positional = [p.name.value for p in list(params.posonly_params) + list(params.params)]
    keyword = [f"{p.name.value}={p.name.value}" for p in params.kwonly_params]
    return ", ".join(positional + keyword)


RECIPE = Recipe(
    name="memoize",
    kinds=frozenset({"cpu_hotspot"}),
    build=memoize,
    order=10,
    measure="benchmark",
)
