"""`perfagent monitor`: check a live service against its budgets; write alert rules, SLOs,
dashboard."""

from __future__ import annotations

from pathlib import Path

import typer

from perfagent.api.cli_common import JsonOption, console, emit, out, styled, user_errors

UrlOption = typer.Option(
    None, "--url", help="Base URL of the running service (loopback unless allowed)."
)
BudgetsOption = typer.Option(
    None, "--budgets", help="Budgets YAML (the seed's performance_budgets:)."
)
PathOption = typer.Option(
    None, "--path", help="Path to check; repeat. Default: the budgets' paths."
)
SamplesOption = typer.Option(50, "--samples", help="Timed requests per path (after 2 warm-ups).")
TimeoutOption = typer.Option(5.0, "--timeout", help="Seconds to wait for one response.")
AllowOption = typer.Option(None, "--allow-host", help="Also allow this host or network; repeat.")
OutOption = typer.Option(
    None,
    "--out",
    help="Write alert rules, Sloth SLOs, Grafana dashboard and "
    "README for these budgets to this folder.",
)
ServiceOption = typer.Option("service", "--service", help="Service label value for --out.")


def _render(report) -> None:
    from rich.table import Table

    t = Table(
        title=f"monitor {report.base_url}: {report.samples_per_endpoint} requests per endpoint"
    )
    for column in ("endpoint", "errors", "p50 ms", "p95 ms", "p99 ms", "budget", "verdict"):
        t.add_column(column, justify="left" if column in ("endpoint", "budget") else "right")
    for e in report.endpoints:
        budget = (
            ", ".join(f"{c.percentile} {c.budget_ms:g} ({c.margin_pct:+.0f}%)" for c in e.checks)
            or "none"
        )
        verdict = styled("[green]ok[/]") if e.ok else styled("[red]breach[/]")
        t.add_row(
            e.path,
            str(e.errors),
            f"{e.p50_ms:.1f}",
            f"{e.p95_ms:.1f}",
            f"{e.p99_ms:.1f}",
            budget,
            verdict,
        )
    out.print(t)


def register(app: typer.Typer) -> None:
    @app.command("monitor")
    def monitor(
        url: str = UrlOption,
        budgets: Path = BudgetsOption,
        path: list[str] = PathOption,
        samples: int = SamplesOption,
        timeout: float = TimeoutOption,
        allow_host: list[str] = AllowOption,
        out_dir: Path = OutOption,
        service: str = ServiceOption,
        as_json: bool = JsonOption,
    ) -> None:
        """Check a live service's p50/p95/p99 against its budgets (exit 1 on a breach); --out
        writes monitoring."""
        with user_errors():
            from perfagent.api import sdk
            from perfagent.tools.errors import InputError

            if not url and not out_dir:
                raise InputError(
                    "give --url to check a live service, --out to write monitoring files, or both"
                )
            if out_dir:
                written = sdk.write_monitoring(budgets, out_dir, service=service)
                console.print(f"monitoring written to {written.out_dir}")
                for note in written.notes:
                    console.print(styled("[yellow]note:[/] {}", note), highlight=False)
            if not url:
                return
            report = sdk.check_service(
                url,
                budgets=budgets,
                paths=path,
                samples=samples,
                timeout_s=timeout,
                allow_hosts=allow_host,
            )
            emit(report, as_json, _render)
        if not report.ok:
            count = len(report.breaches)
            console.print(
                styled(
                    "[bold red]breach:[/] {} budget breach{}: {}.",
                    count,
                    "es" if count > 1 else "",
                    "; ".join(b.rstrip(".") for b in report.breaches),
                ),
                highlight=False,
            )
            raise typer.Exit(1)
