"""``/metrics``: jobs by state and engagement step durations, read from the job database at
scrape time (so every server sharing one queue reports the same figures)."""

from __future__ import annotations

from collections import defaultdict

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, SummaryMetricFamily

from perfagent.api.server.store import Store

STATES = ("queued", "running", "waiting", "done", "failed", "cancelled")


class _JobCollector:
    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self):
        counts = self.store.counts()
        jobs = GaugeMetricFamily("perfagent_jobs", "Jobs in the queue by state.", labels=["state"])
        for state in STATES:
            jobs.add_metric([state], counts.get(state, 0))
        yield jobs
        steps = SummaryMetricFamily(
            "perfagent_step_duration_seconds", "Engagement step durations.", labels=["step"]
        )
        totals: dict[str, list[float]] = defaultdict(list)
        for step, seconds in self.store.step_durations():
            totals[step].append(seconds)
        for step, values in sorted(totals.items()):
            steps.add_metric([step], count_value=len(values), sum_value=sum(values))
        yield steps


def render_metrics(store: Store) -> tuple[bytes, str]:
    registry = CollectorRegistry()
    registry.register(_JobCollector(store))
    return generate_latest(registry), CONTENT_TYPE_LATEST
