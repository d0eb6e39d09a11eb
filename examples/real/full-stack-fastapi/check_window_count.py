"""The template's list endpoints before and after perfagent's window_count edit, on the seeded
database: the same items and the same count for a middle page, the last page and a page past the
end, and how many statements each ran. Run with the clone's interpreter, in a backend/ folder
(the original's or the edited copy's), with the settings setup.sh exports:

    . /work/real/fsft.data/secrets.env
    export DATABASE_URL=postgresql://postgres@127.0.0.1:5432/fsft_perfagent \\
      SECRET_KEY=$FSFT_SECRET_KEY FIRST_SUPERUSER=admin@example.com \\
      FIRST_SUPERUSER_PASSWORD=$FSFT_SUPERUSER_PASSWORD PROJECT_NAME=x
    (cd /work/real/fsft/backend && ../.venv/bin/python $HERE/check_window_count.py) > before.json
    (cd /work/real/fsft-wc/backend && /work/real/fsft/.venv/bin/python $HERE/check_window_count.py) > after.json

Prints one JSON object: per call, the ids returned, the count, the statements run, and the
median wall time of the view over REPEAT calls (default 7; the first, warming, call is dropped).
"""

import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.getcwd())  # backend/: the version under test

from app.api.routes.items import read_items
from app.api.routes.users import read_users
from app.core.db import engine
from app.models import User
from sqlalchemy import event
from sqlmodel import Session, select

statements: list[str] = []
event.listen(engine, "before_cursor_execute", lambda c, cur, s, *a: statements.append(s))


def call(view, **kwargs):
    statements.clear()
    with Session(engine) as session:
        if "current_user" in kwargs:
            kwargs["current_user"] = session.exec(
                select(User).where(User.email == kwargs["current_user"])
            ).one()
            statements.clear()
        out = view(session=session, **kwargs)
        ran = list(statements)
        times = []
        for _ in range(int(os.environ.get("REPEAT", "7"))):
            started = time.perf_counter()
            view(session=session, **kwargs)
            times.append((time.perf_counter() - started) * 1000)
    statements[:] = ran
    ms = statistics.median(times)
    return {
        "ids": [str(x.id) for x in out.data],
        "count": out.count,
        "statements": len(statements),
        "window": sum("OVER ()" in s for s in statements),
        "ms": round(ms, 1),
    }


alice = "alice@example.org"  # 3,000 items
admin = os.environ.get("FIRST_SUPERUSER", "admin@example.com")
cases = {
    "items alice middle": {"view": read_items, "current_user": alice, "skip": 1200, "limit": 100},
    "items alice last": {"view": read_items, "current_user": alice, "skip": 2950, "limit": 100},
    "items alice past the end": {
        "view": read_items,
        "current_user": alice,
        "skip": 5000,
        "limit": 100,
    },
    "items admin middle": {"view": read_items, "current_user": admin, "skip": 50000, "limit": 100},
    "items admin last": {"view": read_items, "current_user": admin, "skip": 113300, "limit": 100},
    "items admin past the end": {
        "view": read_items,
        "current_user": admin,
        "skip": 200000,
        "limit": 100,
    },
    "users middle": {"view": read_users, "skip": 10000, "limit": 100},
    "users last": {"view": read_users, "skip": 19950, "limit": 100},
    "users past the end": {"view": read_users, "skip": 30000, "limit": 100},
}
print(json.dumps({name: call(**kw) for name, kw in cases.items()}, indent=1))
