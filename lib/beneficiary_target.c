/*
 * The phrase the decision sentence names its beneficiaries in: after a cue
 * ("in favor of", "a favor de", "em favor de", "en faveur de", "to
 * protect", "medidas cautelares a", "aux"), after a passive verb, or in
 * the clause that says whom the measures now cover or no longer cover.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "beneficiaries.h"

/*
 * After the measures, insertions set off by commas that hold a date or a
 * number ("medidas cautelares, el 21 de abril de 2022, mediante
 * Resolución 24/22, a los integrantes"): where the text goes on.
 */
static size_t
skip_insertions(const char *f, size_t j, size_t to)
{
	size_t k, n, next;
	int digit, times;

	if (j + 2 >= to || f[j] != ',' || f[j + 1] != ' ')
		return j;
	for (next = j + 2, times = 0; times < 3; times++) {
		digit = 0;
		for (k = next, n = 0; k < to && f[k] != ',' && n < 80; k++, n++)
			if (f[k] >= '0' && f[k] <= '9')
				digit = 1;
		if (k >= to || f[k] != ',' || !digit)
			break;
		j = skip_spaces(f, k + 1, to);
		next = j;
	}
	return j;
}

/*
 * The State where the measures stand at j ("measures in Honduras for X",
 * "medidas en Honduras para X"): where the text goes on after it; j when
 * none is there.
 */
static size_t
skip_state(const char *f, size_t j, size_t to)
{
	size_t k = j + word_then_space(f, j, state_preps), n;

	if (k == j || iachrp_state_at(f + k, &n) < 0 ||
	    iachrp_is_alpha_at(f + k + n) || k + n >= to || f[k + n] != ' ')
		return j;
	return k + n + 1;
}

/*
 * A short insertion in brackets at j ("measures (MC-1067-18) to X"):
 * where the text goes on after it; j when there is none.
 */
static size_t
skip_bracket(const char *f, size_t j, size_t to)
{
	size_t k;

	if (j >= to || f[j] != '(')
		return j;
	for (k = j + 1; k < to && k < j + 40 && f[k] != ')' && f[k] != '('; k++)
		;
	if (k >= to || f[k] != ')')
		return j;
	return skip_spaces(f, k + 1, to);
}

/*
 * Where a span of time that starts at k ends, past its unit ("almost six
 * years", "a decade", "más de dos años", "15 years"), or k.
 */
static size_t
duration_end(const struct ctx *c, size_t k, size_t to)
{
	size_t n, start = k;

	k += word_then_space(c->f, k, iachrp_lex_approx_word);
	if ((n = word_then_space(c->f, k, articles)) == 0 &&
	    head_count(c, k, to) > 0)
		n = token_end(c->f, k, to) - k + 1;
	if (n == 0 || (n = word_then_space(c->f, k += n,
	    iachrp_lex_time_unit)) == 0)
		return start;
	return k + n;
}

/*
 * The time elapsed since, right after the measures ("granted more than a
 * decade ago to X", "otorgadas hace diez años a X", "outorgadas há dois
 * anos a X", "octroyées il y a trois ans à X"): where the text goes on
 * after it; j when there is none.
 */
static size_t
skip_elapsed(const struct ctx *c, size_t j, size_t to)
{
	size_t k = j, n, before, e;

	before = word_then_space(c->f, k, iachrp_lex_elapsed_before);
	k += before;
	/* "a decade", "un año", "dix ans", "15 years" */
	if ((e = duration_end(c, k, to)) == k)
		return j;
	k = e;
	if (before == 0 && (n = word_then_space(c->f, k,
	    iachrp_lex_elapsed_after)) == 0)
		return j;
	return before > 0 ? skip_spaces(c->f, k, to) :
	    skip_spaces(c->f, k + n, to);
}

/*
 * A date right after the measures ("granted precautionary measures on
 * March 2, 2024, to X", "on April 3 to X", "granted in 2019 to X"):
 * where the text goes on after it; j when there is none.
 */
size_t
skip_date(const struct ctx *c, size_t j, size_t to)
{
	struct iachrp_date d;
	size_t k, n;

	if ((k = skip_elapsed(c, j, to)) > j)
		return k;
	if ((k = word_then_space(c->f, j, date_preps)) == 0 &&
	    (k = word_then_space(c->f, j, iachrp_lex_year_prep)) == 0)
		return j;
	/* a day without its year: checked against a leap year */
	if (((n = iachrp_parse_date(c->f + j + k, c->lang, &d)) == 0 &&
	    (n = iachrp_parse_day_month(c->f + j + k, 2024, &d)) == 0 &&
	    (n = iachrp_parse_month_year(c->f + j + k)) == 0) ||
	    j + k + n > to)
		return j;
	return skip_spaces(c->f, j + k + n, to);
}

/*
 * After the measures, their file number ("measures PM 1072-21 to X",
 * "medidas MC-745-22 a favor de"): where the text goes on.
 */
size_t
skip_file_number(const char *f, size_t j, size_t to)
{
	size_t k = j, n, digits;

	if ((n = iachrp_match_in(f + k, iachrp_lex_measure_cue, NULL)) > 0)
		k += n;
	while (k < to && (f[k] == ' ' || f[k] == '-'))
		k++;
	if ((n = iachrp_match_in(f + k, iachrp_lex_number_sign, NULL)) > 0)
		k = skip_spaces(f, k + n, to);
	for (digits = 0; k < to && ((f[k] >= '0' && f[k] <= '9') ||
	    ((f[k] == '-' || f[k] == '/') && digits > 0)); k++)
		digits++;
	if (digits < 3 || k == j)
		return j;
	if (k < to && f[k] == ',')
		k++;
	return skip_spaces(f, k, to);
}

/* The first letters of the beneficiary cues and of the measures' nouns. */
void
fill_cue_starts(struct iachrp_cueset *set)
{
	struct iachrp_cueset nouns;
	int i;

	iachrp_cueset_init(set, strong_cues, IACHRP_NCUES(strong_cues),
	    sizeof(*strong_cues));
	iachrp_cueset_init(&nouns, measure_nouns, IACHRP_NCUES(measure_nouns),
	    sizeof(*measure_nouns));
	for (i = 0; i < 27; i++)
		set->pair[i] |= nouns.pair[i];
}

/*
 * After the measures, how they were granted ("the measures it had
 * granted in 2016 to X", "las medidas otorgadas en 2016 a X"): where the
 * text goes on; j when it does not say.
 */
static size_t
skip_grant(const struct ctx *c, size_t j, size_t to)
{
	size_t k = j, n;
	int words;

	/*
	 * "it had", "que había", "that had been": short words before the
	 * participle
	 */
	for (words = 0; words < 4 && k < to; words++) {
		if ((n = iachrp_match_in(c->f + k, granted_words, NULL)) > 0) {
			k = skip_spaces(c->f, token_end(c->f, k + n - 1, to),
			    to);
			return skip_date(c, skip_adverb(c->f, k, to), to);
		}
		if (token_end(c->f, k, to) - k > 6 ||
		    !iachrp_is_alpha_at(c->f + k))
			break;
		k = skip_spaces(c->f, token_end(c->f, k, to), to);
	}
	return j;
}

/*
 * True when the n bytes at i are a pronoun standing for the measures
 * after a preposition: "attacks against them for denouncing X" is no
 * "granted them to X".
 */
static int
pronoun_after_preposition(const struct ctx *c, size_t i, size_t n)
{
	size_t e = i, t;

	if (iachrp_match_in(c->f + i, iachrp_lex_measure_pronoun, NULL) != n)
		return 0;
	t = word_before(c, 0, &e);
	return t < e && iachrp_match_in(c->f + t, iachrp_lex_preposition,
	    NULL) == e - t;
}

/*
 * The first cue at or after offset from in s[from, to): sets *at to where
 * the beneficiaries start; returns 0 when there is none.
 */
static int
find_cue(const struct ctx *c, size_t from, size_t to, size_t *at)
{
	const char *f = c->f;
	size_t i, n, j, k;

	for (i = (size_t)(iachrp_word_at(f, f + from) - f); i < to;
	    i = (size_t)(iachrp_word_at(f, f + i + 1) - f)) {
		if (!iachrp_cueset_may(&c->cue_starts, f + i))
			continue;
		if ((n = iachrp_match_in(f + i, strong_cues, NULL)) > 0) {
			j = skip_spaces(f, i + n, to);
			/* "in force for almost six years in favor of X" */
			if (duration_end(c, j, to) > j)
				continue;
			if ((k = iachrp_match_in(f + j, rights_heads,
			    NULL)) > 0) {
				/* "protect the rights to life ... of X" */
				for (j += k; j < to; j++) {
					if (f[j] == ' ' && (k = word_then_space(
					    f, j + 1, of_words)) > 0) {
						j += 1 + k;
						break;
					}
				}
			}
			/*
			 * "with respect to the measures", "regarding
			 * Precautionary Measure No. 112-16": not persons.
			 */
			k = j + word_then_space(f, j, articles);
			while ((n = word_then_space(f, k, measure_words)) > 0)
				k += n;
			/* "regarding Nicaragua", "respecto de Guatemala" */
			if (iachrp_state_at(f + k, &n) >= 0 &&
			    !iachrp_is_alpha_at(f + k + n))
				continue;
			/* "relativa à MC 218-20": the measure, by its number */
			if (skip_file_number(f, k, to) != k)
				continue;
			if (j < to && iachrp_match_in(f + k, measure_nouns,
			    NULL) == 0) {
				*at = j;
				return 1;
			}
		}
		if ((n = iachrp_match_in(f + i, measure_nouns, NULL)) > 0 &&
		    !pronoun_after_preposition(c, i, n)) {
			j = skip_spaces(f, i + n, to);
			while ((k = word_then_space(f, j, measure_words)) > 0)
				j += k;
			if ((k = iachrp_match_in(f + j, measure_words,
			    NULL)) > 0 && f[j + k] == ',')
				j += k;
			j = skip_bracket(f, j, to);
			j = skip_file_number(f, j, to);
			j = skip_grant(c, j, to);
			k = j;
			j = skip_date(c, j, to);
			/* "on June 13, 2008, for X": the date's closing comma */
			if (j > k && j + 1 < to && f[j] == ',' &&
			    word_then_space(f, skip_spaces(f, j + 1, to),
			    measure_preps) > 0)
				j = skip_spaces(f, j + 1, to);
			j = skip_insertions(f, j, to);
			/* "in force in Honduras since August 2016 for X",
			 * "PM 772-17, which had been in force for almost six
			 * years in favor of X" */
			if (f[j] == ',' && f[j + 1] == ' ' &&
			    (k = word_then_space(f, j + 2,
			    iachrp_lex_in_force)) > 0)
				j += 2 + k;
			else
				j += word_then_space(f, j, iachrp_lex_in_force);
			j = skip_state(f, j, to);
			j = skip_date(c, j, to);
			/* "medidas cautelares a favor de": the cue's turn. */
			if (iachrp_match_in(f + j, strong_cues, NULL) > 0)
				continue;
			if ((k = word_then_space(f, j, measure_preps)) > 0 &&
			    /* French "a", unaccented, is a verb: "a été" */
			    !(c->lang == IACHRP_FR && k == 2 && c->s[j] == 'a') &&
			    /* "à la demande de X": who asked, not for whom */
			    iachrp_match_in(f + j, iachrp_lex_request_of,
			    NULL) == 0) {
				j += k;
				/* "measures for the protection of X" */
				if ((k = word_then_space(f, j,
				    protection_of)) > 0)
					j += k;
				/* "measures to protect X" */
				if ((k = iachrp_match_in(f + j, strong_cues,
				    NULL)) > 0)
					continue;
				/* "relativa à MC 218-20, a Comissão avaliou" */
				if (iachrp_match_in(f + j + word_then_space(f, j,
				    articles), iachrp_lex_commission_word,
				    NULL) > 0)
					continue;
				*at = j;
				return 1;
			}
		}
	}
	return 0;
}

/*
 * When the verb at verb is a passive participle ("were granted"): where
 * its auxiliary starts; otherwise 0.
 */
static size_t
passive(const struct ctx *c, size_t verb)
{
	size_t i = verb, j;

	while (i > 0 && c->f[i - 1] == ' ')
		i--;
	j = i;
	while (j > 0 && c->f[j - 1] != ' ')
		j--;
	return i > j && iachrp_match_in(c->f + j, passive_aux, NULL) ==
	    i - j ? j : 0;
}

static int recipient_at(const struct ctx *c, size_t a, size_t to);

/*
 * After a passive decision verb at verb: where a ", to X" phrase naming
 * persons or groups starts (a capital, members or a group's noun
 * follows), or 0.
 */
static size_t
passive_target(const struct ctx *c, size_t verb, size_t to)
{
	size_t i, k, n;

	if (!passive(c, verb))
		return 0;
	/* "were extended on July 18, 2022 to X": past the date */
	k = skip_spaces(c->f, token_end(c->f, verb, to), to);
	if ((i = skip_date(c, k, to)) > k && (n = word_then_space(c->f, i,
	    passive_preps)) > 0 && i + n < to && recipient_at(c, i + n, to))
		return i + n;
	for (i = verb; i + 1 < to; i++) {
		/* After a comma or the agent: "par la CIDH à la communauté" */
		if ((c->f[i] != ',' || c->f[i + 1] != ' ') &&
		    (c->f[i] != ' ' || !agent_ends(c, verb, i)))
			continue;
		k = c->f[i] == ',' ? i + 2 : i + 1;
		if ((n = word_then_space(c->f, k, passive_preps)) == 0 ||
		    k + n >= to || state_phrase(c->f, k) > 0)
			continue;
		if (recipient_at(c, k + n, to))
			return k + n;
	}
	return 0;
}

/*
 * True when persons or a group start at a, past an article: a capital,
 * members, a group's noun, a count or a name soon ("à deux membres de sa
 * famille", "à son épouse, X").
 */
static int
recipient_at(const struct ctx *c, size_t a, size_t to)
{
	a += word_then_space(c->f, a, articles);
	return iachrp_is_upper_at(c->s + a) ||
	    iachrp_match_in(c->f + a, membership, NULL) > 0 ||
	    iachrp_match_in(c->f + a, group_nouns, NULL) > 0 ||
	    head_count(c, a, to) > 0 || name_soon(c, a, to);
}

/*
 * True when the agent of a passive verb at verb ends at i: "étendues par
 * la CIDH", "... par la Commission interaméricaine des droits de
 * l'homme (CIDH)".
 */
int
agent_ends(const struct ctx *c, size_t verb, size_t i)
{
	size_t k, n;

	for (k = verb; k < i; k++)
		if (c->f[k] == ' ' && (n = word_then_space(c->f, k + 1,
		    iachrp_lex_agent_prep)) > 0)
			break;
	if (k >= i || k > verb + 40)
		return 0;
	/* the agent's last word: the Commission's name or its acronym */
	for (k = i; k > verb && c->f[k - 1] != ' '; k--)
		;
	return c->f[i - 1] == ')' || iachrp_match_in(c->f + k,
	    iachrp_lex_commission_word, NULL) == i - k;
}

/*
 * True when s[a, b) describes persons without naming them: "nueve
 * personas privadas de libertad", "three journalists", no capital.
 */
static int
unnamed_set(const struct ctx *c, size_t a, size_t b)
{
	return capitals(c->s, a, b) == 0 && is_group(c, a, b);
}

/*
 * Where a group's name set off by a comma starts right after end (", la
 * Fundación X", ", the Y Indigenous Community"), or 0: capitalised, with
 * a group's head noun.
 */
static size_t
named_group_after(const struct ctx *c, size_t end, size_t to)
{
	size_t k, e;

	if (end + 2 >= to || c->s[end] != ',' || c->s[end + 1] != ' ')
		return 0;
	k = end + 2;
	k += word_then_space(c->f, k, articles);
	if (k >= to || !iachrp_is_upper_at(c->s + k))
		return 0;
	e = phrase_end(c, k, to);
	return e > k && is_group(c, k, e) ? end + 2 : 0;
}

/*
 * The colon or the "namely" that ends a phrase at end, right there or
 * past the places and words that qualify it ("... in Nicaragua:", "...,
 * en el municipio de Tumaco, departamento de Nariño:", "..., namely:",
 * "..., à savoir"): the offset of its last character, or 0.  *namely
 * tells which.
 */
static size_t
names_open_after(const struct ctx *c, size_t end, size_t to, int *namely)
{
	size_t k, n;

	*namely = 0;
	for (k = end; k < to && k < end + 160; k++) {
		if (c->f[k] == '(' && (n = skip_bracket(c->f, k, to)) > k) {
			k = n - 1;	/* "(community council)" */
			continue;
		}
		if (c->f[k] == ':')
			return k;
		/* "three children—Duván, Yurani and E.P.Q.—": a dash, names */
		if (em_dash_at(c->f + k) && iachrp_is_upper_at(c->s + k + 3))
			return k + 2;
		if (c->f[k] == ';' || c->f[k] == '(')
			return 0;
		if (k > end && c->f[k - 1] == ' ' &&
		    (n = namely_at(c->f, k)) > 0) {
			k = skip_spaces(c->f, k + n, to);
			*namely = 1;
			/* "namely:", "a saber, A, B y C" */
			return k < to && (c->f[k] == ':' || c->f[k] == ',') ?
			    k : k - 1;
		}
	}
	return 0;
}

/*
 * After a phrase that ends at end, past the places that qualify the set
 * (", ubicada en X, Honduras,"): where the words after a cue of members
 * start, or 0.
 */
static size_t
after_among_cue(const struct ctx *c, size_t end, size_t to)
{
	size_t k, n;

	for (k = end; k < to && k < end + 160 && c->f[k] != ';' &&
	    c->f[k] != ':'; k++)
		if ((k == 0 || c->f[k - 1] == ' ') &&
		    (n = among_cue_at(c, k)) > 0)
			return skip_spaces(c->f, k + n, to);
	return 0;
}

/*
 * After a phrase that ends at end, past the State: where the names of
 * "among them A and B" start, or 0.
 */
size_t
among_after(const struct ctx *c, size_t end, size_t to)
{
	size_t k = after_among_cue(c, end, to);

	/*
	 * "entre ellos la lideresa X", "incluídas as lideranças X", "entre
	 * ellos su representante legal, X"
	 */
	return k > 0 && name_soon(c, k, to) ? k : 0;
}

/*
 * The bytes of a cue of persons among a set at k ("entre ellos", "dont"),
 * or 0; not "dont" of whose role follows ("la POHAJ, dont la directrice
 * exécutive, Me X"), whose person is no member of the set.
 */
size_t
among_cue_at(const struct ctx *c, size_t k)
{
	size_t n = iachrp_match_in(c->f + k, among_cues, NULL), t;

	if (n == 0)
		return 0;
	/* "incluido el asesinato del señor X": an event, no set's members */
	t = skip_spaces(c->f, k + n, k + n + 2);
	t += word_then_space(c->f, t, articles);
	if (iachrp_match_in(c->f + t, iachrp_lex_event_noun, NULL) > 0)
		return 0;
	if (iachrp_match_in(c->f + k, iachrp_lex_whose_cue, NULL) != n)
		return n;
	t = skip_spaces(c->f, k + n, k + n + 2);
	t += word_then_space(c->f, t, articles);
	if (word_then_space(c->f, t, roles) > 0)
		return 0;
	/*
	 * "dont deux enfants", "dont Jean X", "dont son fils", "dont sa
	 * coordonnatrice": persons; not "dont l'instruction est confiée au
	 * juge X": a thing's
	 */
	if ((k = word_then_space(c->f, t, possessives)) > 0 &&
	    role_len(c->f + t + k) > 0)
		return n;	/* "dont sa coordonnatrice, X" */
	t += k;
	return iachrp_is_upper_at(c->s + t) || head_count(c, t,
	    strlen(c->s)) > 0 ||
	    iachrp_match_in(c->f + t, membership, NULL) > 0 ||
	    iachrp_match_in(c->f + t, kin_words, NULL) > 0 ||
	    iachrp_match_in(c->f + t, person_nouns, NULL) > 0 ||
	    iachrp_match_in(c->f + t, group_nouns, NULL) > 0 ? n : 0;
}

/*
 * True when the body a role belongs to, named at a, is followed by the
 * person's name after a comma: "da Associação X, A".
 */
static int
role_of_body_then_name(const struct ctx *c, size_t a, size_t to)
{
	size_t k;

	for (k = a; k < to && k < a + 160 && strchr(",;:.", c->s[k]) == NULL;
	    k++)
		;
	return k < to && c->s[k] == ',' && persons_follow(c,
	    skip_spaces(c->s, k + 1, to), to);
}

/*
 * True when a person's name comes within a few words after a, past the
 * words that say who the person is ("sa compagne, la poétesse Y").
 */
int
name_soon(const struct ctx *c, size_t a, size_t to)
{
	size_t last = a;
	int i, nouns = 0;

	for (i = 0; i < 10 && a < to && c->s[a] != ';' && c->s[a] != '.'; i++) {
		if (iachrp_is_upper_at(c->s + a) && !persons_follow(c, a, to) &&
		    nouns > 0 && role_len(c->f + last) > 0)
			/* "do vice-presidente da Associação X, A" */
			return role_of_body_then_name(c, a, to);
		if (iachrp_is_upper_at(c->s + a))
			return persons_follow(c, a, to);
		/* "including by strengthening the Indigenous Guard" */
		if (word_then_space(c->f, a, iachrp_lex_agent_prep) > 0)
			return 0;
		/*
		 * "including the killing of Mr. X": the name after "of" and
		 * the first noun, an act's, not a role's, kin's or group's
		 * ("the president of", "au comité de grève de")
		 */
		if (nouns == 1 && word_then_space(c->f, a, of_words) > 0 &&
		    role_len(c->f + last) == 0 && iachrp_match_in(c->f + last,
		    kin_words, NULL) == 0 && iachrp_match_in(c->f + last,
		    membership, NULL) == 0 && iachrp_match_in(c->f + last,
		    group_nouns, NULL) == 0 && iachrp_match_in(c->f + last,
		    organisation_nouns, NULL) == 0)
			return 0;
		if (iachrp_is_alpha_at(c->f + a) && word_then_space(c->f, a,
		    articles) == 0 && word_then_space(c->f, a, of_words) == 0 &&
		    word_then_space(c->f, a, possessives) == 0) {
			nouns++;
			last = a;
		}
		a = skip_spaces(c->s, token_end(c->s, a, to), to);
	}
	return 0;
}

/* True when a person's name opens s[a, to): two capitalised words. */
int
persons_follow(const struct ctx *c, size_t a, size_t to)
{
	size_t e = token_end(c->s, a, to), e2;

	if (a >= to || !iachrp_is_upper_at(c->s + a) || c->s[e - 1] == ',' ||
	    is_initials(c->s, a, e))
		return is_initials(c->s, a, e - (c->s[e - 1] == ','));
	/* "Marcos and Valeria Torres": a given name, then a full name */
	if (e < to && (e2 = word_then_space(c->f, skip_spaces(c->s, e, to),
	    conjunctions)) > 0)
		return persons_follow(c, skip_spaces(c->s, e, to) + e2, to);
	e2 = token_end(c->s, skip_spaces(c->s, e, to), to);
	return e < to && personal(c, a, e2 - (c->s[e2 - 1] == ','));
}

/*
 * Where a beneficiary cue follows the framework phrase at k and the
 * measure's number ("en el marco del MC 1042-19 a favor de"), or to.
 */
static size_t
cue_after_framework(const struct ctx *c, size_t k, size_t to)
{
	size_t n = iachrp_match_in(c->f + k, framework_cues, NULL), j;

	j = skip_spaces(c->f, k + n, to);
	j += word_then_space(c->f, j, articles);
	if ((n = skip_file_number(c->f, j, to)) == j)
		return to;
	j = skip_spaces(c->f, n, to);
	return iachrp_match_in(c->f + j, strong_cues, NULL) > 0 ? j : to;
}

/*
 * Where a purpose cue after verb in s[verb, to) starts, when persons or
 * a set follow it; otherwise verb.
 */
static size_t
purpose_at(const struct ctx *c, size_t verb, size_t to)
{
	const char *p;
	size_t n, k;

	for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
	    p = iachrp_word_at(c->f, p + 1)) {
		if ((n = iachrp_match_in(p, purpose_cues, NULL)) == 0)
			continue;
		k = skip_spaces(c->f, (size_t)(p - c->f) + n, to);
		k += word_then_space(c->f, k, list_preps);
		k += word_then_space(c->f, k, articles);
		if (k < to && (iachrp_is_upper_at(c->s + k) ||
		    head_count(c, k, to) > 0 ||
		    iachrp_match_in(c->f + k, membership, NULL) > 0 ||
		    iachrp_match_in(c->f + k, group_nouns, NULL) > 0 ||
		    (role_ahead(c, k, to) && titled(c, k, to)) ||
		    /* "para proteger también a su esposa, X" */
		    (word_then_space(c->f, k, possessives) > 0 &&
		    name_soon(c, k, to))))
			return (size_t)(p - c->f);
	}
	return verb;
}

/*
 * In an extension, "the measures granted in favor of X, to Y": X is
 * protected already, Y is new.  Where Y starts, or verb when the
 * sentence is not of that form; *granted is where ", granted" opens a
 * clause of its own, or to.
 */
static size_t
after_earlier_grant(const struct ctx *c, size_t verb, size_t to,
    size_t *granted)
{
	const char *p;
	size_t n, k, at, end;

	*granted = to;
	for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
	    p = iachrp_word_at(c->f, p + 1)) {
		if ((n = iachrp_match_in(p, granted_words, NULL)) == 0)
			continue;
		/* Past the phrase, the rest of a stem's word, a date. */
		k = skip_spaces(c->f, token_end(c->f, (size_t)(p - c->f) +
		    n - 1, to), to);
		k = skip_date(c, skip_adverb(c->f, k, to), to);
		/*
		 * "granted in favor of X"; "PM 480-20, granted to X, to Y",
		 * a clause set off by commas
		 */
		if ((n = iachrp_match_in(c->f + k, strong_cues, NULL)) == 0 &&
		    ((n = word_then_space(c->f, k, passive_preps)) == 0 ||
		    p - c->f < 2 || p[-2] != ','))
			continue;
		/* ", otorgadas originalmente a favor de X": a clause of its own */
		if (p - c->f >= 2 && p[-2] == ',')
			*granted = (size_t)(p - c->f);
		at = skip_spaces(c->f, k + n, to);
		end = phrase_end(c, at, to);
		for (k = at; k <= end && k + 2 < to; k++) {
			if (c->f[k] != ',' || c->f[k + 1] != ' ')
				continue;
			/* ", para também proteger Y" */
			if ((n = iachrp_match_in(c->f + k + 2,
			    iachrp_lex_purpose_cue, NULL)) > 0)
				return skip_spaces(c->f, k + 2 + n, to);
			if ((n = word_then_space(c->f, k + 2,
			    passive_preps)) == 0 || state_phrase(c->f, k + 2) > 0)
				continue;
			return k + 2 + n;
		}
		return verb;
	}
	return verb;
}

/*
 * In an extension, "las medidas cautelares otorgadas a X" with no comma:
 * the participle tells whom the measures protect already.  Where the
 * participle opens, or to when the sentence holds none.
 */
static size_t
granted_to_at(const struct ctx *c, size_t verb, size_t to)
{
	const char *p;
	size_t n, k, t;

	for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
	    p = iachrp_word_at(c->f, p + 1)) {
		if ((n = iachrp_match_in(p, granted_words, NULL)) == 0 ||
		    p - c->f < 2 || p[-1] != ' ' || p[-2] == ',')
			continue;
		for (t = (size_t)(p - c->f) - 1; t > verb && c->f[t - 1] != ' ';
		    t--)
			;
		if (iachrp_match_in(c->f + t, measure_nouns, NULL) !=
		    (size_t)(p - c->f) - 1 - t && iachrp_match_in(c->f + t,
		    measure_words, NULL) != (size_t)(p - c->f) - 1 - t)
			continue;
		k = skip_spaces(c->f, token_end(c->f, (size_t)(p - c->f) +
		    n - 1, to), to);
		k = skip_date(c, skip_adverb(c->f, k, to), to);
		if ((n = iachrp_match_in(c->f + k, strong_cues, NULL)) == 0 &&
		    (n = word_then_space(c->f, k, passive_preps)) == 0)
			continue;
		/* "granted in favor of X to Y": Y is new, read as before */
		for (k += n; k < to; k++)
			if (c->f[k] == ' ' && (n = word_then_space(c->f, k + 1,
			    passive_preps)) > 0 && iachrp_is_upper_at(c->s +
			    k + 1 + n))
				return to;
		return (size_t)(p - c->f);
	}
	return to;
}

/*
 * A copy of c with an empty list of its own, for rules that look before
 * they add; 0, or -1 (marked out of memory).
 */
int
new_scratch(struct ctx *scratch, const struct ctx *c)
{
	*scratch = *c;
	if ((scratch->list = json_array()) == NULL) {
		iachrp_nomem(c->doc);
		return -1;
	}
	return 0;
}

/* Adds the persons, and only those, that the phrase s[a, b) names. */
void
persons_of_phrase(struct ctx *c, size_t a, size_t b)
{
	struct ctx scratch;
	const json_t *v, *w;
	const char *name;
	size_t i, k;

	if (b <= a || new_scratch(&scratch, c) != 0)
		return;
	scratch.count = 1;	/* no set of its own */
	phrase(&scratch, a, b);
	json_array_foreach(scratch.list, i, v) {
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0)
			continue;
		name = json_string_value(json_object_get(v, "name"));
		json_array_foreach(c->list, k, w)
			if (same_person(name, 0, strlen(name), json_string_value(
			    json_object_get(w, "name"))))
				break;
		if (k == json_array_size(c->list) &&
		    iachrp_append(c->doc, c->list, json_incref((json_t *)v)))
			break;
	}
	json_decref(scratch.list);
}

/*
 * Where the names start in the sentence after offset to when it opens
 * with a cue of members ("Entre ellos se encuentran la presidenta, A, y
 * ..."), or 0.
 */
static size_t
among_next(const struct ctx *c, size_t to)
{
	size_t k = (size_t)(iachrp_skip_space(c->s + to) - c->s), n, e;

	/* "Entre ellos", "Entre os beneficiários estão" */
	if (((n = among_cue_at(c, k)) == 0 && (n = iachrp_match_in(c->f + k,
	    followed_cues, NULL)) == 0) || c->f[k + n] != ' ')
		return 0;
	k = skip_spaces(c->s, k + n, strlen(c->s));
	e = iachrp_sentence_end(c->s, k);
	return name_soon(c, k, e) ? k : 0;
}

/*
 * The persons of the phrase at k and of the parts a semicolon joins to
 * it while each names a person ("entre eles as lideranças A, presidenta
 * da X; B; e C").
 */
static size_t semicolon_after(const struct ctx *c, size_t end, size_t to);
static size_t joined_after(const struct ctx *c, size_t end, size_t to);

static void
persons_of_parts(struct ctx *c, size_t k, size_t to)
{
	size_t end, semi, next;

	for (;;) {
		end = phrase_end(c, k, to);
		persons_of_phrase(c, k, end);
		/* "A, who heads the household, and her sons B and C X" */
		if ((semi = semicolon_after(c, end, to)) >= to) {
			if ((next = joined_after(c, end, to)) > end &&
			    name_soon(c, next, to)) {
				k = next;
				continue;
			}
			return;
		}
		k = skip_spaces(c->s, semi + 1, to);
		k += word_then_space(c->f, k, conjunctions);
		if (!name_soon(c, k, to))
			return;
	}
}

/*
 * The count of the subset a cue of members points to after a set, where
 * the cue names no one ("the members of X, and in particular the five
 * identified leaders", "em especial das quatro pessoas detidas"), or 0.
 */
static int
counted_among(const struct ctx *c, size_t end, size_t to)
{
	size_t k = after_among_cue(c, end, to);

	if (k == 0)
		return 0;
	k += word_then_space(c->f, k, of_words);
	k += word_then_space(c->f, k, articles);
	k += word_then_space(c->f, k, possessives);
	return head_count(c, k, to);
}

/*
 * Adds the persons of the first sentence of the body that counts n
 * persons and names that many after its count ("The applicants
 * identified five leaders ...: A; B; C; D; E"), or of the next sentence
 * where it names none, the subset a later sentence takes up by its count
 * alone.
 */
static void
counted_members_named(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead, int n)
{
	json_t *names = json_array();
	const json_t *v;
	size_t i, w, at, to, k;

	for (i = lead; names != NULL && i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		for (w = 0; w < p->nword; w++) {
			at = p->word[w];
			if (head_count(c, at, p->len) != n)
				continue;
			json_array_clear(names);
			persons_in(c, p, at, (to = iachrp_sentence_end(p->s,
			    at)), names);
			/* "... five members of the board. The request
			 * identifies them as A, B, C, D and E." */
			if (json_array_size(names) == 0 && to < p->len) {
				at = (size_t)(iachrp_skip_space(p->s + to) -
				    p->s);
				persons_in(c, p, at, iachrp_sentence_end(p->s,
				    at), names);
			}
			if (json_array_size(names) == (size_t)n)
				break;
		}
		if (w < p->nword)
			break;
	}
	if (names == NULL || i == doc->npara) {
		if (names == NULL)
			iachrp_nomem(c->doc);
		json_decref(names);
		return;
	}
	json_array_foreach(names, k, v) {
		if (entry_named(c, json_string_value(v), 0,
		    json_string_length(v)))
			continue;
		iachrp_trace_string(c->doc, "beneficiaries",
		    json_string_value(v), json_string_length(v),
		    "a member of a subset told by its count, named where the "
		    "body counts it");
		if (iachrp_append(c->doc, c->list, iachrp_pair("name",
		    json_incref((json_t *)v), "kind", json_string("person"))))
			break;
	}
	json_decref(names);
}

/*
 * A group protected by a grant whose members a later sentence names
 * "among them" ("the members of the Garífuna Community of Punta
 * Caimito, among them A and B, are in a serious and urgent situation"),
 * or the lead's next sentence ("Entre ellos se encuentran A y B"): adds
 * them, if persons.
 */
void
members_among_later(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead)
{
	size_t n = json_array_size(c->list), e, i, j, k, to, len;
	const char *name, *at;
	int count;

	for (j = 0; j < n; j++) {
		const json_t *v = json_array_get(c->list, j);

		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") != 0)
			continue;
		name = json_string_value(json_object_get(v, "name"));
		len = strlen(name);
		for (i = lead; i < doc->npara; i++) {
			const struct iachrp_para *p = &doc->para[i];

			if (p->kind != IACHRP_BODY || p->mandate)
				continue;
			c->s = p->s;
			c->f = p->f;
			for (at = strstr(p->s, name); at != NULL;
			    at = strstr(at + len, name)) {
				e = (size_t)(at - p->s) + len;
				to = iachrp_sentence_end(p->s, e);
				if ((k = among_after(c, e, to)) == 0 &&
				    (count = counted_among(c, e, to)) > 1) {
					counted_members_named(c, doc, lead,
					    count);
					c->s = p->s;
					c->f = p->f;
					continue;
				}
				if (k == 0 && i > lead)
					continue;
				/* "... Entre ellos se encuentran A y B." */
				if (k == 0 && (k = among_next(c, to)) > 0)
					to = iachrp_sentence_end(p->s, k);
				if (k > 0)
					persons_of_parts(c, k, to);
			}
			if (i > lead)
				members_of_noun_later(c, p, name);
		}
	}
}

/* True when s[a, b) is a word of name, whatever its case. */
static int
word_of_name(const char *s, size_t a, size_t b, const char *name)
{
	const char *w;

	for (w = name; *w != '\0'; w++)
		if ((w == name || w[-1] == ' ') &&
		    strncasecmp(w, s + a, b - a) == 0 &&
		    (w[b - a] == ' ' || w[b - a] == '\0'))
			return 1;
	return 0;
}

/*
 * The members named after the group's head noun taken up again in a
 * later sentence: "La familia, integrada por nueve personas, entre ellas
 * A y su hijo B", "They cover the members of the community, among them
 * its leaders A and B".  Adds them.
 */
void
members_of_noun_later(struct ctx *c, const struct iachrp_para *p,
    const char *name)
{
	size_t w, at, t, e, k, n;

	for (w = 0; w < p->nword; w++) {
		at = p->word[w];
		if ((n = word_then_space(p->f, at, articles)) == 0)
			continue;
		t = at + n;
		e = token_end(p->s, t, p->len);
		if (p->s[e - 1] == ',')
			e--;
		/*
		 * "los integrantes de X": of any group, not the head noun of
		 * "integrantes de la junta directiva de Y"
		 */
		if (iachrp_match_in(p->f + t, group_nouns, NULL) == 0 ||
		    iachrp_match_in(p->f + t, membership, NULL) > 0 ||
		    !word_of_name(p->s, t, e, name))
			continue;
		if ((k = among_after(c, e, iachrp_sentence_end(p->s, e))) > 0)
			persons_of_parts(c, k, iachrp_sentence_end(p->s, e));
	}
}

/* True when s[t, e) is one word of the class words. */
int
word_is(const struct ctx *c, size_t t, size_t e, const char *const *words,
    size_t nwords)
{
	return t < e && iachrp_match_sorted(c->f + t, words, nwords, NULL) ==
	    e - t;
}

/*
 * True when the capitalised run s[at, end) names something a person is
 * part of, not a person: after an article ("members of the Indigenous
 * Guard"), after kin, members or media and "of" ("the relatives of Berta
 * Cáceres"), a medium itself ("Radio Kalfou"), a nickname in quotes, or
 * a possessor of kin ("Berta Cáceres' relatives").
 */
static int
not_a_person_here(const struct ctx *c, size_t at, size_t end)
{
	size_t e1 = at, t1 = word_before(c, 0, &e1), e2 = t1, t2, k = end;

	t2 = word_before(c, 0, &e2);
	/*
	 * "a", "o" and "à" also stand before a person: "proteger a X"; and
	 * English "as": "identifies them as X".
	 */
	if (e1 - t1 > iachrp_char_len(c->s + t1) &&
	    iachrp_match_any(c->f + t1, articles_of[c->lang], NULL) ==
	    e1 - t1)
		return 1;
	if (word_is(c, t1, e1, of_words, IACHRP_NCUES(of_words)) &&
	    (word_is(c, t2, e2, kin_words, IACHRP_NCUES(kin_words)) ||
	    iachrp_match_in(c->f + t2, membership, NULL) > 0 ||
	    media_noun_at(c, t2, e2)))
		return 1;
	if (media_noun_at(c, at, token_end(c->s, at, end)))
		return 1;
	/*
	 * "a organização solicitante, Justiça Global", "the applicant
	 * organization, Cristosal": an organisation's name
	 */
	if (e1 > t1 && c->s[e1 - 1] == ',' && (iachrp_match_in(c->f + t1,
	    organisation_nouns, NULL) == e1 - 1 - t1 ||
	    (iachrp_match_in(c->f + t1, iachrp_lex_ask_noun, NULL) ==
	    e1 - 1 - t1 && iachrp_match_in(c->f + t2, organisation_nouns,
	    NULL) == e2 - t2)))
		return 1;
	/* A nickname: "A, conhecida na comunidade como Kunhã Poty" */
	for (k = at > 80 ? at - 80 : 0; k + 1 < at; k++)
		if ((k == 0 || c->f[k - 1] == ' ') && k + 1 + iachrp_match_in(
		    c->f + k, iachrp_lex_nickname_cue, NULL) == at)
			return 1;
	/* A nickname in quotes: Jocelyn Méus, dit « Ti Jo » */
	for (k = at; k > 0 && c->s[k - 1] == ' ' && k + 1 >= at; k--)
		;
	if (k > 0 && (c->s[k - 1] == '"' || (k >= 2 && strncmp(c->s + k - 2,
	    "\xc2\xab", 2) == 0) || (k >= 3 && strncmp(c->s + k - 3,
	    "\xe2\x80\x9c", 3) == 0)))
		return 1;
	k = end;
	if (c->s[k] == '\'' && c->s[k + 1] == 's')
		k += 2;
	else if (c->s[k] == '\'')
		k++;
	return k > end && iachrp_match_in(c->f + skip_spaces(c->s, k,
	    k + 2), kin_words, NULL) > 0;
}

/*
 * Drops from names, found in paragraph p from from on, those that its
 * text shows are not persons ("a delegate at the Bajo Grande refinery").
 */
static void
drop_not_persons_here(struct ctx *c, const struct iachrp_para *p,
    size_t from, json_t *names)
{
	const char *at, *name;
	size_t i;

	c->s = p->s;
	c->f = p->f;
	for (i = json_array_size(names); i-- > 0;) {
		name = json_string_value(json_array_get(names, i));
		if ((at = strstr(p->s + from, name)) != NULL &&
		    not_a_person_here(c, (size_t)(at - p->s),
		    (size_t)(at - p->s) + strlen(name)))
			json_array_remove(names, i);
	}
}

/* True when names holds the n bytes at s as one of its strings. */
static int
holds_name(const json_t *names, const char *s, size_t n)
{
	const json_t *v;
	size_t i;

	json_array_foreach(names, i, v)
		if (json_string_length(v) == n &&
		    memcmp(json_string_value(v), s, n) == 0)
			return 1;
	return 0;
}

/*
 * Appends to names the initials that stand for persons in s[a, b)
 * ("Y.A.T., K.E.A. and D.E.A."), with their stops, unless entries or
 * named already.
 */
void
initials_in(struct ctx *c, size_t a, size_t b, json_t *names)
{
	size_t t, e, end;

	for (t = skip_spaces(c->s, a, b); t < b; t = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, t, b);
		for (end = e; end > t && strchr(",;:)", c->s[end - 1]) != NULL;)
			end--;
		/* "K.E.A." at the sentence's end keeps its last stop */
		if (end - t >= 4 && c->s[end - 1] == '.' &&
		    strchr(c->s + t, '.') < c->s + end - 1 &&
		    is_initials(c->s, t, end) && !an_entry(c, t, end) &&
		    /* "S.A.": a company's */
		    iachrp_match_in(c->f + t, iachrp_lex_company_suffix,
		    NULL) == 0 &&
		    !(end - t == 4 && strncmp(c->s + t, "D.C.", 4) == 0) &&
		    !holds_name(names, c->s + t, end - t) &&
		    iachrp_append(c->doc, names, json_stringn(c->s + t,
		    end - t)) != 0)
			return;
	}
}

/* Appends to names the persons p[a, b) names, less those that are not. */
void
persons_in(struct ctx *c, const struct iachrp_para *p, size_t a, size_t b,
    json_t *names)
{
	struct iachrp_para part = *p;

	part.s += a;
	part.f += a;
	part.len = b - a;
	person_names(c, &part, names);
	drop_not_persons_here(c, p, a, names);
}

/* True when a closing quote opens s, past a comma or a stop. */
static int
closing_quote_at(const char *s)
{
	if (*s == ',' || *s == '.')
		s++;
	if (*s == ' ')
		s++;
	return closing_quote(s) || *s == '\'';
}

/* True when an opening quote ends at offset k of s: "“Kevo", "« Ti Bob". */
static int
opened_before(const char *s, size_t k)
{
	size_t n;

	for (n = 1; n <= 3 && n <= k; n++)
		if (opening_quote(s + k - n) == n)
			return 1;
	return 0;
}

/*
 * When name opens with a nickname the release prints in quotes ("Kevo
 * Arzú" after 'Kevin Josué Arzú Suazo, ... known as "Kevo,"', "Mina
 * Tercero" after 'Yasmina del Socorro Tercero Huete, ... chamam de
 * "Mina"'): 1, and *owner the last person named before the quote in its
 * sentence who holds the rest of name (NULL where none does); else 0.
 */
static int
nicknamed(struct ctx *c, const char *name, json_t **owner)
{
	const struct iachrp_doc *doc = c->doc;
	size_t i, j, k, n, words, from;
	json_t *names;
	const char *cs = c->s, *cf = c->f;

	*owner = NULL;
	for (words = 1, n = 0; words <= 2; words++) {
		while (name[n] != '\0' && name[n] != ' ')
			n++;
		if (n < 2)
			return 0;
		for (i = 0; i < doc->npara; i++) {
			const struct iachrp_para *p = &doc->para[i];

			for (j = 1; j + n < p->len; j++) {
				if (p->s[j] != name[0] ||
				    memcmp(p->s + j, name, n) != 0)
					continue;
				k = p->s[j - 1] == ' ' ? j - 1 : j;
				if (!opened_before(p->s, k) ||
				    !closing_quote_at(p->s + j + n))
					continue;
				from = sentence_start(p, j);
				if ((names = json_array()) == NULL)
					return 1;
				persons_in(c, p, from, k, names);
				c->s = cs;
				c->f = cf;
				if (json_array_size(names) > 0 && holds_words(
				    json_string_value(json_array_get(names,
				    json_array_size(names) - 1)), name + n))
					*owner = json_incref(json_array_get(names,
					    json_array_size(names) - 1));
				json_decref(names);
				return 1;
			}
		}
		if (name[n] == '\0')
			return 0;
		n++;
	}
	return 0;
}

/* True when name holds every word of words (none at all counts). */
int
holds_words(const char *name, const char *words)
{
	size_t e;

	while (*words == ' ')
		words++;
	for (; *words != '\0'; words += e) {
		for (e = 0; words[e] != '\0' && words[e] != ' '; e++)
			;
		if (!holds_word(name, words, e))
			return 0;
		while (words[e] == ' ')
			e++;
	}
	return 1;
}

/*
 * Adds the families p[a, b) names by surname ("da família Souza Benites",
 * "the Vivas family") as groups, and sets *spans to the bounds of their
 * names, at most max; returns how many.
 */
static size_t
families_in(struct ctx *c, const struct iachrp_para *p, size_t a, size_t b,
    size_t spans[][2], size_t max)
{
	size_t w, pw, t, e, k, start, end, n = 0;

	c->s = p->s;
	c->f = p->f;
	for (w = iachrp_word_from(p, a); w < p->nword && p->word[w] < b &&
	    n < max; w++) {
		t = p->word[w];
		e = token_end(p->s, t, b);
		if (iachrp_match_in(p->f + t, iachrp_lex_family_head, NULL) !=
		    e - t)
			continue;
		/* "la familia Vivas Pérez": the surnames after the noun */
		start = end = k = skip_spaces(p->s, e, b);
		while (k < b && iachrp_is_upper_at(p->s + k)) {
			end = token_end(p->s, k, b);
			if (strchr(",;.", p->s[end - 1]) != NULL)
				break;
			k = skip_spaces(p->s, end, b);
		}
		while (end > start && strchr(",;.", p->s[end - 1]) != NULL)
			end--;
		if (end > start) {
			add_entry(c, t, end, 1);
			spans[n][0] = start;
			spans[n++][1] = end;
			continue;
		}
		/* "the Vivas family": the surnames before it */
		for (k = t, pw = w; pw > 0 && p->word[pw - 1] >= a &&
		    iachrp_is_upper_at(p->s + p->word[pw - 1]) &&
		    strchr(",;.", p->s[token_end(p->s, p->word[pw - 1], b) -
		    1]) == NULL; pw--)
			k = p->word[pw - 1];
		if (k < t) {
			add_entry(c, k, e, 1);
			spans[n][0] = k;
			spans[n++][1] = t;
		}
	}
	return n;
}

/*
 * Adds, for each surname p[a, b) gives after a title alone ("incluidos el
 * señor Caicedo y la señora Riascos"), the full name the release gives.
 */
static void
titled_surnames_in(struct ctx *c, const struct iachrp_para *p, size_t a,
    size_t b)
{
	size_t w, t, e, n;

	c->s = p->s;
	c->f = p->f;
	for (w = iachrp_word_from(p, a); w + 1 < p->nword &&
	    p->word[w + 1] < b; w++) {
		t = p->word[w + 1];
		e = token_end(p->s, t, b);
		if ((n = role_len(p->f + p->word[w])) == 0 ||
		    p->word[w] + n + 1 != t || !iachrp_is_upper_at(p->s + t))
			continue;
		while (e > t && strchr(",;.", p->s[e - 1]) != NULL)
			e--;
		/* one word, not "el señor Aurelio Caicedo" */
		if (strchr(",;.", p->s[token_end(p->s, t, b) - 1]) == NULL &&
		    w + 2 < p->nword && p->word[w + 2] < b &&
		    iachrp_is_upper_at(p->s + p->word[w + 2]))
			continue;
		add_full_name(c, t, e);
	}
}

/* Adds the persons s[a, b) of paragraph p names, each in its full form. */
void
add_named_in(struct ctx *c, const struct iachrp_para *p, size_t a, size_t b,
    const char *why)
{
	json_t *names = json_array(), *name;
	size_t i, k, nfam, fam[8][2];

	if (names == NULL) {
		iachrp_nomem(c->doc);
		return;
	}
	nfam = families_in(c, p, a, b, fam, 8);
	titled_surnames_in(c, p, a, b);
	persons_in(c, p, a, b, names);
	initials_in(c, a, b, names);
	for (i = 0; i < json_array_size(names); i++) {
		const char *text = json_string_value(json_array_get(names, i));

		/* a family's surnames are no person's name */
		for (k = 0; k < nfam; k++)
			if (strlen(text) == fam[k][1] - fam[k][0] &&
			    strncmp(p->s + fam[k][0], text, strlen(text)) == 0)
				break;
		if (k < nfam)
			continue;
		if (nicknamed(c, text, &name)) {
			if (name == NULL)
				continue;	/* someone named in full */
		} else
			name = full_form(c, text);
		if (name != NULL)
			iachrp_trace_string(c->doc, "beneficiaries",
			    json_string_value(name), json_string_length(name),
			    why);
		if (iachrp_append(c->doc, c->list, iachrp_pair("name", name,
		    "kind", json_string("person"))) != 0)
			break;
	}
	c->s = p->s;
	c->f = p->f;
	json_decref(names);
}

/* Where the last word of class words before k and from at least opens, or k. */
static size_t
last_word_before(const struct iachrp_para *p, size_t from, size_t k,
    const char *const *words, size_t nwords)
{
	size_t w, at = k;

	for (w = iachrp_word_from(p, from); w < p->nword && p->word[w] < k;
	    w++)
		if (iachrp_match_sorted(p->f + p->word[w], words, nwords,
		    NULL) > 0)
			at = p->word[w];
	return at;
}

/*
 * Adds the persons named after "among them", "in particular" and their
 * kin in s[from, to) of paragraph p, each up to the end of its clause.
 */
void
named_among(struct ctx *c, const struct iachrp_para *p, size_t from,
    size_t to)
{
	size_t w, k, n, end;

	for (w = iachrp_word_from(p, from); w < p->nword && p->word[w] < to;
	    w++) {
		k = p->word[w];
		c->s = p->s;
		c->f = p->f;
		if ((n = among_cue_at(c, k)) == 0 ||
		    iachrp_is_alpha_at(p->f + k + n))
			continue;
		for (end = k + n; end < to && p->s[end] != ';' &&
		    (p->s[end] != ':' || end < k + n + 80); end++)
			;
		add_named_in(c, p, k + n, end, "a person named among those "
		    "to protect");
	}
}

/*
 * Whom a sentence of the body says is at risk, in a grant, a follow-up, a
 * request to the Court or an extension that names no one else: the persons the
 * clause of the Commission's finding names ("considered that the members of the
 * community, as well as Mr. Caal Choc and Ms. Tiul Pop, are in a serious and
 * urgent situation"), and those a set to protect names after "among them"
 * ("proteger la vida de las familias beneficiarias, incluido el comisario X").
 * Adds them.
 */
void
named_at_risk(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	struct iachrp_cueset protects, findings;
	size_t i, from, to, w, k, n;

	/* a follow-up with an extension: whom the finding names too */
	if ((c->extends && !c->requests && !c->follows &&
	    json_array_size(c->list) > 0) || c->lifts)
		return;
	iachrp_cueset_init(&protects, protect_cues, IACHRP_NCUES(protect_cues),
	    sizeof(*protect_cues));
	iachrp_cueset_init(&findings, risk_findings,
	    IACHRP_NCUES(risk_findings), sizeof(*risk_findings));
	for (i = lead; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		for (from = 0; from < p->len; from = (size_t)(
		    iachrp_skip_space(p->s + to) - p->s)) {
			int protective = 0;

			to = iachrp_sentence_end(p->s, from);
			/* an extension's: not the grant's "At that time, ..." */
			if (c->extends && iachrp_contains(p->f, from, to,
			    iachrp_lex_then_marker))
				continue;
			for (w = iachrp_word_from(p, from); w < p->nword &&
			    p->word[w] < to; w++) {
				k = p->word[w];
				if (iachrp_cueset_may(&protects, p->f + k) &&
				    iachrp_match_in(p->f + k, protect_cues,
				    NULL) > 0)
					protective = 1;
				if (!iachrp_cueset_may(&findings, p->f + k) ||
				    iachrp_match_in(p->f + k, risk_findings,
				    NULL) == 0)
					continue;
				protective = 1;
				/* an extension's: not the grant's "la CIDH avait
				 * estimé que Mme X se trouvait ..." */
				if (c->extends && iachrp_contains(p->f, from, k,
				    iachrp_lex_pluperfect_aux))
					continue;
				n = last_word_before(p, from, k, finding_that,
				    IACHRP_NCUES(finding_that));
				if (n < k)
					add_named_in(c, p, n, k, "a person "
					    "the Commission finds at risk");
			}
			/* an extension's: not those the earlier measure
			 * protects, "a los que la Corte hizo lugar en 2019 ...,
			 * entre ellos el juez X" */
			if (protective && !(c->extends &&
			    c->doc->released.year > 0 && iachrp_latest_year(
			    p->f, from, to) > 0 && iachrp_latest_year(p->f,
			    from, to) < c->doc->released.year))
				named_among(c, p, from, to);
		}
	}
}

/*
 * The semicolon that ends the list item whose name ends at end, past a
 * clause that describes the person (", who coordinates the committee;"):
 * its offset, or to.
 */
static size_t
semicolon_after(const struct ctx *c, size_t end, size_t to)
{
	size_t k;

	for (k = end; k < to; k++) {
		if (c->f[k] == ';')
			return k;
		/* "a student at the University of León (UNAN-León);" */
		if (c->f[k] == '(' && skip_bracket(c->f, k, to) > k) {
			k = skip_bracket(c->f, k, to) - 1;
			continue;
		}
		if (c->f[k] == ':' || c->f[k] == '(' || c->f[k] == '.')
			return to;
	}
	return to;
}

/* True when the last of the entries added after the first had is a person. */
static int
person_since(const struct ctx *c, size_t had)
{
	size_t n = json_array_size(c->list);

	return n > had && strcmp(json_string_value(json_object_get(
	    json_array_get(c->list, n - 1), "kind")), "person") == 0;
}

/*
 * True when the part of a list at k names a group or a family by its name:
 * "...; and the members of the Banegas family", "...; y la Comunidad X".
 */
static int
named_group_part(const struct ctx *c, size_t k, size_t to)
{
	size_t e = phrase_end(c, k, to);

	return e > k && capitals(c->s, k, e) > 0 && (is_group(c, k, e) ||
	    iachrp_contains(c->f, k, e, family_words));
}

/*
 * The beneficiaries named at at in s[at, to): the phrase there, or the
 * names that a set's colon introduces; the persons "among them" after
 * it.  Returns where the phrase ends.
 */
size_t
target(struct ctx *c, size_t at, size_t to)
{
	size_t end, n, k, next, semi, had;
	int counted = 0, namely;

	at = skip_spaces(c->s, at, to);
	/* "Los familiares incluidos en la ampliación son: ..." */
	if (at < to && c->s[at] == ':')
		at = skip_spaces(c->s, at + 1, to);
	at = past_aside(c, at, to);
	/* "que protege en Nicaragua al equipo X": past the State */
	if ((n = state_phrase(c->f, at)) > 0 && at + n < to &&
	    c->f[at + n] == ' ' && (k = word_then_space(c->f,
	    at + n + 1, passive_preps)) > 0)
		at = at + n + 1 + k;
	end = phrase_end(c, at, to);

	/* "A e de dois agentes pastorais: B e C": A, then the set's names */
	if (end > at && names_open_after(c, end, to, &namely) > 0 &&
	    (n = counted_after_and(c, at, end, &next)) > at) {
		phrase(c, at, next);
		at = n;
	}
	if (end > at && (n = names_open_after(c, end, to, &namely)) > 0 &&
	    (namely || unnamed_set(c, at, end) || head_count(c, at, end) > 0 ||
	    iachrp_contains(c->f, at, end, listed_ahead_words) ||
	    /*
	     * "integrantes de la familia X, en Guerrero: A, sus hijos B";
	     * not "os membros da Comunidade X e três de suas lideranças: A",
	     * where the names are another set's
	     */
	    ((iachrp_match_in(c->f + at + word_then_space(c->f, at, articles),
	    membership, NULL) > 0 ||
	    /* "las personas que integran la Junta X, en Cauca: A, B y C" */
	    iachrp_contains(c->f, at, n, membership_verbs)) &&
	    next_conjunction(c, at, n) == n)) &&
	    name_soon(c, skip_spaces(c->s, n + 1, to), to)) {
		/*
		 * "nine persons deprived of liberty: A, B and C", "... in
		 * Nicaragua: A, B and C", "four persons, namely: A; B",
		 * "tres integrantes de la Junta X: A, B y C", "tres
		 * personas ...: el sacerdote A, ..."
		 */
		at = skip_spaces(c->s, n + 1, to);
		end = phrase_end(c, at, to);
		counted = 1;
	}
	/*
	 * "A; B; C; and D", "A, treasurer of X; B, who coordinates Y; and
	 * C": one list, whatever it is cut with, as long as each part it
	 * goes on with names a person.
	 */
	while ((semi = semicolon_after(c, end, to)) < to) {
		next = skip_spaces(c->s, semi + 1, to);
		next += word_then_space(c->f, next, conjunctions);
		/* "...; y la periodista C, directora de Y"; "...; and a
		 * clerk, whose name is withheld, identified as J.A.C.R." */
		if (!name_soon(c, next, to) && !names_by_cue(c, next, to, ";") &&
		    !named_group_part(c, next, to))
			break;
		had = json_array_size(c->list);
		if (end > at)
			phrase(c, at, end);
		if (!counted && !person_since(c, had)) {
			at = end;	/* read */
			break;
		}
		at = next;
		end = phrase_end(c, at, to);
	}
	/*
	 * "a comunidade que ela representa, a Comunidade Quilombola X": the
	 * set's own name, in apposition, where the set has none
	 */
	for (k = at; k < end && c->s[k] != ',' && c->s[k] != '('; k++)
		;
	if (k < end && c->s[k] == ',' && unnamed_set(c, at, k) &&
	    (n = named_group_after(c, k, end)) > 0) {
		phrase(c, at, k);
		at = n;
	}
	if (end > at)
		phrase(c, at, end);
	/* "..., en Ecuador, entre ellas A y B": the set and A and B */
	if (end > at && (n = among_after(c, end, to)) > 0) {
		at = n;
		end = phrase_end(c, at, to);
		if (end > at)
			phrase(c, at, end);
	}
	return end;
}

/*
 * Past an aside set off by commas right after a cue, with no capital in
 * it ("afin de protéger, en plus des personnes déjà bénéficiaires, la
 * famille X"): where the persons start; at when there is none.
 */
size_t
past_aside(const struct ctx *c, size_t at, size_t to)
{
	size_t k;

	if (at >= to || c->s[at] != ',')
		return at;
	for (k = at + 1; k < to && k < at + 80 && c->s[k] != ','; k++)
		if (iachrp_is_upper_at(c->s + k) || strchr(";:.", c->s[k]))
			return at;
	return k < to && c->s[k] == ',' ? skip_spaces(c->s, k + 1, to) : at;
}

/*
 * In s[a, b), a counted set joined to what comes before it ("A e de dois
 * agentes pastorais", "A and two of his colleagues"): where the set
 * starts, *before where the words before the conjunction end; a when
 * there is none.
 */
size_t
counted_after_and(const struct ctx *c, size_t a, size_t b, size_t *before)
{
	size_t k, n, m;

	for (k = a + 1; k < b; k++) {
		if (c->f[k] != ' ' || (n = word_then_space(c->f, k + 1,
		    conjunctions)) == 0)
			continue;
		m = k + 1 + n;
		m += word_then_space(c->f, m, passive_preps);
		m += word_then_space(c->f, m, of_words);
		/* "y de los dos hijos de la pareja: B y C" */
		m += word_then_space(c->f, m, articles);
		if (head_count(c, m, b) > 0) {
			*before = k;
			return m;
		}
	}
	return a;
}

/*
 * True when a role with its complement at k is followed by a name in
 * apposition: "capitán de dicha comunidad, Aníbal Jesús Ayuso Gómez".
 */
static int
role_then_name(const struct ctx *c, size_t k, size_t to)
{
	size_t e = k + role_len(c->f + k);

	if (e == k)
		return 0;
	for (; e < to && e < k + 80 && c->f[e] != ','; e++)
		if (c->f[e] == ';' || c->f[e] == ':' || c->f[e] == '.')
			return 0;
	return e < to && c->f[e] == ',' &&
	    persons_follow(c, skip_spaces(c->s, e + 1, to), to);
}

/*
 * True when a role and then a name start at k, past an article and a
 * genitive: "the reserve's governor, A", "the coordinator of its Guard,
 * B".
 */
static int
role_of_named_ahead(const struct ctx *c, size_t k, size_t to)
{
	size_t e;

	k += word_then_space(c->f, k, articles);
	e = token_end(c->s, k, to);
	if (e > k + 2 && c->f[e - 2] == '\'' && c->f[e - 1] == 's')
		k = skip_spaces(c->s, e, to);
	return role_then_name(c, k, to);
}

/*
 * True when the members of a set start at k, past an article and a word
 * of others: "the other members of", "los demás integrantes de".
 */
static int
members_ahead(const struct ctx *c, size_t k)
{
	k += word_then_space(c->f, k, articles);
	k += word_then_space(c->f, k, other_words);
	return iachrp_match_in(c->f + k, membership, NULL) > 0;
}

/*
 * After a phrase that ends at end, past its relative clause: where a
 * second one joined by "and to" starts ("26 missing persons who
 * disappeared ... and to six women searchers", "X, connu sous le surnom
 * d'« El Tigre », et à sa compagne, la poétesse Y", "X (« Ti Wil »),
 * animateur de Radio Z, ainsi que de son épouse, Y"), or 0.
 */
static size_t
joined_after(const struct ctx *c, size_t end, size_t to)
{
	size_t k, n, m;

	for (k = end; k < to; k++) {
		if (c->f[k] == '(' && (n = skip_bracket(c->f, k, to)) > k) {
			k = n - 1;
			continue;
		}
		if (c->f[k] == ';' || c->f[k] == ':' || c->f[k] == '(')
			return 0;
		/* ", tras recibir información según la cual ...": the reason */
		if (k >= end + 2 && c->f[k - 1] == ' ' && c->f[k - 2] == ',' &&
		    word_then_space(c->f, k, iachrp_lex_clause_break) > 0)
			return 0;
		/*
		 * "A, who is held at X, and human rights defender B"; "the
		 * community X, in the municipality of Y, and two of its
		 * leaders, B and C"
		 */
		/* "for A, for the members of the B family, and for C" */
		if (k > end && c->f[k - 1] == ',' && c->f[k] == ' ' &&
		    (n = word_then_space(c->f, k + 1, measure_preps)) > 0 &&
		    (m = k + 1 + n) < to && (word_then_space(c->f, m,
		    articles) > 0 || iachrp_match_in(c->f + m, membership,
		    NULL) > 0) && name_soon(c, m, to))
			return m;
		if (k > end && c->f[k - 1] == ',' && c->f[k] == ' ' &&
		    (n = word_then_space(c->f, k + 1, conjunctions)) > 0 &&
		    (described_name_ahead(c, k + 1 + n, to) ||
		    /* "..., in the municipality of Waspam, and A B" */
		    persons_follow(c, k + 1 + n, to) ||
		    head_count(c, k + 1 + n, to) > 0 ||
		    /* "..., Junín region, and his wife, Y" */
		    (word_then_space(c->f, k + 1 + n, possessives) > 0 &&
		    name_soon(c, k + 1 + n, to)) ||
		    /* "..., as well as the other members of that union" */
		    members_ahead(c, k + 1 + n) ||
		    /* "..., together with the reserve's governor, A" */
		    role_of_named_ahead(c, k + 1 + n, to)))
			return k + 1 + n;
		/* "and to", "and of", "and for his wife, Y" */
		if (c->f[k] != ' ' || (n = word_then_space(c->f, k + 1,
		    conjunctions)) == 0 || ((m = word_then_space(c->f,
		    k + 1 + n, passive_preps)) == 0 && (m = word_then_space(
		    c->f, k + 1 + n, of_words)) == 0 && (m = word_then_space(
		    c->f, k + 1 + n, measure_preps)) == 0))
			continue;
		k = skip_spaces(c->s, k + 1 + n + m, to);
		/*
		 * A set or a name, not "and to report on the actions"; "e da
		 * catequista B": a name after words that say who.
		 */
		if (head_count(c, k, to) > 0 || iachrp_is_upper_at(c->s + k) ||
		    word_then_space(c->f, k, articles) > 0 ||
		    described_name_ahead(c, k, to) || role_then_name(c, k, to) ||
		    /* "e dos integrantes da Associação X", "assim como dos
		     * demais membros dessa comunidade" */
		    iachrp_match_in(c->f + k + word_then_space(c->f, k,
		    other_words), membership, NULL) > 0)
			return k;
		/* "his partner, Y", "seus dois filhos, as crianças A e B" */
		return word_then_space(c->f, k, possessives) > 0 &&
		    name_soon(c, k, to) ? k : 0;
	}
	return 0;
}

/*
 * True when a relative pronoun and a comma, which open an aside inside
 * its clause, stand in s[a, b): "siblings who, together with".
 */
static int
aside_in_clause(const struct ctx *c, size_t a, size_t b)
{
	size_t k, n;

	for (k = a; k < b; k++)
		if ((k == 0 || c->f[k - 1] == ' ') && (n = iachrp_match_in(
		    c->f + k, relative_pronouns, NULL)) > 0 && k + n < b &&
		    c->f[k + n] == ',')
			return 1;
	return 0;
}

/*
 * The phrase at at and those joined to it: where the last one ends.  A
 * phrase joined in an aside of a relative clause is the clause's:
 * "siblings who, together with Ms. Orellana, lead the station".
 */
size_t
joined_targets(struct ctx *c, size_t at, size_t to)
{
	size_t end, next;

	if ((end = target(c, at, to)) > at)
		at = end;
	while ((next = joined_after(c, at, to)) > 0 &&
	    !aside_in_clause(c, at, next) &&
	    (end = target(c, next, to)) > next)
		at = end;
	return at;
}

/* Reads the phrases after each cue of s[at, to). */
void
from_cues(struct ctx *c, size_t at, size_t to)
{
	while (find_cue(c, at, to, &at))
		at = joined_targets(c, at, to);
}

/* The paragraph c reads, or NULL. */
static const struct iachrp_para *
current_para(const struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->doc->npara; i++)
		if (c->doc->para[i].s == c->s)
			return &c->doc->para[i];
	return NULL;
}

/*
 * Where the subject of the sentence at from starts, past a clause set
 * before it up to its comma, when that comes before at ("Tras documentarse
 * amenazas, el Consejo X y su representante, A, fueron incorporados").
 */
size_t
subject_start(const struct ctx *c, size_t from, size_t at)
{
	const struct iachrp_para *p = current_para(c);
	const char *comma;
	size_t k;

	/* Past the dateline: "Washington, D.C. – Tras ..." */
	if (p != NULL && (k = iachrp_dateline_end(p)) > from && k < at)
		from = k;
	from = skip_spaces(c->s, from, at);
	if (iachrp_match_in(c->f + from, fronted_clauses, NULL) == 0 ||
	    (comma = strstr(c->s + from, ", ")) == NULL ||
	    (size_t)(comma - c->s) >= at)
		return from;
	return (size_t)(comma + 2 - c->s);
}

/*
 * In a lift, where s[from, to) starts to say whom the measures stay in
 * force for ("..., while keeping them in force for X"); to when it does
 * not.
 */
size_t
kept_from(const struct ctx *c, size_t from, size_t to)
{
	size_t i;

	if (c->lifts == 0)
		return to;
	for (i = from; i < to; i++)
		if ((i == 0 || c->f[i - 1] == ' ') &&
		    iachrp_match_in(c->f + i, kept_cues, NULL) > 0)
			return i;
	return to;
}

/*
 * In a lift, the persons the measures protected, named by a relative
 * clause on them ("measures PM 455-17, which had protected X, were
 * lifted", "met fin à la protection dont bénéficiaient, depuis décembre
 * 2019, X", "lever les mesures qu'elle avait accordées en 2013 à X"):
 * reads them from s[from, to).  Returns whether it read someone; in a
 * partial lift, what names no person is the measure's whole set, and is
 * left out.
 */
int
lifted_by_relative(struct ctx *c, size_t from, size_t to)
{
	size_t i, n, j, had = json_array_size(c->list);

	to = kept_from(c, from, to);
	for (i = from; i < to; i++) {
		if ((i > 0 && c->f[i - 1] != ' ') ||
		    (n = iachrp_match_in(c->f + i, protected_rels, NULL)) == 0 ||
		    iachrp_is_alpha_at(c->f + i + n))
			continue;
		j = skip_insertions(c->f, i + n, to);
		j = skip_spaces(c->s, j, to);
		/* "it had granted more than a decade ago to X" */
		j = skip_elapsed(c, j, to);
		/* "qu'elle avait accordées en 2013 à X" */
		if ((n = word_then_space(c->f, j, iachrp_lex_year_prep)) > 0 &&
		    j + n + 4 <= to && c->f[j + n] >= '1' && c->f[j + n] <= '2') {
			j = token_end(c->s, j + n, to);
			/* "in 2019, under file PM 408-19, to X" */
			if (c->f[j - 1] == ',')
				j--;
			j = skip_spaces(c->s, skip_insertions(c->f, j, to), to);
		}
		if ((n = iachrp_match_in(c->f + j, strong_cues, NULL)) > 0 ||
		    (n = word_then_space(c->f, j, passive_preps)) > 0)
			j = skip_spaces(c->s, j + n, to);
		joined_targets(c, j, to);
		break;
	}
	for (i = had; i < json_array_size(c->list); i++)
		if (c->lifts == IACHRP_LIFT || strcmp(json_string_value(
		    json_object_get(json_array_get(c->list, i), "kind")),
		    "person") == 0)
			return 1;
	/*
	 * A partial lift of measures "which protect journalists of the
	 * weekly X": the whole set, not those lifted.
	 */
	while (json_array_size(c->list) > had)
		json_array_remove(c->list, json_array_size(c->list) - 1);
	return 0;
}

/*
 * The name of the first person entry that holds the surname word, one
 * the body names no more in full for being an entry; a new reference,
 * or NULL.
 */
static json_t *
entry_holding(const struct ctx *c, const char *word)
{
	const json_t *v;
	size_t i;

	json_array_foreach(c->list, i, v)
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") == 0 && holds_word(json_string_value(
		    json_object_get(v, "name")), word, strlen(word)))
			return json_incref(json_object_get(v, "name"));
	return NULL;
}

/*
 * The persons p[a, b) names, in full or by an honorific and a surname
 * alone ("o senhor Lima", "Ms. Carrascal") where the body gives the full
 * name: the full names, into names.
 */
static void
persons_named_in(struct ctx *c, const struct iachrp_para *p, size_t a,
    size_t b, json_t *names)
{
	json_t *full;
	const json_t *v;
	char word[64];
	size_t k, n, t, e, i;

	persons_in(c, p, a, b, names);
	c->s = p->s;
	c->f = p->f;
	for (k = iachrp_word_from(p, a); k < p->nword && p->word[k] < b;
	    k++) {
		if ((n = word_then_space(p->f, p->word[k], roles)) == 0)
			continue;
		t = p->word[k] + n;
		if (t >= b || !iachrp_is_upper_at(p->s + t))
			continue;
		/* The surname, of two words too ("o senhor Pereira Mendes") */
		e = token_end(p->s, t, b);
		for (i = 1; i < 3 && e + 1 < b && p->s[e] == ' ' &&
		    iachrp_is_upper_at(p->s + e + 1); i++)
			e = token_end(p->s, e + 1, b);
		while (e > t && strchr(",;:.)", p->s[e - 1]) != NULL)
			e--;
		if (e <= t || e - t >= sizeof(word))
			continue;
		memcpy(word, p->s + t, e - t);
		word[e - t] = '\0';
		json_array_foreach(names, i, v)
			if (holds_word(json_string_value(v), word, e - t))
				break;
		if (i == json_array_size(names) &&
		    ((full = surname_owner(c, word)) != NULL ||
		    (full = entry_holding(c, word)) != NULL))
			iachrp_append(c->doc, names, full);
	}
}

/*
 * True when the name at at stands in apposition to a word of kin of
 * someone named ("A mãe de Kevin Rivas, Marta Flores"): a relative.
 */
static int
kin_of_named_before(const struct ctx *c, size_t from, size_t at)
{
	size_t e = at, t;
	int words;

	while (e > from && c->s[e - 1] == ' ')
		e--;
	if (e <= from || c->s[e - 1] != ',')
		return 0;
	e--;
	for (words = 0; words < 8 && e > from; words++, e = t) {
		t = word_before(c, from, &e);
		if (t == e || c->s[e - 1] == ',')
			return 0;
		if (iachrp_match_in(c->f + t, kin_words, NULL) == e - t)
			return word_then_space(c->f, skip_spaces(c->s, e,
			    at), of_words) > 0;
	}
	return 0;
}

/*
 * Drops from names, found in paragraph p from from on, those named as
 * someone's relative ("Portillo's mother, Reina Isabel Menjívar, said").
 */
static void
drop_relatives(struct ctx *c, const struct iachrp_para *p, size_t from,
    json_t *names)
{
	const char *at;
	size_t i;

	c->s = p->s;
	c->f = p->f;
	for (i = json_array_size(names); i-- > 0;)
		if ((at = strstr(p->s + from, json_string_value(
		    json_array_get(names, i)))) != NULL &&
		    (kin_before(c, (size_t)(at - p->s)) ||
		    kin_of_named_before(c, from, (size_t)(at - p->s))))
			json_array_remove(names, i);
}

/*
 * Adds to names, where it is empty, the persons of the nearest sentence
 * of para before offset stop that names anyone: whom it names, it names
 * last ("Quiñónez Girón left the country in 2022. [...] The IACHR decided
 * to lift the measures in his favor").
 */
static void
named_last_before(struct ctx *c, const struct iachrp_para *para,
    size_t stop, json_t *names)
{
	size_t at, k, prev;

	for (; stop > 0 && json_array_size(names) == 0; stop = prev) {
		prev = 0;
		for (at = 0; (k = iachrp_sentence_end(para->s, at)) < stop;
		    at = (size_t)(iachrp_skip_space(para->s + k) - para->s))
			prev = at;
		/*
		 * Not those an earlier act protects ("Five more people are
		 * now covered by the measures that the IACHR granted in 2019
		 * to A. [...] extended the measure in their favor")
		 */
		k = iachrp_earlier_act_at(c->doc, para->f, prev, stop);
		persons_named_in(c, para, prev, k < stop ? k : stop, names);
		drop_relatives(c, para, prev, names);
	}
}

/*
 * "Ante ello, la CIDH decidió ampliar a su favor las medidas": a decision
 * "in their favour" right after its verb protects the persons the text
 * before it in the paragraph names.  Adds them; returns whether it did.
 */
int
in_their_favour(struct ctx *c, size_t from, size_t verb, size_t to)
{
	const struct iachrp_para *para, *back;
	const char *p, *end = c->f + (verb + 60 < to ? verb + 60 : to);
	json_t *names;
	size_t i, at, k, had = json_array_size(c->list);
	int kind;

	for (p = iachrp_word_at(c->f, c->f + verb); p < end;
	    p = iachrp_word_at(c->f, p + 1))
		if (iachrp_match_in(p, their_favour_cues, NULL) > 0)
			break;
	/* "decidiu levantar a medida em relação a essas duas pessoas" */
	if (p >= end && find_cue(c, verb, to, &at) &&
	    word_then_space(c->f, at, demonstratives) > 0) {
		for (k = at; k < to && c->s[k] != ','; k++)
			;
		if (capitals(c->s, at, k < to ? k : phrase_end(c, at, to)) == 0)
			p = c->f + at;
	}
	/* "decidió no otorgar las medidas solicitadas a su favor" */
	if (p >= end || (iachrp_first_decision(c->doc, c->f, from, to,
	    &kind) != (size_t)-1 && kind == IACHRP_REJECT))
		return 0;
	if ((para = current_para(c)) == NULL ||
	    (names = json_array()) == NULL)
		return 0;
	/*
	 * The sentence's own words before the verb ("... with respect to A
	 * and B, and lifted the measures in their favor"), else the nearest
	 * sentence before that names anyone.
	 */
	persons_named_in(c, para, from, verb, names);
	named_last_before(c, para, from, names);
	/*
	 * A decision that opens its paragraph, where no one is named yet:
	 * the paragraphs before it ("... los derechos del señor X se
	 * encuentran en riesgo.¶ Por consiguiente, la Comisión decidió
	 * otorgar medidas a su favor").
	 */
	for (back = para; json_array_size(names) == 0 && had == 0 &&
	    back > c->doc->para + c->doc->lead && para - back < 3;) {
		back--;
		if (back->kind == IACHRP_BODY && !back->mandate)
			named_last_before(c, back, back->len, names);
	}
	/* The last item of a list: the list ("• A; • B; • C.") */
	while (json_array_size(names) > 0 && back < para &&
	    iachrp_starts_item(back->s) && back - 1 >
	    c->doc->para + c->doc->lead && iachrp_starts_item(back[-1].s)) {
		back--;
		persons_named_in(c, back, 0, back->len, names);
	}
	c->s = para->s;
	c->f = para->f;
	for (i = 0; i < json_array_size(names); i++) {
		json_t *name = full_form(c, json_string_value(
		    json_array_get(names, i)));

		if (name != NULL)
			iachrp_trace_string(c->doc, "beneficiaries",
			    json_string_value(name), json_string_length(name),
			    "a person named before a decision taken in their "
			    "favour");
		iachrp_append(c->doc, c->list, iachrp_pair("name", name,
		    "kind", json_string("person")));
	}
	json_decref(names);
	/* "... a su favor, así como de su esposa, X, y de su hijo, Y" */
	at = skip_spaces(c->s, token_end(c->s, (size_t)(p - c->f) +
	    iachrp_match_in(p, their_favour_cues, NULL) - 1, to), to);
	if (at < to && c->s[at] == ',')
		at = skip_spaces(c->s, at + 1, to);
	if (at < to && (k = iachrp_match_in(c->f + at, iachrp_lex_as_well_as,
	    NULL)) > 0)
		joined_targets(c, skip_spaces(c->s, at + k, to), to);
	return json_array_size(c->list) > had;
}

/*
 * True when the decision word at verb lifts measures, and no other
 * decision follows it before to ("la amplió a favor de A y la levantó
 * parcialmente respecto de B": the extension is not the lift).
 */
int
lift_at(const struct ctx *c, size_t verb, size_t to)
{
	int kind;

	if (iachrp_first_decision(c->doc, c->f, verb, to, &kind) != verb ||
	    (kind != IACHRP_LIFT && kind != IACHRP_PARTIAL_LIFT))
		return 0;
	verb = (size_t)(iachrp_word_after(c->f + verb) - c->f);
	return verb >= to ||
	    iachrp_first_decision(c->doc, c->f, verb, to, NULL) == (size_t)-1;
}

/*
 * The targets after the first cue of a lexicon class in f[verb, to):
 * 1 when there is one, read; 0 when none.
 */
static int
targets_after_cue(struct ctx *c, size_t verb, size_t to,
    const char *const *cues, size_t ncues,
    const struct iachrp_lex_index *index)
{
	const char *p;
	size_t n;

	for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
	    p = iachrp_word_at(c->f, p + 1))
		if ((n = iachrp_match_indexed(p, cues, ncues, index,
		    NULL)) > 0) {
			joined_targets(c, (size_t)(p - c->f) + n, to);
			return 1;
		}
	return 0;
}
#define targets_after(c, verb, to, table) \
	targets_after_cue((c), (verb), (to), (table), IACHRP_NCUES(table), \
	    IACHRP_INDEX(table))

/*
 * Reads the beneficiaries of the decision verb at verb in the sentence
 * s[from, to): named after it, or before it in a passive whose subject
 * holds them ("Medidas cautelares a favor de X fueron otorgadas por la
 * CIDH").
 */
void
from_sentence(struct ctx *c, size_t from, size_t verb, size_t to)
{
	size_t at = verb, end, n, subject_end, granted;
	const char *p, *rel;

	size_t before = json_array_size(c->list);

	from = subject_start(c, from, verb > from ? verb : to);
	/*
	 * Those the measures stay in force for are read apart: a follow-up
	 * decided too covers them ("levantar ... respecto de A y mantenerlas
	 * vigentes para B").
	 */
	if ((n = kept_from(c, verb, to)) < to && c->follows)
		joined_targets(c, skip_spaces(c->s, n + iachrp_match_in(c->f +
		    n, kept_cues, NULL), to), to);
	to = n;
	if (in_their_favour(c, from, verb, to))
		return;
	/*
	 * "levantar parcialmente las medidas ..., otorgadas a favor de X,
	 * respecto de dos de sus beneficiarios: 1) A y 2) B"
	 */
	if (c->lifts == IACHRP_PARTIAL_LIFT && !c->follows &&
	    lift_at(c, verb, to)) {
		if (targets_after(c, verb, to, iachrp_lex_regarding_prep))
			return;
	}

	if (c->extends) {
		/* "..., que protege a X": whom the measure protects already */
		for (rel = iachrp_word_at(c->f, c->f + verb); rel < c->f + to &&
		    (n = iachrp_match_in(rel, protected_rels, NULL)) == 0;
		    rel = iachrp_word_at(c->f, rel + 1))
			;
		/*
		 * A follow-up decided too covers them ("de seguimiento y
		 * ampliación, en el marco de la MC X, que protege a las
		 * familias de la comunidad Y", "que protege o jornalista X e
		 * que passa a abranger também Y").
		 */
		if (c->follows && rel < c->f + to)
			joined_targets(c, (size_t)(rel - c->f) + n, to);
		/* An extension that says whom it covers names them alone. */
		if (targets_after(c, verb, to, coverage_cues))
			return;
		for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
		    p = iachrp_word_at(c->f, p + 1))
			if (iachrp_match_in(p, framework_cues, NULL) > 0)
				break;
		/*
		 * "ampliar las medidas otorgadas en el marco del MC 1042-19 a
		 * favor de seis líderes": those the extension is in favour of,
		 * unless it named them before ("ampliar ... a favor de A, en
		 * el marco de la MC X a favor de B")
		 */
		if (p < c->f + to && !iachrp_contains(c->f, verb,
		    (size_t)(p - c->f), strong_cues) &&
		    (at = cue_after_framework(c, (size_t)(p - c->f), to)) <
		    to) {
			from_cues(c, at, to);
			return;
		}
		/*
		 * "ampliar las medidas en el marco de la MC X para proteger
		 * a Y", "ampliar a MC X, outorgada em favor de Z, para
		 * proteger nove pessoas: A, B": the persons after the purpose.
		 */
		if ((at = purpose_at(c, verb, to)) != verb) {
			from_cues(c, at, to);
			return;
		}
		to = (size_t)(p - c->f) < to ? (size_t)(p - c->f) : to;
		if ((at = after_earlier_grant(c, verb, to, &granted)) !=
		    verb) {
			joined_targets(c, at, to);
			return;
		}
		/*
		 * "ampliar as medidas cautelares outorgadas a X": X is
		 * protected already; whom the extension adds, a later
		 * sentence or the requests say.  A follow-up decided too
		 * covers X.
		 */
		if (!c->follows)
			to = granted_to_at(c, verb, to);
		/*
		 * "ampliar las medidas cautelares MC 408-20, que protegen a
		 * X", "la MC 319-09, otorgada originalmente a favor de X":
		 * whom the measure protects already is not new.
		 */
		if (rel < c->f + to)
			to = (size_t)(rel - c->f);
		/* "dar seguimiento a la medida ..., otorgada en 2014 a X, y
		 * ampliarla a favor de Y": a follow-up decided too covers X */
		if (granted < to && !c->follows)
			to = granted;
	}
	from_cues(c, at, to);
	if (json_array_size(c->list) == before &&
	    (at = passive_target(c, verb, to)) > 0)
		joined_targets(c, at, to);
	if (json_array_size(c->list) == before &&
	    (subject_end = passive(c, verb)) > from) {
		for (at = from; find_cue(c, at, subject_end, &at); at = end) {
			end = phrase_end(c, at, subject_end);
			if (end <= at)
				break;
			phrase(c, at, end);
		}
	}
}
