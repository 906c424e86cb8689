/*
 * Which language a release is written in, and whether a text is a
 * release about precautionary or provisional measures at all.
 */
#include "extract_private.h"

/* The bit of each language in iachrp_lex_function_word_languages. */
static const unsigned language_bit[IACHRP_NLANG] = { 1, 2, 8, 4 };

/*
 * Adds the weight of the function word at p (n bytes) to count: a word
 * of one language counts twice, a word languages share once for each.
 * The word is looked up once, in the union of the languages' words.
 */
static void
count_word(const char *p, size_t n, long *count)
{
	const char *const *words = iachrp_lex_function_word;
	const struct iachrp_lex_index *index =
	    IACHRP_INDEX(iachrp_lex_function_word);
	const struct iachrp_lex_letter_pair *pair;
	size_t i, end;
	unsigned in = 0;
	int known, nin, l;

	/* Past two letters, only the words that start with them. */
	if ((pair = iachrp_index_pair(index, p, &known)) != NULL) {
		i = pair->from;
		end = pair->to;
	} else if (known) {
		return;
	} else {
		iachrp_index_range(p, words,
		    IACHRP_NCUES(iachrp_lex_function_word), sizeof(*words),
		    index, &i, &end);
	}
	for (; i < end; i++)
		if (iachrp_match(p, words[i]) == n)
			in |= iachrp_lex_function_word_languages[i];
	nin = (int)iachrp_bit_count(in);
	for (l = 0; l < IACHRP_NLANG; l++)
		if (in & language_bit[l])
			count[l] += nin == 1 ? 2 : 1;
}

int
iachrp_detect_language(const struct iachrp_doc *doc)
{
	long count[IACHRP_NLANG] = { 0 };
	size_t i, n, seen = 0;
	int l, best = IACHRP_EN;

	/* A couple of hundred words settle the language. */
	for (i = 0; i < doc->npara && seen < 250; i++) {
		const struct iachrp_para *para = &doc->para[i];
		size_t k;

		if (para->kind == IACHRP_FURNITURE)
			continue;
		for (k = 0; k < para->nword && seen < 250; k++) {
			const char *p = para->f + para->word[k];

			seen++;
			/*
			 * Most words start as no language's function word
			 * does; function words are short.
			 */
			if (!iachrp_index_rules_out(
			    IACHRP_INDEX(iachrp_lex_function_word), p) &&
			    (n = iachrp_word_len(p)) <= 5)
				count_word(p, n, count);
		}
	}
	for (l = 1; l < IACHRP_NLANG; l++)
		if (count[l] > count[best])
			best = l;
	return count[best] > 0 ? best : -1;
}

static int
mentions(const struct iachrp_doc *doc, const char *const *cues)
{
	const struct iachrp_para *p;
	size_t i, k;

	for (i = 0; i < doc->npara; i++) {
		p = &doc->para[i];
		if (p->kind == IACHRP_FURNITURE)
			continue;
		for (k = 0; k < p->nword; k++)
			if (iachrp_match_any(p->f + p->word[k], cues, NULL) > 0)
				return 1;
	}
	return 0;
}

int
iachrp_is_release(const struct iachrp_doc *doc)
{
	json_t *measure;
	int cited;

	if (!mentions(doc, iachrp_lex_commission_name))
		return 0;
	if (mentions(doc, iachrp_lex_measure_name))
		return 1;
	/* A measure's file number ("MC 563-20") names the measures too. */
	if ((measure = iachrp_extract_measure(doc)) == NULL) {
		iachrp_nomem(doc);
		return 0;
	}
	cited = !json_is_null(measure);
	json_decref(measure);
	return cited;
}
