#!/bin/sh
# iachr2json --jobs 2 and --jobs 0 write what one job writes, byte for
# byte, on stdout and stderr, with the same exit status: over the
# releases of tests/releases and $SHARED/corpus with an empty file, a
# binary one, a missing one and the standard input among them, as
# records, indented, and explained as JSON and as text; with -o FILE;
# and to a full disk, where the run ends at the write error.  Under the
# sanitizers every fourth release is read.
set -u
export LC_ALL=C
W=${IACHR_WRAPPER:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

set -- "$TOP"/tests/releases/*.txt
if [ ! -e "$1" ]; then
	echo "iachr2json-jobs: $TOP/tests/releases/*.txt missing, skipped"
	exit 77
fi
if [ -d "$SHARED/corpus" ]; then
	set -- "$@" "$SHARED"/corpus/*.txt
else
	echo "iachr2json-jobs: $SHARED/corpus missing, only tests/releases read"
fi
# The releases that give a record (under the sanitizers every fourth).
nth=1
[ "${SANITIZE:-}" = 1 ] && nth=4
i=0
for f; do
	[ $((i % nth)) = 0 ] && "$BIN/iachr2json" "$f" > /dev/null 2>&1 &&
	    set -- "$@" "$f"
	shift
	i=$((i + 1))
done
: > "$tmp/empty.txt"
printf '\000\001\002\377 not text\n' > "$tmp/binary.bin"
stdin=$TOP/samples/seed.txt

# run J ARGS...: a run with --jobs J, its output in $tmp/J.{out,err,status}.
run() {
	j=$1
	shift
	$W "$BIN/iachr2json" --jobs "$j" "$@" < "$stdin" > "$tmp/$j.out" \
	    2> "$tmp/$j.err"
	echo $? > "$tmp/$j.status"
}

# same NAME ARGS...: compares --jobs 2 and --jobs 0 with --jobs 1.
same() {
	name=$1
	shift
	run 1 "$@"
	for j in 2 0; do
		run $j "$@"
		if cmp -s "$tmp/1.out" "$tmp/$j.out" &&
		    cmp -s "$tmp/1.err" "$tmp/$j.err" &&
		    cmp -s "$tmp/1.status" "$tmp/$j.status"; then
			echo "iachr2json-jobs: $name, --jobs $j: ok"
		else
			echo "iachr2json-jobs: $name, --jobs $j: FAILED"
			diff "$tmp/1.err" "$tmp/$j.err" | head -n 10
			echo "status $(cat "$tmp/1.status"), not" \
			    "$(cat "$tmp/$j.status")"
			fail=1
		fi
	done
}

# check NAME TEST: TEST, a shell command, holds.
check() {
	if eval "$2"; then
		echo "iachr2json-jobs: $1: ok"
	else
		echo "iachr2json-jobs: $1: FAILED"
		fail=1
	fi
}

# -o FILE: the records, or with a bad input the target as it was.
"$BIN/iachr2json" "$@" > "$tmp/want" 2> /dev/null
for j in 1 2 0; do
	$W "$BIN/iachr2json" -j $j -o "$tmp/target.$j" "$@" 2> /dev/null
	check "-o FILE, --jobs $j: status 0, the records written" \
	    '[ $? = 0 ] && cmp -s "$tmp/want" "$tmp/target.$j"'
	echo previous > "$tmp/kept.$j"
	$W "$BIN/iachr2json" -j $j -o "$tmp/kept.$j" "$@" "$tmp/empty.txt" \
	    2> /dev/null
	check "-o FILE, a bad input, --jobs $j: status 1, target as it was" \
	    '[ $? = 1 ] && [ "$(cat "$tmp/kept.$j")" = previous ]'
done

# A full disk: the run ends at the write error, before the empty file.
for j in 1 2 0; do
	$W "$BIN/iachr2json" -j $j "$@" "$tmp/empty.txt" > /dev/full \
	    2> "$tmp/full.$j"
	echo $? >> "$tmp/full.$j"
done
check "a full disk: one message, status 2, with each --jobs" \
    'cmp -s "$tmp/full.1" "$tmp/full.2" && cmp -s "$tmp/full.1" \
    "$tmp/full.0" && [ "$(cat "$tmp/full.1")" = "iachr2json: write error: No space left on device
2" ]'

# The bad inputs and the standard input among the releases.
half=$(($# / 2))
i=0
for f; do
	[ $i = 3 ] && set -- "$@" "$tmp/empty.txt"
	[ $i = "$half" ] && set -- "$@" "$tmp/binary.bin" "$tmp/missing.txt" -
	set -- "$@" "$f"
	shift
	i=$((i + 1))
done
same records "$@"
check "the bad inputs reported, status 2" \
    '[ "$(cat "$tmp/1.status")" = 2 ] &&
    grep -q "^iachr2json: $tmp/empty.txt: empty input" "$tmp/1.err" &&
    grep -q "^iachr2json: $tmp/binary.bin: " "$tmp/1.err" &&
    grep -q "^iachr2json: $tmp/missing.txt: No such file" "$tmp/1.err"'
inputs=$#
check "one record or one diagnostic for each input" \
    '[ $(($(wc -l < "$tmp/1.out") + $(wc -l < "$tmp/1.err"))) = $inputs ]'
"$BIN/iachr2json" < "$stdin" > "$tmp/stdin.json"
check "the standard input read" \
    'grep -q -F -x -f "$tmp/stdin.json" "$tmp/1.out"'
same pretty -p "$@"
same "explain as JSON" --explain "$@"
same "explain as text" --explain=text "$@"

for bad in x -1 2x ""; do
	"$BIN/iachr2json" -j "$bad" "$stdin" > /dev/null 2> "$tmp/err"
	check "--jobs '$bad': a usage error" '[ $? = 2 ] &&
	    grep -q "^iachr2json: --jobs $bad: expected a number, 0 or more" \
	    "$tmp/err"'
done
exit $fail
