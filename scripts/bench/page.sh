#!/usr/bin/env bash
# Page weight and rendering speed of a section page with saved answers.
#
#   scripts/bench/page.sh [SECONDS]
#
# 1. Builds the release server and the browser bundle.
# 2. Starts msq on a fresh SQLite file with a fully answered response
#    (tests/fixtures/complete-response.json, Morocco).
# 3. Page weight: the gzip bytes of the first load of a section page
#    (HTML, CSS, JS, wasm), as a browser fetches them.
# 4. Rendering: wrk, 64 connections, against the section page; then nginx
#    serving the same bytes as a static file on the same machine, as the
#    anchor. Prints a Markdown table for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-10}
page=/msq/2020/MAR/institutional-framework

for p in wrk nginx-light; do
  dpkg -s "$p" >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null; }
done
scripts/setup.sh
scripts/build.sh --release >/dev/null

. scripts/bench/fixture_server.sh
nport=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
start_fixture_server page.sh
gz() { curl -s -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' "$1" | wc -c; }
html_raw=$(curl -s -H "Cookie: $cookie" "$base$page" | wc -c)
html_gz=$(curl -s -H "Cookie: $cookie" "$base$page" | gzip -9 -n | wc -c)
html_served=$(gz "$base$page")
css=$(gz "$base/style/msq.css")
# The bundle's folder carries its fingerprint: read it from the page.
pkg=$(curl -s -H "Cookie: $cookie" "$base$page" | grep -o 'import("/pkg/[0-9a-f]*' | head -1 | cut -d'"' -f2 || true)
js=$(gz "$base$pkg/msq.js")
wasm=$(gz "$base$pkg/msq_bg.wasm")

# nginx serving the very same bytes.
mkdir -p "$work/www"
curl -s -H "Cookie: $cookie" "$base$page" > "$work/www/page.html"
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$nport; root $work/www; location / { default_type text/html; } }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' & nginx_pid=$!
sleep 0.5

run_wrk() { wrk -t2 -c64 -d"${secs}s" --latency -H "Cookie: $cookie" "$1" 2>&1; }
rps() { awk '/Requests\/sec/{print $2}'; }
p99() { awk '$1=="99%"{print $2}'; }
msq_out=$(run_wrk "$base$page")
ngx_out=$(run_wrk "http://127.0.0.1:$nport/page.html")

msq_rps=$(rps <<<"$msq_out"); ngx_rps=$(rps <<<"$ngx_out")
cat <<REPORT
## Section page ($page, answers saved), $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(uname -sr). Command: scripts/bench/page.sh $secs

| first load (gzip) | bytes |
|---|---|
| HTML (as served with Accept-Encoding: gzip) | $html_served |
| HTML (uncompressed / gzip -9) | $html_raw / $html_gz |
| CSS | $css |
| JS (loader) | $js |
| wasm | $wasm |
| **without hydration (HTML + CSS)** | **$((html_served + css))** |
| **with hydration (HTML + CSS + JS + wasm)** | **$((html_served + css + js + wasm))** |

| wrk -t2 -c64 -d${secs}s | requests/s | p50 | p99 |
|---|---|---|---|
| msq (section page with saved answers) | $msq_rps | $(awk '$1=="50%"{print $2}' <<<"$msq_out") | $(p99 <<<"$msq_out") |
| nginx (same bytes, static file) | $ngx_rps | $(awk '$1=="50%"{print $2}' <<<"$ngx_out") | $(p99 <<<"$ngx_out") |
| ratio msq / nginx | $(python3 -c "print(f'{$msq_rps/$ngx_rps:.2f}')") | | |
REPORT
