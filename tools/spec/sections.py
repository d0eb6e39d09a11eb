"""``[database]``, ``[frontend]``, ``[cache]`` and ``[scaling]``, and the one map from a database
URL's scheme to its SQL dialect.

>>> DatabaseSection(url="postgresql+psycopg://app@db/shop").dialect
'postgres'
>>> DatabaseSection(url="mariadb://root@127.0.0.1/test").dialect, dialect_of("sqlite:///shop.db")
('mysql', 'sqlite')
>>> dialect_of("oracle://x") is None
True
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

# A database URL's scheme (before any +driver) -> the SQL dialect the sql tools parse it in.
DIALECTS = {
    "postgresql": "postgres",
    "postgres": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
}


def dialect_of(url: str) -> str | None:
    """The SQL dialect of a database URL, or None for a scheme we do not know."""
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower() if url else ""
    return DIALECTS.get(scheme)


class DatabaseSection(BaseModel):
    """``[database]``: where the database is and where its queries come from."""

    model_config = ConfigDict(extra="forbid")

    url: str
    queries: str = "log"  # pg_stat_statements | performance_schema | log | a .sql / log file path

    @property
    def dialect(self) -> str | None:
        return dialect_of(self.url)


class FrontendSection(BaseModel):
    """``[frontend]``: a built folder or a URL to audit."""

    model_config = ConfigDict(extra="forbid")

    build: str | None = None
    url: str | None = None


class CacheSection(BaseModel):
    """Where the shared cache lives and how stale a cached read may be (seed, caching layers)."""

    model_config = ConfigDict(extra="forbid")

    redis: str | None = None  # redis://127.0.0.1:6379/0 — hit rates come from its INFO deltas
    staleness_s: float = Field(60.0, gt=0, description="how old a cached read may be, at most")


class ScalingSection(BaseModel):
    """The traffic the service must carry, for the transition phase's autoscaling advice."""

    model_config = ConfigDict(extra="forbid")

    peak_rps: float | None = Field(
        None, gt=0, description="expected peak; default 3x the measured baseline"
    )
    headroom_pct: float = Field(30.0, ge=0, le=300)
    min_replicas: int = Field(2, ge=1)
    max_replicas: int | None = Field(None, ge=1)
    cpu_per_replica: float = Field(1.0, gt=0, description="cores requested by one replica")
    deployment: str = ""  # Kubernetes Deployment name; default: the target's name
