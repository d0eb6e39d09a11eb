"""Route templates: metrics are labelled by route (``/user/{username}``), never by the literal
path a load test requested (``/user/alice``), or every user becomes a time series.

Templates come from the app's own route declarations (FastAPI/Starlette ``@app.get("/x/{id}")``,
Flask ``@app.route("/x/<int:id>")`` and blueprints, Django ``path("x/<int:id>/")``), read as
text from its Python files.

>>> templates = ["/user/{username}", "/api/items/{item_id}/reviews", "/api/items/new"]
>>> template_of("/user/alice?tab=2", templates), template_of("/api/items/7/reviews", templates)
('/user/{username}', '/api/items/{item_id}/reviews')
>>> template_of("/api/items/new", templates), template_of("/health", templates)
('/api/items/new', '/health')
>>> flask_to_template("/post/<int:post_id>/edit")
'/post/{post_id}/edit'
"""

from __future__ import annotations

import re
from pathlib import Path

_DECORATOR = re.compile(
    r"""@\s*[\w.]+\.(?:get|post|put|patch|delete|head|options|route|api_route|websocket)\(\s*[rfu]?["']([^"']+)["']"""
)
_DJANGO = re.compile(r"""\b(?:re_)?path\(\s*r?["']([^"']*)["']""")
_FLASK_VAR = re.compile(r"<(?:[\w]+:)?(\w+)>")
_SKIP = {
    ".venv",
    "venv",
    "node_modules",
    ".git",
    "site-packages",
    "__pycache__",
    "tests",
    "migrations",
}
MAX_FILES = 2000


def flask_to_template(route: str) -> str:
    return _FLASK_VAR.sub(r"{\1}", route)


def route_templates(root: str | Path) -> list[str]:
    """Every route template declared in the app's Python files (duplicates removed)."""
    found: dict[str, None] = {}
    for n, path in enumerate(p for p in Path(root).rglob("*.py") if not _SKIP & set(p.parts)):
        if n >= MAX_FILES:
            break
        try:
            text = path.read_text(errors="replace")
        except OSError:
            continue
        for route in _DECORATOR.findall(text):
            if route.startswith("/"):
                found[flask_to_template(route)] = None
        if "urlpatterns" in text:
            for route in _DJANGO.findall(text):
                if not route.startswith("^"):
                    found["/" + flask_to_template(route).lstrip("/")] = None
    return list(found)


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"(\{[^}]+\})", template.rstrip("/") or "/")
    regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}/?$")


def template_of(path: str, templates: list[str]) -> str:
    """The template ``path`` matches (literal segments beat variables), else the path itself."""
    path = path.split("?", 1)[0]
    matches = [t for t in templates if _pattern(t).match(path)]
    if not matches:
        return path
    return min(matches, key=lambda t: (t.count("{"), -len(t)))
