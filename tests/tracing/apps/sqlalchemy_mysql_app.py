"""A tiny FastAPI app shaped like CTFd on MariaDB: SQLAlchemy over PyMySQL (APP_MYSQL_URL), a
new connection for every request (NullPool), one table made at import.

/solves/{user_id} runs a bound SELECT (PyMySQL's ``%(user_id)s``); /long runs one of over
3,000 characters (CTFd's paginated users query is longer than 2,000).
"""

import os

from fastapi import FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

URL = os.environ["APP_MYSQL_URL"].replace("mysql://", "mysql+pymysql://")
engine = create_engine(URL, poolclass=NullPool)
with engine.begin() as _conn:
    _conn.execute(text("CREATE TABLE IF NOT EXISTS tr_solves (id int PRIMARY KEY, user_id int)"))
    _conn.execute(text("INSERT IGNORE INTO tr_solves VALUES (1, 7), (2, 7), (3, 8)"))

LONG = (
    "SELECT "
    + ", ".join(f"tr_solves.user_id + {i} AS tr_solves_sum_with_a_long_name_{i}" for i in range(80))
    + " FROM tr_solves WHERE tr_solves.user_id = :user_id"
)

app = FastAPI()


@app.get("/healthz")
def healthz():
    return "ok"


@app.get("/solves/{user_id}")
def solves(user_id: int):
    with engine.connect() as conn:
        sql = text("SELECT tr_solves.id FROM tr_solves WHERE tr_solves.user_id = :user_id")
        return {"ids": [r[0] for r in conn.execute(sql, {"user_id": user_id})]}


@app.get("/long")
def long():
    with engine.connect() as conn:
        return {"n": len(conn.execute(text(LONG), {"user_id": 7}).fetchall())}
