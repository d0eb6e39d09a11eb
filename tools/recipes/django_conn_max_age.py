"""A Django app that opens a database connection per request (``CONN_MAX_AGE = 0``, Django's
default) → keep each worker's connection between requests: ``CONN_MAX_AGE = 60`` and
``CONN_HEALTH_CHECKS = True`` in the ``DATABASES`` entries of its settings module.

The finding is a library cost of the service profile (a database connection is opened per
request: ``extra["library_cost"] == "connect_per_request"``). The settings module is
``extra["settings_module"]`` (the service's ``DJANGO_SETTINGS_MODULE``), else the one
``manage.py`` (or a ``wsgi.py``/``asgi.py``) sets as its default; a module that defines no
``DATABASES`` is followed through its ``from .base import *`` (split settings).

Every ``DATABASES = {...}`` assignment (at any depth: settings often choose the engine in an
``if``) and every ``DATABASES["name"] = ...``, per entry:

- a dict literal without ``CONN_MAX_AGE`` gains ``"CONN_MAX_AGE": 60``; a literal 0, or an
  environment read whose default is 0 (``envint("DB_CONN_MAX_AGE", "0")``,
  ``env.int("CONN_MAX_AGE", default=0)``), becomes 60 (the environment still decides);
- ``dj_database_url.config(...)``/``parse(...)`` gains ``conn_max_age=60`` by the same rules;
- where it changed ``CONN_MAX_AGE``, ``CONN_HEALTH_CHECKS`` (``conn_health_checks``) is set to
  ``True`` unless the entry names it: a kept connection is checked before its first use in a
  request, so a restarted database costs no failed request.

An entry that already keeps connections (a number above 0, or None) or is built by something
else (``env.db()``, a variable) is left as it is, with the reason. Declined: not a connection
per request; no settings module; no ``DATABASES``; ``CONN_MAX_AGE`` set by a statement of its
own (``DATABASES["default"]["CONN_MAX_AGE"] = ...``); no entry it could change.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "manage.py").write_text(
...     'import os\\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")\\n')
>>> _ = (root / "settings.py").write_text(
...     'DATABASES = {"default": {"NAME": "db.sqlite3"}}\\n')
>>> p = django_conn_max_age(root, RecipeTarget(extra={"library_cost": "connect_per_request"}))
>>> print(p.edit.blocks[0].replace, end="")
DATABASES = {"default": {"NAME": "db.sqlite3", "CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True}}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst
from libcst.metadata import PositionProvider

from perfagent.tools.recipes._cst import (
    Source,
    blocks_between,
    dotted,
    load,
    metadata,
    python_files,
)
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

MAX_AGE_S = 60
_SETTINGS = re.compile(r"""DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']""")
_LAUNCHERS = ("manage.py", "wsgi.py", "asgi.py")
_ASSIGNS = re.compile(r"^\s*DATABASES\s*[\[:=]", re.MULTILINE)  # not a comment naming it
_DJ_DATABASE_URL = ("config", "parse")
MAX_STAR_IMPORTS = 4


def django_conn_max_age(root: Path, target: RecipeTarget) -> Proposal:
    cost = target.extra.get("library_cost")
    if cost != "connect_per_request":
        what = f"{target.extra.get('library', 'a library')}'s {cost}" if cost else "the finding"
        raise Decline(f"{what} is not a database connection opened per request")
    source = _databases_module(root, _settings_module(root, target.extra.get("settings_module")))
    edit = _Edit(source, _dj_database_url_names(source.module))
    rewritten = metadata(source.module).visit(edit)
    if edit.set_apart:
        raise Decline(
            f"CONN_MAX_AGE is set by a statement of its own in {source.path} "
            f"(`{edit.set_apart}`): change it there"
        )
    if not edit.found:
        raise Decline(f"{source.path} assigns no DATABASES")
    if not edit.changed:
        raise Decline("; ".join(edit.kept) or f"DATABASES in {source.path} has no entry")
    return Proposal(
        recipe="django_conn_max_age",
        title=f"keep database connections between requests (CONN_MAX_AGE={MAX_AGE_S}) in "
        f"{source.path}",
        edit=checked_edit(
            source.text,
            rewritten.code,
            blocks_between(source.path, source.text, rewritten.code),
            f"CONN_MAX_AGE={MAX_AGE_S} and CONN_HEALTH_CHECKS in {source.path}",
        ),
        rationale=(
            "Django closes its database connection at the end of every request while "
            "CONN_MAX_AGE is 0 (its default), so each request pays a new connection: TCP, "
            f"authentication and the session's set-up statements. With {MAX_AGE_S} s each "
            "worker keeps its connection between requests, and CONN_HEALTH_CHECKS checks it "
            "before a request reuses it. Changed: " + "; ".join(edit.changed) + "."
        ),
        expected=(
            "less server time per request: the connect, its authentication and set-up go "
            "(a few ms on a local database, more over a network or with TLS)"
        ),
        assumptions=[
            "the database accepts one kept connection per worker thread (max_connections)",
            "Django 4.1 or later reads CONN_HEALTH_CHECKS (older versions ignore it)",
            "no pooler in transaction mode in front of the database (PgBouncer): with one, "
            "keep CONN_MAX_AGE at 0 or pool on the pooler's side",
            *edit.kept,
        ],
    )


def _settings_module(root: Path, named: object) -> str:
    """The dotted settings module: the one given, else the default manage.py (or a wsgi.py,
    asgi.py) sets."""
    if isinstance(named, str) and named:
        return named
    found: dict[str, str] = {}
    for rel in python_files(root):
        if rel.rsplit("/", 1)[-1] not in _LAUNCHERS:
            continue
        try:
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for module in _SETTINGS.findall(text):
            found.setdefault(rel, module)
    if "manage.py" in found:
        return found["manage.py"]
    modules = sorted(set(found.values()))
    if len(modules) == 1:
        return modules[0]
    if not modules:
        raise Decline(
            "no Django settings module: no DJANGO_SETTINGS_MODULE in manage.py, a wsgi.py or "
            "an asgi.py, nor in the service's env"
        )
    raise Decline(f"several settings modules ({', '.join(modules)}): set DJANGO_SETTINGS_MODULE")


def _module_path(root: Path, dotted_name: str) -> str | None:
    base = dotted_name.replace(".", "/")
    for rel in (f"{base}.py", f"{base}/__init__.py"):
        if (root / rel).is_file():
            return rel
    return None


def _databases_module(root: Path, dotted_name: str) -> Source:
    """The module that assigns DATABASES: the settings module, or one it star-imports."""
    seen: list[str] = []
    todo = [dotted_name]
    while todo and len(seen) <= MAX_STAR_IMPORTS:
        name = todo.pop(0)
        rel = _module_path(root, name)
        if rel is None or rel in seen:
            continue
        seen.append(rel)
        source = load(root, rel)
        if _ASSIGNS.search(source.text):
            return source
        package = name.rsplit(".", 1)[0] if "." in name else ""
        if rel.endswith("__init__.py"):
            package = name
        todo += _star_imports(source.module, package)
    if not seen:
        raise Decline(f"the settings module {dotted_name} is not a file of the target")
    raise Decline(f"no DATABASES in {', '.join(seen)} nor in what it star-imports")


def _star_imports(module: cst.Module, package: str) -> list[str]:
    """``from .base import *`` → ``<package>.base``; ``from conf.base import *`` as written."""
    out = []
    for stmt in module.body:
        for small in getattr(stmt, "body", ()):
            if not isinstance(small, cst.ImportFrom) or not isinstance(small.names, cst.ImportStar):
                continue
            name = dotted(small.module) if small.module is not None else ""
            dots = len(small.relative)
            if dots:
                parts = package.split(".") if package else []
                parts = parts[: len(parts) - (dots - 1)] if dots > 1 else parts
                name = ".".join([*parts, name] if name else parts)
            if name:
                out.append(name)
    return out


def _dj_database_url_names(module: cst.Module) -> set[str]:
    """Names that call dj_database_url's config/parse: ``dj_database_url.config`` (or its
    import alias), ``config``/``parse`` imported from it."""
    names = {f"dj_database_url.{f}" for f in _DJ_DATABASE_URL}

    class Imports(cst.CSTVisitor):
        def visit_Import(self, node: cst.Import) -> None:
            for alias in node.names:
                if dotted(alias.name) == "dj_database_url" and alias.asname is not None:
                    as_name = dotted(alias.asname.name)
                    names.update(f"{as_name}.{f}" for f in _DJ_DATABASE_URL)

        def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
            if node.module is None or dotted(node.module) != "dj_database_url":
                return
            if isinstance(node.names, cst.ImportStar):
                return
            for alias in node.names:
                if dotted(alias.name) in _DJ_DATABASE_URL:
                    names.add(dotted(alias.asname.name) if alias.asname else dotted(alias.name))

    module.visit(Imports())
    return names


def _key(element: cst.BaseDictElement) -> str | None:
    if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString):
        value = element.key.evaluated_value
        return value if isinstance(value, str) else None
    return None


def _is_zero(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.Integer):
        return node.evaluated_value == 0
    return isinstance(node, cst.SimpleString) and node.evaluated_value == "0"


def _keeps(node: cst.BaseExpression) -> bool:
    """A literal that keeps connections: a number above 0, or None (for ever)."""
    if isinstance(node, cst.Name):
        return node.value == "None"
    return isinstance(node, cst.Integer) and node.evaluated_value > 0


def _sixty(zero: cst.BaseExpression) -> cst.BaseExpression:
    if isinstance(zero, cst.SimpleString):
        return zero.with_changes(value=f"{zero.prefix}{zero.quote}{MAX_AGE_S}{zero.quote}")
    return cst.Integer(str(MAX_AGE_S))


def _zero_default(value: cst.BaseExpression) -> cst.Arg | None:
    """The one argument that is a literal 0 inside an environment read (``envint("X", "0")``,
    ``int(os.getenv("X", "0"))``, ``env.int("X", default=0)``); None unless exactly one."""
    zeros: list[cst.Arg] = []

    class Find(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            for i, arg in enumerate(node.args):
                by_keyword = arg.keyword is not None and arg.keyword.value == "default"
                if _is_zero(arg.value) and (i > 0 or by_keyword):
                    zeros.append(arg)

    if isinstance(value, cst.Call):
        value.visit(Find())
    return zeros[0] if len(zeros) == 1 else None


@dataclass
class _Edit(cst.CSTTransformer):
    """Rewrites the entries of every DATABASES assignment; records what it changed, what it
    kept and why."""

    METADATA_DEPENDENCIES = (PositionProvider,)

    source: Source
    dj_database_url: set[str]
    found: bool = False
    changed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    set_apart: str = ""

    def __post_init__(self) -> None:
        super().__init__()

    def leave_Assign(self, original: cst.Assign, updated: cst.Assign) -> cst.Assign:
        for target in original.targets:
            value = self._assigned(target.target, updated.value, self._line(original))
            if value is not None:
                return updated.with_changes(value=value)
        return updated

    def leave_AnnAssign(self, original: cst.AnnAssign, updated: cst.AnnAssign) -> cst.AnnAssign:
        if updated.value is None:
            return updated
        value = self._assigned(original.target, updated.value, self._line(original))
        return updated if value is None else updated.with_changes(value=value)

    def _line(self, node: cst.CSTNode) -> int:
        return self.get_metadata(PositionProvider, node).start.line

    def _assigned(
        self, target: cst.BaseExpression, value: cst.BaseExpression, line: int
    ) -> cst.BaseExpression | None:
        """The new value of an assignment to DATABASES (or one of its entries), else None."""
        if isinstance(target, cst.Name) and target.value == "DATABASES":
            self.found = True
            if not isinstance(value, cst.Dict):
                self.kept.append(f"DATABASES is built by `{self._code(value)}`")
                return None
            elements = [
                e.with_changes(value=self._entry(_key(e) or "?", e.value, line))
                if isinstance(e, cst.DictElement)
                else e
                for e in value.elements
            ]
            return value.with_changes(elements=elements)
        if isinstance(target, cst.Subscript) and dotted(target.value) == "DATABASES":
            self.found = True
            key = self._code(target.slice[0].slice) if len(target.slice) == 1 else "?"
            return self._entry(key.strip("\"'"), value, line)
        if (
            isinstance(target, cst.Subscript)
            and isinstance(target.value, cst.Subscript)
            and dotted(target.value.value) == "DATABASES"
            and "CONN_MAX_AGE" in self._code(target)
        ):
            self.set_apart = f"{self._code(target)} = {self._code(value)}"
        return None

    def _entry(self, name: str, entry: cst.BaseExpression, line: int) -> cst.BaseExpression:
        where = f'DATABASES["{name}"] (line {line})'
        if isinstance(entry, cst.Dict):
            return self._dict_entry(where, entry)
        if isinstance(entry, cst.Call) and dotted(entry.func) in self.dj_database_url:
            return self._url_entry(where, entry)
        self.kept.append(f"{where} is built by `{self._code(entry)}`: set CONN_MAX_AGE there")
        return entry

    def _dict_entry(self, where: str, entry: cst.Dict) -> cst.Dict:
        keys = {_key(e): e for e in entry.elements if _key(e)}
        quote = next(
            (
                e.key.quote
                for e in entry.elements
                if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
            ),
            '"',
        )
        current = keys.get("CONN_MAX_AGE")
        if current is None:
            self.changed.append(f"{where} gains CONN_MAX_AGE = {MAX_AGE_S}")
            added = [(f"{quote}CONN_MAX_AGE{quote}", str(MAX_AGE_S))]
        else:
            value = self._max_age(where, current.value)
            if value is None:
                return entry
            elements = [e.with_changes(value=value) if e is current else e for e in entry.elements]
            entry = entry.with_changes(elements=elements)
            added = []
        if "CONN_HEALTH_CHECKS" not in keys:
            added.append((f"{quote}CONN_HEALTH_CHECKS{quote}", "True"))
        new = [
            cst.DictElement(key=cst.SimpleString(k), value=cst.parse_expression(v))
            for k, v in added
        ]
        return entry.with_changes(elements=_appended(entry, list(entry.elements), new))

    def _url_entry(self, where: str, entry: cst.Call) -> cst.Call:
        args = {a.keyword.value: a for a in entry.args if a.keyword is not None}
        current = args.get("conn_max_age")
        added = []
        if current is None:
            self.changed.append(f"{where}: {dotted(entry.func)}(conn_max_age={MAX_AGE_S})")
            added.append(("conn_max_age", str(MAX_AGE_S)))
        else:
            value = self._max_age(where, current.value)
            if value is None:
                return entry
            entry = entry.with_changes(
                args=[a.with_changes(value=value) if a is current else a for a in entry.args]
            )
        if "conn_health_checks" not in args:
            added.append(("conn_health_checks", "True"))
        new = [
            cst.Arg(
                keyword=cst.Name(k),
                value=cst.parse_expression(v),
                equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
            )
            for k, v in added
        ]
        return entry.with_changes(args=_appended(entry, list(entry.args), new))

    def _max_age(self, where: str, value: cst.BaseExpression) -> cst.BaseExpression | None:
        """An existing CONN_MAX_AGE made 60 (a literal 0, or an environment default of 0);
        None when it is kept, with the reason."""
        if _is_zero(value):
            self.changed.append(f"{where}: CONN_MAX_AGE 0 → {MAX_AGE_S}")
            return _sixty(value)
        zero = _zero_default(value)
        if zero is not None:
            self.changed.append(
                f"{where}: CONN_MAX_AGE's default in `{self._code(value)}` 0 → {MAX_AGE_S} "
                "(the environment still decides)"
            )
            changed = value.deep_replace(zero, zero.with_changes(value=_sixty(zero.value)))
            assert isinstance(changed, cst.BaseExpression)  # a call with one argument changed
            return changed
        if _keeps(value):
            self.kept.append(
                f"{where} already keeps connections (CONN_MAX_AGE = {self._code(value)})"
            )
        else:
            self.kept.append(f"{where} sets CONN_MAX_AGE from `{self._code(value)}`: set it there")
        return None

    def _code(self, node: cst.CSTNode) -> str:
        return " ".join(self.source.module.code_for_node(node).split())


def _appended(container: cst.Dict | cst.Call, elements: list, new: list) -> list:
    """``elements`` with ``new`` after them, separated as the container separates its own (the
    line break and indentation after its opening bracket, else a space); the last element's
    closing comma and whitespace move to the last new one."""
    if not new:
        return elements
    after = (
        container.lbrace.whitespace_after
        if isinstance(container, cst.Dict)
        else container.whitespace_before_args
    )
    space = after if isinstance(after, cst.ParenthesizedWhitespace) else cst.SimpleWhitespace(" ")
    comma = cst.Comma(whitespace_after=space)
    if not elements:
        return new
    last = elements[-1]
    closing: dict = {"comma": last.comma}
    if isinstance(last, cst.Arg):
        closing["whitespace_after_arg"] = last.whitespace_after_arg
        last = last.with_changes(whitespace_after_arg=cst.SimpleWhitespace(""))
    elements[-1] = last.with_changes(comma=comma)
    new = [n.with_changes(comma=comma) for n in new[:-1]] + [new[-1].with_changes(**closing)]
    return elements + new


RECIPE = Recipe(
    name="django_conn_max_age",
    kinds=frozenset({"library_cost"}),
    build=django_conn_max_age,
    order=140,
    measure="load",
)
