#!/bin/sh
# Writes the bash or zsh completion of a tool from its --help, the text
# made from the tool's own option table:
#
#   scripts/gen-completions.sh bash|zsh bin/TOOL > FILE
#
# An argument named file or FILE completes file names; one written as
# a|b|c completes those words; any other argument completes nothing.
set -eu
[ $# -eq 2 ] || { echo "usage: $0 bash|zsh tool" >&2; exit 2; }
shell=$1
tool=$2
name=${tool##*/}
"$tool" --help | awk -v shell="$shell" -v name="$name" '
# One option per line of the Options: section, its description on the
# same line or, when the forms are long, on the next.
/^Options:/ { inopts = 1; next }
/^$/ { inopts = 0 }
!inopts { next }
/^ +-/ {
	forms = $0
	sub(/^ +/, "", forms)
	desc = ""
	if (match(forms, /  +/)) {
		desc = substr(forms, RSTART + RLENGTH)
		forms = substr(forms, 1, RSTART - 1)
	}
	n++
	short[n] = ""; long[n] = ""; arg[n] = ""; optional[n] = 0
	if (forms ~ /^-[^-]/) {
		short[n] = substr(forms, 1, 2)
		forms = substr(forms, 3)
		sub(/^, /, "", forms)
		sub(/^ /, "=", forms)
	}
	if (forms ~ /^--/) {
		long[n] = forms
		sub(/[=[].*/, "", long[n])
		forms = substr(forms, length(long[n]) + 1)
	}
	if (forms ~ /^\[=/) {
		optional[n] = 1
		forms = substr(forms, 3, length(forms) - 3)
	} else {
		sub(/^=/, "", forms)
	}
	arg[n] = forms
	help[n] = desc
	next
}
/^ +[^ ]/ && n > 0 && help[n] == "" { help[n] = $0; sub(/^ +/, "", help[n]) }
END { if (shell == "bash") bash(); else zsh() }

function words(a) { gsub(/\|/, " ", a); return a }
function is_file(a) { return a == "file" || a == "FILE" }

function bash(   i, pat, all, fn) {
	fn = "_iachr_" name
	print "# bash completion for " name ", made by scripts/gen-completions.sh"
	print "# from its --help."
	print fn "()"
	print "{"
	print "\tlocal cur=${COMP_WORDS[COMP_CWORD]}"
	print "\tlocal prev=${COMP_WORDS[COMP_CWORD-1]} eq="
	print ""
	print "\t# --option=value: bash makes the = a word of its own."
	print "\tif [ \"$cur\" = \"=\" ]; then"
	print "\t\tcur= eq=1"
	print "\telif [ \"$prev\" = \"=\" ] && [ \"$COMP_CWORD\" -gt 1 ]; then"
	print "\t\tprev=${COMP_WORDS[COMP_CWORD-2]} eq=1"
	print "\tfi"
	print "\tcase $prev in"
	for (i = 1; i <= n; i++) {
		if (arg[i] == "")
			continue
		pat = long[i]
		if (short[i] != "")
			pat = short[i] (pat != "" ? "|" pat : "")
		if (optional[i])
			printf "\t%s)\n\t\tif [ -n \"$eq\" ]; then\n", pat
		else
			printf "\t%s)\n", pat
		if (is_file(arg[i]))
			print "\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))"
		else if (arg[i] ~ /\|/)
			print "\t\tCOMPREPLY=($(compgen -W \"" words(arg[i]) "\" -- \"$cur\"))"
		print (optional[i] ? "\t\t\treturn\n\t\tfi\n\t\t;;" : "\t\treturn ;;")
	}
	print "\tesac"
	for (i = 1; i <= n; i++)
		all = all (all != "" ? " " : "") \
		    (short[i] != "" ? short[i] (long[i] != "" ? " " : "") : "") \
		    long[i]
	print "\tif [[ $cur == -* ]]; then"
	print "\t\tCOMPREPLY=($(compgen -W \"" all "\" -- \"$cur\"))"
	print "\telse"
	print "\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))"
	print "\tfi"
	print "}"
	print "complete -o filenames -F " fn " " name
}

function zsh_escape(s) {
	gsub(/\[/, "\\[", s); gsub(/\]/, "\\]", s); gsub(/'\''/, "'\'\\\\\'\''", s)
	return s
}

function zsh(   i, spec, action, forms) {
	print "#compdef " name
	print "# zsh completion for " name ", made by scripts/gen-completions.sh"
	print "# from its --help."
	print "_arguments -s -S \\"
	for (i = 1; i <= n; i++) {
		if (arg[i] == "")
			action = ""
		else if (is_file(arg[i]))
			action = ":" arg[i] ":_files"
		else if (arg[i] ~ /\|/)
			action = ":" arg[i] ":(" words(arg[i]) ")"
		else
			action = ":" arg[i] ": "
		if (optional[i])
			action = ":" action
		if (short[i] != "" && long[i] != "")
			forms = "'\''(" short[i] " " long[i] ")'\''{" \
			    short[i] (arg[i] != "" ? "+" : "") "," long[i] \
			    (arg[i] != "" ? "=" : "") "}'\''"
		else
			forms = "'\''" (short[i] != "" ? short[i] \
			    (arg[i] != "" ? "+" : "") : long[i] \
			    (arg[i] == "" ? "" : optional[i] ? "=-" : "="))
		print "\t" forms "[" zsh_escape(help[i]) "]" action "'\'' \\"
	}
	print "\t'\''*:file:_files'\''"
}
'
