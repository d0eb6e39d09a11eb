"""The nodes a rule looks at: a function's own code, not that of functions defined inside it."""

from __future__ import annotations

import ast
from collections.abc import Iterator

Function = ast.FunctionDef | ast.AsyncFunctionDef
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def own_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """Every node under ``node`` (not itself), skipping nested functions, classes and lambdas."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, _SCOPES):
            continue
        yield child
        yield from own_nodes(child)


def repeated_parts(loop: ast.AST) -> list[ast.AST]:
    """The parts of a loop that run once per iteration (a ``for``'s iterable runs once)."""
    if isinstance(loop, (ast.For, ast.AsyncFor)):
        return [*loop.body]
    if isinstance(loop, ast.While):
        return [loop.test, *loop.body]
    if isinstance(loop, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        return [
            loop.elt,
            *(cond for gen in loop.generators for cond in gen.ifs),
            *(gen.iter for gen in loop.generators[1:]),
        ]
    if isinstance(loop, ast.DictComp):
        return [
            loop.key,
            loop.value,
            *(cond for gen in loop.generators for cond in gen.ifs),
            *(gen.iter for gen in loop.generators[1:]),
        ]
    return []


LOOPS = (
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.ListComp,
    ast.SetComp,
    ast.GeneratorExp,
    ast.DictComp,
)


def calls_in_loops(func: Function) -> Iterator[tuple[ast.Call, ast.stmt | ast.expr]]:
    """``(call, innermost loop)`` for every call the function makes once per loop iteration."""
    seen: set[int] = set()
    loops = [n for n in own_nodes(func) if isinstance(n, LOOPS)]
    for loop in reversed(loops):  # inner loops come later in the walk: claim their calls first
        for part in repeated_parts(loop):
            for node in [part, *own_nodes(part)]:
                if isinstance(node, ast.Call) and id(node) not in seen:
                    seen.add(id(node))
                    yield node, loop
