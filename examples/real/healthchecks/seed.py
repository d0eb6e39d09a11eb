"""Run by setup.sh with the clone's interpreter, in the clone (its settings from the environment):
a realistic healthchecks dataset through healthchecks' own models.

- OTHERS accounts, each with a profile, one project, an email integration and 10 checks whose
  ping log holds 20 pings and a few status flips;
- the login account (HC_EMAIL, password from $HC_PASSWORD): three projects of its own with 150,
  60 and 30 checks (100 pings each, the default ping_log_limit; 4-16 flips each; cron, simple
  and OnCalendar schedules, tags, some down, some paused), two integrations, and membership of
  another account's project; the first project gets a hashed read-write API key
  (Project.set_api_key, the way the app's settings page makes one).

Secrets go to $HC_SECRETS (mode 600) as shell lines, never to stdout: HC_PASSWORD, HC_API_KEY.
The codes the endpoints' URLs need (the first project, one of its checks) go to $HC_IDS.

    python seed.py OTHERS
"""

import datetime as dt
import os
import random
import sys
import uuid

sys.path.insert(0, os.getcwd())  # the clone
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hc.settings")

import django

django.setup()

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.db import transaction
from hc.accounts.models import Member, Profile, Project
from hc.api.models import Channel, Check, Flip, Ping

OTHERS = int(sys.argv[1]) if len(sys.argv) > 1 else 300
EMAIL = os.environ.get("HC_EMAIL", "alice@example.org")
NOW = dt.datetime.now(dt.UTC)
WORDS = ["backup", "db", "nightly", "cron", "report", "sync", "cleanup", "billing", "etl", "mail"]
TAGS = ["prod", "staging", "db", "web", "batch", "eu", "us", ""]
SCHEDULES = ["*/5 * * * *", "0 * * * *", "0 3 * * *", "30 2 * * 1-5", "*/15 * * * *"]
random.seed(18)
# One argon2 hash for the seeded accounts (hashing is deliberately slow; one is enough).
SHARED_HASH = make_password(None)  # unusable: the other accounts never log in


def account(email: str, password_hash: str) -> tuple[User, Profile]:
    user = User.objects.create(username=str(uuid.uuid4())[:30], email=email, password=password_hash)
    profile = Profile.objects.for_user(user)  # the app's own defaults (no payments: high limits)
    profile.last_active_date = NOW
    profile.save()
    return user, profile


def project(owner: User, name: str) -> Project:
    p = Project(owner=owner, name=name)
    p.badge_key = f"{owner.username}-{uuid.uuid4().hex[:8]}"
    p.save()
    return p


def checks(p: Project, n: int, pings: int, flips: tuple[int, int]) -> list[Check]:
    made = []
    for i in range(n):
        kind = random.choices(["simple", "cron", "oncalendar"], [5, 4, 1])[0]
        status = random.choices(["up", "down", "new", "paused"], [80, 8, 4, 8])[0]
        name = f"{random.choice(WORDS)}-{random.choice(WORDS)}-{i}"
        c = Check(project=p, name=name, slug=name, kind=kind, status=status,
                  tags=" ".join({random.choice(TAGS) for _ in range(2)}).strip(),
                  desc=f"Runs {name} on the {random.choice(TAGS) or 'main'} hosts.",
                  created=NOW - dt.timedelta(days=random.randint(30, 400)))
        if kind == "simple":
            c.timeout = dt.timedelta(minutes=random.choice([5, 60, 1440]))
        elif kind == "cron":
            c.schedule = random.choice(SCHEDULES)
            c.tz = random.choice(["UTC", "Europe/Riga", "America/New_York"])
        else:
            c.schedule = "*-*-* 02:00:00"
        c.grace = dt.timedelta(minutes=random.choice([5, 30, 60]))
        made.append(c)
    Check.objects.bulk_create(made)
    ping_rows, flip_rows = [], []
    for c in made:
        if c.status == "new":
            continue
        step = dt.timedelta(minutes=random.choice([5, 15, 60, 1440]))
        n_pings = random.randint(pings // 2, pings)
        first = NOW - step * n_pings
        for n in range(1, n_pings + 1):
            kind = random.choices([None, "start", "fail", "log"], [70, 20, 8, 2])[0]
            ping_rows.append(Ping(owner=c, n=n, created=first + step * n, kind=kind,
                                  scheme="https", remote_addr=f"10.1.{n % 250}.{c.id % 250}",
                                  method=random.choice(["GET", "POST"]), ua="curl/8.5.0",
                                  body_raw=b"OK\n" if kind == "fail" else None,
                                  exitstatus=1 if kind == "fail" else 0,
                                  rid=uuid.uuid4() if kind == "start" else None))
        c.n_pings = n_pings
        c.last_ping = first + step * n_pings
        c.last_duration = dt.timedelta(seconds=random.randint(1, 600))
        if c.status == "up":
            c.alert_after = c.last_ping + c.timeout + c.grace
        old = "new"
        for k in range(random.randint(*flips)):
            new = "up" if old != "up" else "down"
            flip_rows.append(Flip(owner=c, created=first + step * (k * n_pings // max(flips)),
                                  processed=NOW, old_status=old, new_status=new,
                                  reason="timeout" if new == "down" else ""))
            old = new
    Check.objects.bulk_update(made, ["n_pings", "last_ping", "last_duration", "alert_after"])
    Ping.objects.bulk_create(ping_rows, batch_size=5000)
    Flip.objects.bulk_create(flip_rows, batch_size=5000)
    return made


def integrations(p: Project, email: str, cs: list[Check], extra: bool = False) -> None:
    channels = [Channel(project=p, kind="email", value=email, email_verified=True)]
    if extra:
        channels.append(Channel(project=p, kind="webhook", name="ops webhook",
                                value='{"method_down": "POST", "url_down": '
                                      '"https://hooks.example.org/down", "body_down": "", '
                                      '"headers_down": {}, "method_up": "GET", "url_up": "", '
                                      '"body_up": "", "headers_up": {}}'))
    for ch in channels:
        ch.save()
        ch.checks.add(*cs)


with transaction.atomic():
    owners = []
    for n in range(OTHERS):
        user, _ = account(f"user{n}@example.org", SHARED_HASH)
        p = project(user, f"user{n}'s project")
        integrations(p, user.email, checks(p, 10, 20, (1, 5)))
        owners.append(p)
    alice, profile = account(EMAIL, make_password(os.environ["HC_PASSWORD"]))
    mine = [project(alice, name) for name in ("Production", "Staging", "Internal tools")]
    for p, n in zip(mine, (150, 60, 30), strict=True):
        integrations(p, EMAIL, checks(p, n, 100, (4, 16)), extra=p.name == "Production")
    Member.objects.create(user=alice, project=owners[0], role=Member.Role.REGULAR)
    api_key = mine[0].set_api_key()
    mine[0].save()
    ping_check = Check.objects.filter(project=mine[0], status="up").order_by("id").first()

counts = {m.__name__: m.objects.count() for m in (User, Project, Check, Ping, Flip, Channel)}
print("seeded " + ", ".join(f"{v} {k.lower()}s" for k, v in counts.items()))
with open(os.environ["HC_SECRETS"], "w", encoding="utf-8") as out:
    os.fchmod(out.fileno(), 0o600)
    out.write(f"export HC_PASSWORD='{os.environ['HC_PASSWORD']}'\n")
    out.write(f"export HC_API_KEY='{api_key}'\n")
with open(os.environ["HC_IDS"], "w", encoding="utf-8") as out:  # codes in URLs, not secrets
    out.write(f"project={mine[0].code}\ncheck={ping_check.code}\n")
