#!/bin/sh
# Runs every test of the project: the Criterion unit and golden tests, the
# check scripts of tests/check.d, the replay of each fuzz target's seeds
# and the man page lint.  Ends with one summary line.
#
# The tests run in lanes, one per processor (CHECK_LANES sets how many):
# each lane takes the next test from one queue, longest first by
# tests/check-costs, so that the lanes end together.  Each test's output
# goes to a file of its own and is printed whole, in the order above,
# as soon as it and the tests before it are done.
# Environment (set by make check): TOP, BIN, TESTBIN, SHARED, SANITIZE.
set -u
cd "$TOP" || exit 2
export TOP BIN TESTBIN SHARED LC_ALL=C

lint_man() {
	if ! command -v mandoc >/dev/null 2>&1; then
		echo "mandoc-lint: mandoc not installed"
		return 1
	fi
	set -- man/*.[1-8]
	[ -e "$1" ] || return 77
	# In man/, so that mandoc finds the pages .Xr refers to.
	out=$(cd man && mandoc -Tlint -Wall *.[1-8] 2>&1)
	[ -z "$out" ] && return 0
	printf '%s\n' "$out"
	return 1
}

# run_test NAME: runs the test NAME, its output in $LOGS/NAME.out, then
# its status and seconds in $LOGS/NAME.end ("STATUS SECONDS").
run_test() {
	name=$1
	started=$(date +%s)
	case $name in
	unit-tests) "$TESTBIN/unit-tests" --jobs=2 ;;
	*.sh) sh "tests/check.d/$name" ;;
	fuzz-seeds-*) "$TESTBIN/replay_fuzz_${name#fuzz-seeds-}" \
	    "tests/fuzz/seeds/${name#fuzz-seeds-}" ;;
	mandoc-lint) lint_man ;;
	*) echo "no such test"; false ;;
	esac > "$LOGS/$name.out" 2>&1 < /dev/null
	rc=$?
	echo "$rc $(($(date +%s) - started))" > "$LOGS/$name.tmp"
	mv "$LOGS/$name.tmp" "$LOGS/$name.end"
}

if [ "${1:-}" = --run ]; then
	shift
	for name; do
		run_test "$name"
	done
	exit 0
fi

# The tests, in the order the log shows them.
tests() {
	echo unit-tests
	for script in tests/check.d/*.sh; do
		[ -e "$script" ] && echo "${script##*/}"
	done
	for replay in "$TESTBIN"/replay_fuzz_*; do
		[ -e "$replay" ] && echo "fuzz-seeds-${replay##*/replay_fuzz_}"
	done
	echo mandoc-lint
}

# The tests longest first: by the seconds tests/check-costs gives for
# this build (its second column, or its third under the sanitizers);
# those it does not list come last, in their order.
by_cost() {
	column=2
	[ "${SANITIZE:-}" = 1 ] && column=3
	tests | awk -v col="$column" '
	    NR == FNR { if ($1 !~ /^#/ && NF >= col) cost[$1] = $col; next }
	    { print ($1 in cost ? cost[$1] : 0), FNR, $1 }' \
	    tests/check-costs - | sort -k1,1nr -k2,2n | cut -d ' ' -f 3
}

# print_results: each test's output, in order, as it ends, then the
# summary; fails if a test failed.  Stops where the lanes have ended
# without a test ending, or the run was stopped (its folder removed).
print_results() {
	passed=0
	failed=0
	skipped=0
	failures=
	seconds=0
	for name in $(tests); do
		while [ -d "$LOGS" ] && [ ! -e "$LOGS/$name.end" ] &&
		    [ ! -e "$LOGS/lanes-ended" ]; do
			sleep 1
		done
		[ -d "$LOGS" ] || exit 2
		echo "== $name"
		if [ -e "$LOGS/$name.end" ]; then
			cat "$LOGS/$name.out"
			read -r rc took < "$LOGS/$name.end"
		else
			echo "-- $name: did not run"
			rc=1 took=0
		fi
		seconds=$((seconds + took))
		echo "-- $name: $took s"
		case $rc in
		0) passed=$((passed + 1)) ;;
		77) skipped=$((skipped + 1)); echo "-- $name: skipped" ;;
		*) failed=$((failed + 1)); failures="$failures $name"
		   echo "-- $name: FAILED (status $rc)" ;;
		esac
	done
	echo "-- $lanes lanes: $seconds s of tests in" \
	    "$(($(date +%s) - started)) s"
	[ -n "$failures" ] && echo "failed:$failures"
	echo "checks: $passed passed, $failed failed, $skipped skipped"
	[ "$failed" -eq 0 ]
}

lanes=${CHECK_LANES:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)}
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/iachr-checks.XXXXXX") || exit 2
export LOGS
trap 'rm -rf "$LOGS"' EXIT
trap 'exit 130' INT TERM
started=$(date +%s)
# The printer in the background, the lanes in the foreground: an
# interrupt reaches the tests (a background job would ignore it).
print_results &
printer=$!
by_cost | xargs -n 1 -P "$lanes" sh tests/run-checks.sh --run
: > "$LOGS/lanes-ended"
wait "$printer"
