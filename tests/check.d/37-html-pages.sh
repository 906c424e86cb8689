#!/bin/sh
# HTML input: each release of $SHARED/corpus, wrapped in pages of the
# site's old and new layouts (menus, scripts, footers, a cookie banner;
# UTF-8, and ISO-8859-1 declared by a meta element), must give the same
# record as its text, apart from source (under the sanitizers, every
# fifth release).  Skips where the corpus is absent.
set -u
corpus=$SHARED/corpus
if [ ! -d "$corpus" ]; then
	echo "html-pages: $corpus missing, skipped"
	exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "html-pages: python3 not installed, skipped"
	exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
W=${IACHR_WRAPPER:-}
fail=0
pages=0
set -- "$corpus"/*.txt
# Under the sanitizers every fifth release, in every layout: the pages of
# each go through the same HTML reading, and 30-corpus.sh runs every text
# there; the tool is many times slower under them.
if [ "${SANITIZE:-}" = 1 ]; then
	i=0
	for txt; do
		shift
		[ $((i % 5)) = 0 ] && set -- "$@" "$txt"
		i=$((i + 1))
	done
fi
python3 "$TOP/tests/check.d/html-pages.py" wrap "$work" "$@" || exit 1
for txt; do
	stem=${txt##*/}
	stem=${stem%.txt}
	$W "$BIN/iachr2json" "$txt" > "$work/$stem.json" || {
		echo "html-pages: $stem: the text gives no record"
		fail=1
		continue
	}
	for html in "$work/$stem".*.html; do
		layout=${html#"$work/$stem."}
		layout=${layout%.html}
		case $layout in
		*-latin1)
			iconv -f UTF-8 -t ISO-8859-1 "$html" > "$html.tmp" &&
			    mv "$html.tmp" "$html" || { fail=1; continue; } ;;
		esac
		pages=$((pages + 1))
		if ! $W "$BIN/iachr2json" "$html" > "$html.json"; then
			echo "html-pages: $stem ($layout): no record"
			fail=1
		else
			echo "$stem($layout) $work/$stem.json $html.json" \
			    >> "$work/pairs"
		fi
	done
done
# One comparison for all the pages: a Python start per page is slow.
[ -f "$work/pairs" ] &&
    ! python3 "$TOP/tests/check.d/html-pages.py" compare "$work/pairs" &&
    fail=1
echo "html-pages: $pages pages"
exit $fail
