"""SQL the change adds, checked by tools/sql's rules: string literals in Python, and .sql files.

A Python string counts as SQL when it starts like a statement (SELECT, WITH, INSERT,
UPDATE, DELETE) and sqlglot parses it; docstrings never count. f-strings are read with
``?`` for each interpolated value, so ``f"... WHERE id = {x}"`` is checked like its
parameterised form (one that interpolates a table name does not parse and is skipped).
Only literals that overlap an added line are read: the review is about the change.

>>> import ast
>>> tree = ast.parse("def f(db, e):\\n    'Select rows.'\\n"
...                  '    return db.execute('
...                  '"SELECT * FROM orders WHERE lower(email) = ?", (e,))\\n')
>>> [(line, sql[:8]) for line, _last, sql in sql_literals(tree)]
[(3, 'SELECT *')]
>>> [(f.rule, f.line) for f in python_sql("shop/db.py", tree, {3}, "sqlite")]
[('non_sargable_predicate', 3), ('select_star', 3)]
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from perfagent.tools.review.diff import FileChange
from perfagent.tools.review.models import Level, ReviewFinding
from perfagent.tools.sql.analyze import analyze_query
from perfagent.tools.sql.rules import RULES
from perfagent.tools.sql.sources import read_log_text

_STATEMENT = re.compile(r"^\s*(?:\(\s*)?(select|with|insert|update|delete)\b", re.IGNORECASE)
_RULE_NAMES = frozenset(rule.__name__ for rule in RULES)
LEVELS: dict[str, Level] = {"error": "error", "warning": "warning", "info": "note"}
MAX_FILE_BYTES = 2 * 1024 * 1024


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                parts.append(value.value)
            else:
                parts.append("?")
        return "".join(parts)
    return None


def sql_literals(tree: ast.AST) -> list[tuple[int, int, str]]:
    """``(first line, last line, text)`` of every string in ``tree`` that looks like SQL."""
    skip = _docstrings(tree)
    inside_fstring = {
        id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values
    }
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.expr) or id(node) in skip or id(node) in inside_fstring:
            continue  # (strings are expressions)
        text = _text(node)
        if text and _STATEMENT.match(text):
            out.append((node.lineno, node.end_lineno or node.lineno, text))
    return sorted(out)


def _findings(
    path: str, sql: str, line: int, dialect: str, evidence_default: str
) -> list[ReviewFinding]:
    out = []
    for f in analyze_query(sql, dialect, line=line):
        if f.rule not in _RULE_NAMES:  # unparsable or refused: not SQL we can judge
            continue
        out.append(
            ReviewFinding(
                kind="sql",
                rule=f.rule,
                level=LEVELS[f.severity],
                message=f.message,
                file=path,
                line=f.line or line,
                evidence=f.evidence or evidence_default,
                suggestion=f.suggestion,
            )
        )
    return out


def python_sql(path: str, tree: ast.AST, added: set[int], dialect: str) -> list[ReviewFinding]:
    out = []
    for first, last, sql in sql_literals(tree):
        if any(first <= n <= last for n in added):
            out += _findings(path, sql, first, dialect, " ".join(sql.split())[:200])
    return out


def sql_file(path: str, text: str, added: set[int], dialect: str) -> list[ReviewFinding]:
    """Statements of a .sql file that overlap an added line."""
    out = []
    for entry in read_log_text(text, name=path):
        lines = entry.sql.split("\n")
        lead = next(
            (i for i, t in enumerate(lines) if t.strip() and not t.strip().startswith("--")), 0
        )
        first = (entry.line or 1) + lead  # where the statement starts, after its comments
        last = (entry.line or 1) + len(lines) - 1
        if any(first <= n <= last for n in added):
            out += _findings(path, entry.sql, first, dialect, " ".join(entry.sql.split())[:200])
    return out


def sql_findings(
    head_root: Path, changes: list[FileChange], dialect: str | None
) -> list[ReviewFinding]:
    """Every SQL finding in what ``changes`` added (files read from the head checkout)."""
    dialect = dialect or "postgres"
    out: list[ReviewFinding] = []
    for change in changes:
        suffix = Path(change.path).suffix
        if suffix not in (".py", ".sql") or not change.added:
            continue
        file = head_root / change.path
        try:
            if file.stat().st_size > MAX_FILE_BYTES:
                continue
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if suffix == ".sql":
            out += sql_file(change.path, text, change.added, dialect)
            continue
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            continue
        out += python_sql(change.path, tree, change.added, dialect)
    return out
