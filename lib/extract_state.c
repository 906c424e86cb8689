/*
 * The State concerned: the State most named, with the headline, the lead
 * and phrases such as "the State of Peru", "el Estado venezolano" or
 * "l'État haïtien" counting most.
 */
#include <string.h>

#include "extract_private.h"
#include "state_table_private.h"

static int
state_index(const char *code)
{
	int i;

	for (i = 0; iachrp_states[i].code != NULL; i++)
		if (strcmp(iachrp_states[i].code, code) == 0)
			return i;
	return -1;
}

/* Matches name at f, also in the plural (-s, -es). */
static size_t
name_match(const char *f, const char *name)
{
	size_t n = iachrp_match_prefix(f, name);

	if (n == 0)
		return 0;
	if (!iachrp_is_alpha_at(f + n))
		return n;
	if (f[n] == 's' && !iachrp_is_alpha_at(f + n + 1))
		return n + 1;
	if (f[n] == 'e' && f[n + 1] == 's' && !iachrp_is_alpha_at(f + n + 2))
		return n + 2;
	return 0;
}

int
iachrp_state_at(const char *f, size_t *mlen)
{
	const struct iachrp_lex_index *index = IACHRP_INDEX(iachrp_lex_state);
	const struct iachrp_lex_letter_pair *pair;
	size_t lo, hi, i, n, best = 0;
	int state = -1, letter = iachrp_base_letter(f), second, third, known;
	const char *q;

	if (mlen != NULL)
		*mlen = 0;
	if (letter < 'a' || letter > 'z')
		return -1;
	/* After two lowercase letters, the index has the names to read. */
	if ((pair = iachrp_index_pair(index, f, &known)) == NULL && known)
		return -1;
	q = f + iachrp_char_len(f);
	second = iachrp_base_letter(q);
	third = *q == '\0' ? 0 : iachrp_base_letter(q + iachrp_char_len(q));
	/* The table is sorted: the names that start with these two letters. */
	lo = pair != NULL ? pair->from : index->start[letter - 'a'];
	hi = pair != NULL ? lo : index->start[letter - 'a' + 1];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const unsigned char *k =
		    (const unsigned char *)iachrp_lex_state[mid].text;

		if (k[0] < letter || (k[0] == letter && k[1] < second))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < IACHRP_NCUES(iachrp_lex_state) &&
	    iachrp_lex_state[i].text[0] == letter &&
	    iachrp_lex_state[i].text[1] == second; i++) {
		/* Most fail on the third letter: no call for those. */
		if (iachrp_lex_state[i].text[2] != '\0' &&
		    (unsigned char)iachrp_lex_state[i].text[2] != third)
			continue;
		if ((n = name_match(f, iachrp_lex_state[i].text)) > best) {
			best = n;
			state = state_index(iachrp_lex_state[i].value);
		}
	}
	if (mlen != NULL)
		*mlen = best;
	return state;
}

/* Whether one of the cues and a space end start[0, p). */
static int
ends_with_any(const char *start, const char *p, const char *const *cues)
{
	size_t i, n;

	for (i = 0; cues[i] != NULL; i++) {
		n = strlen(cues[i]) + 1;
		if ((size_t)(p - start) >= n && p[-1] == ' ' &&
		    iachrp_match(p - n, cues[i]) > 0)
			return 1;
	}
	return 0;
}

int
iachrp_region_at(const char *s, const char *f, size_t *mlen)
{
	size_t n = IACHRP_NCUES(iachrp_lex_region), i, len, best = 0;
	int letter = iachrp_base_letter(f), state = -1;

	if (!iachrp_is_upper_at(s))
		return -1;
	for (i = iachrp_first_with(iachrp_lex_region, n,
	    sizeof(iachrp_lex_region[0]), letter); i < n &&
	    iachrp_lex_region[i].text[0] == letter; i++)
		if ((len = iachrp_match(f, iachrp_lex_region[i].text)) > best) {
			best = len;
			state = state_index(iachrp_lex_region[i].value);
		}
	*mlen = best;
	return state;
}

/*
 * Where the release names no State: the State of the regions it names,
 * the one named most ("no Presídio Regional de Marabá, Pará"), or -1.
 */
static int
state_by_region(const struct iachrp_doc *doc)
{
	long score[64] = { 0 };
	size_t i, k, n;
	int s, best = -1;

	for (i = 0; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind == IACHRP_FURNITURE || p->mandate)
			continue;
		for (k = 0; k < p->nword; k++) {
			if ((s = iachrp_region_at(p->s + p->word[k],
			    p->f + p->word[k],
			    &n)) < 0)
				continue;
			if (score[s]++ == 0)
				iachrp_trace_candidate(doc, "state", (long)i,
				    p->word[k], p->word[k] + n, "the State "
				    "of the regions named, where no State is",
				    iachrp_states[s].code);
			if (best < 0 || score[s] > score[best])
				best = s;
		}
	}
	return best;
}

json_t *
iachrp_extract_state(const struct iachrp_doc *doc)
{
	const struct iachrp_lex_index *index = IACHRP_INDEX(iachrp_lex_state);
	long score[64] = { 0 };
	long first[64];
	size_t i, k, n, dateline;
	int s, best = -1;
	long order = 0;

	for (s = 0; s < 64; s++)
		first[s] = -1;
	for (i = 0; i < doc->npara; i++) {
		const char *f = doc->para[i].f;
		long weight = 1;

		if (doc->para[i].kind == IACHRP_FURNITURE ||
		    doc->para[i].mandate)
			continue;
		if ((long)i == doc->title)
			weight = 3;
		else if ((long)i == doc->lead)
			weight = 2;
		dateline = (long)i == doc->lead ?
		    iachrp_dateline_end(&doc->para[i]) : 0;
		for (k = 0; k < doc->para[i].nword; k++) {
			const char *p = f + doc->para[i].word[k];
			const char *q = p + iachrp_char_len(p);
			long w = weight;

			/* "Quito, Ecuador –": where the release was issued */
			if (doc->para[i].word[k] < dateline)
				continue;

			/* Names start with a word of two letters at least,
			 * or an abbreviation: "U.S." */
			if (!iachrp_pairs_allow(index->pair, p) ||
			    (!iachrp_is_alpha_at(q) && *q != '.') ||
			    (s = iachrp_state_at(p, &n)) < 0)
				continue;
			/*
			 * "a Mexican national", "ressortissant mexicain", "the
			 * Consulate of Mexico": someone's nationality or a
			 * foreign mission, not the State concerned
			 */
			if ((p[n] == ' ' && iachrp_match_in(p + n + 1,
			    iachrp_lex_nationality_noun, NULL) > 0) ||
			    ends_with_any(f, p, iachrp_lex_nationality_noun) ||
			    ends_with_any(f, p, iachrp_lex_foreign_mission))
				continue;
			if (ends_with_any(f, p, iachrp_lex_state_before) ||
			    ends_with_any(f, p, iachrp_lex_state_noun) ||
			    (p[n] == ' ' && iachrp_match_in(p + n + 1,
			    iachrp_lex_state_after, NULL) > 0))
				w += 3;
			score[s] += w;
			iachrp_trace_candidate(doc, "state", (long)i,
			    (size_t)(p - f), (size_t)(p - f) + n,
			    "the State named most, with weight for the "
			    "headline, the lead and cues such as \"State of\"",
			    iachrp_states[s].code);
			if (first[s] < 0)
				first[s] = order++;
			/* The words of the name are read. */
			while (k + 1 < doc->para[i].nword &&
			    doc->para[i].word[k + 1] < (size_t)(p - f) + n)
				k++;
		}
	}
	for (s = 0; iachrp_states[s].code != NULL; s++) {
		if (score[s] == 0)
			continue;
		if (best < 0 || score[s] > score[best] ||
		    (score[s] == score[best] && first[s] < first[best]))
			best = s;
	}
	if (best < 0)
		best = state_by_region(doc);
	if (best < 0)
		return iachrp_pair("name", json_null(), "code", json_null());
	return iachrp_pair("name", json_string(iachrp_states[best].name),
	    "code", json_string(iachrp_states[best].code));
}
