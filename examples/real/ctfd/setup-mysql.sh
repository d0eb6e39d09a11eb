#!/bin/sh
# CTFd (Flask + SQLAlchemy) on MariaDB ready for a perfagent engagement, unchanged: the shape of
# CTFd's own docker-compose (MariaDB 10.11, utf8mb4, the app connecting as its own user).
#
#   git clone https://github.com/CTFd/CTFd /work/real/ctfd-mysql && git -C /work/real/ctfd-mysql checkout 91ced62d
#   examples/real/ctfd/setup-mysql.sh /work/real/ctfd-mysql [users, default 3000]
#   . /work/real/ctfd-mysql.data/secrets.env      # CTFD_DB_PW (never in the toml)
#   perfagent run /work/real/ctfd-mysql
#
# The virtualenv is made as setup.sh makes it (or reused: VENV=/work/real/ctfd/.venv links an
# existing one into the clone). Creates the database ctfd_perfagent on MariaDB (MYSQL, default
# `mysql -h127.0.0.1 -uroot`; dropped and made again when it exists) and the user ctfd@localhost
# and ctfd@127.0.0.1 with ALL on it and a random password (CTFD_DB_PW, yours if set, kept in
# secrets.env), seeds it through CTFd's own models with seed.py (CTFd's create_app runs its Alembic
# migrations on a server database; the same rows as the SQLite setup: 3,000 users, 60 challenges,
# 202,894 submissions), and writes perfagent.toml into the clone from perfagent-mysql.toml.in.
# `[database] url` is the root user without password (perfagent makes its trial copies with it:
# the app's user may not CREATE DATABASE; `[database] url` takes no ${VAR}); the service connects
# as ctfd with ${CTFD_DB_PW} from the environment. No file of CTFd is changed.
set -eu
CLONE=$(cd "$1" && pwd)
USERS=${2:-3000}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${DATA:-"$CLONE.data"}
PYTHON=${PYTHON:-python3.11}
MYSQL=${MYSQL:-mysql -h127.0.0.1 -uroot}
DBNAME=ctfd_perfagent

if [ -n "${VENV:-}" ] && [ ! -e "$CLONE/.venv" ]; then
  ln -s "$VENV" "$CLONE/.venv"
fi
if [ ! -x "$CLONE/.venv/bin/python" ]; then
  "$PYTHON" -m venv "$CLONE/.venv"
  "$CLONE/.venv/bin/python" -m pip install -q -r "$CLONE/requirements.txt"
  "$CLONE/.venv/bin/python" -m pip install -q 'pip>=25.1'
  "$CLONE/.venv/bin/python" -m pip install -q --group "$CLONE/pyproject.toml:dev"
fi
VENV=$(cd "$CLONE/.venv" && pwd -P)

mkdir -p "$DATA"
chmod 700 "$DATA"
CTFD_DB_PW=${CTFD_DB_PW:-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}
(umask 077 && printf 'export CTFD_DB_PW=%s\n' "$CTFD_DB_PW" > "$DATA/secrets.env")
$MYSQL <<SQL
DROP DATABASE IF EXISTS $DBNAME;
CREATE DATABASE $DBNAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ctfd'@'localhost' IDENTIFIED BY '$CTFD_DB_PW';
CREATE USER IF NOT EXISTS 'ctfd'@'127.0.0.1' IDENTIFIED BY '$CTFD_DB_PW';
ALTER USER 'ctfd'@'localhost' IDENTIFIED BY '$CTFD_DB_PW';
ALTER USER 'ctfd'@'127.0.0.1' IDENTIFIED BY '$CTFD_DB_PW';
GRANT ALL ON $DBNAME.* TO 'ctfd'@'localhost';
GRANT ALL ON $DBNAME.* TO 'ctfd'@'127.0.0.1';
SQL
export DATABASE_URL="mysql+pymysql://ctfd:$CTFD_DB_PW@127.0.0.1:3306/$DBNAME" SECRET_KEY="perfagent-local-only"
cd "$CLONE"
.venv/bin/python "$HERE/seed.py" "$USERS" 60
sed -e "s#{clone}#$CLONE#g" -e "s#{venv}#$VENV#g" -e "s#{db}#$DBNAME#g" \
  "$HERE/perfagent-mysql.toml.in" > "$CLONE/perfagent.toml"
echo "CTFd on MariaDB ready: $CLONE (database $DBNAME); perfagent.toml written there;"
echo "the app's database password: . $DATA/secrets.env"
