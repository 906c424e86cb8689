#!/bin/sh
# JSON -> CSV -> JSON gives the same canonical JSON Lines, byte for byte,
# for generated records and (when iachr2json is built) the corpus, under
# each writer option; Python's csv module reads every output back to the
# cells the table schema prescribes.
set -u
W=${IACHR_WRAPPER:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
"$TESTBIN/gen-records" -n 1000 > "$tmp/gen.jsonl" || exit 1
sets=gen
if [ ! -d "$SHARED/corpus" ]; then
	echo "csv-roundtrip: $SHARED/corpus missing, corpus half skipped"
elif [ -x "$BIN/iachr2json" ]; then
	for txt in "$SHARED"/corpus/*.txt; do
		"$BIN/iachr2json" < "$txt" 2>/dev/null
	done > "$tmp/corpus.jsonl"
	[ -s "$tmp/corpus.jsonl" ] && sets="$sets corpus"
else
	echo "csv-roundtrip: iachr2json not built, corpus half skipped"
fi
for set in $sets; do
	in=$tmp/$set.jsonl
	n=$(wc -l < "$in")
	# delimiter, safe-formulas, other options
	for opts in ",:0:" ",:1:" ",:0:--crlf" ",:0:--bom" ";:0:" \
	    ";:1:--bom --crlf" "tab:1:--crlf"; do
		d=${opts%%:*}
		rest=${opts#*:}
		safe=${rest%%:*}
		extra=${rest#*:}
		flags=$extra
		[ "$safe" = 1 ] && flags="$flags --safe-formulas"
		# shellcheck disable=SC2086
		if ! $W "$BIN/json2csv" -d "$d" $flags "$in" > "$tmp/out.csv" \
		    2>/dev/null; then
			echo "csv-roundtrip: $set: json2csv -d '$d' $flags failed"
			fail=1
			continue
		fi
		$W "$BIN/csv2json" -d "$d" "$tmp/out.csv" > "$tmp/back.jsonl"
		if cmp -s "$in" "$tmp/back.jsonl"; then
			echo "csv-roundtrip: $set: $n records identical" \
			    "(-d '$d' $flags)"
		else
			echo "csv-roundtrip: $set: records differ (-d '$d' $flags)"
			fail=1
		fi
		python3 "$TOP/tests/check.d/csv-cells.py" \
		    "$TOP/schemas/resolution.csv.json" "$in" "$tmp/out.csv" \
		    "$d" "$safe" || fail=1
	done
done
exit $fail
