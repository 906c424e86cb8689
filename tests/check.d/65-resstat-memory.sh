#!/bin/sh
# resstat streams: the summary of 100,000 generated records takes no more
# memory than that of 1,000 (within 2 MiB), since its tables are keyed by
# values the record schema bounds; and it counts every record.  The peak
# is measured by GNU time, whose own small size does not hide resstat's
# (a child's peak includes its parent's before exec).  Skips without it,
# and under the sanitizers, whose bookkeeping grows with the work done.
set -u
if [ -n "${SANITIZE:-}" ]; then
	echo "resstat-memory: sanitizer build, skipped"
	exit 77
fi
if ! /usr/bin/time -f %M true > /dev/null 2>&1; then
	echo "resstat-memory: /usr/bin/time (GNU time) missing, skipped"
	exit 77
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

check() {
	if eval "$2"; then
		echo "resstat-memory: $1: ok"
	else
		echo "resstat-memory: $1: FAILED"
		fail=1
	fi
}

"$TESTBIN/gen-records" -n 100000 -s 11 > "$tmp/big.jsonl" || exit 1
head -n 1000 "$tmp/big.jsonl" > "$tmp/small.jsonl"
for n in small big; do
	/usr/bin/time -f %M -o "$tmp/$n.kib" "$BIN/resstat" --json \
	    "$tmp/$n.jsonl" > "$tmp/$n.out"
	check "$n: exit 0" '[ $? -eq 0 ]'
done
small=$(tail -n 1 "$tmp/small.kib")
big=$(tail -n 1 "$tmp/big.kib")
echo "resstat-memory: 1,000 records: $small KiB; 100,000: $big KiB"
check "every record counted" \
    'grep -q "\"records\": 1000," "$tmp/small.out" &&
    grep -q "\"records\": 100000," "$tmp/big.out"'
check "memory is flat" '[ "$big" -le $((small + 2048)) ]'
exit $fail
