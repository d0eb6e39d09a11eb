"""`perfagent frontend`: audit a build folder or the assets a local server sends."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from perfagent.api.cli_common import JsonOption, emit, out, styled, user_errors


def render(audit) -> None:
    from rich.table import Table

    from perfagent.tools.units import format_bytes

    table = Table(title=f"assets of {audit.source}", title_justify="left")
    for col in ("asset", "kind", "raw", "gzip", "brotli", "sent", "encoding", "hashed", "minified"):
        table.add_column(col, justify="left" if col in ("asset", "kind", "encoding") else "right")
    for a in audit.assets[:20]:
        table.add_row(
            a.path,
            a.kind,
            format_bytes(a.raw_bytes),
            format_bytes(a.gzip_bytes),
            format_bytes(a.brotli_bytes),
            format_bytes(a.transfer_bytes) if a.transfer_bytes is not None else "-",
            a.content_encoding or "-",
            "yes" if a.hashed_name else "no",
            {True: "yes", False: "no", None: "-"}[a.minified],
        )
    out.print(table)
    budget = (
        f" (budget {format_bytes(audit.bundle_budget_bytes)})" if audit.bundle_budget_bytes else ""
    )
    out.print(f"JS + CSS, brotli: {format_bytes(audit.bundle_bytes)}{budget}")
    colours = {"high": "red", "medium": "yellow", "low": "cyan"}
    for f in audit.findings:
        saving = f" — saves {format_bytes(f.saving_bytes)}" if f.saving_bytes else ""
        out.print(
            styled(
                f"[{colours[f.severity]}]{{}}[/] {{}}: {{}}{{}}",
                f"{f.severity:<6}",
                f.id,
                f.message,
                saving,
            ),
            highlight=False,
        )
        if f.fix:
            out.print(f"         fix: {f.fix}", highlight=False)


def audit(
    target: Annotated[
        str, typer.Argument(help="A build folder (dist/, static/) or a page URL on a local server.")
    ],
    budget: Annotated[
        str | None, typer.Option(help="JS + CSS budget, brotli-compressed, e.g. 250kb.")
    ] = None,
    as_json: bool = JsonOption,
) -> None:
    """Sizes (raw/gzip/brotli), minification, hashed names, compression and cache headers."""
    with user_errors():
        from perfagent.api import sdk

        result = sdk.audit_frontend(target, budget=budget)
        emit(result, as_json, render)
        if result.within_budget is False:
            raise typer.Exit(1)


def render_vitals(result) -> None:
    from rich.table import Table

    from perfagent.agent.deliverables.frontend import LABELS
    from perfagent.tools.units import format_bytes

    page, assertions = result.vitals, result.assertions
    table = Table(
        title=f"{page.url}: {len(page.runs)} runs, throttling {page.throttle}", title_justify="left"
    )
    for col in ("metric", "median", "lowest", "highest", "rating"):
        table.add_column(col, justify="left" if col in ("metric", "rating") else "right")
    for metric, label in LABELS.items():
        s = getattr(page, metric)
        if s is not None:
            fmt = (lambda x: f"{x:.3f}") if metric == "cls" else (lambda x: f"{x:,.0f} ms")
            table.add_row(
                label, fmt(s.median), fmt(s.low), fmt(s.high), page.ratings.get(metric, "-")
            )
    out.print(table)
    out.print(
        f"LCP element: {page.lcp_element or 'none reported'}"
        + (f" ({page.lcp_url})" if page.lcp_url else ""),
        highlight=False,
    )
    sizes = ", ".join(
        f"{kind} {format_bytes(t.transfer_bytes)}"
        for kind, t in sorted(page.by_type.items(), key=lambda kv: -kv[1].transfer_bytes)
    )
    out.print(
        f"transferred (cold, median): {format_bytes(page.transfer_bytes.median)}: {sizes}",
        highlight=False,
    )
    for url in page.render_blocking:
        out.print(f"render-blocking: {url}", highlight=False)
    for error in page.errors:
        out.print(styled("[red]page error[/] {}", error), highlight=False)
    colours = {True: "green", False: "red"}
    for a in assertions:
        word = "pass" if a.passed else ("FAIL" if a.level == "error" else "warn")
        out.print(
            styled(
                f"[{colours[a.passed or a.level == 'warn']}]{{}}[/] {{}}", f"{word:<4}", a.message
            ),
            highlight=False,
        )


def vitals(
    url: Annotated[
        str, typer.Argument(help="A page on a local server, e.g. http://127.0.0.1:8000/.")
    ],
    runs: Annotated[
        int, typer.Option(min=1, max=50, help="Loads, each in a fresh browser context.")
    ] = 5,
    throttle: Annotated[
        str, typer.Option(help="none, or mobile (Lighthouse's slow 4G + 4x CPU).")
    ] = "none",
    assertions: Annotated[
        Path | None,
        typer.Option(
            help="lighthouserc.json (ci.assert.assertions) or a bare assertions object; "
            "default: the Core Web Vitals 'good' thresholds."
        ),
    ] = None,
    as_json: bool = JsonOption,
) -> None:
    """Lab Web Vitals in headless Chromium (LCP, CLS, FCP, TTFB, TBT), bytes by type, budgets."""
    with user_errors():
        from perfagent.api import sdk

        result = sdk.web_vitals(url, runs=runs, throttle=throttle, assertions=assertions)
        emit(result, as_json, render_vitals)
        if result.failed:
            raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Frontend asset audit and Web Vitals in a real browser.", no_args_is_help=True
    )
    group.command("audit")(audit)
    group.command("vitals")(vitals)
    app.add_typer(group, name="frontend")
