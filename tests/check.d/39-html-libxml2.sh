#!/bin/sh
# iachr2json loads libxml2 with the first HTML page, not at start, and
# never libyaml: neither is among the libraries the tool needs.  When
# libxml2 cannot be loaded (tests/fault/iofault.c fails the dlopen), a
# page is refused with "iachr2json: FILE: cannot load libxml2.so.2, ..."
# and status 2, and the releases around it still give their records.
set -u
SHIM=$TESTBIN/iofault.so
if [ ! -f "$SHIM" ]; then
	echo "html-libxml2: $SHIM not built"
	exit 77
fi
preload=$SHIM
if [ "${SANITIZE:-}" = 1 ]; then
	asan=$(ldd "$BIN/iachr2json" | awk '$1 ~ /^libasan/ { print $3 }')
	[ -n "$asan" ] && preload="$asan:$SHIM"
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iachr-libxml2.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

needed=$(readelf -d "$BIN/iachr2json" | awk '/NEEDED/ { print $NF }')
case $needed in
*libxml2* | *libyaml*)
	echo "html-libxml2: iachr2json needs $(echo $needed)"
	fail=1 ;;
esac

cd "$tmp" || exit 2
cp "$TOP/samples/seed.txt" seed.txt
{ echo '<html><body><main>'; sed 's/^/<p>/' seed.txt
    echo '</main></body></html>'; } > page.html
"$BIN/iachr2json" seed.txt > want.jsonl || exit 2
cat want.jsonl want.jsonl > want2.jsonl
LD_PRELOAD=$preload IOFAULT_CALLS=dlopen "$BIN/iachr2json" seed.txt \
    page.html seed.txt > out 2> err
rc=$?
msg="iachr2json: page.html: cannot load libxml2.so.2, which reads HTML pages"
if [ "$rc" != 2 ] || [ "$(cat err)" != "$msg" ] ||
    ! cmp -s out want2.jsonl; then
	echo "html-libxml2: with no libxml2: status $rc (want 2), said:"
	cat err
	fail=1
else
	echo "html-libxml2: with no libxml2: refused, status 2"
fi
# The page reads when libxml2 is there.
if ! "$BIN/iachr2json" page.html > out 2> err || [ -s err ] ||
    [ "$(wc -l < out)" != 1 ]; then
	echo "html-libxml2: the page gives no record:"
	cat err
	fail=1
fi
exit "$fail"
