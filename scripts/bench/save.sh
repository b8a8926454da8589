#!/usr/bin/env bash
# Saving throughput: 64 concurrent writers (each a Member State) autosave
# through HTTP against the release server on SQLite (WAL, synchronous=FULL:
# every acknowledged save is on disk), for SECONDS. Each save builds on the
# marker the previous one returned, as the browser does; a refused or failed
# save counts as an error. Also measures one fsync on the same disk (the
# anchor: without group commit every save would cost at least that).
#
#   scripts/bench/save.sh [SECONDS] [WRITERS]
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-10}
writers=${2:-64}
scripts/setup.sh >/dev/null
scripts/build.sh --release >/dev/null
cargo build -q --release -p tests --example save_load

work=$(mktemp -d -p "${TMPDIR:-/var/tmp}")
cleanup() { kill "${msq_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
# The writers answer the 2020 edition: open it (the first start opens the newest).
MSQ_DATA_DIR="$work" RUST_LOG=warn target/release/msq edition open 2020 >/dev/null
MSQ_DATA_DIR="$work" MSQ_LISTEN="127.0.0.1:$port" RUST_LOG=warn target/release/msq serve & msq_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

fsync_ms=$(python3 - "$work" <<'PY'
import os, sys, time
p = os.path.join(sys.argv[1], "fsync-probe")
fd = os.open(p, os.O_WRONLY | os.O_CREAT)
ts = []
for i in range(200):
    os.write(fd, b"x" * 4096)
    t = time.perf_counter(); os.fsync(fd); ts.append(time.perf_counter() - t)
ts.sort()
print(f"{ts[len(ts)//2]*1000:.2f}")
PY
)
result=$(MSQ_DATA_DIR="$work" target/release/examples/save_load "http://127.0.0.1:$port" "$writers" "$secs")
echo "## Saving, $(date -u +%Y-%m-%d)"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; data in $(df -h "$work" | awk 'NR==2{print $1}'). Command: scripts/bench/save.sh $secs $writers"
echo
echo "- one fsync on this disk (median of 200): $fsync_ms ms"
echo "- $result"
