#!/usr/bin/env bash
# A section page on a 2G link (800 ms latency, 50 kbit/s: Chromium's
# DevTools network emulation), cold and then as the next page.
#
#   scripts/bench/slow_link.sh
#
# Budgets (issue 15, docs/performance.md): usable within 3 s with at most
# 15 KB transferred before; the bundle (JS + wasm) at most 60 KB gzip; a
# page transition at most 2 KB beyond the page itself. Prints a Markdown
# table; exits non-zero when a budget is missed.
set -euo pipefail
cd "$(dirname "$0")/../.."
page=/msq/2020/MAR/institutional-framework
next=/msq/2020/MAR/strategy-and-implementation
scripts/setup.sh --test >/dev/null
scripts/build.sh --release >/dev/null
. scripts/bench/fixture_server.sh
start_fixture_server slow_link.sh

out=$(python3 scripts/bench/slow_link.py "$base" "$cookie" "$page" "$next")
python3 - "$out" <<'PY'
import json, subprocess, sys
r = json.loads(sys.argv[1])
budgets = [
    ("cold page usable (load event)", f"{r['usable_ms']/1000:.2f} s", "≤ 3 s", r["usable_ms"] <= 3000),
    ("bytes before usable (HTML + CSS)", f"{r['bytes_before_usable']:,}", "≤ 15,360", r["bytes_before_usable"] <= 15360),
    ("bundle (JS + wasm, gzip)", f"{r['bundle_bytes']:,}", "≤ 61,440", 0 < r["bundle_bytes"] <= 61440),
    ("islands alive (bundle loaded)", f"{(r['bundle_loaded_ms'] or 0)/1000:.2f} s", "after usable", bool(r["enhanced"])),
    ("page transition: bytes beyond the HTML", f"{r['transition_overhead_bytes']:,}", "≤ 2,048", r["transition_overhead_bytes"] <= 2048),
    ("page transition: HTML / usable", f"{r['transition_html_bytes']:,} B / {r['transition_usable_ms']/1000:.2f} s", "", True),
]
cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
print(f"## 2G link (800 ms, 50 kbit/s), section page with saved answers\n")
print(f"Machine: {cpu} cores. Command: scripts/bench/slow_link.sh\n")
print("| measure | value | budget | met |\n|---|---|---|---|")
for name, value, budget, ok in budgets:
    print(f"| {name} | {value} | {budget} | {'yes' if ok else '**no**'} |")
sys.exit(0 if all(ok for *_, ok in budgets) else 1)
PY
