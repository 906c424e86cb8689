#!/bin/sh
# iachr2json speed: throughput over many releases in one process (MB/s of
# release text, of wall and of CPU time), in one thread and with
# --jobs 0 (a thread per core), peak memory for a small and a ten times
# larger run (it must not grow with the number of inputs), and the
# whole-process time for one release.  Releases come from
# $SHARED/corpus, else samples/.  Measures and prints; never fails a
# build.
set -u
tool=$BIN/iachr2json
work=$TOP/build/bench/iachr2json
rm -rf "$work"
mkdir -p "$work/in"
set -- "$SHARED"/corpus/*.txt
[ -e "$1" ] || set -- "$TOP"/samples/*.txt
n=0
while [ "$n" -lt 3000 ]; do
	for f in "$@"; do
		n=$((n + 1))
		cp "$f" "$work/in/$n.txt"
	done
done
now() { date +%s%N; }

# Runs the tool with --jobs $2 over the first $1 copies; prints bytes,
# nanoseconds, peak KiB and user and system seconds.
run() {
	# Short relative names keep every file on one command line.
	(cd "$work/in" && ls | head -n "$1") > "$work/list"
	bytes=$(cd "$work/in" && xargs cat < "$work/list" | wc -c)
	start=$(now)
	if [ -x /usr/bin/time ]; then
		(cd "$work/in" && /usr/bin/time -f '%M %U %S' -o "$work/rss" \
		    "$tool" --jobs "$2" $(cat "$work/list") > /dev/null)
	else
		(cd "$work/in" && "$tool" --jobs "$2" $(cat "$work/list") \
		    > /dev/null)
		echo "? ? ?" > "$work/rss"
	fi
	end=$(now)
	ns=$((end - start))
	echo "$bytes $ns $(tail -n 1 "$work/rss")"
}

# throughput LABEL BYTES NS RSS USER SYSTEM: the figures of a run.
throughput() {
	awk -v l="$1" -v b="$2" -v ns="$3" -v n="$n" -v cpu="$5 $6" 'BEGIN {
		s = ns / 1e9
		printf "iachr2json%s: %d releases, %.2f MB in %.3f s: " \
		    "%.1f MB/s, %.0f releases/s\n", l, n, b / 1e6, s,
		    b / 1e6 / s, n / s
		split(cpu, t, " ")
		if (t[1] + t[2] > 0)
			printf "iachr2json%s: %.2f s of CPU: %.1f MB/s of " \
			    "CPU time\n", l, t[1] + t[2], b / 1e6 / (t[1] + t[2])
	}'
}

set -- $(run 300 1)
small_rss=$3
set -- $(run "$n" 1)
rss=$3
throughput "" "$@"
throughput " --jobs 0 ($(getconf _NPROCESSORS_ONLN) threads)" $(run "$n" 0)
echo "iachr2json: peak RSS $small_rss KiB for 300 releases, $rss KiB for $n"
one=$TOP/samples/seed.txt
if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N --warmup 5 --runs 200 --style basic \
	    --export-json "$work/one.json" "$tool $one" > /dev/null 2>&1
	awk '/"mean"/ { gsub(/[",]/, ""); printf "iachr2json: one release " \
	    "as a process: %.2f ms (hyperfine mean)\n", $2 * 1000; exit }' \
	    "$work/one.json"
else
	start=$(now)
	i=0
	while [ $i -lt 200 ]; do
		"$tool" "$one" > /dev/null
		i=$((i + 1))
	done
	end=$(now)
	awk -v ns=$((end - start)) 'BEGIN { printf "iachr2json: one " \
	    "release as a process: %.2f ms (200 runs)\n", ns / 200 / 1e6 }'
fi
