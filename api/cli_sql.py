"""`perfagent sql`: analyze queries, explain them on a database, advise indexes and pools."""

from __future__ import annotations

import typer
from rich.text import Text

from perfagent.api.cli_common import JsonOption, emit, out, styled, user_errors

QueryOption = typer.Option(None, "--query", "-q", help="a query to advise on")
DbOption = typer.Option(
    ..., "--db", help="postgresql://..., mysql://..., mariadb://..., sqlite:///file"
)


def _severity(sev: str) -> str:
    """The severity word as markup, for a ``styled`` template (never a value)."""
    return {"error": "[red]error[/]", "warning": "[yellow]warning[/]"}.get(sev, "info")


def _render_analysis(report) -> None:
    from rich.table import Table

    out.print(
        styled(
            "[bold]{}[/]: {} queries, {} classes ({})",
            report.source,
            report.queries,
            len(report.classes),
            report.dialect,
        )
    )
    table = Table("calls", "total ms", "query class", "findings", show_lines=False)
    for cls in report.classes[:50]:
        findings = (
            Text("\n").join(styled(f"{_severity(f.severity)} {{}}", f.rule) for f in cls.findings)
            if cls.findings
            else "-"
        )
        table.add_row(str(cls.calls), f"{cls.total_ms:,.1f}", cls.fingerprint[:100], findings)
    out.print(table)
    for cls in report.classes:
        for f in cls.findings:
            out.print(
                styled(
                    f"  {_severity(f.severity)} [bold]{{}}[/] line {{}}: {{}}{{}}",
                    f.rule,
                    f.line,
                    f.message,
                    f"\n      fix: {f.suggestion}" if f.suggestion else "",
                ),
                highlight=False,
            )
    for f in report.errors:
        where = f"line {f.line}" + (f", column {f.column}" if f.column else "")
        out.print(styled("  [red]{}[/] {}: {}", f.rule, where, f.message), highlight=False)
    for n in report.n_plus_one:
        out.print(
            styled(
                "[bold yellow]N+1[/] request {}: {} x {} ({} ms)\n      batch: {}",
                n.request_id,
                n.repeats,
                n.fingerprint[:80],
                f"{n.total_ms:,.1f}",
                n.batched_query,
            ),
            highlight=False,
        )


def _render_explain(report) -> None:
    from rich.panel import Panel

    plan = report.plan
    title = (
        f"{report.database}  cost {plan.total_cost:,.1f}"
        if plan.total_cost is not None
        else report.database
    )
    if plan.execution_ms is not None:
        title += f"  execution {plan.execution_ms:,.3f} ms"
    out.print(Panel(Text(plan.text()), title=Text(title), expand=False), highlight=False)
    for f in report.findings:
        out.print(
            styled(
                f"{_severity(f.severity)} [bold]{{}}[/]: {{}}{{}}",
                f.rule,
                f.message,
                f"\n    fix: {f.suggestion}" if f.suggestion else "",
            ),
            highlight=False,
        )
    if not report.findings:
        out.print("no findings")


def _render_advice(report) -> None:
    from rich.table import Table

    def num(value: float | None, unit: str = "") -> str:
        return "-" if value is None else f"{value:,.1f}{unit}"

    for advice in report.advice:
        out.print(advice.query, style="bold", highlight=False)
        if not advice.trials:
            out.print("  no candidate index: existing indexes already cover this query")
        else:
            table = Table("index", "tried on", "cost", "time", "verdict")
            for t in advice.trials:
                table.add_row(
                    f"{t.table}({', '.join(t.columns)})",
                    t.method,
                    f"{num(t.cost_before)} -> {num(t.cost_after)}",
                    f"{num(t.time_before_ms, ' ms')} -> {num(t.time_after_ms, ' ms')}"
                    if t.time_before_ms is not None
                    else "-",
                    styled("[green]recommend[/]: {}" if t.recommended else "no: {}", t.reason),
                )
            out.print(table)
        for t in advice.recommendations:
            out.print(f"  {t.ddl}", style="bold green", highlight=False)
            out.print(
                f"  before:\n{_indent(t.plan_before)}\n  after:\n{_indent(t.plan_after)}",
                highlight=False,
            )
        for line in advice.skipped:
            out.print(styled("  [yellow]not tried:[/] {}", line), highlight=False)
    for note in report.notes:
        out.print(styled("[yellow]note:[/] {}", note), highlight=False)
    if report.pool is not None:
        pool = report.pool
        out.print(
            styled(
                "[bold]pool:[/] pool_size={} max_overflow={} per worker process "
                "({} connections at most)",
                pool.pool_size_per_worker,
                pool.max_overflow,
                pool.total_connections,
            )
        )
        for line in pool.reasoning:
            out.print(f"  - {line}", highlight=False)
        for line in pool.warnings:
            out.print(styled("  [yellow]warning:[/] {}", line), highlight=False)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def register(app: typer.Typer) -> None:
    sql_app = typer.Typer(
        name="sql", no_args_is_help=True, help="SQL: anti-patterns, EXPLAIN, index and pool advice."
    )

    @sql_app.command("analyze")
    def analyze(
        file: str = typer.Argument(
            ...,
            help="a .sql file, a query log (JSON lines or "
            "PostgreSQL duration log), or - for standard input",
        ),
        dialect: str = typer.Option("postgres", help="postgres, mysql, mariadb or sqlite"),
        db: str | None = typer.Option(
            None,
            "--db",
            help="read table sizes from this database (enables the unbounded_select rule)",
        ),
        as_json: bool = JsonOption,
    ) -> None:
        """Fingerprint every query, group them into classes, and check anti-pattern rules."""
        with user_errors():
            from perfagent.api import sdk

            try:
                report = sdk.analyze_sql(path=file, dialect=dialect, database=db)  # type: ignore[arg-type]
            except (
                sdk.NoQueryError
            ) as exc:  # the report (with its parse errors) is shown, then exit 1
                emit(exc.report, as_json, _render_analysis)
                raise
            emit(report, as_json, _render_analysis)

    @sql_app.command("explain")
    def explain(
        query: str | None = typer.Argument(None, help="one SELECT / WITH statement"),
        db: str | None = typer.Option(None, "--db", help="database URL"),
        analyze: bool = typer.Option(
            False,
            "--analyze",
            help="run it (EXPLAIN ANALYZE) inside a rolled-back transaction with a timeout",
        ),
        plan_file: str | None = typer.Option(
            None, "--plan", help="a pasted plan file (JSON or PostgreSQL text), no database needed"
        ),
        timeout_ms: int = typer.Option(30_000, help="statement timeout"),
        as_json: bool = JsonOption,
    ) -> None:
        """Explain a query on a database (or read a pasted plan) and report plan insights."""
        with user_errors():
            from perfagent.api import sdk
            from perfagent.tools.errors import InputError

            if plan_file is not None:
                report = sdk.explain_plan(plan_file)
            elif not db or not query:
                raise InputError("give --db URL and a query, or --plan FILE")
            else:
                report = sdk.explain_query(
                    query, database=db, analyze=analyze, timeout_ms=timeout_ms
                )
            emit(report, as_json, _render_explain)

    @sql_app.command("advise")
    def advise(
        db: str = DbOption,
        log: str | None = typer.Option(None, "--log", help="a .sql file or query log"),
        pg_stat: bool = typer.Option(
            False, "--pg-stat-statements", help="take the top queries from pg_stat_statements"
        ),
        performance_schema: bool = typer.Option(
            False, "--performance-schema", help="MariaDB/MySQL statement digests"
        ),
        query: list[str] | None = QueryOption,
        top: int = typer.Option(20, help="how many queries to take from a log or the server"),
        workers: int | None = typer.Option(
            None, help="the service's worker processes per instance, for connection pool advice"
        ),
        instances: int = typer.Option(1, help="instances of the service"),
        db_cores: int | None = typer.Option(
            None, help="the database server's cores (default: this machine's, for a local server)"
        ),
        timeout_ms: int = typer.Option(30_000, help="statement timeout"),
        as_json: bool = JsonOption,
    ) -> None:
        """Propose indexes for the slowest queries and validate each on the database."""
        with user_errors():
            from perfagent.api import sdk
            from perfagent.tools.errors import InputError

            if not (query or log or pg_stat or performance_schema) and workers is None:
                raise InputError(
                    "nothing to advise on: give --log FILE, --query SQL, "
                    "--pg-stat-statements or --workers N"
                )
            result = sdk.advise_indexes(
                list(query or []),
                database=db,
                timeout_ms=timeout_ms,
                log=log,
                pg_stat_statements=pg_stat,
                performance_schema=performance_schema,
                top=top,
                workers=workers,
                instances=instances,
                db_cores=db_cores,
            )
            emit(result, as_json, _render_advice)

    app.add_typer(sql_app, name="sql")
