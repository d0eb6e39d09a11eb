"""Real speedup commits: does `perfagent profile` point at the function the expert rewrote,
and does an offline engagement at the parent find a fix of its own?

For each entry of commits.json (a public pure-Python repository, the speedup commit, its
parent, the function the commit changed, a small benchmark script here and the repo's
test command) this runner:

1. checks out the parent and the commit as worktrees of a clone under --real
   (default /work/real; the repositories' code is never kept in perfagent's tree);
2. **ranks**: profiles the benchmark at the parent (py-spy, merged runs until
   --min-samples) and reports the changed function's rank by self time (all code),
   by total time (project code) and in the own-code view;
3. **speedup**: times the benchmark at parent and commit, interleaved (--rounds each),
   and reports the ratio of medians (the expert's speedup);
4. **engagement** (--engage): `perfagent run` at a copy of the parent with the benchmark
   as its [[benchmark]] and the repo's tests as [target].test; reads candidates, the kept
   fix and its measured speedup from the run's state.json;
5. **compare/review** (--compare): `perfagent compare` and `perfagent review --bench` on the
   clone, both ways (parent → commit should be faster, commit → parent slower), and whether
   the review's lead sentence names the changed function; their columns stay "–" until run so.

Results go to results.json (one entry per commit, kept between runs) and a Markdown table
on stdout. Figures depend on the machine's load: the table says when and how they were taken.

    python benchmarks/perf_commits/run.py [--only ID ...] [--engage] [--compare] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from perfagent.tools.profile.pyspy import record_command
from perfagent.tools.sandbox import scrubbed_env

RESULTS = HERE / "results.json"
PERFAGENT = str(Path(sys.executable).parent / "perfagent")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def worktrees(entry: dict, real: Path) -> tuple[Path, Path, str]:
    """(parent checkout, commit checkout, parent hash), made on first use."""
    name = entry["repo"].split("/")[1]
    clone = real / name
    if not clone.exists():
        mirror = Path("/work/.mirror") / entry["repo"].replace("/", "+") / "repo"
        source = str(mirror) if mirror.exists() else f"https://github.com/{entry['repo']}.git"
        subprocess.run(["git", "clone", "-q", source, str(clone)], check=True)
    parent = git(clone, "rev-parse", f"{entry['commit']}^")
    out = []
    for side, ref in (("parent", parent), ("fix", entry["commit"])):
        path = real / "wt" / f"{name}-{entry['commit'][:9]}-{side}"
        if not path.exists():
            git(clone, "worktree", "add", "-q", "--detach", str(path), ref)
        out.append(path)
    return out[0], out[1], parent


def _matches(spot, entry: dict, checkout: Path) -> bool:
    function = entry["function"]
    name_ok = spot.function == function or spot.function.startswith(function + ".")
    return name_ok and spot.file == str(checkout / entry["file"])


def ranks(entry: dict, parent: Path, min_samples: int, out_dir: Path) -> dict:
    """The changed function's rank at the parent: self (all code), total (project code),
    own-code."""
    env = scrubbed_env({"PYTHONPATH": str(parent)})
    profile = record_command(
        [sys.executable, str(HERE / entry["bench"])],
        out_dir=out_dir,
        cwd=parent,
        env=env,
        rate_hz=100,
        min_samples=min_samples,
        max_runs=4,
        timeout_s=900,
    )

    def rank(spots) -> int | None:
        return next((i for i, s in enumerate(spots, start=1) if _matches(s, entry, parent)), None)

    by_total = sorted(
        profile.own_code, key=lambda h: (-h.total_samples, -h.self_samples, h.function, h.file)
    )
    own_rank = rank(profile.own_code)
    own = profile.own_code[own_rank - 1] if own_rank else None
    loop_rank = rank(profile.loops)
    loop = profile.loops[loop_rank - 1] if loop_rank else None
    return {
        "samples": profile.samples,
        "runs": profile.runs,
        "self_rank": rank(profile.top(10_000)),
        "total_rank": rank(by_total),
        "own_rank": own_rank,
        "own_pct": own.self_pct if own else None,
        "chain": own.chain if own else None,
        "own_within_noise": bool(own and own.within_noise),
        "own_top3": [f"{h.function} {h.self_pct:.0f}%" for h in profile.own_code[:3]],
        # lines inside nested loops (tools.profile.loops): the function's best line's rank
        "loop_rank": loop_rank,
        "loop": f"line {loop.line}, {loop.depth} loops, {loop.total_pct:.0f}%" if loop else None,
        "loop_top": [f"{s.function}:{s.line} {s.total_pct:.0f}%" for s in profile.loops[:2]],
    }


def speedup(entry: dict, parent: Path, fix: Path, rounds: int) -> dict:
    """Ratio of median wall times, parent / commit, interleaved runs of the benchmark."""
    times: dict[str, list[float]] = {"parent": [], "fix": []}
    for _ in range(rounds):
        for side, path in (("parent", parent), ("fix", fix)):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, str(HERE / entry["bench"])],
                cwd=path,
                check=True,
                env=scrubbed_env({"PYTHONPATH": str(path)}),
                stdout=subprocess.DEVNULL,
            )
            times[side].append(time.perf_counter() - start)
    parent_s, fix_s = statistics.median(times["parent"]), statistics.median(times["fix"])
    return {
        "parent_s": round(parent_s, 3),
        "fix_s": round(fix_s, 3),
        "expert_speedup": round(parent_s / fix_s, 2),
    }


SPEC = """[target]
name = "{name}"
test = "{test}"

[[benchmark]]
name = "bench"
command = "PYTHONPATH=. python {bench}"
"""


def engage(entry: dict, parent: Path, samples: int) -> dict:
    """An offline engagement (rules reasoner) at a copy of the parent."""
    with tempfile.TemporaryDirectory(prefix="perf-commit-") as tmp:
        target = Path(tmp) / "target"
        shutil.copytree(parent, target, ignore=shutil.ignore_patterns(".git"))
        subprocess.run(["git", "init", "-q"], cwd=target, check=True)
        subprocess.run(["git", "add", "-A"], cwd=target, check=True)
        subprocess.run(
            [
                "git",
                "-c",
                "user.name=bench",
                "-c",
                "user.email=bench@localhost",
                "commit",
                "-qm",
                "parent",
            ],
            cwd=target,
            check=True,
        )
        (target / "perfagent.toml").write_text(
            SPEC.format(name=entry["id"], test=entry["test"], bench=HERE / entry["bench"])
        )
        reports = Path(tmp) / "reports"
        done = subprocess.run(
            [
                PERFAGENT,
                "run",
                str(target),
                "--report-dir",
                str(reports),
                "--samples",
                str(samples),
                "--llm",
                "rules",
            ],
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        states = list(reports.rglob("state.json"))
        if not states:
            return {"error": (done.stderr or done.stdout).strip().splitlines()[-1:]}
        state = json.loads(states[0].read_text())
    candidates = list(state.get("candidates", {}).values())
    kept = [c for c in candidates if c["status"] == "kept"]
    validations = state.get("validations", {})
    best = None
    for c in kept:
        changes = (validations.get(c["id"]) or {}).get("changes") or []
        speedup_x = (
            round(changes[0]["before"] / changes[0]["after"], 2)
            if changes and changes[0]["after"]
            else None
        )
        best = best or {"title": c["title"], "recipe": c.get("recipe"), "speedup": speedup_x}
    hot = [f for f in state.get("findings", []) if f["kind"] == "cpu_hotspot"]
    return {
        "candidates": len(candidates),
        "edits": sum(1 for c in candidates if c.get("edit")),
        "kept": best,
        "findings": [
            f"{f['detail'].get('function')} {f['impact_share_pct']:.0f}%" for f in hot[:3]
        ],
        "tried": [
            {
                "title": c["title"],
                "recipe": c.get("recipe"),
                "status": c["status"],
                "reason": (c.get("reason") or "")[:300],
            }
            for c in candidates
            if c.get("edit")
        ],
        "declined": [d for c in candidates for d in c.get("declined", [])][:8],
    }


def compare(entry: dict, clone: Path, parent: str) -> dict:
    """`perfagent compare` both ways with this branch's CLI (fix → faster, revert → slower)."""
    out = {}
    for label, base, head in _directions(entry, parent):
        done = subprocess.run(
            [
                PERFAGENT,
                "compare",
                "--repo",
                str(clone),
                "--base",
                base,
                "--head",
                head,
                "--json",
                "--",
                "python",
                str(HERE / entry["bench"]),
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=3600,
        )
        try:
            out[label] = json.loads(done.stdout).get("verdict")
        except ValueError:
            out[label] = "error: " + (done.stderr.strip().splitlines() or ["?"])[-1][:120]
    return out


def _directions(entry: dict, parent: str) -> list[tuple[str, str, str]]:
    return [("fix", parent, entry["commit"]), ("revert", entry["commit"], parent)]


def names(text: str, function: str) -> bool:
    """Does a review's lead sentence name the changed function (`Class.method`, `method`, or a
    function nested in it, as the ranks count it)?"""
    short = function.rsplit(".", 1)[-1]
    named = re.findall(r"`([^`]+)`", text)
    return any(
        n in (function, short) or n.endswith("." + short) or n.startswith(function + ".")
        for n in named
    )


def review(entry: dict, clone: Path, parent: str) -> dict:
    """`perfagent review --bench` both ways: its verdict, its lead sentence, and whether that
    sentence names the changed function (fix: faster; revert: slower)."""
    out = {}
    for label, base, head in _directions(entry, parent):
        with tempfile.TemporaryDirectory(prefix="perf-review-") as tmp:
            done = subprocess.run(
                [
                    PERFAGENT,
                    "review",
                    str(clone),
                    "--base",
                    base,
                    "--head",
                    head,
                    "--bench",
                    f"python {HERE / entry['bench']}",
                    "--out",
                    tmp,
                ],
                capture_output=True,
                text=True,
                check=False,
                timeout=3600,
            )
            path = Path(tmp) / "review.json"
            if not path.exists():
                tail = (done.stderr.strip().splitlines() or ["?"])[-1][:160]
                out[label] = {"error": tail}
                continue
            got = json.loads(path.read_text())
        lead = got.get("lead") or ""
        out[label] = {
            "verdict": got.get("verdict"),
            "lead": lead,
            "names": names(lead, entry["function"]),
            "changed": [
                f"{c['function']} {c['base_total_pct']:.0f}% → {c['head_total_pct']:.0f}%"
                for c in got.get("changed_functions", [])[:3]
            ],
            "notes": got.get("notes", [])[:4],
        }
    return out


def _from_reason(engagement: dict) -> float | None:
    """The kept candidate's speedup from validate's reason ("time_s -95.69% (CI ...)")."""
    for tried in engagement.get("tried") or []:
        found = re.search(r"time_s ([+-]\d+(?:\.\d+)?)%", tried.get("reason", ""))
        if tried.get("status") == "kept" and found:
            return round(1.0 / (1.0 + float(found[1]) / 100.0), 1)
    return None


def _named(side: dict | None, function: str, expected: str) -> str:
    """One direction of the review column: yes (named, with the expected verdict), named
    (with another verdict: the lead says what the profiles saw), no (its verdict), or –."""
    if not side:
        return "–"
    if "error" in side:
        return "error"
    verdict = side.get("verdict")
    if not names(side.get("lead") or "", function):
        return f"no ({verdict})"
    return "yes" if verdict == expected else f"named ({verdict})"


def _loop(rk: dict) -> str:
    """The changed function's best line among the lines inside nested loops."""
    if not rk.get("loop_rank"):
        return "–" if "loop_rank" in rk else "not measured"
    return f"{rk['loop_rank']} ({rk['loop']})"


def table(results: dict, entries: list[dict]) -> str:
    rows = [
        (
            "| commit | changed function | expert speedup | rank self | rank total | rank own-code "
            "| own-code top entry | rank nested loops | engagement: candidates / edits "
            "| kept fix (speedup) "
            "| compare fix / revert | review names it: fix / revert |"
        ),
        "|---|---|---:|---:|---:|---:|---|---|---|---|---|---|",
    ]
    for e in entries:
        r = results.get(e["id"], {})
        rk, sp, en, cp = (
            r.get("ranks", {}),
            r.get("speedup", {}),
            r.get("engagement"),
            r.get("compare"),
        )
        rv, fn = r.get("review") or {}, e["function"]
        own = rk.get("own_rank")
        own_text = f"{own}{'≈' if rk.get('own_within_noise') else ''}" if own else "–"
        kept = "–"
        if en and "candidates" in en:
            kept = "none"
            if en["kept"]:
                got = en["kept"].get("speedup") or _from_reason(en)
                versus = (
                    f", {got / sp['expert_speedup']:.2f}× the expert's"
                    if got and sp.get("expert_speedup")
                    else ""
                )
                kept = (
                    f"`{en['kept'].get('recipe')}` {got}×{versus}"
                    if got
                    else f"`{en['kept'].get('recipe')}`"
                )
        chain = " → " + rk["chain"] if rk.get("chain") and own == 1 else ""
        engaged = (
            str(en["candidates"]) + " / " + str(en["edits"]) if en and "candidates" in en else "–"
        )
        rows.append(
            f"| {e['repo']}@{e['commit'][:9]} | `{e['function']}` "
            f"| {sp.get('expert_speedup', '–')}× "
            f"| {rk.get('self_rank') or '–'} | {rk.get('total_rank') or '–'} | {own_text} "
            f"| {(rk.get('own_top3') or ['–'])[0]}{chain} "
            f"| {_loop(rk)} | {engaged} | {kept} "
            f"| {cp['fix'] + ' / ' + cp['revert'] if cp else '–'} "
            f"| {_named(rv.get('fix'), fn, 'faster')} / {_named(rv.get('revert'), fn, 'slower')} |"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="commit ids from commits.json")
    parser.add_argument(
        "--real", type=Path, default=Path("/work/real"), help="where clones and worktrees go"
    )
    parser.add_argument("--min-samples", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-ranks", action="store_true")
    parser.add_argument("--skip-speedup", action="store_true")
    parser.add_argument(
        "--engage", action="store_true", help="run an offline engagement at each parent"
    )
    parser.add_argument("--engage-samples", type=int, default=5)
    parser.add_argument(
        "--compare",
        action="store_true",
        help="fill the compare and review columns with perfagent compare and perfagent review",
    )
    args = parser.parse_args()
    entries = [
        e
        for e in json.loads((HERE / "commits.json").read_text())
        if not args.only or e["id"] in args.only
    ]
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for entry in entries:
        parent, fix, parent_hash = worktrees(entry, args.real)
        result: dict = {"parent": parent_hash}  # only what this run measures is written back
        if not args.skip_ranks:
            with tempfile.TemporaryDirectory() as tmp:
                result["ranks"] = ranks(entry, parent, args.min_samples, Path(tmp))
        if not args.skip_speedup:
            result["speedup"] = speedup(entry, parent, fix, args.rounds)
        if args.engage:
            result["engagement"] = engage(entry, parent, args.engage_samples)
        if args.compare:
            clone = args.real / entry["repo"].split("/")[1]
            result["compare"] = compare(entry, clone, parent_hash)
            result["review"] = review(entry, clone, parent_hash)
        stamp = {
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        }
        for key in [k for k in result if k != "parent"]:
            result[f"{key}_at"] = stamp  # when and under which load each part was measured
        result.update(stamp)
        results = (
            json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        )  # another run may have written other parts of this entry meanwhile
        results.setdefault(entry["id"], {}).update(result)
        RESULTS.write_text(json.dumps(results, indent=1) + "\n")
        print(f"{entry['id']}: {json.dumps(result)}", file=sys.stderr, flush=True)
    print(table(results, entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
