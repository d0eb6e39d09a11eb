"""Run by setup.sh with the clone's interpreter, in the clone: finish CTFd's first-run setup
and make the scoreboard, users and challenges public, through CTFd's own config API."""

from CTFd import create_app
from CTFd.utils import set_config

app = create_app()
with app.app_context():
    for key, value in {"setup": True, "ctf_name": "perfagent", "user_mode": "users",
                       "challenge_visibility": "public", "score_visibility": "public",
                       "account_visibility": "public", "registration_visibility": "public"}.items():
        set_config(key, value)
print("CTFd configured: public scoreboard, users and challenges")
