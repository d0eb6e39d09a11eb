#!/bin/sh
# healthchecks (Django 6.1 + PostgreSQL) ready for a perfagent engagement, unchanged.
#
#   git clone https://github.com/healthchecks/healthchecks /work/real/healthchecks
#   git -C /work/real/healthchecks checkout 29b5ec251059034b79e0120e2ff0c3e35d7bd9f8
#   examples/real/healthchecks/setup.sh /work/real/healthchecks [other accounts, default 300]
#   . /work/real/healthchecks.data/secrets.env     # HC_PASSWORD, HC_API_KEY (never in the toml)
#   perfagent run /work/real/healthchecks
#
# Makes a virtualenv in the clone (Python 3.12+, as Django 6.1 needs; healthchecks' pinned
# requirements, gunicorn, and the three dev requirements its test suite imports), creates the
# PostgreSQL database hc_perfagent (127.0.0.1:5432, user postgres, trust auth; dropped and made
# again when it exists), runs the app's own `manage.py migrate`, seeds it through the app's own
# models (seed.py: 301 accounts, 3,240 checks, 60,433 pings, 10,967 flips, integrations; one login
# account with three projects and an API key), and writes perfagent.toml into the clone from the
# template beside this script. No file of healthchecks is changed.
set -eu
CLONE=$(cd "$1" && pwd)
OTHERS=${2:-300}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$CLONE.data"
PYTHON=${PYTHON:-python3.12}
PGHOST=${PGHOST:-127.0.0.1}
DBNAME=hc_perfagent

[ -x "$CLONE/.venv/bin/python" ] || "$PYTHON" -m venv "$CLONE/.venv"
"$CLONE/.venv/bin/python" -m pip install -q -r "$CLONE/requirements.txt" gunicorn==23.0.0 \
  time-machine==3.2.0 Markdown==3.10.2 Pygments==2.20.0

mkdir -p "$DATA"
export DB=postgres DB_HOST="$PGHOST" DB_PORT=5432 DB_NAME=$DBNAME DB_USER=postgres
export SECRET_KEY=perfagent-local-only DEBUG=False
export HC_SECRETS="$DATA/secrets.env" HC_IDS="$DATA/ids.env"
# The login account's password: yours (HC_PASSWORD), else a random one; kept in secrets.env.
HC_PASSWORD=${HC_PASSWORD:-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')}
export HC_PASSWORD
psql -h "$PGHOST" -U postgres -q -c "DROP DATABASE IF EXISTS $DBNAME" -c "CREATE DATABASE $DBNAME"
cd "$CLONE"
.venv/bin/python manage.py migrate -v0
.venv/bin/python "$HERE/seed.py" "$OTHERS"
. "$HC_IDS"
sed -e "s#{clone}#$CLONE#g" -e "s#{project}#$project#g" -e "s#{check}#$check#g" \
  -e "s#{pghost}#$PGHOST#g" "$HERE/perfagent.toml.in" > "$CLONE/perfagent.toml"
echo "healthchecks ready: $CLONE (database $DBNAME on $PGHOST); perfagent.toml written there;"
echo "the login's password and the API key: . $HC_SECRETS"
