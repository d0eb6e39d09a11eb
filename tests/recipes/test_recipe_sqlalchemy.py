"""sqlalchemy_nplusone: lazy loads in a loop → selectinload, on a real SQLite file."""

from __future__ import annotations

import sys
import uuid

import pytest

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.sqlalchemy_nplusone import sqlalchemy_nplusone

sqlalchemy = pytest.importorskip("sqlalchemy")

MODELS = """\
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Publisher(Base):
    __tablename__ = "publishers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    publisher_id: Mapped[int] = mapped_column(ForeignKey("publishers.id"))
    books: Mapped[list["Book"]] = relationship(back_populates="author", order_by="Book.id")
    publisher: Mapped[Publisher] = relationship()

    @property
    def shelf(self) -> int:
        return len(self.books)


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped[Author] = relationship(back_populates="books")

"""

SERVICE = '''\
"""Reports over the library."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from {models} import Author


def report(session: Session) -> list[dict]:
    """Each author with their books and publisher."""
    authors = session.scalars(select(Author).where(Author.id > 0).order_by(Author.id)).all()
    out = []
    for author in authors:
        out.append({{"name": author.name, "books": [b.title for b in author.books],
                     "publisher": author.publisher.name}})
    return out


def legacy(session: Session) -> list[tuple]:
    return [(a.name, len(a.books))
            for a in session.query(Author).filter(Author.name != "").order_by(Author.id)]


def shelves(session: Session) -> list[int]:
    return [a.shelf for a in session.scalars(select(Author).order_by(Author.id))]
'''


@pytest.fixture
def library(tmp_path, monkeypatch):
    """A models module under a name unique to this test, and a seeded SQLite file:
    6 authors (2 publishers), 0 to 5 books each."""
    name = f"library_models_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{name}.py").write_text(MODELS)
    (tmp_path / "service.py").write_text(SERVICE.format(models=name))
    monkeypatch.syspath_prepend(str(tmp_path))
    models = __import__(name)
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'library.db'}")
    models.Base.metadata.create_all(engine)
    with sqlalchemy.orm.Session(engine) as session:
        publishers = [models.Publisher(name=f"press {i}") for i in range(2)]
        for i in range(6):
            author = models.Author(name=f"author {i}", publisher=publishers[i % 2])
            author.books = [models.Book(title=f"book {i}.{j}") for j in range(i)]
            session.add(author)
        session.commit()
    yield tmp_path, engine
    engine.dispose()
    sys.modules.pop(name, None)


def _run(engine, function):
    """What ``function(session)`` returns, and how many SQL statements it ran."""
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    sqlalchemy.event.listen(engine, "before_cursor_execute", count)
    try:
        with sqlalchemy.orm.Session(engine) as session:
            return function(session), len(statements)
    finally:
        sqlalchemy.event.remove(engine, "before_cursor_execute", count)


def test_n_plus_one_becomes_a_fixed_few_queries(library, helpers):
    root, engine = library
    before = helpers.load(root / "service.py")
    proposal = sqlalchemy_nplusone(
        root, RecipeTarget(kind="n_plus_one", file="service.py", function="report")
    )
    helpers.apply(root, proposal)
    text = (root / "service.py").read_text()
    assert "from sqlalchemy.orm import Session, selectinload\n" in text
    assert (
        "select(Author).options(selectinload(Author.books), selectinload(Author.publisher)).where("
    ) in text
    after = helpers.load(root / "service.py")
    old, old_count = _run(engine, before.report)
    new, new_count = _run(engine, after.report)
    assert new == old and len(old) == 6 and old[5]["books"][-1] == "book 5.4"
    assert (old_count, new_count) == (1 + 6 + 2, 3)  # publishers: one lazy load per distinct one

    # a legacy Query in a comprehension: N+1 → 2
    helpers.apply(
        root, sqlalchemy_nplusone(root, RecipeTarget(file="service.py", function="legacy"))
    )
    assert (
        "session.query(Author).options(selectinload(Author.books)).filter("
        in (root / "service.py").read_text()
    )
    after = helpers.load(root / "service.py")
    old, old_count = _run(engine, before.legacy)
    new, new_count = _run(engine, after.legacy)
    assert new == old == [(f"author {i}", i) for i in range(6)]
    assert (old_count, new_count) == (1 + 6, 2)


def test_no_target_function_finds_the_loop(library, helpers):
    root, _ = library
    proposal = sqlalchemy_nplusone(
        root, RecipeTarget(kind="n_plus_one", extra={"sql": "SELECT books.id FROM books"})
    )
    assert proposal.title.startswith("eager-load Author.books, Author.publisher in report")
    assert "1 + N·2 queries become 3" in proposal.expected


def test_declines_a_property_and_eager_relationships(library):
    root, _ = library
    with pytest.raises(Decline, match="reads shelf off each Author: none is a relationship"):
        sqlalchemy_nplusone(root, RecipeTarget(file="service.py", function="shelves"))


MODEL = """\
from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, joinedload
from elsewhere import Other


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kids: Mapped[list["Kid"]] = relationship()
    eager: Mapped[list["Kid"]] = relationship(lazy="joined")
    dyn = relationship("Kid", lazy="dynamic")


class Kid(Base):
    __tablename__ = "kids"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parents.id"))


def f(session):
{body}
"""
DECLINES = {
    "options already": (
        ("for p in session.query(Parent).options(joinedload(Parent.kids)):\n        print(p.kids)"),
        "already name Parent.kids",
    ),
    "wildcard": (
        ("for p in session.query(Parent).options(joinedload('*')):\n        print(p.kids)"),
        "already name Parent.kids",
    ),
    "joined": ("for p in session.query(Parent):\n        print(p.eager)", "lazy=joined"),
    "dynamic": ("for p in session.query(Parent):\n        print(p.dyn)", "lazy=dynamic"),
    "columns": (
        "for p in session.query(Parent.id):\n        print(p.kids)",
        "not a plain class name",
    ),
    "two entities": (
        "for p in session.query(Parent, Kid):\n        print(p.kids)",
        "does not query one entity",
    ),
    "unknown chain": (
        ("for p in session.query(Parent).group_by(Parent.id):\n        print(p.kids)"),
        "uses .group_by",
    ),
    "rows": (
        "for p in session.execute(select(Parent)).all():\n        print(p.kids)",
        "no loop over a SQLAlchemy query",
    ),
    "unpacked": ("for i, p in session.query(Parent):\n        print(p.kids)", "unpacks"),
    "rebound": (
        "for p in session.query(Parent):\n        p = p.kids[0]\n        print(p)",
        "rebound",
    ),
    "class elsewhere": (
        "for p in session.query(Other):\n        print(p.kids)",
        "comes from elsewhere, which is not a module of the target",
    ),
    "not a column": (
        "for p in session.query(Parent):\n        print(p.id)",
        "reads id off each Parent: none is a relationship",
    ),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    body, reason = DECLINES[case]
    helpers.write(tmp_path, "m.py", MODEL.format(body="    " + body))
    with pytest.raises(Decline, match=reason):
        sqlalchemy_nplusone(tmp_path, RecipeTarget(file="m.py", function="f"))


def test_same_module_flask_style_and_a_package(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "m.py",
        MODEL.format(
            body="    return [len(p.kids) for p in Parent.query.filter(Parent.id > 1).all()]"
        ),
    )
    proposal = sqlalchemy_nplusone(tmp_path, RecipeTarget(file="m.py", function="f"))
    assert (
        "Parent.query.options(selectinload(Parent.kids)).filter("
        in proposal.edit.blocks[-1].replace
    )
    assert "relationship, joinedload, selectinload\n" in proposal.edit.blocks[0].replace

    helpers.write(tmp_path, "app/models/__init__.py", "from .tree import Parent\n")
    helpers.write(tmp_path, "app/models/tree.py", MODEL.format(body="    pass"))
    helpers.write(
        tmp_path,
        "app/views.py",
        (
            "from app import models\n\n\ndef view(db):\n"
            "    parents = db.session.scalars(models.Parent.select()).all()\n"
            "    rows = db.session.execute(select(models.Parent)).scalars().all()\n"
            "    return [p.kids for p in rows]\n"
        ),
    )
    with pytest.raises(Decline, match="not a sqlalchemy select"):
        sqlalchemy_nplusone(tmp_path, RecipeTarget(file="app/views.py", function="view"))
    (tmp_path / "app/views.py").write_text(
        "from sqlalchemy import select\n" + (tmp_path / "app/views.py").read_text()
    )
    proposal = sqlalchemy_nplusone(tmp_path, RecipeTarget(file="app/views.py", function="view"))
    assert (
        "select(models.Parent).options(selectinload(models.Parent.kids))"
        in proposal.edit.blocks[-1].replace
    )


def test_shop_declines(shop):
    for target in (
        RecipeTarget(kind="latency", endpoint="/api/orders/recent"),
        RecipeTarget(kind="n_plus_one", extra={"sql": "SELECT name FROM products"}),
    ):
        with pytest.raises(Decline):
            sqlalchemy_nplusone(shop, target)
