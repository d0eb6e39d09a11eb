"""Spans as an OTLP/JSON file (the protobuf JSON mapping of ExportTraceServiceRequest), which
Jaeger and Grafana Tempo load as it is."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from perfagent.tools.tracing.models import SpanRecord

_KINDS = {"INTERNAL": 1, "SERVER": 2, "CLIENT": 3, "PRODUCER": 4, "CONSUMER": 5}
_STATUS = {"UNSET": 0, "OK": 1, "ERROR": 2}


def _value(value: Any) -> dict:
    """One attribute value in OTLP/JSON's AnyValue form.

    >>> _value(3), _value(True), _value(["a"])
    ({'intValue': '3'}, {'boolValue': True}, {'arrayValue': {'values': [{'stringValue': 'a'}]}})
    """
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    if isinstance(value, list):
        return {"arrayValue": {"values": [_value(v) for v in value]}}
    return {"stringValue": str(value)}


def to_otlp(spans: list[SpanRecord], *, service_name: str) -> dict:
    """The spans grouped per process (an OTLP resource each)."""
    by_pid: dict[int | None, list[SpanRecord]] = defaultdict(list)
    for span in spans:
        by_pid[span.pid].append(span)
    resources = []
    for pid, members in by_pid.items():
        attributes = [{"key": "service.name", "value": {"stringValue": service_name}}]
        if pid is not None:
            attributes.append({"key": "process.pid", "value": {"intValue": str(pid)}})
        resources.append(
            {
                "resource": {"attributes": attributes},
                "scopeSpans": [
                    {
                        "scope": {"name": "perfagent.tracing"},
                        "spans": [
                            {
                                "traceId": s.trace_id,
                                "spanId": s.span_id,
                                **({"parentSpanId": s.parent_span_id} if s.parent_span_id else {}),
                                "name": s.name,
                                "kind": _KINDS.get(s.kind, 1),
                                "startTimeUnixNano": str(s.start_ns),
                                "endTimeUnixNano": str(s.end_ns),
                                "attributes": [
                                    {"key": k, "value": _value(v)} for k, v in s.attributes.items()
                                ],
                                "status": {"code": _STATUS.get(s.status, 0)},
                            }
                            for s in members
                        ],
                    }
                ],
            }
        )
    return {"resourceSpans": resources}


def write_otlp(spans: list[SpanRecord], path: str | Path, *, service_name: str = "target") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_otlp(spans, service_name=service_name)))
    return path
