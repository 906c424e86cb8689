#!/bin/sh
# Accuracy on the releases of tests/releases: texts written for the
# project in the genre's many forms (datelines, number forms, list
# labels, encodings, page furniture).  Each NAME.txt with a
# NAME.gold.json must give a record scored 100% against it
# (../shared/corpus/GOLD.md); each without one is no measures release
# and must be refused with exit status 1.
set -u
dir=$TOP/tests/releases
if ! command -v python3 >/dev/null 2>&1; then
	echo "releases: python3 not installed, skipped"
	exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
W=${IACHR_WRAPPER:-}
fail=0
for txt in "$dir"/*.txt; do
	stem=${txt##*/}
	stem=${stem%.txt}
	if [ -f "$dir/$stem.gold.json" ]; then
		$W "$BIN/iachr2json" "$txt" > "$work/$stem.json" \
		    2> "$work/$stem.err" || cat "$work/$stem.err"
	else
		$W "$BIN/iachr2json" "$txt" > /dev/null 2>&1
		status=$?
		if [ "$status" -ne 1 ]; then
			echo "releases: $stem: exit $status, expected 1 (refused)"
			fail=1
		fi
	fi
done
python3 "$TOP/tests/corpus-score.py" ${VERBOSE:+-v} -t 100 "$dir" \
    "$work" > "$work/score" || fail=1
sed 's/^corpus:/releases:/' "$work/score"
exit $fail
