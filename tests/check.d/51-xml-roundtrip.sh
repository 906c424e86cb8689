#!/bin/sh
# Records survive JSON -> XML -> JSON byte for byte (and JSON -> XML ->
# JSON -> YAML -> JSON when the YAML tools are built): 1,000 generated
# records as one collection and 50 of them one by one, and every corpus
# release's record, alone and all in one stream, when iachr2json is built
# (under the sanitizers, 5 records and every fifth release alone).
set -u
for tool in json2xml xml2json; do
	[ -x "$BIN/$tool" ] || { echo "xml-roundtrip: $tool not built"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
W=${IACHR_WRAPPER:-}
status=0

check() {	# name start.jsonl
	if ! $W "$BIN/json2xml" "$2" > "$work/mid.xml" ||
	    ! $W "$BIN/xml2json" "$work/mid.xml" > "$work/back.jsonl"; then
		echo "xml-roundtrip: $1: a conversion failed"
		status=1
		return
	fi
	if ! cmp -s "$2" "$work/back.jsonl"; then
		echo "xml-roundtrip: $1: JSON -> XML -> JSON differs:"
		diff "$2" "$work/back.jsonl" | head -n 4
		status=1
	fi
	if [ -x "$BIN/json2yaml" ] && [ -x "$BIN/yaml2json" ]; then
		if ! $W "$BIN/json2yaml" "$work/back.jsonl" |
		    $W "$BIN/yaml2json" > "$work/yaml.jsonl" ||
		    ! cmp -s "$2" "$work/yaml.jsonl"; then
			echo "xml-roundtrip: $1: JSON -> XML -> JSON -> YAML" \
			    "-> JSON differs"
			status=1
		fi
	fi
}

"$TESTBIN/gen-records" -n 1000 -s 3 > "$work/gen.jsonl" || exit 1
check "1,000 generated records" "$work/gen.jsonl"
# Under the sanitizers a tenth of the records alone, and a fifth of the
# releases: each goes through the same code, the collection and the
# corpus as one stream hold them all, and the tools are many times
# slower under them.
alone=50
nth=1
[ "${SANITIZE:-}" = 1 ] && alone=5 nth=5
singles=0
while IFS= read -r line; do
	printf '%s\n' "$line" > "$work/one.jsonl"
	check "generated record $((singles + 1)) alone" "$work/one.jsonl"
	singles=$((singles + 1))
	[ $singles -ge $alone ] && break
done < "$work/gen.jsonl"

n=0
[ -d "$SHARED/corpus" ] ||
    echo "xml-roundtrip: $SHARED/corpus missing, its releases skipped"
if [ -x "$BIN/iachr2json" ]; then
	for txt in "$TOP"/samples/*.txt "$SHARED"/corpus/*.txt; do
		[ -r "$txt" ] || continue
		"$BIN/iachr2json" "$txt" > "$work/rec.jsonl" 2>/dev/null ||
		    continue
		[ $((n % nth)) = 0 ] && check "${txt##*/}" "$work/rec.jsonl"
		cat "$work/rec.jsonl" >> "$work/corpus.jsonl"
		n=$((n + 1))
	done
	[ $n -gt 0 ] && check "the corpus as one stream" "$work/corpus.jsonl"
fi
# -o writes what stdout would have had.
$W "$BIN/json2xml" -o "$work/o.xml" "$work/gen.jsonl" &&
    $W "$BIN/xml2json" -o "$work/o.jsonl" "$work/o.xml" &&
    cmp -s "$work/o.jsonl" "$work/gen.jsonl" || {
	echo "xml-roundtrip: the same through -o differs"
	status=1
}

yaml=no
[ -x "$BIN/json2yaml" ] && [ -x "$BIN/yaml2json" ] && yaml=yes
echo "xml-roundtrip: 1,000 generated records (also $singles alone)," \
    "$n releases ($(((n + nth - 1) / nth)) alone);" \
    "YAML leg: $yaml; $([ $status -eq 0 ] && echo identical || echo DIFFERENCES)"
exit $status
