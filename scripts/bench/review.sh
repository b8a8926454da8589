#!/usr/bin/env bash
# The review workspace with a full cycle's data: 193 complete, submitted
# responses (tests/fixtures/complete-response.json under every Member
# State's code) on SQLite; then the CSV and XLSX exports and the dashboard
# page, each fetched RUNS times by a signed-in reviewer (median and worst
# time, size). Target (DEVELOPERS.md): each export under 2 s.
#
#   scripts/bench/review.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
scripts/setup.sh >/dev/null
scripts/build.sh --release >/dev/null
cargo build -q --release -p tests --example review_seed

work=$(mktemp -d -p "${TMPDIR:-/var/tmp}")
cleanup() { kill "${msq_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
export MSQ_DATA_DIR="$work" MSQ_LISTEN="127.0.0.1:$port" RUST_LOG=warn
seed_start=$SECONDS
cookie=$(target/release/examples/review_seed tests/fixtures/complete-response.json)
seed_secs=$((SECONDS - seed_start))
target/release/msq serve 2>/dev/null & msq_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port"

# "median worst bytes" of RUNS fetches of a path.
measure() {
  local times=() size=0
  for _ in $(seq "$runs"); do
    read -r t s < <(curl -s -o /dev/null -H "Cookie: $cookie" -w '%{time_total} %{size_download}\n' "$base$1")
    times+=("$t"); size=$s
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v size="$size" '{a[NR]=$1} END {printf "%.3f %.3f %d\n", a[int((NR+1)/2)], a[NR], size}'
}
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/review/2020")
[ "$status" = 200 ] || { echo "review.sh: the dashboard answered $status" >&2; exit 1; }

echo "## Review workspace, $(date -u +%Y-%m-%d)"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; SQLite. Command: scripts/bench/review.sh $runs"
echo "193 complete responses imported and submitted in ${seed_secs} s (seeding; not part of the figures below)."
echo
echo "| What (193 submitted responses) | median | worst of $runs | size | target |"
echo "|---|---|---|---|---|"
for row in "CSV export (long form)|/review/2020/export.csv|2 s" \
           "XLSX export (wide form + dictionary)|/review/2020/export.xlsx|2 s" \
           "JSON export|/review/2020/export.json|–" \
           "Dashboard page|/review/2020|–" \
           "Dashboard, filtered (Africa, submitted)|/review/2020?region=Africa\&state=submitted|–"; do
  IFS='|' read -r what path target <<<"$row"
  read -r med worst size < <(measure "${path//\\/}")
  echo "| $what | ${med} s | ${worst} s | $((size / 1024)) KiB | $target |"
done

# The dashboard's worst case: 193 responses still being written, whose
# progress is computed from their answers.
kill "$msq_pid"; wait "$msq_pid" 2>/dev/null || true
work2=$(mktemp -d -p "${TMPDIR:-/var/tmp}")
trap 'kill "${msq_pid:-}" 2>/dev/null || true; rm -rf "$work" "$work2"' EXIT
export MSQ_DATA_DIR="$work2"
cookie=$(target/release/examples/review_seed tests/fixtures/complete-response.json draft)
target/release/msq serve 2>/dev/null & msq_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
read -r med worst size < <(measure /review/2020)
echo "| Dashboard page, 193 drafts in progress | ${med} s | ${worst} s | $((size / 1024)) KiB | – |"
