#!/bin/sh
# The dataset pipeline: two runs of json2csv --append give one header and
# two rows; a file with another header or a cut-off last line is refused
# and left as it was; -o replaces its file only when the run ends; an
# append cut short by the file size limit leaves the file as it was.
set -u
W=${IACHR_WRAPPER:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
"$TESTBIN/gen-records" -n 2 -s 3 > "$tmp/two.jsonl" || exit 1
head -n 1 "$tmp/two.jsonl" > "$tmp/a.jsonl"
tail -n 1 "$tmp/two.jsonl" > "$tmp/b.jsonl"

check() {
	if eval "$2"; then
		echo "csv-append: $1: ok"
	else
		echo "csv-append: $1: FAILED"
		fail=1
	fi
}

for opts in "" "--bom --crlf -d ;"; do
	rm -f "$tmp/d.csv"
	# shellcheck disable=SC2086
	$W "$BIN/json2csv" $opts --append "$tmp/d.csv" < "$tmp/a.jsonl" 2>/dev/null
	# The second run finds the delimiter and line end in the file.
	$W "$BIN/json2csv" --append "$tmp/d.csv" < "$tmp/b.jsonl" 2>/dev/null
	d=,
	[ -n "$opts" ] && d=";"
	check "append ${opts:-(defaults)}: one header, two records" \
	    '$W "$BIN/csv2json" -d "$d" "$tmp/d.csv" | cmp -s - "$tmp/two.jsonl"'
	check "append ${opts:-(defaults)}: one header line" \
	    '[ "$(grep -c "source_bytes[,;]source_encoding" "$tmp/d.csv")" = 1 ]'
done

printf 'a,b\n1,2\n' > "$tmp/other.csv"
cp "$tmp/other.csv" "$tmp/other.orig"
$W "$BIN/json2csv" --append "$tmp/other.csv" < "$tmp/a.jsonl" 2>/dev/null
check "mismatching header refused" '[ $? -eq 1 ]'
check "refused file unchanged" 'cmp -s "$tmp/other.csv" "$tmp/other.orig"'

$W "$BIN/json2csv" -o "$tmp/o.csv" "$tmp/two.jsonl" 2>/dev/null
check "-o writes the file" \
    '$W "$BIN/csv2json" "$tmp/o.csv" | cmp -s - "$tmp/two.jsonl"'
cp "$tmp/o.csv" "$tmp/o.orig"
$W "$BIN/json2csv" -o "$tmp/o.csv" "$tmp/a.jsonl" /nonexistent 2>/dev/null
check "-o keeps the old file after an I/O error" \
    'cmp -s "$tmp/o.csv" "$tmp/o.orig"'
check "-o leaves no temporary file" \
    '[ "$(ls -A "$tmp" | grep -c "^\.o\.csv")" = 0 ]'
# Past the file size limit (SIGXFSZ ignored, a write fails with EFBIG)
# the rows begun are taken back, so that the file still parses and can
# be appended to again.
"$TESTBIN/gen-records" -n 20 -s 5 > "$tmp/many.jsonl" || exit 1
rm -f "$tmp/f.csv"
$W "$BIN/json2csv" --append "$tmp/f.csv" < "$tmp/a.jsonl" 2>/dev/null
cp "$tmp/f.csv" "$tmp/f.orig"
# ulimit -f counts 512-byte blocks: room for a part of one more row.
blocks=$(( $(wc -c < "$tmp/f.csv") / 512 + 1 ))
(ulimit -f "$blocks" && exec $W "$BIN/json2csv" --append "$tmp/f.csv" \
    "$tmp/many.jsonl") 2> "$tmp/f.err"
check "append past the size limit: status 2" '[ $? -eq 2 ]'
check "append past the size limit: one message" \
    '[ "$(grep -c "^json2csv: .*f\.csv: File too large\$" "$tmp/f.err")" = 1 ]'
check "append past the size limit: file as it was" \
    'cmp -s "$tmp/f.csv" "$tmp/f.orig"'
$W "$BIN/json2csv" --append "$tmp/f.csv" < "$tmp/b.jsonl" 2>/dev/null
check "append after a failed one" \
    '$W "$BIN/csv2json" "$tmp/f.csv" | cmp -s - "$tmp/two.jsonl"'
exit $fail
