#!/bin/sh
# resvalidate against python-jsonschema, check-jsonschema and ajv-cli on
# the same 20,000 generated records (about 100 MB): MB/s, peak RSS and
# ratios; then resvalidate's peak RSS from 10 MB to 1 GB, which should
# stay flat.  Measures only: never fails the build.
# Environment (set by make bench): TOP, BIN, TESTBIN.
set -u
cd "$TOP" || exit 0
out=build/bench
mkdir -p "$out"
schema=schemas/resolution.schema.json
data=$out/records-20k.jsonl
if [ ! -s "$data" ]; then
	"$TESTBIN/gen-records" -n 20000 -l 1300 > "$data" || exit 0
fi
bytes=$(wc -c < "$data")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "resvalidate bench: 20000 records, $mb MB ($data)"

# ajv-cli validates one JSON document per file (one process per record
# would measure node's start-up 20,000 times): the fair equivalent of a
# JSON Lines dataset is one array of the records, under a schema whose
# items are the record schema.  resvalidate reads records one at a time
# and bounds one value at 64 MB, so it is measured on the JSON Lines.
array=$out/records-20k.array.json
wrapper=$out/records-array.schema.json
if [ ! -s "$array" ]; then
	{ printf '['; sed '1!s/^/,/' "$data"; printf ']\n'; } > "$array"
fi
cat > "$wrapper" <<'EOS'
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://iachr-tools.org/schemas/resolution-array",
  "type": "array",
  "items": {"$ref": "https://iachr-tools.org/schemas/resolution/1"}
}
EOS

# run NAME COMMAND...: prints elapsed seconds, MB/s, CPU seconds (user
# and system, all threads: on a shared machine the fairer comparison)
# and peak RSS; the ratio is CPU time against resvalidate's.
base_s=
run() {
	name=$1
	shift
	log=$out/bench-$$.time
	# Every input is valid: any other status is a failure to report.
	if ! /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" >/dev/null \
	    2>"$out/bench-$$.err"; then
		printf '%-34s failed: %s\n' "$name" \
		    "$(tail -c 300 "$out/bench-$$.err" | tr '\n' ' ')"
		rm -f "$log" "$out/bench-$$.err"
		return
	fi
	set -- $(tail -1 "$log")
	s=$1
	cpu=$(awk -v u="$2" -v k="$3" 'BEGIN { printf "%.2f", u + k }')
	rss=$4
	[ -z "$base_s" ] && base_s=$cpu
	awk -v n="$name" -v s="$s" -v c="$cpu" -v r="$rss" -v b="$bytes" \
	    -v base="$base_s" 'BEGIN { if (s <= 0) s = 0.01;
	    if (base <= 0) base = 0.01;
	    printf "%-34s %7.2f s %7.1f MB/s %7.2f s CPU %8.1f MB  x%.1f\n",
	    n, s, b / 1048576 / s, c, r / 1024, c / base }'
	rm -f "$log" "$out/bench-$$.err"
}

echo "tool                               elapsed    speed       CPU      peak RSS  CPU ratio"
run "resvalidate (JSON Lines)" "$BIN/resvalidate" "$data"
if /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
	run "python-jsonschema (line by line)" /usr/bin/python3 \
	    bench/jsonschema_lines.py "$schema" "$data"
elif python3 -c 'import jsonschema' 2>/dev/null; then
	run "python-jsonschema (line by line)" python3 \
	    bench/jsonschema_lines.py "$schema" "$data"
else
	echo "python-jsonschema: not installed"
fi
if command -v check-jsonschema >/dev/null 2>&1; then
	run "check-jsonschema (array)" check-jsonschema \
	    --schemafile "$wrapper" "$array"
else
	echo "check-jsonschema: not installed (not packaged in Debian)"
fi
if command -v ajv >/dev/null 2>&1; then
	run "ajv-cli (array)" ajv validate --spec=draft2020 -c ajv-formats \
	    -s "$wrapper" -r "$schema" -d "$array"
else
	echo "ajv-cli: not installed (npm i -g ajv-cli ajv-formats)"
fi

# The same records in the other formats resvalidate reads, each id made
# unique (the generator repeats some), as the CSV table's primary key
# requires.
echo "resvalidate on the same records in other formats:"
unique=$out/records-20k.unique.jsonl
[ -s "$unique" ] || awk '{ sub(/"id":"[^"]*"/,
    sprintf("\"id\":\"iachr-sha-%012x\"", NR)); print }' "$data" > "$unique"
for fmt in yaml csv xml; do
	f=$out/records-20k.$fmt
	if [ ! -s "$f" ]; then
		case $fmt in
		yaml) "$BIN/json2yaml" "$unique" > "$f" ;;
		csv) "$BIN/json2csv" "$unique" > "$f" 2>/dev/null ;;
		xml) "$BIN/json2xml" "$unique" > "$f" ;;
		esac || { echo "$fmt: conversion failed"; continue; }
	fi
	bytes=$(wc -c < "$f")
	base_s=
	run "resvalidate ($fmt)" "$BIN/resvalidate" "$f"
done

# Flat memory: the same records repeated to about 10 MB, 100 MB, 1 GB.
echo "resvalidate peak memory by input size:"
small=$out/records-10m.jsonl
big=$out/records-1g.jsonl
[ -s "$small" ] || head -c 10485760 "$data" | sed '$d' > "$small"
if [ ! -s "$big" ]; then
	i=0
	while [ $i -lt 10 ]; do cat "$data"; i=$((i + 1)); done > "$big"
fi
for f in "$small" "$data" "$big"; do
	bytes=$(wc -c < "$f")
	base_s=
	run "resvalidate $(awk -v b="$bytes" \
	    'BEGIN { printf "%.0f MB", b / 1048576 }')" "$BIN/resvalidate" "$f"
done
rm -f "$big"

# The same for Akoma Ntoso: collections of 1,000, 10,000 and 100,000
# generated records (about 10 MB, 100 MB and 1 GB), each statement
# validated on its own.
echo "resvalidate (xml) peak memory by input size:"
for n in 1000 10000 100000; do
	f=$out/records-$n.xml
	"$TESTBIN/gen-records" -n $n -s 9 |
	    "$BIN/json2xml" --no-validate > "$f" || continue
	bytes=$(wc -c < "$f")
	base_s=
	run "resvalidate xml $(awk -v b="$bytes" \
	    'BEGIN { printf "%.0f MB", b / 1048576 }')" "$BIN/resvalidate" "$f"
	rm -f "$f"
done
exit 0
