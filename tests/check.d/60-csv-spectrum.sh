#!/bin/sh
# Every case of csv-spectrum read by csv2json --raw equals its expected
# JSON (compared as parsed JSON: one object per row).
set -u
W=${IACHR_WRAPPER:-}
suite=$SHARED/suites/csv-spectrum
[ -d "$suite/csvs" ] ||
    { echo "csv-spectrum: $suite/csvs missing, skipped"; exit 77; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
for csv in "$suite"/csvs/*.csv; do
	name=${csv##*/}
	name=${name%.csv}
	if $W "$BIN/csv2json" --raw "$csv" > "$tmp/out" &&
	    python3 - "$tmp/out" "$suite/json/$name.json" <<'PY'
import json, sys
got = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
want = json.load(open(sys.argv[2], encoding="utf-8"))
sys.exit(0 if got == want else 1)
PY
	then
		pass=$((pass + 1))
	else
		echo "csv-spectrum: $name differs"
		fail=$((fail + 1))
	fi
done
echo "csv-spectrum: $pass equal, $fail differ"
[ "$fail" -eq 0 ]
