"""Child process for deterministic profiling:
``python _cprofile_child.py module:function OUT_JSON [PROF]``.

Self-contained on purpose (standard library only, no perfagent import): it runs in
the target's environment and working directory. Two passes: cProfile first (cold,
undisturbed timings), then tracemalloc (allocation sites still holding memory, and
the peak), so tracemalloc's per-allocation cost does not skew the time shares.
Writes plain JSON; the parent turns it into records.
"""

import cProfile
import importlib
import json
import os
import sys
import time
import traceback
import tracemalloc


def _write(path, payload):
    with open(path, "w") as fh:
        json.dump(payload, fh)


def _resolve(target):
    module_name, _, attr_path = target.partition(":")
    try:
        obj = importlib.import_module(module_name)
    except Exception as exc:  # noqa: BLE001 - any import failure is the user's input
        return None, {"kind": "import", "message": f"{type(exc).__name__}: {exc}"}
    for part in attr_path.split("."):
        if not hasattr(obj, part):
            return None, {
                "kind": "attribute",
                "message": f"module {module_name} has no attribute {attr_path}",
            }
        obj = getattr(obj, part)
    if not callable(obj):
        return None, {"kind": "attribute", "message": f"{target} is not callable"}
    return obj, None


def _qualnames(profiler):
    """(file, line, name) → the code's qualified name (``TokenList.flatten``), Python 3.11+."""
    names = {}
    for entry in profiler.getstats():
        code = entry.code
        if not isinstance(code, str):
            names[(code.co_filename, code.co_firstlineno, code.co_name)] = getattr(
                code, "co_qualname", code.co_name
            )
    return names


def main(argv):
    target, out_path = argv[1], argv[2]
    prof_path = argv[3] if len(argv) > 3 else ""
    top_n = int(os.environ.get("PERFAGENT_TOP_ALLOCATIONS", "15"))
    with_memory = os.environ.get("PERFAGENT_TRACEMALLOC", "1") == "1"
    sys.path.insert(0, os.getcwd())  # before PYTHONPATH's entries, as `python -m` puts ''
    func, error = _resolve(target)
    if error:
        _write(out_path, {"error": error})
        return 2
    profiler = cProfile.Profile()
    try:
        start = time.perf_counter()
        profiler.enable()
        try:
            func()
        finally:
            profiler.disable()
        duration_s = time.perf_counter() - start
    except BaseException as exc:  # noqa: BLE001 - the target's failure, reported to the parent
        traceback.print_exc()
        _write(out_path, {"error": {"kind": "raised", "message": f"{type(exc).__name__}: {exc}"}})
        return 1
    if prof_path:
        profiler.dump_stats(prof_path)
    qualnames = _qualnames(profiler)
    profiler.create_stats()
    rows = [
        [
            file,
            line,
            name,
            cc,
            nc,
            tt,
            ct,
            [
                [c_file, c_line, c_name, c_nc, c_ct]
                for (c_file, c_line, c_name), (_c, c_nc, _t, c_ct) in callers.items()
            ],
            qualnames.get((file, line, name), name),
        ]
        for (file, line, name), (cc, nc, tt, ct, callers) in profiler.stats.items()
    ]
    allocations, peak = [], None
    if with_memory:
        tracemalloc.start()
        try:
            func()
            snapshot = tracemalloc.take_snapshot()
            peak = tracemalloc.get_traced_memory()[1]
        except BaseException as exc:  # noqa: BLE001
            traceback.print_exc()
            _write(
                out_path, {"error": {"kind": "raised", "message": f"{type(exc).__name__}: {exc}"}}
            )
            return 1
        finally:
            tracemalloc.stop()
        snapshot = snapshot.filter_traces(
            [
                tracemalloc.Filter(False, tracemalloc.__file__),
                tracemalloc.Filter(False, "<frozen importlib._bootstrap*>"),
            ]
        )
        for stat in snapshot.statistics("lineno")[:top_n]:
            frame = stat.traceback[0]
            allocations.append([frame.filename, frame.lineno, stat.size, stat.count])
    _write(
        out_path,
        {"duration_s": duration_s, "stats": rows, "allocations": allocations, "peak": peak},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
