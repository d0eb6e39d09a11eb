"""``review.sarif``: the review as SARIF 2.1.0, for code scanning and annotations on the diff.

Results: each finding in the diff; each function that got slower (at its line); each
regressed benchmark (at the spec file that declares it). Rendered from ``Review`` only.

>>> from perfagent.tools.review.models import Counts, ReviewFinding, ReviewSettings, Review, Side
>>> r = Review(source="/repo", base=Side(ref="main", sha="a" * 40),
...            head=Side(ref="pr", sha="b" * 40),
...            headline="No significant performance change", verdict="unchanged", counts=Counts(),
...            settings=ReviewSettings(), findings=[ReviewFinding(kind="sql", rule="select_star",
...            message="SELECT * reads every column.", file="shop/db.py", line=12)])
>>> log = sarif(r)
>>> run = log["runs"][0]
>>> log["version"], run["tool"]["driver"]["rules"][0]["id"], run["results"][0]["ruleId"]
('2.1.0', 'sql/select_star', 'sql/select_star')
>>> run["results"][0]["locations"][0]["physicalLocation"]["region"]
{'startLine': 12}
"""

from __future__ import annotations

import importlib

from perfagent.tools.recipes import RECIPES
from perfagent.tools.review.models import Review

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FIXED_RULES = {
    "benchmark/slower": (
        "A benchmark is slower at head than at base, beyond the minimum effect, with 95% "
        "confidence.",
        "error",
    ),
    "profile/slower_function": (
        "A function's share of a regressed benchmark's time grew at head.",
        "warning",
    ),
}


def _describe(rule_id: str) -> str:
    if rule_id in FIXED_RULES:
        return FIXED_RULES[rule_id][0]
    kind, _, name = rule_id.partition("/")
    cost = (
        next((r.cost for r in RECIPES if r.name == name and r.cost), None)
        if kind == "python"
        else None
    )
    if cost:
        return f"The function {cost}."
    package = "perfagent.tools.sql.rules" if kind == "sql" else "perfagent.tools.review.rules"
    try:
        doc = importlib.import_module(f"{package}.{name}").__doc__ or ""
    except ImportError:
        doc = ""
    return doc.strip().splitlines()[0] if doc.strip() else name


def _location(uri: str, line: int | None) -> dict:
    physical: dict = {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}}
    if line:
        physical["region"] = {"startLine": line}
    return {"physicalLocation": physical}


def _result(rule_id: str, level: str, text: str, uri: str, line: int | None) -> dict:
    return {
        "ruleId": rule_id,
        "level": level,
        "message": {"text": text},
        "locations": [_location(uri, line)],
    }


def sarif(review: Review) -> dict:
    """The SARIF log as a dict (``json.dumps`` it)."""
    results = []
    for f in review.findings:
        text = f.message + (f" Fix: {f.suggestion}" if f.suggestion else "")
        results.append(_result(f.rule_id, f.level, text, f.file, f.line))
    for fn in review.slower_functions:
        text = (
            f"`{fn.function}` takes {fn.head_share_pct:.1f}% of benchmark `{fn.benchmark}` at "
            f"head, {fn.base_share_pct:.1f}% at base (+{fn.delta_pct:.1f} points)."
        )
        results.append(_result("profile/slower_function", "warning", text, fn.file, fn.line))
    for row in review.benchmarks:
        if row.verdict == "slower" and row.ratio is not None:
            text = f"Benchmark `{row.name}` is {(row.ratio - 1) * 100:.1f}% slower: {row.reason}."
            results.append(
                _result("benchmark/slower", "error", text, review.spec_file or "perfagent.toml", 1)
            )
    rule_ids = sorted({r["ruleId"] for r in results})
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    for r in results:
        r["ruleIndex"] = index[r["ruleId"]]
    rules = [
        {
            "id": rule_id,
            "name": rule_id.split("/", 1)[1],
            "shortDescription": {"text": _describe(rule_id)},
            "defaultConfiguration": {"level": FIXED_RULES.get(rule_id, ("", "warning"))[1]},
        }
        for rule_id in rule_ids
    ]
    run: dict = {
        "tool": {"driver": {"name": "perfagent", "rules": rules}},
        "results": results,
        "properties": {
            "headline": review.headline,
            "verdict": review.verdict,
            "base": review.base.sha,
            "head": review.head.sha,
        },
    }
    if "://" in review.source:
        run["versionControlProvenance"] = [
            {"repositoryUri": review.source, "revisionId": review.head.sha}
        ]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
