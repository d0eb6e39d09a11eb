"""Performance anti-patterns the change adds to Python functions.

For every function the diff touches, two kinds of detector run on its head version:
the optimisation recipes (tools/recipes: N+1 loops, loop-invariant work and regexes,
list membership in a loop, ``+=`` string building), which also carry the fix, and the
review's own rules (``tools.review.rules``). A finding is reported only when the change
introduces it: a recipe that also applies to the base version of the same function, or
a rule hit on a line the change did not touch, is the code as it was.

>>> import ast
>>> tree = ast.parse("class A:\\n    def f(self):\\n        pass\\n\\n\\ndef g():\\n    pass\\n")
>>> [(q, f.lineno) for q, f in functions(tree)]
[('A.f', 2), ('g', 6)]
"""

from __future__ import annotations

import ast
from pathlib import Path

from perfagent.tools.recipes import RECIPES
from perfagent.tools.recipes._cst import SKIP_DIRS
from perfagent.tools.recipes.base import Proposal, Recipe, RecipeTarget
from perfagent.tools.review.diff import FileChange
from perfagent.tools.review.models import ReviewFinding
from perfagent.tools.review.rules import RULES
from perfagent.tools.review.rules._walk import Function

MAX_FUNCTIONS = 60


def functions(tree: ast.AST) -> list[tuple[str, Function]]:
    """``(qualified name, node)`` of every function, methods and nested ones included."""
    out: list[tuple[str, Function]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                out.append((prefix + child.name, child))
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return sorted(out, key=lambda item: item[1].lineno)


def _span(func: Function) -> tuple[int, int]:
    first = min([func.lineno, *(d.lineno for d in func.decorator_list)])
    return first, func.end_lineno or func.lineno


def _is_test(path: str) -> bool:
    parts = Path(path).parts
    name = parts[-1]
    return (
        any(p in SKIP_DIRS for p in parts[:-1])
        or name.startswith("test_")
        or name.endswith("_test.py")
        or name == "conftest.py"
    )


def _parse(path: Path) -> ast.Module | None:
    try:
        return ast.parse(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, SyntaxError, ValueError):
        return None


def _proposes(recipe: Recipe, root: Path, file: str, func: Function) -> Proposal | None:
    target = RecipeTarget(file=file, function=func.name, line=func.lineno)
    try:
        result = recipe.attempt(root, target)
    except Exception:  # noqa: BLE001 - a recipe's bug must not sink the review
        return None
    return result if isinstance(result, Proposal) else None


def _function_findings(
    change: FileChange,
    name: str,
    func: Function,
    head_tree: ast.Module,
    before: tuple[Function, ast.Module] | None,
    base_root: Path,
    head_root: Path,
) -> list[ReviewFinding]:
    out: list[ReviewFinding] = []
    for rule in RULES:
        for hit in rule(func, head_tree):
            if hit.line in change.added:
                out.append(
                    ReviewFinding(
                        kind="python",
                        rule=hit.rule,
                        message=hit.message,
                        file=change.path,
                        line=hit.line,
                        evidence=hit.evidence,
                        suggestion=hit.suggestion,
                    )
                )
    for recipe in (
        r for r in RECIPES if r.cost
    ):  # each recipe says what its shape costs, if a review tells it
        proposal = _proposes(recipe, head_root, change.path, func)
        if proposal is None:
            continue
        if before and change.old_path and _proposes(recipe, base_root, change.old_path, before[0]):
            continue  # the shape was there before the change
        fix = f"{proposal.title}: {proposal.rationale}"
        covered = [f for f in out if recipe.covers and f.rule == recipe.covers]
        for finding in covered:  # the rule said where; the recipe adds a checked rewrite
            finding.suggestion = fix
        if not covered:
            out.append(
                ReviewFinding(
                    kind="python",
                    rule=recipe.name,
                    level=recipe.severity,
                    message=f"`{name}` {recipe.cost}",
                    file=change.path,
                    line=func.lineno,
                    suggestion=fix,
                )
            )
    return out


def python_findings(
    base_root: Path, head_root: Path, changes: list[FileChange]
) -> tuple[list[ReviewFinding], list[str]]:
    """Findings the change introduces in Python functions, and notes on what was skipped."""
    findings: list[ReviewFinding] = []
    notes: list[str] = []
    budget = MAX_FUNCTIONS
    for change in changes:
        if not change.path.endswith(".py") or not change.added or _is_test(change.path):
            continue
        head_tree = _parse(head_root / change.path)
        if head_tree is None:
            continue
        base_tree = _parse(base_root / change.old_path) if change.old_path else None
        old = dict(functions(base_tree)) if base_tree is not None else {}
        for name, func in functions(head_tree):
            if not change.touches(*_span(func)):
                continue
            if budget == 0:
                notes.append(
                    f"only the first {MAX_FUNCTIONS} changed functions were scanned for "
                    "anti-patterns"
                )
                return findings, notes
            budget -= 1
            before = (old[name], base_tree) if name in old and base_tree is not None else None
            findings += _function_findings(
                change, name, func, head_tree, before, base_root, head_root
            )
    return findings, notes
