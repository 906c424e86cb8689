#!/bin/sh
# A record's key in a dataset is its id and its language.  The same
# record twice is refused alike as JSON Lines, YAML, XML and CSV, at the
# second one's id, naming the first; the English and Spanish releases of
# one resolution, which share an id, are accepted in all four formats.
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iachr-keys.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

seed=$TOP/samples/seed.json
cd "$tmp" || exit 2
sed 's/"language":"en"/"language":"es"/' "$seed" > es.json
cat "$seed" es.json > en-es.json
cat "$seed" es.json "$seed" > twice.json
for set in en-es twice; do
	"$BIN/json2yaml" $set.json > $set.yaml &&
	    "$BIN/json2xml" $set.json > $set.xml &&
	    "$BIN/json2csv" $set.json > $set.csv || {
		echo "$set: conversion failed"
		exit 2
	}
done

# Each format: where the second English record's id is, and the line
# the first one is reported at.
while read -r ext where first; do
	want="resvalidate: twice.$ext:$where: duplicate record: id"
	want="$want iachr-res-2021-55 language en first seen at line $first"
	"$BIN/resvalidate" twice.$ext > out 2> err < /dev/null
	rc=$?
	if [ "$rc" = 1 ] && [ "$(head -n 1 err)" = "$want" ] &&
	    grep -q '3 records checked, 1 invalid' err; then
		echo "twice.$ext: duplicate refused at $where"
	else
		echo "twice.$ext: status $rc (want 1), said:"
		cat err
		fail=1
	fi
	"$BIN/resvalidate" en-es.$ext > out 2> err < /dev/null
	rc=$?
	if [ "$rc" = 0 ] && grep -q '2 records checked, 0 invalid' err; then
		echo "en-es.$ext: one id in two languages accepted"
	else
		echo "en-es.$ext: status $rc (want 0), said:"
		cat err
		fail=1
	fi
done <<'END'
json 3:37 1
yaml 183:1 3
xml 302 36
csv 4:2 2
END

# Keys are per file: the same record in two files is no duplicate.
if "$BIN/resvalidate" "$seed" "$seed" 2> err; then
	echo "one record in two files: accepted"
else
	echo "one record in two files: refused:"
	cat err
	fail=1
fi
exit "$fail"
