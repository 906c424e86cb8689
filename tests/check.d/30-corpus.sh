#!/bin/sh
# Accuracy on the gold corpus: iachr2json runs on every release of
# $SHARED/corpus and its records are scored against the gold facts
# (corpus/GOLD.md) field by field.  Fails below 95% of fields right or
# when a release gets no record; skips where the corpus is absent.
set -u
corpus=$SHARED/corpus
if [ ! -d "$corpus" ]; then
	echo "corpus: $corpus missing, skipped"
	exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "corpus: python3 not installed, skipped"
	exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
W=${IACHR_WRAPPER:-}
for txt in "$corpus"/*.txt; do
	stem=${txt##*/}
	stem=${stem%.txt}
	$W "$BIN/iachr2json" "$txt" > "$work/$stem.json" 2> "$work/$stem.err" ||
	    cat "$work/$stem.err"
done
python3 "$TOP/tests/corpus-score.py" ${VERBOSE:+-v} -t 95 "$corpus" "$work"
