#!/bin/sh
# What a writer writes, its reader reads: json2xml refuses a record whose
# statement would pass IACHR_XML_MAX_RECORD (64 MiB), or with a string
# over libxml2's 10 MB bound on a text node, and xml2json and resvalidate
# read what it writes; json2csv refuses a row that quote doubling makes longer
# than IACHR_CSV_MAX_ROW (64 MiB), and csv2json reads one just under.
set -u
W=${IACHR_WRAPPER:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

check() {
	if eval "$2"; then
		echo "size-limits: $1: ok"
	else
		echo "size-limits: $1: FAILED"
		fail=1
	fi
}

command -v python3 > /dev/null 2>&1 ||
    { echo "size-limits: python3 not installed, skipped"; exit 77; }
# Records of 10 to 70 MB take minutes each under ASan or valgrind; the
# limits are the same code in every build, checked in the plain one.
if [ "${SANITIZE:-}" = 1 ] || [ -n "$W" ]; then
	echo "size-limits: records of 10-70 MB under the sanitizers or" \
	    "valgrind take minutes each, skipped (checked without them)"
	exit 77
fi
"$TESTBIN/gen-records" -n 1 -s 3 > "$tmp/one.jsonl" || exit 1
# with_text TEXT COUNT: the record, its text one paragraph of COUNT TEXTs.
with_text() {
	python3 -c 'import json, sys
r = json.loads(open(sys.argv[1]).readline())
r["text"] = [sys.argv[2] * int(sys.argv[3])]
r["text"] *= int(sys.argv[4]) if len(sys.argv) > 4 else 1
print(json.dumps(r, ensure_ascii=False))' "$tmp/one.jsonl" "$@"
}

# A paragraph of 10,000,000 bytes, libxml2's bound, and one more.
with_text x 10000000 > "$tmp/big.jsonl"
$W "$BIN/json2xml" "$tmp/big.jsonl" > "$tmp/big.xml"
check "json2xml: a paragraph at the bound written" '[ $? -eq 0 ]'
$W "$BIN/xml2json" "$tmp/big.xml" > "$tmp/big.back" 2> "$tmp/err"
check "xml2json: a paragraph at the bound read" '[ $? -eq 0 ]'
"$BIN/json2yaml" "$tmp/big.jsonl" > "$tmp/big.yaml"
check "xml2json: the record read back" \
    '$W "$BIN/json2yaml" "$tmp/big.back" | cmp -s - "$tmp/big.yaml"'
$W "$BIN/resvalidate" --format xml "$tmp/big.xml" > /dev/null 2>&1
check "resvalidate: a paragraph at the bound read" '[ $? -eq 0 ]'
with_text x 10000001 > "$tmp/over.jsonl"
$W "$BIN/json2xml" "$tmp/over.jsonl" > "$tmp/over.xml" 2> "$tmp/err"
check "json2xml: a paragraph over the bound refused" '[ $? -eq 1 ]'
check "json2xml: its record and field named" \
    'grep -q "^json2xml: $tmp/over.jsonl:1:[0-9]*: /text/0: record .*10000000" \
    "$tmp/err"'

# Two paragraphs of 9 MB that escaping makes 72 MB.
with_text '<' 9000000 2 > "$tmp/lt.jsonl"
$W "$BIN/json2xml" "$tmp/lt.jsonl" > "$tmp/lt.xml" 2> "$tmp/err"
check "json2xml: a statement over the limit refused" '[ $? -eq 1 ]'
check "json2xml: the record and its field named" \
    'grep -q "^json2xml: $tmp/lt.jsonl:1:[0-9]*: /text/[01]: record .*67108864" \
    "$tmp/err"'
check "json2xml: nothing written of it" '[ ! -s "$tmp/lt.xml" ]'

# Quotes: 20 M take 40 MB in JSON and 60 MB in CSV, 23 M take 69 MB.
with_text '\"' 20000000 | sed 's/\\"\\"/&/' > /dev/null
for n in 20000000 23000000; do
	with_text '"' "$n" > "$tmp/q$n.jsonl"
	$W "$BIN/json2csv" "$tmp/q$n.jsonl" > "$tmp/q.csv" 2> "$tmp/err"
	echo $? > "$tmp/rc"
	if [ "$n" = 20000000 ]; then
		check "json2csv: a 60 MB row written" '[ "$(cat "$tmp/rc")" = 0 ]'
		check "csv2json: a 60 MB row read" \
		    '$W "$BIN/csv2json" "$tmp/q.csv" > /dev/null'
	else
		check "json2csv: a row over the limit refused" \
		    '[ "$(cat "$tmp/rc")" = 1 ]'
		check "json2csv: the record and its field named" \
		    'grep -q "^json2csv: $tmp/q$n.jsonl:1:[0-9]*: /text: .*67108864" \
		    "$tmp/err"'
	fi
done
exit $fail
