"""Reads an export back with independent readers, for the tests.

    read_export.py csv FILE   -> JSON list of rows (dicts), via the csv module
    read_export.py xlsx FILE  -> JSON {sheet name: [[cell, ...], ...]}, via openpyxl
    read_export.py layout FILE -> JSON {sheet name: {freeze, filter, widths, date_cells}}
"""
import csv
import json
import sys

kind, path = sys.argv[1], sys.argv[2]
if kind == "csv":
    # utf-8-sig: the byte-order mark is expected and removed.
    with open(path, newline="", encoding="utf-8-sig") as f:
        print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))
elif kind == "xlsx":
    import re
    import openpyxl

    # openpyxl leaves OOXML's _xHHHH_ escapes (ECMA-376 ST_Xstring) as
    # written; Excel decodes them: so do we, as Excel does.
    escape = re.compile("_x([0-9A-Fa-f]{4})_")

    def value(v):
        return escape.sub(lambda m: chr(int(m.group(1), 16)), v) if isinstance(v, str) else v

    book = openpyxl.load_workbook(path, read_only=True)
    out = {
        sheet.title: [[value(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        for sheet in book.worksheets
    }
    print(json.dumps(out, ensure_ascii=False, default=str))
elif kind == "layout":
    import datetime
    import openpyxl

    book = openpyxl.load_workbook(path)
    out = {}
    for sheet in book.worksheets:
        dates = [
            c.coordinate
            for row in sheet.iter_rows()
            for c in row
            if isinstance(c.value, (datetime.date, datetime.datetime))
        ]
        out[sheet.title] = {
            "freeze": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "widths": {k: v.width for k, v in sheet.column_dimensions.items() if v.width},
            "date_cells": dates,
        }
    print(json.dumps(out))
else:
    sys.exit(f"unknown kind {kind}")
