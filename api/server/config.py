"""The server's settings: one keyword-only model, each field from ``PERFAGENT_SERVER_<FIELD>``."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field


def _default_home() -> str:
    return os.environ.get("PERFAGENT_SERVER_HOME", str(Path.home() / ".perfagent" / "server"))


class ServerConfig(BaseModel):
    home: str = Field(
        default_factory=_default_home,
        description="Folder for the job database (SQLite), review and engagement outputs.",
    )
    database: str | None = Field(
        None,
        description="Job database URL; a SQLite file under home when unset, "
        "or postgresql://… so many servers share one queue.",
    )
    checkpoints: str | None = Field(
        None, description="The engagement checkpointer URL (defaults as the CLI's)."
    )
    workers: int = Field(
        1, ge=0, description="Job worker threads in this server (0: only accept and queue)."
    )
    lease_s: float = Field(
        30.0,
        gt=0,
        description="A running job's lease; renewed every lease_s / 3 seconds. "
        "A job whose server died is picked up after its lease ends.",
    )
    poll_s: float = Field(0.5, gt=0, description="How often an idle worker looks for a job.")
    review_timeout_s: float = Field(1800.0, gt=0)
    engagement_timeout_s: float = Field(7200.0, gt=0)
    webhook_secret: str | None = Field(
        None, description="The GitHub App / webhook secret; webhooks are refused without one."
    )
    webhook_secrets: dict[str, str] = Field(
        default_factory=dict, description="Per-installation secrets: installation id → secret."
    )
    github_token: str | None = Field(
        None, description="Posting reviews back to GitHub is off unless set."
    )
    github_api: str = "https://api.github.com"
    github_check_runs: bool = Field(
        False, description="Also create a check run (needs a GitHub App token)."
    )
    repositories: dict[str, str] = Field(
        default_factory=dict, description="owner/name → where to clone it from (a mirror, a path)."
    )
    allow_local_repos: bool = Field(
        False,
        description="Accept a local path or file:// URL as a repository "
        "(tests, self-hosted mirrors).",
    )
    max_body_bytes: int = Field(
        5 * 1024 * 1024, gt=0, description="Larger request bodies are answered 413."
    )
    rate_per_minute: int = Field(120, ge=1, description="Requests per minute per API token.")
    cors_origins: list[str] = Field(
        default_factory=list, description="CORS is off unless origins are listed."
    )
    require_token: bool = Field(
        True, description="Every /v1 route but the webhook needs a bearer token."
    )
    review_max_time_s: float = Field(
        60.0, gt=0, description="Measuring budget per benchmark in a review."
    )
    review_settings: dict = Field(
        default_factory=dict,
        description="Other review settings (tools.review "
        "ReviewSettings: mode, min_effect, samples, …), as JSON in the environment.",
    )

    @property
    def database_url(self) -> str:
        return self.database or str(Path(self.home) / "server.sqlite")

    @classmethod
    def from_env(cls, **overrides) -> ServerConfig:
        import json

        values: dict = {}
        for name, field in cls.model_fields.items():
            raw = os.environ.get(f"PERFAGENT_SERVER_{name.upper()}")
            if raw is None:
                continue
            annotation = str(field.annotation)
            values[name] = (
                json.loads(raw) if ("dict" in annotation or "list" in annotation) else raw
            )
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)
