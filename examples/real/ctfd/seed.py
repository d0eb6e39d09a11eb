"""Run by setup.sh with the clone's interpreter, in the clone: a realistic CTFd dataset through
CTFd's own models — users (one bcrypt hash computed once and shared: every password is
"password"), visible challenges, correct and wrong submissions spread over a week, awards, and
CTFd's first-run setup finished with the scoreboard, users and challenges public.

    python seed.py USERS CHALLENGES
"""

import datetime
import os
import random
import sys

sys.path.insert(0, os.getcwd())  # the clone

import CTFd.utils.crypto

# The model's password validator hashes with bcrypt (~0.3 s here); one hash serves every user.
ONE_HASH = CTFd.utils.crypto.hash_password("password")
CTFd.utils.crypto.hash_password = lambda plaintext: ONE_HASH

from CTFd import create_app
from CTFd.models import Awards, Challenges, Fails, Solves, Tracking, Users, db
from CTFd.utils import set_config

USERS = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
CHALLENGES = int(sys.argv[2]) if len(sys.argv) > 2 else 60
CATEGORIES = ["web", "crypto", "pwn", "reversing", "forensics", "misc"]

random.seed(17)
app = create_app()
with app.app_context():
    for key, value in {"setup": True, "ctf_name": "perfagent", "user_mode": "users",
                       "challenge_visibility": "public", "score_visibility": "public",
                       "account_visibility": "public", "registration_visibility": "public"}.items():
        set_config(key, value)
    challenges = [Challenges(name=f"challenge {i}", description=f"Find the flag of challenge {i}. " * 5,
                             value=random.choice([100, 200, 300, 400, 500]), category=random.choice(CATEGORIES),
                             state="visible", type="standard") for i in range(CHALLENGES)]
    db.session.add_all(challenges)
    db.session.commit()
    start = datetime.datetime.now(datetime.UTC).replace(tzinfo=None) - datetime.timedelta(days=7)  # CTFd: naive UTC
    rows = 0
    for n in range(USERS):
        user = Users(name=f"player{n}", email=f"player{n}@example.com", password="password", verified=True,
                     affiliation=random.choice([None, "Uni A", "Uni B", "Company C"]))
        db.session.add(user)
        db.session.flush()
        db.session.add(Tracking(ip=f"10.0.{n // 250}.{n % 250}", user_id=user.id))
        skill = random.random()
        for chal in random.sample(challenges, k=max(1, int(skill * CHALLENGES))):
            when = start + datetime.timedelta(minutes=random.randint(0, 7 * 24 * 60))
            for _ in range(random.randint(0, 3)):
                db.session.add(Fails(user_id=user.id, challenge_id=chal.id, ip="10.0.0.1", provided="flag{no}",
                                     date=when - datetime.timedelta(minutes=5)))
                rows += 1
            if random.random() < 0.8:
                db.session.add(Solves(user_id=user.id, challenge_id=chal.id, ip="10.0.0.1", provided="flag{yes}",
                                      date=when))
                rows += 1
        if random.random() < 0.1:
            db.session.add(Awards(user_id=user.id, name="bonus", value=50, date=start))
        if n % 200 == 199:
            db.session.commit()
    db.session.commit()
    print(f"seeded {USERS} users, {CHALLENGES} challenges, {rows} submissions")
