"""The logged-in part of a generated locustfile: per-user login in ``on_start``, re-login on
401, on a redirect to the login page, or before a token expires.

The file embeds ``tools/loadtest/auth_runtime.py`` as it is and the recipe with its ``${VAR}``
templates: secrets are read from the environment when a request is sent, never written.
Logins are counted under ``auth: login``, re-logins under ``auth: re-login`` and the answers
that said the session was over under ``auth: expired`` (analysis keeps them out of the
endpoints' latencies and reports the counts).
"""

from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass

from perfagent.tools.loadtest import auth_runtime
from perfagent.tools.loadtest.auth import (
    EXPIRED,
    LOGIN,
    RELOGIN,
    SHARED_ENV,
    FormLogin,
    HeaderAuth,
    TokenLogin,
)

# A token is renewed this long before it expires (or at 90% of a short lifetime).
RENEW_MARGIN_S = 5.0


@dataclass
class LoginSource:
    imports: list[str]
    helpers: list[str]
    methods: list[str]


def _runtime_source() -> list[str]:
    source = inspect.getsource(auth_runtime)
    tree = ast.parse(source)
    first = tree.body[0]
    if isinstance(first, ast.Expr) and isinstance(
        first.value, ast.Constant
    ):  # the module docstring
        source = "\n".join(source.splitlines()[first.end_lineno :])
    return [
        "",
        "",
        "# --- login helpers (perfagent tools/loadtest/auth_runtime.py) ---",
        *source.strip("\n").splitlines(),
    ]


def _login_method(auth) -> list[str]:
    if isinstance(auth, FormLogin):
        return [
            "    def login(self, name):",
            '        """GET the login form, carry its CSRF token and cookies, POST the fields."""',
            "        form = self.client.request('GET', AUTH['path'], name=name + ' (form)', "
            "allow_redirects=False)",
            "        csrf = csrf_token(form.text or '', AUTH.get('csrf_field'))",
            "        body = form_body(AUTH['fields'], os.environ, csrf)",
            "        with self.client.request('POST', AUTH.get('action') or AUTH['path'], "
            "name=name, data=body,",
            "                                 "
            "headers={'Content-Type': 'application/x-www-form-urlencoded'},",
            "                                 "
            "allow_redirects=False, catch_response=True) as answer:",
            "            why = login_refused(answer.status_code, answer.headers.get('location'), "
            "answer.text,",
            "                                AUTH['path'])",
            "            if why:",
            "                answer.failure('login refused: ' + why)",
        ]
    if isinstance(auth, TokenLogin):
        return [
            "    def login(self, name):",
            '        """POST the body (JSON, or a form) to the token endpoint; the token goes in '
            'a header."""',
            "        body, content_type = token_body(AUTH['body'], os.environ, "
            "AUTH.get('body_format', 'json'))",
            "        with self.client.request('POST', AUTH['path'], name=name, data=body,",
            "                                 headers={'Content-Type': content_type},",
            "                                 "
            "allow_redirects=False, catch_response=True) as answer:",
            "            try:",
            "                data = answer.json()",
            "            except ValueError:",
            "                data = None",
            "            token = json_path(data, AUTH['token_path'])",
            "            if answer.status_code >= 400 or not isinstance(token, str):",
            "                answer.failure('login refused: no token in the answer')",
            "                return",
            "        self.auth_headers = "
            "{AUTH['header']: AUTH['template'].replace('{token}', token)}",
            "        lifetime = json_path(data, AUTH['expires_in_path']) "
            "if AUTH.get('expires_in_path') else None",
            "        lifetime = lifetime if isinstance(lifetime, (int, float)) "
            "else AUTH.get('expires_s')",
            "        if lifetime:",
            "            self.renew_at = time.monotonic() + "
            f"max(lifetime * 0.9, lifetime - {RENEW_MARGIN_S!r})",
        ]
    return [
        "    def login(self, name):",
        '        """A static header: nothing to request."""',
        "        self.auth_headers = {AUTH['header']: expand(AUTH['value'], os.environ)}",
    ]


def login_source(auth: FormLogin | TokenLogin | HeaderAuth) -> LoginSource:
    recipe = auth.model_dump(exclude_none=True)
    helpers = [
        *_runtime_source(),
        "",
        "",
        "# The login recipe from perfagent.toml; ${VAR} is read from the environment when sent.",
        f"AUTH = {recipe!r}",
        f"LOGIN, RELOGIN, EXPIRED = {LOGIN!r}, {RELOGIN!r}, {EXPIRED!r}",
    ]
    login_path = auth.path if isinstance(auth, FormLogin) else None
    shared = getattr(auth, "shared", False)
    login = _login_method(auth)
    if shared and isinstance(auth, FormLogin):  # logging in again: the jar's cookies, not the
        login.insert(2, "        self.auth_headers = {}")  # shared session's Cookie header
    methods = [
        "    auth_headers = {}",
        "    renew_at = None",
        "",
        "    def on_start(self):",
        *(
            [
                f"        shared = os.environ.get({SHARED_ENV!r})",
                "        if shared:  # [service.auth] shared: the session perfagent logged in",
                "            self.auth_headers = json.loads(shared)",
                "            return",
            ]
            if shared
            else []
        ),
        "        self.login(LOGIN)",
        "",
        *login,
        "",
        "    def send(self, method, path, name, headers=None, data=None):",
        '        """One request as this logged-in user; log in again when the session is over."""',
        "        if self.renew_at is not None and time.monotonic() >= self.renew_at:",
        "            self.renew_at = None",
        "            self.login(RELOGIN)",
        "        expired = False",
        "        with self.client.request(method, path, name=name, "
        "headers={**self.auth_headers, **(headers or {})},",
        "                                 "
        "data=data, allow_redirects=False, catch_response=True) as answer:",
        "            if session_expired(answer.status_code, answer.headers.get('location'), "
        f"{login_path!r}):",
        "                answer.request_meta['name'] = EXPIRED  "
        "# counted apart, not as the endpoint's latency",
        "                answer.success()",
        "                expired = True",
        "        if expired:",
        "            self.login(RELOGIN)",
        "            self.client.request(method, path, name=name, "
        "headers={**self.auth_headers, **(headers or {})},",
        "                                data=data, allow_redirects=False)",
    ]
    return LoginSource(imports=["import os", "import time", ""], helpers=helpers, methods=methods)
