#!/usr/bin/env bash
# One command: install what is needed, build, and run MSQ on SQLite
# (data in ./var) at http://127.0.0.1:3000 (MSQ_LISTEN to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh --release
# The survey cycle as UN DESA runs it, set once on the first run (the first
# start opens the newest edition, 2026): 2020 closed, so its answers, versions
# and PDFs are there to read. After that, administrators decide
# (/admin/editions, msq edition open|close).
if target/release/msq edition list | grep -q "^2020[[:space:]]draft"; then
  target/release/msq edition close 2020 >/dev/null
fi
exec target/release/msq serve
