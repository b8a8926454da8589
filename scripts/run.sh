#!/usr/bin/env bash
# One command: install what is needed, build, and run MSQ on SQLite
# (data in ./var) at http://127.0.0.1:3000 (MSQ_LISTEN to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh --release
exec target/release/msq serve
