#!/bin/sh
# Writes the lexicon (lexicon/*.tsv, one file per language) as sorted C
# arrays, so that the extractor reads its words with no start-up cost.
# Each class gives iachrp_lex_CLASS, the union of every language sorted
# and without repeats; the classes named in PER_LANGUAGE (separated by
# spaces) also give iachrp_lex_CLASS_LANG for each language that has
# them.  A class whose lines carry a value is an array of struct
# iachrp_lex_pair, else of strings; each ends with a NULL entry.  Each
# array has an index beside it, iachrp_lex_CLASS[_LANG]_index.
# usage: gen-lexicon.sh h|c PER_LANGUAGE FILE... > out
set -eu
mode=$1
per_language=$2
shift 2
# Each line of each file as class, language, phrase, value, field count.
entries() {
	for f in "$@"; do
		lang=${f##*/}
		lang=${lang%.tsv}
		awk -v lang="$lang" -v file="$f" -F '\t' '
		/^#/ || /^[ \t]*$/ { next }
		NF < 2 || NF > 3 || $1 !~ /^[a-z][a-z0-9_]*$/ || $2 == "" {
			printf "%s:%d: want class<TAB>phrase[<TAB>value]\n", \
			    file, NR > "/dev/stderr"
			exit 1
		}
		# "passam [agora] a ser protegidos": a word in brackets may be
		# left out; "beneficie {a|au|aux}": one of the words in braces
		# stands there.  The line stands for each phrase it allows.
		{
			n = split($2, w, " ")
			np = 1
			part[1] = ""
			required = 0
			for (i = 1; i <= n; i++) {
				if (w[i] ~ /^\[[^][{}|]+\]$/) {
					nalt = 1
					alt[1] = substr(w[i], 2, length(w[i]) - 2)
					optional = 1
				} else if (w[i] ~ /^{[^][{}]+}$/ && w[i] !~ /\|\|/ &&
				    w[i] !~ /^{\|/ && w[i] !~ /\|}$/) {
					nalt = split(substr(w[i], 2,
					    length(w[i]) - 2), alt, "|")
					optional = 0
					required++
				} else if (w[i] ~ /[][{}|]/) {
					printf "%s:%d: want [word] or {word|word}\n", \
					    file, NR > "/dev/stderr"
					exit 1
				} else {
					nalt = 1
					alt[1] = w[i]
					optional = 0
					required++
				}
				nq = 0
				for (p = 1; p <= np; p++) {
					if (optional)
						next_part[++nq] = part[p]
					for (a = 1; a <= nalt; a++)
						next_part[++nq] = part[p] \
						    (part[p] == "" ? "" : " ") alt[a]
				}
				np = nq
				for (p = 1; p <= np; p++)
					part[p] = next_part[p]
			}
			if (required == 0) {
				printf "%s:%d: a phrase of optional words only\n", \
				    file, NR > "/dev/stderr"
				exit 1
			}
			# The rules look a phrase up by its first letter
			# unaccented, as the text is matched.
			for (p = 1; p <= np; p++) {
				if (substr(part[p], 1, 1) == "\303") {
					printf "%s:%d: a phrase starts with " \
					    "an accented letter: write it " \
					    "without\n", file, NR > "/dev/stderr"
					exit 1
				}
			}
			for (p = 1; p <= np; p++)
				printf "%s\t%s\t%s\t%s\t%d\n", $1, lang, part[p], \
				    $3, NF
		}
		' "$f"
	done
}
# A bad line stops the build here: the exit status of a pipeline is its
# last command's.
entries "$@" > /dev/null
entries "$@" | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -k2,2 -k3,3 -k4,4 -u |
LC_ALL=C awk -v mode="$mode" -v per_language="$per_language" -F '\t' '
BEGIN {
	for (i = 1; i < 256; i++)
		ord[sprintf("%c", i)] = i
	nentry = 0	# entries of iachrp_lex_letter_pairs
	n = split(per_language, names, " ")
	for (i = 1; i <= n; i++)
		by_language[names[i]] = 1
}
# The phrase as a C string literal: octal escapes for every byte that is
# not printable ASCII, so that no escape runs into the next character.
function literal(s,   out, i, c) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "\"" || c == "\\")
			out = out "\\" c
		else if (ord[c] < 32 || ord[c] > 126)
			out = out sprintf("\\%03o", ord[c])
		else
			out = out c
	}
	return "\"" out "\""
}
{
	cls = $1; lg = $2; text = $3; value = $4
	if (!(cls in valued)) {
		valued[cls] = ($5 == 3)
		classes[++nclass] = cls
	} else if (valued[cls] != ($5 == 3)) {
		printf "lexicon: class %s: every line or none has a value\n", \
		    cls > "/dev/stderr"
		exit 1
	}
	entry = valued[cls] ? "{ " literal(text) ", " literal(value) ", " \
	    (value + 0) " }" : literal(text)
	key = cls SUBSEP lg
	if (!(key in count))
		langs[cls] = langs[cls] " " lg
	items[key, ++count[key]] = entry
	texts[key, count[key]] = text
	# The union: one entry for a phrase (and value) in several languages.
	ukey = cls SUBSEP text SUBSEP value
	in_language[ukey, lg] = 1
	if (!(lg in language_bit))
		language_bit[lg] = 0
	if (!(ukey in seen)) {
		seen[ukey] = 1
		all[++nall] = cls SUBSEP text SUBSEP value SUBSEP entry
	}
}
function type(cls) {
	return valued[cls] ? "const struct iachrp_lex_pair" : \
	    "const char *const"
}
# For a class read one language at a time, beside its union: the
# languages each entry of the union is in, bit k for the k-th language
# in alphabetical order.
function emit_languages(name, cls, n,   i, lg, mask, list) {
	if (mode == "h") {
		printf "extern const unsigned char %s_languages[%d];\n", name, n
		return
	}
	for (i = 1; i <= n; i++) {
		mask = 0
		for (lg in language_bit)
			if ((cls SUBSEP ukeys[i] SUBSEP lg) in in_language)
				mask += 2 ^ language_bit[lg]
		list[i - 1] = mask
	}
	printf "const unsigned char %s_languages[%d] = {\n%s\n};\n\n", \
	    name, n, wrap(list, n, "\t")
}
function emit(name, cls, n, body) {
	if (mode == "h")
		printf "extern %s %s[%d];\n", type(cls), name, n + 1
	else
		printf "%s %s[%d] = {\n%s\t%s\n};\n\n", type(cls), name, \
		    n + 1, body, valued[cls] ? "{ NULL, NULL, 0 }" : "NULL"
	emit_index(name, n)
}
function hex32(v,   out, i) {
	out = ""
	for (i = 0; i < 8; i++) {
		out = substr("0123456789abcdef", v % 16 + 1, 1) out
		v = int(v / 16)
	}
	return "0x" out
}
# The n items of a C array initialiser, each line indented, wrapped to
# stay within 80 columns.
function wrap(list, n, indent,   out, line, i) {
	out = ""
	line = ""
	for (i = 0; i < n; i++) {
		if (length(line) + length(list[i]) + 2 > 64) {
			out = out indent line "\n"
			line = ""
		}
		line = line (line == "" ? "" : " ") list[i] (i < n - 1 ? "," : "")
	}
	return out indent line
}
# The slot of a letter in the index: a-z as 0-25, any other byte 26.
function letter_slot(c) {
	return c >= 97 && c <= 122 ? c - 97 : 26
}
# The bit of the third and fourth letters of a phrase in the filter
# of 64 bits of its pair: slots 0-26 each, folded.
function fourth_bit(c, d) {
	return (c * 27 + d) % 64
}
# The index of the n phrases in phrase[1..n] (sorted): where the phrases
# of each first letter start; the pairs of first letters they start with;
# and for each pair of lowercase letters, the third letters, the third
# and fourth letters (folded) and where its phrases are (see lexicon.h).
# A phrase that starts with no letter can only match a text that starts
# with none: it opens row 26 to anything.
function emit_index(name, n,   i, row, b, slot, c0, c1, c2, c3, d, start,
    pair, bit, l, third, any, four, pairs_at, from, to, mask, half, k) {
	if (mode == "h") {
		printf "extern const struct iachrp_lex_index %s_index;\n", name
		return
	}
	for (row = 0; row < 27; row++)
		pair[row] = 0
	split("", bit)
	split("", third)
	split("", any)
	split("", four)
	split("", from)
	l = 0
	for (i = 1; i <= n; i++) {
		c0 = ord[substr(phrase[i], 1, 1)] + 0
		c1 = ord[substr(phrase[i], 2, 1)] + 0
		c2 = ord[substr(phrase[i], 3, 1)] + 0
		c3 = ord[substr(phrase[i], 4, 1)] + 0
		while (l < 27 && c0 >= 97 + l)
			start[l++] = i - 1
		if (c0 < 97 || c0 > 122) {
			pair[26] = 4294967295
			continue
		}
		row = c0 - 97
		if (c1 == 42 || c1 >= 128) {
			pair[row] = 4294967295
			continue
		}
		slot = letter_slot(c1)
		if (!((row, slot) in bit) && pair[row] != 4294967295) {
			bit[row, slot] = 1
			pair[row] += 2 ^ slot
		}
		if (!((row, slot) in from))
			from[row, slot] = i - 1
		to[row, slot] = i
		# A phrase that ends, or has a stem or a byte that is not
		# ASCII there, may match whatever the third letter is.
		if (c1 == 0 || c2 == 0 || c2 == 42 || c2 >= 128) {
			any[row, slot] = 1
			continue
		}
		third[row, slot, letter_slot(c2)] = 1
		for (d = 0; d < 27; d++)
			if (c3 == 0 || c3 == 42 || c3 >= 128 ||
			    d == letter_slot(c3))
				four[row, slot, fourth_bit(letter_slot(c2), d)] = 1
	}
	while (l < 27)
		start[l++] = n
	for (row = 0; row < 26; row++) {
		pairs_at[row] = nentry
		if (pair[row] == 4294967295)
			continue
		for (b = 0; b < 26; b++) {
			if (!((row, b) in bit))
				continue
			mask = 0
			for (slot = 0; slot < 27; slot++)
				if ((row, b) in any || (row, b, slot) in third)
					mask += 2 ^ slot
			for (k = 0; k < 2; k++) {
				half[k] = 0
				for (slot = 0; slot < 32; slot++)
					if ((row, b) in any ||
					    (row, b, 32 * k + slot) in four)
						half[k] += 2 ^ slot
			}
			entries[nentry++] = "{ " hex32(mask) ", " from[row, b] \
			    ", " to[row, b] ", { " hex32(half[0]) ", " \
			    hex32(half[1]) " } }"
		}
	}
	for (row = 0; row < 27; row++)
		pair[row] = hex32(pair[row])
	printf "const struct iachrp_lex_index %s_index = {\n", name
	printf "\t{\n%s\n\t},\n", wrap(start, 27, "\t\t")
	printf "\t{\n%s\n\t},\n", wrap(pair, 27, "\t\t")
	printf "\t{\n%s\n\t}\n};\n\n", wrap(pairs_at, 26, "\t\t")
}
END {
	if (mode == "h") {
		print "/* Generated by scripts/gen-lexicon.sh; do not edit. */"
		print "#ifndef IACHR_LEXICON_H"
		print "#define IACHR_LEXICON_H\n"
		print "#include <stdint.h>\n"
		print "struct iachrp_lex_pair {"
		print "\tconst char *text;\t/* folded ASCII; \x27*\x27 ends " \
		    "a stem */"
		print "\tconst char *value;"
		print "\tint number;\t\t/* value as a number, 0 when none */"
		print "};\n"
		print "/*"
		print " * Beside each class, so that its phrases are looked up " \
		    "without a"
		print " * search: start[i] is the first entry whose text " \
		    "starts with the"
		print " * byte \x27a\x27 + i or a later one (start[26]: past " \
		    "\x27z\x27), pair the"
		print " * pairs of first letters the texts start with, as " \
		    "struct"
		print " * iachrp_cueset holds them, but that a text that " \
		    "starts with no"
		print " * letter only opens row 26.  For each pair of " \
		    "lowercase letters"
		print " * a row of pair holds (bits 0-25, unless the row is " \
		    "all ones), pairs"
		print " * has an entry in iachrp_lex_letter_pairs: row " \
		    "a\x27s from pairs_at[a]"
		print " * on, in the order of their bits.  No pointer: the " \
		    "index is read"
		print " * only, with nothing to relocate at start-up."
		print " */"
		print "struct iachrp_lex_letter_pair {"
		print "\tuint32_t third;\t\t/* slots of the letters after " \
		    "the pair */"
		print "\tuint16_t from, to;\t/* the entries that start " \
		    "with it */"
		print "\tuint32_t fourth[2];\t/* bit (27 * third + fourth " \
		    "slot) % 64 */"
		print "};\n"
		print "struct iachrp_lex_index {"
		print "\tuint16_t start[27];"
		print "\tuint32_t pair[27];"
		print "\tuint16_t pairs_at[26];"
		print "};\n"
		print "/* The pairs of every index, each index\x27s in a run. */"
		print "extern const struct iachrp_lex_letter_pair " \
		    "iachrp_lex_letter_pairs[];\n"
		print "/*"
		print " * A class read one language at a time has, beside " \
		    "its union,"
		print " * iachrp_lex_CLASS_languages: for each entry of the " \
		    "union, the"
		print " * languages that have it, bit k for the k-th language " \
		    "code in"
		print " * alphabetical order (en, es, fr, pt)."
		print " */"
	} else {
		print "/* Generated by scripts/gen-lexicon.sh; do not edit. */"
		print "#include <stddef.h>\n"
		print "#include \"lexicon.h\"\n"
	}
	# The union, sorted by phrase (the input is sorted by language first).
	for (i = 1; i <= nall; i++)
		ulist[i] = all[i]
	# Bits of the languages, in alphabetical order.
	nlg = 0
	for (lg in language_bit)
		lgs[++nlg] = lg
	for (i = 2; i <= nlg; i++)
		for (j = i; j > 1 && lgs[j - 1] > lgs[j]; j--) {
			v = lgs[j]
			lgs[j] = lgs[j - 1]
			lgs[j - 1] = v
		}
	for (i = 1; i <= nlg; i++)
		language_bit[lgs[i]] = i - 1
	for (c = 1; c <= nclass; c++) {
		cls = classes[c]
		n = 0
		for (i = 1; i <= nall; i++) {
			split(all[i], f, SUBSEP)
			if (f[1] == cls)
				sel[++n] = f[2] SUBSEP f[3] SUBSEP f[4]
		}
		# Insertion sort by phrase then value: the classes are small.
		for (i = 2; i <= n; i++) {
			v = sel[i]
			for (j = i - 1; j >= 1 && sel[j] > v; j--)
				sel[j + 1] = sel[j]
			sel[j + 1] = v
		}
		body = ""
		for (i = 1; i <= n; i++) {
			split(sel[i], f, SUBSEP)
			body = body "\t" f[3] ",\n"
			phrase[i] = f[1]
			ukeys[i] = f[1] SUBSEP f[2]
		}
		emit("iachrp_lex_" cls, cls, n, body)
		if (!(cls in by_language))
			continue
		emit_languages("iachrp_lex_" cls, cls, n)
		nl = split(langs[cls], ls, " ")
		for (l = 1; l <= nl; l++) {
			key = cls SUBSEP ls[l]
			body = ""
			for (i = 1; i <= count[key]; i++) {
				body = body "\t" items[key, i] ",\n"
				phrase[i] = texts[key, i]
			}
			emit("iachrp_lex_" cls "_" ls[l], cls, count[key], body)
		}
	}
	if (mode == "h")
		print "\n#endif /* IACHR_LEXICON_H */"
	else
		printf "const struct iachrp_lex_letter_pair " \
		    "iachrp_lex_letter_pairs[%d] = {\n%s\n};\n", \
		    nentry, wrap(entries, nentry, "\t")
}'
