"""Validates JSON Lines records, one per line, with python-jsonschema.

The same work as resvalidate: each line is parsed and validated against
the schema (draft 2020-12); invalid records are counted and the count
printed.  usage: python3 jsonschema_lines.py SCHEMA FILE
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    records = invalid = 0
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            records += 1
            if not validator.is_valid(json.loads(line)):
                invalid += 1
    print("%d records, %d invalid" % (records, invalid))
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
