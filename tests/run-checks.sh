#!/bin/sh
# Runs every test of the project: the Criterion unit and golden tests, the
# check scripts of tests/check.d (in order), the replay of each fuzz
# target's seeds and the man page lint.  Ends with one summary line.
# Environment (set by make check): TOP, BIN, TESTBIN, SHARED, SANITIZE.
set -u
cd "$TOP" || exit 2
export TOP BIN TESTBIN SHARED LC_ALL=C
passed=0
failed=0
skipped=0
failures=

run() {
	name=$1
	shift
	echo "== $name"
	started=$(date +%s)
	"$@"
	rc=$?
	echo "-- $name: $(($(date +%s) - started)) s"
	case $rc in
	0) passed=$((passed + 1)) ;;
	77) skipped=$((skipped + 1)); echo "-- $name: skipped" ;;
	*) failed=$((failed + 1)); failures="$failures $name"
	   echo "-- $name: FAILED (status $rc)" ;;
	esac
}

lint_man() {
	set -- man/*.[1-8]
	[ -e "$1" ] || return 77
	# In man/, so that mandoc finds the pages .Xr refers to.
	out=$(cd man && mandoc -Tlint -Wall *.[1-8] 2>&1)
	[ -z "$out" ] && return 0
	printf '%s\n' "$out"
	return 1
}

run unit-tests "$TESTBIN/unit-tests" --jobs=2
for script in tests/check.d/*.sh; do
	[ -e "$script" ] || continue
	run "${script##*/}" sh "$script"
done
for replay in "$TESTBIN"/replay_fuzz_*; do
	[ -e "$replay" ] || continue
	area=${replay##*/replay_fuzz_}
	run "fuzz-seeds-$area" "$replay" "tests/fuzz/seeds/$area"
done
if command -v mandoc >/dev/null 2>&1; then
	run mandoc-lint lint_man
else
	echo "== mandoc-lint: mandoc not installed"
	failed=$((failed + 1))
	failures="$failures mandoc-lint"
fi

[ -n "$failures" ] && echo "failed:$failures"
echo "checks: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
