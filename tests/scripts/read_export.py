"""Reads an export back with independent readers, for the tests.

    read_export.py csv FILE   -> JSON list of rows (dicts), via the csv module
    read_export.py xlsx FILE  -> JSON {sheet name: [[cell, ...], ...]}, via openpyxl
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
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    out = {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in book.worksheets
    }
    print(json.dumps(out, ensure_ascii=False, default=str))
else:
    sys.exit(f"unknown kind {kind}")
