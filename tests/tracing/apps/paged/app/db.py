"""The items table on SQLite (APP_DB), seeded once: owner "a" has 3,000 items."""

import os
from datetime import datetime, timedelta

from sqlalchemy import Index, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str]
    created: Mapped[datetime]
    title: Mapped[str]

    __table_args__ = (Index("ix_item_owner_created", "owner", "created"),)


engine = create_engine(f"sqlite:///{os.environ.get('APP_DB', 'app.db')}")


def seed() -> None:
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        if session.scalar(select(func.count()).select_from(Item)):
            return
        start = datetime(2026, 1, 1)
        session.add_all(
            Item(
                owner="a" if i % 4 else "b",
                created=start + timedelta(minutes=i * 37 % 4001),
                title=f"item {i}",
            )
            for i in range(4000)
        )
        session.commit()
