#!/bin/sh
# Every pipeline in the EXAMPLES of a man page runs: each .Dl line is run
# by bash (with pipefail) in a folder of fixtures named as the pages name them (release.txt,
# records.jsonl, dataset.csv, ...), with the tools first on PATH, and
# must exit 0.  A line that needs a program this machine lacks, or a file
# of ../shared that is not there, is reported and skipped.
set -u
for tool in iachr2json json2csv json2xml json2yaml; do
	if [ ! -x "$BIN/$tool" ]; then
		echo "man-examples: $tool not built"
		exit 77
	fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PATH="$BIN:$PATH"
export PATH
W=${IACHR_WRAPPER:-}

# Fixtures: the sample release and records made from it by the tools.
mkdir -p "$work/samples" "$work/releases" "$work/data"
cp "$TOP/samples/seed.txt" "$work/samples/"
for f in release.txt r.txt releases/a.txt; do
	cp "$TOP/samples/seed.txt" "$work/$f"
done
# Another resolution: a dataset holds each release once.
cp "$TOP/tests/releases/p1.txt" "$work/releases/b.txt"
(
	cd "$work" || exit 1
	iachr2json release.txt > seed.jsonl &&
	"$TESTBIN/gen-records" -n 20 -s 5 > gen.jsonl &&
	cat seed.jsonl gen.jsonl > records.jsonl &&
	cp records.jsonl resolutions.jsonl &&
	cp records.jsonl data/a.jsonl &&
	json2csv --safe-formulas gen.jsonl > dataset.csv 2>/dev/null &&
	json2csv --bom --crlf -d ';' --safe-formulas records.jsonl > excel.csv &&
	printf 'name,count,when\nLa Saline,3,2019-12-31\n"a, b",,x\n' > table.csv &&
	json2xml records.jsonl > resolutions.xml &&
	json2yaml records.jsonl > records.yaml &&
	printf 'name: demo\nitems: [1, 2]\non: yes\n' > config.yaml &&
	printf '{"type":"object","properties":{"at":{"$ref":"https://example.org/geo.json"}}}\n' > point.schema.json &&
	printf '{"type":"array","items":{"type":"number"},"minItems":2}\n' > geo.json &&
	printf '{"at":[1.5,2]}\n{"at":[3,4]}\n' > points.jsonl
) || { echo "man-examples: could not make the fixtures"; exit 1; }
# For libiachr(3): its example program, and a pkg-config file for the
# library as built here (with the sanitizers when it was built with them).
lib=${TESTBIN%/tests}
awk '/^\.Sh EXAMPLES/ { f = 1 } p && /^\.Ed/ { exit } p { print }
    f && /^\.Bd -literal/ { p = 1 }' "$TOP/man/libiachr.3" |
    sed -e 's/\\e/\\/g' > "$work/prog.c"
mkdir -p "$work/pc" "$work/include"
ln -s "$TOP/lib" "$work/include/iachr"
sed -e "s|@PREFIX@|$work|" -e "s|@LIBDIR@|$lib|" \
    -e "s|@INCLUDEDIR@|$work/include|" -e "s|@VERSION@|$(cat "$TOP/VERSION")|" \
    "$TOP/libiachr.pc.in" > "$work/pc/libiachr.pc"
[ "${SANITIZE:-}" = 1 ] &&
    sed -i 's|^Libs: .*|& -fsanitize=address,undefined|' "$work/pc/libiachr.pc"
PKG_CONFIG_PATH=$work/pc
LD_LIBRARY_PATH=$lib
export PKG_CONFIG_PATH LD_LIBRARY_PATH
# The official Akoma Ntoso schema, which one example validates against.
akn=$SHARED/suites/akn/akomantoso30.xsd
[ -f "$akn" ] && cp "$akn" "$SHARED/suites/akn/xml.xsd" "$work/"

status=0
ran=0
skipped=0
for page in "$TOP"/man/*.[1-8]; do
	awk '/^\.Sh EXAMPLES/ { f = 1; next } /^\.Sh/ { f = 0 }
	    f && /^\.Dl / { sub(/^\.Dl /, ""); print }' "$page" |
	sed -e 's/^\$ //' -e "s/\\\\(aq/'/g" -e 's/\\(dq/"/g' \
	    -e 's/\\(ba/|/g' -e 's/\\-/-/g' -e 's/\\e/\\/g' \
	    > "$work/examples"
	while IFS= read -r line; do
		missing=
		for word in $(printf '%s\n' "$line" |
		    sed -e "s/'[^']*'//g" -e 's/"[^"]*"//g' -e 's/&&/|/g' |
		    tr '|;' '\n\n' | awk '{ print $1 }'); do
			(cd "$work" && command -v "$word") >/dev/null 2>&1 ||
			    missing=$word
		done
		case $line in *pandas*)
			python3 -c 'import pandas' 2>/dev/null || missing=pandas ;;
		esac
		case $line in *akomantoso30.xsd*)
			[ -f "$akn" ] || missing="$akn" ;;
		esac
		if [ -n "$missing" ]; then
			echo "man-examples: ${page##*/}: skipped ($missing" \
			    "missing): $line"
			skipped=$((skipped + 1))
			continue
		fi
		ran=$((ran + 1))
		if ! (cd "$work" && bash -o pipefail -c "$line" \
		    > "$work/out" 2> "$work/err" < /dev/null); then
			echo "man-examples: ${page##*/}: failed: $line"
			head -n 5 "$work/err"
			status=1
		fi
	done < "$work/examples"
done
echo "man-examples: $ran examples ran, $skipped skipped"
exit $status
