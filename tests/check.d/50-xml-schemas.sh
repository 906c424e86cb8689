#!/bin/sh
# Every document json2xml writes validates against our profile
# (schemas/resolution.xsd) and against the official Akoma Ntoso 3.0
# schema: one statement per record of the sample and of the corpus (when
# iachr2json is built), and collections of generated records.  Without
# ../shared the official half is skipped and the script says so (77).
set -u
[ -x "$BIN/json2xml" ] || { echo "xml-schemas: json2xml not built"; exit 77; }
command -v xmllint >/dev/null 2>&1 || {
	echo "xml-schemas: xmllint not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
official=$SHARED/suites/akn/akomantoso30.xsd
[ -r "$official" ] || official=
status=0
docs=0

# Each document is kept under a name that says what it is, and all are
# validated at the end by one xmllint per schema, which then reads the
# large official schema once, not once a document.
keep() {
	cp "$1" "$work/docs/$2.xml"
	docs=$((docs + 1))
}

validate_all() {
	set -- "$work"/docs/*.xml
	[ -e "$1" ] || return
	for xsd in "$TOP/schemas/resolution.xsd" $official; do
		if ! xmllint --nonet --noout --schema "$xsd" "$@" \
		    >"$work/log" 2>&1; then
			echo "xml-schemas: not all valid against ${xsd##*/}:"
			grep -v ' validates$' "$work/log" | head -n 20
			status=1
		fi
	done
}

mkdir "$work/docs" || exit 2
# Collections: 1,000 generated records in documents of 250, and one
# statement alone.
"$TESTBIN/gen-records" -n 1000 -s 11 > "$work/gen.jsonl" || exit 1
split -l 250 "$work/gen.jsonl" "$work/part."
for part in "$work"/part.*; do
	"$BIN/json2xml" "$part" > "$part.xml" || { status=1; continue; }
	keep "$part.xml" "generated-${part##*/}"
done
head -n 1 "$work/gen.jsonl" | "$BIN/json2xml" > "$work/one.xml" &&
    keep "$work/one.xml" "one-generated-record"

# One statement per real record.
n=0
[ -d "$SHARED/corpus" ] ||
    echo "xml-schemas: $SHARED/corpus missing, its releases skipped"
if [ -x "$BIN/iachr2json" ]; then
	for txt in "$TOP"/samples/*.txt "$SHARED"/corpus/*.txt; do
		[ -r "$txt" ] || continue
		"$BIN/iachr2json" "$txt" > "$work/rec.json" 2>/dev/null ||
		    continue
		"$BIN/json2xml" "$work/rec.json" > "$work/rec.xml" ||
		    { status=1; continue; }
		keep "$work/rec.xml" "release-${txt##*/}"
		n=$((n + 1))
	done
fi
validate_all
echo "xml-schemas: $docs documents (1,000 generated records, $n releases)" \
    "checked against resolution.xsd${official:+ and akomantoso30.xsd}"
if [ -z "$official" ] && [ $status -eq 0 ]; then
	echo "xml-schemas: $SHARED/suites/akn/akomantoso30.xsd missing," \
	    "that half skipped"
	exit 77
fi
exit $status
