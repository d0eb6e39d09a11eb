"""Two small real apps with logins, started as subprocesses by the auth tests.

    python tests/loadtest/auth_apps.py form  --port P [--session-s S]
    python tests/loadtest/auth_apps.py token --port P [--token-s S]

form: a Flask app with a CSRF-protected login form (GET /login renders the form and a
per-session token; POST /login checks token and password, then redirects to /feed); /feed
redirects to /login without a live session; a session lasts S seconds.
token: POST /token with JSON {username, password} answers {"access_token", "expires_in"};
POST /oauth/token does the same for a form-encoded OAuth2 password grant (as FastAPI's
OAuth2PasswordRequestForm: fields username and password, JSON refused with 422);
/api/me answers 401 without a valid, unexpired bearer token.

The password is alice's: ``APP_PASSWORD`` in the app's environment. /__stats returns the
app's own counts: logins, refused logins, pages served logged in, and anonymous hits.
"""

from __future__ import annotations

import argparse
import os
import secrets
import threading
import time

from flask import Flask, jsonify, redirect, request, session

STATS = {"logins": 0, "refused": 0, "served": 0, "anonymous": 0, "csrf_missing": 0}
LOCK = threading.Lock()


def bump(key: str) -> None:
    with LOCK:
        STATS[key] += 1


def form_app(session_s: float) -> Flask:
    app = Flask(__name__)
    app.secret_key = secrets.token_hex(16)
    password = os.environ["APP_PASSWORD"]

    @app.get("/login")
    def login_form():
        session["csrf"] = secrets.token_hex(8)
        return (
            f'<form method="post" action="/login"><input type="hidden" name="csrf_token" '
            f'value="{session["csrf"]}"><input name="username">'
            '<input type="password" name="password">'
            "</form>"
        )

    @app.post("/login")
    def login():
        if not request.form.get("csrf_token") or request.form.get("csrf_token") != session.get(
            "csrf"
        ):
            bump("csrf_missing")
            return "CSRF token missing or wrong", 400
        if request.form.get("username") != "alice" or request.form.get("password") != password:
            bump("refused")
            return login_form()  # the form again, as most apps do
        bump("logins")
        session["user"], session["until"] = "alice", time.time() + session_s
        return redirect("/feed", code=303)

    @app.get("/feed")
    def feed():
        if session.get("user") is None or time.time() > session.get("until", 0):
            bump("anonymous")
            return redirect("/login", code=302)
        bump("served")
        return f"<h1>{session['user']}'s feed</h1>"

    return app


def token_app(token_s: float) -> Flask:
    app = Flask(__name__)
    password = os.environ["APP_PASSWORD"]
    tokens: dict[str, float] = {}

    def grant(body: dict):
        if body.get("username") != "alice" or body.get("password") != password:
            bump("refused")
            return jsonify(detail="bad credentials"), 401
        bump("logins")
        value = secrets.token_hex(12)
        tokens[value] = time.time() + token_s
        return jsonify(access_token=value, token_type="bearer", expires_in=token_s)

    @app.post("/token")
    def token():
        return grant(request.get_json(silent=True) or {})

    @app.post("/oauth/token")
    def oauth_token():
        if request.mimetype != "application/x-www-form-urlencoded":
            bump("refused")
            return jsonify(detail="form fields username and password required"), 422
        return grant(request.form)

    @app.get("/api/me")
    def me():
        value = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if tokens.get(value, 0) < time.time():
            bump("anonymous")
            return jsonify(detail="expired"), 401
        bump("served")
        return jsonify(user="alice")

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["form", "token"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--session-s", type=float, default=3600.0)
    parser.add_argument("--token-s", type=float, default=3600.0)
    args = parser.parse_args()
    app = form_app(args.session_s) if args.kind == "form" else token_app(args.token_s)
    app.add_url_rule("/healthz", "healthz", lambda: "ok")
    app.add_url_rule("/__stats", "stats", lambda: jsonify(STATS))
    app.run(host="127.0.0.1", port=args.port, threaded=True)


if __name__ == "__main__":
    main()
