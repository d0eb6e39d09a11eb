"""`perfagent mcp`: perfagent as a sub-agent other assistants call, over the Model Context Protocol.

Typed tools with structured results (each tool's return annotation is its output
schema), built on the MCP Python SDK 2.x ``MCPServer``:

    run_engagement    a whole engagement; one progress notification per step
    review_change     what base..head of a repository does to performance
    compare_benchmarks, profile_command, analyze_sql, explain_query, advise_indexes, load_test

An engagement's deliverables are resources, ``perfagent://engagements/<run-id>/<slug>/README.md``
(and the JSON beside it). Transports: stdio (``perfagent mcp``; stdout is the wire, so
logs go to stderr and the SDK points fd 1 at stderr while serving), streamable HTTP
(``perfagent mcp --http``), or mounted in another ASGI app with :func:`mcp_http_app`.
Every tool calls :mod:`api.sdk`; errors reach the model as one sentence saying what
to resend, and the server goes on serving.
"""

# No `from __future__ import annotations`: the SDK reads the tools' annotations as objects.
import functools
import logging
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

log = logging.getLogger("perfagent.mcp")

INSTRUCTIONS = (
    "perfagent measures before it opines: every figure comes from an instrument it ran "
    "(interleaved A/B benchmarks with a 95% interval and a verdict, py-spy/cProfile profiles, "
    "EXPLAIN plans and index trials on the real database, Locust load tests). Prefer the narrow "
    "tool for one question; run_engagement for a whole project. Report figures with their "
    "intervals."
)


def argument_sentence(tool: str, exc) -> str:
    """The first pydantic error of a tool's arguments, said so a model knows what to resend.

    >>> from pydantic import BaseModel, ValidationError
    >>> class Args(BaseModel):
    ...     samples: int
    >>> try:
    ...     Args.model_validate({"samples": "many"})
    ... except ValidationError as exc:
    ...     print(argument_sentence("compare_benchmarks", exc))
    compare_benchmarks: argument `samples`: Input should be a valid integer, unable to parse string
    as an integer (got 'many'); resend the call with a valid value
    """
    from perfagent.tools.errors import field_path

    err = exc.errors()[0]
    where = field_path(tuple(err["loc"]))
    if err["type"] == "missing":
        return f"{tool}: the required argument `{where}` is missing; resend the call with it"
    got = repr(err.get("input"))
    got = got if len(got) <= 80 else got[:77] + "..."
    return (
        f"{tool}: argument `{where}`: {err['msg']} (got {got}); resend the call with a valid value"
    )


def build_server():
    """The MCPServer with perfagent's tools and the engagement resources."""
    import anyio.from_thread
    import anyio.lowlevel
    import anyio.to_thread
    from mcp.server.mcpserver import Context, MCPServer
    from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
    from mcp.server.mcpserver.resources import FileResource
    from mcp_types import ToolAnnotations
    from pydantic import Field, ValidationError

    from perfagent.api import sdk
    from perfagent.api.sdk import (
        AdviceReport,
        AnalysisReport,
        Comparison,
        CpuProfile,
        ExplainReport,
        LoadResult,
    )
    from perfagent.tools.errors import PerfagentError

    class PerfagentMCP(MCPServer):
        async def call_tool(self, name, arguments, context=None):
            try:
                return await super().call_tool(name, arguments, context)
            except ToolError as exc:
                cause = exc.__cause__
                if isinstance(cause, ValidationError) and not isinstance(exc, UnexpectedToolError):
                    raise ToolError(argument_sentence(name, cause)) from cause
                if isinstance(exc, UnexpectedToolError) and isinstance(cause, PerfagentError):
                    raise ToolError(
                        f"{name}: {cause}"
                    ) from cause  # ours: one sentence, safe to show
                raise

    # WARNING is Python's default: the SDK installs its log handler only when the host app has none.
    server = PerfagentMCP(
        "perfagent",
        title="perfagent: a performance engineer",
        instructions=INSTRUCTIONS,
        log_level="WARNING",
    )
    reports: dict[str, str] = {}  # run id -> report folder, for runs made by this server

    async def in_thread(ctx: Context | None, fn, *args, **kwargs):
        """Run a blocking instrument in a worker thread, its Progress records sent as
        notifications."""
        if ctx is not None:
            token = anyio.lowlevel.current_token()

            def forward(p: sdk.Progress) -> None:
                try:
                    anyio.from_thread.run(
                        ctx.report_progress, p.done, p.total, p.message, token=token
                    )
                except Exception as exc:  # noqa: BLE001 - a client gone away must not stop the measurement
                    log.debug("progress not delivered: %s", exc)

            kwargs["on_progress"] = forward
        return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs))

    slow = ToolAnnotations(read_only_hint=False, open_world_hint=False)
    reads = ToolAnnotations(read_only_hint=True, open_world_hint=False)

    @server.tool(
        annotations=slow,
        description=(
            "Run a whole performance engagement on a project folder that has a perfagent.toml "
            "(benchmarks, a service with endpoint latency budgets, a database, a frontend build): "
            "baseline measurements and load test, profiles, ROI-ranked recommendations, "
            "optimizations validated against the unchanged code, monitoring rules, and eight "
            "deliverables written to perf-report/<run-id>/ (also readable as resources). Slow: "
            "minutes (elaboration) to tens of minutes (construction); sends a progress "
            "notification per step. The target runs in a private copy; kept code edits go on "
            "perfagent/<run-id>/* branches, never on yours. For a single question prefer "
            "compare_benchmarks, profile_command, analyze_sql or load_test."
        ),
    )
    async def run_engagement(
        target: Annotated[
            str,
            Field(
                description="the project folder (or its perfagent.toml); absolute, or "
                "relative to the server's working directory"
            ),
        ],
        ctx: Context,
        phase: Annotated[
            Literal["elaboration", "construction", "testing", "transition"],
            Field(
                description="elaboration: baseline + monitoring plan (fastest); construction: also "
                "profile, optimize and validate; testing: stress, spike and soak tests; "
                "transition: capacity and autoscaling"
            ),
        ] = "construction",
        settings: Annotated[
            sdk.EngagementSettings | None,
            Field(
                description='overrides, e.g. {"bench_samples": 5, "load_duration_s": 5} '
                "for a quicker run"
            ),
        ] = None,
        budgets: Annotated[str | None, Field(description="a performance_budgets YAML file")] = None,
    ) -> sdk.EngagementResult:
        result = await in_thread(
            ctx, sdk.run_engagement, target, phase=phase, settings=settings, budgets=budgets
        )
        reports[result.run_id] = result.report_dir
        _add_report_resources(server, FileResource, result)
        return result

    @server.tool(
        annotations=reads,
        description=(
            "Decide whether B is faster than A. A and B are shell commands or Python callables "
            "module:function, run interleaved in fresh processes after warm-ups; returns the ratio "
            "of medians B/A with a 95% bootstrap interval, a Mann-Whitney p-value and a verdict: "
            "faster, slower, unchanged, or inconclusive (the noise allows no verdict). Use to "
            "check an optimization or a regression; mode 'instructions' counts CPU instructions "
            "(valgrind) for changes of a few percent."
        ),
    )
    async def compare_benchmarks(
        a: Annotated[str, Field(description="the baseline: a shell command or module:function")],
        b: Annotated[str, Field(description="the candidate, same kind as a")],
        ctx: Context,
        cwd: Annotated[str | None, Field(description="folder both run in")] = None,
        mode: Annotated[
            Literal["time", "instructions", "auto"], Field(description="what to measure")
        ] = "time",
        samples: Annotated[
            int | None, Field(ge=2, le=500, description="samples per side (20)")
        ] = None,
        min_effect: Annotated[
            float | None,
            Field(gt=0, lt=1, description="smallest change that counts, as a fraction (0.02)"),
        ] = None,
        max_time_s: Annotated[
            float, Field(gt=0, le=3600, description="stop adding samples after this")
        ] = 60.0,
    ) -> Comparison:
        return await in_thread(
            ctx,
            sdk.compare_benchmarks,
            a,
            b,
            cwd=cwd,
            mode=mode,
            samples=samples,
            min_effect=min_effect,
            max_time_s=max_time_s,
        )

    @server.tool(
        annotations=slow,
        description=(
            "Find where CPU time goes in a Python program: a shell command is sampled with py-spy "
            "(its subprocesses too), a module:function is profiled deterministically with cProfile "
            "plus tracemalloc. Returns the hot spots (function, file:line, self %, total %) and "
            "the paths of a flamegraph SVG, a speedscope JSON and collapsed stacks."
        ),
    )
    async def profile_command(
        target: Annotated[
            str, Field(description="a shell command running Python, or module:function")
        ],
        out_dir: Annotated[
            str, Field(description="folder for the flamegraph and stacks")
        ] = "perfagent-profile",
        cwd: Annotated[str | None, Field(description="folder to run it in")] = None,
        rate_hz: Annotated[
            int, Field(ge=1, le=1000, description="py-spy samples per second")
        ] = 100,
        timeout_s: Annotated[float, Field(gt=0, le=3600)] = 600.0,
        top: Annotated[int, Field(ge=1, le=200, description="hot spots to return")] = 20,
    ) -> CpuProfile:
        return await in_thread(
            None,
            sdk.profile_command,
            target,
            out_dir=out_dir,
            cwd=cwd,
            rate_hz=rate_hz,
            timeout_s=timeout_s,
            top=top,
        )

    @server.tool(
        annotations=reads,
        description=(
            "Check SQL without running it: statements or a query log (JSON lines, PostgreSQL "
            "duration log) are fingerprinted into query classes, ranked by total time, checked "
            "against anti-pattern rules (SELECT *, leading-wildcard LIKE, functions on indexed "
            "columns, OFFSET paging, ...) with suggested fixes, and N+1 loops found per request "
            "with the batched query. No database needed; give `database` to also flag unbounded "
            "reads of big tables."
        ),
    )
    async def analyze_sql(
        sql: Annotated[str | None, Field(description="SQL text, one or more statements")] = None,
        path: Annotated[
            str | None, Field(description="instead of sql: a .sql file or query log")
        ] = None,
        dialect: Annotated[sdk.Dialect, Field(description="the SQL dialect")] = "postgres",
        database: Annotated[
            str | None, Field(description="postgresql://, mysql://, sqlite:///file")
        ] = None,
    ) -> AnalysisReport:
        return await in_thread(
            None, sdk.analyze_sql, sql, path=path, dialect=dialect, database=database
        )

    @server.tool(
        annotations=reads,
        description=(
            "Show how a database executes one read-only SELECT/WITH query: the EXPLAIN plan "
            "(PostgreSQL, MySQL/MariaDB or SQLite) with insights such as sequential scans on big "
            "tables, misestimated rows, sorts spilling to disk, plus the query's own "
            "anti-patterns. analyze=true runs it (EXPLAIN ANALYZE) inside a rolled-back "
            "transaction with a statement timeout."
        ),
    )
    async def explain_query(
        query: Annotated[str, Field(description="one SELECT or WITH statement")],
        database: Annotated[
            str, Field(description="postgresql://user@host/db, mysql://..., sqlite:///file")
        ],
        analyze: Annotated[bool, Field(description="run it for real timings")] = False,
        timeout_ms: Annotated[int, Field(ge=100, le=600_000)] = 30_000,
    ) -> ExplainReport:
        return await in_thread(
            None,
            sdk.explain_query,
            query,
            database=database,
            analyze=analyze,
            timeout_ms=timeout_ms,
        )

    @server.tool(
        annotations=reads,
        description=(
            "Propose indexes for slow queries and validate each on the real database before "
            "recommending it: hypothetical indexes (hypopg) or a rolled-back transaction on "
            "PostgreSQL, a copy for SQLite; returns cost and time before/after, the plans, and "
            "ready-to-run DDL. Nothing is left behind in the database."
        ),
    )
    async def advise_indexes(
        queries: Annotated[list[str], Field(min_length=1, description="the slow SELECT queries")],
        database: Annotated[str, Field(description="postgresql://, mysql://, sqlite:///file")],
        timeout_ms: Annotated[int, Field(ge=100, le=600_000)] = 30_000,
    ) -> AdviceReport:
        return await in_thread(
            None, sdk.advise_indexes, queries, database=database, timeout_ms=timeout_ms
        )

    @server.tool(
        annotations=slow,
        description=(
            "Send steady HTTP load (Locust) to a service already running on this machine (loopback "
            "hosts only) and return latency percentiles p50/p90/p95/p99, requests per second and "
            "errors, per endpoint and overall, with per-second history. Sends progress each second."
        ),
    )
    async def load_test(
        host: Annotated[str, Field(description="base URL, e.g. http://127.0.0.1:8000")],
        paths: Annotated[
            list[str], Field(min_length=1, description="endpoint paths, e.g. /api/items")
        ],
        ctx: Context,
        users: Annotated[int, Field(ge=1, le=1000)] = 10,
        spawn_rate: Annotated[
            float, Field(gt=0, le=1000, description="users started per second")
        ] = 10.0,
        duration_s: Annotated[float, Field(gt=0, le=3600)] = 10.0,
        out_dir: Annotated[
            str | None, Field(description="folder for result.json and plots")
        ] = None,
    ) -> LoadResult:
        return await in_thread(
            ctx,
            sdk.load_test,
            host,
            paths,
            users=users,
            spawn_rate=spawn_rate,
            duration_s=duration_s,
            out_dir=out_dir,
        )

    _add_review_tool(server, in_thread, slow, Context, Field)
    _add_report_templates(server, reports)
    return server


def _add_review_tool(server, in_thread, annotations, Context, Field) -> None:
    """review_change, when tools.review is installed: its ``Review`` record is the output schema."""
    from perfagent.api import sdk

    try:
        Review, ReviewSettings = sdk.review_models()
    except ImportError as exc:  # not installed, or not finished: serve the other tools
        log.warning("review_change is not served: %s", exc)
        return

    @server.tool(
        annotations=annotations,
        description=(
            "Review a change for performance: checks out base and head of a git repository in "
            "temporary worktrees, measures the benchmarks of its perfagent.toml on both sides "
            "interleaved, and reports what got faster or slower (with 95% intervals), which "
            "functions grew, and the performance risks the diff adds (SQL and Python "
            "anti-patterns). Use on a pull request or before merging; the working tree is never "
            "touched. Takes minutes."
        ),
    )
    async def review_change(
        repository: Annotated[str, Field(description="a local git repository path")],
        base: Annotated[str, Field(description="the ref before the change, e.g. main")],
        head: Annotated[str, Field(description="the ref with the change, e.g. HEAD or a branch")],
        ctx: Context,
        settings: Annotated[ReviewSettings | None, Field(description="how hard to measure")] = None,
        out_dir: Annotated[str | None, Field(description="folder for the review's files")] = None,
    ) -> Review:
        return await in_thread(
            ctx, sdk.review_change, repository, base, head, settings=settings, out_dir=out_dir
        )


def _add_report_resources(server, FileResource, result) -> None:
    """List a finished run's index and deliverables (page and JSON) as resources."""
    from perfagent.api.sdk import deliverable_files, resource_uri

    items = [("index.md", Path(result.index), f"{result.target}: report index", "text/markdown")]
    for slug, title, page, data in deliverable_files(result.report_dir):
        items.append((f"{slug}/README.md", page, f"{result.target}: {title}", "text/markdown"))
        if data is not None:
            items.append(
                (
                    f"{slug}/{data.name}",
                    data,
                    f"{result.target}: {title} (JSON)",
                    "application/json",
                )
            )
    for relative, path, title, mime in items:
        if path.is_file():
            server.add_resource(
                FileResource(
                    uri=resource_uri(result.run_id, relative),
                    path=path,
                    name=f"{result.run_id}/{relative}",
                    title=title,
                    mime_type=mime,
                )
            )


def _add_report_templates(server, reports: dict[str, str]) -> None:
    """Any run's report files by URI, from this server's runs or the checkpoint store."""
    from mcp.server.mcpserver.exceptions import ResourceError

    from perfagent.api import sdk
    from perfagent.tools.errors import PerfagentError

    slugs = set(sdk.deliverable_slugs())

    def read(run_id: str, relative: str) -> str:
        try:
            if run_id not in reports:
                reports[run_id] = str(Path(sdk.load_engagement(run_id).report_dir).resolve())
            return (Path(reports[run_id]) / relative).read_text()
        except PerfagentError as exc:
            raise ResourceError(str(exc)) from None
        except OSError:
            raise ResourceError(
                f"engagement {run_id} has no {relative}: no step of it wrote one"
            ) from None

    @server.resource(
        "perfagent://engagements/{run_id}/index.md",
        mime_type="text/markdown",
        description="An engagement's report index: success metrics, before/after, deliverables.",
    )
    def engagement_index(run_id: str) -> str:
        return read(run_id, "index.md")

    @server.resource(
        "perfagent://engagements/{run_id}/{slug}/{file}",
        description="One deliverable of an engagement: README.md (the page) or its JSON file.",
    )
    def deliverable(run_id: str, slug: str, file: str) -> str:
        data = f"{slug.split('-', 1)[-1]}.json"
        if slug not in slugs:
            raise ResourceError(
                f"{slug!r} is not a deliverable; use one of {', '.join(sorted(slugs))}"
            )
        if file not in ("README.md", data):
            raise ResourceError(f"deliverable {slug} has README.md and {data}, not {file!r}")
        return read(run_id, f"{slug}/{file}")


def mcp_http_app(*, path: str = "/mcp", host: str = "127.0.0.1"):
    """The streamable HTTP ASGI app (Starlette), serving MCP at ``path``.

    Its session manager needs the app's lifespan to run. Served alone (uvicorn) that
    happens by itself; mounted in another app, run it from that app's lifespan::

        mcp_app = mcp_http_app()
        @contextlib.asynccontextmanager
        async def lifespan(app):
            async with mcp_app.router.lifespan_context(mcp_app):
                yield
        api = FastAPI(lifespan=lifespan)
        ...                              # the API's own routes first
        api.mount("/", mcp_app)          # then MCP at /mcp (it answers 404 elsewhere)

    ``host`` is the host the server is reached on: for loopback the SDK turns on DNS-rebinding
    protection (only 127.0.0.1/localhost/[::1] Host headers are accepted).
    """
    from starlette.routing import Route

    app = build_server().streamable_http_app(streamable_http_path=path, host=host)
    if (
        path != "/"
    ):  # mounted at /mcp, the endpoint is the mount's root: /mcp/ (and /mcp, redirected there)
        endpoint = next(r.endpoint for r in app.router.routes if getattr(r, "path", None) == path)
        app.router.routes.append(Route("/", endpoint=endpoint))
    return app


def serve(
    *,
    http: bool = False,
    host: str = "127.0.0.1",
    port: int = 8000,
    path: str = "/mcp",
    log_level: str = "INFO",
) -> None:
    logging.basicConfig(
        stream=sys.stderr,
        level=log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not http:
        build_server().run("stdio")
        return
    import uvicorn

    log.info("serving MCP on http://%s:%d%s", host, port, path)
    uvicorn.run(
        mcp_http_app(path=path, host=host), host=host, port=port, log_level=log_level.lower()
    )


def register(app: typer.Typer) -> None:
    @app.command("mcp")
    def mcp_command(
        http: Annotated[
            bool, typer.Option("--http", help="Serve streamable HTTP instead of stdio.")
        ] = False,
        host: Annotated[
            str, typer.Option(help="With --http: the address to listen on.")
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="With --http: the port.")] = 8000,
        path: Annotated[str, typer.Option(help="With --http: the MCP endpoint's path.")] = "/mcp",
        log_level: Annotated[
            str, typer.Option(help="DEBUG, INFO, WARNING or ERROR (logs go to stderr).")
        ] = "INFO",
    ) -> None:
        """Serve perfagent's tools to other assistants over MCP (stdio by default)."""
        from perfagent.api.cli_common import user_errors
        from perfagent.tools.errors import InputError

        with user_errors():
            if log_level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
                raise InputError(
                    f"--log-level must be DEBUG, INFO, WARNING or ERROR, not {log_level!r}"
                )
            if not path.startswith("/"):
                raise InputError(f"--path must start with /, e.g. /mcp, not {path!r}")
            serve(http=http, host=host, port=port, path=path, log_level=log_level)
