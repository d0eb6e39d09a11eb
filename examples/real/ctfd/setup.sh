#!/bin/sh
# CTFd (Flask + SQLAlchemy, SQLite) ready for a perfagent engagement, unchanged.
#
#   git clone https://github.com/CTFd/CTFd /work/real/ctfd && git -C /work/real/ctfd checkout 91ced62d
#   examples/real/ctfd/setup.sh /work/real/ctfd [users, default 3000]
#   perfagent run /work/real/ctfd
#
# Makes a virtualenv in the clone (CTFd's pinned requirements and its `dev` dependency group from
# pyproject.toml: pytest and the rest its tests need, for the toml's `[target] test`), seeds a SQLite database outside
# the clone through CTFd's own models (seed.py: thousands of users, tens of thousands of
# submissions; the public pages open without login), and writes perfagent.toml into the clone
# from the template beside this script. No file of CTFd is changed. On MariaDB: setup-mysql.sh.
set -eu
CLONE=$(cd "$1" && pwd)
USERS=${2:-3000}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$CLONE.data"
PYTHON=${PYTHON:-python3.11}

[ -x "$CLONE/.venv/bin/python" ] || "$PYTHON" -m venv "$CLONE/.venv"
"$CLONE/.venv/bin/python" -m pip install -q -r "$CLONE/requirements.txt"
# CTFd keeps its test requirements in pyproject.toml's [dependency-groups] dev (no
# development.txt at this commit); pip reads dependency groups from 25.1 on.
"$CLONE/.venv/bin/python" -m pip install -q 'pip>=25.1'
"$CLONE/.venv/bin/python" -m pip install -q --group "$CLONE/pyproject.toml:dev"

mkdir -p "$DATA"
export DATABASE_URL="sqlite:///$DATA/ctfd.db" SECRET_KEY="perfagent-local-only"
if [ ! -s "$DATA/ctfd.db" ]; then
  cd "$CLONE"
  .venv/bin/python "$HERE/seed.py" "$USERS" 60
fi
sed -e "s#{clone}#$CLONE#g" -e "s#{data}#$DATA#g" "$HERE/perfagent.toml.in" > "$CLONE/perfagent.toml"
echo "CTFd ready: $CLONE (database $DATA/ctfd.db); perfagent.toml written there"
