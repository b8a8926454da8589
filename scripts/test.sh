#!/usr/bin/env bash
# One command: install what is needed, build, and run every test.
# With MSQ_TEST_POSTGRES_URL set (e.g. postgres://postgres@127.0.0.1:5432/test)
# the storage tests run on PostgreSQL too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
scripts/build.sh
cargo fmt --all -- --check
# Licences, bans and sources of the dependency tree (deny.toml).
scripts/deny.sh
# Host crates (the workspace's default members) and, apart, the browser
# bundle for wasm32: building them together would unify the `ssr` and
# `hydrate` features of `app`.
cargo clippy -q --all-targets -- -D warnings
cargo clippy -q -p frontend --target wasm32-unknown-unknown --profile wasm-release -- -D warnings
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
rm -f target/test-reports/access-table.txt
cargo test --all-targets --no-fail-fast 2>&1 | tee "$log" || status=$?
# One closing line for the whole run (cargo prints one per test binary).
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "all tests: %d passed, %d failed\n", p, f }' "$log"
# How many route × role × country cases the access test ran.
cat target/test-reports/access-table.txt 2>/dev/null || true
# The security review's regression tests (tests/integration/security.rs).
awk '/^test security::/ { n++; if ($NF != "ok") f++ }
     END { printf "security regressions: %d cases, %d failing\n", n, f }' "$log"
exit $status
