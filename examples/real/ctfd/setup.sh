#!/bin/sh
# CTFd (Flask + SQLAlchemy, SQLite) ready for a perfagent engagement, unchanged.
#
#   git clone https://github.com/CTFd/CTFd /work/real/ctfd && git -C /work/real/ctfd checkout 91ced62d
#   examples/real/ctfd/setup.sh /work/real/ctfd [users]
#   perfagent run /work/real/ctfd
#
# Makes a virtualenv in the clone (CTFd's pinned requirements + Faker for its populate.py),
# seeds a SQLite database outside the clone with CTFd's own populate.py (users mode, a few
# thousand users, tens of thousands of solves/submissions), opens the public pages (scoreboard,
# users, challenges visible without login), and writes perfagent.toml into the clone from the
# template beside this script. No file of CTFd is changed.
set -eu
CLONE=$(cd "$1" && pwd)
USERS=${2:-3000}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$CLONE.data"
PYTHON=${PYTHON:-python3.11}

[ -x "$CLONE/.venv/bin/python" ] || "$PYTHON" -m venv "$CLONE/.venv"
"$CLONE/.venv/bin/python" -m pip install -q -r "$CLONE/requirements.txt" "faker>=20"

mkdir -p "$DATA"
export DATABASE_URL="sqlite:///$DATA/ctfd.db" SECRET_KEY="perfagent-local-only"
if [ ! -s "$DATA/ctfd.db" ]; then
  cd "$CLONE"
  .venv/bin/python populate.py --mode users --users "$USERS" --challenges 60 --awards 3 --brackets 2
  .venv/bin/python "$HERE/open_pages.py"
fi
sed -e "s#{clone}#$CLONE#g" -e "s#{data}#$DATA#g" "$HERE/perfagent.toml.in" > "$CLONE/perfagent.toml"
echo "CTFd ready: $CLONE (database $DATA/ctfd.db); perfagent.toml written there"
