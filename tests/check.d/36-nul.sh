#!/bin/sh
# A NUL character in a record's string is bad data whatever the format:
# the same record, its state's name "Pe\0ru", as JSON, as YAML and as
# CSV (a raw NUL in a cell, or "\u0000" in an array cell) gets the same
# verdict and the same message from resvalidate and the converters, and
# never jansson's wording; XML cannot hold one at all.
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iachr-nul.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
msg='NUL character (U+0000) in a string'

seed=$TOP/samples/seed.json
sed 's/"name":"Peru"/"name":"Pe\\u0000ru"/' "$seed" > "$tmp/rec.json"
"$BIN/json2yaml" "$seed" | sed 's/^  name: Peru$/  name: "Pe\\0ru"/' \
    > "$tmp/rec.yaml"
"$BIN/json2csv" "$seed" > "$tmp/seed.csv"
sed 's/,Peru,/,Pe\x01ru,/' "$tmp/seed.csv" | tr '\001' '\000' \
    > "$tmp/rec.csv"
sed 's/"\[""grant""\]"/"[""gr\\u0000ant""]"/' "$tmp/seed.csv" \
    > "$tmp/array.csv"
if cmp -s "$seed" "$tmp/rec.json" || ! grep -q 'Pe\\0ru' "$tmp/rec.yaml" ||
    cmp -s "$tmp/seed.csv" "$tmp/rec.csv" ||
    cmp -s "$tmp/seed.csv" "$tmp/array.csv"; then
	echo "could not make the records with a NUL"
	exit 2
fi

# expect NAME WHERE COMMAND...: status 1, no record written (json2csv
# writes its header, $header lines), the message at WHERE
# (file:line[:column]).
header=0
expect() {
	name=$1
	where=$2
	shift 2
	"$@" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	if [ "$rc" = 1 ] && [ "$(wc -l < "$tmp/out")" -le "$header" ] &&
	    grep -q "^[a-z0-9]*: $where: .*$msg" "$tmp/err" &&
	    ! grep -q JSON_ALLOW_NUL "$tmp/err"; then
		echo "$name: refused at $where"
	else
		echo "$name: status $rc (want 1), $(wc -l < "$tmp/out")" \
		    "lines written, said:"
		cat "$tmp/err"
		fail=1
	fi
}

cd "$tmp" || exit 2
expect "resvalidate JSON" rec.json:1:226 "$BIN/resvalidate" rec.json
expect "resvalidate YAML" rec.yaml:14:9 "$BIN/resvalidate" rec.yaml
expect "resvalidate CSV" rec.csv:2 "$BIN/resvalidate" rec.csv
expect "resvalidate CSV array cell" array.csv:2 "$BIN/resvalidate" \
    array.csv
expect "yaml2json" rec.yaml:14:9 "$BIN/yaml2json" rec.yaml
expect "yaml2json --no-validate" rec.yaml:14:9 "$BIN/yaml2json" \
    --no-validate rec.yaml
expect "json2yaml" rec.json:1:226 "$BIN/json2yaml" rec.json
expect "json2xml" rec.json:1:226 "$BIN/json2xml" rec.json
header=1
expect "json2csv" rec.json:1:226 "$BIN/json2csv" rec.json
header=0
expect "csv2json" rec.csv:2 "$BIN/csv2json" rec.csv
exit "$fail"
