"""`perfagent serve`, `perfagent token create|revoke`, `perfagent chat`."""

from __future__ import annotations

import contextlib
from typing import Annotated

import typer

from perfagent.api.cli_common import console, out, user_errors

token_app = typer.Typer(
    help="API tokens for the HTTP API (stored hashed; shown once).", no_args_is_help=True
)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8700,
    workers: Annotated[
        int | None, typer.Option(help="Job worker threads (0: accept and queue only).")
    ] = None,
    home: Annotated[str | None, typer.Option(help="Server folder (job database, outputs).")] = None,
    database: Annotated[
        str | None, typer.Option(help="Job database URL (postgresql://… to share a queue).")
    ] = None,
    mcp: Annotated[
        bool, typer.Option("--mcp/--no-mcp", help="Mount the MCP server at /mcp.")
    ] = True,
) -> None:
    """Serve the HTTP API: engagements, PR reviews (GitHub webhooks), chat sessions, /metrics."""
    with user_errors():
        import uvicorn

        from perfagent.api.server.app import create_app
        from perfagent.api.server.config import ServerConfig

        config = ServerConfig.from_env(workers=workers, home=home, database=database)
        mounts = {}
        if mcp:
            try:
                from perfagent.api.mcp_server import mcp_http_app

                mounts["/mcp"] = mcp_http_app(host=host)
            except ImportError as exc:
                console.print(f"MCP endpoint off: {exc}", style="yellow")
        app = create_app(config, mounts=mounts)
        console.print(
            f"perfagent API on http://{host}:{port} (docs at /docs; data in {config.home})"
        )
        uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Who or what the token is for.")],
    home: Annotated[str | None, typer.Option(help="Server folder.")] = None,
    database: Annotated[str | None, typer.Option(help="Job database URL.")] = None,
    from_env: Annotated[
        str | None,
        typer.Option(
            "--from-env",
            help="Register the token held in this environment "
            "variable (e.g. from a Kubernetes Secret) instead of making one.",
        ),
    ] = None,
) -> None:
    """Create an API token; it is printed once on stdout and stored only as a hash."""
    with user_errors():
        from perfagent.api.server.auth import create_token
        from perfagent.api.server.config import ServerConfig
        from perfagent.api.server.store import Store

        config = ServerConfig.from_env(home=home, database=database)
        if from_env:
            _register_from_env(Store(config.database_url), name, from_env)
            return
        token_id, token = create_token(Store(config.database_url), name)
        console.print(
            f"token {token_id} for {name!r} "
            f"(shown once; revoke with `perfagent token revoke {token_id}`)"
        )
        out.print(token, highlight=False)


def _register_from_env(store, name: str, variable: str) -> None:
    import os

    from perfagent.api.server.auth import register_token
    from perfagent.tools.errors import InputError

    token = os.environ.get(variable)
    if not token:
        raise InputError(f"--from-env {variable}: the environment variable is not set")
    token_id, added = register_token(store, name, token.strip())
    console.print(
        f"token {token_id} for {name!r} " + ("registered" if added else "was already registered")
    )


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[str, typer.Argument(help="The token id printed by `token create`.")],
    home: Annotated[str | None, typer.Option(help="Server folder.")] = None,
    database: Annotated[str | None, typer.Option(help="Job database URL.")] = None,
) -> None:
    """Revoke an API token."""
    with user_errors():
        from perfagent.api.server.config import ServerConfig
        from perfagent.api.server.store import Store
        from perfagent.tools.errors import InputError

        config = ServerConfig.from_env(home=home, database=database)
        if not Store(config.database_url).revoke_token(token_id):
            raise InputError(f"no token {token_id!r}")
        console.print(f"token {token_id} revoked")


def chat(
    session: Annotated[
        str | None, typer.Option(help="Continue this session id (default: a new one).")
    ] = None,
    checkpoint: Annotated[
        str | None, typer.Option(help="Checkpoint store: a SQLite path or postgresql:// URL.")
    ] = None,
) -> None:
    """Chat with perfagent in the terminal: the same engine as the HTTP sessions.
    Engagements you start here run as child processes and pause for your approval; relative
    targets are resolved against the folder chat was started in. When standard input closes
    (Ctrl-D, the end of a pipe), chat stops any engagement still running and exits."""
    import os
    import secrets
    import sys

    with user_errors():
        from perfagent.api import sdk

        session = session or f"ses-{secrets.token_hex(6)}"
        runs = _LocalRuns(checkpoint)
        llm = sdk.reasoner()
        base = os.getcwd()
        console.print(f"session {session} (Ctrl-D to leave). Try: run examples/shop")
        try:
            for line in _lines(sys.stdin):
                text = line.strip()
                if text:
                    out.print(
                        sdk.chat_turn(
                            session, text, runs.actions(), llm=llm, checkpoint=checkpoint, base=base
                        ),
                        highlight=False,
                        soft_wrap=True,
                    )
        finally:
            for run_id in runs.stop():
                console.print(
                    f"engagement {run_id} stopped (stdin closed); `perfagent resume {run_id}` "
                    "continues it",
                    highlight=False,
                    soft_wrap=True,
                )


def _lines(stdin):
    """Lines typed at a prompt (a terminal) or read from a pipe, until end of input."""
    if not stdin.isatty():
        yield from stdin
        return
    while True:
        try:
            yield input("you> ")
        except EOFError:
            return


class _LocalRuns:
    """Engagements the terminal chat started: each a ``perfagent run|decide`` child process in
    its own session (so stopping one stops everything it started), output in a log file."""

    def __init__(self, checkpoint: str | None) -> None:
        self.checkpoint = checkpoint
        self.procs: dict = {}
        self.logs: dict[str, str] = {}

    def _spawn(self, run_id: str, args: list[str]) -> None:
        import subprocess
        import sys
        import tempfile

        command = [
            sys.executable,
            "-m",
            "perfagent.api.cli",
            *args,
            *(["--checkpoint", self.checkpoint] if self.checkpoint else []),
        ]
        self.logs[run_id] = f"{tempfile.gettempdir()}/perfagent-chat-{run_id}.log"
        with open(self.logs[run_id], "ab") as log:
            self.procs[run_id] = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def start(self, target: str, phase: str) -> str:
        from perfagent.api import sdk

        sdk.check_target(target)
        run_id = sdk.new_run_id(target.rstrip("/").rsplit("/", 1)[-1] or "target")
        self._spawn(run_id, ["run", target, "--phase", phase, "--run-id", run_id, "--approve"])
        return run_id

    def status(self, run_id: str) -> dict:
        from perfagent.api import sdk

        proc = self.procs.get(run_id)
        if proc is None:
            return {"status": "unknown"}
        code = proc.poll()
        if code is None:
            return {"status": "running"}
        if code != 0:
            return {"status": "failed", "error": f"exit status {code}; see {self.logs[run_id]}"}
        questions = sdk.pending_decisions(run_id, checkpoint=self.checkpoint)
        if questions:
            return {"status": "waiting", "question": questions[0]}
        state = sdk.load_engagement(run_id, checkpoint=self.checkpoint)
        return {"status": "done", "result": sdk.engagement_result(state).model_dump(mode="json")}

    def decide(self, run_id: str, approve: bool, reason: str) -> str:
        if self.status(run_id)["status"] != "waiting":
            return f"Engagement `{run_id}` is not waiting for a decision."
        self._spawn(
            run_id, ["decide", run_id, "--approve" if approve else "--reject", "--reason", reason]
        )
        return f"{'Approved' if approve else 'Rejected'}; engagement `{run_id}` goes on."

    def actions(self):
        from perfagent.api import sdk

        return sdk.chat_actions(start=self.start, status=self.status, decide=self.decide)

    def stop(self, timeout_s: float = 60.0) -> list[str]:
        """SIGTERM each running child's process group, SIGKILL what is left after ``timeout_s``;
        the run ids stopped (their checkpoints stay: ``perfagent resume`` continues them)."""
        import os
        import signal
        import subprocess

        stopped = [run_id for run_id, proc in self.procs.items() if proc.poll() is None]
        for run_id in stopped:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.procs[run_id].pid, signal.SIGTERM)
        for run_id in stopped:
            try:
                self.procs[run_id].wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.procs[run_id].pid, signal.SIGKILL)
                self.procs[run_id].wait()
        return stopped


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("chat")(chat)
    app.add_typer(token_app, name="token")
