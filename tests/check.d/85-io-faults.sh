#!/bin/sh
# I/O failures the tools rarely meet.  With tests/fault/iofault.c
# preloaded, the Nth call (N = 1, 2, ... until the run makes fewer) of
# each I/O function fails with EIO or ENOSPC, for every tool writing to
# -o FILE (over an earlier file and over none), to stdout, and for
# json2csv with --append.  Each failed run must exit 2, say
# "tool: ...: <strerror>", not crash (no signal, no sanitizer report),
# and with -o leave the target as it was (or absent) or whole, and no
# temporary file beside it; --append must keep what the file held.  Then every tool writes to /dev/full (a write
# error, 2) and with -o onto /dev/null (written in place, so /dev/null
# stays a device).
#
# Under SANITIZE=1 the ASan runtime must come first in the preload list:
# it is found with ldd and put before the shim, whose calls it wraps.
set -u
SHIM=$TESTBIN/iofault.so
MAXN=${IOFAULT_MAXN:-30}
# Under the sanitizers the first six failures of each call, where the error
# paths differ; the plain build goes on to the 30th.
[ "${SANITIZE:-}" = 1 ] && MAXN=${IOFAULT_MAXN:-6}
TOOLS="iachr2json json2yaml yaml2json json2xml xml2json json2csv csv2json
resvalidate"
# A run stops at the first N the tool does not reach: read and write,
# which stdio calls internally, are reached only if a tool calls them.
FUNCS="open fopen read pread fread mkstemp write fwrite fflush fsync fclose
rename"
for t in $TOOLS; do
	if [ ! -x "$BIN/$t" ]; then
		echo "io-faults: $t not built"
		exit 77
	fi
done
if [ ! -f "$SHIM" ]; then
	echo "io-faults: $SHIM not built"
	exit 77
fi
preload=$SHIM
if [ "${SANITIZE:-}" = 1 ]; then
	asan=$(ldd "$BIN/json2yaml" | awk '$1 ~ /^libasan/ { print $3 }')
	[ -n "$asan" ] && preload="$asan:$SHIM"
fi

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
runs=0
faults=0

# The inputs: the sample release and its record in every format.
if ! { "$BIN/iachr2json" samples/seed.txt > "$tmp/rec.jsonl" &&
    "$BIN/json2yaml" "$tmp/rec.jsonl" > "$tmp/rec.yaml" &&
    "$BIN/json2xml" "$tmp/rec.jsonl" > "$tmp/rec.xml" &&
    "$BIN/json2csv" "$tmp/rec.jsonl" > "$tmp/rec.csv"; }; then
	echo "io-faults: cannot make the inputs"
	exit 1
fi
# resvalidate writes to stdout only about bad records.
{ cat "$tmp/rec.jsonl"; echo '{"schema": 1}'; } > "$tmp/bad.jsonl"

# args TOOL: the arguments of a run of TOOL, one per line.
args() {
	case $1 in
	iachr2json) echo "$TOP/samples/seed.txt" ;;
	json2*) echo "$tmp/rec.jsonl" ;;
	yaml2json) echo "$tmp/rec.yaml" ;;
	xml2json) echo "$tmp/rec.xml" ;;
	csv2json) echo "$tmp/rec.csv" ;;
	resvalidate) printf '%s\n' --errors json "$tmp/bad.jsonl" ;;
	esac
}

bad() {
	echo "io-faults: $1"
	fail=1
}

# run TOOL MODE FUNC N PRE: one run with the Nth call to FUNC failing;
# MODE is "o" (-o FILE), "append" (json2csv --append FILE) or "stdout";
# PRE is 1 if the target exists before.  Returns 1 when no such call was
# made.
run() {
	tool=$1 mode=$2 fn=$3 n=$4 pre=$5
	errno=EIO
	msg="Input/output error"
	if [ $((n % 2)) = 0 ]; then
		errno=ENOSPC
		msg="No space left on device"
	fi
	rm -rf "$tmp/o" "$tmp/log" "$tmp/before"
	mkdir "$tmp/o"
	if [ "$pre" = 1 ]; then
		echo previous > "$tmp/o/target"
		[ "$mode" = append ] && cp "$tmp/whole.$tool" "$tmp/o/target"
	fi
	cp "$tmp/o/target" "$tmp/before" 2> /dev/null
	set --
	[ "$mode" = o ] && set -- -o "$tmp/o/target"
	[ "$mode" = append ] && set -- --append "$tmp/o/target"
	IFS='
'
	# shellcheck disable=SC2046
	set -- "$@" $(args "$tool")
	unset IFS
	IOFAULT_CALLS=$fn IOFAULT_N=$n IOFAULT_ERRNO=$errno \
	    IOFAULT_LOG=$tmp/log LD_PRELOAD=$preload \
	    "$BIN/$tool" "$@" > "$tmp/stdout" 2> "$tmp/stderr"
	rc=$?
	runs=$((runs + 1))
	[ -s "$tmp/log" ] || return 1
	faults=$((faults + 1))
	what="$tool ($mode) $fn #$n $errno"
	[ "$pre" = 1 ] && what="$what, over a file"
	if [ "$rc" -gt 128 ] || grep -q -e Sanitizer -e 'runtime error' \
	    "$tmp/stderr"; then
		bad "$what: crashed (status $rc)"
		sed -n 1,5p "$tmp/stderr"
		return 0
	fi
	[ "$rc" = 2 ] || bad "$what: status $rc, not 2"
	if grep -q "^$tool: .*: $msg\$" "$tmp/stderr"; then
		:
	else
		bad "$what: no \"$tool: ...: $msg\" message: $(head -c 200 \
		    "$tmp/stderr")"
	fi
	if [ "$mode" = append ] && [ "$pre" = 1 ]; then
		# Appending keeps what was there.
		head -c "$(wc -c < "$tmp/before")" "$tmp/o/target" |
		    cmp -s - "$tmp/before" ||
		    bad "$what: the earlier content was changed"
	fi
	[ "$mode" = stdout ] && return 0
	if [ -e "$tmp/o/target" ]; then
		if [ "$pre" = 1 ] && cmp -s "$tmp/o/target" "$tmp/before"
		then
			:
		elif [ "$mode" = append ]; then
			:
		elif ! cmp -s "$tmp/o/target" "$tmp/whole.$tool"; then
			bad "$what: the target is neither as before nor whole"
		fi
	elif [ "$pre" = 1 ]; then
		bad "$what: the earlier target was removed"
	fi
	left=$(find "$tmp/o" -mindepth 1 ! -name target)
	[ -z "$left" ] && return 0
	bad "$what: left $left beside the target"
}

for tool in $TOOLS; do
	modes="o stdout"
	[ "$tool" = resvalidate ] && modes=stdout
	[ "$tool" = json2csv ] && modes="o append stdout"
	# The whole output, to tell a complete target from a cut one.
	IFS='
'
	# shellcheck disable=SC2046
	"$BIN/$tool" $(args "$tool") > "$tmp/whole.$tool" 2> /dev/null
	unset IFS
	for mode in $modes; do
		for fn in $FUNCS; do
			for pre in 0 1; do
				[ "$mode" = stdout ] && [ "$pre" = 1 ] && continue
				n=1
				while [ "$n" -le "$MAXN" ] &&
				    run "$tool" "$mode" "$fn" "$n" "$pre"; do
					n=$((n + 1))
				done
			done
		done
	done

	IFS='
'
	# shellcheck disable=SC2046
	"$BIN/$tool" $(args "$tool") > /dev/full 2> "$tmp/stderr"
	rc=$?
	unset IFS
	[ "$rc" = 2 ] || bad "$tool > /dev/full: status $rc, not 2"
	grep -q "^$tool: .*: No space left on device\$" "$tmp/stderr" ||
	    bad "$tool > /dev/full: no write error reported"
	[ "$tool" = resvalidate ] && continue
	IFS='
'
	# shellcheck disable=SC2046
	"$BIN/$tool" -o /dev/null $(args "$tool") 2> "$tmp/stderr"
	rc=$?
	unset IFS
	[ "$rc" = 0 ] || bad "$tool -o /dev/null: status $rc: $(cat \
	    "$tmp/stderr")"
	[ -c /dev/null ] || bad "$tool -o /dev/null: no longer a device"
done
echo "io-faults: $runs runs, $faults with a failed call"
exit $fail
