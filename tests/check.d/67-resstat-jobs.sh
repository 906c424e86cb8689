#!/bin/sh
# resstat --jobs 2 writes what one job writes, byte for byte, on stdout
# and stderr, with the same exit status: on generated records with a
# broken line and a record failing validation in the second half, the
# same with CRLF line ends, with a broken line just before the place a
# file splits (read again in one piece), on pretty-printed records, and
# on the standard input.
set -u
export LC_ALL=C
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

# same NAME FILE [ARGS...]: compares -j 1 and -j 2 on FILE.
same() {
	name=$1 file=$2
	shift 2
	"$BIN/resstat" -j 1 "$@" "$file" > "$tmp/1.out" 2> "$tmp/1.err"
	echo $? > "$tmp/1.status"
	"$BIN/resstat" -j 2 "$@" "$file" > "$tmp/2.out" 2> "$tmp/2.err"
	echo $? > "$tmp/2.status"
	if cmp -s "$tmp/1.out" "$tmp/2.out" &&
	    cmp -s "$tmp/1.err" "$tmp/2.err" &&
	    cmp -s "$tmp/1.status" "$tmp/2.status"; then
		echo "resstat-jobs: $name $*: ok"
	else
		echo "resstat-jobs: $name $*: FAILED"
		diff "$tmp/1.err" "$tmp/2.err" | head -n 10
		fail=1
	fi
}

# expect NAME PATTERN FILE: the diagnostics of one job hold PATTERN.
expect() {
	if grep -q "$2" "$tmp/1.err"; then
		echo "resstat-jobs: $1: ok"
	else
		echo "resstat-jobs: $1: FAILED"
		cat "$tmp/1.err"
		fail=1
	fi
}

"$TESTBIN/gen-records" -n 400 -s 5 > "$tmp/good.jsonl" || exit 2
# Line 250 cut short, line 300 with a language not in the schema.
awk 'NR == 250 { print substr($0, 1, 40); next }
    NR == 300 { sub(/"language":"[a-z]+"/, "\"language\":\"xx\"") }
    { print }' "$tmp/good.jsonl" > "$tmp/bad.jsonl"
sed 's/$/\r/' "$tmp/bad.jsonl" > "$tmp/crlf.jsonl"
# The line across the middle of the file, where two parts meet, cut
# short by 100 bytes: the first part ends inside a value.  (A second part
# begins at the first line at or after the middle, and with seed 5 the
# middle is not within 100 bytes of the line's ends.)
LC_ALL=C awk -v mid=$(($(wc -c < "$tmp/good.jsonl") / 2)) '
    { n += length($0) + 1 }
    !cut && n > mid { print substr($0, 1, length($0) - 100); cut = 1; next }
    { print }' "$tmp/good.jsonl" > "$tmp/edge.jsonl"
python3 -c 'import json, sys
for line in sys.stdin:
    print(json.dumps(json.loads(line), indent=1))' \
    < "$tmp/good.jsonl" > "$tmp/pretty.json" 2>/dev/null ||
    cp "$tmp/good.jsonl" "$tmp/pretty.json"

for args in --json "" --svg "--by rights" --no-validate; do
	same good "$tmp/good.jsonl" $args
done
same bad "$tmp/bad.jsonl" --json
expect "bad: broken line reported" 'bad.jsonl:250:[0-9]*: '
expect "bad: invalid record reported" 'bad.jsonl:300:[0-9]*: /language'
same bad "$tmp/bad.jsonl" --no-validate
same crlf "$tmp/crlf.jsonl" --json
expect "crlf: invalid record reported" 'crlf.jsonl:300:[0-9]*: /language'
same edge "$tmp/edge.jsonl" --json
same pretty "$tmp/pretty.json" --json
"$BIN/resstat" -j 2 --json < "$tmp/bad.jsonl" > "$tmp/2.out" 2> /dev/null
"$BIN/resstat" --json "$tmp/bad.jsonl" > "$tmp/1.out" 2> /dev/null
if cmp -s "$tmp/1.out" "$tmp/2.out"; then
	echo "resstat-jobs: stdin: ok"
else
	echo "resstat-jobs: stdin: FAILED"
	fail=1
fi
exit $fail
