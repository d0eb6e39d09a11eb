"""One job, in its own process: ``python -m perfagent.api.server.runjob JOB_ID``.

A worker thread of the server starts this process, renews the job's lease while it
runs, and kills its process group on cancel or timeout. The process writes its
progress as events and its result into the job table itself, so a client reading
the events sees the same thing whichever server it asks. If the server dies, this
process notices (its parent changes) and stops; the job's lease runs out and a
restarted server claims it again — an engagement then resumes from its checkpoint.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from perfagent.api.server.config import ServerConfig
from perfagent.api.server.store import Job, Store
from perfagent.tools.errors import PerfagentError
from perfagent.tools.sandbox import teardown

Emit = Callable[[str, dict], None]


def _watch_parent(interval_s: float = 0.5, grace_s: float = 10.0) -> None:
    """Stop when the server that started us is gone: SIGTERM ourselves first, so the step
    running is not checkpointed (teardown: it is stopping) and ``finally`` blocks stop
    services and remove worktrees; only after ``grace_s`` kill what is left, and exit."""
    # The server's PID comes from the environment: a server that died while this process was
    # still importing has already re-parented it, and a first getppid() would watch the reaper.
    parent = int(os.environ.get("PERFAGENT_SERVER_PID") or os.getppid())

    def watch() -> None:
        while True:
            time.sleep(interval_s)
            if os.getppid() != parent:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(grace_s)
                teardown.kill_all(grace_s=0)
                _kill_children()
                os._exit(3)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _kill_children() -> None:
    import psutil

    for child in psutil.Process().children(recursive=True):
        try:
            child.kill()
        except psutil.Error:
            pass


def run_review(job: Job, config: ServerConfig, emit: Emit) -> tuple[str, dict]:
    from perfagent.api import sdk

    payload = job.payload
    out_dir = Path(config.home) / "reviews" / job.stream
    # the job's timeout bounds the whole review (clone, every benchmark, the profiles),
    # with a tenth kept for posting the result
    settings = sdk.review_settings(
        {**config.review_settings, **payload.get("settings", {})},
        max_time_s=config.review_max_time_s,
        budget_s=0.9 * config.review_timeout_s,
    )
    review = sdk.review_change(
        payload["source"],
        payload["base"],
        payload["head"],
        out_dir=out_dir,
        settings=settings,
        on_progress=lambda p: emit("progress", {"message": p.message}),
    )
    result = json.loads(review.model_dump_json())
    github = payload.get("github")
    if github and config.github_token:
        from perfagent.api.server.github import GitHubClient

        client = GitHubClient(config.github_token, api=config.github_api)
        try:
            result["github"] = client.publish_review(
                github, (out_dir / "review.md").read_text(), review
            )
            emit(
                "progress",
                {"message": f"posted the review to {github['repository']}#{github['number']}"},
            )
        except PerfagentError as exc:  # the review stands; only the post-back failed
            result["github"] = {"error": str(exc)}
            emit("progress", {"message": f"could not post to GitHub: {exc}"})
    return "done", result


def _summary(state, url: str | None) -> dict:
    """The engagement's headline figures (the same record the Python API and MCP return),
    and the question it waits on, if any."""
    from perfagent.api import sdk

    return {
        **json.loads(sdk.engagement_result(state).model_dump_json()),
        "pending": sdk.pending_decisions(state.run_id, checkpoint=url),
    }


def run_engagement(job: Job, config: ServerConfig, emit: Emit) -> tuple[str, dict]:
    from perfagent.api import sdk

    payload = job.payload
    run_id = payload["run_id"]
    url = config.checkpoints

    def on_event(event: dict) -> None:
        kind = event.get("event", "event")
        if kind in {"started", "finished"}:
            kind = f"step_{kind}"
            if "duration_s" in event:
                event = {**event, "seconds": event["duration_s"]}
        emit(kind, event)

    if job.kind == "decide":
        state = sdk.decide_engagement(
            run_id,
            payload["approve"],
            reason=payload.get("reason", ""),
            checkpoint=url,
            on_event=on_event,
        )
    elif job.attempts > 1 and _checkpointed(run_id, url):
        emit("resumed", {"attempt": job.attempts, "run_id": run_id})
        state = sdk.resume_engagement(run_id, checkpoint=url, on_event=on_event)
    else:
        values = dict(payload.get("settings", {}))
        approve = values.pop("approve", None)  # the server's to set, from the request's own field
        settings = sdk.engagement_settings(
            values, model=sdk.RemoteEngagementSettings, approve=approve
        )
        settings.report_dir = str(Path(config.home) / "engagements")  # the server places the files
        state = sdk.start_engagement(
            payload["target"],
            phase=payload.get("phase", "construction"),
            settings=settings,
            checkpoint=url,
            run_id=run_id,
            on_event=on_event,
        )
    summary = _summary(state, url)
    return ("waiting" if summary["pending"] else "done"), summary


def _checkpointed(run_id: str, url: str | None) -> bool:
    from perfagent.api import sdk

    try:
        sdk.load_engagement(run_id, checkpoint=url)
    except PerfagentError:
        return False
    return True


HANDLERS: dict[str, Callable[[Job, ServerConfig, Emit], tuple[str, dict]]] = {
    "review": run_review,
    "engagement": run_engagement,
    "decide": run_engagement,
}


def execute(job_id: str, config: ServerConfig) -> int:
    store = Store(config.database_url)
    job = store.job(job_id)
    if job is None:
        print(f"no job {job_id}", file=sys.stderr)
        return 2

    def emit(kind: str, data: dict) -> None:
        store.add_event(job.stream, kind, {"job": job.id, **data})

    emit("job_started", {"kind": job.kind, "attempt": job.attempts})
    try:
        status, result = HANDLERS[job.kind](job, config, emit)
    except PerfagentError as exc:
        store.finish(job.id, "failed", error=str(exc), only_if_running=True)
        emit("job_failed", {"error": str(exc)})
        return 1
    except Exception as exc:  # noqa: BLE001 - recorded for the user, with the trace on stderr
        traceback.print_exc()
        message = f"internal error: {type(exc).__name__}: {exc}"
        store.finish(job.id, "failed", error=message, only_if_running=True)
        emit("job_failed", {"error": message})
        return 1
    store.finish(job.id, status, result=result, only_if_running=True)
    emit("job_" + status, {"result": result})
    return 0


def main() -> None:
    """SIGTERM (cancel, timeout, the server gone) unwinds the job: the engagement keeps its
    finished steps in the checkpointer, temporary clones and worktrees are removed by their
    own ``finally`` blocks, every process group the job started is torn down, and the job
    stays ``running`` for the worker that cancelled it, or for its lease to run out."""
    _watch_parent()
    config = ServerConfig.model_validate_json(os.environ["PERFAGENT_SERVER_CONFIG"])
    with teardown.on_signals(grace_s=3.0):
        code = execute(sys.argv[1], config)
    sys.exit(code)


if __name__ == "__main__":
    main()
