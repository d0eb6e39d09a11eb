"""`perfagent serve`, `perfagent token create|revoke`, `perfagent chat`."""

from __future__ import annotations

from typing import Annotated

import typer

from api.cli_common import console, out, user_errors

token_app = typer.Typer(help="API tokens for the HTTP API (stored hashed; shown once).", no_args_is_help=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8700,
    workers: Annotated[int | None, typer.Option(help="Job worker threads (0: accept and queue only).")] = None,
    home: Annotated[str | None, typer.Option(help="Server folder (job database, outputs).")] = None,
    database: Annotated[str | None, typer.Option(help="Job database URL (postgresql://… to share a queue).")] = None,
    mcp: Annotated[bool, typer.Option("--mcp/--no-mcp", help="Mount the MCP server at /mcp.")] = True,
) -> None:
    """Serve the HTTP API: engagements, PR reviews (GitHub webhooks), chat sessions, /metrics."""
    with user_errors():
        import uvicorn

        from api.server.app import create_app
        from api.server.config import ServerConfig

        config = ServerConfig.from_env(workers=workers, home=home, database=database)
        mounts = {}
        if mcp:
            try:
                from api.mcp_server import mcp_http_app

                mounts["/mcp"] = mcp_http_app(host=host)
            except ImportError as exc:
                console.print(f"MCP endpoint off: {exc}", style="yellow")
        app = create_app(config, mounts=mounts)
        console.print(f"perfagent API on http://{host}:{port} (docs at /docs; data in {config.home})")
        uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Who or what the token is for.")],
    home: Annotated[str | None, typer.Option(help="Server folder.")] = None,
    database: Annotated[str | None, typer.Option(help="Job database URL.")] = None,
) -> None:
    """Create an API token; it is printed once on stdout and stored only as a hash."""
    with user_errors():
        from api.server.auth import create_token
        from api.server.config import ServerConfig
        from api.server.store import Store

        config = ServerConfig.from_env(home=home, database=database)
        token_id, token = create_token(Store(config.database_url), name)
        console.print(f"token {token_id} for {name!r} (shown once; revoke with `perfagent token revoke {token_id}`)")
        out.print(token, highlight=False)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[str, typer.Argument(help="The token id printed by `token create`.")],
    home: Annotated[str | None, typer.Option(help="Server folder.")] = None,
    database: Annotated[str | None, typer.Option(help="Job database URL.")] = None,
) -> None:
    """Revoke an API token."""
    with user_errors():
        from api.server.config import ServerConfig
        from api.server.store import Store
        from tools.errors import InputError

        config = ServerConfig.from_env(home=home, database=database)
        if not Store(config.database_url).revoke_token(token_id):
            raise InputError(f"no token {token_id!r}")
        console.print(f"token {token_id} revoked")


def chat(
    session: Annotated[str | None, typer.Option(help="Continue this session id (default: a new one).")] = None,
    checkpoint: Annotated[str | None, typer.Option(help="Checkpoint store: a SQLite path or postgresql:// URL.")] = None,
) -> None:
    """Chat with perfagent in the terminal: the same engine as the HTTP sessions.
    Engagements you start here run in this process and pause for your approval."""
    import secrets
    import sys

    with user_errors():
        from agent.chat import turn
        from agent.reasoner import connect
        from agent.state import Settings

        session = session or f"ses-{secrets.token_hex(6)}"
        actions = _local_actions(checkpoint)
        llm = connect(Settings.from_env())
        console.print(f"session {session} (Ctrl-D to leave). Try: run examples/shop")
        for line in sys.stdin if not sys.stdin.isatty() else iter(lambda: input("you> "), None):
            text = line.strip()
            if not text:
                continue
            out.print(turn(session, text, actions, llm=llm, checkpoint_url=checkpoint), highlight=False)


def _local_actions(checkpoint: str | None):
    import threading

    from agent import engagement
    from agent.chat import ChatActions
    from agent.state import Settings

    runs: dict[str, dict] = {}

    def start(target: str, phase: str) -> str:
        run_id = engagement.new_run_id(target.rstrip("/").rsplit("/", 1)[-1] or "target")
        runs[run_id] = {"status": "running"}

        def work() -> None:
            try:
                engagement.start(target, phase=phase, settings=Settings.from_env(approve=True),
                                 checkpoint_url=checkpoint, run_id=run_id)
                runs[run_id] = {"status": "finished"}
            except Exception as exc:  # noqa: BLE001 - shown on the next status question
                runs[run_id] = {"status": "failed", "error": str(exc)}

        threading.Thread(target=work, daemon=True).start()
        return run_id

    def status(run_id: str) -> dict:
        info = dict(runs.get(run_id, {"status": "unknown"}))
        try:
            questions = engagement.pending(run_id, checkpoint_url=checkpoint)
        except Exception:  # noqa: BLE001 - not checkpointed yet
            questions = []
        if questions and info["status"] != "failed":
            info.update(status="waiting", question=questions[0])
        elif info["status"] == "finished":
            from api.sdk import engagement_result

            state = engagement.load(run_id, checkpoint_url=checkpoint)
            info.update(status="done", result=engagement_result(state).model_dump(mode="json"))
        return info

    def decide(run_id: str, approve: bool, reason: str) -> str:
        if status(run_id)["status"] != "waiting":
            return f"Engagement `{run_id}` is not waiting for a decision."
        runs[run_id] = {"status": "running"}

        def work() -> None:
            engagement.decide(run_id, approve, reason=reason, checkpoint_url=checkpoint)
            runs[run_id] = {"status": "finished"}

        threading.Thread(target=work, daemon=True).start()
        return f"{'Approved' if approve else 'Rejected'}; engagement `{run_id}` goes on."

    return ChatActions(start=start, status=status, decide=decide)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("chat")(chat)
    app.add_typer(token_app, name="token")
