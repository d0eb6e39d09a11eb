"""What a simulated user runs to log in, as plain functions.

The generated locustfile embeds this module's source as it is (a standalone file users can
run), and the parent's pre-flight login (tools/loadtest/auth.py) imports it: the check before
the load and the load itself read the form, the token and the answer the same way.
Nothing here reads a secret's value into anything but the request that needs it.

>>> csrf_token('<form><input type="hidden" value="t0k" name="csrf_token"></form>', None)
('csrf_token', 't0k')
>>> json_path({"data": {"access": "abc"}}, "data.access")
'abc'
>>> expand("${PERFAGENT_DOCTEST_PW}!", {"PERFAGENT_DOCTEST_PW": "pw"})
'pw!'
>>> form = '<input type="password">'
>>> login_refused(303, "/feed", "", "/login"), login_refused(200, None, form, "/login")
(None, 'the server answered with the login form again')
"""

import json
import re

_VAR = re.compile(r"\$\{(\w+)\}")
_INPUT = re.compile(r"<input\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_META = re.compile(r"""<meta\b[^>]*name\s*=\s*["']csrf[-_]token["'][^>]*>""", re.IGNORECASE)


def expand(template, environ):
    """``${VAR}`` replaced by the variable's value (a missing one raises KeyError naming it)."""
    return _VAR.sub(lambda m: environ[m.group(1)], template)


def _attrs(tag):
    return {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(tag)}


def csrf_token(html, field):
    """(field name, value) of the form's CSRF token: the input named ``field``, else the
    first input (or ``<meta name="csrf-token">``) whose name mentions csrf; None if none."""
    for tag in _INPUT.findall(html or ""):
        attrs = _attrs(tag)
        name = attrs.get("name", "")
        if (name == field if field else "csrf" in name.lower()) and "value" in attrs:
            return name, attrs["value"]
    meta = _META.search(html or "")
    if meta and not field:
        return "csrf_token", _attrs(meta.group(0)).get("content", "")
    return None


def json_path(data, path):
    """The value at a dotted ``path`` (``data.token``, ``items.0.id``) of parsed JSON, or None."""
    for part in path.split("."):
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


def login_refused(status, location, body, login_path):
    """Why a form login's answer is a refusal (wrong credentials, a CSRF failure), or None."""
    if status >= 400:
        return f"the server answered {status}"
    if 300 <= status < 400:
        if location and location.split("?")[0].rstrip("/").endswith(
            login_path.split("?")[0].rstrip("/")
        ):
            return "the server sent the browser back to the login page"
        return None
    if re.search(r"""type\s*=\s*["']?password""", body or "", re.IGNORECASE):
        return "the server answered with the login form again"
    return None


def session_expired(status, location, login_path):
    """An answer that means the user is no longer logged in: 401, or a redirect to the login
    page."""
    if status == 401:
        return True
    return bool(
        login_path
        and 300 <= status < 400
        and location
        and location.split("?")[0].rstrip("/").endswith(login_path.split("?")[0].rstrip("/"))
    )


def form_body(fields, environ, csrf):
    """The login form's fields with secrets expanded, plus the CSRF token, URL-encoded."""
    from urllib.parse import urlencode

    data = {name: expand(value, environ) for name, value in fields.items()}
    if csrf:
        data[csrf[0]] = csrf[1]
    return urlencode(data)


def json_body(body, environ):
    return json.dumps({name: expand(value, environ) for name, value in body.items()})


def token_body(body, environ, body_format="json"):
    """(content, Content-Type) of a token request: the fields as JSON, or URL-encoded for
    ``form`` (an OAuth2 password grant)."""
    if body_format == "form":
        return form_body(body, environ, None), "application/x-www-form-urlencoded"
    return json_body(body, environ), "application/json"
