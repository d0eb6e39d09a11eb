"""A tiny FastAPI app shaped like full-stack-fastapi-template: sync endpoints, a SQLAlchemy 2
engine over psycopg 3 on PostgreSQL (APP_PG_URL), one table made at import.

/one runs one SELECT; /loop runs the same SELECT five times (a real repeat).
"""

import os

from fastapi import FastAPI
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["APP_PG_URL"].replace("postgresql://", "postgresql+psycopg://"))
with engine.begin() as _conn:
    _conn.execute(text("CREATE TABLE IF NOT EXISTS fa17_item (id int PRIMARY KEY, name text)"))
    _conn.execute(text("INSERT INTO fa17_item VALUES (1, 'a') ON CONFLICT DO NOTHING"))

app = FastAPI()


@app.get("/healthz")
def healthz():
    return "ok"


@app.get("/one")
def one():
    with engine.connect() as conn:
        return {"name": conn.execute(text("SELECT name FROM fa17_item WHERE id = 1")).scalar()}


@app.get("/loop")
def loop():
    with engine.connect() as conn:
        for _ in range(5):
            conn.execute(text("SELECT name FROM fa17_item WHERE id = 1")).scalar()
    return {"n": 5}
