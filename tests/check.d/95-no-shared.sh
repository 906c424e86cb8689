#!/bin/sh
# A clone without ../shared: every check script that reads $SHARED runs
# with SHARED an empty folder and must pass or skip (77), never fail, and
# say what it left out by a line that names a path under $SHARED that is
# indeed missing.  The unit test that reads $SHARED skips too.
set -u
self=${0##*/}
# Which lines a script prints does not depend on how the tools are built.
if [ "${SANITIZE:-}" = 1 ]; then
	echo "no-shared: checked by the plain build, not under the sanitizers"
	exit 77
fi
empty=$(mktemp -d) || exit 2
out=$(mktemp) || exit 2
trap 'rm -rf "$empty" "$out"' EXIT
fail=0
n=0
for script in "$TOP"/tests/check.d/*.sh; do
	[ "${script##*/}" = "$self" ] && continue
	grep -q 'SHARED' "$script" || continue
	n=$((n + 1))
	SHARED=$empty sh "$script" > "$out" 2>&1
	rc=$?
	name=${script##*/}
	if [ "$rc" != 0 ] && [ "$rc" != 77 ]; then
		echo "no-shared: $name: status $rc"
		sed -n 1,5p "$out"
		fail=1
		continue
	fi
	named=$(grep -o "$empty/[^ ,;:)]*" "$out" | sort -u)
	if [ -z "$named" ]; then
		echo "no-shared: $name: no line names what is missing"
		fail=1
		continue
	fi
	for path in $named; do
		if [ -e "$path" ]; then
			echo "no-shared: $name: names $path, which is there"
			fail=1
		elif ! grep "$path" "$out" | grep -q ' missing'; then
			echo "no-shared: $name: $path not said to be missing"
			fail=1
		fi
	done
	echo "no-shared: $name: status $rc, $(echo "$named" | wc -l) missing" \
	    "path(s) named"
done
SHARED=$empty "$TESTBIN/unit-tests" --filter 'json_parse/*' > "$out" 2>&1 ||
    { echo "no-shared: unit tests failed"; sed -n 1,5p "$out"; fail=1; }
echo "no-shared: $n scripts run without ../shared"
exit $fail
