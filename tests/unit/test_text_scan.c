/*
 * The scanners' cue sets: a word is passed over only when no cue of the
 * table can start with its first two letters.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract_private.h"

static const char *const cues[] = {
	"a favor de", "d'", "derecho*", "l*", "n\xc2\xb0", "right to", NULL
};

Test(text_scan, cueset_keeps_every_possible_match)
{
	struct iachrp_cueset set;
	static const char *const may[] = {
		"a favor de", "d\xe2\x80\x99un", "d'un", "derechos", "lo", "l",
		"no", "n\xc2\xb0 5", "rights", "r\xc3\xado",
		"d\xc3\xa9j\xc3\xa0", NULL
	};
	static const char *const never[] = {
		"droit", "zeta", "ab", "x", "", NULL
	};
	size_t i;

	iachrp_cueset_init(&set, cues, IACHRP_NCUES(cues), sizeof(*cues));
	for (i = 0; may[i] != NULL; i++)
		cr_expect(iachrp_cueset_may(&set, may[i]), "%s", may[i]);
	for (i = 0; never[i] != NULL; i++)
		cr_expect(!iachrp_cueset_may(&set, never[i]), "%s", never[i]);
	for (i = 0; may[i] != NULL; i++)
		if (iachrp_match_any(may[i], cues, NULL) > 0)
			cr_expect(iachrp_cueset_may(&set, may[i]), "%s",
			    may[i]);
}

Test(text_scan, cueset_of_a_table_not_starting_with_letters)
{
	static const char *const odd[] = { "#", "a", NULL };
	struct iachrp_cueset set;

	iachrp_cueset_init(&set, odd, IACHRP_NCUES(odd), sizeof(*odd));
	cr_expect(iachrp_cueset_may(&set, "zz"));
	cr_expect(iachrp_cueset_may(&set, "# 5"));
}

/*
 * The text a cue matches, and some it must not: each stem made a word,
 * an accent on the first "e" and a typographic apostrophe, words after.
 */
static void
probes_of(const char *cue, char out[4][160])
{
	size_t i, k = 0;
	int accented = 0;

	for (i = 0; cue[i] != '\0' && k < 100; i++) {
		if (cue[i] == '*') {
			memcpy(out[0] + k, "ados", 4);
			k += 4;
		} else {
			out[0][k++] = cue[i];
		}
	}
	out[0][k] = '\0';
	snprintf(out[1], 160, "%.120s de la cour", out[0]);
	snprintf(out[2], 160, "%.120ss", out[0]);
	for (i = k = 0; out[0][i] != '\0'; i++) {
		if (out[0][i] == 'e' && !accented) {
			memcpy(out[3] + k, "\xc3\xa9", 2);
			k += 2;
			accented = 1;
		} else if (out[0][i] == '\'') {
			memcpy(out[3] + k, "\xe2\x80\x99", 3);
			k += 3;
		} else {
			out[3][k++] = out[0][i];
		}
	}
	out[3][k] = '\0';
}

/* The longest match of the entries with f's first letter, by a scan. */
static size_t
scan_longest(const char *f, const char *base, size_t n, size_t stride,
    size_t *which)
{
	size_t i, len, best = 0;
	int letter = iachrp_base_letter(f);

	for (i = 0; i < n; i++) {
		const char *cue = *(const char *const *)(base + i * stride);

		if (letter == 0 || (unsigned char)cue[0] != letter)
			continue;
		if ((len = iachrp_match(f, cue)) > best) {
			best = len;
			*which = i;
		}
	}
	return best;
}

/* The same match at f by the index (by iachrp_match_sorted when NULL). */
static void
check_at(const char *name, const char *f, const void *table, size_t n,
    size_t stride, int pairs, const struct iachrp_lex_index *index)
{
	size_t got, want, gw = 0, ww = 0;

	want = scan_longest(f, table, n, stride, &ww);
	if (!pairs && iachrp_base_letter(f) == 0)
		want = iachrp_match_any(f, table, &ww);
	if (index == NULL)
		got = iachrp_match_sorted(f, table, n, &gw);
	else if (pairs)
		got = iachrp_match_pairs(f, table, n, index, &gw);
	else
		got = iachrp_match_indexed(f, table, n, index, &gw);
	cr_expect_eq(got, want, "%s: \"%s\": %zu, not %zu", name, f, got,
	    want);
	if (got == want && got > 0)
		cr_expect_eq(gw, ww, "%s: \"%s\"", name, f);
}

/*
 * Each probe of each entry at every word it has: the same match, by the
 * index (by iachrp_match_sorted when index is NULL); and some texts that
 * start otherwise.
 */
static void
check_search(const char *name, const void *table, size_t n, size_t stride,
    int pairs, const struct iachrp_lex_index *index)
{
	/* Texts that start with no letter, or with one not ASCII. */
	static const char *const others[] = {
		"(a) la", "2021 de", "# 5", "\xc2\xab la", "\xe2\x80\x99s",
		", y", "- a", "n\xc2\xb0 5", "\xc3\xa0 la", "\xc3\xa9tat",
		"A la", "", NULL
	};
	char probes[4][160];
	size_t i, k;
	const char *base = table, *f;

	for (i = 0; i < n; i++) {
		probes_of(*(const char *const *)(base + i * stride), probes);
		for (k = 0; k < 4; k++)
			for (f = probes[k]; f != NULL; f = strchr(f + 1, ' '))
				check_at(name, f + (*f == ' '), table, n,
				    stride, pairs, index);
	}
	for (i = 0; others[i] != NULL; i++)
		check_at(name, others[i], table, n, stride, pairs, index);
}

/*
 * The slots of the third letters of the entries that start with the
 * letters a and b: every slot where one ends there, has a stem or a byte
 * that is not ASCII.
 */
static uint32_t
third_letters(const char *base, size_t n, size_t stride, int a, int b)
{
	uint32_t mask = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		const unsigned char *cue =
		    *(const unsigned char *const *)(base + i * stride);

		if (cue[0] != a || cue[1] != b)
			continue;
		if (cue[2] == '\0' || cue[2] == '*' || cue[2] >= 0x80)
			return 0x07ffffff;
		mask |= (uint32_t)1 << (cue[2] >= 'a' && cue[2] <= 'z' ?
		    cue[2] - 'a' : 26);
	}
	return mask;
}

/* Slot of a byte in the index: a-z as 0-25, any other 26. */
static int
slot_of(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' : 26;
}

/*
 * The filter of the third and fourth letters of the entries that start
 * with a and b: bit (27 * third + fourth) % 64 of each; all of them
 * where one ends, has a stem or a byte that is not ASCII in those two.
 */
static void
fourth_letters(const char *base, size_t n, size_t stride, int a, int b,
    uint32_t fourth[2])
{
	size_t i;
	int d, bit;

	fourth[0] = fourth[1] = 0;
	for (i = 0; i < n; i++) {
		const unsigned char *cue =
		    *(const unsigned char *const *)(base + i * stride);

		if (cue[0] != a || cue[1] != b)
			continue;
		if (cue[2] == '\0' || cue[2] == '*' || cue[2] >= 0x80) {
			fourth[0] = fourth[1] = 0xffffffff;
			return;
		}
		for (d = 0; d < 27; d++) {
			if (cue[3] != '\0' && cue[3] != '*' && cue[3] < 0x80 &&
			    d != slot_of(cue[3]))
				continue;
			bit = (27 * slot_of(cue[2]) + d) % 64;
			fourth[bit / 32] |= (uint32_t)1 << (bit % 32);
		}
	}
}

/* The first of the n sorted entries at or after text. */
static size_t
first_from(const char *base, size_t n, size_t stride, const char *text)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(*(const char *const *)(base + i * stride),
		    text) >= 0)
			break;
	return i;
}

/*
 * The pairs of first letters a cueset gathers, but that a text that
 * starts with no letter only opens row 26.
 */
static uint32_t
pairs_of(const char *base, size_t n, size_t stride, int row)
{
	struct iachrp_cueset set;
	uint32_t pair = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		const unsigned char *cue =
		    *(const unsigned char *const *)(base + i * stride);
		int letter = cue[0] >= 'a' && cue[0] <= 'z';

		if (row == 26 && !letter)
			return 0xffffffff;
		if (!letter || cue[0] - 'a' != row)
			continue;
		iachrp_cueset_init(&set, base + i * stride, 1, stride);
		if (set.pair[row] == 0xffffffff)
			return 0xffffffff;
		pair |= set.pair[row];
	}
	return pair;
}

/* The index gen-lexicon.sh writes, against what the scanners work out. */
static void
check_index(const char *name, const void *table, size_t n, size_t stride,
    const struct iachrp_lex_index *index)
{
	uint32_t fourth[2];
	size_t k;
	int i, b;

	for (i = 0; i < 27; i++) {
		cr_expect_eq(index->start[i], iachrp_first_with(table, n,
		    stride, 'a' + i), "%s: start of %c", name, 'a' + i);
		cr_expect_eq(index->pair[i], pairs_of(table, n, stride, i),
		    "%s: pairs of %c", name, 'a' + i);
	}
	for (i = 0; i < 26; i++) {
		if (index->pair[i] == 0xffffffff)
			continue;
		for (b = 0, k = index->pairs_at[i]; b < 26; b++) {
			const struct iachrp_lex_letter_pair *pair;
			char two[3] = { (char)('a' + i), (char)('a' + b), 0 };

			if (((index->pair[i] >> b) & 1) == 0)
				continue;
			pair = &iachrp_lex_letter_pairs[k++];
			cr_expect_eq(pair->third, third_letters(table, n,
			    stride, 'a' + i, 'a' + b), "%s: after %s", name,
			    two);
			fourth_letters(table, n, stride, 'a' + i, 'a' + b,
			    fourth);
			cr_expect(pair->fourth[0] == fourth[0] &&
			    pair->fourth[1] == fourth[1], "%s: fourth after %s",
			    name, two);
			cr_expect_eq(pair->from, first_from(table, n, stride,
			    two), "%s: from %s", name, two);
			two[1]++;
			cr_expect_eq(pair->to, first_from(table, n, stride,
			    two), "%s: to %s", name, two);
		}
	}
}

#define CHECK_CUES(table) do { \
	check_index(#table, table, IACHRP_NCUES(table), sizeof(table[0]), \
	    IACHRP_INDEX(table)); \
	check_search(#table, table, IACHRP_NCUES(table), sizeof(table[0]), \
	    0, IACHRP_INDEX(table)); \
} while (0)
#define CHECK_PAIRS(table) do { \
	check_index(#table, table, IACHRP_NCUES(table), sizeof(table[0]), \
	    IACHRP_INDEX(table)); \
	check_search(#table, table, IACHRP_NCUES(table), sizeof(table[0]), \
	    1, IACHRP_INDEX(table)); \
} while (0)

Test(text_scan, indexed_search_finds_what_a_scan_finds)
{
	CHECK_CUES(iachrp_lex_scope_cue);
	CHECK_CUES(iachrp_lex_coverage_cue);
	CHECK_CUES(iachrp_lex_beneficiary_cue);
	CHECK_CUES(iachrp_lex_number_sign);
	CHECK_CUES(iachrp_lex_ordinal_mark);
	CHECK_CUES(iachrp_lex_function_word_fr);
	CHECK_CUES(iachrp_lex_rights_trigger);
	CHECK_PAIRS(iachrp_lex_decision_es);
	CHECK_PAIRS(iachrp_lex_right);
	CHECK_PAIRS(iachrp_lex_month);
	CHECK_PAIRS(iachrp_lex_state);
}

static int
by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * Where the search parts ways: cues that end, reach a stem or a byte
 * that is not ASCII where others go on, more than a few at a time.
 */
Test(text_scan, sorted_search_at_every_kind_of_fork)
{
	const char *forks[] = {
		"la", "la cour", "la cour*", "la cour d'appel", "la courte",
		"la court* suprema", "la c\xc3\xa9" "dula", "la mesure",
		"la mesure adopt* hier", "la mesure de", "la mesure du",
		"la mesures", "la mesure\xc2\xba", "la mesure\xc2\xb0 5",
		"la n\xc2\xb0", "la n'", "la n*", "lab*", "labor",
		"labores", "lac", "lac*", "lacs", "l'acte", "l'acte*",
		"l'\xc3\xa9tat", "l*", "l", "la *", "la * de",
		NULL	/* iachrp_match_any reads to it */
	};
	size_t n = sizeof(forks) / sizeof(forks[0]) - 1;

	qsort(forks, n, sizeof(*forks), by_text);
	check_search("forks", forks, n, sizeof(*forks), 0, NULL);
}

static void
check_letters_first(const struct iachrp_lex_pair *pairs)
{
	size_t i;

	for (i = 0; pairs[i].text != NULL; i++)
		cr_expect(pairs[i].text[0] >= 'a' && pairs[i].text[0] <= 'z',
		    "%s", pairs[i].text);
}

/*
 * Month names and number words, once tried one by one, are looked up by
 * their first letter: every one must start with a letter.  The same for
 * abbreviations, compared in any case: each is written in lowercase.
 */
Test(text_scan, classes_read_by_their_first_letter)
{
	size_t i, k;

	check_letters_first(iachrp_lex_month);
	check_letters_first(iachrp_lex_count_word);
	for (i = 0; iachrp_lex_abbreviation[i] != NULL; i++)
		for (k = 0; iachrp_lex_abbreviation[i][k] != '\0'; k++)
			cr_expect(!(iachrp_lex_abbreviation[i][k] >= 'A' &&
			    iachrp_lex_abbreviation[i][k] <= 'Z'), "%s",
			    iachrp_lex_abbreviation[i]);
}
