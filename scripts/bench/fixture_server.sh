# Sourced by the benchmarks: starts the release msq on a fresh SQLite file
# holding one fully answered response (tests/fixtures/complete-response.json,
# Morocco) and signs a respondent of Morocco in through their one-time link.
# Sets: work (a temporary folder, removed on exit), port, base, cookie
# ("msq_session=…"), msq_pid. Needs scripts/build.sh --release first.
start_fixture_server() {
  local who=$1
  work=$(mktemp -d -p "${TMPDIR:-/var/tmp}")
  trap 'kill "${msq_pid:-}" "${nginx_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  export MSQ_DATA_DIR="$work" MSQ_LISTEN="127.0.0.1:$port" RUST_LOG=warn
  target/release/msq import-response tests/fixtures/complete-response.json >/dev/null 2>&1
  # The benchmark answers the 2020 edition: open it (the first start opens the newest).
  target/release/msq edition open 2020 >/dev/null 2>&1
  target/release/msq serve >/dev/null 2>&1 & msq_pid=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
  base="http://127.0.0.1:$port"
  local link
  link=$(target/release/msq user create --email bench@example.org --role respondent --country MAR 2>/dev/null | tail -1)
  cookie=$(curl -s -D - -o /dev/null -H "Origin: $base" --data "password=bench+password+1&confirm=bench+password+1" "$link" |
    awk -F'[ ;]' 'tolower($1)=="set-cookie:" && $2 ~ /^msq_session=/{print $2}')
  [ -n "$cookie" ] || { echo "$who: could not sign in" >&2; exit 1; }
}
