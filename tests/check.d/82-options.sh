#!/bin/sh
# Each tool's options are the same in its manual page, its --help, what
# getopt accepts and its shell completions: see options.py.
set -u
command -v python3 > /dev/null 2>&1 ||
    { echo "options: python3 not installed, skipped"; exit 77; }
command -v mandoc > /dev/null 2>&1 ||
    { echo "options: mandoc not installed, skipped"; exit 77; }
exec python3 "$TOP/tests/check.d/options.py" "$BIN" "$TOP"
