#!/bin/sh
# JSONTestSuite: what the JSON reader must accept and reject.
set -u
suite="$SHARED/suites/json-test-suite/test_parsing"
if [ ! -d "$suite" ]; then
	echo "json-suite: $suite missing, skipped"
	exit 77
fi
"$TESTBIN/json-suite" "$suite" tests/json-suite-exceptions.txt
