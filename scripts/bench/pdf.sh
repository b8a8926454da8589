#!/usr/bin/env bash
# Signed PDF: render + sign the fully answered response (answers in all six
# UN languages, tests/fixtures/complete-response.json), against the anchor:
# the same submission as HTML (the version page this server renders, with
# its style sheet) turned into a PDF by WeasyPrint and signed by pyHanko in
# one Python process.
#   - cold: one whole process per document (msq pdf vs python), median wall
#     time and peak memory (max RSS) over RUNS runs;
#   - warm: in one process with fonts and key loaded once (the server's
#     path), median of RUNS documents.
#
#   scripts/bench/pdf.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
scripts/setup.sh --test >/dev/null
# WeasyPrint needs Pango; both only for this benchmark.
if ! dpkg -s libpango-1.0-0 libpangoft2-1.0-0 >/dev/null 2>&1; then
  apt-get install -y -qq --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 >/dev/null
fi
venv=target/tools/venv
"$venv/bin/python" -c 'import weasyprint' 2>/dev/null ||
  "$venv/bin/pip" install -q --disable-pip-version-check "weasyprint==66.*"
scripts/build.sh --release >/dev/null
cargo build -q --release -p tests --example pdf_warm

work=$(mktemp -d -p "${TMPDIR:-/var/tmp}")
cleanup() { kill "${msq_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fixture=tests/fixtures/complete-response.json
export MSQ_DATA_DIR="$work" RUST_LOG=warn

# The same submission as HTML: import, submit, fetch the version page.
target/release/msq import-response "$fixture" >/dev/null
# The benchmark answers the 2020 edition: open it (the first start opens the newest).
target/release/msq edition open 2020 >/dev/null
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
export MSQ_LISTEN="127.0.0.1:$port"
target/release/msq serve & msq_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
# A respondent of Morocco signs in through their one-time link.
link=$(target/release/msq user create --email bench@example.org --role respondent --country MAR | tail -1)
cookie=$(curl -s -D - -o /dev/null -H "Origin: http://127.0.0.1:$port" \
  --data "password=bench+password+1&confirm=bench+password+1" "$link" |
  awk -F'[ ;]' 'tolower($1)=="set-cookie:" && $2 ~ /^msq_session=/{print $2}')
[ -n "$cookie" ] || { echo "pdf.sh: could not sign in" >&2; exit 1; }
curl -sf -o /dev/null -X POST -H "Cookie: $cookie" -H "Origin: http://127.0.0.1:$port" "http://127.0.0.1:$port/msq/2020/MAR/submit"
curl -sf -H "Cookie: $cookie" "http://127.0.0.1:$port/msq/2020/MAR/versions/1" |
  sed -E 's#href="/style/msq.css[^"]*"#href="msq.css"#' > "$work/version.html"
cp style/msq.css "$work/msq.css"
kill "$msq_pid"; wait "$msq_pid" 2>/dev/null || true; msq_pid=

signing="$work/signing"
# Median wall time (s) and the largest max RSS (MiB) of RUNS runs of a command.
measure() {
  local times=() rss=0 line
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f '%e %M' "$@" >/dev/null 2>&1
    line=$(tail -1 "$work/time.txt")
    times+=("${line% *}")
    [ "${line#* }" -gt "$rss" ] && rss=${line#* }
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v rss="$rss" '{a[NR]=$1} END {printf "%.3f %.1f\n", a[int((NR+1)/2)], rss/1024}'
}
read -r ours_s ours_mib < <(measure target/release/msq pdf --response "$fixture" --out "$work/msq.pdf")
read -r theirs_s theirs_mib < <(measure "$venv/bin/python" scripts/bench/pdf_anchor.py \
  "$work/version.html" "$signing/signing.key.pem" "$signing/signing.pem" "$signing/dev-ca.pem" "$work/anchor.pdf" 0)
warm_ours=$(target/release/examples/pdf_warm "$fixture" "$work" 50)
warm_theirs=$("$venv/bin/python" scripts/bench/pdf_anchor.py \
  "$work/version.html" "$signing/signing.key.pem" "$signing/signing.pem" "$signing/dev-ca.pem" "$work/anchor.pdf" "$runs")
pages_ours=$(pdfinfo "$work/msq.pdf" | awk '/^Pages:/{print $2}')
pages_theirs=$(pdfinfo "$work/anchor.pdf" | awk '/^Pages:/{print $2}')
sig_ours=$(pdfsig "$work/msq.pdf" | grep -c 'Signature is Valid.' || true)
sig_theirs=$(pdfsig "$work/anchor.pdf" | grep -c 'Signature is Valid.' || true)

ours_warm_ms=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<<"$warm_ours")
theirs_warm_ms=$(sed -E 's/.*warm_median_ms=([0-9.]+).*/\1/' <<<"$warm_theirs")
echo "## Signed PDF, $(date -u +%Y-%m-%d)"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -sr). Command: scripts/bench/pdf.sh $runs"
echo
echo "| | msq | WeasyPrint + pyHanko | ratio |"
echo "|---|---|---|---|"
awk -v a="$ours_s" -v b="$theirs_s" 'BEGIN{printf "| cold, one process per PDF: median time | %.0f ms | %.0f ms | 1/%.0f |\n", a*1000, b*1000, b/a}'
awk -v a="$ours_mib" -v b="$theirs_mib" 'BEGIN{printf "| cold: peak memory (max RSS) | %.1f MiB | %.1f MiB | 1/%.1f |\n", a, b, b/a}'
awk -v a="$ours_warm_ms" -v b="$theirs_warm_ms" 'BEGIN{printf "| warm, fonts and key loaded once: median | %.1f ms | %.0f ms | 1/%.0f |\n", a, b, b/a}'
echo "| pages / signature valid (pdfsig) | $pages_ours / $sig_ours | $pages_theirs / $sig_theirs | |"
echo
echo "- msq warm: $warm_ours"
echo "- anchor: $warm_theirs"
