"""A traced N+1 is edited where its endpoint's code is, or not at all (issue 18, CTFd).

The request traces name the endpoint of an N+1 (``GET /users/<int:user_id>``). Before, the
finding did not hand it to the recipes, so ``sqlalchemy_nplusone`` edited the first function
of the target that loops over a query: on CTFd, an eager load of ``Pages.files`` in the admin
``reset`` view for the user page's lazy ``challenges`` loads, trialled in load rounds that
never reach ``reset``.
"""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.reasoner.rules import propose, recipe_target
from perfagent.agent.state import make_finding

MODELS = """\
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Page(Base):
    __tablename__ = "pages"
    id: Mapped[int] = mapped_column(primary_key=True)
    files: Mapped[list["File"]] = relationship()


class File(Base):
    __tablename__ = "files"
    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"))


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    books: Mapped[list["Book"]] = relationship()


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
"""

# First in the target's file order, and reached by no endpoint of the load.
ADMIN = """\
from sqlalchemy.orm import Session

from models import Page


def reset(session: Session) -> int:
    removed = 0
    for page in session.query(Page).all():
        for f in page.files:
            removed += f.id
    return removed
"""

FLASK_VIEWS = """\
from flask import Flask

from models import Author, db

app = Flask(__name__)


@app.route("/users/<int:user_id>")
def public(user_id):
    return {"books": [len(a.books) for a in db.session.query(Author).all()]}
"""

FASTAPI_APP = """\
from fastapi import FastAPI
from sqlalchemy.orm import Session

from models import Author

app = FastAPI()
session = Session()


@app.get("/authors/{author_id}")
def shelf(author_id: int) -> list[int]:
    return [len(a.books) for a in session.query(Author).all()]
"""


def _traced_loop(endpoint: str, table: str):
    return make_finding(
        id=f"trace:n_plus_one:{endpoint}:select {table}",
        kind="n_plus_one",
        title=f"N+1 in {endpoint}",
        location=f"SELECT {table}.id FROM {table} WHERE {table}.author_id = ?",
        evidence="request traces",
        source="opentelemetry",
        detail={"rule": "n_plus_one", "endpoint": endpoint, "trace_ids": ["t1"]},
    )


def _target(root: Path, files: dict[str, str]) -> Path:
    for name, text in {"models.py": MODELS, **files}.items():
        (root / name).write_text(text)
    return root


def test_the_traced_endpoint_reaches_the_recipes():
    finding = _traced_loop("GET /users/<int:user_id>", "challenges")
    assert finding.endpoint == "GET /users/<int:user_id>"
    assert recipe_target(finding).endpoint == "/users/<int:user_id>"


def test_no_edit_of_another_view_when_the_endpoints_code_is_not_found(tmp_path):
    """A Flask app: the recipes cannot map its routes, so no recipe edits anything (the
    recommendations page keeps the finding's suggestion), and nothing edits ``reset``."""
    root = _target(tmp_path, {"admin.py": ADMIN, "views.py": FLASK_VIEWS})
    candidates = propose(_traced_loop("GET /users/<int:user_id>", "books"), root=root)
    assert [c.title for c in candidates if c.edit is not None] == []


def test_the_edit_is_in_the_routes_function(tmp_path):
    """A FastAPI app: the route's own function gets the eager load, not the first loop found."""
    root = _target(tmp_path, {"admin.py": ADMIN, "app.py": FASTAPI_APP})
    candidates = propose(_traced_loop("GET /authors/{author_id}", "books"), root=root)
    edited = [c for c in candidates if c.recipe == "sqlalchemy_nplusone"]
    assert [c.title for c in edited] == ["eager-load Author.books in shelf (app.py)"]
    assert {b.path for b in edited[0].edit.blocks} == {"app.py"}
