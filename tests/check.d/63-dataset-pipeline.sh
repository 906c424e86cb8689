#!/bin/sh
# The dataset pipeline of the README, typed as written, over the corpus
# releases (under the sanitizers, every fifth): one header and one row per
# release, which resvalidate passes; a release appended again, or a file
# with another header, is refused and the file left as it was.  Then the
# table of json2csv(1)'s Excel recipe (";", a byte order mark, CR LF) is
# read by resvalidate and csv2json, its delimiter sniffed or given;
# extensions in any case and .tsv.
set -u
W=${IACHR_WRAPPER:-}
corpus=$SHARED/corpus
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
fail=0

check() {
	if eval "$2"; then
		echo "dataset-pipeline: $1: ok"
	else
		echo "dataset-pipeline: $1: FAILED"
		fail=1
	fi
}

# Each of the README's loops, run by sh in a folder whose releases/ is
# the corpus and whose bin/ holds the tools.
readme_loops() {
	sed -n 's/^ *\(for f in releases\/\*\.txt; do .*json2csv >> dataset\.csv; done\)$/\1/p' \
	    "$TOP/README.md"
}

if [ ! -d "$corpus" ]; then
	echo "dataset-pipeline: $corpus missing, the README pipeline skipped"
else
	# Under the sanitizers the loops read every fifth release: each goes
	# through the same code, and the tools are many times slower there.
	if [ "${SANITIZE:-}" = 1 ]; then
		mkdir "$work/releases"
		ls "$corpus"/*.txt | awk 'NR % 5 == 1' |
		    while IFS= read -r txt; do
			ln -s "$txt" "$work/releases/"
		done
	else
		ln -s "$corpus" "$work/releases"
	fi
	n=$(ls "$work"/releases/*.txt | wc -l)
	ln -s "$BIN" "$work/bin"
	check "README has the pipeline" '[ -n "$(readme_loops)" ]'
	readme_loops > "$work/loops"
	while IFS= read -r loop; do
		rm -f "$work/dataset.csv"
		(cd "$work" && PATH="$BIN:$PATH" sh -c "$loop") 2> "$work/err"
		check "$loop: no message" '[ ! -s "$work/err" ]'
		check "$loop: one header" \
		    '[ "$(grep -c "^schema,id,language," "$work/dataset.csv")" = 1 ]'
		$W "$BIN/resvalidate" "$work/dataset.csv" 2> "$work/err"
		check "$loop: resvalidate passes it" '[ $? -eq 0 ]'
		check "$loop: $n rows" 'grep -q "^resvalidate: $n records checked, 0 invalid, 1 file$" "$work/err"'
	done < "$work/loops"

	cp "$work/dataset.csv" "$work/before.csv"
	first=$(ls "$corpus"/*.txt | head -n 1)
	"$BIN/iachr2json" < "$first" > "$work/again.json"
	$W "$BIN/json2csv" < "$work/again.json" >> "$work/dataset.csv" \
	    2> "$work/err"
	check "a release appended again: exit 1" '[ $? -eq 1 ]'
	check "a release appended again: reported" \
	    'grep -q "duplicate record: row [0-9]* of <stdout> has id" "$work/err"'
	check "a release appended again: file unchanged" \
	    'cmp -s "$work/dataset.csv" "$work/before.csv"'
fi

# Records of two releases, for the tables below.
"$BIN/iachr2json" "$TOP/samples/seed.txt" "$TOP/tests/releases/p1.txt" \
    > "$work/records.jsonl" || exit 1

printf 'a,b\n1,2\n' > "$work/other.csv"
cp "$work/other.csv" "$work/other.orig"
$W "$BIN/json2csv" < "$work/records.jsonl" >> "$work/other.csv" 2>/dev/null
check ">> to another header: exit 1" '[ $? -eq 1 ]'
check ">> to another header: file unchanged" \
    'cmp -s "$work/other.csv" "$work/other.orig"'

# Each release appended alone; the second with CR LF and ";" kept.
rm -f "$work/two.csv"
head -n 1 "$work/records.jsonl" |
    $W "$BIN/json2csv" --bom --crlf -d ';' >> "$work/two.csv"
tail -n 1 "$work/records.jsonl" | $W "$BIN/json2csv" >> "$work/two.csv"
check ">> keeps the file's delimiter and line end" \
    '$W "$BIN/csv2json" "$work/two.csv" | cmp -s - "$work/records.jsonl"'
check ">> keeps the file's delimiter and line end: CR LF rows" \
    '[ "$(grep -c "$(printf "\r")\$" "$work/two.csv")" = 3 ]'

$W "$BIN/json2csv" --bom --crlf -d ';' --safe-formulas \
    -o "$work/excel.csv" "$work/records.jsonl" || exit 1
check "Excel CSV: resvalidate sniffs ';'" \
    '$W "$BIN/resvalidate" "$work/excel.csv" 2>/dev/null'
check "Excel CSV: resvalidate -d ';'" \
    '$W "$BIN/resvalidate" -d ";" "$work/excel.csv" 2>/dev/null'
check "Excel CSV: csv2json sniffs ';'" \
    '$W "$BIN/csv2json" "$work/excel.csv" | cmp -s - "$work/records.jsonl"'
check "Excel CSV: csv2json --delimiter ';'" \
    '$W "$BIN/csv2json" --delimiter ";" "$work/excel.csv" |
    cmp -s - "$work/records.jsonl"'
$W "$BIN/resvalidate" -d , "$work/excel.csv" 2> "$work/err"
check "Excel CSV read with -d ,: exit 1" '[ $? -eq 1 ]'
check "Excel CSV read with -d ,: one error, suggesting -d ';'" \
    '[ "$(grep -c "excel.csv:" "$work/err")" = 1 ] &&
    grep -q "the whole line is one column: -d '"';'"' (--delimiter) reads it" "$work/err"'

cp "$work/excel.csv" "$work/EXCEL.CSV"
check "an upper-case .CSV is CSV" \
    '$W "$BIN/resvalidate" "$work/EXCEL.CSV" 2>/dev/null'
$W "$BIN/json2csv" -d tab -o "$work/records.tsv" "$work/records.jsonl"
check ".tsv is read as tab-separated" \
    '$W "$BIN/resvalidate" "$work/records.tsv" 2>/dev/null'
$W "$BIN/json2yaml" -o "$work/dataset.YML" "$work/records.jsonl"
check "an upper-case .YML is YAML" \
    '$W "$BIN/resvalidate" "$work/dataset.YML" 2>/dev/null'
$W "$BIN/resvalidate" --format json "$work/dataset.YML" 2> "$work/err"
check "YAML read as JSON: one error" \
    '[ "$(grep -c "dataset.YML:" "$work/err")" = 1 ]'
(cd "$work" && $W "$BIN/resvalidate" --formats csv excel.csv) 2> "$work/err"
check "--formats csv: did you mean --format csv?" \
    'grep -q "^resvalidate: did you mean --format csv?" "$work/err"'
$W "$BIN/resvalidate" --fromat=csv 2> "$work/err"
check "an unknown option: exit 2 and did you mean" \
    '[ $? -eq 2 ] && grep -q "^resvalidate: did you mean --format?$" "$work/err"'
exit $fail
