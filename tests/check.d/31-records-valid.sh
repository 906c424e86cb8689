#!/bin/sh
# Every record iachr2json emits validates against the bundled schema,
# checked by an independent validator (python3-jsonschema): the sample,
# the golden inputs, the releases of tests/releases and, where present,
# the corpus of ../shared (under the sanitizers, every fourth of these).
set -u
if ! python3 -c 'import jsonschema' 2>/dev/null; then
	echo "records-valid: python3-jsonschema not installed, skipped"
	exit 77
fi
[ -d "$SHARED/corpus" ] ||
    echo "records-valid: $SHARED/corpus missing, its releases skipped"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Under the sanitizers every fourth input: each goes through the same
# code, 30-corpus.sh and 32-releases.sh run all the releases there, and
# the tool is many times slower under them.
nth=1
[ "${SANITIZE:-}" = 1 ] && nth=4
i=0
for f in "$TOP"/samples/*.txt "$TOP"/tests/golden/iachr2json/*/input \
    "$TOP"/tests/golden/iachr2json/*/*.txt "$TOP"/tests/releases/*.txt \
    "$SHARED"/corpus/*.txt; do
	[ -f "$f" ] || continue
	[ $((i % nth)) = 0 ] && "$BIN/iachr2json" "$f" 2>/dev/null
	i=$((i + 1))
done > "$work/records.jsonl"
python3 - "$TOP/schemas/resolution.schema.json" "$work/records.jsonl" <<'PY'
import json
import sys

import jsonschema

with open(sys.argv[1], encoding="utf-8") as fp:
    schema = json.load(fp)
validator = jsonschema.Draft202012Validator(
    schema, format_checker=jsonschema.FormatChecker())
bad = 0
count = 0
with open(sys.argv[2], encoding="utf-8") as fp:
    for number, line in enumerate(fp, 1):
        count += 1
        for error in validator.iter_errors(json.loads(line)):
            bad += 1
            print("records-valid: record %d: %s: %s" % (
                number, "/".join(str(p) for p in error.absolute_path),
                error.message))
print("records-valid: %d records, %d errors" % (count, bad))
sys.exit(1 if bad or count == 0 else 0)
PY
