#!/bin/sh
# resstat --svg draws both charts, and real renderers draw them: the SVG
# of generated records (with the States of a real dataset, hostile names
# among them, and sixty years) is well-formed, self-contained SVG 1.1
# holding both charts' titles and axis titles and each State's name as
# given; rsvg-convert and headless chromium render it without error, and
# each chart's plot in each image is drawn, not blank.  One year and one
# State, States in the hundreds, odd unchecked dates and no records at all
# give valid SVG too.
# A missing renderer skips its part; python3 or xmllint missing skips all.
set -u
W=${IACHR_WRAPPER:-}
for p in python3 xmllint; do
	if ! command -v $p > /dev/null 2>&1; then
		echo "resstat-svg: $p missing, skipped"
		exit 77
	fi
done
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
helper="python3 $TOP/tests/check.d/resstat-svg.py"

check() {
	if eval "$2"; then
		echo "resstat-svg: $1: ok"
	else
		echo "resstat-svg: $1: FAILED"
		fail=1
		return 1
	fi
}

"$TESTBIN/gen-records" -n 400 -s 66 > "$tmp/gen.jsonl" || exit 1
$helper records < "$tmp/gen.jsonl" > "$tmp/states.jsonl" || exit 1
head -n 1 "$tmp/states.jsonl" |
    sed 's/"date": *"[0-9]*/"date": "2020/; s/"date": *null/"date": "2020-01-01"/' \
    > "$tmp/one.jsonl"
: > "$tmp/none.jsonl"
# Unchecked records: years the schema refuses, year 0 among them.
printf '%s\n' '{"date":"0000-01-01","decisions":["x"]}' \
    '{"date":"1999-01-01","state":{"name":"A","code":"AA"}}' '{"date":7}' \
    '{"date":"abc"}' > "$tmp/odd.jsonl"

for n in states gen one none odd; do
	$W "$BIN/resstat" --svg --no-validate -o "$tmp/$n.svg" "$tmp/$n.jsonl"
	check "$n: exit 0" '[ $? -eq 0 ]'
	check "$n: well-formed" 'xmllint --noout "$tmp/$n.svg"'
done
check "states: both charts, titles, axes, names as given" \
    '$helper svg "$tmp/states.svg" "Trinidad & Tobago (TT)" \
    "<script>alert(1)</script> (XS)" \
    "\"Quoted\" & '"'"'apostrophes'"'"' <b> (XQ)" \
    "]]> &amp; <!-- x --> (XC)" "Venezuela (Bolivarian Republic of) (VE)"'
check "gen: both charts" '$helper svg "$tmp/gen.svg"'
check "one: both charts, the year labelled" '$helper svg "$tmp/one.svg" 2020'
check "odd: each year, and a decision outside the schema, by name" \
    '$helper svg "$tmp/odd.svg" 0000 1999 abc "no date" x'
check "none: says there are no records" \
    'grep -q "No records" "$tmp/none.svg"'
# A State's name is cut to 200 bytes in its tables, at a character's
# start: 100 three-byte characters keep 66.
python3 -c 'print("{\"state\":{\"name\":\"%s\",\"code\":\"ZZ\"}}" % ("\u4e2d" * 100))' \
    > "$tmp/long.jsonl"
$W "$BIN/resstat" --no-validate --by state "$tmp/long.jsonl" > "$tmp/long.txt"
check "a long name in a 3-byte script: cut at a character" \
    '[ $? -eq 0 ] && python3 -c "import sys; t = open(sys.argv[1], encoding=\"utf-8\").read(); sys.exit(\"\u4e2d\" * 66 + \" (ZZ)\" not in t or \"\u4e2d\" * 67 in t)" "$tmp/long.txt"'
check "--svg with --json: usage error" \
    '$W "$BIN/resstat" --svg --json < /dev/null > /dev/null 2>&1; [ $? -eq 2 ]'

ran=0
if command -v rsvg-convert > /dev/null 2>&1; then
	for n in states one; do
		rsvg-convert -z 0.5 -o "$tmp/$n-rsvg.png" "$tmp/$n.svg" \
		    2> "$tmp/rsvg.err"
		check "rsvg-convert $n: no error" \
		    '[ $? -eq 0 ] && [ ! -s "$tmp/rsvg.err" ]'
		check "rsvg-convert $n: both charts drawn" \
		    '$helper png "$tmp/$n-rsvg.png" "$tmp/$n.svg"'
	done
	ran=1
else
	echo "resstat-svg: rsvg-convert (librsvg2-bin) missing, skipped"
fi
chromium=$(command -v chromium || command -v chromium-browser)
if [ -n "$chromium" ]; then
	size=$(sed -n 's/.*<svg [^>]* width="\([0-9]*\)" height="\([0-9]*\)".*/\1,\2/p' \
	    "$tmp/states.svg")
	# Root has no sandbox of its own; the profile is thrown away.  Both
	# renderers draw at half size, which halves the time the image takes
	# to check.
	"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
	    --force-device-scale-factor=0.5 --user-data-dir="$tmp/profile" \
	    --window-size="$size" --screenshot="$tmp/states-chromium.png" \
	    "file://$tmp/states.svg" < /dev/null > "$tmp/chromium.log" 2>&1
	check "chromium: no error" \
	    '[ $? -eq 0 ] && [ -s "$tmp/states-chromium.png" ]' ||
	    tail -n 5 "$tmp/chromium.log"
	check "chromium: both charts drawn" \
	    '$helper png "$tmp/states-chromium.png" "$tmp/states.svg"'
	ran=1
else
	echo "resstat-svg: chromium missing, skipped"
fi
[ $ran -eq 0 ] && [ $fail -eq 0 ] && exit 77
exit $fail
