#!/bin/sh
# iachr2json --explain on every release of tests/releases and
# ../shared/corpus: every field with a value drawn from the text has a
# span, and the input bytes each span names hold the value (a name, a
# number, a day and year, the State's name or adjective).  Prints how
# many fields pass.  NFD copies of the accented releases of
# tests/releases are checked too, made here, so that spans map back
# through NFC.  Under the sanitizers every fourth file is checked.
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$TOP"/tests/releases/*.txt <<'PY'
import os, sys, unicodedata
for path in sys.argv[2:]:
    try:
        text = open(path, encoding="utf-8").read()
    except UnicodeDecodeError:
        continue
    nfd = unicodedata.normalize("NFD", text)
    if nfd != text:
        name = "nfd-" + os.path.basename(path)
        with open(os.path.join(sys.argv[1], name), "w",
                  encoding="utf-8") as f:
            f.write(nfd)
PY
python3 "$TOP/tests/explain-check.py" "$BIN/iachr2json" "$@" "$work"/*.txt
