#!/usr/bin/env python3
"""Reads a json2csv output with Python's csv module and checks that every
cell is what schemas/resolution.csv.json says it must be for the records
the output came from: an independent reader and encoder.

usage: csv-cells.py TABLE_SCHEMA RECORDS.jsonl OUTPUT.csv DELIM SAFE(0|1)
"""
import csv
import json
import sys

FORMULA = "=+-@\t\r"


def escaped(value, safe):
    if value == "":
        return "'"
    if value[0] == "'" and (len(value) == 1 or value[1] in FORMULA + "'"):
        return "'" + value
    if safe and value[0] in FORMULA:
        return "'" + value
    return value


def cell(field, rec, nullable, safe):
    parts = field["jsonPointer"].split("/")[1:]
    value = rec[parts[0]]
    if len(parts) == 2:
        if value is None and "/" + parts[0] in nullable:
            return ""
        value = value[parts[1]]
    if value is None:
        return ""
    if field["type"] == "array":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if field["type"] == "boolean":
        return "true" if value else "false"
    return escaped(str(value), safe)


def main():
    table = json.load(open(sys.argv[1], encoding="utf-8"))
    delim = "\t" if sys.argv[4] == "tab" else sys.argv[4]
    safe = sys.argv[5] == "1"
    nullable = set(table.get("nullableObjects", []))
    fields = table["fields"]
    records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
    with open(sys.argv[3], newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=delim, strict=True))
    header = [f["name"] for f in fields]
    if rows[0] != header:
        print("header differs:", rows[0])
        return 1
    if len(rows) - 1 != len(records):
        print("%d rows for %d records" % (len(rows) - 1, len(records)))
        return 1
    bad = 0
    for n, (row, rec) in enumerate(zip(rows[1:], records), 2):
        want = [cell(f, rec, nullable, safe) for f in fields]
        if row != want:
            for name, got, exp in zip(header, row, want):
                if got != exp and bad < 5:
                    print("row %d column %s: %r, want %r" % (n, name, got, exp))
            bad += 1
    print("python csv: %d rows, %d differ" % (len(records), bad))
    return 1 if bad else 0


sys.exit(main())
