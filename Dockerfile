# perfagent in a container.
#   docker build -t perfagent .
#   docker run --rm --cap-add SYS_PTRACE -v "$PWD:/work" perfagent profile -- python /work/app.py
# py-spy reads other processes' memory: it needs CAP_SYS_PTRACE (--cap-add SYS_PTRACE)
# when it attaches to a PID; recording a command it starts itself works without it
# on most kernels, but not under every seccomp profile.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

# git for worktrees; valgrind for instruction-count comparisons.
RUN apt-get update \
 && apt-get install -y --no-install-recommends git valgrind \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 perfagent
WORKDIR /opt/perfagent
COPY pyproject.toml README.md ./
COPY agent ./agent
COPY tools ./tools
COPY prompts ./prompts
COPY api ./api
COPY evals ./evals
RUN pip install . py-spy

USER perfagent
WORKDIR /home/perfagent
ENTRYPOINT ["perfagent"]
CMD ["--help"]
