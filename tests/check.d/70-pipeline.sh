#!/bin/sh
# Every chain of conversions gives back the identical record: the sample
# release's record and generated records go through JSON -> YAML -> JSON
# -> XML -> JSON -> CSV -> JSON -> XML -> JSON -> YAML -> JSON, and each
# intermediate JSON must equal the start byte for byte.
set -u
for tool in json2yaml yaml2json json2xml xml2json json2csv csv2json; do
	if [ ! -x "$BIN/$tool" ]; then
		echo "pipeline: $tool not built"
		exit 77
	fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
W=${IACHR_WRAPPER:-}
"$TESTBIN/gen-records" -n 300 -s 7 > "$work/start.jsonl" || exit 1
if [ -x "$BIN/iachr2json" ]; then
	$W "$BIN/iachr2json" samples/seed.txt >> "$work/start.jsonl" || exit 1
fi
status=0
cp "$work/start.jsonl" "$work/cur.jsonl"
for step in yaml xml csv xml yaml; do
	$W "$BIN/json2$step" "$work/cur.jsonl" > "$work/mid" &&
	    $W "$BIN/${step}2json" "$work/mid" > "$work/next.jsonl" || {
		echo "pipeline: json2$step | ${step}2json failed"
		exit 1
	}
	if cmp -s "$work/start.jsonl" "$work/next.jsonl"; then
		echo "pipeline: after $step: identical"
	else
		echo "pipeline: after $step: records differ:"
		diff "$work/start.jsonl" "$work/next.jsonl" | head -n 6
		status=1
	fi
	mv "$work/next.jsonl" "$work/cur.jsonl"
done
echo "pipeline: $(wc -l < "$work/start.jsonl") records through 5 formats"
exit $status
