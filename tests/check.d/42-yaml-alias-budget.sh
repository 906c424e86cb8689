#!/bin/sh
# An alias charges the bytes its anchor writes, not one node: a 4 MB file
# whose 1 MiB anchor is used a million times (about 1 TB of JSON) must be
# refused at once, at the alias that passes the limit, with nothing
# written; anchors used within reason still expand.
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iachr-yaml-budget.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

{
	printf 'a: &a "'
	head -c 1048576 /dev/zero | tr '\0' x
	printf '"\nb: ['
	yes '*a,' | head -n 999999 | tr -d '\n'
	printf '*a]\n'
} > "$tmp/big.yaml"

# Should the limit fail, head stops the flood of output.
start=$(date +%s)
{ "$BIN/yaml2json" "$tmp/big.yaml" 2> "$tmp/err"; echo $? > "$tmp/rc"; } |
    head -c 65536 > "$tmp/out"
elapsed=$(($(date +%s) - start))
rc=$(cat "$tmp/rc")
if [ "$rc" != 1 ] || [ -s "$tmp/out" ]; then
	echo "1 MiB anchor used 10^6 times: status $rc," \
	    "$(wc -c < "$tmp/out") bytes written (want 1, none)"
	fail=1
fi
if ! grep -q "^yaml2json: $tmp/big.yaml:2:[0-9]*: aliases expand the" \
    "$tmp/err"; then
	echo "1 MiB anchor used 10^6 times: unexpected message:"
	head -c 300 "$tmp/err"
	echo
	fail=1
fi
if [ "$elapsed" -gt 20 ]; then
	echo "1 MiB anchor used 10^6 times: refused after ${elapsed}s"
	fail=1
fi
[ "$fail" = 0 ] && echo "1 MiB anchor used 10^6 times: refused in" \
    "${elapsed}s: $(cat "$tmp/err")" | cut -c1-200

# A 1 MiB anchor used four times, and merge keys, are fine.
{
	printf 'a: &a "'
	head -c 1048576 /dev/zero | tr '\0' x
	printf '"\nb: [*a, *a, *a, *a]\n'
	printf 'base: &base {x: 1, y: 2}\nm: {<<: *base, y: 3}\n'
} > "$tmp/ok.yaml"
if "$BIN/yaml2json" "$tmp/ok.yaml" > "$tmp/ok.json" 2> "$tmp/err" &&
    [ "$(wc -c < "$tmp/ok.json")" -gt 5242880 ] &&
    grep -q '"m":{"y":3,"x":1}' "$tmp/ok.json"; then
	echo "1 MiB anchor used four times, merge keys: expanded"
else
	echo "1 MiB anchor used four times, merge keys: refused:"
	cat "$tmp/err"
	fail=1
fi
exit "$fail"
