"""The list endpoint, as full-stack-fastapi-template writes it: a COUNT, then the page."""

from fastapi import APIRouter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Item, engine

router = APIRouter(prefix="/items")


@router.get("/")
def read_items(owner: str = "a", skip: int = 0, limit: int = 50) -> dict:
    with Session(engine) as session:
        count_statement = select(func.count()).select_from(Item).where(Item.owner == owner)
        count = session.execute(count_statement).scalar_one()
        statement = (
            select(Item)
            .where(Item.owner == owner)
            .order_by(Item.created.desc(), Item.id)
            .offset(skip)
            .limit(limit)
        )
        items = session.scalars(statement).all()
        return {"data": [{"id": i.id, "title": i.title} for i in items], "count": count}
