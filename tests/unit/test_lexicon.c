/*
 * The lexicon's values name what the rules know: decision kinds, State
 * codes, month and number values.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "extract_private.h"
#include "state_table_private.h"

static int
is_kind(const char *name)
{
	int kind;

	for (kind = 0; kind < IACHRP_NDECISION; kind++)
		if (strcmp(iachrp_decision_name(kind), name) == 0)
			return 1;
	return 0;
}

static int
is_state(const char *code)
{
	size_t i;

	for (i = 0; iachrp_states[i].code != NULL; i++)
		if (strcmp(iachrp_states[i].code, code) == 0)
			return 1;
	return 0;
}

Test(lexicon, decision_values_are_kinds)
{
	size_t i;

	for (i = 0; iachrp_lex_decision[i].text != NULL; i++)
		cr_expect(is_kind(iachrp_lex_decision[i].value), "%s: %s",
		    iachrp_lex_decision[i].text, iachrp_lex_decision[i].value);
}

Test(lexicon, state_values_are_codes)
{
	size_t i;

	for (i = 0; iachrp_lex_state[i].text != NULL; i++)
		cr_expect(is_state(iachrp_lex_state[i].value), "%s: %s",
		    iachrp_lex_state[i].text, iachrp_lex_state[i].value);
}

Test(lexicon, numbers_are_in_range)
{
	size_t i;

	for (i = 0; iachrp_lex_month[i].text != NULL; i++)
		cr_expect(iachrp_lex_month[i].number >= 1 &&
		    iachrp_lex_month[i].number <= 12, "%s",
		    iachrp_lex_month[i].text);
	for (i = 0; iachrp_lex_count_word[i].text != NULL; i++)
		cr_expect(iachrp_lex_count_word[i].number >= 2,
		    "%s", iachrp_lex_count_word[i].text);
}

Test(lexicon, classes_are_sorted)
{
	size_t i;

	for (i = 1; iachrp_lex_state[i].text != NULL; i++)
		cr_expect(strcmp(iachrp_lex_state[i - 1].text,
		    iachrp_lex_state[i].text) <= 0, "%s",
		    iachrp_lex_state[i].text);
	for (i = 1; iachrp_lex_group_noun[i] != NULL; i++)
		cr_expect(strcmp(iachrp_lex_group_noun[i - 1],
		    iachrp_lex_group_noun[i]) < 0, "%s",
		    iachrp_lex_group_noun[i]);
}

/* Whether text is one of the entries of a NULL-ended table. */
static int
holds(const char *const *table, const char *text)
{
	for (; *table != NULL; table++)
		if (strcmp(*table, text) == 0)
			return 1;
	return 0;
}

/*
 * The languages of each function word in the union: bit k for the k-th
 * language in alphabetical order, set where that language has it.
 */
Test(lexicon, union_says_whose_words)
{
	static const char *const *const tables[] = {
		iachrp_lex_function_word_en, iachrp_lex_function_word_es,
		iachrp_lex_function_word_fr, iachrp_lex_function_word_pt
	};
	size_t i;
	int k;

	for (i = 0; iachrp_lex_function_word[i] != NULL; i++) {
		cr_expect_neq(iachrp_lex_function_word_languages[i], 0, "%s",
		    iachrp_lex_function_word[i]);
		for (k = 0; k < 4; k++)
			cr_expect_eq((iachrp_lex_function_word_languages[i] >>
			    k) & 1, holds(tables[k],
			    iachrp_lex_function_word[i]), "%s, language %d",
			    iachrp_lex_function_word[i], k);
	}
}
