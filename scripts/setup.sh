#!/usr/bin/env bash
# Installs what building, running and testing MSQ needs on a fresh Debian
# machine of this project's kind. Idempotent: every step checks first and
# does nothing when its tool is already there.
#   scripts/setup.sh          what running the app needs
#   scripts/setup.sh --test   plus what the tests need (Chromium, chromedriver,
#                             PDF verifiers: poppler, qpdf, NSS tools, pyHanko;
#                             aiosmtpd as the test SMTP server)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

if [ -t 1 ]; then
  say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
else
  say() { printf 'setup: %s\n' "$*"; }
fi

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $apt_updated = 0 ]; then
    say "apt-get update"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt_updated=1
  fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Rust toolchain: the machine's rustup; the browser bundle needs wasm32.
command -v cargo >/dev/null || { echo "setup: cargo (rustup) is required" >&2; exit 1; }
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen CLI: must equal the wasm-bindgen version in Cargo.lock.
wb_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version (takes a few minutes, once per machine)"
  # Without --locked: its lock file pins a crate version the registry lacks.
  cargo install -q wasm-bindgen-cli --version "$wb_version"
fi

# The bundle's size tools (scripts/build.sh), pinned, from npm: binaryen's
# wasm-opt (Debian's binaryen 108 breaks hydration: toolchain facts) and
# terser for the JS glue.
tools=target/tools/npm
if [ "$(node -p "require('./$tools/node_modules/binaryen/package.json').version + ' ' + require('./$tools/node_modules/terser/package.json').version" 2>/dev/null)" != "132.0.0 5.51.4" ]; then
  command -v npm >/dev/null || apt_install npm
  say "installing wasm-opt (binaryen 132) and terser 5.51.4 into $tools"
  mkdir -p "$tools"
  npm install --silent --no-save --no-audit --no-fund --prefix "$tools" binaryen@132.0.0 terser@5.51.4 >/dev/null
fi

# zopfli writes the bundle's pre-compressed copies: valid gzip, some 5 %
# smaller than gzip -9 (scripts/build.sh).
apt_install zopfli

# Fonts the signed PDF embeds (Latin, Cyrillic, Greek, Arabic, CJK); the
# server loads them once at start-up (server/src/pdf/fonts.rs).
apt_install fonts-noto-core fonts-noto-cjk fonts-dejavu-core

if [ $want_test = 1 ]; then
  apt_install chromium chromium-driver
  # Independent PDF verifiers: pdfsig/pdftotext/pdftoppm (poppler), qpdf,
  # certutil (an NSS trust store for pdfsig), openssl (the test TSA).
  apt_install poppler-utils qpdf libnss3-tools openssl
  # pyHanko validates signatures; it lives in its own virtualenv.
  venv=target/tools/venv
  if ! "$venv/bin/pyhanko" --version >/dev/null 2>&1; then
    say "installing pyHanko into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "pyhanko==0.38.*" "pyhanko-cli==0.6.*"
  fi
  # A real SMTP server for the e-mail tests.
  if ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
    say "installing aiosmtpd into $venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "aiosmtpd==1.4.6"
  fi
  # openpyxl reads the XLSX exports back (an independent reader).
  if ! "$venv/bin/python" -c 'import openpyxl' 2>/dev/null; then
    say "installing openpyxl into $venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "openpyxl==3.1.*"
  fi
  # schemathesis checks the API against its OpenAPI document.
  if ! "$venv/bin/st" --version 2>/dev/null | grep -q " 4\."; then
    say "installing schemathesis into $venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==4.*"
  fi
  # axe-core checks the pages against WCAG 2.1 A/AA in the browser tests.
  axe_version=4.14.1
  if [ "$(node -p "require('./tests/node_modules/axe-core/package.json').version" 2>/dev/null)" != "$axe_version" ]; then
    command -v npm >/dev/null || apt_install npm
    say "installing axe-core $axe_version"
    npm install --silent --no-save --no-audit --no-fund --prefix tests "axe-core@$axe_version" >/dev/null
  fi
fi
say "ready"
