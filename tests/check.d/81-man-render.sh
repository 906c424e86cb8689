#!/bin/sh
# The manual pages as readers see them: rendered by mandoc, no quotes
# opened inside quotes that are never closed (a Qq or Dq inside another
# enclosure whose arguments it swallows), and the member lists of
# iachr-record(5) printed as JSON.
set -u
command -v mandoc > /dev/null 2>&1 ||
    { echo "man-render: mandoc not installed"; exit 77; }
fail=0

check() {
	if eval "$2"; then
		echo "man-render: $1: ok"
	else
		echo "man-render: $1: FAILED"
		fail=1
	fi
}

# render FORMAT PAGE: the page as text, without overstriking.
render() {
	mandoc -T"$1" "$2" | col -b
}

for page in "$TOP"/man/*.[1-8]; do
	name=${page##*/}
	check "$name: no quote opened inside a quote" \
	    '! render utf8 "$page" | grep -n "“[^”]*“\|””"'
	check "$name: no \"member: without its closing quote" \
	    '! render ascii "$page" | grep -n "\"[a-z_][a-z_]*: \|\"\"[]})]"'
done

# The README's way to read a page from a clone, where man(1) is man-db.
if man --version 2>/dev/null | grep -q "^man "; then
	check "man -l man/json2csv.1 reads the page from the clone" \
	    '(cd "$TOP" && MANPAGER=cat man -l man/json2csv.1 2>&1) |
	    grep -q "json2csv .* write IACHR resolution records"'
fi

record=$TOP/man/iachr-record.5
for want in '{"number": n, "year": yyyy}' '{"name": name, "code": code}' \
    '{"name": name, "kind": kind}' '{"label": label, "text": text}' \
    '("a", "1", "i")' '("UTF-8", "ISO-8859-1" or "windows-1252")'; do
	check "iachr-record.5 shows $want" \
	    'render ascii "$record" | tr -s " \n\t" "   " | grep -qF "$want"'
done
check 'iachr-record.5 shows {"instrument": name, "article": article}' \
    'render ascii "$record" | tr -s " \n\t" "   " |
    grep -qF "{\"instrument\": name, \"article\": article}"'
exit $fail
