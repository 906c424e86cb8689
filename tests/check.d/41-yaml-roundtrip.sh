#!/bin/sh
# JSON -> YAML -> JSON must give back every record byte for byte: the
# corpus (through iachr2json, when built), generated records and the
# golden values of characters beyond U+FFFF.  PyYAML, a YAML 1.1 reader,
# must read json2yaml's output to the same values.
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iachr-yaml-rt.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

roundtrip() {
	name=$1
	in=$2
	n=$(wc -l < "$in")
	if ! "$BIN/json2yaml" "$in" > "$tmp/$name.yaml" ||
	    ! "$BIN/yaml2json" "$tmp/$name.yaml" > "$tmp/$name.back"; then
		echo "$name: conversion failed"
		fail=1
		return
	fi
	if cmp -s "$in" "$tmp/$name.back"; then
		echo "$name: $n records, JSON -> YAML -> JSON byte-identical"
	else
		echo "$name: round trip differs:"
		diff "$in" "$tmp/$name.back" | head -5
		fail=1
	fi
	if [ -n "$pyyaml" ]; then
		if python3 - "$in" "$tmp/$name.yaml" <<'PY'; then
import json, sys, yaml
with open(sys.argv[1], encoding="utf-8") as f:
    want = [json.loads(line) for line in f]
with open(sys.argv[2], encoding="utf-8") as f:
    got = list(yaml.load_all(f, Loader=yaml.SafeLoader))
bad = sum(1 for a, b in zip(got, want) if a != b)
if len(got) != len(want) or bad:
    print("PyYAML reads %d documents, %d differ" % (len(got), bad))
    sys.exit(1)
PY
			echo "$name: PyYAML (YAML 1.1) reads the same values"
		else
			fail=1
		fi
	fi
}

pyyaml=
if python3 -c 'import yaml' 2>/dev/null; then
	pyyaml=1
else
	echo "PyYAML not installed: YAML 1.1 reading not checked"
fi

"$TESTBIN/gen-records" -n 1000 > "$tmp/generated.jsonl" || exit 2
roundtrip generated "$tmp/generated.jsonl"
# Characters beyond U+FFFF, written as UTF-8, not as escapes.
roundtrip astral "$TOP/tests/golden/json2yaml/astral/input"

# -o writes what stdout gets.
if "$BIN/json2yaml" -o "$tmp/o.yaml" "$tmp/generated.jsonl" &&
    "$BIN/yaml2json" -o "$tmp/o.jsonl" "$tmp/o.yaml" &&
    cmp -s "$tmp/o.yaml" "$tmp/generated.yaml" &&
    cmp -s "$tmp/o.jsonl" "$tmp/generated.jsonl"; then
	echo "-o: same bytes as standard output"
else
	echo "-o: output differs from standard output"
	fail=1
fi

if [ ! -d "$SHARED/corpus" ]; then
	echo "corpus: $SHARED/corpus missing, skipped"
elif [ -x "$BIN/iachr2json" ]; then
	# Bad texts are iachr2json's business; round trip what it writes.
	"$BIN/iachr2json" "$SHARED"/corpus/*.txt > "$tmp/corpus.jsonl" \
	    2>/dev/null
	if [ -s "$tmp/corpus.jsonl" ]; then
		roundtrip corpus "$tmp/corpus.jsonl"
	else
		echo "corpus: iachr2json wrote no records"
		fail=1
	fi
else
	echo "corpus: iachr2json not built, skipped"
fi
exit $fail
