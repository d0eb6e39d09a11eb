"""A kept index as the app's own migration: an Alembic revision when the repo uses Alembic or
Flask-Migrate, a Django migration for Django, a raw ``.sql`` file otherwise.

Detection reads files only: ``alembic.ini`` (its ``script_location``) or a Flask-Migrate
``migrations/`` folder (``env.py`` + ``versions/``); ``manage.py`` plus apps with a
``migrations/`` package. The revision is chained after the current head(s) (several heads get
one merge revision); the Django migration depends on the app's latest one. Each writes the
DDL forwards and a DROP INDEX backwards, so ``alembic upgrade head`` / ``flask db upgrade`` /
``manage.py migrate`` apply it and ``downgrade`` / ``migrate app N`` take it back.

>>> parse_index("CREATE UNIQUE INDEX IF NOT EXISTS ix_a ON orders (customer_id, placed_at)")
('ix_a', 'orders', ['customer_id', 'placed_at'], True)
>>> drop_index_sql("ix_a", "orders", "mysql"), drop_index_sql("ix_a", "orders", "postgres")
('DROP INDEX ix_a ON orders', 'DROP INDEX IF EXISTS ix_a')
"""

from __future__ import annotations

import configparser
import hashlib
import itertools
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

_INDEX = re.compile(
    r"CREATE\s+(UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?[`\"]?(\w+)[`\"]?\s+"
    r"ON\s+[`\"]?([\w.]+)[`\"]?\s*(?:USING\s+\w+\s*)?\(([^)]*)\)",
    re.IGNORECASE,
)
# MariaDB/MySQL's form, as perfagent's advisor writes it (ALTER TABLE t ADD INDEX n (a, b), ...)
_ALTER_INDEX = re.compile(
    r"ALTER\s+TABLE\s+[`\"]?([\w.]+)[`\"]?\s+ADD\s+(UNIQUE\s+)?(?:INDEX|KEY)\s+[`\"]?(\w+)[`\"]?\s*"
    r"\(([^)]*)\)",
    re.IGNORECASE,
)
_ALTER_REST = re.compile(r"(\s*,\s*(?:ALGORITHM|LOCK)\s*=?\s*\w+)*\s*;?\s*$", re.IGNORECASE)
_REVISION = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=]+)?=\s*(.+)$""", re.MULTILINE)
_DEPENDS = re.compile(r"^(    dependencies = )\[\(((['\"])[^'\"]+\3), [^)]*\)\]", re.MULTILINE)
_SKIP = {".venv", "venv", "node_modules", ".git", "site-packages"}


class MigrationStyle(BaseModel):
    kind: Literal["alembic", "django", "sql"]
    folder: str = Field(description="where the file goes, relative to the repo")
    heads: list[str] = Field(
        default_factory=list, description="alembic: the revisions to chain after"
    )
    app_label: str | None = Field(None, description="django: the app whose migrations get the file")
    latest: str | None = Field(None, description="django: the app's latest migration")
    number: int = 1
    command: str = Field("", description="the app's own command that applies it")


class MigrationFile(BaseModel):
    path: str  # relative to the repo
    text: str
    style: MigrationStyle


def parse_index(ddl: str) -> tuple[str, str, list[str], bool] | None:
    """(name, table, columns, unique) of a CREATE INDEX statement, or of MariaDB/MySQL's
    ``ALTER TABLE t ADD [UNIQUE] INDEX n (cols)``; None for anything else.

    >>> parse_index("ALTER TABLE `orders` ADD INDEX orders_a_b_idx (a, `b`), ALGORITHM=INPLACE, "
    ...             "LOCK=NONE;")
    ('orders_a_b_idx', 'orders', ['a', 'b'], False)
    >>> parse_index("ALTER TABLE t ADD INDEX ix (a), DROP COLUMN b") is None
    True
    """
    m = _INDEX.search(ddl)
    if m is not None:
        columns = [c.strip().strip('`"') for c in m.group(4).split(",") if c.strip()]
        return m.group(2), m.group(3), columns, bool(m.group(1))
    m = _ALTER_INDEX.search(ddl)
    if m is None or not _ALTER_REST.match(ddl[m.end() :]):
        return None  # another change in the same ALTER TABLE: not one index
    columns = [c.strip().strip('`"') for c in m.group(4).split(",") if c.strip()]
    return m.group(3), m.group(1), columns, bool(m.group(2))


def drop_index_sql(name: str, table: str, dialect: str) -> str:
    return f"DROP INDEX {name} ON {table}" if dialect == "mysql" else f"DROP INDEX IF EXISTS {name}"


def _alembic_folder(root: Path) -> tuple[Path, Path | None] | None:
    """The Alembic scripts folder and the folder of the ``alembic.ini`` that names it (the
    repo's root, or a subfolder: full-stack-fastapi-template keeps it in ``backend/``); no
    ini: Flask-Migrate's ``migrations/``."""
    inis = [root / "alembic.ini"] + sorted(
        p for p in root.glob("*/**/alembic.ini") if not _SKIP & set(p.relative_to(root).parts)
    )
    for ini in inis:
        if not ini.is_file():
            continue
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(ini)
            location = parser.get("alembic", "script_location", fallback="alembic")
        except configparser.Error:
            location = "alembic"
        here = ini.parent
        folder = here / location.replace("%(here)s", str(here)).split(":")[-1]
        if (folder / "env.py").is_file():
            return folder, here
    for env in sorted(p for p in root.glob("**/env.py") if not _SKIP & set(p.parts)):
        if (env.parent / "versions").is_dir() and (env.parent / "script.py.mako").is_file():
            return env.parent, None  # Flask-Migrate: migrations/ (env.py, versions/, mako)
    return None


def _heads(versions: Path) -> list[str]:
    revisions, downs = [], set()
    for path in versions.glob("*.py"):
        text = path.read_text(errors="replace")
        rev = _REVISION.search(text)
        if not rev:
            continue
        revisions.append(rev.group(1))
        down = _DOWN.search(text)
        if down:
            downs.update(re.findall(r"""["']([^"']+)["']""", down.group(1)))
    return sorted(r for r in revisions if r not in downs)


def _django_app(root: Path, table: str) -> tuple[Path, str] | None:
    apps = sorted(
        p.parent.parent
        for p in root.glob("**/migrations/__init__.py")
        if not _SKIP & set(p.parts) and (p.parent.parent / "models.py").is_file()
    )
    if not apps:
        return None
    label = next((a for a in apps if table.startswith(a.name + "_")), apps[0])
    return label, label.name


def detect(root: str | Path, table: str = "") -> MigrationStyle:
    """How this repo migrates its schema."""
    root = Path(root)
    alembic = _alembic_folder(root)
    if alembic is not None:
        folder, ini_dir = alembic
        rel = folder.relative_to(root)
        if ini_dir is None:
            command = "flask db upgrade"
        elif ini_dir == root:
            command = "alembic upgrade head"
        else:  # alembic reads alembic.ini from the directory it runs in
            command = f"cd {ini_dir.relative_to(root)} && alembic upgrade head"
        return MigrationStyle(
            kind="alembic",
            folder=str(rel / "versions"),
            heads=_heads(folder / "versions"),
            command=command,
        )
    if (root / "manage.py").is_file():
        found = _django_app(root, table)
        if found is not None:
            app, label = found
            numbered = sorted(
                p.stem for p in (app / "migrations").glob("[0-9][0-9][0-9][0-9]_*.py")
            )
            number = int(numbered[-1][:4]) + 1 if numbered else 1
            return MigrationStyle(
                kind="django",
                folder=str((app / "migrations").relative_to(root)),
                app_label=label,
                latest=numbered[-1] if numbered else None,
                number=number,
                command="python manage.py migrate",
            )
    return MigrationStyle(kind="sql", folder="migrations", command="")


def render(
    style: MigrationStyle, *, slug: str, ddl: str, title: str, comment: str, dialect: str = ""
) -> MigrationFile:
    """The migration file for ``ddl`` (a CREATE INDEX) in the repo's style."""
    file_slug, slug = (
        slug,
        re.sub(r"\W+", "_", slug).strip("_").lower() or "index",
    )  # python modules: _ only
    parsed = parse_index(ddl)
    name, table = (parsed[0], parsed[1]) if parsed else (slug, "")
    down = drop_index_sql(name, table, dialect) if parsed else ""
    comment_lines = "\n".join(f"# {line}" for line in comment.splitlines() if line.strip())
    if style.kind == "alembic":
        revision = hashlib.sha256(f"{slug}:{ddl}".encode()).hexdigest()[:12]
        heads = style.heads
        down_revision = (
            repr(heads[0]) if len(heads) == 1 else (repr(tuple(heads)) if heads else "None")
        )
        if parsed:
            unique = ", unique=True" if parsed[3] else ""
            up = f"    op.create_index({name!r}, {table!r}, {parsed[2]!r}{unique})"
            back = f"    op.drop_index({name!r}, table_name={table!r})"
        else:
            up, back = (
                f"    op.execute({ddl.strip()!r})",
                "    pass  # not a plain CREATE INDEX: drop it by hand",
            )
        text = (
            f'"""{title}\n\nRevision ID: {revision}\nRevises: {", ".join(heads) or "(base)"}\n'
            f'Generated by perfagent.\n"""\n\n{comment_lines}\n\nfrom alembic import op\n\n'
            f"revision = {revision!r}\ndown_revision = {down_revision}\nbranch_labels = None\n"
            f"depends_on = None\n\n\ndef upgrade():\n{up}\n\n\ndef downgrade():\n{back}\n"
        )
        return MigrationFile(path=f"{style.folder}/{revision}_{slug}.py", text=text, style=style)
    if style.kind == "django":
        deps = f"[({style.app_label!r}, {style.latest!r})]" if style.latest else "[]"
        reverse = repr(down) if down else "migrations.RunSQL.noop"
        text = (
            f'"""{title} (generated by perfagent)."""\n\n{comment_lines}\n\n'
            "from django.db import migrations\n\n\n"
            "class Migration(migrations.Migration):\n"
            f"    dependencies = {deps}\n\n    operations = [\n"
            f"        migrations.RunSQL(sql={ddl.strip()!r}, reverse_sql={reverse}),\n    ]\n"
        )
        return MigrationFile(
            path=f"{style.folder}/{style.number:04d}_{slug}.py", text=text, style=style
        )
    sql_comment = "\n".join(f"-- {line}" for line in comment.splitlines() if line.strip())
    return MigrationFile(
        path=f"{style.folder}/{file_slug}.sql", text=f"{sql_comment}\n{ddl.strip()}\n", style=style
    )


def chain(root: str | Path, marker: str) -> list[str]:
    """Put the migrations perfagent wrote (their text holds ``marker``, e.g. ``perfagent run
    <id>``) in one chain, as they would be if written one after another: each was chained after
    the repo's head when its index was kept, so on one branch they are sibling heads — ``alembic
    upgrade head`` refuses several heads, Django's migrate refuses two leaves in one app. The
    second and later revisions are made to follow the one before (by name). Returns the files
    changed, relative to ``root``; raw ``.sql`` files need no order.

    >>> import tempfile
    >>> top = Path(tempfile.mkdtemp())
    >>> _ = (top / "alembic.ini").write_text("[alembic]\\nscript_location = db\\n")
    >>> (top / "db" / "versions").mkdir(parents=True)
    >>> _ = (top / "db" / "env.py").write_text("")
    >>> style = detect(top)
    >>> for slug in ("a_idx", "b_idx"):
    ...     f = render(style, slug=slug, ddl=f"CREATE INDEX {slug} ON t (x)", title=slug,
    ...                comment="run r1")
    ...     _ = (top / f.path).write_text(f.text)
    >>> len(detect(top).heads), chain(top, "run r1"), len(detect(top).heads)
    (2, ['db/versions/...'], 1)
    """
    root = Path(root)
    style = detect(root)
    folder = root / style.folder
    if style.kind == "sql" or not folder.is_dir():
        return []
    mine = sorted(
        p for p in folder.glob("*.py") if marker in p.read_text(encoding="utf-8", errors="replace")
    )
    changed: list[str] = []
    for before, path in itertools.pairwise(mine):
        text = path.read_text(encoding="utf-8")
        if style.kind == "alembic":
            previous = _REVISION.search(before.read_text(encoding="utf-8"))
            if previous is None:
                continue
            new = _DOWN.sub(f"down_revision = {previous.group(1)!r}", text, count=1)
            new = re.sub(
                r"^Revises: .*$",
                f"Revises: {previous.group(1)}",
                new,
                count=1,
                flags=re.MULTILINE,
            )
        else:
            new = _DEPENDS.sub(rf"\g<1>[(\g<2>, {before.stem!r})]", text, count=1)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(str(path.relative_to(root)))
    return changed
