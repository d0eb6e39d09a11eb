"""Logged-in load: ``[service.auth]`` recipes, each simulated user logging in on its own.

Three recipes:

- ``form``: GET the login page, carry its CSRF token (hidden input or ``<meta name=csrf-token>``)
  and cookies, POST the fields;
- ``token``: POST JSON (or, with ``body_format = "form"``, URL-encoded fields: an OAuth2
  password grant such as FastAPI's ``OAuth2PasswordRequestForm``) to a token endpoint, read the
  token at a dotted JSON path, send it in a header built from a template (``Bearer {token}``);
  expiry from ``expires_in_path`` or ``expires_s`` makes the user log in again before the token
  runs out;
- ``header``: a static header (an API key).

Secrets come only from environment variables: ``${VAR}`` in the spec, expanded when a request
is sent. A literal value for a secret-looking field is refused, so perfagent.toml, the generated
locustfile, the plan, state.json and reports carry ``${VAR}`` and never the value.

Before any load is sent, :func:`preflight` logs in once: wrong credentials (or a missing
variable) are one sentence naming ``service.auth``, and no user starts.

>>> auth = parse_auth({"kind": "form", "path": "/login",
...                    "fields": {"username": "alice", "password": "${APP_PW}"}})
>>> auth.kind, sorted(variables(auth))
('form', ['APP_PW'])
>>> parse_auth({"kind": "header", "header": "X-Key", "value": "s3cret"})
Traceback (most recent call last):
ValueError: value: a secret must come from the environment as ${VAR}, not be written in the spec
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from perfagent.tools.errors import InputError, ServiceError, UnsafeInputError
from perfagent.tools.loadtest import auth_runtime
from perfagent.tools.loadtest.safety import check_path

SECRET_NAME = re.compile(r"pass|secret|token|key|pin|otp|credential", re.IGNORECASE)
VARIABLE = re.compile(r"\$\{(\w+)\}")
LOGIN = "auth: login"  # the request names logins are counted under (kept out of the endpoints)
RELOGIN = "auth: re-login"
EXPIRED = "auth: expired"
PREFIX = "auth: "


def _env_only(name: str, value: str) -> str:
    if not VARIABLE.search(value):
        raise ValueError(
            f"{name}: a secret must come from the environment as ${{VAR}}, "
            "not be written in the spec"
        )
    return value


def _secret_fields(fields: dict[str, str]) -> dict[str, str]:
    for name, value in fields.items():
        if SECRET_NAME.search(name):
            _env_only(name, value)
    return fields


def _path(value: str) -> str:
    try:
        return check_path(value)
    except UnsafeInputError as exc:  # pydantic then names the field
        raise ValueError(str(exc)) from None


class _Recipe(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str = Field(
        description="form: the login page (GET, then POST); token: the token endpoint"
    )

    @field_validator("path")
    @classmethod
    def _relative(cls, value: str) -> str:
        return _path(value)


class FormLogin(_Recipe):
    kind: Literal["form"]
    action: str | None = Field(None, description="where the form POSTs; default: path")
    fields: dict[str, str] = Field(
        description="username, password (${VAR}) ... as the form names them"
    )
    csrf_field: str | None = Field(
        None, description="the token's input name; default: any input named *csrf*"
    )
    shared: bool = Field(
        False,
        description="log in once (per perfagent process) and let every simulated user carry "
        "that session, for apps that rate-limit logins; default: each user logs in",
    )

    @field_validator("fields")
    @classmethod
    def _secrets(cls, value: dict[str, str]) -> dict[str, str]:
        return _secret_fields(value)

    @field_validator("action")
    @classmethod
    def _action(cls, value: str | None) -> str | None:
        return None if value is None else _path(value)


class TokenLogin(_Recipe):
    kind: Literal["token"]
    body: dict[str, str] = Field(description="the fields to POST; secrets as ${VAR}")
    body_format: Literal["json", "form"] = Field(
        "json",
        description="json: a JSON object; form: application/x-www-form-urlencoded, as an OAuth2 "
        "password grant (FastAPI's OAuth2PasswordRequestForm) expects",
    )
    token_path: str = Field(
        "access_token", description="dotted path to the token in the JSON answer"
    )
    header: str = "Authorization"
    template: str = Field("Bearer {token}", description="the header's value; {token} is the token")
    expires_in_path: str | None = Field(
        None, description="dotted path to the token's lifetime in seconds"
    )
    expires_s: float | None = Field(
        None, gt=0, description="the token's lifetime, if the answer does not say"
    )
    shared: bool = Field(
        False, description="log in once and let every simulated user carry that token"
    )

    @field_validator("body")
    @classmethod
    def _secrets(cls, value: dict[str, str]) -> dict[str, str]:
        return _secret_fields(value)

    @field_validator("template")
    @classmethod
    def _has_token(cls, value: str) -> str:
        if "{token}" not in value:
            raise ValueError("the template must contain {token}")
        return value


class HeaderAuth(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["header"]
    header: str
    value: str

    @field_validator("value")
    @classmethod
    def _secret(cls, value: str) -> str:
        return _env_only("value", value)


Auth = Annotated[FormLogin | TokenLogin | HeaderAuth, Field(discriminator="kind")]
_ADAPTER: TypeAdapter = TypeAdapter(Auth)


def parse_auth(data: dict) -> FormLogin | TokenLogin | HeaderAuth:
    """A recipe from its table; a plain ValueError (first problem) when it is wrong."""
    from pydantic import ValidationError

    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ValueError(err["msg"].removeprefix("Value error, ")) from None


def variables(auth: FormLogin | TokenLogin | HeaderAuth | None) -> set[str]:
    """The environment variables the recipe reads."""
    if auth is None:
        return set()
    texts = list(getattr(auth, "fields", {}).values()) + list(getattr(auth, "body", {}).values())
    texts += [getattr(auth, "value", "")]
    return {name for text in texts for name in VARIABLE.findall(text)}


def header_variables(endpoints) -> set[str]:
    """The environment variables the endpoints' headers read (``X-Api-Key = "${API_KEY}"``)."""
    return {
        name
        for endpoint in endpoints
        for value in endpoint.headers.values()
        for name in VARIABLE.findall(value)
    }


def secret_header(name: str, value: str) -> str:
    """A request header whose name says it carries a credential must read it as ``${VAR}``."""
    if SECRET_NAME.search(name) or name.lower() in ("authorization", "cookie"):
        return _env_only(f"headers.{name}", value)
    return value


def secret_environ(
    auth, environ: Mapping[str, str] | None = None, *, headers: set[str] | None = None
) -> dict[str, str]:
    """The variables the recipe (and the endpoints' ``headers``) read, from ``environ``, for the
    load generator's environment; a missing one is one sentence naming it (before any load)."""
    environ = os.environ if environ is None else environ
    for where, names in (("service.auth", variables(auth)), ("service.endpoint", headers or ())):
        missing = sorted(name for name in names if name not in environ)
        if missing:
            raise InputError(
                f"{where}: the environment variable {missing[0]} is not set "
                "(the spec reads the secret from it)"
            )
    return {name: environ[name] for name in variables(auth) | set(headers or ())}


def preflight(
    host: str,
    auth,
    *,
    environ: Mapping[str, str] | None = None,
    timeout_s: float = 10.0,
    transport=None,
) -> None:
    """Log in once as a simulated user would; raise one sentence if it is refused (a static
    header is only checked for its variables: a 401 under load is counted per request)."""
    session(host, auth, environ=environ, timeout_s=timeout_s, transport=transport)


def session(
    host: str,
    auth,
    *,
    environ: Mapping[str, str] | None = None,
    timeout_s: float = 10.0,
    transport=None,
) -> dict[str, str]:
    """Log in once: the headers a client sends to be that logged-in user (the session's
    ``Cookie``, or the token's header). The probes that run outside Locust use it: one login,
    shared by their connections. Refused credentials are one sentence, as in
    :func:`preflight`."""
    import httpx

    env = secret_environ(auth, environ)
    if isinstance(auth, HeaderAuth):
        return {auth.header: auth_runtime.expand(auth.value, env)}
    where = f"service.auth ({auth.kind} login at {host.rstrip('/')}{auth.path})"
    try:
        with httpx.Client(
            base_url=host,
            timeout=timeout_s,
            follow_redirects=False,
            transport=transport,
            trust_env=False,
        ) as client:
            if isinstance(auth, FormLogin):
                form = client.get(auth.path)
                if form.status_code >= 400:
                    raise InputError(f"{where}: the login page answered {form.status_code}")
                csrf = auth_runtime.csrf_token(form.text, auth.csrf_field)
                if auth.csrf_field and csrf is None:
                    raise InputError(
                        f"{where}: the login page has no input named {auth.csrf_field!r}"
                    )
                answer = client.post(
                    auth.action or auth.path,
                    content=auth_runtime.form_body(auth.fields, env, csrf),
                    headers={"Content-Type": "application/x-www-form-urlencoded"},
                )
                why = auth_runtime.login_refused(
                    answer.status_code, answer.headers.get("location"), answer.text, auth.path
                )
                if why:
                    raise InputError(f"{where}: logging in failed ({why}): check the credentials")
                return _cookie_header(client)
            content, content_type = auth_runtime.token_body(auth.body, env, auth.body_format)
            answer = client.post(auth.path, content=content, headers={"Content-Type": content_type})
            if answer.status_code >= 400:
                raise InputError(
                    f"{where}: logging in failed (the server answered {answer.status_code}): "
                    "check the credentials"
                )
            try:
                token = auth_runtime.json_path(answer.json(), auth.token_path)
            except ValueError:
                token = None
            if not isinstance(token, str) or not token:
                raise InputError(f"{where}: the answer has no token at {auth.token_path!r}")
            return _cookie_header(client) | {auth.header: auth.template.replace("{token}", token)}
    except httpx.HTTPError as exc:
        raise ServiceError(f"{where}: could not log in ({type(exc).__name__})") from None


SHARED_ENV = "PERFAGENT_AUTH_SESSION"  # the shared session's headers, in the child's environment
_SHARED: dict[str, dict[str, str]] = {}


def shared_session(host: str, auth, *, timeout_s: float = 10.0) -> dict[str, str]:
    """:func:`session`, once per recipe in this process: every load of the engagement (and its
    probes) carries the same logged-in session, so an app that limits logins per account
    (healthchecks: 20 a day) is not locked by the engagement's own load. A session that has
    ended is noticed under load (a redirect to the login page, a 401) and the user logs in
    again on its own."""
    key = auth.model_dump_json()
    if key not in _SHARED:
        _SHARED[key] = session(host, auth, timeout_s=timeout_s)
    return _SHARED[key]


def logged_in(host: str, auth, *, timeout_s: float = 10.0) -> dict[str, str]:
    """The headers of a logged-in client for a probe: the shared session when the recipe is
    ``shared``, else a login of its own."""
    if getattr(auth, "shared", False):
        return shared_session(host, auth, timeout_s=timeout_s)
    return session(host, auth, timeout_s=timeout_s)


def _cookie_header(client) -> dict[str, str]:
    cookies = "; ".join(f"{name}={value}" for name, value in client.cookies.items())
    return {"Cookie": cookies} if cookies else {}
