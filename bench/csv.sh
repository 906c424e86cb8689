#!/bin/sh
# json2csv and csv2json against jq, Miller, csvkit and a bare jansson and
# libcsv loop (bench/csv-floor.c, the floor) over the same record stream
# of BENCH_MB megabytes (default 100), side by side; then the tools' peak
# memory at 10 MB and at BENCH_MEM_MB (default BENCH_MB) to show it flat.
# Prints wall-clock MB/s, seconds of wall and CPU time (user + system),
# peak RSS, and each run's time as a multiple of our tool's; never fails.
set -u
MB=${BENCH_MB:-100}
MEM_MB=${BENCH_MEM_MB:-$MB}
dir=$TOP/build/bench
mkdir -p "$dir"
cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -o "$dir/csv-floor" \
    "$TOP/bench/csv-floor.c" -ljansson -lcsv || exit 1

# records.jsonl of about $1 MB (gen-records writes about 2.7 KB a record).
make_input() {
	out=$dir/records-$1mb.jsonl
	if [ ! -s "$out" ]; then
		"$TESTBIN/gen-records" -n $(($1 * 370)) -s 11 > "$out" || exit 1
	fi
	if [ ! -s "$dir/records-$1mb.csv" ]; then
		"$BIN/json2csv" "$out" > "$dir/records-$1mb.csv" 2>/dev/null
	fi
}

# run NAME INPUT CMD...: one timed run, output to /dev/null.
run() {
	name=$1
	input=$2
	shift 2
	bytes=$(wc -c < "$input")
	if ! /usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$@" \
	    < "$input" > /dev/null 2> "$dir/err"; then
		printf '  %-34s failed: %s\n' "$name" "$(head -c 100 "$dir/err")"
		return
	fi
	read -r wall user sys rss < "$dir/time"
	awk -v n="$name" -v b="$bytes" -v w="$wall" -v u="$user" \
	    -v s="$sys" -v r="$rss" -v ref="${ref:-0}" -v cref="${cref:-0}" \
	    -v refname="$refname" 'BEGIN {
		mbs = b / 1e6 / (w > 0 ? w : 0.01)
		ratio = ""
		if (ref > 0 && refname != "")
			ratio = sprintf("%.2fx the time of %s (cpu %.2fx)", \
			    w / ref, refname, (u + s) / (cref > 0 ? cref : 0.01))
		printf "  %-30s %6.1f MB/s %6.2f s cpu %6.2f s %6.1f MB  %s\n",
		    n, mbs, w, u + s, r / 1024, ratio
	}'
	if [ -z "${ref:-}" ]; then
		ref=$wall
		cref=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
	fi
}

JQ_COLUMNS='[.schema, .id, .language, .instrument, (.decisions | tojson),
.resolution.number, .resolution.year, .measure.number, .measure.year, .date,
.state.name, .state.code, (.beneficiaries | tojson), .collective,
(.rights | tojson), (.requests | tojson), (.legal_basis | tojson),
.press_release.number, .press_release.year, .press_release.place,
.press_release.date, .press_release.time, .press_release.title,
(.text | tojson), .source.sha256, .source.bytes, .source.encoding] | @csv'

make_input "$MB"
json=$dir/records-${MB}mb.jsonl
csv=$dir/records-${MB}mb.csv
echo "csv bench: $(wc -c < "$json") bytes of JSON Lines," \
    "$(wc -c < "$csv") bytes of CSV, $(wc -l < "$json") records"
echo "JSON -> CSV"
ref=
refname=json2csv
run json2csv "$json" "$BIN/json2csv"
run "json2csv --no-validate" "$json" "$BIN/json2csv" --no-validate
run "floor (jansson + csv_write)" "$json" "$dir/csv-floor" j2c
command -v jq >/dev/null &&
    run "jq -r '[...] | @csv'" "$json" jq -r "$JQ_COLUMNS"
command -v mlr >/dev/null && run "mlr --ijsonl --ocsv cat" "$json" \
    mlr --ijsonl --ocsv cat
echo "CSV -> JSON"
ref=
refname=csv2json
run csv2json "$csv" "$BIN/csv2json"
run "csv2json --no-validate" "$csv" "$BIN/csv2json" --no-validate
run "floor (libcsv + jansson)" "$csv" "$dir/csv-floor" c2j
command -v mlr >/dev/null && run "mlr --icsv --ojsonl cat" "$csv" \
    mlr --icsv --ojsonl cat
command -v csvjson >/dev/null && run "csvjson --stream -I" "$csv" \
    csvjson --stream -I -z 1000000000

echo "peak memory (flat means streaming)"
make_input 10
ref=
refname=
for size in $(printf "10\n%s\n" "$MEM_MB" | sort -nu); do
	make_input "$size"
	run "json2csv ${size} MB" "$dir/records-${size}mb.jsonl" "$BIN/json2csv"
	run "csv2json ${size} MB" "$dir/records-${size}mb.csv" "$BIN/csv2json"
done
exit 0
