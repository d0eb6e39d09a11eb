"""Hoist loop-invariant work out of the loop.

Two shapes, in one function:

(a) A call to a pure module-level function (the purity check of _purity.py) whose
    arguments are all names/constants that cannot change while it repeats: inside the
    ``key=lambda`` of ``sorted``/``min``/``max``/``.sort`` (evaluated once per item), or
    unconditionally in a ``for`` body. It is computed once, into a fresh local, just
    before the statement (or the loop).
(b) ``re.compile(CONST)`` / ``re.match(CONST, s)`` / search, fullmatch, findall,
    finditer, sub, subn, split with a literal pattern (and constant flags) inside a
    loop → one module-level compiled pattern.

Declined: arguments rebound or possibly mutated in the loop (passed to anything not
known pure, method calls that may mutate, item/attribute writes), the sorted list
itself among the arguments (``list.sort`` empties it while sorting), calls under a
condition (``if``, ``and``/``or``, conditional expressions, after a ``break``/
``continue``), callees that are not provably pure, patterns that do not compile.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text(
...     "def scale(xs: list[int]) -> int:\\n"
...     "    return max(xs)\\n\\n\\n"
...     "def norm(xs: list[int]) -> list[float]:\\n"
...     "    return sorted(xs, key=lambda x: x / scale(xs))\\n")
>>> print(hoist(root, RecipeTarget(file="m.py", function="norm")).edit.blocks[0].replace, end="")
def norm(xs: list[int]) -> list[float]:
    scale_value = scale(xs)
    return sorted(xs, key=lambda x: x / scale_value)
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst
from libcst.metadata import ParentNodeProvider, ScopeProvider

from perfagent.tools.recipes._cst import (
    ancestors,
    blocks_between,
    dotted,
    find_function,
    fresh_name,
    head_name,
    import_insert_index,
    load,
    metadata,
    names_in,
    rewrite,
    target_names,
)
from perfagent.tools.recipes._purity import (
    OWNING_CONSTRUCTORS,
    PURE_BUILTINS,
    READONLY_METHODS,
    ModuleInfo,
    impurities,
    owned_locals,
)
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

SORTERS = frozenset({"sorted", "min", "max"})
# Which positional index holds ``flags`` in each module-level re function.
RE_FLAGS_AT = {
    "compile": 1,
    "match": 2,
    "search": 2,
    "fullmatch": 2,
    "findall": 2,
    "finditer": 2,
    "sub": 4,
    "subn": 4,
    "split": 3,
}
CONDITIONAL = (
    cst.IfExp,
    cst.BooleanOperation,
    cst.Lambda,
    cst.ListComp,
    cst.SetComp,
    cst.DictComp,
    cst.GeneratorExp,
)
CONTROL = (cst.Break, cst.Continue, cst.Return, cst.Raise)


@dataclass
class _Plan:
    """Edits collected over one function, applied in one pass."""

    calls: dict[int, cst.CSTNode] = field(default_factory=dict)  # id(call) -> replacement
    inserts: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # id(block) -> at
    notes: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)


def hoist(root: Path, target: RecipeTarget) -> Proposal:
    source = load(root, target.file)
    func = find_function(source, target.function, target.line)
    plan = _plan(source.module, func)
    name = func.name.value
    if not plan.calls:
        # The hot function may be the repeated callee itself: hoist its calls in callers.
        callers = [
            f
            for f in source.module.body
            if isinstance(f, cst.FunctionDef) and f is not func and name in names_in(f.body)
        ]
        for caller in callers:
            found = _plan(source.module, caller, only_callee=name)
            if found.calls:
                plan, name = found, caller.name.value
                break
            plan.declined.extend(found.declined)
    if not plan.calls:
        raise Decline(
            "; ".join(dict.fromkeys(plan.declined))
            if plan.declined
            else f"{name} has no loop-invariant call or regex to hoist"
        )
    rewritten = rewrite(source.module, plan.calls, plan.inserts).code
    return Proposal(
        recipe="hoist",
        title=f"hoist loop-invariant work out of {name}",
        edit=checked_edit(
            source.text,
            rewritten,
            blocks_between(source.path, source.text, rewritten),
            f"hoist loop-invariant work in {name} ({source.path})",
        ),
        rationale=(
            "Work that gives the same result on every repetition is done once: "
            + "; ".join(plan.notes)
            + "."
        ),
        expected=(
            "each hoisted call runs once instead of once per item; the saving is the "
            "callee's cost times the number of items"
        ),
        assumptions=plan.assumptions,
    )


def _plan(module: cst.Module, func: cst.FunctionDef, only_callee: str | None = None) -> _Plan:
    hoister = _Hoister(module, func, only_callee)
    hoister.key_lambdas()
    hoister.loop_calls()
    if only_callee is None:
        hoister.patterns()
    return hoister.plan


class _Hoister:
    def __init__(
        self, module: cst.Module, func: cst.FunctionDef, only_callee: str | None = None
    ) -> None:
        self.module, self.func, self.only_callee = module, func, only_callee
        self.info = ModuleInfo.of(module)
        wrapper = metadata(module)
        self.parents = wrapper.resolve(ParentNodeProvider)
        self.scopes = wrapper.resolve(ScopeProvider)
        self.owned = owned_locals(func)
        self.taken = names_in(module)
        self.plan = _Plan()
        self._hoisted: dict[tuple[int, str], str] = {}  # (block, call code) -> local name
        self._notes: dict[str, list[str]] = {}  # callee -> what its purity rests on

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node).strip()

    def _calls(self, node: cst.CSTNode) -> list[cst.Call]:
        found: list[cst.Call] = []

        class Calls(cst.CSTVisitor):
            def visit_Call(self, n: cst.Call) -> None:
                found.append(n)

            def visit_FunctionDef(self, n: cst.FunctionDef) -> bool:
                return n is node

        node.visit(Calls())
        return found

    # -- (a) key= lambdas ------------------------------------------------------
    def key_lambdas(self) -> None:
        for call in self._calls(self.func.body):
            lam = next(
                (a.value for a in call.args if a.keyword is not None and a.keyword.value == "key"),
                None,
            )
            if not isinstance(lam, cst.Lambda) or not self._is_sorter(call):
                continue
            try:
                stmt, block, index = self._statement_of(call)
                self._pure_calls_only(stmt, skip=lam, what="the statement")
                for inner in self._calls(lam.body):
                    callee = self._hoistable_callee(inner)
                    if callee is None:
                        continue
                    self._invariant_in_lambda(inner, lam, call)
                    others = [
                        c
                        for c in self._calls(lam.body)
                        if c is not inner and not _inside(c, inner, self.parents)
                    ]
                    for other in others:
                        self._require_pure(other, "the key function")
                    name = self._hoist_call(inner, callee, block, index)
                    self.plan.notes.append(
                        f"`{self.code(inner)}` in the key function of `{self._callee(call)}` "
                        f"was evaluated once per item; it is now computed once into `{name}`"
                    )
                    self.plan.assumptions.append(
                        f"`{self.code(inner)}` is now evaluated even when there is nothing to "
                        "sort; it must not raise for these arguments"
                    )
            except Decline as declined:
                self.plan.declined.append(str(declined))

    def _is_sorter(self, call: cst.Call) -> bool:
        if isinstance(call.func, cst.Name):
            return call.func.value in SORTERS and self._resolve(call.func) == "builtin"
        return isinstance(call.func, cst.Attribute) and call.func.attr.value == "sort"

    def _callee(self, call: cst.Call) -> str:
        return self.code(call.func)

    def _invariant_in_lambda(self, inner: cst.Call, lam: cst.Lambda, sorter: cst.Call) -> None:
        bound = set(names_in(lam.params))
        for node in _walk(lam.body):
            if isinstance(node, (cst.CompFor, cst.NamedExpr)):
                bound.update(target_names(node.target))
        receiver = sorter.func.value if isinstance(sorter.func, cst.Attribute) else None
        for arg in self._arg_names(inner):
            if arg.value in bound:
                raise Decline(f"`{self.code(inner)}` depends on the key function's item")
            self._stable_name(arg, inner)
        if receiver is not None:
            if not (isinstance(receiver, cst.Name) and receiver.value in self.owned):
                raise Decline(
                    f"cannot tell that `{self.code(receiver)}` (sorted in place) is "
                    f"not what `{self.code(inner)}` reads"
                )
            if receiver.value in {a.value for a in self._arg_names(inner)}:
                raise Decline(
                    f"`{self.code(inner)}` reads the list being sorted in place "
                    "(list.sort empties it while sorting)"
                )

    # -- (a) unconditional calls in for bodies ----------------------------------
    def loop_calls(self) -> None:
        for loop in _walk(self.func.body):
            if not isinstance(loop, cst.For) or not isinstance(loop.body, cst.IndentedBlock):
                continue
            if any(
                isinstance(a, (cst.Lambda, cst.FunctionDef)) and a is not self.func
                for a in ancestors(loop, self.parents, self.func)
            ):
                continue
            block, index = self._block_of(loop)
            if block is None:
                continue
            for stmt in loop.body.body:
                if any(isinstance(n, CONTROL) for n in _walk(stmt)):
                    break  # what follows may not run on every iteration
                if not isinstance(stmt, cst.SimpleStatementLine):
                    continue
                for call in self._calls(stmt):
                    if id(call) in self.plan.calls or self._conditional(call, stmt):
                        continue
                    callee = self._hoistable_callee(call)
                    if callee is None:
                        continue
                    try:
                        self._invariant_in_loop(call, loop, stmt)
                        name = self._hoist_call(call, callee, block, index)
                    except Decline as declined:
                        self.plan.declined.append(str(declined))
                        continue
                    self.plan.notes.append(
                        f"`{self.code(call)}` ran on every iteration of the "
                        f"loop over `{self.code(loop.iter)}` with the same "
                        f"arguments; it is now computed once into `{name}`"
                    )
                    self.plan.assumptions.append(
                        f"`{self.code(call)}` is now evaluated even when the loop has no "
                        "iterations; it must not raise for these arguments"
                    )

    def _conditional(self, call: cst.Call, stmt: cst.CSTNode) -> bool:
        return any(isinstance(a, CONDITIONAL) for a in ancestors(call, self.parents, stmt))

    def _invariant_in_loop(self, call: cst.Call, loop: cst.For, stmt: cst.CSTNode) -> None:
        args = self._arg_names(call)
        rebound = set(target_names(loop.target))
        for node in _walk(loop.body):
            if isinstance(
                node,
                (
                    cst.AssignTarget,
                    cst.AugAssign,
                    cst.AnnAssign,
                    cst.For,
                    cst.CompFor,
                    cst.NamedExpr,
                    cst.Del,
                ),
            ):
                rebound.update(target_names(node.target))
            elif isinstance(node, cst.WithItem) and node.asname is not None:
                rebound.update(target_names(node.asname.name))
            elif isinstance(node, cst.ExceptHandler) and node.name is not None:
                rebound.update(target_names(node.name.name))
        for arg in args:
            if arg.value in rebound:
                raise Decline(
                    f"`{arg.value}` changes inside the loop, so `{self.code(call)}` "
                    "is not loop-invariant"
                )
            self._stable_name(arg, call)
        names = {a.value for a in args}
        for node in [*_walk(loop.iter), *_walk(loop.body)]:
            if isinstance(node, cst.Call) and node is not call:
                touched = names & _names_under_args_or_receiver(node)
                if touched and not self._pure_call(node):
                    raise Decline(
                        f"`{self.code(node)}` may mutate `{min(touched)}` inside the loop"
                    )
            elif isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.Del)):
                target = node.target
                if not isinstance(target, cst.Name) and _root(target) in names:
                    raise Decline(f"`{_root(target)}` is written to inside the loop")
        self._pure_calls_only(stmt, skip=call, what="the statement")

    # -- shared ------------------------------------------------------------------
    def _hoistable_callee(self, call: cst.Call) -> str | None:
        """The callee's name if it is a pure module-level function called with plain args."""
        if not isinstance(call.func, cst.Name) or self._resolve(call.func) != "global":
            return None
        function = self.info.functions.get(call.func.value)
        if function is None or function is self.func:
            return None
        if self.only_callee is not None and call.func.value != self.only_callee:
            return None
        if any(a.star for a in call.args):
            return None
        if not all(isinstance(a.value, cst.Name) or _constant(a.value) for a in call.args):
            return None
        notes: list[str] = []
        reasons = impurities(self.info, function, notes=notes)
        if reasons:
            self.plan.declined.append(f"{call.func.value} may not be pure: {reasons[0]}")
            return None
        self._notes[call.func.value] = notes
        return call.func.value

    def _arg_names(self, call: cst.Call) -> list[cst.Name]:
        return [
            a.value
            for a in call.args
            if isinstance(a.value, cst.Name) and a.value.value not in ("True", "False", "None")
        ]

    def _stable_name(self, arg: cst.Name, call: cst.Call) -> None:
        kind = self._resolve(arg)
        if kind == "global" and not (
            self.info.is_constant(arg.value) or arg.value in self.info.functions
        ):
            raise Decline(
                f"`{arg.value}` in `{self.code(call)}` is a module variable that may change"
            )
        if kind == "unknown":
            raise Decline(f"cannot resolve `{arg.value}` in `{self.code(call)}`")

    def _resolve(self, node: cst.Name | None) -> str:
        if node is None:  # not a name (the head of ``f().x``)
            return "unknown"
        scope = self.scopes.get(node)
        if scope is None:
            return "unknown"
        assignments = list(scope[node.value])
        if not assignments:
            return "unknown"
        kinds = {type(a).__name__ for a in assignments}
        if kinds == {"BuiltinAssignment"}:
            return "builtin"
        if all(type(a.scope).__name__ == "GlobalScope" for a in assignments):
            return "global"
        return "local"

    def _pure_call(self, call: cst.Call) -> bool:
        try:
            self._require_pure(call, "")
        except Decline:
            return False
        return True

    def _require_pure(self, call: cst.Call, where: str) -> None:
        func = call.func
        if isinstance(func, cst.Name):
            kind = self._resolve(func)
            if kind == "builtin" and func.value in PURE_BUILTINS:
                return
            if (
                kind == "global"
                and func.value in self.info.functions
                and not impurities(self.info, self.info.functions[func.value])
            ):
                return
            if func.value in OWNING_CONSTRUCTORS:
                return
        elif isinstance(func, cst.Attribute):
            head = dotted(func).split(".")[0]
            if head and self.info.pure_module(head) and self._resolve(head_name(func)) == "global":
                return
            if func.attr.value in READONLY_METHODS:
                return
        raise Decline(f"`{self.code(call)}` in {where or 'the loop'} may have side effects")

    def _pure_calls_only(self, stmt: cst.CSTNode, skip: cst.CSTNode, what: str) -> None:
        for call in self._calls(stmt):
            if call is skip or _inside(call, skip, self.parents):
                continue
            if self._is_sorter(call):
                continue  # sorting does not touch the hoisted call's arguments
            self._require_pure(call, what)

    def _statement_of(self, node: cst.CSTNode) -> tuple[cst.CSTNode, cst.CSTNode, int]:
        """The statement to insert before, its block and index; decline if conditional."""
        chain = [node, *ancestors(node, self.parents, self.func)]
        stmt: cst.SimpleStatementLine | cst.For
        for i, current in enumerate(chain):
            if isinstance(current, cst.SimpleStatementLine):
                if len(current.body) != 1:
                    raise Decline("the statement shares its line with others")
                stmt = current
                break
            if isinstance(current, cst.For) and any(n is current.iter for n in chain[:i]):
                stmt = current
                break
            if isinstance(current, (cst.BaseCompoundStatement, cst.SimpleStatementSuite)):
                raise Decline(f"`{self.code(node)}` sits in the header of a compound statement")
            if i > 0 and isinstance(current, CONDITIONAL):
                raise Decline(f"`{self.code(node)}` is evaluated conditionally")
        else:
            raise Decline("internal: no enclosing statement")
        block, index = self._block_of(stmt)
        if block is None:
            raise Decline("the statement is not in an indented block")
        return stmt, block, index

    def _block_of(self, stmt: cst.CSTNode) -> tuple[cst.CSTNode | None, int]:
        block = self.parents.get(stmt)
        if not isinstance(block, cst.IndentedBlock):
            return None, -1
        return block, next(i for i, s in enumerate(block.body) if s is stmt)

    def _hoist_call(self, call: cst.Call, callee: str, block: cst.CSTNode, index: int) -> str:
        """``callee`` is the name ``call`` calls (``_hoistable_callee``)."""
        text = self.code(call)
        key = (id(block), text)
        if key not in self._hoisted:
            base = (
                re.sub(r"^(get|compute|calc|calculate|make|build)_", "", callee.lstrip("_"))
                or "value"
            )
            if base == callee:
                base = f"{base}_value"
            name = fresh_name(base, self.taken)
            self.taken.add(name)
            self._hoisted[key] = name
            self.plan.inserts.setdefault(id(block), []).append((index, f"{name} = {text}\n"))
        name = self._hoisted[key]
        self.plan.calls[id(call)] = cst.Name(name)
        for note in self._notes.get(callee, []):
            if note not in self.plan.assumptions:
                self.plan.assumptions.append(note)
        return name

    # -- (b) regular expressions ----------------------------------------------
    def patterns(self) -> None:
        if self.info.imports.get("re") != "re":
            return
        at = import_insert_index(self.module)
        seen: dict[tuple[str, str], str] = {}
        for call in self._calls(self.func.body):
            full = dotted(call.func)
            if not full.startswith("re.") or full[3:] not in RE_FLAGS_AT:
                continue
            if self._resolve(head_name(call.func)) != "global" or not self._in_loop(call):
                continue
            try:
                pattern, flags, rest = self._pattern_args(call, full[3:])
            except Decline as declined:
                self.plan.declined.append(str(declined))
                continue
            key = (pattern, flags)
            if key not in seen:
                base = f"_{self.func.name.value.upper().lstrip('_')}_RE"
                name = fresh_name(base, self.taken)
                self.taken.add(name)
                seen[key] = name
                args = pattern + (f", {flags}" if flags else "")
                self.plan.inserts.setdefault(id(self.module), []).append(
                    (at, f"{name} = re.compile({args})\n")
                )
            name = seen[key]
            if full == "re.compile":
                self.plan.calls[id(call)] = cst.Name(name)
            else:
                self.plan.calls[id(call)] = call.with_changes(
                    func=cst.Attribute(value=cst.Name(name), attr=cst.Name(full[3:])), args=rest
                )
            self.plan.notes.append(
                f"`{self.code(call)}` compiled (or looked up) its pattern on "
                f"every iteration; `{name}` is compiled once at import"
            )

    def _in_loop(self, call: cst.Call) -> bool:
        chain = [call, *ancestors(call, self.parents, self.func)]
        for child, parent in itertools.pairwise(chain):
            if isinstance(parent, (cst.For, cst.While)) and child is parent.body:
                return True
            if isinstance(parent, cst.While) and child is parent.test:
                return True
            if isinstance(parent, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and (
                child is parent.elt
            ):
                return True
            if isinstance(parent, cst.CompFor) and any(child is i for i in parent.ifs):
                return True
        return False

    def _pattern_args(self, call: cst.Call, function: str) -> tuple[str, str, list[cst.Arg]]:
        args = list(call.args)
        if not args or args[0].keyword is not None or args[0].star:
            raise Decline(f"`{self.code(call)}` does not pass its pattern first")
        if not isinstance(args[0].value, (cst.SimpleString, cst.ConcatenatedString)) or any(
            isinstance(n, cst.FormattedString) for n in _walk(args[0].value)
        ):
            raise Decline(f"`{self.code(call)}`: the pattern is not a literal string")
        pattern = self.code(args[0].value)
        flags_at = RE_FLAGS_AT[function]
        flags = ""
        rest = []
        for i, arg in enumerate(args[1:], start=1):
            is_flags = (arg.keyword is not None and arg.keyword.value == "flags") or (
                arg.keyword is None and i == flags_at
            )
            if arg.star:
                raise Decline(f"`{self.code(call)}` passes *args")
            if is_flags:
                flags = self.code(arg.value)
            else:
                rest.append(arg)
        if rest:
            rest[-1] = rest[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        if not _compiles(pattern, flags):
            raise Decline(
                f"`{self.code(call)}`: the pattern does not compile; compiling it at "
                "import would fail earlier than the original"
            )
        return pattern, flags, rest


def _compiles(pattern: str, flags: str) -> bool:
    import ast

    try:
        value = ast.literal_eval(pattern)
    except (ValueError, SyntaxError) as exc:
        raise Decline("the pattern is not a literal string") from exc
    flag_value = 0
    if flags:
        if not re.fullmatch(r"[\w.|\s()]+", flags):
            raise Decline(f"flags `{flags}` are not constant")
        for part in re.split(r"[|\s()]+", flags):
            if not part:
                continue
            if part.isdigit():
                flag_value |= int(part)
            elif part.startswith("re.") and isinstance(getattr(re, part[3:], None), re.RegexFlag):
                flag_value |= getattr(re, part[3:])
            else:
                raise Decline(f"flags `{flags}` are not constant re flags")
    try:
        re.compile(value, flag_value)
    except (re.error, TypeError, ValueError):
        return False
    return True


def _walk(node: cst.CSTNode):
    yield node
    for child in node.children:
        yield from _walk(child)


def _inside(node: cst.CSTNode, container: cst.CSTNode, parents) -> bool:
    return any(a is container for a in ancestors(node, parents))


def _constant(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, (cst.Integer, cst.Float, cst.SimpleString)) or (
        isinstance(expr, cst.Name) and expr.value in ("True", "False", "None")
    )


def _root(node: cst.CSTNode) -> str:
    while isinstance(node, (cst.Attribute, cst.Subscript)):
        node = node.value
    return node.value if isinstance(node, cst.Name) else ""


def _names_under_args_or_receiver(call: cst.Call) -> set[str]:
    """Names a call could reach: its arguments and, for a method, its receiver's root."""
    names = {n.value for a in call.args for n in _walk(a.value) if isinstance(n, cst.Name)}
    if isinstance(call.func, cst.Attribute):
        names.add(_root(call.func.value))
    return names


RECIPE = Recipe(
    name="hoist",
    kinds=frozenset({"cpu_hotspot"}),
    build=hoist,
    order=40,
    measure="benchmark",
    cost="repeats loop-invariant work (a pure call or a regex compile) on every iteration",
)
