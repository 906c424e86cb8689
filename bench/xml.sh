#!/bin/sh
# json2xml and xml2json over a stream of generated records (BENCH_MB of
# JSON Lines, default 100), side by side with the library floor (jansson
# and libxml2 doing the least work: tests/prog/xml-floor.c), Python's
# standard library, xmllint and xmlstarlet.  Prints MB/s of the JSON
# (for json2xml) or of the XML (for xml2json) input by wall-clock time,
# CPU seconds, peak RSS, and the ratio of CPU time to the floor's (CPU
# time, because wall-clock time wanders on a shared machine); then peak
# RSS at 10 MB and at BENCH_MB to show it stays flat.  Measures only;
# never fails.
set -u
MB=${BENCH_MB:-100}
out=$TOP/build/bench
mkdir -p "$out"
gen=$TESTBIN/gen-records
floor=$TESTBIN/xml-floor
for prog in "$gen" "$floor" "$BIN/json2xml" "$BIN/xml2json"; do
	[ -x "$prog" ] || { echo "bench/xml: $prog not built"; exit 0; }
done
[ -x /usr/bin/time ] || { echo "bench/xml: /usr/bin/time not installed"; exit 0; }

# About 2.8 kB per generated record.
records() {	# MB -> file
	f=$out/records-$1.jsonl
	[ -s "$f" ] || "$gen" -n $(($1 * 1048576 / 2800)) -s 1 > "$f"
	echo "$f"
}

# run LABEL INPUT_BYTES CMD...: prints one line, sets secs (CPU).
run() {
	label=$1 bytes=$2
	shift 2
	/usr/bin/time -f '%e %U %S %M' -o "$out/time" sh -c "$*" \
	    > /dev/null 2>&1 || { printf '%-34s failed\n' "$label"; secs=;
	    return; }
	read -r wall user sys kb < "$out/time"
	secs=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
	awk -v l="$label" -v b="$bytes" -v w="$wall" -v c="$secs" \
	    -v k="$kb" -v f="${floor_secs:-}" 'BEGIN {
		mbs = w > 0 ? b / 1048576 / w : 0
		r = (f != "" && f > 0) ? sprintf("%.2fx floor", c / f) : ""
		printf "%-34s %7.1f MB/s %6.2f s CPU %7.1f MB RSS  %s\n", \
		    l, mbs, c, k / 1024, r }'
}

size() { wc -c < "$1" | tr -d ' '; }

json=$(records "$MB")
xml=$out/records-$MB.xml
"$BIN/json2xml" "$json" > "$xml"
jbytes=$(size "$json")
xbytes=$(size "$xml")
echo "bench/xml: $((jbytes / 1048576)) MB of JSON Lines" \
    "($(wc -l < "$json" | tr -d ' ') records), $((xbytes / 1048576)) MB" \
    "of Akoma Ntoso"

echo "-- JSON -> XML (MB/s of JSON read)"
floor_secs=
run "floor (jansson + xmlTextWriter)" "$jbytes" "'$floor' json2xml < '$json'"
floor_secs=$secs
run "json2xml" "$jbytes" "'$BIN/json2xml' '$json'"
run "python3 json + ElementTree" "$jbytes" "python3 -c '
import json, sys, xml.etree.ElementTree as ET
def put(parent, key, v):
    e = ET.SubElement(parent, key)
    if isinstance(v, dict):
        for k, x in v.items(): put(e, k, x)
    elif isinstance(v, list):
        for x in v: put(e, \"item\", x)
    elif v is not None: e.text = str(v)
out = sys.stdout
out.write(\"<records>\")
for line in sys.stdin:
    r = ET.Element(\"records\"); put(r, \"record\", json.loads(line))
    out.write(ET.tostring(r[0], encoding=\"unicode\"))
out.write(\"</records>\")' < '$json'"

echo "-- XML -> JSON (MB/s of XML read)"
floor_secs=
run "floor (xmlTextReader + jansson)" "$xbytes" "'$floor' xml2json < '$xml'"
floor_secs=$secs
run "xml2json" "$xbytes" "'$BIN/xml2json' '$xml'"
if command -v xmllint >/dev/null 2>&1; then
	run "xmllint --stream (parse only)" "$xbytes" \
	    "xmllint --stream --noout '$xml'"
fi
run "python3 ElementTree iterparse" "$xbytes" "python3 -c '
import json, sys, xml.etree.ElementTree as ET
S = \"{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}statement\"
for ev, e in ET.iterparse(sys.stdin.buffer):
    if e.tag == S:
        sys.stdout.write(json.dumps([t for t in e.itertext() if t.strip()]) + \"\\n\"); e.clear()' < '$xml'"
# xmlstarlet builds the whole tree: a 10 MB slice is enough to see it.
if command -v xmlstarlet >/dev/null 2>&1; then
	small=$(records 10)
	"$BIN/json2xml" "$small" > "$out/records-10.xml"
	sbytes=$(size "$out/records-10.xml")
	floor_secs=
	run "xmlstarlet sel (DOM; 10 MB slice)" "$sbytes" \
	    "xmlstarlet sel -N a=http://docs.oasis-open.org/legaldocml/ns/akn/3.0 -t -m //a:statement -v 'count(.//a:p)' -n '$out/records-10.xml'"
fi

echo "-- peak RSS as the input grows"
floor_secs=
for mb in 10 "$MB"; do
	j=$(records "$mb")
	"$BIN/json2xml" "$j" > "$out/grow.xml"
	run "json2xml, $mb MB" "$(size "$j")" "'$BIN/json2xml' '$j'"
	run "xml2json, $mb MB of JSON" "$(size "$out/grow.xml")" \
	    "'$BIN/xml2json' '$out/grow.xml'"
done
rm -f "$out/grow.xml" "$out/time"
exit 0
