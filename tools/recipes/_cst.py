"""libcst plumbing the recipes share: load a module, find a function, and turn a
rewritten module into the smallest search/replace blocks that reproduce it.

Blocks cover whole top-level statements (a function def before/after, an import
line), so formatting and comments of untouched code are kept byte for byte.

>>> before = "import math\\n\\n\\ndef f(x):\\n    return x\\n"
>>> after = "import functools\\nimport math\\n\\n\\ndef f(x):\\n    return x\\n"
>>> [(b.search, b.replace) for b in blocks_between("m.py", before, after)]
[('import math\\n', 'import functools\\nimport math\\n')]
"""

from __future__ import annotations

import builtins
import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import libcst as cst
from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider

from perfagent.tools.codeedit.models import SearchReplace
from perfagent.tools.recipes.base import Decline

SKIP_DIRS = {
    ".venv",
    "venv",
    "node_modules",
    "site-packages",
    "__pycache__",
    "tests",
    "test",
    "build",
    "dist",
}


@dataclass
class Source:
    """One module of the target: where it is, its text, and its syntax tree."""

    path: str
    text: str
    module: cst.Module

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)


def load(root: Path, rel: str | None) -> Source:
    if not rel:
        raise Decline("the finding names no file")
    path = (root / rel).resolve()
    if not path.is_relative_to(root.resolve()) or not path.is_file() or path.suffix != ".py":
        raise Decline(f"{rel} is not a Python file inside the target")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise Decline(f"cannot read {rel} ({exc})") from exc
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        raise Decline(f"{rel} does not parse ({exc.message})") from exc
    return Source(path=rel, text=text, module=module)


def python_files(root: Path) -> list[str]:
    """Relative paths of the target's own modules (no tests, no virtualenvs)."""
    out = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if any(p in SKIP_DIRS or p.startswith(".") for p in parts[:-1]):
            continue
        if parts[-1].startswith("test_") or parts[-1] == "conftest.py":
            continue
        out.append(path.relative_to(root).as_posix())
    return out


def metadata(module: cst.Module) -> MetadataWrapper:
    """A wrapper over the module itself (no copy), so its nodes are the module's nodes."""
    return MetadataWrapper(module, unsafe_skip_copy=True)


def find_function(
    source: Source, name: str | None, line: int | None = None, *, module_level: bool = False
) -> cst.FunctionDef:
    """The def named ``name`` (or the innermost def spanning ``line``).

    ``name`` may be qualified, as profilers write it (``TokenList.flatten``, or
    ``TokenList.flatten.<locals>.<listcomp>``, which means the def ``TokenList.flatten``);
    a qualified name matches by its classes and enclosing defs, so a method name defined
    twice in the module is told apart. Declines when it is missing, ambiguous, or a
    method while ``module_level`` is asked."""
    wrapper = metadata(source.module)
    positions = wrapper.resolve(PositionProvider)
    parents = wrapper.resolve(ParentNodeProvider)
    found: list[cst.FunctionDef] = []
    name = _def_name(name)
    qualified = name is not None and "." in name

    class Finder(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
            span = positions[node]
            if name is not None:
                hit = _qualname(node, parents) == name if qualified else node.name.value == name
            else:
                hit = line is not None and span.start.line <= line <= span.end.line
            if hit:
                found.append(node)

    wrapper.visit(Finder())
    if name is None and line is None:
        raise Decline("the finding names neither a function nor a line")
    if not found:
        what = f"function {name}" if name else f"a function at line {line}"
        raise Decline(f"{source.path} has no {what}")
    if name is None:
        found = [found[-1]]
    if len(found) > 1:
        if line is not None:
            found = [
                f for f in found if positions[f].start.line <= line <= positions[f].end.line
            ] or found
        if len(found) > 1:
            raise Decline(f"{source.path} defines {name} {len(found)} times")
    func = found[0]
    if module_level and not isinstance(parents[func], cst.Module):
        raise Decline(f"{func.name.value} is a method or a nested function, not a module-level one")
    return func


def _def_name(name: str | None) -> str | None:
    """A profiler's function name → the def to look for; None when only the line can tell.

    >>> _def_name("TokenList.flatten.<locals>.<listcomp>"), _def_name("<module>")
    ('TokenList.flatten', None)
    >>> _def_name("a.<locals>.b")
    'a.b'
    """
    if not name:
        return None
    parts = []
    for part in name.split("."):
        if part == "<locals>":
            continue
        if not part.isidentifier():
            break
        parts.append(part)
    return ".".join(parts) or None


def qualname(source: Source, func: cst.FunctionDef) -> str:
    """The def's qualified name in its module, as ``find_function`` finds it again."""
    return _qualname(func, metadata(source.module).resolve(ParentNodeProvider))


def _qualname(node: cst.FunctionDef, parents) -> str:
    """``Class.method`` / ``outer.<locals>.inner`` as Python's ``__qualname__`` spells it,
    without the ``<locals>`` parts (profilers' names are matched with them removed)."""
    names = [node.name.value]
    current = parents.get(node)
    while current is not None and not isinstance(current, cst.Module):
        if isinstance(current, (cst.ClassDef, cst.FunctionDef)):
            names.append(current.name.value)
        current = parents.get(current)
    return ".".join(reversed(names))


def top_level_index(module: cst.Module, node: cst.CSTNode) -> int:
    for i, stmt in enumerate(module.body):
        if stmt is node:
            return i
    raise Decline("internal: statement is not at module level")


def import_insert_index(module: cst.Module) -> int:
    """Index after the module's leading docstring and import block."""
    index = 0
    for i, stmt in enumerate(module.body):
        if isinstance(stmt, cst.SimpleStatementLine) and all(
            isinstance(s, (cst.Import, cst.ImportFrom)) for s in stmt.body
        ):
            index = i + 1
        elif i == 0 and is_docstring(stmt):
            index = 1
        else:
            break
    return index


def is_docstring(stmt: cst.CSTNode) -> bool:
    return (
        isinstance(stmt, cst.SimpleStatementLine)
        and len(stmt.body) == 1
        and isinstance(stmt.body[0], cst.Expr)
        and isinstance(stmt.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def has_import(module: cst.Module, name: str) -> bool:
    """Whether ``import name`` is a top-level statement of the module."""
    for stmt in module.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.Import):
                    for alias in small.names:
                        if alias.asname is None and dotted(alias.name) == name:
                            return True
    return False


def with_import(module: cst.Module, name: str) -> cst.Module:
    """The module with ``import name`` among its top-level imports: alphabetically among
    the plain ``import x`` lines, else after ``from __future__``/the docstring, else after
    the import block. Unchanged when it is already imported."""
    if has_import(module, name):
        return module
    body = list(module.body)
    end = import_insert_index(module)
    plain = {i: imported for i in range(end) if (imported := _plain_import(body[i])) is not None}
    after = [i for i, imported in plain.items() if imported < name]
    before = [i for i, imported in plain.items() if imported > name]
    new = cst.parse_statement(f"import {name}\n")
    if after:  # right after the last plain import that sorts before it
        at = after[-1] + 1
    elif before:  # take over the blank lines above the import it now precedes
        at = before[0]
        new = new.with_changes(leading_lines=body[at].leading_lines)
        body[at] = body[at].with_changes(leading_lines=())
    else:
        lead = [i for i in range(end) if is_docstring(body[i]) or _is_future(body[i])]
        at = lead[-1] + 1 if lead else end
        if at > 0:
            new = new.with_changes(leading_lines=(cst.EmptyLine(),))
        if at < len(body) and not body[at].leading_lines:  # keep the code after apart
            blank = 2 if isinstance(body[at], (cst.FunctionDef, cst.ClassDef)) else 1
            body[at] = body[at].with_changes(leading_lines=(cst.EmptyLine(),) * blank)
    body.insert(at, new)
    return module.with_changes(body=body)


def _plain_import(stmt: cst.CSTNode) -> str | None:
    """The first name of a statement ``import x``, else None."""
    if isinstance(stmt, cst.SimpleStatementLine) and isinstance(stmt.body[0], cst.Import):
        return dotted(stmt.body[0].names[0].name)
    return None


def _is_future(stmt: cst.CSTNode) -> bool:
    return (
        isinstance(stmt, cst.SimpleStatementLine)
        and isinstance(stmt.body[0], cst.ImportFrom)
        and stmt.body[0].module is not None
        and dotted(stmt.body[0].module) == "__future__"
    )


def with_from_import(module: cst.Module, package: str, name: str) -> cst.Module:
    """The module with ``from package import name`` placed among the ``from`` imports of
    the same top-level package (alphabetically), else at the end of the import block."""
    end = import_insert_index(module)
    body = list(module.body)
    top = package.split(".")[0]
    at, after_same = end, None
    for i in range(end):
        stmt = body[i]
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
        if not isinstance(small, cst.ImportFrom) or small.module is None or small.relative:
            continue
        other = dotted(small.module)
        if other.split(".")[0] != top:
            continue
        if other > package:
            at = i
            break
        after_same = i + 1
    else:
        at = after_same if after_same is not None else end
    new = cst.parse_statement(f"from {package} import {name}\n")
    if at < end and at != after_same:
        new = new.with_changes(leading_lines=body[at].leading_lines)
        body[at] = body[at].with_changes(leading_lines=())
    elif at == end and after_same is None and at < len(body) and at > 0:
        new = new.with_changes(leading_lines=(cst.EmptyLine(),))
    body.insert(at, new)
    return module.with_changes(body=body)


def insert_statements(module: cst.Module, at: int, code: str) -> cst.Module:
    """The module with the top-level statements in ``code`` inserted at index ``at``."""
    added = list(cst.parse_module(code).body)
    body = list(module.body)
    body[at:at] = added
    return module.with_changes(body=body)


def replace_nodes(module: cst.Module, new: Mapping[int, cst.CSTNode]) -> cst.Module:
    """The module with each node whose ``id`` is a key replaced by its value."""

    class Replace(cst.CSTTransformer):
        def on_leave(self, original, updated):
            return new.get(id(original), updated)

    return module.visit(Replace())


def rewrite(
    module: cst.Module, replace: dict[int, cst.CSTNode], inserts: dict[int, list[tuple]]
) -> cst.Module:
    """The module with nodes replaced (by ``id``) and statements inserted into blocks.

    ``inserts`` maps ``id(block)`` (an IndentedBlock or the Module) to ``(index, code)``
    pairs: the statements in ``code`` go before the block's statement at ``index``
    (index == len(body) appends). An inserted statement takes over the comments and
    blank lines above the statement it now precedes, so they stay above both; with a
    third item "after" it sticks to the statement before it instead."""

    class Apply(cst.CSTTransformer):
        def on_leave(self, original, updated):
            if id(original) in replace:
                return replace[id(original)]
            pending = inserts.get(id(original))
            if not pending:
                return updated
            body = list(updated.body)
            groups: dict[tuple, list[str]] = {}  # same place: inserted together, in order
            for index, code, *mode in pending:
                groups.setdefault((index, tuple(mode)), []).append(code)
            for (index, mode), codes in sorted(groups.items(), key=lambda g: g[0][0], reverse=True):
                new = list(cst.parse_module("".join(codes)).body)
                if mode == ("after",):
                    pass  # sticks to the statement before it, as written
                elif isinstance(original, cst.Module):  # new module-level code: set apart
                    if index < len(body) and not body[index].leading_lines:
                        body[index] = body[index].with_changes(leading_lines=(cst.EmptyLine(),))
                    if index > 0 and not new[0].leading_lines:
                        new[0] = new[0].with_changes(leading_lines=(cst.EmptyLine(),))
                elif index < len(body):
                    new[0] = new[0].with_changes(leading_lines=body[index].leading_lines)
                    body[index] = body[index].with_changes(leading_lines=())
                body[index:index] = new
            return updated.with_changes(body=body)

    return module.visit(Apply())


def ancestors(node: cst.CSTNode, parents, stop: cst.CSTNode | None = None) -> list[cst.CSTNode]:
    """The chain of parents of ``node``, innermost first, up to (not including) ``stop``."""
    out = []
    current = parents.get(node)
    while current is not None and current is not stop:
        out.append(current)
        current = parents.get(current)
    return out


def dotted(node: cst.CSTNode) -> str:
    """``a.b.c`` for a Name/Attribute chain, "" for anything else."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr.value}" if base else ""
    return ""


def head_name(node: cst.BaseExpression) -> cst.Name | None:
    """The name ``a`` that ``a.b.c`` starts from; None when it starts from a call, etc."""
    while isinstance(node, cst.Attribute):
        node = node.value
    return node if isinstance(node, cst.Name) else None


def names_in(node: cst.CSTNode) -> set[str]:
    """Every identifier written anywhere under ``node``."""
    found: set[str] = set()

    class Collect(cst.CSTVisitor):
        def visit_Name(self, n: cst.Name) -> None:
            found.add(n.value)

    node.visit(Collect())
    return found


def fresh_name(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted_2``, ... whichever is not already used (nor a builtin)."""
    candidate, n = wanted, 1
    while candidate in taken or hasattr(builtins, candidate) or not candidate.isidentifier():
        n += 1
        candidate = f"{wanted}_{n}"
    return candidate


def blocks_between(path: str, before: str, after: str) -> list[SearchReplace]:
    """Search/replace blocks over whole top-level statements turning ``before`` into ``after``."""
    old, new = cst.parse_module(before), cst.parse_module(after)
    if old.header != new.header or old.footer != new.footer:
        return [SearchReplace(path=path, search=before, replace=after)]
    old_code = [old.code_for_node(s) for s in old.body]
    new_code = [new.code_for_node(s) for s in new.body]
    matcher = difflib.SequenceMatcher(a=old_code, b=new_code, autojunk=False)
    regions: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2:  # a pure insertion: anchor it on a neighbouring statement
            if i1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            elif i2 < len(old_code):
                i2, j2 = i2 + 1, j2 + 1
            else:
                return [SearchReplace(path=path, search=before, replace=after)]
        while "".join(old_code[i1:i2]) and before.count("".join(old_code[i1:i2])) != 1:
            if i1 == 0 and i2 == len(old_code):
                break
            if i1 > 0:  # widen until the SEARCH text is unique in the file
                i1, j1 = i1 - 1, j1 - 1
            if i2 < len(old_code):
                i2, j2 = i2 + 1, j2 + 1
        if regions and regions[-1][1] > i1:  # overlapping: one block
            regions[-1][1], regions[-1][3] = max(regions[-1][1], i2), max(regions[-1][3], j2)
        else:
            regions.append([i1, i2, j1, j2])
    blocks = []
    for i1, i2, j1, j2 in regions:
        search, replace = _trim_common_blank_lines(
            "".join(old_code[i1:i2]), "".join(new_code[j1:j2]), before
        )
        blocks.append(SearchReplace(path=path, search=search, replace=replace))
    return blocks


def _trim_common_blank_lines(search: str, replace: str, text: str) -> tuple[str, str]:
    """Drop blank lines both sides start with, while the SEARCH stays unique."""
    while search.startswith("\n") and replace.startswith("\n") and text.count(search[1:]) == 1:
        search, replace = search[1:], replace[1:]
    return search, replace


def bindings(
    func: cst.FunctionDef,
) -> dict[str, list[tuple[cst.CSTNode, cst.BaseExpression | None]]]:
    """Each function-level name → its binding statements, with the bound value when simple.

    Assign/AnnAssign to a lone name carry their value; loop targets carry the For;
    anything else (unpacking, augmented assignment, with-as, walrus...) carries None."""
    out: dict[str, list[tuple[cst.CSTNode, cst.BaseExpression | None]]] = {}

    def add(name: str, stmt: cst.CSTNode, value: cst.BaseExpression | None) -> None:
        out.setdefault(name, []).append((stmt, value))

    class Bind(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            return node is func

        def visit_Lambda(self, node: cst.Lambda) -> bool:
            return False

        def visit_ClassDef(self, node: cst.ClassDef) -> bool:
            return False

        def visit_Assign(self, node: cst.Assign) -> None:
            for target in node.targets:
                if isinstance(target.target, cst.Name) and len(node.targets) == 1:
                    add(target.target.value, node, node.value)
                else:
                    for name in target_names(target.target):
                        add(name, node, None)

        def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
            if isinstance(node.target, cst.Name):
                add(node.target.value, node, node.value)

        def visit_AugAssign(self, node: cst.AugAssign) -> None:
            for name in target_names(node.target):
                add(name, node, None)

        def visit_For(self, node: cst.For) -> None:
            for name in target_names(node.target):
                add(name, node, None)

        def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
            for name in target_names(node.target):
                add(name, node, None)

        def visit_WithItem(self, node: cst.WithItem) -> None:
            if node.asname is not None:
                for name in target_names(node.asname.name):
                    add(name, node, None)

        def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
            if node.name is not None:
                for name in target_names(node.name.name):
                    add(name, node, None)

        def visit_Del(self, node: cst.Del) -> None:
            for name in target_names(node.target):
                add(name, node, None)

    func.body.visit(Bind())
    return out


def target_names(target: cst.CSTNode) -> list[str]:
    """The names an assignment target binds (through tuples, lists and starred items)."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, (cst.Tuple, cst.List)):
        return [n for e in target.elements for n in target_names(e.value)]
    if isinstance(target, cst.StarredElement):
        return target_names(target.value)
    return []


def walk(node: cst.CSTNode):
    """Every node under ``node`` (itself first), depth first."""
    yield node
    for child in node.children:
        yield from walk(child)


def functions(module: cst.Module) -> list[cst.FunctionDef]:
    """Every function definition of the module, nested ones included, in source order."""
    return [n for n in walk(module) if isinstance(n, cst.FunctionDef)]


def single_assignment(
    stmt: cst.CSTNode,
) -> tuple[cst.BaseAssignTargetExpression, cst.BaseExpression] | None:
    """``(target, value)`` of a line that is one ``x = v`` or ``x: T = v``; None otherwise."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        return small.targets[0].target, small.value
    if isinstance(small, cst.AnnAssign) and small.value is not None:
        return small.target, small.value
    return None


def first_proposal(places, build, none: str):
    """The first ``build(source, name)`` over ``places`` that does not decline, or a Decline
    listing every reason (once each)."""
    from perfagent.tools.recipes.base import Decline

    reasons: list[str] = []
    for source, name in places:
        try:
            return build(source, name)
        except Decline as declined:
            reasons.append(str(declined))
    raise Decline("; ".join(dict.fromkeys(reasons)) or none)


def parameters(params: cst.Parameters) -> list[cst.Param]:
    """Every parameter of a signature: positional-only, plain, ``*args``, keyword-only, ``**kw``."""
    out = list(params.posonly_params) + list(params.params) + list(params.kwonly_params)
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            out.append(star)
    return out


def rebound_in(node: cst.CSTNode, *, nested_params: bool = False) -> set[str]:
    """Names (re)bound anywhere under ``node``: assignment, loop and ``with`` targets, walrus,
    ``del``; with ``nested_params`` also the parameters of functions and lambdas inside it."""
    names: set[str] = set()
    for child in walk(node):
        if isinstance(
            child,
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
            names.update(target_names(child.target))
        elif isinstance(child, cst.WithItem) and child.asname is not None:
            names.update(target_names(child.asname.name))
        elif nested_params and isinstance(child, (cst.FunctionDef, cst.Lambda)):
            names.update(p.name.value for p in parameters(child.params))
    return names
