#!/usr/bin/env bash
# Regenerate data/member-states.json (the 193 UN Member States) from the
# npm package world-countries@5.1.0 (https://github.com/mledoze/countries).
# Data licence: ODbL 1.0 -- see data/README.md.
#
# Idempotent: installs into a fresh temp dir (removed on exit), rewrites the
# output file atomically, and produces byte-identical output for the same
# pinned package version. Requires npm and python3.
set -euo pipefail

PKG="world-countries@5.1.0"
DATA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$DATA_DIR/member-states.json"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm install --prefix "$tmp" --no-save --no-audit --no-fund --silent "$PKG"

python3 - "$tmp/node_modules/world-countries/countries.json" "$OUT" <<'PY'
import json, os, sys, unicodedata

src, out = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f:
    countries = json.load(f)

# The Holy See (VAT) is a UN observer state but is flagged unMember in the source.
EXCLUDE = {"VAT"}
LANGS = [("ar", "ara"), ("zh", "zho"), ("fr", "fra"), ("ru", "rus"), ("es", "spa")]

def sort_key(name):
    # Accent-insensitive, case-insensitive; raw name as tie-break (deterministic).
    base = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))
    return (base.casefold(), name)

rows = []
for c in countries:
    if c.get("unMember") is not True or c["cca3"] in EXCLUDE:
        continue
    tr = c.get("translations", {})
    names = {k: tr[src_k]["common"] for k, src_k in LANGS
             if src_k in tr and tr[src_k].get("common")}
    ccn3 = c.get("ccn3", "")
    if not (len(ccn3) == 3 and ccn3.isdigit()):
        sys.exit(f"bad ccn3 for {c['cca3']}: {ccn3!r}")
    rows.append({
        "iso3": c["cca3"],
        "m49": ccn3,
        "name": c["name"]["common"],
        "official_name": c["name"]["official"],
        "region": c["region"],
        "subregion": c["subregion"],
        "names": names,
    })

rows.sort(key=lambda r: sort_key(r["name"]))

if len(rows) != 193:
    sys.exit(f"expected 193 UN Member States, got {len(rows)}")
if len({r["iso3"] for r in rows}) != 193 or len({r["m49"] for r in rows}) != 193:
    sys.exit("duplicate iso3 or m49 codes")

# One object per line inside the array, for readable diffs.
body = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
text = "[\n" + body + "\n]\n"
json.loads(text)  # sanity check: still valid JSON

tmp_out = out + ".tmp"
with open(tmp_out, "w", encoding="utf-8", newline="\n") as f:
    f.write(text)
os.replace(tmp_out, out)
print(f"wrote {len(rows)} entries to {out}")
PY
