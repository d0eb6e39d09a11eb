"""String concatenation in a loop → collect the pieces, join once after the loop.

Accepted: ``s = ""`` (or ``b""``) followed, in the same block, by a ``for``/``while``
loop in which ``s`` only appears as the target of ``s += piece``; nothing reads ``s``
between the two. Then ``s_parts = []``, each ``s += piece`` → ``s_parts.append(piece)``,
and ``s = "".join(s_parts)`` right after the loop, so every later read sees the same
string.

Declined: ``s`` read inside the loop (its length, a ``return s``, ``s = s + x``),
read between the initialisation and the loop, used in a nested function, declared
global/nonlocal, or the loop sits inside ``try``/``with`` (a handler or ``__exit__``
could see the half-built string).

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text(
...     "def csv(rows: list[str]) -> str:\\n"
...     "    out = ''\\n"
...     "    for r in rows:\\n"
...     "        out += r + '\\\\n'\\n"
...     "    return out\\n")
>>> print(join(root, RecipeTarget(file="m.py", function="csv")).edit.blocks[0].replace, end="")
def csv(rows: list[str]) -> str:
    out_parts = []
    for r in rows:
        out_parts.append(r + '\\n')
    out = ''.join(out_parts)
    return out
"""

from __future__ import annotations

import ast
from pathlib import Path

import libcst as cst
from libcst.metadata import ParentNodeProvider

from perfagent.tools.recipes._cst import (
    ancestors,
    blocks_between,
    dotted,
    find_function,
    fresh_name,
    load,
    metadata,
    names_in,
    rewrite,
    single_assignment,
)
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

STR_METHODS = frozenset(
    {
        "join",
        "format",
        "upper",
        "lower",
        "strip",
        "lstrip",
        "rstrip",
        "replace",
        "title",
        "capitalize",
        "zfill",
        "ljust",
        "rjust",
        "center",
        "casefold",
        "removeprefix",
        "removesuffix",
    }
)


def join(root: Path, target: RecipeTarget) -> Proposal:
    source = load(root, target.file)
    func = find_function(source, target.function, target.line)
    parents = metadata(source.module).resolve(ParentNodeProvider)
    taken = names_in(source.module)
    replace: dict[int, cst.CSTNode] = {}
    inserts: dict[int, list[tuple]] = {}
    done, reasons, assumptions = [], [], []
    for block in _blocks(func):
        for index, stmt in enumerate(block.body):
            if not isinstance(stmt, cst.SimpleStatementLine):
                continue
            found = _empty_string_init(stmt)
            if found is None:
                continue
            name, literal = found
            try:
                loop_at = _the_loop(block, index, name, source.module)
                loop = block.body[loop_at]
                augs = _augmented(loop, name, source.module)
                _check_context(func, loop, name, parents)
            except Decline as declined:
                reasons.append(str(declined))
                continue
            parts = fresh_name(f"{name}_parts", taken)
            taken.add(parts)
            replace[id(stmt)] = cst.parse_statement(f"{parts} = []\n").with_changes(
                leading_lines=stmt.leading_lines
            )
            for aug in augs:
                replace[id(aug)] = cst.Expr(
                    cst.Call(
                        func=cst.Attribute(value=cst.Name(parts), attr=cst.Name("append")),
                        args=[cst.Arg(aug.value)],
                    )
                )
                if not _is_str(aug.value):
                    assumptions.append(
                        f"`{source.code(aug.value).strip()}` is always a "
                        f"{'bytes' if literal.startswith('b') else 'str'} (a "
                        "wrong type now fails at the join, after the loop)"
                    )
            inserts.setdefault(id(block), []).append(
                (loop_at + 1, f"{name} = {literal}.join({parts})\n", "after")
            )
            done.append(name)
    if not done:
        raise Decline(
            "; ".join(reasons)
            if reasons
            else f'{func.name.value} has no `s = ""` built up with `+=` in a loop'
        )
    rewritten = rewrite(source.module, replace, inserts).code
    names = ", ".join(f"`{n}`" for n in done)
    return Proposal(
        recipe="join",
        title=f"build {names} with a list and one join in {func.name.value}",
        edit=checked_edit(
            source.text,
            rewritten,
            blocks_between(source.path, source.text, rewritten),
            f"join instead of += in {func.name.value} ({source.path})",
        ),
        rationale=(
            f"{names} grows by `+=` inside a loop: each step may copy the whole string "
            "so far, O(n²) in the worst case. Appending the pieces to a list and joining "
            "once after the loop is linear."
        ),
        expected=(
            "linear instead of quadratic string building; CPython often avoids the copy "
            "for a local str with no other references, so the measured gain may be small "
            "there and large for bytes or when the string is referenced elsewhere"
        ),
        assumptions=sorted(set(assumptions)),
    )


def _blocks(func: cst.FunctionDef) -> list[cst.IndentedBlock]:
    found: list[cst.IndentedBlock] = []

    class Blocks(cst.CSTVisitor):
        def visit_IndentedBlock(self, node: cst.IndentedBlock) -> None:
            found.append(node)

        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            return node is func

        def visit_ClassDef(self, node: cst.ClassDef) -> bool:
            return False

    func.visit(Blocks())
    return found


def _empty_string_init(stmt: cst.CSTNode) -> tuple[str, str] | None:
    """(name, the literal as written) for ``name = ""``/``b""``; None otherwise."""
    assigned = single_assignment(stmt)
    if assigned is None:
        return None
    target, value = assigned
    if not isinstance(target, cst.Name) or not isinstance(value, cst.SimpleString):
        return None
    if ast.literal_eval(value.value) not in ("", b""):
        return None
    return target.value, value.value


def _the_loop(block: cst.IndentedBlock, index: int, name: str, module: cst.Module) -> int:
    """Index of the first loop after ``index`` that builds ``name``; nothing reads it before."""
    for at in range(index + 1, len(block.body)):
        stmt = block.body[at]
        uses = _name_nodes(stmt, name)
        if not uses:
            continue
        if isinstance(stmt, (cst.For, cst.While)) and _augmented(stmt, name, module, check=False):
            return at
        raise Decline(
            f"`{name}` is used before any loop builds it "
            f"(`{module.code_for_node(stmt).strip().splitlines()[0]}`)"
        )
    raise Decline(f'no loop after `{name} = ""` builds it with +=')


def _augmented(
    loop: cst.CSTNode, name: str, module: cst.Module, check: bool = True
) -> list[cst.AugAssign]:
    """The ``name += piece`` statements in the loop; with ``check``, decline any other use."""
    augs: list[cst.AugAssign] = []

    class Augs(cst.CSTVisitor):
        def visit_AugAssign(self, node: cst.AugAssign) -> None:
            if (
                isinstance(node.target, cst.Name)
                and node.target.value == name
                and isinstance(node.operator, cst.AddAssign)
            ):
                augs.append(node)

    loop.visit(Augs())
    if check:
        allowed = {id(a.target) for a in augs}
        for node in _name_nodes(loop, name):
            if id(node) not in allowed:
                raise Decline(
                    f"`{name}` is read or rebound inside the loop, not only built with +="
                )
        for aug in augs:
            if _name_nodes(aug.value, name):
                raise Decline(f"`{module.code_for_node(aug).strip()}` reads `{name}` itself")
    return augs


def _check_context(func: cst.FunctionDef, loop: cst.CSTNode, name: str, parents) -> None:
    for node in _name_nodes(func.body, name, into_nested=True):
        chain = ancestors(node, parents, func)
        if any(isinstance(a, (cst.FunctionDef, cst.Lambda, cst.ClassDef)) for a in chain):
            raise Decline(f"`{name}` is used inside a nested function or lambda")
        if any(isinstance(a, (cst.Global, cst.Nonlocal)) for a in chain):
            raise Decline(f"`{name}` is declared global/nonlocal")
    if any(isinstance(a, (cst.Try, cst.TryStar, cst.With)) for a in ancestors(loop, parents, func)):
        raise Decline("the loop is inside try/with: a handler could see the half-built string")


def _name_nodes(node: cst.CSTNode, name: str, into_nested: bool = False) -> list[cst.Name]:
    found: list[cst.Name] = []

    class Names(cst.CSTVisitor):
        def visit_Attribute(self, n: cst.Attribute) -> bool:
            n.value.visit(self)
            return False

        def visit_Arg(self, n: cst.Arg) -> bool:
            n.value.visit(self)
            return False

        def visit_Name(self, n: cst.Name) -> None:
            if n.value == name:
                found.append(n)

        def visit_NameItem(self, n: cst.NameItem) -> None:
            if n.name.value == name:
                found.append(n.name)

        def visit_FunctionDef(self, n: cst.FunctionDef) -> bool:
            return into_nested

        def visit_Lambda(self, n: cst.Lambda) -> bool:
            return into_nested

    node.visit(Names())
    return found


def _is_str(expr: cst.BaseExpression) -> bool:
    if isinstance(expr, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)):
        return True
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        return _is_str(expr.left) or _is_str(expr.right)
    if isinstance(expr, cst.Call):
        func = expr.func
        if dotted(func) in ("str", "repr", "format", "chr"):
            return True
        return (
            isinstance(func, cst.Attribute)
            and func.attr.value in STR_METHODS
            and isinstance(func.value, (cst.SimpleString, cst.FormattedString))
        )
    return False


RECIPE = Recipe(
    name="join",
    kinds=frozenset({"cpu_hotspot"}),
    build=join,
    order=50,
    measure="benchmark",
    cost="builds a string with += in a loop: each step copies the whole string",
)
