#!/bin/sh
# JSON-Schema-Test-Suite, draft 2020-12: every required test must pass;
# the optional ones are counted and their failures listed.
suite="$SHARED/suites/json-schema-test-suite"
if [ ! -d "$suite/tests/draft2020-12" ]; then
	echo "json-schema-suite: $suite/tests/draft2020-12 missing, skipped"
	exit 77
fi
"$TESTBIN/jsts-runner" "$suite"
