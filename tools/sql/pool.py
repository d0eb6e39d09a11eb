"""Connection pool advice from measured facts, with the reasoning spelled out.

The bar (PostgreSQL wiki, HikariCP "About Pool Sizing"): a database does its best work
with about ``cores * 2 + 1`` statements in flight; more connections queue inside the
server instead of in the pool. That total is split across every worker process of
every instance, and the burst allowance (overflow) must fit in what the server has left.

>>> advice = pool_advice(PoolFacts(max_connections=100, connections_in_use=10, db_cores=4,
...                                app_workers=3, app_instances=1))
>>> advice.pool_size_per_worker, advice.max_overflow, advice.total_connections
(3, 6, 27)
"""

from __future__ import annotations

from perfagent.tools.sql.models import PoolAdvice, PoolFacts

HEADROOM = 0.8  # leave 20% of the free connections for admin sessions, migrations, cron


def pool_advice(facts: PoolFacts) -> PoolAdvice:
    reasoning: list[str] = []
    warnings: list[str] = []
    processes = max(1, facts.app_workers * facts.app_instances)
    target = facts.db_cores * 2 + 1
    reasoning.append(
        f"the database has {facts.db_cores} cores, so about {facts.db_cores} * 2 + 1 = {target} "
        "statements can run at once before they queue inside the server"
    )
    size = max(1, target // processes)
    reasoning.append(
        f"{facts.app_workers} workers x {facts.app_instances} instances = {processes} processes "
        f"share that: pool_size = max(1, {target} // {processes}) = {size} per process"
    )
    free = facts.max_connections - facts.reserved_connections - facts.connections_in_use
    budget = int(max(0, free) * HEADROOM)
    reasoning.append(
        f"the server allows {facts.max_connections} connections, {facts.reserved_connections} "
        f"reserved and {facts.connections_in_use} in use now, so {max(free, 0)} are free; "
        f"keeping 20% spare leaves {budget} for this service"
    )
    per_process = budget // processes
    overflow = max(0, min(size * 2, per_process - size))
    reasoning.append(
        f"{budget} // {processes} processes = {per_process} each, so max_overflow = "
        f"min({size} * 2, {per_process} - {size}) = {overflow} for bursts"
    )
    if size * processes > budget:
        warnings.append(
            f"even one pool of {size} per process needs {size * processes} connections but only "
            f"{budget} are free: put PgBouncer / ProxySQL in transaction mode in front, or "
            "run fewer processes"
        )
    if processes > target:
        warnings.append(
            f"{processes} processes exceed the {target} useful concurrent statements: a shared "
            "pooler (PgBouncer) will serve them better than per-process pools"
        )
    return PoolAdvice(
        facts=facts,
        pool_size_per_worker=size,
        max_overflow=overflow,
        total_connections=(size + overflow) * processes,
        reasoning=reasoning,
        warnings=warnings,
    )
