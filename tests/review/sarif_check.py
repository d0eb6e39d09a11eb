"""The SARIF 2.1.0 keys a consumer (GitHub code scanning) needs, checked one by one."""

from __future__ import annotations

LEVELS = {"none", "note", "warning", "error"}


def check_sarif(log: dict) -> list[dict]:
    """Assert the log's structure; return its results."""
    assert log["$schema"].endswith("sarif-2.1.0.json")
    assert log["version"] == "2.1.0"
    assert isinstance(log["runs"], list) and len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "perfagent"
    rules = driver["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids)), "rule ids repeat"
    for rule in rules:
        assert rule["shortDescription"]["text"].strip()
        assert rule["defaultConfiguration"]["level"] in LEVELS
    for result in run["results"]:
        assert result["ruleId"] in ids
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in LEVELS
        assert result["message"]["text"].strip()
        assert result["locations"], "a result without a location cannot annotate the diff"
        for location in result["locations"]:
            physical = location["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            assert uri and not uri.startswith("/"), f"{uri} is not relative to the repository"
            assert physical["region"]["startLine"] >= 1
    return run["results"]
