/*
 * Words and entries for the beneficiaries: where a phrase that names them
 * ends (at the State, at a clause), what a word is (a role, an honorific,
 * a quote, a count), and how an entry is added to the list.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "beneficiaries.h"

size_t
token_end(const char *s, size_t i, size_t end)
{
	while (i < end && s[i] != ' ')
		i++;
	return i;
}

size_t
skip_spaces(const char *s, size_t i, size_t end)
{
	while (i < end && s[i] == ' ')
		i++;
	return i;
}

/*
 * True when the folded word f[a, e) is an adverb of manner or time, by its
 * ending or the lexicon: "originally", "initialement", "inicialmente",
 * "first".
 */
int
is_adverb(const char *f, size_t a, size_t e)
{
	size_t n = e - a;

	return (n > 4 && strncmp(f + e - 2, "ly", 2) == 0) ||
	    (n > 6 && strncmp(f + e - 4, "ment", 4) == 0) ||
	    (n > 7 && strncmp(f + e - 5, "mente", 5) == 0) ||
	    iachrp_match_in(f + a, iachrp_lex_time_adverb, NULL) == n;
}

/* Past an adverb at f[k, to) and its space: "otorgadas originalmente a" */
size_t
skip_adverb(const char *f, size_t k, size_t to)
{
	size_t e = token_end(f, k, to);

	return e < to && is_adverb(f, k, e) ? skip_spaces(f, e, to) : k;
}

/*
 * The bytes of a role at f, an elided article before it counted ("l'avocat",
 * "l’enseignante"); 0 when no role starts there.
 */
size_t
role_len(const char *f)
{
	size_t e = 0, n;

	if ((f[0] == 'l' || f[0] == 'd') && f[1] == '\'')
		e = 2;
	else if ((f[0] == 'l' || f[0] == 'd') &&
	    strncmp(f + 1, "\xe2\x80\x99", 3) == 0)
		e = 4;
	n = iachrp_match_in(f + e, roles, NULL);
	return n > 0 ? e + n : 0;
}

/* The n bytes matched at f + i followed by a space: bytes with it. */
static size_t
then_space(const char *f, size_t i, size_t n)
{
	if (n == 0)
		return 0;
	if (f[i + n] == ' ')
		return n + 1;
	/* an elided "l'" or "l’" runs into the next word */
	return f[i + n - 1] == '\'' || (n >= 3 && memcmp(f + i + n - 3,
	    "\xe2\x80\x99", 3) == 0) ? n : 0;
}

size_t
word_then_space_in(const char *f, size_t i, const char *const *list,
    size_t nlist, const struct iachrp_lex_index *index)
{
	return then_space(f, i, iachrp_match_indexed(f + i, list, nlist,
	    index, NULL));
}

/* The same for a list of words not known until run time. */
static size_t
word_of_then_space(const char *f, size_t i, const char *const *list)
{
	return then_space(f, i, iachrp_match_any(f + i, list, NULL));
}

/* A State named at i, after a preposition and article: the bytes, or 0. */
size_t
state_phrase(const char *f, size_t i)
{
	size_t n, m, j = i;

	if ((n = word_then_space(f, j, state_preps)) == 0)
		return 0;
	j += n;
	if ((m = word_then_space(f, j, state_articles)) > 0 &&
	    iachrp_state_at(f + j + m, &n) >= 0)
		return j + m + n - i;
	if (iachrp_state_at(f + j, &n) >= 0)
		return j + n - i;
	return 0;
}

/* True when the stop at j ends an honorific: "Mr.", "Sra.", "Dr.". */
int
honorific_before(const struct ctx *c, size_t i, size_t j)
{
	size_t k = j;

	while (k > i && c->f[k - 1] != ' ')
		k--;
	return role_len(c->f + k) == j + 1 - k;
}

/*
 * True when the stop at j ends a number sign that a number follows: "Los
 * Ríos No. 2", "Cárcel N. 4".
 */
static int
number_sign_before(const struct ctx *c, size_t i, size_t j)
{
	size_t k = j;

	while (k > i && c->f[k - 1] != ' ')
		k--;
	return k < j && iachrp_match_in(c->f + k, iachrp_lex_number_sign,
	    NULL) == j + 1 - k && c->f[j + 1] == ' ' && c->f[j + 2] >= '0' &&
	    c->f[j + 2] <= '9';
}

/* True when the word of f[i, j) that ends at j is "of", "de", "of". */
int
ends_with_of(const char *f, size_t i, size_t j)
{
	size_t k = j;

	while (k > i && f[k - 1] != ' ')
		k--;
	return k < j && iachrp_match_in(f + k, of_words, NULL) == j - k;
}

/* The length of the opening quote at s (", ', “ or «), or 0. */
size_t
opening_quote(const char *s)
{
	if (strncmp(s, "\xe2\x80\x9c", 3) == 0)
		return 3;
	if (strncmp(s, "\xc2\xab", 2) == 0)
		return 2;
	return *s == '"' || *s == '\'' ? 1 : 0;
}

/* True when a closing quote (”, » or ") is at s. */
int
closing_quote(const char *s)
{
	return strncmp(s, "\xe2\x80\x9d", 3) == 0 ||
	    strncmp(s, "\xc2\xbb", 2) == 0 || *s == '"';
}

/*
 * After a name, an age or a nickname in brackets, which belongs to it
 * ("J.A.S.I. (14)", "X (« Ti Wil »)"): the offset of its ")", or j.
 */
size_t
aside_in_brackets(const char *s, size_t j, size_t end)
{
	size_t k = j + 1;
	int digits = 1;

	/* A gloss of one word: "su rezador tradicional (nhanderu), A",
	 * "a rezadora (ñandesy) A" */
	if (k < end && ((s[k] >= 'a' && s[k] <= 'z') ||
	    ((unsigned char)s[k] >= 0x80 && !iachrp_is_upper_at(s + k)))) {
		while (k < end && k < j + 24 && ((s[k] >= 'a' && s[k] <= 'z') ||
		    s[k] == '-' || (unsigned char)s[k] >= 0x80))
			k++;
		return k < end && s[k] == ')' ? k : j;
	}
	if (k < end && s[k] != '\'' && opening_quote(s + k) > 0)
		digits = 0;	/* a quote: ", «, “ */
	for (; k < end && k < j + 40 && s[k] != ')' && s[k] != '('; k++)
		if (digits && (s[k] < '0' || s[k] > '9'))
			return j;
	return k < end && s[k] == ')' && k > j + 1 ? k : j;
}

/*
 * After a name, a description of the person in brackets ("A (coordenadora
 * da associação, 58 anos), B (...)"): the offset of its ")", or j.
 */
static size_t
description_in_brackets(const struct ctx *c, size_t j, size_t end)
{
	size_t k;

	if (j == 0 || c->s[j - 1] != ' ' || j + 1 >= end ||
	    iachrp_is_upper_at(c->s + j + 1) ||
	    !iachrp_is_alpha_at(c->f + j + 1))
		return j;
	for (k = j + 1; k < end && k < j + 120 && c->s[k] != ')' &&
	    c->s[k] != '(' && c->s[k] != ';'; k++)
		;
	return k < end && c->s[k] == ')' ? k : j;
}

/*
 * True when a joiner at k opens a named group or family up to the next
 * comma: ", as well as the Palacios Mosquera family", which a clause word
 * ("as") does not end the phrase before.
 */
static int
joined_group(const struct ctx *c, size_t k, size_t end)
{
	size_t n = word_then_space(c->f, k, conjunctions), e;

	if (n == 0)
		return 0;
	k += n;
	k += word_then_space(c->f, k, articles);
	for (e = k; e < end && c->s[e] != ',' && c->s[e] != ';'; e++)
		;
	return capitals(c->s, k, e) > 0 && (is_group(c, k, e) ||
	    iachrp_contains(c->f, k, e, family_words));
}

/* The length of a "namely" at f + i, a space, comma or colon after it. */
size_t
namely_at(const char *f, size_t i)
{
	size_t n = iachrp_match_in(f + i, namely_cues, NULL);

	return n > 0 && strchr(" ,:", f[i + n]) != NULL ? n : 0;
}

/*
 * Words that open a clause after a comma, per language: the English "as"
 * is the Portuguese article of "X e seus filhos, as crianças A e B".
 */
const char *const *const clause_words[IACHRP_NLANG] = {
	iachrp_lex_clause_word_en, iachrp_lex_clause_word_es,
	iachrp_lex_clause_word_pt, iachrp_lex_clause_word_fr
};

/* Finite verbs per language: the Spanish "son" is the French "his". */
static const char *const *const finite_verbs[IACHRP_NLANG] = {
	iachrp_lex_finite_verb_en, iachrp_lex_finite_verb_es,
	iachrp_lex_finite_verb_pt, iachrp_lex_finite_verb_fr
};

/* Articles per language (lexicon class article). */
const char *const *const articles_of[IACHRP_NLANG] = {
	iachrp_lex_article_en, iachrp_lex_article_es,
	iachrp_lex_article_pt, iachrp_lex_article_fr
};

/* Short function words per language (lexicon class function_word). */
const char *const *const function_words[IACHRP_NLANG] = {
	iachrp_lex_function_word_en, iachrp_lex_function_word_es,
	iachrp_lex_function_word_pt, iachrp_lex_function_word_fr
};

/*
 * True when a capitalised function word that is no name particle opens
 * s[k, end), as a sentence does after initials: "A.B. et F.D.B. Il
 * s'agit", not "J. de la Cruz".
 */
static int
sentence_opens(const struct ctx *c, size_t k, size_t end)
{
	size_t n, w;

	k = skip_spaces(c->s, k, end);
	if (k >= end || !iachrp_is_upper_at(c->s + k))
		return 0;
	w = token_end(c->s, k, end) - k;
	n = iachrp_match_any(c->f + k, function_words[c->lang], NULL);
	return n == w && iachrp_match_in(c->f + k, name_particles, NULL) != w;
}

/*
 * True when a capitalised function word is at k ("La solicitud"), or a
 * capitalised word followed by a function word that no name holds
 * ("According to ...", not "Pérez de la Cruz"): after initials, the
 * next sentence.
 */
static int
capital_then_function(const struct ctx *c, size_t k, size_t end)
{
	size_t w;

	k = skip_spaces(c->s, k, end);
	if (k >= end || !iachrp_is_upper_at(c->s + k))
		return 0;
	/* "K.M.Z. La solicitud": after initials, an article opens */
	w = token_end(c->s, k, end) - k;
	if (iachrp_match_any(c->f + k, function_words[c->lang], NULL) == w)
		return 1;
	k = skip_spaces(c->s, k + w, end);
	w = token_end(c->s, k, end) - k;
	return k < end && !iachrp_is_upper_at(c->s + k) &&
	    iachrp_match_any(c->f + k, function_words[c->lang], NULL) == w &&
	    iachrp_match_in(c->f + k, name_particles, NULL) != w;
}

/*
 * True when the text at k, up to the first of stops, names a person by
 * a naming cue: "who is identified as J.A.C.R."; a comma that opens a
 * further clause does not stop it ("whose name is withheld, who is
 * identified as J.A.C.R.").
 */
int
names_by_cue(const struct ctx *c, size_t k, size_t end, const char *stops)
{
	size_t j;

	for (j = k; j < end && j < k + 160; j++) {
		if (c->f[j] == ',' && c->f[j + 1] == ' ' && word_of_then_space(
		    c->f, j + 2, clause_words[c->lang]) > 0)
			continue;
		if (strchr(stops, c->f[j]) != NULL)
			break;
		if (c->f[j - 1] == ' ' &&
		    iachrp_match_in(c->f + j, naming_cues, NULL) > 0)
			return 1;
	}
	return 0;
}

/*
 * Where f[i, j) ends before a relative pronoun that ends it ("25
 * personnes privées de liberté qui | se trouvent"), or j.
 */
static size_t
before_relative(const char *f, size_t i, size_t j)
{
	size_t k = j;

	while (k > i && f[k - 1] != ' ')
		k--;
	if (k <= i + 1 || iachrp_match_in(f + k, relative_pronouns, NULL) !=
	    j - k)
		return j;
	while (k > i && f[k - 1] == ' ')
		k--;
	return k;
}

/*
 * True when the word of s[i, j) that ends at j is an acronym that follows
 * "of" ("members of ASCABAS"), not one that qualifies a noun ("personas
 * LGBTI privadas de libertad").
 */
static int
acronym_after_of(const struct ctx *c, size_t i, size_t j)
{
	size_t t = j, caps = 0;

	while (t > i && c->s[t - 1] != ' ') {
		if (c->s[t - 1] < 'A' || c->s[t - 1] > 'Z')
			return 0;
		caps++;
		t--;
	}
	return caps >= 2 && t > i + 1 && ends_with_of(c->f, i, t - 1);
}

/*
 * True when the stop at j of a phrase that starts at a ends an initial:
 * "J.", "K.E.", "R.A.J.-B.".
 */
static int
initial_stop(const char *s, size_t a, size_t j)
{
	size_t k = j;	/* the letter before, "Á" of "M.J.V.Á." too */

	if (j == a)
		return 0;
	while (--k > a && ((unsigned char)s[k] & 0xc0) == 0x80)
		;
	return iachrp_is_upper_at(s + k) && (k == a || s[k - 1] == ' ' ||
	    s[k - 1] == '.' || (s[k - 1] == '-' && k >= a + 2 &&
	    s[k - 2] == '.'));
}

/* True when the word of s[i, j) that ends at j is a conjunction. */
static int
conjunction_before(const struct ctx *c, size_t i, size_t j)
{
	size_t t = j;

	while (t > i && c->s[t - 1] != ' ')
		t--;
	return t < j && word_then_space(c->f, t, conjunctions) == j - t + 1;
}

/* True when an em dash starts at f: "—". */
int
em_dash_at(const char *f)
{
	return strncmp(f, "\xe2\x80\x94", 3) == 0;
}

/*
 * True when a date after its preposition closes the phrase at k: "in
 * February 2024.", "on March 3, 2024,", "en febrero de 2024", "in 2019";
 * not "in 2018 to Judge X", which goes on.
 */
static int
date_after(const struct ctx *c, size_t k, size_t end)
{
	struct iachrp_date d;
	size_t n;

	if ((n = word_then_space(c->f, k, date_preps)) == 0 &&
	    (n = word_then_space(c->f, k, iachrp_lex_year_prep)) == 0)
		return 0;
	k += n;
	if (k >= end)
		return 0;
	if ((n = iachrp_parse_date(c->f + k, c->lang, &d)) == 0 &&
	    (n = iachrp_parse_month_year(c->f + k)) == 0) {
		/* a year alone: four digits */
		for (n = 0; n < 4 && c->f[k + n] >= '0' && c->f[k + n] <= '9';
		    n++)
			;
		if (n < 4 || (c->f[k + n] >= '0' && c->f[k + n] <= '9'))
			return 0;
	}
	k += n;
	return k >= end || strchr(",;.", c->f[k]) != NULL;
}

/* The end of the beneficiary phrase that starts at i. */
size_t
phrase_end(const struct ctx *c, size_t i, size_t end)
{
	const char *f = c->f;
	size_t j, k;

	for (j = i; j < end; j++) {
		if (f[j] == ';' || f[j] == ':')
			return j;
		/* "E.P.Q.—after pamphlets circulated": a closing dash */
		if (j > i && em_dash_at(f + j) && j + 3 < end &&
		    !iachrp_is_upper_at(c->s + j + 3))
			return j;
		if (f[j] == '.' && (j + 1 == end || f[j + 1] == ' ') &&
		    !initial_stop(c->s, i, j) &&
		    !honorific_before(c, i, j) && !number_sign_before(c, i, j))
			return j;
		/*
		 * The period of initials that also ends the sentence: "J.A.P.
		 * The ...", "J.A.P. According to ..."
		 */
		if (f[j] == '.' && j + 1 < end && f[j + 1] == ' ' &&
		    (sentence_opens(c, j + 1, end) || (initials_end(c->s, i,
		    j + 1) && capital_then_function(c, j + 1, end))))
			return j + 1;
		if (f[j] == '(') {
			/* An acronym in brackets belongs to the name. */
			for (k = j + 1; k < end && k < j + 16 &&
			    (iachrp_is_upper_at(c->s + k) ||
			    (c->s[k] >= '0' && c->s[k] <= '9') ||
			    c->s[k] == '-'); k++)
				;
			if ((k > j + 1 && c->s[k] == ')') ||
			    (k = aside_in_brackets(c->s, j, end)) > j ||
			    (k = description_in_brackets(c, j, end)) > j) {
				j = k;
				continue;
			}
			return j;
		}
		if (f[j] != ' ' || j == i)
			continue;
		/* "union leaders A and B in February 2024": when, not whom */
		if (date_after(c, j + 1, end))
			return f[j - 1] == ',' ? j - 1 : j;
		/* "J.E.A.C. to protect their identity": why, not whom */
		if ((k = word_then_space(f, j + 1, iachrp_lex_identity_purpose)) >
		    0 && iachrp_match_in(f + j + 1 + k, iachrp_lex_anonymity_cue,
		    NULL) > 0)
			return j;
		/* A clause ends it, unless it names: "..., who is
		 * identified as J.A.C.R." */
		if (f[j - 1] == ',' && word_of_then_space(f, j + 1,
		    clause_words[c->lang]) > 0 &&
		    !joined_group(c, j + 1, end) &&
		    /* ", en adelante "la familia X"" names the set */
		    iachrp_match_in(f + j + 1, iachrp_lex_defined_as,
		    NULL) == 0 &&
		    !names_by_cue(c, j + 1, end, ",;:"))
			return j - 1;
		/* "... a favor de X y resolvió extender la protección a Y",
		 * "..., et a décidé d'étendre": past an auxiliary */
		if ((k = word_then_space(f, j + 1, conjunctions)) > 0 &&
		    word_then_space(f, j + 1 + k, iachrp_lex_finding_that) > 0)
			/* "... de la Junta de Gobierno y que X se encuentran":
			 * a clause of its own */
			return f[j - 1] == ',' ? j - 1 : j;
		/* "respecto de A y B, y desestimó la solicitud del Estado" */
		if (k > 0 && !iachrp_is_upper_at(c->s + j + 1 + k) &&
		    iachrp_decision_word(c->lang, f + j + 1 + k) > 0)
			return f[j - 1] == ',' ? j - 1 : j;
		if (k > 0)
			k += word_then_space(f, j + 1 + k,
			    iachrp_lex_present_aux);
		if (k > 0 && (iachrp_match_in(f + j + 1 + k,
		    iachrp_lex_deciding_cue, NULL) > 0 ||
		    iachrp_match_in(f + j + 1 + k, iachrp_lex_resolve_verb,
		    NULL) > 0))
			return f[j - 1] == ',' ? j - 1 : j;
		/* "... de la comunidad de San Miguel Tlacotepec, México.": a
		 * State that ends the sentence, not "X, in Colón, Honduras,
		 * together with his partner Y" */
		if (f[j - 1] == ',' && iachrp_state_at(f + j + 1, &k) >= 0 &&
		    (j + 1 + k == end || f[j + 1 + k] == '.' ||
		    f[j + 1 + k] == ';'))
			return j - 1;
		/* "the members of X, namely A, B and C": the set ends. */
		if (namely_at(f, j + 1) > 0)
			return f[j - 1] == ',' ? j - 1 : j;
		/* "the members of Voces del Istmo has not diminished": a
		 * verb in lower case, unless it names ("whose name is
		 * withheld, who is identified as J.A.C.R.") or joins an act
		 * of its own ("..., and was extended in 2018 to D"), which the
		 * list's reading splits */
		if (!iachrp_is_upper_at(c->s + j + 1) &&
		    word_of_then_space(f, j + 1, finite_verbs[c->lang]) > 0 &&
		    !names_by_cue(c, j + 1, end, ",;:") &&
		    !conjunction_before(c, i, j))
			return before_relative(f, i, f[j - 1] == ',' ? j - 1 : j);
		/* "the members of ASCABAS persists and has grown": an
		 * acronym after "of" is the whole name */
		if (acronym_after_of(c, i, j) && !iachrp_is_upper_at(c->s + j + 1) &&
		    word_then_space(f, j + 1, conjunctions) == 0)
			return j;
		/* "three union leaders who, according to ..." */
		if ((((k = word_then_space(f, j + 1, bare_ends)) > 0 ||
		    ((k = iachrp_match_in(f + j + 1, bare_ends, NULL)) > 0 &&
		    f[j + 1 + k] == ',')) &&
		    iachrp_match_in(f + j + 1 + k, belonging, NULL) == 0 &&
		    !names_by_cue(c, j + 1, end, ",;:") &&
		    !(word_then_space(f, j + 1, demonstratives) > 0 &&
		    ends_with_of(f, i, j))) ||
		    state_phrase(f, j + 1) > 0)
			return f[j - 1] == ',' ? j - 1 : j;
	}
	return end;
}

/* Counts tokens of s[a, b) that start with a capital letter. */
size_t
capitals(const char *s, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b; i = skip_spaces(s, token_end(s, i, b), b)) {
		if (iachrp_is_upper_at(s + i + opening_quote(s + i)))
			n++;
	}
	return n;
}

int
is_group(const struct ctx *c, size_t a, size_t b)
{
	return iachrp_contains(c->f, a, b, group_nouns) ||
	    (c->f[a] >= '0' && c->f[a] <= '9');
}

/*
 * True when s[0, n) is the acronym of name, the initials of its
 * capitalised words: "ATCC" of "Asociación de Trabajadores Campesinos
 * del Carare", named again by its acronym.
 */
int
acronym_of(const char *s, size_t n, const char *name)
{
	size_t i, k = 0;

	if (n < 2)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	for (i = 0; name[i] != '\0'; i++) {
		if (i > 0 && name[i - 1] != ' ')
			continue;
		if (!iachrp_is_upper_at(name + i))
			continue;
		if (k == n || name[i] != s[k])
			return 0;
		k++;
	}
	return k == n;
}

/* The head count that opens f[a, b) ("nueve personas", "26 persons"). */
int
head_count(const struct ctx *c, size_t a, size_t b)
{
	size_t i, best;
	int n = 0;

	/* "outros seis estudantes", "otras tres personas" */
	a += word_then_space(c->f, a, other_words);
	for (i = a; i < b && c->f[i] >= '0' && c->f[i] <= '9' && n < 1000;
	    i++)
		n = n * 10 + (c->f[i] - '0');
	if (i > a)
		return c->f[i] == ' ' ? n : 0;
	/* A number in words: the longest that matches. */
	if ((best = iachrp_pair_in(c->f + a, iachrp_lex_count_word, &i)) > 0)
		n = iachrp_lex_count_word[i].number;
	/* Not a word of the release's language: Portuguese "dos" is "of the" */
	if (best > 0 && iachrp_match_any(c->f + a, function_words[c->lang],
	    NULL) == best)
		return 0;
	return n;
}

/*
 * Adds a person whose name the text prints in two pieces: the given
 * name at s[a, b) and the surname at s[sa, sb) ("Aníbal et Fabiola
 * Mendieta Castro": "Aníbal" and "Mendieta Castro").
 */
void
add_shared_surname(struct ctx *c, size_t a, size_t b, size_t sa, size_t sb)
{
	size_t i;
	json_t *v, *name;

	if ((name = json_sprintf("%.*s %.*s", (int)(b - a), c->s + a,
	    (int)(sb - sa), c->s + sa)) == NULL) {
		iachrp_nomem(c->doc);
		return;
	}
	json_array_foreach(c->list, i, v)
		if (json_equal(json_object_get(v, "name"), name)) {
			json_decref(name);
			return;
		}
	c->surname_a = sa;
	c->surname_b = sb;
	if (iachrp_append(c->doc, c->list, iachrp_pair("name", name, "kind",
	    json_string("person"))) != 0)
		return;
	iachrp_trace_at(c->doc, "beneficiaries", c->s + a, sb - a,
	    "person named with the surname of the next", NULL);
}

/*
 * Where s[a, b) ends without an English possessive: a possessive names
 * its owner ("Mr. Pedraza Linares's rights").
 */
size_t
without_possessive(const char *s, size_t a, size_t b)
{
	if (b > a + 2 && s[b - 1] == 's' && s[b - 2] == '\'')
		return b - 2;
	if (b > a + 4 && s[b - 1] == 's' &&
	    strncmp(s + b - 4, "\xe2\x80\x99", 3) == 0)
		return b - 4;
	return b;
}

/*
 * True when the name at a follows an event and "of", a title between
 * them or not: "sur l'assassinat de Wendell Jean-Baptiste", "the murder
 * of journalist X".
 */
static int
victim_at(const struct ctx *c, size_t a)
{
	size_t e = a, t;
	int words;

	for (words = 0; words < 3 && (t = word_before(c, 0, &e)) < e;
	    words++, e = t) {
		if (strchr(",;:", c->s[e - 1]) != NULL)
			return 0;
		if (iachrp_match_in(c->f + t, of_words, NULL) > 0) {
			e = t;
			if ((t = word_before(c, 0, &e)) >= e)
				return 0;
			/* "l'assassinat": past the elided article */
			if (role_len(c->f + t) == 0 && (c->f[t] == 'l' ||
			    c->f[t] == 'd'))
				t += c->f[t + 1] == '\'' ? 2 : strncmp(c->f +
				    t + 1, "\xe2\x80\x99", 3) == 0 ? 4 : 0;
			return iachrp_match_in(c->f + t, iachrp_lex_event_noun,
			    NULL) > 0;
		}
		if (role_len(c->f + t) == 0 && iachrp_match_in(c->f + t,
		    articles, NULL) != e - t)
			return 0;
	}
	return 0;
}

/*
 * The end of s[a, b) without a lower-case word after an acronym that
 * ends it: "la situación de riesgo de los integrantes de la ACRM
 * persiste" names the ACRM, and "persiste" is the sentence's verb.
 */
static size_t
without_verb_after_acronym(const char *s, size_t a, size_t b)
{
	size_t e = b, k, caps;

	while (e > a && s[e - 1] != ' ')
		e--;
	if (e <= a + 1 || s[e] < 'a' || s[e] > 'z')
		return b;
	k = e - 1;
	for (caps = 0; k > a && s[k - 1] >= 'A' && s[k - 1] <= 'Z'; k--)
		caps++;
	return caps >= 2 && (k == a || s[k - 1] == ' ') ? e - 1 : b;
}

/*
 * The person's name that ends a comma part of p, up to three parts back
 * from e ("la parteira X, de 67 anos,"): its start, and its end in *end;
 * 0 where none.
 */
static size_t
name_before_parts(struct ctx *c, const struct iachrp_para *p, size_t e,
    size_t *end)
{
	size_t t, k, parts;

	c->s = p->s;
	c->f = p->f;
	for (parts = 0; parts < 3 && e > 0; parts++) {
		while (e > 0 && (p->s[e - 1] == ' ' || p->s[e - 1] == ','))
			e--;
		for (t = e; t > 0 && p->s[t - 1] != ' '; t--)
			;
		for (k = t; k > 0 && iachrp_is_upper_at(p->s + k) && p->s[k -
		    1] == ' ';) {
			t = k;
			for (k--; k > 0 && p->s[k - 1] != ' '; k--)
				;
		}
		for (k = e; k > 0 && p->s[k - 1] != ',' && p->s[k - 1] != '.';
		    k--)
			;
		/* not "the eldest son of Mr. Y": whose kin the part says */
		if (iachrp_is_upper_at(p->s + t) && personal(c, t, e) &&
		    !iachrp_contains(p->f, k, t, kin_words)) {
			*end = e;
			return t;
		}
		e = k;
		if (e == 0 || p->s[e - 1] == '.')
			return 0;
	}
	return 0;
}

/*
 * The full name of the person the text gives the nickname s[a, b) to
 * ("la parteira X, de 67 anos, conhecida em toda a região como \"Mãe
 * Dita\"", "Y, a quien la audiencia conoce como \"Chemita\""): a new
 * reference, or NULL.
 */
static json_t *
nickname_owner(struct ctx *c, size_t a, size_t b)
{
	const char *cs = c->s, *cf = c->f, *at;
	char nick[64];
	size_t i, q, w, e, t, n, words;
	json_t *owner = NULL;

	if (b - a >= sizeof(nick) || b - a < 2)
		return NULL;
	memcpy(nick, c->s + a, b - a);
	nick[b - a] = '\0';
	for (i = 0; i < c->doc->npara && owner == NULL; i++) {
		const struct iachrp_para *p = &c->doc->para[i];

		for (at = strstr(p->s, nick); at != NULL && owner == NULL;
		    at = strstr(at + 1, nick)) {
			q = (size_t)(at - p->s);
			for (n = 1; n <= 3 && n <= q &&
			    opening_quote(p->s + q - n) != n; n++)
				;
			if (n > 3 || n > q)
				continue;
			/* a calling verb a few words before the quote */
			for (w = q - n, words = 0; words < 10 && w > 0 &&
			    p->s[w - 1] != '.'; words++) {
				while (w > 0 && p->s[w - 1] == ' ')
					w--;
				for (e = w; w > 0 && p->s[w - 1] != ' '; w--)
					;
				if (iachrp_match_in(p->f + w,
				    iachrp_lex_calling_verb, NULL) == e - w)
					break;
			}
			if (words == 10 || w == 0 || p->s[w - 1] == '.')
				continue;
			/* the comma before the calling clause */
			for (e = w; e > 0 && p->s[e - 1] != ',' &&
			    p->s[e - 1] != '.'; e--)
				;
			if (e == 0 || p->s[e - 1] != ',')
				continue;
			if ((t = name_before_parts(c, p, e - 1, &e)) > 0)
				owner = json_stringn(p->s + t, e - t);
		}
	}
	c->s = cs;
	c->f = cf;
	return owner;
}

/*
 * True when s[a, b) speaks of a measure's beneficiaries at large, by a
 * noun of beneficiaries perhaps after another noun and no capital but a
 * measure's number: "personas beneficiarias de la MC 1051-18".
 */
static int
beneficiaries_at_large(const struct ctx *c, size_t a, size_t b)
{
	size_t k = a, n, t;

	if (iachrp_match_in(c->f + k, beneficiary_nouns, NULL) == 0)
		k = skip_spaces(c->s, token_end(c->s, k, b), b);
	if (k >= b || iachrp_match_in(c->f + k, beneficiary_nouns, NULL) == 0)
		return 0;
	for (k = a; k < b; k = skip_spaces(c->s, token_end(c->s, k, b), b)) {
		if ((n = iachrp_match_in(c->f + k, iachrp_lex_measure_cue,
		    NULL)) > 0 && (t = skip_spaces(c->s, k + n, b)) < b &&
		    c->s[t] >= '0' && c->s[t] <= '9')
			break;
		if (iachrp_is_upper_at(c->s + k))
			return 0;
	}
	return 1;
}

void
add_entry(struct ctx *c, size_t a, size_t b, int group)
{
	size_t i, n;
	json_t *v, *owner;

	while (b > a && strchr(" ,;.", c->s[b - 1]) != NULL &&
	    !(c->s[b - 1] == '.' && initial_stop(c->s, a, b - 1)))
		b--;
	b = without_possessive(c->s, a, b);
	b = without_verb_after_acronym(c->s, a, b);
	if (b <= a)
		return;
	/* "l'assassinat de X", "the murder of X": the event's, no one's */
	if (!group && victim_at(c, a))
		return;
	/* A place is no one: "Cité Soleil" */
	if (iachrp_region_at(c->s + a, c->f + a, &n) >= 0 && n == b - a)
		return;
	/* "en el marco de la MC 1012-22": a measure's file, no one */
	if (iachrp_match_in(c->f + a, iachrp_lex_measure_cue, NULL) == b - a)
		return;
	/* "personas beneficiarias de la MC 1051-18": the measure's at large */
	if (group && beneficiaries_at_large(c, a, b))
		return;
	/* A release names a few; a text naming thousands is no release. */
	if (json_array_size(c->list) >= MAX_ENTRIES)
		return;
	json_array_foreach(c->list, i, v) {
		const char *name = json_string_value(json_object_get(v,
		    "name"));

		if ((strlen(name) == b - a &&
		    strncmp(name, c->s + a, b - a) == 0) ||
		    acronym_of(c->s + a, b - a, name))
			return;
		/* One person named two ways keeps the first form. */
		if (!group && strcmp(json_string_value(json_object_get(v,
		    "kind")), "person") == 0 && same_person(c->s, a, b, name))
			return;
	}
	/* "\"Mãe Dita\"", a nickname: the person it names */
	if ((owner = nickname_owner(c, a, b)) != NULL) {
		json_array_foreach(c->list, i, v)
			if (same_person(json_string_value(owner), 0,
			    json_string_length(owner), json_string_value(
			    json_object_get(v, "name"))))
				break;
		if (i == json_array_size(c->list)) {
			iachrp_trace_string(c->doc, "beneficiaries",
			    json_string_value(owner), json_string_length(owner),
			    "a person named by a nickname the text gave them");
			iachrp_append(c->doc, c->list, iachrp_pair("name",
			    json_incref(owner), "kind", json_string("person")));
		}
		json_decref(owner);
		return;
	}
	/* "Radio Solèy Kafou", "Fundación X": a medium or a group's noun */
	if (!group && iachrp_is_upper_at(c->s + a) &&
	    (word_then_space(c->f, a, media_nouns) > 0 ||
	    word_then_space(c->f, a, group_nouns) > 0))
		group = 1;
	if (group && c->count == 0 &&
	    (c->count = head_count(c, a, b)) > 0)
		c->counted = json_array_size(c->list);
	else if (group && c->count == 0 && capitals(c->s, a, b) == 0 &&
	    iachrp_contains(c->f, a, b, listed_ahead_words)) {
		c->count = LISTED_AHEAD;
		c->counted = json_array_size(c->list);
	}
	iachrp_append(c->doc, c->list, iachrp_pair("name",
	    json_stringn(c->s + a, b - a), "kind",
	    json_string(group ? "group" : "person")));
	iachrp_trace_at(c->doc, "beneficiaries", c->s + a, b - a, group ?
	    "group named by a beneficiary cue" :
	    "person named by a beneficiary cue", NULL);
}

/*
 * True when s[a, b), a clause after a person, gives the person's
 * nickname: a verb of calling, then a quote ("a quien sus compañeros
 * llaman "El Chele"", "whom his neighbours call "Tito"").
 */
int
nickname_given(const struct ctx *c, size_t a, size_t b)
{
	size_t k, n;

	for (k = a; k < b; k = skip_spaces(c->s, token_end(c->s, k, b), b)) {
		if ((n = iachrp_match_in(c->f + k, iachrp_lex_calling_verb,
		    NULL)) == 0 || iachrp_is_alpha_at(c->f + k + n))
			continue;
		for (k += n; k < b; k++)
			if (opening_quote(c->s + k) > 0 &&
			    (k == 0 || c->s[k - 1] == ' '))
				return 1;
		return 0;
	}
	return 0;
}

/* A quoted name in s[a, b): sets its bounds without the quotes. */
int
quoted(const char *s, size_t a, size_t b, size_t *qa, size_t *qb)
{
	size_t i, j;

	for (i = a; i < b; i++) {
		size_t open = 0;

		if (strncmp(s + i, "\xe2\x80\x9c", 3) == 0)
			open = 3;
		else if (strncmp(s + i, "\xc2\xab", 2) == 0)
			open = 2;
		else if (s[i] == '"')
			open = 1;
		if (open == 0)
			continue;
		for (j = i + open; j < b; j++) {
			if (closing_quote(s + j)) {
				*qa = skip_spaces(s, i + open, j);
				*qb = j;
				while (*qb > *qa && s[*qb - 1] == ' ')
					(*qb)--;
				return *qb > *qa && iachrp_is_upper_at(s + *qa);
			}
		}
		return 0;
	}
	return 0;
}
