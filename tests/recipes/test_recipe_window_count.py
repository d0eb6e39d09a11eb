"""window_count: a COUNT and then the page over the same rows → one statement with
COUNT(*) OVER (), run on a real SQLite file before and after the edit."""

from __future__ import annotations

import sys
import uuid
from datetime import datetime, timedelta

import pytest

from perfagent.tools.recipes import by_name, propose_all
from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.window_count import window_count

sqlalchemy = pytest.importorskip("sqlalchemy")

MODELS = """\
from datetime import datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str]
    created: Mapped[datetime]


class ExecSession(Session):
    \"\"\"SQLModel's Session.exec: one column gives scalars, several give rows.\"\"\"

    def exec(self, statement):
        result = self.execute(statement)
        return result.scalars() if len(statement.column_descriptions) == 1 else result
"""

SERVICE = '''\
"""Pages of items, as web apps write them."""

from sqlalchemy import func, select

from {models} import Item


def page(session, owner: str, skip: int, limit: int):
    """SQLAlchemy 2: the COUNT read with scalar_one, the page with scalars."""
    # how many there are, for the pager
    total = session.execute(
        select(func.count()).select_from(Item).where(Item.owner == owner)
    ).scalar_one()
    items = session.scalars(
        select(Item).where(Item.owner == owner).order_by(Item.created.desc(), Item.id)
        .offset(skip).limit(limit)
    ).all()
    return [i.id for i in items], total


def read_items(session, owner: str, admin: bool, skip: int = 0, limit: int = 100):
    """The full-stack-fastapi-template shape: SQLModel's exec, statements bound first, in
    both branches of an if."""
    if admin:
        count_statement = select(func.count()).select_from(Item)
        count = session.exec(count_statement).one()
        statement = select(Item).order_by(Item.created.desc(), Item.id).offset(skip).limit(limit)
        items = session.exec(statement).all()
    else:
        count_statement = (
            select(func.count())
            .select_from(Item)
            .where(Item.owner == owner)
        )
        count = session.exec(count_statement).one()
        statement = (
            select(Item)
            .where(Item.owner == owner)
            .order_by(Item.created.desc(), Item.id)
            .offset(skip)
            .limit(limit)
        )
        items = session.exec(statement).all()
    return {{"data": [i.id for i in items], "count": count}}


def by_column(session, skip: int):
    """COUNT(items.id) read with session.scalar; the page through execute().scalars()."""
    n = session.scalar(select(func.count(Item.id)).filter(Item.owner != "b"))
    rows = session.execute(
        select(Item).filter(Item.owner != "b").order_by(Item.id).offset(skip).limit(4)
    ).scalars().all()
    return [r.id for r in rows], n


def annotated(session, skip: int):
    """Annotated names, no WHERE, LIMIT before OFFSET."""
    n: int = session.scalar(select(func.count()).select_from(Item))
    page: list = session.scalars(select(Item).order_by(Item.id).limit(5).offset(skip)).all()
    return [i.id for i in page], n
'''

DECLINED = """\
from sqlalchemy import distinct, func, select

from models import Item


def other_where(session):
    total = session.scalar(select(func.count()).select_from(Item).where(Item.owner == "a"))
    items = session.scalars(select(Item).where(Item.owner == "b").limit(10)).all()
    return items, total


def grouped(session):
    total = session.execute(select(func.count()).select_from(Item).group_by(Item.owner)).scalar()
    items = session.scalars(select(Item).limit(10)).all()
    return items, total


def distinct_count(session):
    total = session.scalar(select(func.count(distinct(Item.owner))).select_from(Item))
    items = session.scalars(select(Item).limit(10)).all()
    return items, total


def read_between(session, log):
    total = session.execute(select(func.count()).select_from(Item)).scalar_one()
    log(total)
    items = session.scalars(select(Item).limit(10)).all()
    return items, total


def with_options(session):
    total = session.execute(select(func.count()).select_from(Item)).scalar_one()
    items = session.scalars(select(Item).options(x).limit(10)).all()
    return items, total


def no_limit(session):
    total = session.execute(select(func.count()).select_from(Item)).scalar_one()
    items = session.scalars(select(Item).order_by(Item.id)).all()
    return items, total


def statement_again(session):
    total = session.execute(select(func.count()).select_from(Item)).scalar_one()
    statement = select(Item).limit(10)
    items = session.scalars(statement).all()
    more = session.scalars(statement).all()
    return items, more, total


def same_name(session):
    statement = select(func.count()).select_from(Item)
    total = session.exec(statement).one()
    statement = select(Item).limit(10)
    items = session.exec(statement).all()
    return items, total
"""


@pytest.fixture
def app(tmp_path, monkeypatch):
    """The models (under a name unique to this test), the service, and a SQLite file: owner
    "a" has 23 items, "b" 5, each with its own time."""
    name = f"paging_models_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{name}.py").write_text(MODELS)
    (tmp_path / "service.py").write_text(SERVICE.format(models=name))
    monkeypatch.syspath_prepend(str(tmp_path))
    models = __import__(name)
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'items.db'}")
    models.Base.metadata.create_all(engine)
    start = datetime(2026, 1, 1)
    with models.ExecSession(engine) as session:
        for i in range(28):
            owner = "a" if i % 6 else "b"
            session.add(models.Item(owner=owner, created=start + timedelta(minutes=7 * i % 29)))
        session.commit()
    yield tmp_path, engine, models
    engine.dispose()
    sys.modules.pop(name, None)


def _run(engine, models, function, *args):
    """What ``function(session, *args)`` returns, and the statements it ran."""
    statements: list[str] = []

    def seen(conn, cursor, statement, *rest):
        statements.append(statement)

    sqlalchemy.event.listen(engine, "before_cursor_execute", seen)
    try:
        with models.ExecSession(engine) as session:
            return function(session, *args), statements
    finally:
        sqlalchemy.event.remove(engine, "before_cursor_execute", seen)


PAGES = {  # (owner "a": 23 rows) middle page, last page (partial), past the end, no rows
    "page": [("a", 5, 5), ("a", 20, 5), ("a", 40, 5), ("nobody", 0, 5)],
    "read_items": [
        ("a", False, 5, 5),
        ("a", False, 20, 5),
        ("a", False, 40, 5),
        ("x", True, 10, 10),
        ("x", True, 25, 10),
        ("x", True, 30, 10),
    ],
    "by_column": [(4,), (20,), (30,)],
    "annotated": [(10,), (25,), (40,)],
}


@pytest.mark.parametrize("function", sorted(PAGES))
def test_the_edited_code_returns_the_same_page_and_total(app, helpers, function):
    root, engine, models = app
    before = helpers.load(root / "service.py")
    proposal = window_count(root, RecipeTarget(kind="sql", file="service.py", function=function))
    helpers.apply(root, proposal)
    after = helpers.load(root / "service.py")
    for args in PAGES[function]:
        old, old_sql = _run(engine, models, getattr(before, function), *args)
        new, new_sql = _run(engine, models, getattr(after, function), *args)
        assert new == old, args
        assert len(old_sql) == 2
        page = old["data"] if isinstance(old, dict) else old[0]
        # one statement while the page has rows; the original COUNT only for an empty page
        assert len(new_sql) == (1 if page else 2), (args, new_sql)
        assert "OVER ()" in new_sql[0]
        if not page:
            assert new_sql[1] == old_sql[0]  # the COUNT, as it was


def test_the_edit_keeps_the_code_around_it(app):
    root, _, _ = app
    proposal = window_count(root, RecipeTarget(kind="sql", file="service.py", function="page"))
    (block,) = proposal.edit.blocks
    assert "    # how many there are, for the pager\n    items = [row[0]" not in block.replace
    assert "# how many there are, for the pager\n    rows = session.execute(" in block.replace
    assert "total = rows[0][1] if rows else session.execute(" in block.replace
    assert "select(Item, func.count().over())" in block.replace


def test_both_branches_of_the_template_shape_are_rewritten(app):
    root, _, _ = app
    proposal = window_count(root, RecipeTarget(kind="sql", file="service.py", line=30))
    text = proposal.edit.blocks[0].replace
    assert text.count("count = rows[0][1] if rows else session.exec(count_statement).one()") == 2
    assert text.count("func.count().over()") == 2
    assert "read_items" in proposal.title


CASES = {
    "other_where": "is not the page query's",
    "grouped": "uses .group_by(...)",
    "distinct_count": "counts `distinct(Item.owner)`",
    "read_between": "runs between the COUNT and the page query",
    "with_options": "uses .options(...)",
    "no_limit": "has no LIMIT or OFFSET",
    "statement_again": "`statement` is used again",
    "same_name": "`statement` is bound again before the page query",
}


@pytest.mark.parametrize("function", sorted(CASES))
def test_declines_with_the_reason(tmp_path, function):
    (tmp_path / "declined.py").write_text(DECLINED)
    with pytest.raises(Decline) as declined:
        window_count(tmp_path, RecipeTarget(kind="sql", file="declined.py", function=function))
    assert CASES[function] in str(declined.value)


def test_only_a_trace_finding_of_a_count_asks_it(tmp_path):
    """Another SQL finding (a rule hit on a logged query) does not get its decline."""
    (tmp_path / "declined.py").write_text(DECLINED)
    recipe = by_name("window_count")
    assert recipe.measure == "load"
    _, declined = propose_all(tmp_path, RecipeTarget(kind="sql", file="declined.py"))
    assert not [d for d in declined if d.startswith("window_count")]


def _traced(page_at: str | None, function: str | None, endpoint: str = "GET /api/items/"):
    """A finding as agent/findings.trace_findings makes it from the duplicate_statement rule."""
    from perfagent.agent.state import make_finding

    places = {"page_at": page_at, "count_at": page_at, "function": function} if page_at else {}
    return make_finding(
        id=f"trace:duplicate_statement:{endpoint}:select",
        kind="sql",
        title=f"{endpoint} runs its page query and a COUNT over the same rows",
        location=endpoint,
        evidence="request traces",
        source="opentelemetry",
        detail={
            "rule": "duplicate_statement",
            "endpoint": endpoint,
            "suggestion": "filter once: one query with COUNT(*) OVER () beside the page's rows",
            "query": "SELECT items.id FROM items WHERE owner = ? LIMIT ? OFFSET ?",
            "kind": "count",
            "statements": [],
            **places,
        },
    )


def test_a_traced_finding_reaches_the_recipe_at_the_line_that_ran_it(app):
    """The traces name the line (code.* attributes): the candidate is the edit of that
    function, judged by load rounds on the finding's endpoint."""
    from perfagent.agent.reasoner.rules import propose

    root, _, _ = app
    (candidate,) = propose(_traced("service.py:14", "page"), root=root)
    assert candidate.recipe == "window_count" and candidate.edit is not None
    assert candidate.measure == "load" and candidate.endpoint == "GET /api/items/"
    assert "in page (service.py)" in candidate.title and "func.count().over()" in candidate.change


def test_a_declined_rewrite_says_why_on_the_candidate_in_words(tmp_path):
    from perfagent.agent.reasoner.rules import propose

    (tmp_path / "declined.py").write_text(DECLINED)
    (words,) = propose(_traced("declined.py:7", "other_where"), root=tmp_path)
    assert words.edit is None and "COUNT(*) OVER ()" in words.change
    assert words.declined and words.declined[0].startswith("window_count: other_where: the WHERE")
    assert "no recipe could write it safely" in (words.reason or "")
    # no line in the traces: the endpoint's route, and why not when there is none
    (words,) = propose(_traced(None, None), root=tmp_path)
    assert "no module-level `app = FastAPI(...)`" in words.declined[0]
