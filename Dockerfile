# perfagent in a container: every instrument an engagement uses, run as a non-root user.
#
#   docker build -t perfagent .                    # full image (default): all eight deliverables
#   docker build -t perfagent:cli --target cli .   # smaller: bench, profile, review, sql, load
#
#   docker run --rm --cap-add SYS_PTRACE -v "$PWD/shop:/target" -v "$PWD/out:/work" perfagent run /target
#       -> /work/perf-report/<run-id>/ with the eight deliverables and the index page
#   docker run --rm -p 8700:8700 -e PERFAGENT_SERVER_WEBHOOK_SECRET=... perfagent serve --host 0.0.0.0
#
# py-spy reads other processes' memory: it needs CAP_SYS_PTRACE (--cap-add SYS_PTRACE)
# to attach to a PID (profiling a server under load); recording a command it starts
# itself works without it on most kernels, but not under every seccomp profile.
#
# The stages: `build` installs perfagent into /opt/venv; `cli` adds the instruments the
# command-line and review paths need (git, valgrind, GNU time); the last stage (the
# default) adds the system Chromium that Playwright drives (never a downloaded browser),
# promtool (Debian's prometheus package), HAProxy and nginx (disposability: a balancer in
# front of replicas) and wrk.

ARG PYTHON=3.11

FROM python:${PYTHON}-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/venv
COPY pyproject.toml README.md ./
COPY agent ./agent
COPY tools ./tools
COPY prompts ./prompts
COPY api ./api
COPY evals ./evals
# the installed package: links to the five folders above (one name in site-packages, perfagent)
COPY perfagent ./perfagent
# py-spy is a dependency (a wheel with its binary); Playwright is installed without browsers.
RUN /opt/venv/bin/pip install --no-compile . \
 && /opt/venv/bin/perfagent --help > /dev/null


FROM python:${PYTHON}-slim-bookworm AS cli
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
# git: worktrees and PR clones; valgrind: instruction counts; time: GNU time (peak RSS);
# procps: ps/kill for the sandbox; ca-certificates: cloning over https.
# Versions float with Debian stable's security updates on purpose.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends git valgrind time procps ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# Targets are mounted from the host with another owner: let git work in them anyway.
RUN git config --system --add safe.directory '*' \
 && groupadd --gid 10001 perfagent \
 && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin perfagent \
 && mkdir -p /work /home/perfagent/server \
 && chown 10001:10001 /work /home/perfagent/server
COPY --from=build /opt/venv /opt/venv
# The example targets, for a first run: docker run --rm perfagent run /opt/perfagent/examples/shop
COPY --chown=10001:10001 examples /opt/perfagent/examples
# Numeric, so Kubernetes' runAsNonRoot can verify it.
USER 10001:10001
# A git repository, as every target is: each candidate edit gets its own worktree and branch.
RUN git -C /opt/perfagent/examples/shop init -q \
 && git -C /opt/perfagent/examples/shop add -A \
 && git -C /opt/perfagent/examples/shop -c user.name=perfagent -c user.email=perfagent@localhost \
      commit -qm "examples/shop, as bundled"
WORKDIR /work
ENTRYPOINT ["perfagent"]
CMD ["--help"]


FROM cli AS full
USER 0
# chromium (+ fonts so pages render their text) for Web Vitals; prometheus for promtool;
# haproxy and nginx for the disposability tests; wrk for quick HTTP load.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation prometheus haproxy nginx wrk \
 && rm -rf /var/lib/apt/lists/*
ENV PERFAGENT_CHROMIUM=/usr/bin/chromium PATH=/opt/venv/bin:$PATH:/usr/sbin
USER 10001:10001
WORKDIR /work
ENTRYPOINT ["perfagent"]
CMD ["--help"]
