#!/bin/sh
# A lexicon line with words in brackets or braces stands for every phrase
# it allows ("passam [agora] a ser protegidos": with and without "agora";
# "beneficie {a|au|aux}": each of the three); a bracket or brace that does
# not enclose words as it should, a phrase of optional words only, or one
# that starts with an accented letter stops the build with the file and
# line.
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iachr-lex.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
gen="$TOP/scripts/gen-lexicon.sh"

printf 'coverage_cue\tpassam [agora] [tambem] a ser protegidos\n' \
    > "$tmp/pt.tsv"
sh "$gen" c "" "$tmp/pt.tsv" > "$tmp/out.c" 2> "$tmp/err" || {
	echo "lexicon-optional: a valid line refused: $(cat "$tmp/err")"
	exit 1
}
got=$(grep -c '"passam' "$tmp/out.c")
for phrase in "passam a ser protegidos" "passam agora a ser protegidos" \
    "passam tambem a ser protegidos" "passam agora tambem a ser protegidos"; do
	grep -q "\"$phrase\"" "$tmp/out.c" || {
		echo "lexicon-optional: \"$phrase\" not generated"
		fail=1
	}
done
[ "$got" -eq 4 ] || { echo "lexicon-optional: $got phrases, want 4"; fail=1; }

printf 'scope_cue\tla levee [partielle] beneficie {a|au|aux}\n' > "$tmp/fr.tsv"
sh "$gen" c "" "$tmp/fr.tsv" > "$tmp/out.c" 2> "$tmp/err" || {
	echo "lexicon-optional: a line with braces refused: $(cat "$tmp/err")"
	exit 1
}
got=$(grep -c '"la levee' "$tmp/out.c")
[ "$got" -eq 6 ] || { echo "lexicon-optional: $got phrases, want 6"; fail=1; }
grep -q '"la levee partielle beneficie aux"' "$tmp/out.c" || {
	echo "lexicon-optional: \"la levee partielle beneficie aux\" not generated"
	fail=1
}

# refused LINE MESSAGE: the generator exits non-zero naming line 1
refused() {
	printf '%s\n' "$1" > "$tmp/bad.tsv"
	if sh "$gen" c "" "$tmp/bad.tsv" > /dev/null 2> "$tmp/err"; then
		echo "lexicon-optional: accepted: $1"
		fail=1
	elif ! grep -q "bad.tsv:1: $2" "$tmp/err"; then
		echo "lexicon-optional: for \"$1\", said: $(cat "$tmp/err")"
		fail=1
	fi
}
refused "$(printf 'coverage_cue\tpassam [agora a ser')" 'want \[word\]'
refused "$(printf 'coverage_cue\tpassam [agora tambem] a ser')" 'want \[word\]'
refused "$(printf 'coverage_cue\t[agora] [tambem]')" 'a phrase of optional'
refused "$(printf 'scope_cue\tbeneficie {a|}')" 'want \[word\]'
refused "$(printf 'scope_cue\tbeneficie {a||au}')" 'want \[word\]'
refused "$(printf 'scope_cue\tbeneficie {a|au')" 'want \[word\]'
refused "$(printf 'role\t\303\251lu')" 'a phrase starts with an accented'
refused "$(printf 'role\t{elu|\303\251lu} du')" 'a phrase starts with an accented'
echo "lexicon-optional: checked"
exit $fail
