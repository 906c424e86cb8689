#!/bin/sh
# The YAML reader against the yaml-test-suite: every applicable case
# (error cases and cases with an in.json) must pass unless listed, with
# its reason, in tests/yaml-suite-exceptions.txt.
suite="$SHARED/suites/yaml-test-suite"
if [ ! -f "$suite/tests.tsv" ]; then
	echo "yaml-suite: $suite/tests.tsv missing, skipped"
	exit 77
fi
exec "$TESTBIN/yaml-suite" "$suite" "$TOP/tests/yaml-suite-exceptions.txt"
