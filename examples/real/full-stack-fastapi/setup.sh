#!/bin/sh
# full-stack-fastapi-template's backend (FastAPI + SQLModel + PostgreSQL + Alembic, JWT login)
# ready for a perfagent engagement, unchanged.
#
#   git clone https://github.com/fastapi/full-stack-fastapi-template /work/real/fsft
#   git -C /work/real/fsft checkout 68adb40d37425f6f8668ec7e5a054500d045e43e
#   examples/real/full-stack-fastapi/python314.sh /work/real/py314   # if there is no python3.14
#   PYTHON=/work/real/py314/root/usr/bin/python3.14 \
#     examples/real/full-stack-fastapi/setup.sh /work/real/fsft [other users, default 20000]
#   . /work/real/fsft.data/secrets.env   # FSFT_PASSWORD, FSFT_ADMIN_TOKEN, ... (never in the toml)
#   perfagent run /work/real/fsft
#
# Makes a virtualenv in the clone with a Python 3.14 (the backend's requires-python is >=3.14:
# its models use PEP 649's deferred annotations, `items: list[Item]` before Item exists) and
# installs the backend's dependencies from backend/pyproject.toml (not the backend itself: the
# service and the tests import `app` from backend/, so perfagent's edits to its copy are the code
# that runs), plus pytest for the app's own suite. Creates the PostgreSQL databases fsft_perfagent
# and fsft_perfagent_test (127.0.0.1:5432, user postgres, trust auth; dropped and made again),
# runs the app's own `alembic upgrade head` and `app/initial_data.py` (the first superuser), and
# seeds it through the app's own models (seed.py: 20,002 users with the superuser, 113,374
# items; one login user with 3,000 items). Writes perfagent.toml into the clone from the
# template beside this script.
#
# The app reads its settings from the environment before the tracked .env at the clone's root
# (pydantic-settings), so this script changes no file of the template: the database URL and the
# superuser go in the environment here and in the toml's [service] env, and the secrets (the
# JWT signing key, the passwords, a superuser token) in <clone>.data/secrets.env, mode 600.
set -eu
CLONE=$(cd "$1" && pwd)
OTHERS=${2:-20000}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$CLONE.data"
PYTHON=${PYTHON:-python3.14}
PGHOST=${PGHOST:-127.0.0.1}
DBNAME=fsft_perfagent
SECRETS="$DATA/secrets.env"

if [ ! -x "$CLONE/.venv/bin/python" ]; then
  if "$PYTHON" -m venv "$CLONE/.venv" 2>/dev/null; then :; else
    # A Python without ensurepip (Debian's, without python3.14-venv): pip from any other pip.
    "$PYTHON" -m venv --without-pip "$CLONE/.venv"
    python3 -m pip --python "$CLONE/.venv/bin/python" install -q pip
  fi
fi
"$CLONE/.venv/bin/python" -c 'import tomllib, sys
deps = tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]
print("\n".join(deps))' "$CLONE/backend/pyproject.toml" > "$CLONE/.venv/backend-requirements.txt"
"$CLONE/.venv/bin/python" -m pip install -q -r "$CLONE/.venv/backend-requirements.txt" \
  "pytest>=7.4.3,<10"

mkdir -p "$DATA"
# The secrets: yours if set, else random ones; kept in secrets.env (mode 600), never printed.
rand() { od -An -N${1:-12} -tx1 /dev/urandom | tr -d ' \n'; }
FSFT_SECRET_KEY=${FSFT_SECRET_KEY:-$(rand 32)}
FSFT_SUPERUSER_PASSWORD=${FSFT_SUPERUSER_PASSWORD:-$(rand)}
FSFT_PASSWORD=${FSFT_PASSWORD:-$(rand)}
umask 077
cat > "$SECRETS" <<SECRETS
export FSFT_SECRET_KEY='$FSFT_SECRET_KEY'
export FSFT_SUPERUSER_PASSWORD='$FSFT_SUPERUSER_PASSWORD'
export FSFT_PASSWORD='$FSFT_PASSWORD'
SECRETS
umask 022
export FSFT_PASSWORD FSFT_SECRETS="$SECRETS" FSFT_IDS="$DATA/ids.env"
export DATABASE_URL="postgresql://postgres@$PGHOST:5432/$DBNAME" SECRET_KEY="$FSFT_SECRET_KEY"
export FIRST_SUPERUSER=admin@example.com FIRST_SUPERUSER_PASSWORD="$FSFT_SUPERUSER_PASSWORD"
export PROJECT_NAME="Full Stack FastAPI Project"
for db in $DBNAME ${DBNAME}_test; do
  psql -h "$PGHOST" -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done
cd "$CLONE/backend"
"$CLONE/.venv/bin/python" -m alembic upgrade head
# As backend/scripts/prestart.sh (where uv has installed `app`; here it is imported from backend/).
PYTHONPATH=. "$CLONE/.venv/bin/python" app/initial_data.py
"$CLONE/.venv/bin/python" "$HERE/seed.py" "$OTHERS"
. "$FSFT_IDS"
sed -e "s#{clone}#$CLONE#g" -e "s#{item}#$item#g" -e "s#{pghost}#$PGHOST#g" \
  "$HERE/perfagent.toml.in" > "$CLONE/perfagent.toml"
echo "full-stack-fastapi-template ready: $CLONE (database $DBNAME on $PGHOST);"
echo "perfagent.toml written there; the secrets: . $SECRETS"
