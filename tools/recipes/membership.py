"""A list used only for membership tests → a set (perflint W8201 / ruff PERF shape).

Accepted: a local bound once to ``[]`` whose every other use is ``x in seen`` /
``x not in seen`` or a statement ``seen.append(v)``, with at least one membership
test inside a loop. Then ``seen = set()`` and ``.append`` → ``.add``: each test goes
from O(n) to O(1). Nothing can observe order or duplicates, because nothing else
reads the list.

Declined: the list is returned, indexed, sliced, iterated, measured, passed anywhere,
used in a nested function, bound more than once; or a value put in or looked up may be
unhashable (a set needs hashable items: lists/dicts/unknown loop elements are refused;
record fields such as ``row["name"]`` are accepted as an assumption, stated).

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text(
...     "def uniq(words: list[str]) -> int:\\n"
...     "    seen = []\\n"
...     "    for w in words:\\n"
...     "        if w not in seen:\\n"
...     "            seen.append(w)\\n"
...     "    return 0\\n")
>>> proposal = membership(root, RecipeTarget(file="m.py", function="uniq"))
>>> print(proposal.edit.blocks[0].replace, end="")
def uniq(words: list[str]) -> int:
    seen = set()
    for w in words:
        if w not in seen:
            seen.add(w)
    return 0
"""

from __future__ import annotations

from pathlib import Path

import libcst as cst
from libcst.metadata import ExpressionContextProvider, ParentNodeProvider

from perfagent.tools.recipes._cst import (
    ancestors,
    bindings,
    blocks_between,
    dotted,
    find_function,
    load,
    metadata,
    replace_nodes,
)
from perfagent.tools.recipes._purity import all_params, annotation_kind, param_annotation
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

HASHABLE_CALLS = frozenset(
    [
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "len",
        "hash",
        "ord",
        "chr",
        "repr",
        "id",
        "tuple",
        "frozenset",
        "round",
        "abs",
    ]
)
STR_METHODS = frozenset(
    {"lower", "upper", "casefold", "strip", "lstrip", "rstrip", "title", "replace"}
)
LOOPS = (cst.For, cst.While, cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp)


def membership(root: Path, target: RecipeTarget) -> Proposal:
    source = load(root, target.file)
    func = find_function(source, target.function, target.line)
    analysis = _Analysis(source.module, func)
    replacements: dict[int, cst.CSTNode] = {}
    converted, reasons, assumptions = [], [], []
    for name, init in analysis.empty_lists():
        try:
            new, assumed = analysis.convert(name, init)
        except Decline as declined:
            reasons.append(str(declined))
            continue
        replacements.update(new)
        converted.append(name)
        assumptions.extend(assumed)
    if not converted:
        raise Decline(
            "; ".join(reasons)
            if reasons
            else f"{func.name.value} has no local list used only for membership tests"
        )
    rewritten = replace_nodes(source.module, replacements).code
    names = ", ".join(f"`{n}`" for n in converted)
    where = f"{func.name.value} in {source.path}"
    return Proposal(
        recipe="membership",
        title=f"use a set for membership tests on {names} in {func.name.value}",
        edit=checked_edit(
            source.text,
            rewritten,
            blocks_between(source.path, source.text, rewritten),
            f"list → set for membership tests in {where}",
        ),
        rationale=(
            f"{names} in {where} is only ever appended to and tested with `in`, inside "
            "a loop: each test scans the list, O(n) per test and O(n²) over the loop. A "
            "set answers the same question in O(1); nothing reads the order or the "
            "duplicates."
        ),
        expected=(
            "the loop goes from quadratic to linear in the number of items; the gain grows "
            "with the size of the input"
        ),
        assumptions=assumptions,
    )


class _Analysis:
    def __init__(self, module: cst.Module, func: cst.FunctionDef) -> None:
        self.module, self.func = module, func
        wrapper = metadata(module)
        self.parents = wrapper.resolve(ParentNodeProvider)
        self.contexts = wrapper.resolve(ExpressionContextProvider)
        self.params = {p.name.value: p for p in all_params(func)}
        self.bindings = bindings(func)
        self.assumed: set[str] = set()

    def empty_lists(self) -> list[tuple[str, cst.Assign | cst.AnnAssign]]:
        out = []
        for name, nodes in self.bindings.items():
            for stmt, value in nodes:  # a value is bound only by an Assign or AnnAssign
                if (
                    isinstance(value, cst.List)
                    and not value.elements
                    and isinstance(stmt, (cst.Assign, cst.AnnAssign))
                ):
                    out.append((name, stmt))
        return out

    def convert(
        self,
        name: str,
        init: cst.Assign | cst.AnnAssign,
    ) -> tuple[dict[int, cst.CSTNode], list[str]]:
        if len(self.bindings[name]) != 1 or name in self.params:
            raise Decline(f"`{name}` is bound more than once")
        replacements: dict[int, cst.CSTNode] = {}
        assumptions: list[str] = []
        tested_in_loop = False
        for node in self._uses(name):
            if node is _target_of(init):
                continue
            use = self._use(node)
            value = use[1]
            if use[0] == "in":
                tested_in_loop |= any(
                    isinstance(a, LOOPS) for a in ancestors(node, self.parents, self.func)
                )
            else:
                attr = self.parents[node]
                assert isinstance(attr, cst.Attribute)  # _use: the receiver of `.append(...)`
                replacements[id(attr)] = attr.with_changes(attr=cst.Name("add"))
            self.assumed.clear()
            certainty = self._hashable(value)
            if certainty == "unknown":
                raise Decline(
                    f"cannot tell that `{self.module.code_for_node(value)}` (put in or "
                    f"looked up in `{name}`) is hashable; a set would raise TypeError"
                )
            if certainty == "assumed":
                assumptions.extend(
                    f"values of `{text}` are hashable (a record field: a scalar in practice); "
                    "an unhashable one would now raise TypeError"
                    for text in self.assumed
                )
        if not tested_in_loop:
            raise Decline(f"`{name}` is not tested for membership inside a loop")
        replacements[id(init.value)] = cst.Call(func=cst.Name("set"))
        if isinstance(init, cst.AnnAssign):
            annotation = init.annotation.annotation
            if not (
                isinstance(annotation, cst.Subscript)
                and dotted(annotation.value) in ("list", "List", "typing.List")
            ):
                raise Decline(f"`{name}` is annotated as something other than list[...]")
            replacements[id(annotation.value)] = cst.Name("set")
        return replacements, sorted(set(assumptions))

    def _uses(self, name: str) -> list[cst.Name]:
        found: list[cst.Name] = []
        parents = self.parents

        class Uses(cst.CSTVisitor):
            def visit_Name(self, node: cst.Name) -> None:
                parent = parents.get(node)
                if node.value != name or (
                    isinstance(parent, cst.Attribute) and parent.attr is node
                ):
                    return
                if isinstance(parent, cst.Arg) and parent.keyword is node:
                    return
                found.append(node)

        self.func.body.visit(Uses())
        for node in found:
            nested = [
                a
                for a in ancestors(node, self.parents, self.func)
                if isinstance(a, (cst.FunctionDef, cst.Lambda, cst.ClassDef))
            ]
            if nested:
                raise Decline(f"`{name}` is used inside a nested function or lambda")
            if isinstance(self.parents.get(node), (cst.Global, cst.Nonlocal)):
                raise Decline(f"`{name}` is declared global/nonlocal")
        return found

    def _use(self, node: cst.Name) -> tuple[str, cst.BaseExpression]:
        """("in", the value looked up) or ("append", the value appended); else decline."""
        parent = self.parents.get(node)
        name = node.value
        if isinstance(parent, cst.ComparisonTarget) and parent.comparator is node:
            comparison = self.parents[parent]
            if (
                isinstance(comparison, cst.Comparison)
                and isinstance(parent.operator, (cst.In, cst.NotIn))
                and len(comparison.comparisons) == 1
            ):
                return "in", comparison.left
        if isinstance(parent, cst.Attribute) and parent.value is node:
            call = self.parents.get(parent)
            if (
                parent.attr.value == "append"
                and isinstance(call, cst.Call)
                and call.func is parent
                and len(call.args) == 1
                and call.args[0].keyword is None
                and not call.args[0].star
                and isinstance(self.parents.get(call), cst.Expr)
            ):
                return "append", call.args[0].value
            raise Decline(f"`{name}.{parent.attr.value}` is used, not only append and `in`")
        raise Decline(
            f"`{name}` is used as a list (`{self._context(node)}`), not only for `in` and append"
        )

    def _context(self, node: cst.CSTNode) -> str:
        stmt = next(
            (
                a
                for a in ancestors(node, self.parents, self.func)
                if isinstance(a, cst.BaseSmallStatement)
            ),
            None,
        )
        text = self.module.code_for_node(stmt or node).strip()
        return text if len(text) < 60 else text[:57] + "..."

    def _hashable(self, expr: cst.BaseExpression, depth: int = 0) -> str:
        """ "certain", "assumed" (a record field) or "unknown"."""
        if depth > 5:
            return "unknown"
        if isinstance(
            expr,
            (
                cst.Integer,
                cst.Float,
                cst.Imaginary,
                cst.SimpleString,
                cst.ConcatenatedString,
                cst.FormattedString,
            ),
        ):
            return "certain"
        if isinstance(expr, cst.Tuple):
            return _weakest(self._hashable(e.value, depth + 1) for e in expr.elements)
        if isinstance(expr, cst.BinaryOperation):
            return _weakest(
                [self._hashable(expr.left, depth + 1), self._hashable(expr.right, depth + 1)]
            )
        if isinstance(expr, cst.Call) and dotted(expr.func) in HASHABLE_CALLS:
            return "certain"
        if (
            isinstance(expr, cst.Call)
            and isinstance(expr.func, cst.Attribute)
            and expr.func.attr.value in STR_METHODS
        ):  # a str method of a str is a str
            return (
                "certain" if self._hashable(expr.func.value, depth + 1) == "certain" else "unknown"
            )
        if (
            isinstance(expr, cst.Subscript)
            and len(expr.slice) == 1
            and isinstance(expr.slice[0].slice, cst.Index)
            and isinstance(expr.slice[0].slice.value, (cst.SimpleString, cst.Integer))
        ):
            self.assumed.add(self.module.code_for_node(expr))
            return "assumed"
        if isinstance(expr, cst.Attribute) and isinstance(expr.value, cst.Name):
            self.assumed.add(self.module.code_for_node(expr))
            return "assumed"
        if isinstance(expr, cst.Name):
            if expr.value in ("True", "False", "None"):
                return "certain"
            param = self.params.get(expr.value)
            if param is not None and expr.value not in self.bindings:
                kind = annotation_kind(param_annotation(param))
                return "certain" if kind == "immutable" else "unknown"
            bound = self.bindings.get(expr.value, [])
            if not bound:
                return "unknown"
            return _weakest(self._bound_hashable(stmt, value, depth) for stmt, value in bound)
        return "unknown"

    def _bound_hashable(
        self, stmt: cst.CSTNode, value: cst.BaseExpression | None, depth: int
    ) -> str:
        if isinstance(stmt, cst.For):  # a loop target: hashable if the iterable's items are
            iterable = stmt.iter
            if isinstance(iterable, cst.Name) and iterable.value in self.params:
                annotation = param_annotation(self.params[iterable.value])
                if isinstance(annotation, cst.Subscript) and len(annotation.slice) >= 1:
                    item = annotation.slice[0].slice
                    outer = dotted(annotation.value).rsplit(".", 1)[-1]
                    if (
                        outer
                        in (
                            "list",
                            "List",
                            "set",
                            "Set",
                            "frozenset",
                            "Iterable",
                            "Sequence",
                            "Collection",
                        )
                        and isinstance(item, cst.Index)
                        and annotation_kind(item.value) == "immutable"
                    ):
                        return "certain"
            return "unknown"
        if value is None:
            return "unknown"
        return self._hashable(value, depth + 1)


def _weakest(certainties) -> str:
    found = set(certainties)
    if not found or "unknown" in found:
        return "unknown" if found else "certain"
    return "assumed" if "assumed" in found else "certain"


def _target_of(stmt: cst.CSTNode) -> cst.CSTNode | None:
    if isinstance(stmt, cst.Assign):
        return stmt.targets[0].target
    if isinstance(stmt, cst.AnnAssign):
        return stmt.target
    return None


RECIPE = Recipe(
    name="membership",
    kinds=frozenset({"cpu_hotspot"}),
    build=membership,
    order=30,
    measure="benchmark",
    cost="tests membership in a list inside a loop: O(n) per test",
)
