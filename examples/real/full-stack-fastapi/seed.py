"""Run by setup.sh with the clone's interpreter, in backend/ (its settings from the environment):
a realistic dataset through the template's own models and its own password hashing.

- OTHERS users (one shared argon2 hash: they never log in; hashing is deliberately slow), each
  with 0-11 items, created over the last two years;
- the login user (FSFT_EMAIL, password from $FSFT_PASSWORD, not a superuser) with 3,000 items;
- the first superuser (made by the app's initial_data.py) gets a token minted with the app's
  own create_access_token, for the superuser-only user list.

Secrets go to $FSFT_SECRETS (appended, mode 600) as shell lines, never to stdout: FSFT_ADMIN_TOKEN
(the whole header value, "Bearer ..."). The id the item endpoint's URL needs goes to $FSFT_IDS.

    python seed.py OTHERS
"""

import datetime as dt
import os
import random
import sys
import uuid

sys.path.insert(0, os.getcwd())  # backend/

from app.core.config import settings
from app.core.db import engine
from app.core.security import create_access_token, get_password_hash
from app.models import Item, User
from sqlalchemy import insert
from sqlmodel import Session, func, select

OTHERS = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
EMAIL = os.environ.get("FSFT_EMAIL", "alice@example.org")
NOW = dt.datetime.now(dt.UTC)
WORDS = [
    "invoice",
    "report",
    "draft",
    "notes",
    "backup",
    "photo",
    "receipt",
    "plan",
    "todo",
    "contract",
    "budget",
    "slides",
    "recipe",
    "ticket",
    "order",
    "memo",
]
random.seed(17)
SHARED_HASH = get_password_hash(uuid.uuid4().hex)  # nobody knows it: the others never log in


def when(days: int) -> dt.datetime:
    return NOW - dt.timedelta(seconds=random.randint(0, days * 86400))


def items(owner: uuid.UUID, n: int, days: int) -> list[dict]:
    return [
        {
            "id": uuid.uuid4(),
            "owner_id": owner,
            "created_at": when(days),
            "title": f"{random.choice(WORDS)} {random.choice(WORDS)} {random.randint(1, 9999)}",
            "description": random.choice(
                [None, f"About the {random.choice(WORDS)}, {random.randint(1, 500)} pages."]
            ),
        }
        for _ in range(n)
    ]


with Session(engine) as session:
    users, rows = [], []
    for n in range(OTHERS):
        uid = uuid.uuid4()
        users.append(
            {
                "id": uid,
                "email": f"user{n}@example.org",
                "is_active": n % 50 != 0,
                "is_superuser": False,
                "full_name": f"User {n}",
                "hashed_password": SHARED_HASH,
                "created_at": when(730),
            }
        )
        rows += items(uid, random.randint(0, 11), 730)
    alice = uuid.uuid4()
    users.append(
        {
            "id": alice,
            "email": EMAIL,
            "is_active": True,
            "is_superuser": False,
            "full_name": "Alice Example",
            "created_at": when(400),
            "hashed_password": get_password_hash(os.environ["FSFT_PASSWORD"]),
        }
    )
    mine = items(alice, 3000, 400)
    rows += mine
    for start in range(0, len(users), 5000):
        session.execute(insert(User), users[start : start + 5000])
    for start in range(0, len(rows), 5000):
        session.execute(insert(Item), rows[start : start + 5000])
    session.commit()
    admin = session.exec(select(User).where(User.email == settings.FIRST_SUPERUSER)).one()
    token = create_access_token(
        admin.id, dt.timedelta(minutes=settings.ACCESS_TOKEN_EXPIRE_MINUTES)
    )
    n_users = session.exec(select(func.count()).select_from(User)).one()
    n_items = session.exec(select(func.count()).select_from(Item)).one()

print(f"seeded {n_users} users, {n_items} items ({len(mine)} of them {EMAIL}'s)")
with open(os.environ["FSFT_SECRETS"], "a", encoding="utf-8") as out:
    os.fchmod(out.fileno(), 0o600)
    out.write(f"export FSFT_ADMIN_TOKEN='Bearer {token}'\n")
with open(os.environ["FSFT_IDS"], "w", encoding="utf-8") as out:  # ids in URLs, not secrets
    out.write(f"item={random.choice(mine)['id']}\n")
