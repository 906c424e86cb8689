#!/bin/sh
# The beneficiary table of the corpus: json2csv --beneficiaries writes one
# row per beneficiary of each record, in order, and none for a record
# without one; resvalidate knows the table by its header and passes it,
# with any delimiter and line end; csv2json refuses it as a derived view;
# appending a record already in it is refused.  Skips where the corpus
# is absent.
set -u
corpus=$SHARED/corpus
if [ ! -d "$corpus" ]; then
	echo "csv-beneficiaries: $corpus missing, skipped"
	exit 77
fi
W=${IACHR_WRAPPER:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

check() {
	if eval "$2"; then
		echo "csv-beneficiaries: $1: ok"
	else
		echo "csv-beneficiaries: $1: FAILED"
		fail=1
	fi
}

n=0
for txt in "$corpus"/*.txt; do
	$W "$BIN/iachr2json" "$txt" >> "$tmp/records.jsonl" 2>/dev/null
	n=$((n + 1))
done
echo "csv-beneficiaries: $n releases"
$W "$BIN/json2csv" --beneficiaries "$tmp/records.jsonl" > "$tmp/b.csv" \
    2> "$tmp/err"
check "json2csv --beneficiaries exits 0" '[ $? -eq 0 ] && [ ! -s "$tmp/err" ]'
cat "$tmp/err"

$W "$BIN/resvalidate" "$tmp/b.csv" > /dev/null 2> "$tmp/valid"
check "resvalidate passes the table" '[ $? -eq 0 ]'
cat "$tmp/valid"

# One row per beneficiary: resvalidate counts the rows it checked.
rows=$(sed -n 's/^resvalidate: \([0-9]*\) records\{0,1\} checked.*/\1/p' \
    "$tmp/valid")
if command -v python3 >/dev/null 2>&1; then
	python3 - "$tmp/records.jsonl" "$tmp/b.csv" > "$tmp/diff" <<'PY'
import csv, json, sys
want = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        res = r["resolution"] or {"number": None, "year": None}
        for b in r["beneficiaries"]:
            want.append([r["id"], r["language"],
                "" if res["number"] is None else str(res["number"]),
                "" if res["year"] is None else str(res["year"]),
                r["date"] or "", r["state"]["name"] or "",
                r["state"]["code"] or "",
                json.dumps(r["decisions"], separators=(",", ":")),
                b["name"], b["kind"]])
with open(sys.argv[2], encoding="utf-8", newline="") as f:
    got = list(csv.reader(f))[1:]
print("%d rows, %d beneficiaries" % (len(got), len(want)))
for i, (g, w) in enumerate(zip(got, want)):
    if g != w:
        print("row %d: %r, expected %r" % (i + 2, g, w))
        break
sys.exit(0 if got == want else 1)
PY
	check "one row per beneficiary, in order (python3)" '[ $? -eq 0 ]'
	cat "$tmp/diff"
elif command -v jq >/dev/null 2>&1; then
	want=$(jq -s '[.[].beneficiaries | length] | add' "$tmp/records.jsonl")
	check "$rows rows for $want beneficiaries (jq)" '[ "$rows" = "$want" ]'
else
	echo "csv-beneficiaries: neither python3 nor jq installed, rows not counted"
fi
check "the corpus has beneficiaries" '[ "${rows:-0}" -gt 0 ]'

$W "$BIN/json2csv" --beneficiaries -d ';' --bom --crlf --safe-formulas \
    -o "$tmp/excel.csv" "$tmp/records.jsonl" 2>/dev/null
$W "$BIN/resvalidate" "$tmp/excel.csv" > /dev/null 2>&1
check "-d ';' --bom --crlf --safe-formulas validates" '[ $? -eq 0 ]'

$W "$BIN/csv2json" "$tmp/b.csv" > "$tmp/out" 2> "$tmp/err"
check "csv2json refuses the derived view" \
    '[ $? -eq 1 ] && [ ! -s "$tmp/out" ] && grep -q "derived view" "$tmp/err"'

head -n 5 "$tmp/records.jsonl" > "$tmp/five.jsonl"
$W "$BIN/json2csv" --beneficiaries --append "$tmp/a.csv" "$tmp/five.jsonl" \
    2>/dev/null
cp "$tmp/a.csv" "$tmp/before.csv"
$W "$BIN/json2csv" --beneficiaries --append "$tmp/a.csv" "$tmp/five.jsonl" \
    2> "$tmp/err"
status=$?
check "appending the same records again is refused" \
    '[ $status -eq 1 ] && cmp -s "$tmp/a.csv" "$tmp/before.csv"'
$W "$BIN/json2csv" --append "$tmp/a.csv" "$tmp/five.jsonl" 2>/dev/null
check "the record table is not appended to the beneficiary table" \
    '[ $? -eq 1 ] && cmp -s "$tmp/a.csv" "$tmp/before.csv"'
exit $fail
