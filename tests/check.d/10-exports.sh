#!/bin/sh
# The shared library exports exactly the functions its public headers
# declare: every exported name starts with iachr_ and is declared in a
# lib/iachr*.h header that is not private; nothing else leaks out.
set -u
lib=$(ls "$TESTBIN"/../libiachr.so.* 2>/dev/null | head -n 1)
[ -n "$lib" ] || { echo "exports: no shared library built"; exit 1; }
headers=$(ls "$TOP"/lib/iachr*.h | grep -v '_private\.h$')
status=0
count=0
for sym in $(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBR]$/ { print $3 }'); do
	count=$((count + 1))
	case $sym in
	iachr_*) ;;
	*) echo "exports: $sym does not start with iachr_"; status=1; continue ;;
	esac
	if ! grep -q "\\<$sym\\>" $headers; then
		echo "exports: $sym is exported but in no public header"
		status=1
	fi
done
echo "exports: $count symbols checked"
exit $status
