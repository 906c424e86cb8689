#!/bin/sh
# What resvalidate writes for CI, read back as CI reads it: SARIF valid
# against the published SARIF 2.1.0 schema (tests/sarif), JUnit XML well-formed, GitHub workflow
# commands parsed per their syntax (no unknown positions, a title, a cap,
# a summary), JSON lines valid against schemas/resvalidate-errors.schema.json;
# the messages for a PDF and a jq projection; the composite action's steps
# and the pre-commit hook run as GitHub and pre-commit run them.
set -u
W=${IACHR_WRAPPER:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
R="$BIN/resvalidate"
PY="$TOP/tests/check.d/ci-reports.py"

check() {
	if eval "$2"; then
		echo "ci-reports: $1: ok"
	else
		echo "ci-reports: $1: FAILED"
		fail=1
	fi
}

"$TESTBIN/gen-records" -n 3 -s 11 > "$tmp/good.jsonl" || exit 1
# A good record, eleven bad ones, one a jq projection of a record, in a
# file whose name must be escaped.
"$TESTBIN/gen-records" -n 12 -s 13 | sed '2,$s/"schema":"[^"]*"/"schema":1/' \
    > "$tmp/bad,1:x.jsonl" || exit 1
echo '{"id":"iachr-res-2021-55","date":"2021-07-30"}' >> "$tmp/bad,1:x.jsonl"
printf '%%PDF-1.7\n%%binary\n' > "$tmp/release.pdf"
cd "$tmp" || exit 2

$W "$R" --errors sarif good.jsonl "bad,1:x.jsonl" missing.json \
    - < good.jsonl > out.sarif 2> /dev/null
check "sarif: status 2 with a missing file" '[ $? -eq 2 ]'
check "sarif: a relative uri, no line or column for a missing file" \
    'grep -q "\"uri\":\"bad,1%3Ax.jsonl\"},\"region\":{\"startLine\":2,\"startColumn\":" out.sarif &&
    grep -q "\"uri\":\"missing.json\"}}}\]" out.sarif'
check "sarif: the exit code in the invocation" \
    'grep -q "\"executionSuccessful\":false,\"exitCode\":2}" out.sarif'

$W "$R" --errors junit good.jsonl "bad,1:x.jsonl" missing.json > out.xml \
    2> /dev/null
check "junit: well-formed" 'xmllint --noout out.xml'
check "junit: one test case per record, a failure per bad one" \
    '[ "$(grep -c "<testcase " out.xml)" = 17 ] &&
    [ "$(grep -c "<failure " out.xml)" = 12 ] &&
    grep -q "tests=\"17\" failures=\"12\" errors=\"1\"" out.xml'

$W "$R" --errors json good.jsonl "bad,1:x.jsonl" missing.json - \
    < release.pdf > out.jsonl 2> /dev/null
check "json: every line valid against its schema" \
    '$W "$R" --schema "$TOP/schemas/resvalidate-errors.schema.json" \
    out.jsonl 2> /dev/null'
check "json: counts and the unreadable file in the summary" \
    'tail -n 1 out.jsonl | grep -q "\"records\":17,\"valid\":4,\"invalid\":13,\"files\":3,\"unreadable\":1,\"errors\":14,\"status\":2}"'
check "json: the missing file, null positions" \
    'grep -q "\"rule\":\"unreadable-file\",\"file\":\"missing.json\",\"line\":null,\"column\":null" out.jsonl'

$W "$R" release.pdf 2> out.err
check "a PDF: convert it with pdftotext first" \
    'grep -q "^resvalidate: release.pdf: a PDF document.*convert it with pdftotext first" out.err'
tail -n 1 "bad,1:x.jsonl" | $W "$R" 2> out.err
check "a jq projection: only whole records" \
    'grep -q "not a whole record: 15 of its 17 members missing.*only whole records are accepted" out.err'

if ! command -v python3 > /dev/null 2>&1; then
	echo "ci-reports: python3 not installed: the SARIF schema, GitHub, action and hook checks skipped"
	exit $fail
fi

python3 "$PY" sarif-schema "$TOP/tests/sarif/sarif-schema-2.1.0.json" \
    sarif.schema.json || exit 1
check "sarif: valid against the SARIF 2.1.0 schema" \
    '$W "$R" --formats --schema sarif.schema.json out.sarif 2> /dev/null'
sed 's/"startLine":2,/"startLine":0,/' out.sarif > bad.sarif
check "sarif: the schema refuses a line 0" \
    '$W "$R" --formats --schema sarif.schema.json bad.sarif 2> /dev/null;
    [ $? -eq 1 ]'

$W "$R" --errors github good.jsonl "bad,1:x.jsonl" missing.json - \
    < good.jsonl > out.gh 2> /dev/null
check "github: workflow commands, at most 10 annotations" \
    'python3 "$PY" github out.gh 10 > gh.txt'
check "github: file names unescaped back, positions, titles" \
    'grep -q "^bad,1:x.jsonl|2|[0-9][0-9]*|Invalid record|record 2 " gh.txt'
check "github: the missing file annotated without a line" \
    '! grep -q "missing.json" gh.txt &&
    grep -q "^resvalidate: missing.json: No such file" out.gh'
check "github: a notice for the errors past the cap" \
    'grep -q "^::notice title=resvalidate::3 more errors not shown" out.gh'
$W "$R" --errors github --max-errors 0 - missing.json < "bad,1:x.jsonl" \
    > out.gh 2> /dev/null
check "github --max-errors 0: every error, stdin without file=" \
    'python3 "$PY" github out.gh 0 > gh.txt &&
    [ "$(wc -l < gh.txt)" = 13 ] && grep -q "^|||Invalid record|record 2 " gh.txt &&
    grep -q "^missing.json|||Unreadable file|No such file" gh.txt'

# yaml FILE: the YAML as JSON, by Python's yaml module or by yaml2json.
yaml() {
	python3 "$PY" yaml "$1" 2> /dev/null || "$BIN/yaml2json" "$1"
}
field() {
	python3 -c "import json, sys; v = json.load(sys.stdin)
for k in sys.argv[1:]:
    v = v[int(k)] if isinstance(v, list) else v[k]
print(v)" "$@"
}

# The action's steps, run by bash as GitHub runs them, with the inputs.
yaml "$TOP/action.yml" > action.json || exit 1
n=$(python3 -c 'import json, sys; print(len(json.load(sys.stdin)["runs"]["steps"]))' < action.json)
run_action() {
	i=0
	while [ "$i" -lt "$n" ]; do
		field runs steps "$i" run < action.json > step.sh
		python3 - "$i" "$@" > step.env <<'PYEOF' || return 2
import json, re, shlex, sys
action = json.load(open("action.json"))
inputs = {k: v.get("default", "") for k, v in action["inputs"].items()}
for a in sys.argv[2:]:
    k, _, v = a.partition("=")
    inputs[k] = v
step = action["runs"]["steps"][int(sys.argv[1])]
for k, v in step.get("env", {}).items():
    v = re.sub(r"\$\{\{ *inputs\.([a-z-]+) *\}\}",
               lambda m: inputs[m.group(1)], v)
    print("export %s=%s" % (k, shlex.quote(v)))
PYEOF
		(env -u SANITIZE -u MAKEFLAGS -u MAKELEVEL \
		    GITHUB_ACTION_PATH="$TOP" bash --noprofile --norc -e -o \
		    pipefail -c '. ./step.env; . ./step.sh') || return $?
		i=$((i + 1))
	done
}
run_action paths="good.jsonl bad*.jsonl" max-errors=2 > out.gh 2> /dev/null
check "action: status 1 for a bad record" '[ $? -eq 1 ]'
check "action: two annotations, a notice, the summary" \
    'python3 "$PY" github out.gh 2 > gh.txt && [ "$(wc -l < gh.txt)" = 2 ] &&
    grep -q "^::notice title=resvalidate::10 more errors" out.gh'
run_action paths="*.jsonl" args="--format json --schema $TOP/schemas/resolution.schema.json" \
    > out.gh 2> /dev/null
check "action: args reach resvalidate" '[ $? -eq 1 ]'
run_action paths="good.jsonl" > out.gh 2> /dev/null
check "action: status 0 for good records" '[ $? -eq 0 ]'

# The hook, as pre-commit runs it: entry, args, then the matching files.
yaml "$TOP/.pre-commit-hooks.yaml" > hooks.json || exit 1
hook() {
	python3 - "$@" <<'PYEOF'
import json, re, shlex, sys
hook = json.load(open("hooks.json"))[0]
files = [f for f in sys.argv[1:] if re.search(hook["files"], f)]
print(" ".join(shlex.quote(w) for w in
               shlex.split(hook["entry"]) + hook.get("args", []) + files))
PYEOF
}
check "hook: resvalidate on the data files only" \
    '[ "$(hook good.jsonl notes.txt)" = "resvalidate good.jsonl" ]'
(PATH="$BIN:$PATH"; eval "$(hook good.jsonl notes.txt)") 2> /dev/null
check "hook: passes good records" '[ $? -eq 0 ]'
(PATH="$BIN:$PATH"; eval "$(hook good.jsonl "bad,1:x.jsonl")") 2> /dev/null
check "hook: fails a bad record" '[ $? -eq 1 ]'
exit $fail
