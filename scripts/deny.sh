#!/usr/bin/env bash
# Licences, bans and sources of the dependency tree (deny.toml), checked by
# cargo-deny. Installs the pinned cargo-deny first when `cargo deny
# --version` does not already match (once per machine: a few minutes).
#   scripts/deny.sh
# No network to the RustSec advisory database is needed: these three checks
# do not use it, and --offline keeps cargo-deny from fetching anything. The
# crates themselves come from cargo's own cache (`cargo fetch` fills it
# from crates.io when a crate is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

version=0.20.2
if [ "$(cargo deny --version 2>/dev/null)" != "cargo-deny $version" ]; then
  echo "deny: installing cargo-deny $version (takes a few minutes, once per machine)"
  cargo install -q --locked cargo-deny --version "$version"
fi
# cargo metadata --offline needs every crate of the lock file on disk,
# including those of other platforms.
cargo fetch -q --locked
cargo deny --log-level error --offline --locked check --hide-inclusion-graph licenses bans sources
