# The two commands a newcomer runs: `make demo` and `make test`.
# Both create or reuse .venv; nothing is reinstalled unless pyproject.toml changed.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.perfagent-installed
# package:command pairs (the command tells whether the package is there)
SYSDEPS := valgrind:valgrind time:time prometheus:promtool wrk:wrk chromium:chromium nginx:nginx haproxy:haproxy

.PHONY: demo test test-fast test-heavy test-loaded bench eval sysdeps venv lint typecheck clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

# Debian packages some instruments use; installed only when missing and we are root.
sysdeps:
	@missing=""; for pc in $(SYSDEPS); do p=$${pc%%:*}; c=$${pc#*:}; \
	  PATH="$$PATH:/usr/sbin:/sbin" command -v $$c >/dev/null || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "missing system packages (tests that need them will skip):$$missing"; fi; \
	fi

# make test stays under 15 minutes here; the end-to-end runs over half a minute each
# (marked heavy) have their own target. Two workers (this machine's two cores; most tests wait
# on servers and subprocesses): a test file runs whole on one worker, so the names a file
# shares between its tests (tables, Redis keys) are never used by two workers at once.
# Tests marked serial measure timing under their own load and run alone, after the others.
WORKERS ?= 2
test: venv sysdeps
	$(PY) -m pytest -q -m "not heavy and not serial" -n $(WORKERS) --dist loadfile --durations=15
	$(PY) -m pytest -q -m "serial and not heavy" --durations=5

# make test beside two CPU-bound processes (a loaded CI machine); they are stopped when it ends,
# however it ends. Prints the exit status and the wall time.
test-loaded: venv sysdeps
	@$(PY) -c 'while True: pass' & a=$$!; $(PY) -c 'while True: pass' & b=$$!; \
	trap 'kill $$a $$b 2>/dev/null' EXIT INT TERM HUP; \
	start=$$(date +%s); $(MAKE) --no-print-directory test; rc=$$?; \
	echo "make test beside 2 CPU-bound processes: exit $$rc in $$(( $$(date +%s) - start )) s (load: $$(cut -d' ' -f1-3 /proc/loadavg))"; \
	exit $$rc

test-heavy: venv sysdeps
	$(PY) -m pytest -q -m heavy

test-fast: venv
	$(PY) -m pytest -q -m "not slow"

demo: venv
	$(PY) examples/demo.py

# The recorded scenario suites, offline: the rules reasoner, then Claude replayed from cassettes.
eval: venv sysdeps
	$(PY) -m perfagent.api.cli eval --llm rules
	$(PY) -m perfagent.api.cli eval --llm replay

bench: venv sysdeps
	@for b in benchmarks/[!_]*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

lint: venv
	$(PY) -m ruff check agent tools api evals tests benchmarks examples

# mypy over [tool.mypy] files in pyproject.toml (tests/test_typecheck.py runs it in make test too)
typecheck: venv
	$(PY) -m mypy

clean:
	rm -rf $(VENV) perf-report .pytest_cache
