"""py-spy stacks of a server split per view function and charged to the project's own lines."""

from __future__ import annotations

from pathlib import Path

from perfagent.tools.tracing.service_profile import split_by_view

SITE = "/venv/lib/python3.11/site-packages"
OTEL = "/root/.cache/perfagent/otel/otel-py3.11/opentelemetry/instrumentation/dbapi/__init__.py"


def _stack(*frames: str, count: int) -> str:
    return ";".join(frames) + f" {count}"


def test_samples_go_to_their_view_and_library_time_to_the_calling_line(tmp_path):
    app = tmp_path / "app" / "views.py"
    root = tmp_path / "app"
    server = (
        f"run ({SITE}/gunicorn/arbiter.py:10)",
        f"handle ({SITE}/gunicorn/workers/sync.py:20)",
        f"dispatch_request ({SITE}/flask/app.py:30)",
    )
    text = "\n".join(
        [
            # login: a password hash in a library, called from the view's helper
            _stack(
                *server,
                f"login ({app}:5)",
                f"check ({app}:20)",
                f"pbkdf2 ({SITE}/werkzeug/security.py:9)",
                count=60,
            ),
            # listing: its own loop, and a query through the injected tracing (driver call: not
            # overhead)
            _stack(*server, f"listing ({app}:40)", count=15),
            _stack(
                *server,
                f"listing ({app}:40)",
                f"execute ({SITE}/sqlalchemy/engine.py:5)",
                f"CursorTracer.traced_execution ({OTEL}:900)",
                count=10,
            ),
            # the tracing's own bookkeeping
            _stack(*server, f"listing ({app}:40)", f"Tracer.start_span ({OTEL}:100)", count=5),
            # the server waiting for connections
            _stack(*server[:2], count=10),
        ]
    )
    profile = split_by_view(text, root)
    assert profile.samples == 100 and profile.in_views_pct == 90.0
    login, listing = profile.views
    assert (login.view, login.location, login.share_pct) == ("login", "views.py:5", 60.0)
    assert [(f.function, f.share_of_view_pct, f.calls_into) for f in login.functions] == [
        ("check", 100.0, ["pbkdf2"])
    ]
    assert listing.share_pct == 30.0
    (own,) = listing.functions
    assert own.function == "listing" and "the database driver" in own.calls_into
    assert profile.tracing_overhead_pct == 5.0
    assert profile.outside_top == ["handle"]


def test_a_virtualenv_inside_the_project_is_library_code(tmp_path):
    root = tmp_path / "proj"
    text = _stack(
        f"view ({root}/app.py:3)",
        f"helper ({root}/.venv/lib/python3.12/site-packages/x.py:1)",
        count=4,
    )
    (view,) = split_by_view(text, root).views
    assert view.functions[0].function == "view" and view.functions[0].calls_into == ["helper"]


def test_the_projects_own_middleware_is_not_the_view(tmp_path):
    """healthchecks' TeamAccessMiddleware.__call__ wraps every request: the view is the function
    the request reaches through it; the middleware keeps the samples where it is the deepest
    project frame, except those opening the database connection: the connect_per_request cost
    reports them, and charging them to the middleware too made a second finding of the same
    samples (healthchecks: 599 of the middleware's 856)."""
    root = tmp_path / "hc"
    middleware, views = root / "accounts" / "middleware.py", root / "front" / "views.py"
    django = (
        f"handle ({SITE}/gunicorn/workers/sync.py:20)",
        f"inner ({SITE}/django/core/handlers/exception.py:50)",
        f"TeamAccessMiddleware.__call__ ({middleware}:21)",
        f"inner ({SITE}/django/core/handlers/exception.py:50)",
        f"_get_response ({SITE}/django/core/handlers/base.py:190)",
    )
    text = "\n".join(
        [
            _stack(*django, f"checks ({views}:222)", f"render ({SITE}/django/t.py:1)", count=70),
            _stack(*django, f"status ({views}:316)", count=20),
            _stack(*django[:3], f"connect ({SITE}/psycopg/connection.py:9)", count=10),
        ]
    )
    profile = split_by_view(text, root)
    assert [(v.view, v.location, v.share_pct) for v in profile.views] == [
        ("checks", "front/views.py:222", 70.0),
        ("status", "front/views.py:316", 20.0),
        ("TeamAccessMiddleware.__call__", "accounts/middleware.py:21", 10.0),
    ]
    middleware_view = profile.views[2]
    assert middleware_view.functions == [] and middleware_view.connecting_samples == 10
    assert [c.kind for c in profile.library_costs] == ["connect_per_request"]
    assert [f.samples for f in profile.views[0].functions] == [70]


def _healthchecks_stacks(root):
    """healthchecks' venv had psycopg without its C implementation (26% of the server's samples
    in pq_ctypes.py) and Django opening a PostgreSQL connection per request (CONN_MAX_AGE=0):
    the shape of its recorded stacks, at round counts."""
    views = root / "front" / "views.py"
    view = (f"handle ({SITE}/gunicorn/workers/sync.py:20)", f"checks ({views}:222)")
    pq = f"{SITE}/psycopg/pq/pq_ctypes.py"
    return "\n".join(
        [
            _stack(
                *view, f"fetchall ({SITE}/psycopg/cursor.py:9)", f"get_value ({pq}:917)", count=30
            ),
            _stack(*view, f"render ({SITE}/django/template/base.py:1)", count=60),
            _stack(
                f"handle ({SITE}/gunicorn/workers/sync.py:20)",
                "DatabaseWrapper.get_new_connection "
                f"({SITE}/django/db/backends/postgresql/base.py:1)",
                f"Connection.connect ({SITE}/psycopg/connection.py:1)",
                count=10,
            ),
        ]
    )


def test_a_slow_driver_implementation_and_per_request_connections_are_named(tmp_path):
    """Both are install or setting changes, reported as findings with their share and the frame
    they were read from."""
    from perfagent.agent.findings import library_findings

    root = tmp_path / "hc"
    profile = split_by_view(_healthchecks_stacks(root), root)
    costs = {(c.kind, c.library): (c.share_pct, c.frame) for c in profile.library_costs}
    assert costs == {
        ("slow_implementation", "psycopg"): (30.0, "get_value (psycopg/pq/pq_ctypes.py:917)"),
        ("connect_per_request", "django"): (
            10.0,
            "DatabaseWrapper.get_new_connection (django/db/backends/postgresql/base.py:1)",
        ),
    }
    titles = [f.title for f in library_findings(profile)]
    assert titles == [
        "psycopg runs its slow pure-Python implementation: 30% of the server's samples under load",
        "a database connection is opened per request (django): 10% of the server's samples under "
        "load",
    ]
    assert "psycopg[binary]" in library_findings(profile)[0].evidence
    # an install or a setting is a low-effort fix, ranked above a code change of the same share
    from perfagent.agent.reasoner.rules import prioritize

    ranked = {r.finding_id: r for r in prioritize(library_findings(profile))}
    assert {r.effort for r in ranked.values()} == {"low"}
    assert (
        "an install or a setting" in ranked["service_library:connect_per_request:django"].reasons[1]
    )
    view = (f"checks ({root}/front/views.py:222)",)
    assert split_by_view(_stack(*view, count=5), root).library_costs == []


def test_the_profiling_page_lists_each_library_cost(tmp_path):
    """1-profiling shows the library costs beside the views: library, share, what it means
    (with the install or setting) and the frame, from the recorded stacks."""
    from perfagent.agent.deliverables.profiling import render
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import EngagementState
    from perfagent.tools.tracing.models import TraceReport

    root = tmp_path / "hc"
    profile = split_by_view(_healthchecks_stacks(root), root)
    spec = load_target(Path(__file__).resolve().parents[2] / "examples" / "shop")
    state = EngagementState(
        run_id="library-costs", spec=spec, traces=TraceReport(service_profile=profile)
    )
    render(state, tmp_path / "1-profiling")

    page = (tmp_path / "1-profiling" / "README.md").read_text()
    section = page.split("### Library costs the deployment decides", 1)[1]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows[0] == "| library | share of samples | what it means | evidence frame |"
    assert rows[2].startswith("| `psycopg` | 30.0% (30) | psycopg runs its pure-Python libpq")
    assert rows[2].endswith("| `get_value (psycopg/pq/pq_ctypes.py:917)` |")
    assert rows[3].startswith("| `django` | 10.0% (10) | a database connection is opened")
    assert "CONN_MAX_AGE > 0" in rows[3] and "get_new_connection" in rows[3]
    assert "Those from 3% of the samples up are findings." in section

    # A profile without library costs has no such section.
    plain = split_by_view(_stack(f"checks ({root}/front/views.py:222)", count=5), root)
    state.traces = TraceReport(service_profile=plain)
    render(state, tmp_path / "plain")
    assert "Library costs" not in (tmp_path / "plain" / "README.md").read_text()


def test_a_fastapi_dependency_is_not_called_an_endpoint(tmp_path):
    """full-stack-fastapi-template: sync dependencies (get_current_user, get_db) run in
    FastAPI's thread pool, where their stacks start at the thread just as a sync endpoint's do;
    the project's route decorators tell which is which, and the page says so."""
    from perfagent.agent.deliverables.profiling import _view_rows

    root = tmp_path / "backend"
    (root / "app" / "api").mkdir(parents=True)
    deps = root / "app" / "api" / "deps.py"
    items = root / "app" / "api" / "items.py"
    deps.write_text(
        "from fastapi import Depends\n\n\ndef get_db():\n    yield 1\n\n\n"
        "def get_current_user(db=Depends(get_db)):\n    return 1\n"
    )
    items.write_text(
        "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n"
        '@router.get("/")\ndef read_items():\n    return []\n'
    )
    thread = (
        "_bootstrap (/usr/lib/python3.14/threading.py:1)",
        f"run ({SITE}/anyio/_backends/_asyncio.py:9)",
    )
    text = "\n".join(
        [
            _stack(
                *thread, f"read_items ({items}:7)", f"execute ({SITE}/sqlalchemy/x.py:1)", count=50
            ),
            _stack(
                *thread, f"get_current_user ({deps}:8)", f"decode ({SITE}/jwt/api.py:1)", count=20
            ),
        ]
    )
    profile = split_by_view(text, root)
    flags = {v.view: v.dependency for v in profile.views}
    assert flags == {"read_items": False, "get_current_user": True}
    (row,) = _view_rows(next(v for v in profile.views if v.dependency))[:1]
    assert "a dependency: FastAPI runs it for every route that declares it" in row[0]
    # a Flask project's views are not judged by FastAPI's decorators
    (root / "app" / "api" / "items.py").write_text("def read_items():\n    return []\n")
    (root / "app" / "api" / "deps.py").write_text("import flask\n")
    assert not any(v.dependency for v in split_by_view(text, root).views)


PAIRS = """\
def similar(a, b):
    return a.lower() == b.lower()


def duplicates(names):
    out = []
    for a in names:
        for b in names:
            if a is not b and similar(a, b):
                out.append(a)
    return out


def report(request):
    return duplicates(request.names)
"""


def test_a_pair_scan_in_a_view_is_found_at_its_line_from_the_recording(tmp_path):
    """A view's O(n²) pair scan spends its time in a cheap helper called per pair: by function
    the helper leads; the recording's line-level stacks (profile.lines.txt) name the line inside
    two loops, which becomes a finding with the loop advice and the file in the repository."""
    from perfagent.agent.findings import service_cpu_findings
    from perfagent.agent.reasoner.rules import propose
    from perfagent.agent.state import EngagementState
    from perfagent.agent.tracing import TraceReport
    from perfagent.tools.tracing.service_profile import read_split

    root = tmp_path / "repo"
    views = root / "app" / "views.py"
    views.parent.mkdir(parents=True)
    views.write_text(PAIRS)
    serve = f"handle ({SITE}/gunicorn/workers/sync.py:20)"
    lines = [  # the line each frame was executing
        (f"report ({views}:15)", f"duplicates ({views}:9)", f"similar ({views}:2)", 96),
        (f"report ({views}:15)", f"duplicates ({views}:9)", 3),
        (f"report ({views}:15)", f"duplicates ({views}:12)", 1),
    ]
    by_function = [  # the same stacks as py-spy's --function gives them
        (f"report ({views}:14)", f"duplicates ({views}:5)", f"similar ({views}:1)", 96),
        (f"report ({views}:14)", f"duplicates ({views}:5)", 4),
    ]
    folder = tmp_path / "profile"
    folder.mkdir()
    for name, stacks in (("profile.lines.txt", lines), ("profile.collapsed.txt", by_function)):
        text = "\n".join(_stack(serve, *s[:-1], count=s[-1]) for s in stacks)
        (folder / name).write_text(text + "\n")
    profile = read_split(folder / "profile.collapsed.txt", root)
    [site] = profile.loops
    assert (site.function, site.file, site.line, site.depth) == ("duplicates", "app/views.py", 9, 2)
    assert site.total_pct == 99.0 and site.callee == "similar"
    # by function, the cheap helper leads and the scan's own 4% is under the 5% cut

    state = EngagementState.model_validate_json(
        (Path(__file__).parents[1] / "engagement" / "fixtures" / "shop-state.json").read_text()
    )
    state.profiles, state.traces = {}, TraceReport(service_profile=profile)
    found = {f.detail.function: f for f in service_cpu_findings(state) if f.kind == "cpu_hotspot"}
    loop = found["duplicates"]
    assert loop.title.endswith("at line 9, inside 2 nested loops")
    assert (loop.target.path, loop.target.line) == ("app/views.py", 9)
    assert "`similar`" in loop.evidence and loop.detail.view == "report"
    [words] = propose(loop, root=root, state=state)
    assert "runs 2 loops deep" in words.change and words.title.startswith("cut the")
