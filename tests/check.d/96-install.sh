#!/bin/sh
# make install puts every part in its place under DESTDIR and PREFIX:
# the tools, the library and its headers, the pkg-config file, the manual
# pages (naming the installed schemas), the schemas and the completions.
set -u
# Where make install puts files does not depend on the sanitizers.
if [ "${SANITIZE:-}" = 1 ]; then
	echo "install: checked by the plain build, not under the sanitizers"
	exit 77
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

check() {
	if eval "$2"; then
		echo "install: $1: ok"
	else
		echo "install: $1: FAILED"
		fail=1
	fi
}

# install PREFIX: installs into $tmp/PREFIX; prints what is there.
install_under() {
	rm -rf "$tmp/root"
	make -s -C "$TOP" install DESTDIR="$tmp/root" PREFIX="$1" \
	    SANITIZE="${SANITIZE:-}" > "$tmp/log" 2>&1 ||
	    { cat "$tmp/log"; return 1; }
	(cd "$tmp/root" && find . ! -type d | sed "s,^\./,," | sort)
}

install_under /usr/local > "$tmp/files" || exit 1
u=usr/local
tools="csv2json iachr2json json2csv json2xml json2yaml resvalidate xml2json
yaml2json"
{
	for t in $tools; do
		echo "$u/bin/$t"
		echo "$u/share/bash-completion/completions/$t"
		echo "$u/share/zsh/site-functions/_$t"
		echo "$u/share/man/man1/$t.1"
	done
	echo "$u/include/iachr/iachr.h"
	echo "$u/lib/libiachr.a"
	echo "$u/lib/libiachr.so"
	echo "$u/lib/pkgconfig/libiachr.pc"
	echo "$u/share/man/man3/libiachr.3"
	echo "$u/share/man/man5/iachr-record.5"
	for s in "$TOP"/schemas/*; do
		echo "$u/share/iachr-tools/${s##*/}"
	done
} | sort > "$tmp/want"
check "every part installed" '! comm -23 "$tmp/want" "$tmp/files" | grep .'
check "nothing outside PREFIX" '! grep -v "^$u/" "$tmp/files"'
check "the schemas installed as they are" \
    '(for s in "$TOP"/schemas/*; do
	cmp -s "$s" "$tmp/root/$u/share/iachr-tools/${s##*/}" || exit 1
    done)'
check "the installed resvalidate reads the installed schemas" \
    '(for s in "$tmp/root/$u"/share/iachr-tools/*.json; do
	"$tmp/root/$u/bin/resvalidate" --schema "$s" /dev/null 2>/dev/null
	[ $? -ne 2 ] || exit 1
    done)'
check "resvalidate(1) names the installed schemas" \
    'grep -q "Pa /usr/local/share/iachr-tools/resolution.schema.json" \
	"$tmp/root/$u/share/man/man1/resvalidate.1"'
check "each file the pages name is installed" \
    '(for p in $(cat "$tmp/root/$u"/share/man/man*/* |
	sed -n "s|.*Pa \(/usr/local/share/iachr-tools/[^ ]*\).*|\1|p"); do
	[ -f "$tmp/root/$p" ] || { echo "not installed: $p"; exit 1; }
    done)'

# Another PREFIX: the pages name the schemas where they are.
install_under /opt/iachr > "$tmp/files" || exit 1
check "PREFIX=/opt/iachr: the pages name /opt/iachr/share/iachr-tools" \
    'grep -q "Pa /opt/iachr/share/iachr-tools/resolution.schema.json" \
	"$tmp/root/opt/iachr/share/man/man1/resvalidate.1" &&
    ! grep -rq /usr/local "$tmp/root/opt/iachr/share/man"'
exit $fail
