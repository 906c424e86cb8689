#!/bin/sh
# resstat on 100,000 and 1,000,000 generated records (about 280 MB and
# 2.8 GB of JSON Lines): elapsed and CPU seconds, records per second and
# peak RSS, validated and with --no-validate, in one job and in two.
# The files are written to a temporary folder and removed; the 1,000,000
# size is skipped when less than 8 GB is free there.  Measures only:
# never fails the build.
# Environment (set by make bench): TOP, BIN, TESTBIN; RESSTAT_BENCH_SIZES
# (numbers of records) replaces "100000 1000000".
set -u
cd "$TOP" || exit 0
tmp=$(mktemp -d) || exit 0
trap 'rm -rf "$tmp"' EXIT INT TERM

# run LABEL RECORDS COMMAND...: one line of figures; CPU is user and
# system time over all threads.
run() {
	label=$1 records=$2
	shift 2
	if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" \
	    > /dev/null 2> "$tmp/err"; then
		printf '%-40s failed: %s\n' "$label" \
		    "$(tail -c 300 "$tmp/err" | tr '\n' ' ')"
		return
	fi
	set -- $(tail -n 1 "$tmp/time")
	awk -v l="$label" -v s="$1" -v u="$2" -v k="$3" -v r="$4" \
	    -v n="$records" 'BEGIN { if (s <= 0) s = 0.01;
	    printf "%-40s %7.2f s %7.2f s CPU %9.0f rec/s %7.1f MB\n",
	    l, s, u + k, n / s, r / 1024 }'
}

printf '%-40s %9s %13s %15s %10s\n' resstat elapsed CPU speed "peak RSS"
for n in ${RESSTAT_BENCH_SIZES:-100000 1000000}; do
	if [ $n -eq 1000000 ]; then
		free_kb=$(df -Pk "$tmp" | awk 'NR == 2 { print $4 }')
		if [ "${free_kb:-0}" -lt 8388608 ]; then
			echo "resstat: 1,000,000 records skipped:" \
			    "less than 8 GB free in $tmp"
			continue
		fi
	fi
	data=$tmp/records-$n.jsonl
	"$TESTBIN/gen-records" -n $n -s 11 > "$data" || {
		echo "resstat: generating $n records failed"
		rm -f "$data"
		continue
	}
	mb=$(awk -v b="$(wc -c < "$data")" \
	    'BEGIN { printf "%.0f", b / 1048576 }')
	for v in "" --no-validate; do
		for j in 1 2; do
			run "$n rec ($mb MB) -j $j ${v:-validated}" $n \
			    "$BIN/resstat" --json -j $j $v "$data"
		done
	done
	rm -f "$data"
done
exit 0
