#!/usr/bin/env bash
# Builds the site (style sheet + browser bundle) into target/site and the
# msq binary.  scripts/build.sh [--release]
set -euo pipefail
cd "$(dirname "$0")/.."

profile=dev
[ "${1:-}" = "--release" ] && profile=release
site=target/site

# The browser bundle: the frontend crate for wasm32 in its own profile.
cargo build -q -p frontend --lib --target wasm32-unknown-unknown --profile wasm-release
rm -rf "$site/pkg.new"
wasm-bindgen --target web --no-typescript --out-name msq --out-dir "$site/pkg.new" \
  --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/wasm-release/frontend.wasm
# Smaller: wasm-opt on the module (size first), terser on the JS glue.
tools=target/tools/npm/node_modules/.bin
"$tools/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  -o "$site/pkg.new/msq_bg.wasm" "$site/pkg.new/msq_bg.wasm"
"$tools/terser" "$site/pkg.new/msq.js" --module --compress --mangle -o "$site/pkg.new/msq.min.js"
mv "$site/pkg.new/msq.min.js" "$site/pkg.new/msq.js"
rm -rf "$site/pkg" && mv "$site/pkg.new" "$site/pkg"

mkdir -p "$site/style"
cp style/*.css "$site/style/"

# Pre-compressed copies, served when the browser accepts gzip: zopfli
# writes ordinary gzip, smaller than gzip -9.
find "$site" -type f \( -name '*.css' -o -name '*.js' -o -name '*.wasm' \) -print0 |
  while IFS= read -r -d '' f; do zopfli --i15 -c "$f" > "$f.gz"; done

cargo build -q -p server --profile "$profile"
