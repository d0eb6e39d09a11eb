"""The checkpointer: a SQLite file by default, PostgreSQL for a ``postgresql://`` URL.

State is saved after every step (``durability="sync"``), so an engagement killed
mid-step resumes at that step. Only the state's own model classes may be revived
from a checkpoint (the msgpack allow-list), never arbitrary types.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

from perfagent.agent.state import model_types
from perfagent.tools.errors import InputError, ServiceError


def default_url() -> str:
    return os.environ.get(
        "PERFAGENT_CHECKPOINTS", str(Path.home() / ".perfagent" / "checkpoints.sqlite")
    )


def serializer() -> JsonPlusSerializer:
    return JsonPlusSerializer(allowed_msgpack_modules=model_types())


@contextlib.contextmanager
def open_checkpointer(url: str | None = None) -> Iterator:
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://")):
        from langgraph.checkpoint.postgres import PostgresSaver

        try:
            with PostgresSaver.from_conn_string(url) as saver:
                saver.serde = serializer()
                saver.setup()
                yield _watched(saver)
        except Exception as exc:  # psycopg's OperationalError and kin, at the seam
            if isinstance(exc, (InputError, ServiceError)) or type(exc).__module__.startswith(
                "perfagent."
            ):
                raise
            if "psycopg" in type(exc).__module__:
                raise ServiceError(
                    f"cannot use the checkpoint database {url}: {exc}".splitlines()[0]
                ) from None
            raise
        return
    from langgraph.checkpoint.sqlite import SqliteSaver

    path = Path(url.removeprefix("sqlite:///")).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise InputError(f"cannot open the checkpoint file {path}: {exc}") from None
    try:
        yield _watched(SqliteSaver(conn, serde=serializer()))
    finally:
        conn.close()


def _watched(saver):
    """The kill tests' ``saved`` crash point, when one is set (never outside tests)."""
    from perfagent.agent import crashpoint

    return crashpoint.watch_writes(saver) if crashpoint.active() else saver
