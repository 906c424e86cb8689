#!/bin/sh
# JSON-Schema-Test-Suite, draft 2020-12, through the command line: every
# required test must pass with resvalidate --schema, as it does through
# the library (20-json-schema-suite.sh).  Under the sanitizers only the
# first group of each keyword's file runs (see jsts-cli.py).
set -u
suite="$SHARED/suites/json-schema-test-suite"
if [ ! -d "$suite/tests/draft2020-12" ]; then
	echo "json-schema-suite-cli: $suite/tests/draft2020-12 missing, skipped"
	exit 77
fi
exec python3 "$TOP/tests/check.d/jsts-cli.py" "$suite" "$BIN/resvalidate"
