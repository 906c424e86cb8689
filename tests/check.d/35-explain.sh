#!/bin/sh
# iachr2json --explain on every release of tests/releases and
# ../shared/corpus: every field with a value drawn from the text has a
# span, and the input bytes each span names hold the value (a name, a
# number, a day and year, the State's name or adjective).  Prints how
# many fields pass.
set -u
if ! command -v python3 >/dev/null 2>&1; then
	echo "explain: python3 not installed, skipped"
	exit 77
fi
set -- "$TOP"/tests/releases/*.txt
if [ -d "$SHARED/corpus" ]; then
	set -- "$@" "$SHARED"/corpus/*.txt
else
	echo "explain: $SHARED/corpus missing, only tests/releases checked"
fi
python3 "$TOP/tests/explain-check.py" "$BIN/iachr2json" "$@"
