#!/bin/sh
# json2yaml and yaml2json over a stream of generated records, side by side
# with python yq, PyYAML and libyaml alone parsing and emitting the same
# YAML (the floor).  Prints seconds (best of BENCH_RUNS for the C
# programs, one run for the Python ones), MB/s of input, CPU seconds
# (user + system) of that run, peak RSS and the ratios of both: on a
# shared machine the CPU ratios are the steadier.  Measures only; never
# fails a build.
#   BENCH_MB    size of the JSON record stream in MB (default 100)
#   BENCH_RUNS  runs of each C program; the best counts (default 3)
#   BENCH_ALT   0 leaves out the Python tools (e.g. for 1 GB)
#   BENCH_SLOW_MB  python yq -y (pure-Python dumper, ~0.1 MB/s) runs on
#               this many MB of the records only (default 10)
set -u
mb=${BENCH_MB:-100}
runs=${BENCH_RUNS:-3}
alt=${BENCH_ALT:-1}
dir="$TOP/build/bench"
mkdir -p "$dir" || exit 0
json="$dir/records-${mb}mb.jsonl"
yaml="$dir/records-${mb}mb.yaml"
docs="$dir/records-${mb}mb.yq-docs.yaml"

if [ ! -s "$json" ]; then
	"$TESTBIN/gen-records" -n 1000 > "$dir/sample.jsonl" || exit 0
	per=$(($(wc -c < "$dir/sample.jsonl") / 1000))
	"$TESTBIN/gen-records" -n $((mb * 1048576 / per)) > "$json.tmp" &&
	    mv "$json.tmp" "$json" || exit 0
fi
[ -s "$yaml" ] || "$BIN/json2yaml" "$json" > "$yaml" || exit 0

# measure KEY LABEL RUNS INPUT COMMAND...: sets r_KEY to the best MB/s
# and c_KEY to the CPU seconds per MB of that run.
measure() {
	key=$1
	label=$2
	n=$3
	input=$4
	shift 4
	best=
	peak=0
	i=0
	while [ "$i" -lt "$n" ]; do
		if ! /usr/bin/time -f '%e %U %S %M' -o "$dir/time.out" "$@" \
		    > /dev/null 2> "$dir/err.out"; then
			printf '%-24s failed: %s\n' "$label" \
			    "$(head -c 200 "$dir/err.out")"
			return 1
		fi
		read -r secs user sys kb < "$dir/time.out"
		if [ -z "$best" ] || awk "BEGIN { exit !($secs < $best) }"
		then
			best=$secs
			cpu=$(awk "BEGIN { print $user + $sys }")
		fi
		[ "$kb" -gt "$peak" ] && peak=$kb
		i=$((i + 1))
	done
	awk "BEGIN { if ($best < 0.01) exit 1 }" || best=0.01
	mbytes=$(awk -v b="$(wc -c < "$input")" \
	    'BEGIN { printf "%.3f", b / 1048576 }')
	rate=$(awk "BEGIN { printf \"%.3f\", $mbytes / $best }")
	printf '%-24s %7.2f s %7.1f MB/s %7.2f s CPU %7d KB peak\n' \
	    "$label" "$best" "$rate" "$cpu" "$peak"
	eval "r_$key=$rate"
	eval "c_$key=$(awk "BEGIN { printf \"%.5f\", $cpu / $mbytes }")"
}

# ratio NAME A B: time per MB of A over that of B, elapsed and CPU.
ratio() {
	eval "ra=\$r_$2 rb=\$r_$3 ca=\$c_$2 cb=\$c_$3"
	[ -n "$ra" ] && [ -n "$rb" ] || return 0
	awk -v n="$1" -v ra="$ra" -v rb="$rb" -v ca="$ca" -v cb="$cb" \
	    'BEGIN { printf "  %-30s %6.2fx elapsed %6.2fx CPU\n", n,
	    rb / ra, (cb > 0 ? ca / cb : 0) }'
}

py_dump='import json, sys, yaml
D = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
out = sys.stdout
for line in open(sys.argv[1], encoding="utf-8"):
    yaml.dump(json.loads(line), out, Dumper=D, explicit_start=True,
              allow_unicode=True, sort_keys=False)'
py_load='import json, sys, yaml
L = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
out = sys.stdout
for doc in yaml.load_all(open(sys.argv[1], encoding="utf-8"), Loader=L):
    out.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")'

r_json2yaml= r_yaml2json= r_floor= r_yq_y= r_yq_c= r_py_dump= r_py_load=
c_json2yaml= c_yaml2json= c_floor= c_yq_y= c_yq_c= c_py_dump= c_py_load=
printf 'yaml bench: %s records; JSON %s bytes; YAML %s bytes\n' \
    "$(wc -l < "$json")" "$(wc -c < "$json")" "$(wc -c < "$yaml")"
echo "-- JSON -> YAML (MB/s of JSON)"
measure json2yaml json2yaml "$runs" "$json" "$BIN/json2yaml" "$json"
if [ "$alt" != 0 ] && python3 -c 'import yaml' 2>/dev/null; then
	measure py_dump "PyYAML $(python3 -c 'import yaml
print("C" if yaml.__with_libyaml__ else "pure")') dump" 1 "$json" \
	    python3 -c "$py_dump" "$json"
fi
if [ "$alt" != 0 ] && command -v yq >/dev/null 2>&1; then
	# yq reads YAML only: each JSON line becomes a "--- " document.
	slow=${BENCH_SLOW_MB:-10}
	[ "$slow" -gt "$mb" ] && slow=$mb
	lines=$(($(wc -l < "$json") * slow / mb))
	[ -s "$docs" ] || head -n "$lines" "$json" | sed 's/^/--- /' > "$docs"
	measure yq_y "python yq -y . (${slow} MB)" 1 "$docs" yq -y . "$docs"
fi
echo "-- YAML -> JSON (MB/s of YAML)"
measure yaml2json yaml2json "$runs" "$yaml" "$BIN/yaml2json" "$yaml"
if [ "$alt" != 0 ] && python3 -c 'import yaml' 2>/dev/null; then
	measure py_load "PyYAML $(python3 -c 'import yaml
print("C" if yaml.__with_libyaml__ else "pure")') load" 1 "$yaml" \
	    python3 -c "$py_load" "$yaml"
fi
if [ "$alt" != 0 ] && command -v yq >/dev/null 2>&1; then
	measure yq_c "python yq -c ." 1 "$yaml" yq -c . "$yaml"
fi
echo "-- floor: libyaml parse and emit, YAML -> YAML"
measure floor "libyaml floor" "$runs" "$yaml" "$TESTBIN/yaml-floor" "$yaml"
echo "-- ratios of time per MB (below 1: the first is faster)"
ratio "json2yaml / libyaml floor" json2yaml floor
ratio "yaml2json / libyaml floor" yaml2json floor
ratio "json2yaml / PyYAML dump" json2yaml py_dump
ratio "json2yaml / python yq -y" json2yaml yq_y
ratio "yaml2json / PyYAML load" yaml2json py_load
ratio "yaml2json / python yq -c" yaml2json yq_c
exit 0
