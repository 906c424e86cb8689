#!/bin/sh
# Rules every tool keeps: -o FILE is replaced only by a run that exits 0;
# a broken line of JSON Lines is one error at the place it breaks and the
# records after it are still read; file names in diagnostics are whole;
# each diagnostic is one line, each write error is said once; the status
# is 2 if any I/O error occurred, else 1 if any data was bad; a bad value
# is reported at its own line and column.
set -u
W=${IACHR_WRAPPER:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

check() {
	if eval "$2"; then
		echo "tool-rules: $1: ok"
	else
		echo "tool-rules: $1: FAILED"
		fail=1
	fi
}

"$TESTBIN/gen-records" -n 3 -s 7 > "$tmp/three.jsonl" || exit 1
sed -n 1p "$tmp/three.jsonl" > "$tmp/good.jsonl"
# A record whose /date is wrong, its value at column 2 of line 2.
sed -n 1p "$tmp/three.jsonl" |
    sed 's/"date":"[^"]*"/"date":"2021-13-45"/' |
    sed 's/^{/{\n/' > "$tmp/baddate.json"
"$BIN/json2xml" "$tmp/good.jsonl" > "$tmp/good.xml" || exit 1
"$BIN/json2csv" "$tmp/good.jsonl" > "$tmp/good.csv" || exit 1
"$BIN/json2yaml" "$tmp/good.jsonl" > "$tmp/good.yaml" || exit 1
echo "not a press release" > "$tmp/bad.txt"
echo '<x/>' > "$tmp/bad.xml"
printf 'a,b\n1,2\n' > "$tmp/bad.csv"
printf 'a: [\n' > "$tmp/bad.yaml"
echo '{"schema": 1]' > "$tmp/bad.jsonl"

# input TOOL KIND: the good or bad input of TOOL.
input() {
	case $1 in
	iachr2json) [ "$2" = good ] && echo "$TOP/samples/seed.txt" ||
	    echo "$tmp/bad.txt" ;;
	json2*|resvalidate) echo "$tmp/$2.jsonl" ;;
	xml2json) echo "$tmp/$2.xml" ;;
	csv2json) echo "$tmp/$2.csv" ;;
	yaml2json) echo "$tmp/$2.yaml" ;;
	esac
}

TOOLS="iachr2json json2xml xml2json json2csv csv2json json2yaml yaml2json"
for t in $TOOLS; do
	echo previous > "$tmp/target"
	$W "$BIN/$t" -o "$tmp/target" "$(input "$t" good)" \
	    "$(input "$t" bad)" 2> /dev/null
	check "$t -o with bad data: status 1" '[ $? -eq 1 ]'
	check "$t -o with bad data: target as it was" \
	    '[ "$(cat "$tmp/target")" = previous ]'
	check "$t -o with bad data: no temporary file" \
	    '[ -z "$(find "$tmp" -name ".target.*")" ]'
	$W "$BIN/$t" "$(input "$t" bad)" "$tmp/missing" > /dev/null 2>&1
	check "$t: a missing file next to bad data: status 2" '[ $? -eq 2 ]'
	$W "$BIN/$t" "$tmp/missing" "$(input "$t" bad)" > /dev/null 2>&1
	check "$t: bad data after a missing file: status 2" '[ $? -eq 2 ]'
done

# A long path: the diagnostics name it whole.
long=$tmp/a-directory-with-a-rather-long-name-to-make-the-path-long
long=$long/and-a-second-one-longer-still-so-that-it-passes-eighty-bytes
mkdir -p "$long"
for t in $TOOLS resvalidate; do
	cp "$(input "$t" bad)" "$long/bad-input"
	$W "$BIN/$t" "$long/bad-input" > /dev/null 2> "$tmp/err"
	check "$t: whole file name in diagnostics" \
	    'grep -q "^$t: $long/bad-input:" "$tmp/err"'
done

# A broken line of JSON Lines: an unclosed bracket, an unclosed string.
{
	sed -n 1p "$tmp/three.jsonl"
	echo '{"id": "x", "a": [1, 2}'
	sed -n 2p "$tmp/three.jsonl"
	echo '{"b": "never closed}'
	echo
	sed -n 3p "$tmp/three.jsonl"
} > "$tmp/broken.jsonl"
for t in json2csv json2yaml json2xml resvalidate; do
	$W "$BIN/$t" "$tmp/broken.jsonl" > "$tmp/out" 2> "$tmp/err"
	check "$t: broken lines: status 1" '[ $? -eq 1 ]'
	{
		echo "$t: $tmp/broken.jsonl:2:23: ']' expected near '}'"
		echo "$t: $tmp/broken.jsonl:4:20: premature end of input" \
		    "near '\"never closed}'"
	} > "$tmp/broken.err"
	check "$t: broken lines: one error at each" \
	    'grep "^$t: $tmp/broken.jsonl:" "$tmp/err" |
	    cmp -s - "$tmp/broken.err"'
	case $t in
	json2csv) got='$W "$BIN/csv2json" "$tmp/out"' ;;
	json2yaml) got='$W "$BIN/yaml2json" "$tmp/out"' ;;
	json2xml) got='$W "$BIN/xml2json" "$tmp/out"' ;;
	resvalidate) continue ;;
	esac
	check "$t: broken lines: the other records written" \
	    "$got | cmp -s - \"\$tmp/three.jsonl\""
done
check "resvalidate: broken lines: every record checked" \
    '$W "$BIN/resvalidate" "$tmp/broken.jsonl" 2>&1 >/dev/null |
    grep -q "5 records checked, 2 invalid"'

# A bad value is reported where it is, by every tool that reads JSON.
for t in json2xml json2csv json2yaml resvalidate; do
	$W "$BIN/$t" "$tmp/baddate.json" > /dev/null 2> "$tmp/err"
	check "$t: a bad /date at its line and column" \
	    'grep -q "^$t: $tmp/baddate.json:2:[0-9]*: .*/date" "$tmp/err" &&
	    ! grep -q ":1:1: .*/date" "$tmp/err"'
done

# libxml2 messages of two lines become one.
printf '<a>caf\351 x</a>\n' > "$tmp/latin1.xml"
$W "$BIN/resvalidate" --format xml "$tmp/latin1.xml" > /dev/null 2> "$tmp/err"
check "resvalidate --format xml: one line per diagnostic" \
    '! grep -v "^resvalidate: " "$tmp/err" &&
    grep -q "UTF-8.*Bytes: 0xE9" "$tmp/err"'

# A write error is said once.
for t in $TOOLS; do
	$W "$BIN/$t" "$(input "$t" good)" > /dev/full 2> "$tmp/err"
	check "$t > /dev/full: status 2" '[ $? -eq 2 ]'
	check "$t > /dev/full: one message" \
	    '[ "$(wc -l < "$tmp/err")" = 1 ]'
done
exit $fail
