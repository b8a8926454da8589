#!/usr/bin/env bash
# Regenerate data/member-states.json (the 193 UN Member States, with UN names
# and UN M49 regions) and data/m49-regions.json (the M49 regions/sub-regions
# they use) from three pinned packages:
#
#   PyPI hdx-python-country==4.2.5   OCHA's Countries & Territories Taxonomy
#                                    (UNTERM short/formal names in the six UN
#                                    languages, M49 codes and regions). MIT.
#   npm  world-countries@5.1.0       common names, used ONLY as search aliases
#                                    (also_known_as). ODbL 1.0.
#   npm  cldr-localenames-full@48.2.0  names of the M49 regions in ar, zh, fr,
#                                    ru, es. Unicode License v3.
#
# Licences and details: data/README.md.
#
# Idempotent: downloads into a fresh temp dir (removed on exit), checks every
# download against the pinned digest below, rewrites the output files
# atomically, and produces byte-identical output for the same pinned versions.
# Requires npm, pip (python3 -m pip) and python3; nothing else.
set -euo pipefail

WC_PKG="world-countries@5.1.0"
WC_TGZ="world-countries-5.1.0.tgz"
WC_INTEGRITY="sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="

CLDR_PKG="cldr-localenames-full@48.2.0"
CLDR_TGZ="cldr-localenames-full-48.2.0.tgz"
CLDR_INTEGRITY="sha512-4o0paYDz0UXhfhChAVFkmVl2CP0YTSEqE6WrC0fNafaSC5u5DAXphxH3SZ1Ujczarikr8DToKZfiok6EqWLdNQ=="

HDX_PKG="hdx-python-country==4.2.5"
HDX_WHEEL="hdx_python_country-4.2.5-py3-none-any.whl"
HDX_SHA256="c2adb1aed704bc12ad32cbf47468c2ab8ebec675634b828e26bd7566b93e6680"

DATA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT_STATES="$DATA_DIR/member-states.json"
OUT_REGIONS="$DATA_DIR/m49-regions.json"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# npm tarballs: fetched, not installed (nothing is executed); read by Python below.
mkdir -p "$tmp/npm" "$tmp/pip"
(cd "$tmp/npm" && npm pack --silent "$WC_PKG" "$CLDR_PKG" >/dev/null)

# The wheel only (no dependencies, no sdist); nothing is installed.
python3 -m pip download --quiet --disable-pip-version-check --no-deps \
  --only-binary=:all: -d "$tmp/pip" "$HDX_PKG"

python3 - "$tmp" "$OUT_STATES" "$OUT_REGIONS" \
  "$WC_TGZ" "$WC_INTEGRITY" "$CLDR_TGZ" "$CLDR_INTEGRITY" \
  "$HDX_WHEEL" "$HDX_SHA256" <<'PY'
import base64, csv, hashlib, io, json, os, sys, tarfile, unicodedata, zipfile

(tmp, out_states, out_regions, wc_tgz, wc_integrity, cldr_tgz, cldr_integrity,
 hdx_wheel, hdx_sha256) = sys.argv[1:]

def fail(msg):
    sys.exit(f"error: {msg}")

def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()

# ---- Integrity of the three downloads -------------------------------------
for sub, expected in (("npm", [cldr_tgz, wc_tgz]), ("pip", [hdx_wheel])):
    found = sorted(os.listdir(os.path.join(tmp, sub)))
    if found != sorted(expected):
        fail(f"downloaded {found} into {sub}/, expected {sorted(expected)}")

def check_npm(path, integrity):
    got = "sha512-" + base64.b64encode(hashlib.sha512(read_bytes(path)).digest()).decode()
    if got != integrity:
        fail(f"{os.path.basename(path)}: integrity {got} != pinned {integrity}")

wc_path = os.path.join(tmp, "npm", wc_tgz)
cldr_path = os.path.join(tmp, "npm", cldr_tgz)
hdx_path = os.path.join(tmp, "pip", hdx_wheel)
check_npm(wc_path, wc_integrity)
check_npm(cldr_path, cldr_integrity)
got = hashlib.sha256(read_bytes(hdx_path)).hexdigest()
if got != hdx_sha256:
    fail(f"{hdx_wheel}: sha256 {got} != pinned {hdx_sha256}")

# ---- Load sources ----------------------------------------------------------
def tar_json(path, member):
    with tarfile.open(path, "r:gz") as t:
        return json.load(t.extractfile(member))

countries = tar_json(wc_path, "package/countries.json")

CLDR_LANGS = ["ar", "zh", "fr", "ru", "es"]
cldr = {l: tar_json(cldr_path, f"package/main/{l}/territories.json")
            ["main"][l]["localeDisplayNames"]["territories"] for l in CLDR_LANGS}

TAXONOMY = "hdx/location/Countries & Territories Taxonomy MVP - C&T Taxonomy.csv"
with zipfile.ZipFile(hdx_path) as z:
    text = z.read(TAXONOMY).decode("utf-8-sig")
taxonomy = list(csv.DictReader(io.StringIO(text, newline="")))

COL_ISO3, COL_ISO2, COL_M49 = ("ISO 3166-1 Alpha 3-Codes", "ISO 3166-1 Alpha 2-Codes",
                               "m49 numerical code")
SHORT = {"en": "English Short", "ar": "Arabic Short", "zh": "Chinese Short",
         "fr": "French Short", "ru": "Russian Short", "es": "Spanish Short"}
ALIAS_COLS = ["RW Short Name", "ISO Alt Term", "HPC Tools Alt Term"]
needed = [COL_ISO3, COL_ISO2, COL_M49, *SHORT.values(), "English Formal", *ALIAS_COLS,
          "Region Code", "Region Name", "Sub-region Code", "Sub-region Name",
          "Intermediate Region Code", "Intermediate Region Name",
          "Appears in UNTERM list", "Independent", "Deprecated"]
missing_cols = [c for c in needed if c not in (taxonomy[0] if taxonomy else {})]
if missing_cols:
    fail(f"taxonomy CSV lacks columns {missing_cols}")

def cell(row, col):
    return (row.get(col) or "").strip()

tax_by_iso3 = {}
for row in taxonomy:
    iso3 = cell(row, COL_ISO3)
    if not iso3:
        continue
    if iso3 in tax_by_iso3:
        fail(f"taxonomy CSV has {iso3} twice")
    tax_by_iso3[iso3] = row

def code3(value, what):
    v = value.strip()
    if not (v.isdigit() and 1 <= len(v) <= 3):
        fail(f"bad {what}: {value!r}")
    return v.zfill(3)

# ---- Selection: world-countries unMember, minus the Holy See ---------------
# The Holy See (VAT) is a UN observer state but is flagged unMember in world-countries.
EXCLUDE = {"VAT"}
WC_LANGS = [("ar", "ara"), ("zh", "zho"), ("fr", "fra"), ("ru", "rus"), ("es", "spa")]

def sort_key(name):
    # Accent-insensitive, case-insensitive; raw name as tie-break (deterministic).
    base = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))
    return (base.casefold(), name)

rows, regions, subregions = [], {}, {}
for c in countries:
    if c.get("unMember") is not True or c["cca3"] in EXCLUDE:
        continue
    iso3 = c["cca3"]
    t = tax_by_iso3.get(iso3)
    if t is None:
        fail(f"{iso3} ({c['name']['common']}) is not in the taxonomy CSV")
    # Sanity: the taxonomy must list it as a current, independent UNTERM entry.
    for col, want in (("Appears in UNTERM list", "Y"), ("Independent", "Y"), ("Deprecated", "N")):
        if cell(t, col) != want:
            fail(f"{iso3}: taxonomy {col!r} is {cell(t, col)!r}, expected {want!r}")

    m49 = code3(cell(t, COL_M49), f"m49 for {iso3}")
    iso2 = cell(t, COL_ISO2)
    if not (len(iso2) == 2 and iso2.isalpha() and iso2.isupper()):
        fail(f"bad iso2 for {iso3}: {iso2!r}")
    # The alias join is on iso3; stop if the two sources disagree on the other codes.
    if c.get("ccn3") != m49:
        fail(f"{iso3}: taxonomy m49 {m49} != world-countries ccn3 {c.get('ccn3')!r}")
    if c.get("cca2") != iso2:
        fail(f"{iso3}: taxonomy iso2 {iso2} != world-countries cca2 {c.get('cca2')!r}")

    short = {k: cell(t, col) for k, col in SHORT.items()}
    empty = [col for k, col in SHORT.items() if not short[k]]
    if empty:
        fail(f"{iso3}: empty {empty} in taxonomy CSV")
    formal = cell(t, "English Formal")
    if not formal:
        fail(f"{iso3}: empty 'English Formal' in taxonomy CSV")
    official = formal[4:] if formal.startswith("the ") else formal

    region_code = code3(cell(t, "Region Code"), f"region code for {iso3}")
    region = cell(t, "Region Name")
    if cell(t, "Intermediate Region Code"):
        sub_code = code3(cell(t, "Intermediate Region Code"), f"intermediate region for {iso3}")
        sub = cell(t, "Intermediate Region Name")
    else:
        sub_code = code3(cell(t, "Sub-region Code"), f"sub-region for {iso3}")
        sub = cell(t, "Sub-region Name")
    if not region or not sub:
        fail(f"{iso3}: empty region or sub-region name")
    for table, code, value in ((regions, region_code, (region, None)),
                               (subregions, sub_code, (sub, region_code))):
        if table.setdefault(code, value) != value:
            fail(f"code {code} is used with {table[code]} and {value}")

    names = {k: short[k] for k, _ in WC_LANGS}

    # Common names for search. Case-insensitive de-dup (first spelling met wins),
    # nothing equal (case-insensitively) to the UN names themselves.
    tr = c.get("translations", {})
    candidates = [c["name"]["common"]]
    candidates += [tr[src]["common"] for _, src in WC_LANGS
                   if src in tr and tr[src].get("common")]
    candidates += [a for a in c.get("altSpellings", []) if len(a.strip()) > 3]
    candidates += [cell(t, col) for col in ALIAS_COLS]
    seen = {n.casefold() for n in [short["en"], *names.values()]}
    aka = []
    for a in candidates:
        a = a.strip()
        if a and a.casefold() not in seen:
            seen.add(a.casefold())
            aka.append(a)
    aka.sort(key=sort_key)

    rows.append({
        "iso3": iso3,
        "iso2": iso2,
        "m49": m49,
        "name": short["en"],
        "official_name": official,
        "region": region,
        "region_code": region_code,
        "subregion": sub,
        "subregion_code": sub_code,
        "names": names,
        "also_known_as": aka,
    })

rows.sort(key=lambda r: sort_key(r["name"]))

if len(rows) != 193:
    fail(f"expected 193 UN Member States, got {len(rows)}")
if len({r["iso3"] for r in rows}) != 193 or len({r["m49"] for r in rows}) != 193:
    fail("duplicate iso3 or m49 codes")
if len({r["iso2"] for r in rows}) != 193:
    fail("duplicate iso2 codes")
if set(regions) & set(subregions):
    fail(f"code used both as region and sub-region: {set(regions) & set(subregions)}")

# ---- M49 regions and sub-regions used by the 193 ---------------------------
region_rows = []
for code in sorted(set(regions) | set(subregions)):
    en, parent = regions[code] if code in regions else subregions[code]
    names = {"en": en}
    for l in CLDR_LANGS:
        v = (cldr[l].get(code) or "").strip()
        if not v:
            fail(f"CLDR {l} has no name for M49 code {code} ({en})")
        names[l] = v
    entry = {"code": code, "level": "region" if code in regions else "subregion"}
    if parent is not None:
        entry["parent"] = parent
    entry["names"] = names
    region_rows.append(entry)

# ---- Write (one object per line inside the array, for readable diffs) ------
def write(path, items):
    body = ",\n".join(json.dumps(i, ensure_ascii=False) for i in items)
    text = "[\n" + body + "\n]\n"
    json.loads(text)  # sanity check: still valid JSON
    tmp_out = path + ".tmp"
    with open(tmp_out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp_out, path)
    print(f"wrote {len(items)} entries to {path}")

write(out_states, rows)
write(out_regions, region_rows)
PY
