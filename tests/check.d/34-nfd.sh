#!/bin/sh
# Text as users copy it: each release of tests/releases and
# ../shared/corpus that holds accents, rewritten in decomposed Unicode
# (NFD, as macOS copies it), must give the same record as the release
# itself, apart from source and an id made from the input's hash.
# Under the sanitizers every fourth release is tried.
set -u
if ! command -v python3 >/dev/null 2>&1; then
	echo "nfd: python3 not installed, skipped"
	exit 77
fi
set -- "$TOP"/tests/releases/*.txt
if [ -d "$SHARED/corpus" ]; then
	set -- "$@" "$SHARED"/corpus/*.txt
else
	echo "nfd: $SHARED/corpus missing, only tests/releases checked"
fi
python3 - "$BIN/iachr2json" "$@" <<'PY'
import json, os, subprocess, sys, tempfile, unicodedata

tool, files = sys.argv[1], sys.argv[2:]
# Under the sanitizers every fourth release: each goes through the same
# normalization, and 30-corpus.sh and 32-releases.sh run all of them
# there; the tool is many times slower under them.
if os.environ.get("SANITIZE") == "1":
    files = files[::4]
wrapper = os.environ.get("IACHR_WRAPPER", "").split()
same = tried = 0
with tempfile.TemporaryDirectory() as work:
    nfd = os.path.join(work, "nfd.txt")
    for path in files:
        try:
            text = open(path, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        decomposed = unicodedata.normalize("NFD", text)
        if decomposed == text:
            continue
        with open(nfd, "w", encoding="utf-8") as f:
            f.write(decomposed)
        runs = [subprocess.run(wrapper + [tool, p], capture_output=True)
                for p in (path, nfd)]
        tried += 1
        if runs[0].returncode != runs[1].returncode:
            print("nfd: %s: exit %d, NFD copy exit %d" % (path,
                  runs[0].returncode, runs[1].returncode))
            continue
        if runs[0].returncode != 0:
            same += 1
            continue
        a, b = (json.loads(r.stdout) for r in runs)
        for rec in (a, b):
            del rec["source"]
            if rec["id"].startswith("iachr-sha-"):
                del rec["id"]
        if a == b:
            same += 1
        else:
            diff = [k for k in a if a.get(k) != b.get(k)]
            print("nfd: %s: NFD copy differs in %s" % (path,
                  ", ".join(diff)))
print("nfd: %d of %d releases give the same record in NFD" % (same, tried))
sys.exit(0 if same == tried and tried > 0 else 1)
PY
