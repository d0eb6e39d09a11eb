"""`perfagent frontend`: audit a build folder or the assets a local server sends."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli_common import JsonOption, emit, out, user_errors


def render(audit) -> None:
    from rich.markup import escape
    from rich.table import Table

    from tools.units import format_bytes

    table = Table(title=f"assets of {audit.source}", title_justify="left")
    for col in ("asset", "kind", "raw", "gzip", "brotli", "sent", "encoding", "hashed", "minified"):
        table.add_column(col, justify="left" if col in ("asset", "kind", "encoding") else "right")
    for a in audit.assets[:20]:
        table.add_row(
            a.path, a.kind, format_bytes(a.raw_bytes), format_bytes(a.gzip_bytes), format_bytes(a.brotli_bytes),
            format_bytes(a.transfer_bytes) if a.transfer_bytes is not None else "-", a.content_encoding or "-",
            "yes" if a.hashed_name else "no", {True: "yes", False: "no", None: "-"}[a.minified],
        )
    out.print(table)
    budget = f" (budget {format_bytes(audit.bundle_budget_bytes)})" if audit.bundle_budget_bytes else ""
    out.print(f"JS + CSS, brotli: {format_bytes(audit.bundle_bytes)}{budget}")
    colours = {"high": "red", "medium": "yellow", "low": "cyan"}
    for f in audit.findings:
        saving = f" — saves {format_bytes(f.saving_bytes)}" if f.saving_bytes else ""
        out.print(f"[{colours[f.severity]}]{f.severity:<6}[/] {f.id}: {escape(f.message)}{saving}", highlight=False)
        if f.fix:
            out.print(f"         fix: {escape(f.fix)}", highlight=False)


def audit(
    target: Annotated[str, typer.Argument(help="A build folder (dist/, static/) or a page URL on a local server.")],
    budget: Annotated[str | None, typer.Option(help="JS + CSS budget, brotli-compressed, e.g. 250kb.")] = None,
    as_json: bool = JsonOption,
) -> None:
    """Sizes (raw/gzip/brotli), minification, hashed names, compression and cache headers."""
    with user_errors():
        from agent.budgets import size_bytes
        from tools.errors import InputError
        from tools.frontend import audit_build, audit_site

        try:
            budget_bytes = size_bytes(budget) if budget else None
        except ValueError as exc:
            raise InputError(f"--budget: {exc}") from None
        if target.startswith(("http://", "https://")):
            result = audit_site(target, bundle_budget_bytes=budget_bytes)
        else:
            result = audit_build(Path(target), bundle_budget_bytes=budget_bytes)
        emit(result, as_json, render)
        if result.within_budget is False:
            raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Frontend asset audit.", no_args_is_help=True)
    group.command("audit")(audit)
    app.add_typer(group, name="frontend")
