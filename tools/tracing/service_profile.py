"""py-spy's recording of the server under load, split per endpoint and charged to the
project's own code.

- The endpoint of a sample is its request's view function: the first frame, from the root,
  that is the project's own code (a web framework calls the view; the server, the framework
  and the middleware in between are libraries), past the project's own decorator wrappers and
  its own middleware (a ``__call__`` or ``process_view`` that the request passes through).
  Samples with no project frame (the server's accept loop, a framework's own work) are
  "outside any view".
- Each sample is charged to its deepest project frame: the library code a project line called
  (an ORM query, a template render, a password hash) counts for that line, the place a fix
  would go.
- Library code is what sits in site-packages/dist-packages or outside the project's folder,
  including a virtualenv kept inside it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from perfagent.tools.profile.collapsed import (
    Frame,
    parse_collapsed,
    parse_frame,
    strip_common_processes,
)
from perfagent.tools.profile.models import LoopSite

# perfagent's own injection (the sitecustomize and the OTel folder): its frames are skipped, and
# the samples it was running are reported as the tracing's overhead.
INJECTED_MARKERS = ("/otel-py", "/tools/tracing/bootstrap/")
# Injected functions whose own line is the call into the database driver (C code py-spy does
# not see): a sample there is the database's work, not the tracing's.
DRIVER_CALLS = ("traced_execution", "commit", "method")
LIBRARY_MARKERS = (
    "/site-packages/",
    "/dist-packages/",
    "/lib/python3",
    "/.venv/",
    "/venv/",
    "/.tox/",
)


class ChargedFunction(BaseModel):
    function: str
    location: str = Field(description="path relative to the project, with the def line")
    samples: int
    share_of_view_pct: float
    share_of_all_pct: float
    calls_into: list[str] = Field(
        default_factory=list, description="the library functions charged to it, top 3"
    )


class ViewProfile(BaseModel):
    view: str
    location: str
    samples: int
    share_pct: float = Field(description="of all samples of the server")
    functions: list[ChargedFunction] = Field(default_factory=list)
    dependency: bool = Field(
        False,
        description="a FastAPI project's function that no route decorator names: a dependency "
        "(get_current_user, get_db) FastAPI runs on its own, for every route that declares it",
    )
    connecting_samples: int = Field(
        0,
        description="its samples opening a database connection: in the view's share, charged "
        "to no function of it (the connect_per_request library cost reports them once)",
    )


class LibraryCost(BaseModel):
    """Server time a library spends in a way the deployment, not the project's code, decides."""

    kind: Literal["slow_implementation", "connect_per_request"]
    library: str
    samples: int
    share_pct: float = Field(description="of all samples of the server")
    advice: str
    frame: str = Field(
        "",
        description="the frame that shows it, its path from the library's folder: the fallback's "
        "most sampled function, or the function that opens the connection",
    )


# A library's pure-Python fallback, by a file only that fallback runs: (library, advice).
SLOW_IMPLEMENTATIONS = {
    "/psycopg/pq/pq_ctypes.py": (
        "psycopg",
        "psycopg runs its pure-Python libpq wrapper (ctypes): every row and value is decoded "
        "in Python; install psycopg[binary] (or build psycopg[c]), the same API in C",
    ),
}
# Opening a database connection: the function and the package folder it is defined in.
CONNECT_FUNCTIONS = frozenset({"connect", "_connect", "__connect", "get_new_connection", "finish"})
DRIVER_FOLDERS = (
    "/psycopg/",
    "/psycopg2/",
    "/pymysql/",
    "/MySQLdb/",
    "/asyncpg/",
    "/django/db/backends/",
    "/sqlalchemy/pool/",
)
CONNECT_ADVICE = (
    "a database connection is opened (and closed) per request: keep connections between "
    "requests (Django: CONN_MAX_AGE > 0, with CONN_HEALTH_CHECKS; SQLAlchemy: its pool; "
    "psycopg: psycopg_pool), sized to the workers"
)


def library_frame(frame: Frame) -> str:
    """A library frame as the page shows it: the path from the packages folder on.

    >>> library_frame(Frame("get_value", "/v/lib/python3.12/site-packages/psycopg/pq/x.py", 917))
    'get_value (psycopg/pq/x.py:917)'
    """
    path = frame.file
    for marker in ("/site-packages/", "/dist-packages/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{frame.function} ({path}:{frame.line})" if frame.line else f"{frame.function} ({path})"


def library_costs(stacks: list[tuple[int, list[Frame]]], total: int) -> list[LibraryCost]:
    """The samples in a known slow fallback implementation, and those opening a database
    connection, as shares of the server's samples (nothing below one sample). ``stacks``:
    (samples, parsed frames from the root) per stack, as :func:`split_by_view` read them.
    Each cost names the frame that shows it (the most sampled one), so a reader can find it
    in the flamegraph."""
    slow: Counter = Counter()
    connect: Counter = Counter()
    evidence: dict[str, Counter] = defaultdict(Counter)  # marker or library → frame → samples
    for count, frames in stacks:
        for marker, (library, _) in SLOW_IMPLEMENTATIONS.items():
            inside = [f for f in frames if marker in f.file]
            if inside:
                slow[(marker, library)] += count
                evidence[marker][library_frame(inside[-1])] += count
        opening = _opening(frames)
        if opening is not None:
            library = next(d for d in DRIVER_FOLDERS if d in opening.file).strip("/")
            connect[library.split("/")[0]] += count
            evidence["connect"][library_frame(opening)] += count
    out = [
        LibraryCost(
            kind="slow_implementation",
            library=library,
            samples=n,
            share_pct=round(100 * n / total, 1),
            advice=SLOW_IMPLEMENTATIONS[marker][1],
            frame=evidence[marker].most_common(1)[0][0],
        )
        for (marker, library), n in slow.most_common()
    ]
    if connect:
        n = sum(connect.values())
        out.append(
            LibraryCost(
                kind="connect_per_request",
                library=connect.most_common(1)[0][0],
                samples=n,
                share_pct=round(100 * n / total, 1),
                advice=CONNECT_ADVICE,
                frame=evidence["connect"].most_common(1)[0][0],
            )
        )
    return out


def _opening(frames: list[Frame]) -> Frame | None:
    """The database driver's frame opening a connection in this stack, if it is one."""
    return next(
        (
            f
            for f in frames
            if f.function.rsplit(".", 1)[-1] in CONNECT_FUNCTIONS
            and any(d in f.file for d in DRIVER_FOLDERS)
        ),
        None,
    )


class ServiceProfile(BaseModel):
    source: str
    samples: int
    in_views_pct: float
    views: list[ViewProfile] = Field(default_factory=list)
    outside_top: list[str] = Field(
        default_factory=list, description="the heaviest frames outside any view"
    )
    tracing_overhead_pct: float = Field(
        0.0, description="samples in the injected tracing's own code"
    )
    library_costs: list[LibraryCost] = Field(
        default_factory=list,
        description="time in a library's slow fallback or in opening database connections",
    )
    loops: list[LoopSite] = Field(
        default_factory=list,
        description="project lines inside nested loops, by their share of the server's samples "
        "(tools.profile.loops, from the recording's line-level stacks)",
    )


def is_project(file: str, root: Path) -> bool:
    """A frame of the project's own code.

    >>> root = Path("/srv/app")
    >>> is_project("/srv/app/views.py", root), is_project("/srv/app/.venv/lib/x.py", root)
    (True, False)
    """
    if not file or any(m in file for m in LIBRARY_MARKERS):
        return False
    try:
        return Path(file).resolve().is_relative_to(root.resolve())
    except (OSError, ValueError):
        return False


def _location(frame, root: Path) -> str:
    try:
        rel = Path(frame.file).resolve().relative_to(root.resolve())
    except (OSError, ValueError):
        rel = Path(frame.file)
    return f"{rel}:{frame.line}" if frame.line else str(rel)


MIDDLEWARE_HOOKS = ("__call__", "__acall__", "process_request", "process_view")
ROUTE_DECORATORS = {"get", "post", "put", "patch", "delete", "head", "options", "api_route"}


def fastapi_routes(root: Path) -> set[tuple[str, str]] | None:
    """``(file relative to root, function)`` of every function a route decorator names
    (``@router.get(...)``, ``@app.api_route(...)``) in a FastAPI project; None when no module
    of the project imports FastAPI. FastAPI runs a sync dependency in its thread pool, where
    its stack starts at the thread, like a sync endpoint's: only the decorators tell them apart.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> _ = (root / "api.py").write_text("from fastapi import APIRouter, Depends\\n"
    ...     "router = APIRouter()\\ndef get_db():\\n    yield 1\\n"
    ...     "@router.get('/items/')\\ndef read_items(db=Depends(get_db)):\\n    return []\\n")
    >>> fastapi_routes(root)
    {('api.py', 'read_items')}
    """
    import ast

    found: set[tuple[str, str]] = set()
    fastapi = False
    from perfagent.tools.recipes._cst import python_files  # the target's own modules

    for rel in python_files(root):
        try:
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
            tree = ast.parse(text) if "fastapi" in text or "@" in text else None
        except (OSError, SyntaxError, ValueError):
            continue
        if tree is None:
            continue
        fastapi = fastapi or "from fastapi" in text or "import fastapi" in text
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                isinstance(d, ast.Call)
                and isinstance(d.func, ast.Attribute)
                and d.func.attr in ROUTE_DECORATORS
                for d in node.decorator_list
            ):
                found.add((rel, node.name))
    return found if fastapi else None


def _wraps_request(function: str) -> bool:
    return function.rsplit(".", 1)[-1] in MIDDLEWARE_HOOKS


def split_by_view(
    collapsed_text: str, root: str | Path, *, source: str = "py-spy", top: int = 8
) -> ServiceProfile:
    root = Path(root)
    stacks = strip_common_processes(parse_collapsed(collapsed_text))
    total = sum(s.count for s in stacks) or 1
    per_view: Counter = Counter()
    connecting: Counter = Counter()
    charged: dict[tuple, Counter] = defaultdict(Counter)
    library: dict[tuple, Counter] = defaultdict(Counter)
    view_frame: dict[tuple[str, str], Frame] = {}
    func_frame: dict[tuple[str, str], Frame] = {}
    outside: Counter = Counter()
    injected = 0
    parsed: list[tuple[int, list[Frame]]] = []  # every stack's frames, read once
    for stack in stacks:
        frames = [f for f in (parse_frame(t) for t in stack.frames) if f is not None]
        parsed.append((stack.count, frames))
        leaf = frames[-1] if frames else None
        leaf_name = leaf.function if leaf else ""
        if leaf is not None and any(m in leaf.file for m in INJECTED_MARKERS):
            if leaf.function.rsplit(".", 1)[-1] in DRIVER_CALLS:
                leaf_name = "the database driver"
            else:
                injected += stack.count
                leaf_name = "tracing (perfagent's injected OpenTelemetry)"
        frames = [f for f in frames if not any(m in f.file for m in INJECTED_MARKERS)]
        own = [i for i, f in enumerate(frames) if is_project(f.file, root)]
        # Module-level code (<module>) is the app being imported, not a request.
        own = [i for i in own if frames[i].function != "<module>"]
        if not own:
            if frames:
                outside[leaf_name] += stack.count
            continue
        # A decorator's wrapper (a closure, ``check_x.<locals>.wrapper``) is not the view it
        # wraps, nor is the project's own middleware (``TeamAccessMiddleware.__call__``, a
        # ``process_view`` hook) when the request goes on through it to deeper project code.
        named = [
            i
            for i in own
            if ".<locals>." not in frames[i].function
            and not (_wraps_request(frames[i].function) and i != own[-1])
        ]
        view, deepest = frames[(named or own)[0]], frames[own[-1]]
        per_view[view.key] += stack.count
        view_frame.setdefault(view.key, view)
        if _opening(frames) is not None:  # the deployment's cost (library_costs), not the
            connecting[view.key] += stack.count  # middleware's that happened to connect
            continue
        charged[view.key][deepest.key] += stack.count
        func_frame.setdefault(deepest.key, deepest)
        if own[-1] + 1 < len(frames) or leaf_name != deepest.function:
            library[deepest.key][leaf_name] += stack.count
    views = []
    for key, samples in per_view.most_common():
        functions = [
            ChargedFunction(
                function=fkey[0],
                location=_location(func_frame[fkey], root),
                samples=n,
                share_of_view_pct=round(100 * n / samples, 1),
                share_of_all_pct=round(100 * n / total, 1),
                calls_into=[name for name, _ in library[fkey].most_common(3)],
            )
            for fkey, n in charged[key].most_common(top)
        ]
        views.append(
            ViewProfile(
                view=key[0],
                location=_location(view_frame[key], root),
                samples=samples,
                share_pct=round(100 * samples / total, 1),
                functions=functions,
                connecting_samples=connecting[key],
            )
        )
    routes = fastapi_routes(root) if views else None
    if routes:
        for v in views:
            file = v.location.rsplit(":", 1)[0]
            v.dependency = (file, v.view.rsplit(".", 1)[-1]) not in routes
    return ServiceProfile(
        source=source,
        samples=total,
        in_views_pct=round(100 * sum(per_view.values()) / total, 1),
        views=views,
        outside_top=[name for name, _ in outside.most_common(5)],
        tracing_overhead_pct=round(100 * injected / total, 1),
        library_costs=library_costs(parsed, total),
    )


def read_split(collapsed_path: str | Path, root: str | Path) -> ServiceProfile | None:
    """The split of a recording's by-function stacks, with the nested-loop lines of the
    line-level stacks py-spy wrote beside them (``profile.lines.txt``) inside ``root``."""
    from perfagent.tools.profile.loops import nested_loops
    from perfagent.tools.profile.pyspy import LINES_FILE

    path = Path(collapsed_path)
    if not path.is_file():
        return None
    profile = split_by_view(path.read_text(errors="replace"), root)
    lines = path.with_name(LINES_FILE)
    if lines.is_file():
        stacks = strip_common_processes(parse_collapsed(lines.read_text(errors="replace")))
        profile.loops = [
            site.model_copy(update={"file": _location(site, Path(root)).rsplit(":", 1)[0]})
            for site in nested_loops(stacks)
            if is_project(site.file, Path(root))
        ]  # paths in the repository, as the views' locations
    return profile
