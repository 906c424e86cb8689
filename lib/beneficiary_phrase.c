/*
 * A phrase that names beneficiaries, cut into entries: at commas and
 * conjunctions; descriptions set off by commas ("a university student"),
 * relatives ("his family") and unnamed sets ("three further
 * beneficiaries") dropped; roles and honorifics before a name ("deputy",
 * "señor") taken off; a group kept as one entry.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "beneficiaries.h"

/*
 * The longest run of capitalised words in s[a, b), with particles inside
 * ("Pérez de la Cruz"), roles in front taken off.
 */
static int
name_run(const struct ctx *c, size_t a, size_t b, size_t *ra, size_t *rb)
{
	size_t i, start = 0, best = 0, words = 0;
	int in = 0;

	*ra = *rb = 0;
	for (i = a; i < b; i = skip_spaces(c->s, token_end(c->s, i, b), b)) {
		size_t e = token_end(c->s, i, b);

		/* A role opens a run, not goes on one: "Justo Pastor X". */
		if (iachrp_is_upper_at(c->s + i) && (in ||
		    iachrp_match_in(c->f + i, roles, NULL) != e - i)) {
			if (!in) {
				start = i;
				words = 0;
			}
			in = 1;
			/* Of runs as long, the later: the name after a title. */
			if (++words >= best) {
				best = words;
				*ra = start;
				*rb = e;
			}
			continue;
		}
		if (!in || iachrp_match_in(c->f + i, name_particles, NULL) !=
		    e - i)
			in = 0;
	}
	return best > 0;
}

int
is_initials(const char *s, size_t a, size_t b)
{
	size_t i;

	if (b - a < 2 || b - a > 12)
		return 0;
	/* "R.A.J.-B.": a hyphen between two capitals' stops; "M.J.V.Á." */
	for (i = a; i < b; i += iachrp_char_len(s + i))
		if (!iachrp_is_upper_at(s + i) && s[i] != '.' &&
		    !(s[i] == '-' && i > a && s[i - 1] == '.' && i + 1 < b &&
		    iachrp_is_upper_at(s + i + 1)))
			return 0;
	return 1;
}

/*
 * "11 members of the X", "los miembros de la X", "membros dos povos":
 * where X starts, or a when the entry is not of that form.
 */
static size_t
members_of(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, k, n;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		if (iachrp_is_upper_at(c->s + i))
			return a;
		/* "of", "de", "dos", or "d'" glued to the next word */
		n = iachrp_match_in(c->f + i, of_words, NULL);
		if (n == 0 || (n != e - i && c->f[i + n - 1] != '\''))
			continue;
		k = n == e - i ? skip_spaces(c->s, e, b) : i + n;
		k += word_then_space(c->f, k, articles);
		if (k < b && (iachrp_is_upper_at(c->s + k) ||
		    iachrp_match_in(c->f + k, group_nouns, NULL) > 0) &&
		    iachrp_contains(c->f, a, i, membership))
			return k;
		return a;
	}
	return a;
}

/*
 * Where the name starts in a group described by its members: "workers of
 * the online newspaper El Faro" gives "El Faro".  Returns a when the
 * entry is not of that form.
 */
static size_t
named_tail(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, start = a, n = 0;
	int of = 0;

	if (iachrp_is_upper_at(c->s + a))
		return a;
	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		if (iachrp_is_upper_at(c->s + i)) {
			if (n++ == 0)
				start = i;
			continue;
		}
		if (n == 0) {
			if (iachrp_match_in(c->f + i, of_words, NULL) == e - i)
				of = 1;
			continue;
		}
		if (iachrp_match_in(c->f + i, org_particles, NULL) != e - i &&
		    c->s[i] != '(')
			return a;
	}
	return of && n >= 2 ? start : a;
}

/*
 * True when a noun of an administrative division and "of" end s[a, t)
 * ("del departamento de", "of the municipality of"): what starts at t
 * is a place.
 */
static int
division_before(const struct ctx *c, size_t a, size_t t)
{
	size_t e = t, k;

	k = word_before(c, a, &e);
	if (k >= e || iachrp_match_in(c->f + k, of_words, NULL) != e - k)
		return 0;
	e = k;
	k = word_before(c, a, &e);
	return k < e && iachrp_match_in(c->f + k, iachrp_lex_division_noun,
	    NULL) == e - k;
}

/*
 * Where the last noun of a place in s[a, k) starts ("comunidad" of "las
 * familias de la comunidad maya q'eqchi' Las Pacayas"), or k.
 */
static size_t
place_head(const struct ctx *c, size_t a, size_t k)
{
	size_t i, at = k;

	for (i = a; i < k; i = skip_spaces(c->s, token_end(c->s, i, k), k))
		if (iachrp_match_in(c->f + i, place_nouns, NULL) ==
		    token_end(c->s, i, k) - i)
			at = i;
	return at;
}

/*
 * True when s[a, b) describes relatives through someone else ("the wife
 * and two children of journalist X", "los hijos de X"): X is named, they
 * are not.  "Children of the X people" are a group, not relatives.
 */
static int
kin_of(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e;
	int kin = 0;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		if (iachrp_is_upper_at(c->s + i))
			return 0;
		if (iachrp_match_in(c->f + i, kin_words, NULL) > 0)
			kin = 1;
		else if (kin && iachrp_match_in(c->f + i, of_words, NULL) ==
		    e - i) {
			/* "children of a people", "las familias del
			 * asentamiento X", "the families of the X
			 * settlement": a group, not someone's kin */
			i = skip_spaces(c->s, e, b);
			i += word_then_space(c->f, i, articles);
			/* "les deux fils de la défenseure des droits des
			 * femmes X": a person's, described */
			if (trailing_name(c, i, b) > i)
				return 1;
			return !is_group(c, e, b) &&
			    !iachrp_contains(c->f, i, b, place_nouns);
		} else if (kin && word_then_space(c->f, i, conjunctions) == 0 &&
		    word_then_space(c->f, i, articles) == 0 &&
		    head_count(c, i, b) == 0)
			/* "las 63 familias que integran la comunidad X": the
			 * kin word's own clause, no one's relatives */
			kin = 0;
	}
	return 0;
}

/* The start of the word of s[a, e) that ends at e (past spaces). */
size_t
word_before(const struct ctx *c, size_t a, size_t *e)
{
	size_t t;

	while (*e > a && c->s[*e - 1] == ' ')
		(*e)--;
	for (t = *e; t > a && c->s[t - 1] != ' '; t--)
		;
	return t;
}

/* True when s[t, e) is a media noun, perhaps after "l'": "l'hebdomadaire". */
int
media_noun_at(const struct ctx *c, size_t t, size_t e)
{
	t += word_then_space(c->f, t, articles);
	return t < e && iachrp_match_in(c->f + t, media_nouns, NULL) == e - t;
}

/*
 * True when the noun of s[a, k) right before k, past articles and "of",
 * is a group's: "the community of Esperanza", "the newspaper El Faro";
 * also past a few adjectives, for a group that is no set of persons:
 * "la comunidad nativa kichwa Santa Rosillo".
 */
static int
after_group_noun(const struct ctx *c, size_t a, size_t k)
{
	size_t e = k, t, t2, e2;
	int i, of = 0;

	for (;;) {
		if ((t = word_before(c, a, &e)) >= e)
			return 0;
		if (iachrp_match_in(c->f + t, of_words, NULL) == e - t)
			of = 1;
		else if (iachrp_match_in(c->f + t, articles, NULL) != e - t)
			break;
		e = t;
	}
	/* "trade union leader X", "community authority X": a role names a
	 * person. */
	if (role_len(c->f + t) == e - t)
		return 0;
	e2 = t;
	if ((t2 = word_before(c, a, &e2)) < e2 &&
	    role_len(c->f + t2) == e - t2)
		return 0;
	/* "journalists of the station Radio X": a medium's name */
	if (media_noun_at(c, t, e))
		return 1;
	/* "estudiantes de la Escuela X" is of a group; "defenders X" not. */
	if (iachrp_match_in(c->f + t, group_nouns, NULL) > 0)
		return of || iachrp_match_in(c->f + t, person_nouns,
		    NULL) == 0;
	for (i = 0; i < 3 && t > a && c->s[e - 1] != ','; i++) {
		e = t;
		if ((t = word_before(c, a, &e)) >= e ||
		    iachrp_is_upper_at(c->s + t) || c->s[e - 1] == ',' ||
		    iachrp_match_in(c->f + t, of_words, NULL) == e - t)
			return 0;
		/* "journalistes identifiés de Radio X" */
		if (iachrp_match_in(c->f + t, group_nouns, NULL) > 0)
			return of || iachrp_match_in(c->f + t, person_nouns,
			    NULL) == 0;
		/* "del medio digital independiente X" */
		if (media_noun_at(c, t, e))
			return 1;
	}
	return 0;
}

/*
 * True when the name at k follows a preposition or a noun of place, past
 * articles: "persons deprived of liberty in the Litoral Penitentiary",
 * "lideresas de la vereda El Placer" name a place, not a person.
 */
int
after_place_prep(const struct ctx *c, size_t a, size_t k)
{
	size_t e = k, t;

	for (;;) {
		while (e > a && c->s[e - 1] == ' ')
			e--;
		for (t = e; t > a && c->s[t - 1] != ' '; t--)
			;
		if (t >= e)
			return 0;
		if (iachrp_match_in(c->f + t, articles, NULL) != e - t &&
		    iachrp_match_in(c->f + t, of_words, NULL) != e - t)
			break;
		e = t;
	}
	/* "de la vereda El Placer": the place's noun names it a place */
	return iachrp_match_in(c->f + t, place_preps, NULL) == e - t ||
	    iachrp_match_in(c->f + t, place_nouns, NULL) == e - t;
}

/*
 * When s[a, b) ends in relatives named through a possessive and no one
 * else ("Ana Torres's son", whose name, if given, follows apart; "X and
 * Y's family"): where the entries before the owner end (a when there
 * are none).  Otherwise b.
 */
static size_t
possessed_kin(const struct ctx *c, size_t a, size_t b)
{
	size_t i, k, cut = a, n;

	for (i = a; i + 3 < b; i++) {
		if (c->f[i] == ' ' && (n = word_then_space(c->f, i + 1,
		    conjunctions)) > 0 && n == token_end(c->s, i + 1, b) -
		    i) {
			cut = i;
			continue;
		}
		if (c->f[i] == '\'')
			k = i + 1;
		else if (strncmp(c->f + i, "\xe2\x80\x99", 3) == 0)
			k = i + 3;
		else
			continue;
		if (k + 2 >= b || c->f[k] != 's' || c->f[k + 1] != ' ')
			continue;
		k += 2;
		if (iachrp_match_in(c->f + k, kin_words, NULL) == 0 ||
		    capitals(c->s, token_end(c->s, k, b), b) > 0)
			return b;
		return cut;
	}
	return b;
}

/*
 * A relative named by a possessive and a word of kin alone ("son fils",
 * "su hija", "his son"), whom the release names where the same words
 * stand in apposition to a name ("et à son fils, Kevin Alexander
 * Mairena"): adds that person.  Returns whether s[a, b) is such a
 * phrase.
 */
static int
kin_by_apposition(struct ctx *c, size_t a, size_t b)
{
	const char *s = c->s, *f = c->f;
	size_t n, i, k, at;

	if ((n = word_then_space(f, a, possessives)) == 0 ||
	    iachrp_match_in(f + a + n, kin_words, NULL) != b - a - n)
		return 0;
	for (i = 0; i < c->doc->npara; i++) {
		const struct iachrp_para *p = &c->doc->para[i];

		for (k = 0; k < p->nword; k++) {
			at = p->word[k] + (b - a);
			if (at + 2 >= p->len || strncmp(p->f + p->word[k],
			    f + a, b - a) != 0 || p->s[at] != ',' ||
			    p->s[at + 1] != ' ' ||
			    !iachrp_is_upper_at(p->s + at + 2))
				continue;
			c->s = p->s;
			c->f = p->f;
			persons_of_phrase(c, at + 2, phrase_end(c, at + 2,
			    iachrp_sentence_end(p->s, at + 2)));
			c->s = s;
			c->f = f;
			return 1;
		}
	}
	return 1;
}

/*
 * Where a person's name starts in the capitalised run s[a, b) that opens
 * with an institution's name ("Consejo Supremo Electoral Ligia Maritza
 * Aráuz Centeno"): past its words of institutions and groups and the
 * particles between them, where two capitalised words or more remain
 * that name a person; else a.
 */
size_t
after_institution(const struct ctx *c, size_t a, size_t b)
{
	size_t k = a;

	if (iachrp_match_in(c->f + a, institution_words, NULL) == 0 &&
	    iachrp_match_in(c->f + a, group_nouns, NULL) == 0)
		return a;
	while (k < b && (iachrp_match_in(c->f + k, institution_words,
	    NULL) > 0 || iachrp_match_in(c->f + k, group_nouns, NULL) > 0 ||
	    word_then_space(c->f, k, name_particles) > 0 ||
	    word_then_space(c->f, k, of_words) > 0))
		k = skip_spaces(c->s, token_end(c->s, k, b), b);
	return k > a && k < b && iachrp_is_upper_at(c->s + k) &&
	    capitals(c->s, k, b) >= 2 && personal(c, k, b) ? k : a;
}

/*
 * The bytes of a list label at s[a, b) with its space: "(1) ", "2) ",
 * "c) "; 0 when there is none.
 */
size_t
label_len(const char *s, size_t a, size_t b)
{
	size_t i = a + (s[a] == '(');

	while (i < b && i < a + 4 && ((s[i] >= '0' && s[i] <= '9') ||
	    (s[i] >= 'a' && s[i] <= 'z')))
		i++;
	if (i == a + (s[a] == '(') || i + 1 >= b || s[i] != ')' ||
	    s[i + 1] != ' ' || (s[i - 1] >= 'a' && i - a > 2))
		return 0;
	return i + 2 - a;
}

/*
 * Persons with a role and an affiliation: "journalist Juan Pérez of the
 * newspaper El Heraldo", "la defensora Ana Ruiz, del colectivo X",
 * "journalists A and B of the outlet X": adds each name and returns 1,
 * or returns 0 and adds none.
 */
static int
affiliated(struct ctx *c, size_t a, size_t b)
{
	size_t n, e, k, t, start[8], end[8];
	int i, names = 0;

	a += word_then_space(c->f, a, possessives);
	if ((n = word_then_space(c->f, a, roles)) == 0 &&
	    (n = word_then_space(c->f, a, person_nouns)) == 0)
		return 0;
	start[0] = a += n;
	for (e = a; e < b; e = skip_spaces(c->s, t, b)) {
		t = token_end(c->s, e, b);
		/* "A and B", "A, B and C": the next name, if one follows */
		if (e > start[names] && (k = word_then_space(c->f, e,
		    conjunctions)) > 0 && names < 7 &&
		    iachrp_is_upper_at(c->s + e + k)) {
			end[names++] = e;
			start[names] = e + k;
			t = e + k - 1;
			continue;
		}
		if (!iachrp_is_upper_at(c->s + e) &&
		    iachrp_match_in(c->f + e, name_particles, NULL) != t - e)
			break;
		if (c->s[t - 1] == ',') {
			k = skip_spaces(c->s, t, b);
			if (names < 7 && k < b && iachrp_is_upper_at(c->s + k)) {
				end[names++] = t - 1;
				start[names] = k;
				t = k;
				continue;
			}
			e = t;
			break;
		}
	}
	end[names++] = e;
	k = skip_spaces(c->s, e, b);
	if (k < b && c->s[k] == ',')
		k = skip_spaces(c->s, k + 1, b);
	if (k >= b || word_then_space(c->f, k, of_words) == 0)
		return 0;
	for (i = 0; i < names; i++) {
		while (end[i] > start[i] && strchr(" ,", c->s[end[i] - 1]))
			end[i]--;
		if (!personal(c, start[i], end[i]))
			return 0;
	}
	for (i = 0; i < names; i++)
		add_entry(c, start[i], end[i], 0);
	return 1;
}

/*
 * The words of s[a, b) when each is capitalised or a name's particle
 * ("Pérez de la Cruz"); 0 when one is not.
 */
static size_t
name_words(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, n = 0;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		/* A nickname in quotes is part of the name: A "Coco" B. */
		if (!iachrp_is_upper_at(c->s + i + opening_quote(c->s + i)) &&
		    iachrp_match_in(c->f + i, name_particles, NULL) != e - i)
			return 0;
		n++;
	}
	return n;
}

/*
 * True when the quoted s[qa, qb) stands between the words of a name in
 * s[a, b): capitalised words before its opening quote and after its
 * closing one.
 */
static int
name_around(const struct ctx *c, size_t a, size_t qa, size_t qb, size_t b)
{
	size_t open = qa, close = qb;

	while (open > a && c->s[open - 1] != ' ')
		open--;
	while (close < b && c->s[close] != ' ')
		close++;
	return name_words(c, a, open) &&
	    name_words(c, skip_spaces(c->s, close, b), b);
}

/*
 * True when a role starts at k, or after one lower-case word there:
 * "peasant leader X", "student leader X".
 */
int
role_ahead(const struct ctx *c, size_t k, size_t b)
{
	if (word_then_space(c->f, k, roles) > 0)
		return 1;
	if (k >= b || iachrp_is_upper_at(c->s + k))
		return 0;
	k = skip_spaces(c->s, token_end(c->s, k, b), b);
	return word_then_space(c->f, k, roles) > 0;
}

/*
 * True when the roles at a in s[a, b) ("journalist", "journalist and
 * human rights defender") are followed by a name: a capitalised word,
 * quoted or not.
 */
int
titled(const struct ctx *c, size_t a, size_t b)
{
	size_t n;
	int words;

	/* An adjective first: "peasant leader X" */
	if (word_then_space(c->f, a, roles) == 0 && role_ahead(c, a, b))
		a = skip_spaces(c->s, token_end(c->s, a, b), b);
	while ((n = word_then_space(c->f, a, roles)) > 0 ||
	    (n = word_then_space(c->f, a, conjunctions)) > 0)
		a += n;
	a = skip_spaces(c->s, a, b);
	/* The role's complement: "jueza de paz X", not "of the portal X" */
	if ((n = word_then_space(c->f, a, iachrp_lex_complement_prep)) > 0 &&
	    word_then_space(c->f, a + n, articles) == 0) {
		size_t k = a + n;
		int words;

		for (words = 0; words < 2 && k < b &&
		    !iachrp_is_upper_at(c->s + k) &&
		    word_then_space(c->f, k, list_preps) == 0 &&
		    word_then_space(c->f, k, articles) == 0 &&
		    word_then_space(c->f, k, of_words) == 0; words++)
			k = skip_spaces(c->s, token_end(c->s, k, b), b);
		/* "alcalde de Bogotá": a place, not a complement */
		if (words > 0 && k < b && iachrp_is_upper_at(c->s + k))
			return 1;
	}
	/*
	 * Two words of the role at most: "líder social X", "priest X",
	 * "lideresa y partera tradicional X".
	 */
	for (words = 0; words < 2 && a < b && !iachrp_is_upper_at(c->s + a) &&
	    word_then_space(c->f, a, iachrp_lex_function_word) == 0 &&
	    word_then_space(c->f, a, list_preps) == 0 &&
	    word_then_space(c->f, a, articles) == 0 &&
	    word_then_space(c->f, a, of_words) == 0 &&
	    word_then_space(c->f, a, place_preps) == 0; words++) {
		a = skip_spaces(c->s, token_end(c->s, a, b), b);
		/* "former provincial prosecutor X": the role after it */
		while ((n = word_then_space(c->f, a, roles)) > 0)
			a = skip_spaces(c->s, a + n, b);
	}
	if (a < b)
		a += opening_quote(c->s + a);
	return a < b && iachrp_is_upper_at(c->s + a);
}

/* Past an elided article before a capital at w ("l'Association"), or w. */
static size_t
past_elision(const struct ctx *c, size_t w)
{
	size_t n = c->f[w + 1] == '\'' ? 1 :
	    strncmp(c->f + w + 1, "\xe2\x80\x99", 3) == 0 ? 3 : 0;

	return (c->f[w] == 'l' || c->f[w] == 'd') && n > 0 &&
	    iachrp_is_upper_at(c->s + w + 1 + n) ? w + 1 + n : w;
}

/*
 * True when the capitals of acr[0, n) are, in order, the first letters
 * of words of s[a, b), the first word's first: "OCDH" of "Observatoire
 * citoyen pour les droits humains".
 */
static int
initials_spell(const struct ctx *c, const char *acr, size_t n, size_t a,
    size_t b)
{
	size_t i = 0, k;

	for (k = a; k < b && i < n; k = skip_spaces(c->s, token_end(c->s, k,
	    b), b)) {
		if ((c->s[k] | 0x20) == (acr[i] | 0x20))
			i++;
		else if (k == a)
			return 0;
	}
	return i == n && k >= b;
}

/*
 * True when s[a, b), past its conjunction, is a clause of a verb after
 * the mark of an infinitive ("and to report to the Commission within 15
 * days"): a word in lower case that no noun phrase opens with; or of a
 * verb of asking ("and asked the United States to refrain").
 */
static int
verb_clause(const struct ctx *c, size_t a, size_t b)
{
	size_t k = a + word_then_space(c->f, a, iachrp_lex_infinitive_mark),
	    e;

	/* "and asked the United States to refrain from ...": a verb of
	 * asking and whom it asks */
	if (k == a && a < b && !iachrp_is_upper_at(c->s + a) &&
	    iachrp_match_in(c->f + a, iachrp_lex_ask_verb, NULL) > 0 &&
	    (e = skip_spaces(c->s, token_end(c->s, a, b), b)) < b &&
	    (word_then_space(c->f, e, articles) > 0 ||
	    iachrp_is_upper_at(c->s + e)))
		return 1;
	if (k == a || k >= b || !iachrp_is_alpha_at(c->s + k) ||
	    iachrp_is_upper_at(c->s + k))
		return 0;
	return word_then_space(c->f, k, articles) == 0 &&
	    word_then_space(c->f, k, possessives) == 0 &&
	    word_then_space(c->f, k, demonstratives) == 0 &&
	    iachrp_match_in(c->f + k, person_nouns, NULL) == 0 &&
	    iachrp_match_in(c->f + k, group_nouns, NULL) == 0 &&
	    iachrp_match_in(c->f + k, kin_words, NULL) == 0 &&
	    iachrp_match_in(c->f + k, roles, NULL) == 0 &&
	    iachrp_pair_in(c->f + k, iachrp_lex_count_word, NULL) == 0;
}

/*
 * Where a group's name in s[a, b) ends with its acronym in brackets, words
 * in lower case after it ("the Asociación Campesina del Bajo Sinú (ASCABAS)
 * in the department of Córdoba, Colombia, and"): past the bracket; else b.
 */
static size_t
acronym_closes(const struct ctx *c, size_t a, size_t b)
{
	size_t i, k;

	for (i = a + 1; i + 1 < b; i++) {
		if (c->s[i] != '(' || c->s[i - 1] != ' ' ||
		    !iachrp_is_upper_at(c->s + i + 1))
			continue;
		for (k = i + 1; k < b && c->s[k] != ')' && c->s[k] != ' '; k++)
			;
		if (k < b && c->s[k] == ')' && has_acronym(c->s, i + 1, k) &&
		    k + 2 < b && c->s[k + 1] == ' ' &&
		    iachrp_is_alpha_at(c->s + k + 2) &&
		    !iachrp_is_upper_at(c->s + k + 2))
			return k + 1;
	}
	return b;
}

/*
 * A name in lower case but its first word before an acronym in brackets
 * at j ("l'Observatoire citoyen pour les droits humains (OCDH)", as French
 * and Spanish write them), whose words' first letters spell the acronym
 * s[j + 1, e): sets its bounds and returns 1, or 0.
 */
static int
spelled_in_lower(const struct ctx *c, size_t j, size_t e, size_t *ra,
    size_t *rb)
{
	size_t w = j - 1, n;
	int words;

	for (n = 0; j + 1 + n < e && c->s[j + 1 + n] >= 'A' &&
	    c->s[j + 1 + n] <= 'Z'; n++)
		;
	if (n < 2)
		return 0;
	for (words = 0; w > 0 && words < 10; words++) {
		while (w > 0 && c->s[w - 1] == ' ')
			w--;
		/* not past the clause: "X, de l'Observatoire" */
		if (w > 0 && strchr(",;:(", c->s[w - 1]) != NULL)
			return 0;
		while (w > 0 && c->s[w - 1] != ' ')
			w--;
		/* "de l'Observatoire": the name after the elision */
		if (past_elision(c, w) > w)
			w = past_elision(c, w);
		if (iachrp_is_upper_at(c->s + w) &&
		    initials_spell(c, c->s + j + 1, n, w, j - 1)) {
			*ra = w;
			*rb = j - 1;
			return 1;
		}
	}
	return 0;
}

/*
 * The last name in s[0, at) that an acronym in brackets follows ("the
 * Collectif des Femmes Solidaires de Cité Soleil (COFESCS)"): sets its
 * bounds and returns 1, or 0.
 */
int
acronymed_before(const struct ctx *c, size_t at, size_t *ra, size_t *rb)
{
	size_t j, k, start;

	for (j = at; j-- > 1;) {
		if (c->s[j] != '(' || c->s[j - 1] != ' ' ||
		    !has_acronym(c->s, j + 1, token_end(c->s, j + 1, at)))
			continue;
		/* Back over capitalised words and the particles inside. */
		start = j - 1;
		for (k = start; k > 0 && c->s[k - 1] != ',' &&
		    c->s[k - 1] != ';' && c->s[k - 1] != '(';) {
			size_t w = k - 1;

			while (w > 0 && c->s[w - 1] != ' ')
				w--;
			/* "de l'Association X (AX)": the name after "l'" */
			if (past_elision(c, w) > w && w + 2 < j) {
				start = w + 2;
				break;
			}
			if (!iachrp_is_upper_at(c->s + w) &&
			    word_then_space(c->f, w, name_particles) == 0 &&
			    word_then_space(c->f, w, of_words) == 0)
				break;
			if (iachrp_is_upper_at(c->s + w))
				start = w;
			k = w;
		}
		if (start < j - 1) {
			*ra = start;
			*rb = j - 1;
			return 1;
		}
		return spelled_in_lower(c, j, token_end(c->s, j + 1, at), ra,
		    rb);
	}
	return 0;
}

static int lower_run_to_name(const struct ctx *c, size_t j, size_t a);

/*
 * The last medium named in s[0, at) after its noun ("the digital news
 * outlet Voz del Istmo"): sets the name's bounds and returns 1, or 0.
 */
static int
medium_named_before(const struct ctx *c, size_t at, size_t *ra, size_t *rb)
{
	size_t w, e, k;

	for (w = at; w-- > 0;) {
		if ((w > 0 && c->s[w - 1] != ' ') ||
		    (e = token_end(c->s, w, at)) - w !=
		    iachrp_match_in(c->f + w, media_nouns, NULL) ||
		    !iachrp_is_upper_at(c->s + (k = skip_spaces(c->s, e, at))))
			continue;
		*ra = k;
		for (*rb = k; k < at && strchr(",;(", c->s[k - 1]) == NULL;) {
			k = skip_spaces(c->s, k, at);
			if (k >= at || (!iachrp_is_upper_at(c->s + k) &&
			    word_then_space(c->f, k, name_particles) == 0))
				break;
			if (iachrp_is_upper_at(c->s + k))
				*rb = token_end(c->s, k, at);
			k = token_end(c->s, k, at);
		}
		while (*rb > *ra && strchr(",;.", c->s[*rb - 1]) != NULL)
			(*rb)--;
		return *rb > *ra;
	}
	return 0;
}

/*
 * The last name in s[0, at) that a group's noun opens, capitalised ("la
 * Fundación Ciudadanía Activa"), with the capitalised words and
 * particles after it: sets its bounds and returns 1, or 0.
 */
static int
group_named_before(const struct ctx *c, size_t at, size_t *ra, size_t *rb)
{
	size_t w, e, k;
	int i;

	for (w = at; w-- > 0;) {
		if ((w > 0 && c->s[w - 1] != ' ') ||
		    !iachrp_is_upper_at(c->s + w) ||
		    (e = token_end(c->s, w, at)) - w !=
		    iachrp_match_in(c->f + w, group_nouns, NULL) ||
		    (!iachrp_is_upper_at(c->s + skip_spaces(c->s, e, at)) &&
		    !lower_run_to_name(c, w, at)))
			continue;
		/*
		 * Back to the group's noun that opens the name: "Collectif
		 * des Femmes X", "l'Association des Femmes X"; never to a
		 * person's name before "de la".
		 */
		for (*ra = k = w, i = 0; i < 4 && k > 1 && c->s[k - 1] == ' ' &&
		    strchr(",;)", c->s[k - 2]) == NULL; i++) {
			size_t b = k - 1, g;

			while (b > 0 && c->s[b - 1] != ' ')
				b--;
			g = past_elision(c, b);
			if (!iachrp_is_upper_at(c->s + g) &&
			    word_then_space(c->f, b, of_words) == 0)
				break;
			if (iachrp_is_upper_at(c->s + g) && token_end(c->s, g,
			    at) - g == iachrp_match_in(c->f + g, group_nouns,
			    NULL))
				*ra = g;
			if (g > b)
				break;
			k = b;
		}
		/*
		 * to its last capitalised word, past particles: "de la";
		 * past words in lower case that lead to one: "Réseau citoyen
		 * pour la justice de Martissant"
		 */
		for (*rb = k = e; k < at && strchr(",;(", c->s[k - 1]) == NULL;) {
			k = skip_spaces(c->s, k, at);
			if (k >= at || (!iachrp_is_upper_at(c->s + k) &&
			    word_then_space(c->f, k, name_particles) == 0 &&
			    word_then_space(c->f, k, of_words) == 0 &&
			    !lower_run_to_name(c, k, at)))
				break;
			if (iachrp_is_upper_at(c->s + k))
				*rb = token_end(c->s, k, at);
			k = token_end(c->s, k, at);
		}
		while (*rb > e && strchr(",;.", c->s[*rb - 1]) != NULL)
			(*rb)--;
		return 1;
	}
	return 0;
}

/*
 * True when, past the head noun at j, a few words in lower case lead to
 * a capitalised name before a (no comma between): "comunidad maya
 * q'eqchi' de la aldea San Juan Chixoy".
 */
static int
lower_run_to_name(const struct ctx *c, size_t j, size_t a)
{
	size_t k = skip_spaces(c->s, token_end(c->s, j, a), a);
	int words;

	for (words = 0; words < 8 && k < a; words++) {
		if (iachrp_is_upper_at(c->s + k))
			return 1;
		if (strchr(",;:", c->s[token_end(c->s, k, a) - 1]) != NULL)
			return 0;
		k = skip_spaces(c->s, token_end(c->s, k, a), a);
	}
	return 0;
}

/*
 * Where the capitalised words (and name particles) that end right before
 * offset j start: "Boa Esperança Peasant" before "Community"; j where
 * none does.
 */
static size_t
capitalised_run_before(const struct ctx *c, size_t j)
{
	size_t k = j, t;

	while (k > 0 && c->s[k - 1] == ' ') {
		for (t = k - 1; t > 0 && c->s[t - 1] != ' '; t--)
			;
		if (!iachrp_is_upper_at(c->s + t) && iachrp_match_in(c->f + t,
		    name_particles, NULL) != k - 1 - t)
			break;
		k = t;
	}
	/* a particle does not open the name: "de Boa Esperança" */
	while (k < j && !iachrp_is_upper_at(c->s + k))
		k = skip_spaces(c->s, token_end(c->s, k, j), j);
	return k;
}

/*
 * "the members of that association", "los integrantes de dicha
 * organización", "las demás integrantes del colectivo": the group the
 * sentence named before with that head noun, capitalised ("the
 * Association of Women Victims of Cité Soleil (AFVCS)") or before its
 * name ("del colectivo Madres Buscadoras de Los Altos").  Sets its
 * bounds and returns 1, or 0.
 */
static int
antecedent(const struct ctx *c, size_t a, size_t b, size_t *ra, size_t *rb)
{
	size_t n, h, hlen, j, pointed;

	a += word_then_space(c->f, a, articles);
	/* "14 autres membres identifiés de cette organisation" */
	if (head_count(c, a, b) > 0)
		a = skip_spaces(c->s, token_end(c->s, a, b), b);
	a += word_then_space(c->f, a, other_words);
	if (iachrp_match_in(c->f + a, membership, NULL) == 0)
		return 0;
	a = skip_spaces(c->s, token_end(c->s, a, b), b);
	/* past a participle: "membres identifiés de" */
	if (word_then_space(c->f, a, of_words) == 0 &&
	    word_then_space(c->f, a, demonstratives) == 0 &&
	    !iachrp_is_upper_at(c->s + a))
		a = skip_spaces(c->s, token_end(c->s, a, b), b);
	/* "membros dessa comunidade": "of" and "that" in one word */
	if ((n = word_then_space(c->f, a, of_words)) == 0 &&
	    word_then_space(c->f, a, demonstratives) == 0)
		return 0;
	a += n;
	/* "members of an organization that ...": a new one, no antecedent */
	if (word_then_space(c->f, a, iachrp_lex_indefinite) > 0)
		return 0;
	/* "director of the outlet X, and the members of its news team" */
	if (word_then_space(c->f, a, possessives) > 0)
		return medium_named_before(c, a, ra, rb);
	if ((pointed = word_then_space(c->f, a, demonstratives)) == 0) {
		/* "of the collective": the head noun alone ends the phrase */
		n = word_then_space(c->f, a, articles);
		if (token_end(c->s, a + n, b) != b)
			return 0;
	} else
		n = pointed;
	h = a + n;
	/* "de dicha Junta": a name's own head noun, pointed back to */
	if ((hlen = token_end(c->s, h, b) - h) == 0 ||
	    (iachrp_is_upper_at(c->s + h) && pointed == 0))
		return 0;
	/* "los integrantes de ese consejo Alberto Caal Ical": a person's */
	if (h + hlen < b && iachrp_is_upper_at(c->s + skip_spaces(c->s,
	    h + hlen, b)))
		return 0;
	for (j = a; j-- > 0;) {
		/* "the Boa Esperança Peasant Community,": the name it ends */
		if (j > 0 && c->s[j - 1] == ' ' && iachrp_is_upper_at(c->s +
		    j) && strncmp(c->f + j, c->f + h, hlen) == 0 &&
		    strchr(",;", c->f[j + hlen]) != NULL &&
		    (*ra = capitalised_run_before(c, j)) < j) {
			*rb = j + hlen;
			return 1;
		}
		/* after a space or an elided article: "de l'organisation X" */
		if ((j > 0 && c->s[j - 1] != ' ' && c->f[j - 1] != '\'') ||
		    strncmp(c->f + j, c->f + h, hlen) != 0 ||
		    c->f[j + hlen] != ' ')
			continue;
		/*
		 * The name after a head noun in lower case: "colectivo X",
		 * "comunidad maya q'eqchi' de la aldea X", whole
		 */
		if (!iachrp_is_upper_at(c->s + j) && iachrp_is_upper_at(c->s +
		    j + hlen + 1))
			j += hlen + 1;
		else if (!iachrp_is_upper_at(c->s + j) &&
		    !lower_run_to_name(c, j, a))
			return 0;
		*ra = j;
		for (*rb = j; *rb < a && c->s[*rb] != ',' && c->s[*rb] != ';' &&
		    strncmp(c->s + *rb, " (", 2) != 0; (*rb)++)
			;
		return *rb > *ra;
	}
	/*
	 * "membres de cette organisation": the last one named by a group's
	 * noun ("director de la Fundación X") or with its acronym
	 */
	return iachrp_match_in(c->f + h, organisation_nouns, NULL) == hlen &&
	    (group_named_before(c, a, ra, rb) || acronymed_before(c, a, ra,
	    rb)) && iachrp_match_in(c->f + *ra, iachrp_lex_commission_word,
	    NULL) == 0;
}

/*
 * Where the group's name starts in s[a, b) when persons are described
 * as making it up ("que integran el Centro X", "who make up the X"),
 * or a.
 */
static size_t
made_up(const struct ctx *c, size_t a, size_t b)
{
	size_t k, n;

	for (k = a; k < b; k = skip_spaces(c->s, token_end(c->s, k, b), b)) {
		if ((n = iachrp_match_in(c->f + k, membership_verbs,
		    NULL)) == 0)
			continue;
		k = skip_spaces(c->s, k + n, b);
		k += word_then_space(c->f, k, articles);
		return k < b && iachrp_is_upper_at(c->s + k) ? k : a;
	}
	return a;
}

/* True when name holds the n bytes of word as one of its words. */
int
holds_word(const char *name, const char *word, size_t n)
{
	size_t k;

	for (k = 0; name[k] != '\0'; k++)
		if ((k == 0 || name[k - 1] == ' ') &&
		    strncmp(name + k, word, n) == 0 &&
		    (name[k + n] == ' ' || name[k + n] == '\0'))
			return 1;
	return 0;
}

/* The persons the body names, the first 64 at most; c keeps its paragraph. */
static json_t *
body_person_names(struct ctx *c)
{
	const char *cs = c->s, *cf = c->f;
	json_t *names;
	size_t i;

	if ((names = json_array()) == NULL)
		return NULL;
	for (i = 0; i < c->doc->npara && json_array_size(names) < 64; i++)
		if (c->doc->para[i].kind == IACHRP_BODY &&
		    (long)i != c->doc->title)
			person_names(c, &c->doc->para[i], names);
	c->s = cs;
	c->f = cf;
	return names;
}

/*
 * The first fuller form the body gives the person name ("Mario Alberto
 * Quiñónez Girón" for "Quiñónez Girón"), or name itself; a new reference.
 */
json_t *
full_form(struct ctx *c, const char *name)
{
	json_t *names = body_person_names(c), *v, *form = NULL;
	size_t i, n = strlen(name);

	json_array_foreach(names, i, v)
		if (json_string_length(v) > n && same_person(name, 0, n,
		    json_string_value(v))) {
			form = json_incref(v);
			break;
		}
	json_decref(names);
	return form != NULL ? form : json_string(name);
}

/*
 * Adds, for the surname s[a, b) said with an honorific ("Mr. Pichiri"),
 * the first full name of the release that holds it as a word ("Elías
 * Pichiri Quinchoker"), once; nothing where there is none.
 */
void
add_full_name(struct ctx *c, size_t a, size_t b)
{
	json_t *name;
	const json_t *v;
	size_t i, n = b - a;
	char word[64];

	if (n >= sizeof(word))
		return;
	memcpy(word, c->s + a, n);
	word[n] = '\0';
	/* Named in full already: not a relative who shares the surname */
	json_array_foreach(c->list, i, v)
		if (holds_word(json_string_value(json_object_get(v, "name")),
		    word, n))
			return;
	if ((name = surname_owner(c, word)) == NULL)
		return;
	json_array_foreach(c->list, i, v)
		if (strcmp(json_string_value(json_object_get(v, "name")),
		    json_string_value(name)) == 0)
			break;
	if (i == json_array_size(c->list))
		iachrp_append(c->doc, c->list, iachrp_pair("name",
		    json_incref(name), "kind", json_string("person")));
	json_decref(name);
}

/*
 * The first full name of the body that holds the surname word ("Elías
 * Pichiri Quinchoker" for "Pichiri"), a new reference; NULL where none
 * does.
 */
json_t *
surname_owner(struct ctx *c, const char *word)
{
	json_t *names, *owner = NULL;
	const json_t *v;
	size_t i;

	if ((names = body_person_names(c)) == NULL)
		return NULL;
	json_array_foreach(names, i, v)
		if (holds_word(json_string_value(v), word, strlen(word))) {
			owner = json_incref((json_t *)v);
			break;
		}
	json_decref(names);
	return owner;
}

/*
 * Where a person's name that opens s[a, b) ends when a description in
 * brackets follows it ("X (journaliste et animateur à Radio Y, Les
 * Cayes)"), or a.
 */
static size_t
described_person_end(const struct ctx *c, size_t a, size_t b)
{
	const char *open = memchr(c->s + a, '(', b - a);
	size_t k, e;

	if (open == NULL)
		return a;
	k = (size_t)(open - c->s);
	if (k + 1 >= b || k == a || c->s[k - 1] != ' ' ||
	    !iachrp_is_alpha_at(c->f + k + 1) ||
	    iachrp_is_upper_at(c->s + k + 1))
		return a;
	for (e = k; e > a && c->s[e - 1] == ' '; e--)
		;
	return personal(c, a, e) && !is_group(c, a, e) ? e : a;
}

/*
 * Where the bracketed aside that ends s[a, b) starts, spaces before it
 * included, when it holds lower-case words, an age or a quoted nickname;
 * otherwise a.
 */
static size_t
aside_start(const struct ctx *c, size_t a, size_t b)
{
	size_t k = b - 1, lower = 0;

	while (k > a && c->s[k] != '(') {
		if (c->s[k] >= 'a' && c->s[k] <= 'z')
			lower++;
		k--;
	}
	if (c->s[k] != '(' || (lower == 0 &&
	    aside_in_brackets(c->s, k, b) != b - 1))
		return a;
	while (k > a && c->s[k - 1] == ' ')
		k--;
	return k;
}

/*
 * True when s[a, b) opens with an indefinite article, a group's noun and
 * what makes it up: "a group formed by relatives of persons killed in
 * Masaya", "una organización que acompaña a ...", a description of a set
 * named before, not one.
 */
static int
described_set(const struct ctx *c, size_t a, size_t b)
{
	size_t n, k, e = a, t;

	/* the article opens the phrase, or was read past before it */
	if ((n = word_then_space(c->f, a, iachrp_lex_indefinite)) == 0 &&
	    ((t = word_before(c, 0, &e)) >= e || iachrp_match_in(c->f + t,
	    iachrp_lex_indefinite, NULL) != e - t))
		return 0;
	if ((k = word_then_space(c->f, a + n, group_nouns)) == 0)
		return 0;
	k += a + n;
	if (k >= b)
		return 0;
	/* "made up of", "who", or a participle and its agent: "formed by" */
	e = skip_spaces(c->s, token_end(c->s, k, b), b);
	return iachrp_match_in(c->f + k, iachrp_lex_composed_of, NULL) > 0 ||
	    word_then_space(c->f, k, iachrp_lex_relative_pronoun) > 0 ||
	    (e < b && word_then_space(c->f, e, iachrp_lex_agent_prep) > 0);
}

/*
 * True when s[a, b) opens with a quantity and "of", picking some of a
 * set: "one of the persons", "two of the beneficiaries", "uno de los".
 */
static int
partitive(const struct ctx *c, size_t a, size_t b)
{
	size_t n;

	/* "otros dos de ...": past "other" to the count */
	a += word_then_space(c->f, a, other_words);
	if ((n = word_then_space(c->f, a, iachrp_lex_partitive)) == 0 &&
	    head_count(c, a, b) > 0)
		n = skip_spaces(c->s, token_end(c->s, a, b), b) - a;
	return n > 0 && a + n < b &&
	    word_then_space(c->f, a + n, of_words) > 0;
}

/*
 * The name in quotes that a cue such as "hereinafter" gives the set in
 * s[a, b) ("leurs deux filles mineures – ci-après « la famille Ochoa
 * Díaz » –"), past its article, into [*ra, *rb): 1, or 0 where none.
 */
static int
defined_name(const struct ctx *c, size_t a, size_t b, size_t *ra, size_t *rb)
{
	size_t k, n, q;

	for (k = a; k < b; k++) {
		if ((k > a && c->f[k - 1] != ' ') || (n = iachrp_match_in(c->f +
		    k, iachrp_lex_defined_as, NULL)) == 0)
			continue;
		k = skip_spaces(c->s, k + n, b);
		if ((q = opening_quote(c->s + k)) == 0)
			return 0;
		k = skip_spaces(c->s, k + q, b);
		k += word_then_space(c->f, k, articles);
		for (*ra = k; k < b && !closing_quote(c->s + k); k++)
			;
		for (*rb = k; *rb > *ra && c->s[*rb - 1] == ' '; (*rb)--)
			;
		return k < b && *rb > *ra && capitals(c->s, *ra, *rb) > 0;
	}
	return 0;
}

/*
 * Where a phrase names a body again by its noun and a word such as
 * "itself" ("au syndicat lui-même", "o próprio sindicato", "así como de
 * la comunidad misma"): adds the body by the full name the release gave
 * it before ("Syndicat des travailleurs de la santé de l'Artibonite"),
 * and returns 1; else 0.
 */
static int
body_named_before(struct ctx *c, size_t a, size_t b)
{
	const char *s = c->s, *f = c->f;
	size_t n, k, e, i, at, end;

	/* "así como de la comunidad misma" */
	a += word_then_space(c->f, a, conjunctions);
	a += word_then_space(c->f, a, list_preps);
	a += word_then_space(c->f, a, articles);
	if ((n = word_then_space(c->f, a, iachrp_lex_itself_word)) > 0)
		k = a + n;	/* "o próprio sindicato" */
	else
		k = a;		/* "le syndicat lui-même" */
	e = token_end(c->s, k, b);
	if (word_then_space(c->f, k, group_nouns) == 0 || (n == 0 &&
	    iachrp_match_in(c->f + skip_spaces(c->s, e, b),
	    iachrp_lex_itself_word, NULL) == 0))
		return 0;
	for (i = 0; i < c->doc->npara; i++) {
		const struct iachrp_para *p = &c->doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (at = 0; at + (e - k) < p->len; at++) {
			if (!iachrp_is_upper_at(p->s + at) || (at > 0 &&
			    p->s[at - 1] != ' ') || strncmp(p->f + at, f + k,
			    e - k) != 0 || p->s[at + (e - k)] != ' ')
				continue;
			/* up to its acronym, a stop, or "et de" another */
			for (end = at; end < p->len && strchr(",;:.(",
			    p->s[end]) == NULL && !(p->s[end] == ' ' &&
			    (n = word_then_space(p->f, end + 1,
			    conjunctions)) > 0 && word_then_space(p->f,
			    end + 1 + n, of_words) > 0); end++)
				;
			while (end > at && p->s[end - 1] == ' ')
				end--;
			/* a name, not the noun alone ("Syndicat" opening a
			 * sentence) */
			if (token_end(p->s, at, end) >= end)
				continue;
			c->s = p->s;
			c->f = p->f;
			add_entry(c, at, end, 1);
			c->s = s;
			c->f = f;
			return 1;
		}
	}
	return 0;
}

/*
 * True when the segment at a, after a comma, tells the institution of the
 * person entered before it: "Byron Estrada Miranda, of the Universidad
 * Nacional Agraria;", "Abel Ramírez, del Centro de Derechos Humanos X".
 */
static int
affiliation_after_person(const struct ctx *c, size_t a)
{
	size_t e = a, n, m, k;
	const json_t *last = json_array_get(c->list,
	    json_array_size(c->list) - 1);

	while (e > 0 && c->s[e - 1] == ' ')
		e--;
	if (e == 0 || c->s[e - 1] != ',' || last == NULL ||
	    strcmp(json_string_value(json_object_get(last, "kind")),
	    "person") != 0 || (n = word_then_space(c->f, a, of_words)) == 0)
		return 0;
	m = word_then_space(c->f, a + n, articles);
	/*
	 * "A y B, del sindicato de trabajadores petroleros de X"; not "A, de
	 * los integrantes de la familia X", a list's next set
	 */
	k = a + n + m;
	if (!iachrp_is_upper_at(c->s + k))
		return iachrp_match_in(c->f + k, iachrp_lex_organisation_noun,
		    NULL) > 0 || (word_then_space(c->f, k, group_nouns) > 0 &&
		    iachrp_match_in(c->f + k, person_nouns, NULL) == 0 &&
		    iachrp_match_in(c->f + k, membership, NULL) == 0 &&
		    iachrp_match_in(c->f + k, family_words, NULL) == 0);
	/*
	 * "of Radio X", "del Concejo Municipal de X" (an article in the
	 * contraction), not "de María López", a list's next person
	 */
	return m > 0 || iachrp_match_in(c->f + a, iachrp_lex_of_article,
	    NULL) == n - 1 || (c->lang == IACHRP_EN && !personal(c, a + n,
	    phrase_end(c, a + n, strlen(c->s))));
}

/* Cleans one entry s[a, b) and adds it. */
void
entry(struct ctx *c, size_t a, size_t b)
{
	size_t n, m, qa, qb, ra, rb, k, t;
	int changed = 1;

	/*
	 * "dos de los cinco integrantes de la Junta X", "two of them": a
	 * part of a set, which describes the persons named before it.
	 */
	a = skip_spaces(c->s, a, b);
	k = a + word_then_space(c->f, a, other_words);	/* "otros dos" */
	if (head_count(c, a, b) > 0 && (n = word_then_space(c->f, k =
	    skip_spaces(c->s, token_end(c->s, k, b), b), of_words)) > 0) {
		/*
		 * "two of its ancestral authorities", "dos de sus
		 * dirigentes": new persons of the group, counted
		 */
		if ((m = word_then_space(c->f, k + n, possessives)) > 0 &&
		    iachrp_match_in(c->f + k + n + m, kin_words, NULL) == 0 &&
		    c->count == 0)
			add_entry(c, a, b, 1);
		return;
	}
	if (affiliation_after_person(c, a))
		return;
	/* "au syndicat lui-même", "o próprio sindicato": the body named */
	if (body_named_before(c, a, b))
		return;
	/* "leurs deux filles – ci-après « la famille X » –": the set's name */
	if ((k = defined_name(c, a, b, &ra, &rb)) > 0) {
		add_entry(c, ra, rb, 1);
		return;
	}
	/* "une autre défenseure ... protégée sous les initiales K.M.R.L." */
	a = named_from(c, a, b);
	while (changed) {
		changed = 0;
		a = skip_spaces(c->s, a, b);
		if ((n = label_len(c->s, a, b)) > 0 ||
		    (n = word_then_space(c->f, a, conjunctions)) > 0 ||
		    /* "proteger também o Povo X" */
		    (n = word_then_space(c->f, a, iachrp_lex_additive)) > 0 ||
		    ((n = word_then_space(c->f, a, list_preps)) > 0 &&
		    head_count(c, a, b) == 0) ||
		    (n = word_then_space(c->f, a, articles)) > 0) {
			a += n;
			changed = 1;
		}
	}
	while (b > a && c->s[b - 1] == ' ')
		b--;
	if (b <= a)
		return;
	/* "Reporters A": a noun of persons before one's name */
	if (iachrp_is_upper_at(c->s + a) && iachrp_match_in(c->f + a,
	    person_nouns, NULL) == token_end(c->s, a, b) - a &&
	    (k = skip_spaces(c->s, token_end(c->s, a, b), b)) < b &&
	    iachrp_is_upper_at(c->s + k) && personal(c, k, b) &&
	    !is_group(c, k, b))
		a = k;
	/*
	 * An aside in brackets, not an acronym: "X (known as "Chayo")",
	 * "J.A.S.I. (14)"
	 */
	if (c->s[b - 1] == ')' && (k = aside_start(c, a, b)) > a)
		b = k;
	/*
	 * "M. X (journaliste à Radio Y, Les Cayes) dans le dossier MC
	 * 362-19": a person described in brackets, whatever follows
	 */
	if ((k = described_person_end(c, a, b)) > a)
		b = k;
	/* "and issued Follow-Up Resolution 31/22": an act, not a person */
	if (iachrp_contains(c->f, a, b, iachrp_lex_resolution_cue))
		return;
	/*
	 * "los dirigentes del Sindicato X (SINTRACEO) Gregorio A. Salcedo":
	 * the person named after the acronym of the body the role is in.
	 */
	for (k = b; k > a && c->s[k - 1] != ')'; k--)
		;
	if (k > a && k < b && c->s[k] == ' ' && personal(c, k + 1, b) &&
	    iachrp_is_upper_at(c->s + k + 1)) {
		add_entry(c, k + 1, b, 0);
		return;
	}
	/*
	 * "the following justice operators": a set that a list names, its
	 * place kept for the names (and left out if no list follows); "as
	 * seguintes pessoas, indicadas pelo Conselho X, ...:" up to its
	 * comma.
	 */
	for (k = a; k < b && c->s[k] != ','; k++)
		;
	/* "des journalistes suivants de la station Radio X :" */
	for (t = a; t < k; t = skip_spaces(c->s, token_end(c->s, t, k), k))
		if (word_then_space(c->f, t, listed_ahead_words) > 0 ||
		    iachrp_match_in(c->f + t, listed_ahead_words, NULL) ==
		    token_end(c->s, t, k) - t) {
			k = token_end(c->s, t, k);
			break;
		}
	if (capitals(c->s, a, k) == 0 &&
	    iachrp_contains(c->f, a, k, listed_ahead_words)) {
		/* a set counted before is the one the list names */
		if (c->count == 0)
			add_entry(c, a, k, 1);
		return;
	}
	/*
	 * Roles not followed by a name describe the person before them ("X,
	 * journalist of the portal Voz do Sertão", "X, a reporter for the
	 * outlet Y", "X, journaliste et présentateur de ..."); a role before
	 * a name is a title.
	 */
	/* "Guatemalan community journalist X": a nationality before a title */
	if (iachrp_state_at(c->f + a, &n) >= 0 && a + n < b &&
	    c->f[a + n] == ' ' && !iachrp_is_upper_at(c->s + a + n + 1) &&
	    titled(c, a + n + 1, b))
		a += n + 1;
	if (word_then_space(c->f, a, roles) > 0 && !titled(c, a, b))
		return;
	/* "three persons linked to X": X is not one of them. */
	if ((n = head_count(c, a, b)) > 0 && iachrp_contains(c->f, a, b,
	    relation_cues)) {
		if (c->count == 0) {
			c->count = (int)n;
			c->counted = json_array_size(c->list);
		}
		add_entry(c, a, b, 1);
		return;
	}
	if (affiliated(c, a, b))
		return;
	if (kin_by_apposition(c, a, b))
		return;
	if ((k = possessed_kin(c, a, b)) < b) {
		if (k > a)
			entry(c, a, k);
		return;
	}
	if ((iachrp_contains(c->f, a, b, family_words) &&
	    capitals(c->s, a, b) == 0) || kin_of(c, a, b))
		return;
	/* "her two children", "sus hijos": relatives, unnamed. */
	if (word_then_space(c->f, a, possessives) > 0 &&
	    capitals(c->s, a, b) == 0)
		return;
	if (antecedent(c, a, b, &ra, &rb)) {
		add_entry(c, ra, rb, 1);
		return;
	}
	/* "those two persons": whom the text has named, not an entry */
	if (word_then_space(c->f, a, demonstratives) > 0 &&
	    capitals(c->s, a, b) == 0)
		return;
	/* "personas defensoras que integran el Centro X": the Centro */
	if ((k = made_up(c, a, b)) > a) {
		/* "las cuatro personas que integran la Junta X": counted */
		if (c->count == 0 && (n = head_count(c, a, b)) > 0) {
			c->count = (int)n;
			c->counted = json_array_size(c->list);
		}
		add_entry(c, k, b, 1);
		return;
	}
	/*
	 * A quoted name that names the entry ("the newspaper "El Faro""),
	 * not the place of a counted set ("cuatro personas ... en el
	 * Sistema Penitenciario "Jorge Navarro"").
	 */
	if (head_count(c, a, b) == 0 && quoted(c->s, a, b, &qa, &qb)) {
		/* "Juzgado de Mayor Riesgo "D"": a court's letter */
		if (qb - qa < 3)
			return;
		/* A nickname inside a name: "Marvin Antonio "El Chele" Cruz". */
		if (name_around(c, a, qa, qb, b))
			add_entry(c, a, b, 0);
		else
			add_entry(c, qa, qb, 1);
		return;
	}
	/* "one of the persons", "dos de los beneficiarios": picked, unnamed */
	if (capitals(c->s, a, b) == 0 && partitive(c, a, b))
		return;
	/* "..., a group formed by relatives of ...": what the set is */
	if (described_set(c, a, b))
		return;
	/*
	 * "su coordinadora, X": a word that is a role and a group's noun
	 * ("la Coordinadora Nacional ...") is the role where a possessive
	 * owns it and a name follows.
	 */
	if ((n = word_then_space(c->f, a, possessives)) > 0 &&
	    (m = role_len(c->f + a + n)) > 0 && c->s[a + n + m] == ',' &&
	    personal(c, k = skip_spaces(c->s, a + n + m + 1, b), b)) {
		add_entry(c, k, b, 0);
		return;
	}
	if (is_group(c, a, b)) {
		n = head_count(c, a, b);
		a = members_of(c, a, b);
		/* "los miembros de cinco comunidades del pueblo X" */
		if (n == 0 && iachrp_match_in(c->f + a, membership, NULL) > 0 &&
		    (t = word_then_space(c->f, m = skip_spaces(c->s,
		    token_end(c->s, a, b), b), of_words)) > 0)
			n = head_count(c, m + t, b);
		/*
		 * "three further beneficiaries", "six others", "journalists":
		 * no one named.
		 */
		if (capitals(c->s, a, b) == 0 && (!iachrp_contains(c->f, a, b,
		    group_nouns) || token_end(c->s, a, b) >= b))
			return;
		if (capitals(c->s, a, b) == 0 && iachrp_contains(c->f, a, b,
		    generic_nouns) && token_end(c->s, skip_spaces(c->s,
		    token_end(c->s, a, b), b), b) >= b)
			return;
		k = named_tail(c, a, b);
		t = k > a ? k : trailing_name(c, a, b);
		/*
		 * "cinco integrantes de una organización ... del
		 * departamento de San Miguel": the name is a place's, and
		 * the set is described, not named
		 */
		if (t > a && division_before(c, a, t)) {
			add_entry(c, a, b, 1);
			return;
		}
		/*
		 * "las personas defensoras de derechos humanos Ana Pérez
		 * Soto": a person's name after a description of persons,
		 * unlike "workers of the newspaper El Faro", whose name
		 * follows a group's noun.
		 */
		if (t > a && personal(c, t, b) && !after_group_noun(c, a, t) &&
		    !after_place_prep(c, a, t) &&
		    /* "cinco integrantes de un medio ... del Istmo de
		     * Tehuantepec": after "of", a counted set's place or
		     * institution, as below */
		    !(n > 0 && ends_with_of(c->f, a, end_before_article(c, a,
		    t)))) {
			add_entry(c, t, b, 0);
			return;
		}
		/*
		 * "workers of the newspaper El Faro" is El Faro; "personas
		 * privadas de libertad en el pabellón B de la Cárcel X" are
		 * the persons held there; "las familias de la comunidad maya
		 * Las Pacayas" are the community's.
		 */
		/*
		 * "deputies of the National Assembly": the persons, for the
		 * State organ they sit in is no beneficiary.
		 */
		if (!iachrp_contains(c->f, a, k, place_preps) && !(k > a &&
		    iachrp_match_in(c->f + k, iachrp_lex_state_organ,
		    NULL) > 0))
			a = place_head(c, a, k);
		b = acronym_closes(c, a, b);
		/* A bracketed acronym after the full name is left out. */
		if (c->s[b - 1] == ')') {
			size_t k = b;

			while (k > a && c->s[k - 1] != '(')
				k--;
			if (k > a + 1)
				b = k - 1;
			while (b > a && c->s[b - 1] == ' ')
				b--;
		}
		/*
		 * "três integrantes da diretoria da Associação X": a counted
		 * set, which a later sentence may name one by one.
		 */
		if (n > 0 && c->count == 0) {
			c->count = (int)n;
			c->counted = json_array_size(c->list);
		}
		add_entry(c, a, b, 1);
		return;
	}
	if (!name_run(c, a, b, &ra, &rb))
		return;
	/*
	 * "quatro oficiais da Força Armada Nacional Bolivariana", "tres
	 * comunicadores de la emisora Radio X": a counted set, the name
	 * after "of" or a medium its institution's, not a person's.
	 */
	if ((n = head_count(c, a, ra)) > 0 && ra > a && (ends_with_of(c->f,
	    a, end_before_article(c, a, ra)) || after_group_noun(c, a, ra))) {
		if (c->count == 0) {
			c->count = (int)n;
			c->counted = json_array_size(c->list);
		}
		add_entry(c, a, b, 1);
		return;
	}
	/* "..., United States": the State, named after a place. */
	if (iachrp_state_at(c->f + ra, &n) >= 0 && ra + n >= rb)
		return;
	/* A single capitalised word is a place or a description. */
	if (token_end(c->s, ra, rb) >= rb && !is_initials(c->s, ra, rb)) {
		/* "Mr. Pichiri": the person the text named in full */
		if (ra >= a + 2 && honorific_before(c, a, ra - 2))
			add_full_name(c, ra, rb);
		return;
	}
	/*
	 * "del Ministerio Público de Guatemala": an institution; "de la
	 * vereda El Placer": a place
	 */
	if ((!personal(c, ra, rb) && !is_initials(c->s, ra, rb)) ||
	    after_place_prep(c, a, ra))
		return;
	/* "el señor Caal Bol": the full name the body gives him */
	if (capitals(c->s, ra, rb) == 2 && ra > a && described_person(c, a,
	    ra)) {
		add_full_form(c, ra, rb);
		return;
	}
	add_entry(c, ra, rb, 0);
}

/*
 * Adds the person s[a, b) names in the fuller form the body gives ("Marcos
 * Caal Bol" for "Caal Bol"), unless an entry names that person.
 */
void
add_full_form(struct ctx *c, size_t a, size_t b)
{
	json_t *short_form = json_stringn(c->s + a, b - a), *name;

	if (short_form == NULL) {
		iachrp_nomem(c->doc);
		return;
	}
	name = full_form(c, json_string_value(short_form));
	json_decref(short_form);
	if (name == NULL) {
		iachrp_nomem(c->doc);
		return;
	}
	if (entry_named(c, json_string_value(name), 0,
	    json_string_length(name))) {
		json_decref(name);
		return;
	}
	iachrp_trace_string(c->doc, "beneficiaries", json_string_value(name),
	    json_string_length(name), "a person named by the surname, in "
	    "the full form the body gives");
	iachrp_append(c->doc, c->list, iachrp_pair("name", name, "kind",
	    json_string("person")));
}

/*
 * Where the words of s[a, k) end, spaces and an article before k left
 * out: "de" of "de la X", "of" of "of the X".
 */
size_t
end_before_article(const struct ctx *c, size_t a, size_t k)
{
	size_t t = word_before(c, a, &k);

	if (t < k && iachrp_match_in(c->f + t, articles, NULL) == k - t)
		word_before(c, a, &t);
	else
		t = k;
	return t;
}

/* True when the last word of s[a, b) is one of the n sorted words. */
static int
last_word_is(const struct ctx *c, size_t a, size_t b,
    const char *const *words, size_t n)
{
	size_t k = b;

	while (k > a && c->s[k - 1] != ' ')
		k--;
	return k < b && iachrp_match_sorted(c->f + k, words, n, NULL) ==
	    b - k;
}

/*
 * True when s[a, b) reads as a person's name: two capitalised words or
 * more, or initials ("KLR", "M.A.R.G."), and no group noun.
 */
int
personal(const struct ctx *c, size_t a, size_t b)
{
	size_t n;

	while (b > a && c->s[b - 1] == ' ')
		b--;
	/* "J.A.S.I. (14)": the name before the age or nickname */
	if (b > a && c->s[b - 1] == ')')
		b = aside_start(c, a, b);
	if (is_group(c, a, b))
		return 0;
	/* "Ministerio Público de Guatemala": an institution, not a person */
	if ((iachrp_match_in(c->f + a, institution_words, NULL) > 0 ||
	    iachrp_match_in(c->f + a, place_words, NULL) > 0) &&
	    iachrp_match_in(c->f + a, roles, NULL) == 0)
		return 0;
	/* "Bolivarian National Armed Forces": a run ending with a head */
	if (last_word_is(c, a, b, iachrp_lex_institution_head,
	    IACHRP_NCUES(iachrp_lex_institution_head)))
		return 0;
	/* "pabellón B de la Cárcel X": a letter alone opens no name. */
	if (token_end(c->s, a, b) == a + 1 && a + 1 < b)
		return 0;
	n = name_words(c, a, b);
	return n >= 2 || (n == 1 && is_initials(c->s, a, b));
}

/*
 * True when a role or a noun of persons stands right before k in s[a, k),
 * past two adjectives at most: "human rights defenders", "defensores
 * ambientales", not "el pabellón" nor "en la cárcel".
 */
int
described_person(const struct ctx *c, size_t a, size_t k)
{
	size_t e = k, t, last = 0;
	int i;

	for (i = 0; i < 3; i++) {
		if ((t = word_before(c, a, &e)) >= e)
			return 0;
		if (last == 0)
			last = e;	/* where a role of several words ends */
		if (role_len(c->f + t) == e - t ||
		    role_len(c->f + t) == last - t ||
		    iachrp_match_in(c->f + t, person_nouns, NULL) > 0)
			return 1;
		if (iachrp_match_in(c->f + t, of_words, NULL) == e - t ||
		    iachrp_match_in(c->f + t, articles, NULL) == e - t ||
		    iachrp_match_in(c->f + t, place_preps, NULL) == e - t)
			return 0;
		e = t;
	}
	return 0;
}

/*
 * Where the run of capitalised words that ends s[a, b) starts, particles
 * inside it ("Vilma Núñez de Escorcia"); b when there is none.
 */
static size_t
final_capitals(const struct ctx *c, size_t a, size_t b)
{
	size_t start = b;

	while (start > a) {
		size_t t = start, e;

		while (t > a && c->s[t - 1] == ' ')
			t--;
		e = t;
		while (t > a && c->s[t - 1] != ' ')
			t--;
		if (!iachrp_is_upper_at(c->s + t) && (start == b ||
		    iachrp_match_in(c->f + t, name_particles, NULL) != e - t))
			break;
		start = t;
	}
	while (start < b && !iachrp_is_upper_at(c->s + start))
		start = skip_spaces(c->s, token_end(c->s, start, b), b);
	return start;
}

/*
 * Where the name that ends s[a, b) starts after a description in lower
 * case ("human rights defenders Lottie Cunningham"), or a when s[a, b)
 * is not of that form.
 */
size_t
trailing_name(const struct ctx *c, size_t a, size_t b)
{
	size_t start = final_capitals(c, a, b);

	if (start <= a || start >= b || capitals(c->s, a, start) != 0 ||
	    !personal(c, start, b) || !described_person(c, a, start))
		return a;
	return start;
}

/* True when s[a, b) ends with a person's name: "las niñas M.A.R.G.". */
static int
ends_personal(const struct ctx *c, size_t a, size_t b)
{
	size_t start;

	while (b > a && c->s[b - 1] == ' ')
		b--;
	if (b > a && c->s[b - 1] == ')')
		b = aside_start(c, a, b);
	start = final_capitals(c, a, b);
	/* "Reporters A", a noun of persons capitalised by the sentence */
	if (start < b && (iachrp_match_in(c->f + start, person_nouns, NULL) ==
	    token_end(c->s, start, b) - start || role_len(c->f + start) ==
	    token_end(c->s, start, b) - start))
		start = skip_spaces(c->s, token_end(c->s, start, b), b);
	return start < b && personal(c, start, b);
}

/* Where the next conjunction after i in s[i, b) is, or b. */
size_t
next_conjunction(const struct ctx *c, size_t i, size_t b)
{
	for (; i < b; i++)
		if (c->f[i] == ' ' && word_then_space(c->f, i + 1,
		    conjunctions) > 0)
			return i;
	return b;
}

/*
 * True when s[a, b) is one capitalised word that can be a given name: no
 * role, particle, initials or group noun.
 */
static int
given_name_only(const struct ctx *c, size_t a, size_t b)
{
	a = skip_spaces(c->s, a, b);
	while (b > a && c->s[b - 1] == ' ')
		b--;
	return b > a + 1 && token_end(c->s, a, b) == b &&
	    iachrp_is_upper_at(c->s + a) && !is_initials(c->s, a, b) &&
	    iachrp_match_in(c->f + a, roles, NULL) != b - a &&
	    iachrp_match_in(c->f + a, group_nouns, NULL) == 0 &&
	    iachrp_match_in(c->f + a, articles, NULL) != b - a &&
	    strchr(c->s + a, '.') != c->s + b - 1;
}

/*
 * True when a person's name opens s[k, b) past three lower-case words at
 * most that say who the person is: "rapper B", "visual artist B", not
 * "her son B", whose kin the rules on relatives read.
 */
int
described_name_ahead(const struct ctx *c, size_t k, size_t b)
{
	size_t e;
	int i;

	if (word_then_space(c->f, k, possessives) > 0)
		return 0;
	/*
	 * Words that say who, not "the capital of", "la sede de"; a title
	 * too ("Ms. B", "Father B").
	 */
	for (i = 0; i < 3 && k < b; i++) {
		e = token_end(c->s, k, b);
		if (iachrp_is_upper_at(c->s + k) && role_len(c->f + k) != e - k)
			break;
		if (c->s[e - 1] == ',' || iachrp_match_any(c->f + k,
		    function_words[c->lang], NULL) == e - k ||
		    word_then_space(c->f, k, place_preps) > 0)
			return 0;
		k = skip_spaces(c->s, e, b);
	}
	return i > 0 && persons_follow(c, k, b);
}

/* True when the word right before k is one of kin: "irmãos A". */
int
kin_before(const struct ctx *c, size_t k)
{
	size_t e = k, t = word_before(c, 0, &e);

	return t < e && iachrp_match_in(c->f + t, kin_words, NULL) > 0;
}

static int particles_only(const struct ctx *c, size_t k, size_t g);

/*
 * Where the given name that ends s[a, i) starts, when only words that
 * say who the person is stand before it, in lower case or of kin
 * ("Brother and sister Julio", "the siblings Julio"): else i.
 */
static size_t
given_name_before(const struct ctx *c, size_t a, size_t i)
{
	size_t g = i, k, e, first = i;
	int kin = 0;

	while (g > a && c->s[g - 1] == ' ')
		g--;
	while (g > a && c->s[g - 1] != ' ')
		g--;
	if (!given_name_only(c, g, i))
		return i;
	/* "A y sus hijos B, C y D X": the words after the last conjunction */
	for (k = skip_spaces(c->s, a, g); k < g; k = skip_spaces(c->s, e, g)) {
		e = token_end(c->s, k, g);
		if (iachrp_match_in(c->f + k, conjunctions, NULL) == e - k)
			a = e;
	}
	for (k = skip_spaces(c->s, a, g); k < g; k = skip_spaces(c->s, e, g)) {
		e = token_end(c->s, k, g);
		if (iachrp_match_in(c->f + k, kin_words, NULL) > 0)
			kin = 1;
		else if (iachrp_is_upper_at(c->s + k) &&
		    iachrp_match_in(c->f + k, articles, NULL) != e - k) {
			if (first != i)
				return i;
			first = k;
		}
	}
	if (first == i)
		return g;
	/*
	 * "os irmãos Gustavo Adolfo e Luisa Fernanda Pernía Rangel", "los
	 * hermanos Auxiliadora del Carmen y Juan Ramón X": two given names,
	 * perhaps with a particle between, after words of kin.
	 */
	return (kin || kin_before(c, first)) &&
	    particles_only(c, token_end(c->s, first, g), g) &&
	    given_name_only(c, first, token_end(c->s, first, g)) ? first : i;
}

/* True when s[k, g) holds only spaces and a name's particles ("del"). */
static int
particles_only(const struct ctx *c, size_t k, size_t g)
{
	size_t e;

	for (k = skip_spaces(c->s, k, g); k < g; k = skip_spaces(c->s, e, g)) {
		e = token_end(c->s, k, g);
		if (iachrp_match_in(c->f + k, name_particles, NULL) != e - k)
			return 0;
	}
	return 1;
}

static int ends_with_kin(const struct ctx *c, size_t a, size_t b);

/* Where the name at k ends: at a comma or a semicolon, stops left out. */
static size_t
name_end(const struct ctx *c, size_t k, size_t b)
{
	size_t j;

	for (j = k; j < b && c->s[j] != ',' && c->s[j] != ';'; j++)
		;
	while (j > k && strchr(" .", c->s[j - 1]) != NULL)
		j--;
	return j;
}

/*
 * True when s[a, g) is in lower case and its nouns of groups are of
 * persons: "los periodistas", not "la comunidad indígena".
 */
static int
persons_noun_only(const struct ctx *c, size_t a, size_t g)
{
	size_t k;
	int persons = 0;

	if (capitals(c->s, a, g) > 0)
		return 0;
	for (k = skip_spaces(c->s, a, g); k < g;
	    k = skip_spaces(c->s, token_end(c->s, k, g), g)) {
		if (iachrp_match_in(c->f + k, person_nouns, NULL) ==
		    token_end(c->s, k, g) - k)
			persons = 1;
		else if (iachrp_match_in(c->f + k, group_nouns, NULL) > 0)
			return 0;
	}
	return persons;
}

/*
 * True when s[a, i), before a comma, is a role with its complement ("la
 * gobernadora del resguardo indígena Las Delicias", "the governor of the
 * X reserve") and a person's name follows at k: the role is that
 * person's, and its complement names no entry.
 */
static int
role_of_next(const struct ctx *c, size_t a, size_t i, size_t k, size_t b)
{
	size_t j, n;

	a = skip_spaces(c->s, a, i);
	/* "y del representante legal del Consejo, A" */
	a += word_then_space(c->f, a, conjunctions);
	a += word_then_space(c->f, a, list_preps);
	a += word_then_space(c->f, a, of_words);
	a += word_then_space(c->f, a, articles);
	/* "the Council's legal representative, A", "its women's
	 * coordinator, B": a role after a possessive */
	for (j = a; j + 3 < i && c->s[j] != ','; j++)
		if (strncmp(c->f + j, "'s ", 3) == 0) {
			n = role_len(c->f + j + 3);
			if (n > 0 && j + 3 + n >= i)
				return personal(c, k, name_end(c, k, b));
			break;
		}
	/* "the general secretary of Local 62 of the Union X, A" */
	if (word_then_space(c->f, a, roles) == 0 && role_ahead(c, a, i))
		a = skip_spaces(c->s, token_end(c->s, a, i), i);
	if ((n = word_then_space(c->f, a, roles)) == 0 ||
	    word_then_space(c->f, a + n, of_words) == 0 ||
	    /* "a defensora de direitos humanos A e seu companheiro, B":
	     * the name is the kin's */
	    ends_with_kin(c, a, i))
		return 0;
	return personal(c, k, name_end(c, k, b));
}

/*
 * True when s[a, i) opens with a plural noun of places or peoples and
 * names one of them ("Miskitu communities of Sangnilaya Tara", "comunidades
 * indígenas Takuara Poty"): the names joined to it share that head.
 */
static int
places_of_one_head(const struct ctx *c, size_t a, size_t i)
{
	size_t k;

	a = skip_spaces(c->s, a, i);
	for (k = a; k < i && !iachrp_is_upper_at(c->s + k);
	    k = skip_spaces(c->s, token_end(c->s, k, i), i))
		if (iachrp_match_in(c->f + k, iachrp_lex_plural_place,
		    NULL) == token_end(c->s, k, i) - k)
			return 1;
	/* "Miskitu communities of": a people's name, then the noun */
	for (; k < i; k = skip_spaces(c->s, token_end(c->s, k, i), i))
		if (!iachrp_is_upper_at(c->s + k))
			return iachrp_match_in(c->f + k,
			    iachrp_lex_plural_place, NULL) ==
			    token_end(c->s, k, i) - k;
	return 0;
}

/*
 * The end of the name that opens s[a, b) where a word that is no name's
 * nor a function word follows it, as a verb does ("A and B persists", "A y
 * B permanecen detenidos"); else b.
 */
static size_t
name_then_verb(const struct ctx *c, size_t a, size_t b)
{
	size_t i = a, e = a, t;

	while (i < b && (iachrp_is_upper_at(c->s + i) ||
	    word_then_space(c->f, i, name_particles) > 0)) {
		t = token_end(c->s, i, b);
		if (iachrp_is_upper_at(c->s + i))
			e = t;
		if (strchr(",;:.()", c->s[t - 1]) != NULL)
			return b;
		i = skip_spaces(c->s, t, b);
	}
	if (e == a || i >= b || !iachrp_is_alpha_at(c->f + i) ||
	    word_then_space(c->f, i, iachrp_lex_function_word) > 0 ||
	    word_then_space(c->f, i, of_words) > 0 ||
	    word_then_space(c->f, i, list_preps) > 0 ||
	    word_then_space(c->f, i, articles) > 0 ||
	    word_then_space(c->f, i, place_preps) > 0 ||
	    word_then_space(c->f, i, roles) > 0 ||
	    word_then_space(c->f, i, kin_words) > 0)
		return b;
	return e;
}

/*
 * Splits one comma segment at conjunctions: "X and the members of his
 * family", "X y de otras personas", "Aminta D'Cárdenas Soroa and Carlos
 * Manuel Álvarez"; keeps "Yanomami and Ye'kwana Indigenous Peoples",
 * "children and adolescents of the X people" and "Alternative for
 * Community and Environmental Vindication" whole.
 */
static void
segment(struct ctx *c, size_t a, size_t b)
{
	size_t i, n, k, g, e = a;

	/*
	 * ", artiste plasticien et membre du collectif X": an apposition
	 * that opens with a role describes the person before it, whole.
	 */
	while (e > 0 && c->s[e - 1] == ' ')
		e--;
	if (e > 0 && c->s[e - 1] == ',' && (n = role_len(c->f + a)) > 0 &&
	    !titled(c, a, b) && !iachrp_is_upper_at(c->s + skip_spaces(c->s,
	    a + n, b)))
		return;

	for (i = a; i < b; i++) {
		if (c->f[i] != ' ' || (n = word_then_space(c->f, i + 1,
		    conjunctions)) == 0)
			continue;
		k = i + 1 + n;
		k += label_len(c->s, k, b);
		/* Not inside a group's name: "comunidade indígena Guarani e
		 * Kaiowá do Tekoha Pyelito Rendy" */
		/* "los periodistas Rodrigo y Verónica X": a noun of persons
		 * in lower case says who they are, no group's name */
		if ((g = given_name_before(c, a, i)) < i && (!is_group(c, a,
		    i) || persons_noun_only(c, a, g)) &&
		    /* a given name opens the second: not "Tzoc y de Caal" */
		    iachrp_is_upper_at(c->s + k) &&
		    personal(c, k, next_conjunction(c, k, b))) {
			/* "Marcos and Valeria Torres": each with the surname. */
			size_t e = next_conjunction(c, k, b), sa;

			while (e > k && strchr(" ,;.", c->s[e - 1]) != NULL)
				e--;
			sa = skip_spaces(c->s, token_end(c->s, k, e), e);
			/*
			 * "Tatiane e Cláudio Henrique Moreira Lins": of three
			 * capitalised words or more after the first, the last
			 * two are the surnames, as a name of the region has
			 * two ("Luana e Letícia Ferreira da Silva").
			 */
			while (capitals(c->s, sa, e) >= 3)
				sa = skip_spaces(c->s, token_end(c->s, sa, e),
				    e);
			if (sa < e) {
				add_shared_surname(c, g, i, sa, e);
				a = k;
				i = k - 1;
				continue;
			}
		}
		if (word_then_space(c->f, k, list_preps) > 0 ||
		    word_then_space(c->f, k, articles) > 0 ||
		    /* "A y demás integrantes del Colectivo X" */
		    word_then_space(c->f, k, other_words) > 0 ||
		    iachrp_match_in(c->f + k, lower_starts, NULL) > 0 ||
		    /* "A e três jornalistas do jornal X": a counted set */
		    head_count(c, k, next_conjunction(c, k, b)) > 0 ||
		    (role_ahead(c, k, b) &&
		    titled(c, k, next_conjunction(c, k, b))) ||
		    (ends_personal(c, a, i) && !places_of_one_head(c, a, i) &&
		    (personal(c, k, name_then_verb(c, k,
		    next_conjunction(c, k, b))) ||
		    described_name_ahead(c, k, b)))) {
			entry(c, a, i);
			a = k;
			i = k - 1;
		}
	}
	entry(c, a, b);
}

/* The bytes of a closing quote at s that a space follows, or 0. */
static size_t
quote_then_space(const char *s)
{
	size_t n = strncmp(s, "\xe2\x80\x9d", 3) == 0 ? 3 : *s == '"' ? 1 : 0;

	return n > 0 && s[n] == ' ' ? n : 0;
}

/*
 * True when s[a, b), set off by commas after a group, names the people
 * the group belongs to ("the Native Community X, of the Shipibo-Konibo
 * people,"; "comunidade indígena X, do povo Guarani e Kaiowá,").
 */
static int
peoples_of_group(const struct ctx *c, size_t a, size_t b)
{
	size_t n = json_array_size(c->list);

	return n > 0 && strcmp(json_string_value(json_object_get(
	    json_array_get(c->list, n - 1), "kind")), "group") == 0 &&
	    word_then_space(c->f, a, of_words) > 0 &&
	    iachrp_contains(c->f, a, b, iachrp_lex_people_noun);
}

/*
 * True when s[a, b), set off by commas after a person, names where the
 * person works: an institution ("de la Fiscalía Especial contra la
 * Impunidad", "of the Supreme Court"), not a group of persons.
 */
static int
affiliation(const struct ctx *c, size_t a, size_t b)
{
	size_t n = json_array_size(c->list);
	const char *kind;

	if (n == 0)
		return 0;
	kind = json_string_value(json_object_get(json_array_get(c->list,
	    n - 1), "kind"));
	a += word_then_space(c->f, a, list_preps);
	a += word_then_space(c->f, a, articles);
	/* "de la station Radio X", "of the newspaper X" */
	if (word_then_space(c->f, a, media_nouns) > 0 &&
	    strcmp(kind, "person") == 0)
		return 1;
	return strcmp(kind, "person") == 0 && a < b &&
	    iachrp_is_upper_at(c->s + a) &&
	    (iachrp_contains(c->f, a, token_end(c->s, a, b),
	    institution_words) || iachrp_match_in(c->f + a, place_words,
	    NULL) > 0) && !iachrp_contains(c->f, a, b, membership);
}

/* True when s at a, set off by commas, says where: "del territorio X". */
static int
in_a_place(const struct ctx *c, size_t a)
{
	size_t n;

	if ((n = word_then_space(c->f, a, list_preps)) == 0)
		return 0;
	a += n;
	a += word_then_space(c->f, a, articles);
	return iachrp_match_in(c->f + a, place_nouns, NULL) > 0;
}

/*
 * True when s[a, b) is only capitalised words and conjunctions, and no
 * item is a person's name: "Ye'kwana e Munduruku", not "Claudia Ortega
 * Ríos and Iván Saldaña Medina"; after a plural noun of places (places),
 * items of several words too: "Tekoha Itá Poty e Tekoha Ñande Ru Rendy".
 */
static int
name_list_tail(const struct ctx *c, size_t a, size_t b, int places)
{
	size_t i, e, item = a;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		if (iachrp_match_in(c->f + i, conjunctions, NULL) == e - i) {
			if (!places && personal(c, item, i))
				return 0;
			item = skip_spaces(c->s, e, b);
			continue;
		}
		if (!iachrp_is_upper_at(c->s + i))
			return 0;
	}
	return places || !personal(c, item, b);
}

/*
 * "niños, niñas y adolescentes de las comunidades Wayuu", "women, men
 * and children of the X people", "15 niñas, niños y adolescentes
 * migrantes alojados en la Estación Migratoria Siglo XXI": common nouns
 * listed before "of" and a group, or before a name, are one group.
 * Returns where "of" or the name is, or a when s[a, b) does not start so.
 */
static size_t
nouns_of_group(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, k, nouns = 0;
	int joined = 0;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		/* "... migrantes alojados en la Estación Migratoria Siglo XXI" */
		if (iachrp_is_upper_at(c->s + i))
			return nouns >= 2 && joined ? i : a;
		/* A head count: "15 niñas, niños y adolescentes" */
		if (nouns == 0 && c->s[i] >= '0' && c->s[i] <= '9')
			continue;
		if (iachrp_match_in(c->f + i, of_words, NULL) == e - i) {
			k = skip_spaces(c->s, e, b);
			k += word_then_space(c->f, k, articles);
			if (nouns >= 2 && joined && k < b &&
			    iachrp_match_in(c->f + k, group_nouns, NULL) > 0)
				return i;
			return a;
		}
		if (iachrp_match_in(c->f + i, conjunctions, NULL) == e - i) {
			joined = 1;
			continue;
		}
		if (nouns == 0 && word_then_space(c->f, i, articles) > 0)
			continue;
		if (c->s[e - 1] == ',')
			joined = 1;
		else if (!joined && nouns > 0)
			return a;	/* two words in a row: no list */
		nouns++;
	}
	return a;
}

/*
 * True when the last person of s[a, b) is told by kin or role alone,
 * the name to follow: "Daymí Reyes Fonseca y del hijo de esta", "e de
 * sua liderança espiritual".
 */
static int
ends_with_kin(const struct ctx *c, size_t a, size_t b)
{
	size_t i, last = a;

	for (i = a; i < b; i = skip_spaces(c->s, token_end(c->s, i, b), b))
		if (word_then_space(c->f, i, conjunctions) > 0)
			last = i;
	return capitals(c->s, last, b) == 0 &&
	    (iachrp_contains(c->f, last, b, kin_words) ||
	    (iachrp_contains(c->f, last, b, possessives) &&
	    iachrp_contains(c->f, last, b, roles)));
}

/*
 * Where the names of s[a, b) start past a naming cue before them
 * ("crianças identificadas pelas iniciais A e B"); a when there is none.
 */
size_t
named_from(const struct ctx *c, size_t a, size_t b)
{
	size_t i, m;

	for (i = a; i < b; i++) {
		/* past an acronym: "personnes LGBTI dont l'identité ..." */
		if ((i == a || c->s[i - 1] == ' ') &&
		    iachrp_is_upper_at(c->s + i)) {
			if (!has_acronym(c->s, i, token_end(c->s, i, b)))
				break;
			i = token_end(c->s, i, b);
			continue;
		}
		if ((i == a || c->s[i - 1] == ' ') &&
		    (m = iachrp_match_in(c->f + i, naming_cues, NULL)) > 0)
			return skip_spaces(c->s, i + m, b);
	}
	return a;
}

/*
 * True when s[k, b) names, one by one, as many persons as the head count
 * of the set s[a, i) before it counts: "two journalists of the daily El
 * Vigía, Claudia Ortega Ríos and Iván Saldaña Medina".  The names are
 * the entries, not the set.
 */
static int
counted_persons_follow(const struct ctx *c, size_t a, size_t i, size_t k,
    size_t b)
{
	int count = head_count(c, a, i), persons = 0, apposed = 0;
	size_t e, n, joined;

	if (count < 2)
		return 0;
	while (k < b) {
		joined = word_then_space(c->f, k, conjunctions);
		k += joined;
		e = next_conjunction(c, k, b);
		for (n = k; n < e && !(c->s[n] == ',' && c->s[n + 1] == ' ');
		    n++)
			;
		/*
		 * "A, field investigator, and B, lawyer of the organization":
		 * words in lower case right after a name say who that is.
		 */
		if (!personal(c, k, n) && joined == 0 && persons > apposed &&
		    iachrp_is_alpha_at(c->s + k) && !iachrp_is_upper_at(c->s + k))
			apposed = persons;
		else if (!personal(c, k, n) || ++persons > count)
			return 0;
		k = skip_spaces(c->s, n + (n < b && c->s[n] == ','), b);
	}
	return persons == count;
}

/* Cuts the phrase s[a, b) at commas and hands out the entries. */
void
phrase(struct ctx *c, size_t a, size_t b)
{
	size_t start, i, k, n, m, nouns, given[8][2], ngiven = 0, g, e, q, ra,
	    rb;
	int first = 1, kinship = 0, placed = 0, respective = 0;

	a = named_from(c, a, b);
	start = a;
	nouns = nouns_of_group(c, a, b);
	c->surname_a = c->surname_b = 0;

	for (i = a; i <= b; i++) {
		/*
		 * "A (coordenadora da associação, 58 anos), B": the commas
		 * of a description in brackets cut nothing.
		 */
		if (i < b && c->s[i] == '(' && i > a && c->s[i - 1] == ' ' &&
		    !iachrp_is_upper_at(c->s + i + 1)) {
			for (k = i + 1; k < b && k < i + 120 && c->s[k] != ')' &&
			    c->s[k] != '('; k++)
				;
			if (k < b && c->s[k] == ')') {
				i = k;
				continue;
			}
		}
		/* "the host of "Segovia al Día," X": the quote's comma */
		q = i < b && c->s[i] == ',' ? quote_then_space(c->s + i + 1) :
		    0;
		if (i < b && !(c->s[i] == ',' && (c->s[i + 1] == ' ' || q > 0)))
			continue;
		if (i < nouns)
			continue;
		k = skip_spaces(c->s, i + 1 + q, b);
		if (i < b && is_group(c, start, i) && name_list_tail(c, k,
		    token_end(c->s, k, b), 0)) {
			/* "povos Yanomami, Ye'kwana e Munduruku": one entry. */
			size_t j = k;
			int places = places_of_one_head(c, start, i);

			while (j < b && !(c->s[j] == ',' && c->s[j + 1] == ' '))
				j++;
			if (name_list_tail(c, k, j, places)) {
				i = j - 1;
				continue;
			}
		}
		/*
		 * "sus hijos Dayana, Kevin y Samuel Cuesta Mosquera": a given
		 * name alone before a comma takes the surname the list's last
		 * names share.
		 */
		e = i < b ? i : b;
		while (e > start && strchr(" .", c->s[e - 1]) != NULL)
			e--;
		if (i < b && ngiven < 8 &&
		    (g = given_name_before(c, start, e)) < e &&
		    given_name_only(c, g, e) && (kinship || ngiven > 0 ||
		    (iachrp_contains(c->f, start, e, kin_words) &&
		    /* not "las familias de la comunidad Las Pacayas,";
		     * "leurs enfants Norman," */
		    (!is_group(c, start, e) || (kin_before(c, g) &&
		    !iachrp_contains(c->f, start, g, family_words)))))) {
			/* "A y sus hijos B, C y D X": A before them */
			if (first && capitals(c->s, start, g) > 0)
				segment(c, start, g);
			given[ngiven][0] = g;
			given[ngiven++][1] = e;
		} else if (first && i < b && counted_persons_follow(c, start,
		    i, k, b))
			;	/* the set's members are named next */
		else if (i < b && role_of_next(c, start, i, k, b))
			placed = 0;	/* "la gobernadora del resguardo X, A" */
		else if (first) {
			segment(c, start, i < b ? i : b);
			kinship = ends_with_kin(c, start, i < b ? i : b);
		} else {
			size_t s0 = start;

			n = word_then_space(c->f, s0, conjunctions);
			s0 += n;
			s0 += label_len(c->s, s0, b);
			k = s0 + word_then_space(c->f, s0, articles);
			k += word_then_space(c->f, k, possessives);
			/* "A and B, president and secretary, respectively,
			 * of the Council X": the roles' affiliation */
			if (respective) {
				respective = 0;
				if (word_then_space(c->f, s0, of_words) > 0) {
					/* and what places it: ", Diócesis de
					 * Estelí," */
					placed = 1;
					first = 0;
					start = i + 2 + q;
					i += 1 + q;
					continue;
				}
			}
			if (n == 0 && (iachrp_match_in(c->f + s0,
			    iachrp_lex_nickname_cue, NULL) > 0 ||
			    nickname_given(c, s0, i < b ? i : b)))
				;	/* "A, conocido como "El Chino"" */
			else if (n == 0 && defined_name(c, s0, i < b ? i : b,
			    &ra, &rb))
				/* "... sus dos hijos, en adelante "la familia
				 * X"": the set's name */
				add_entry(c, ra, rb, 1);
			else if (token_end(c->s, s0, i < b ? i : b) ==
			    (i < b ? i : b) && iachrp_match_in(c->f + s0,
			    respectively_words, NULL) == (i < b ? i : b) - s0)
				respective = 1;
			else if ((m = named_from(c, s0, i < b ? i : b)) > s0 ||
			    (m = s0 + among_cue_at(c, s0)) > s0) {
				/*
				 * "..., entre ellos la lideresa X y ...", "...,
				 * as crianças identificadas pelas iniciais A e B"
				 */
				segment(c, m, i < b ? i : b);
				placed = 0;
			}
			else if (n == 0 && affiliation(c, s0, i < b ? i : b))
				;	/* "X, de la Fiscalía Especial, ..." */
			else if (n == 0 && peoples_of_group(c, s0,
			    i < b ? i : b))
				;	/* "Community X, of the Y people, ..." */
			else if (n == 0 && in_a_place(c, s0))
				;	/* "..., del territorio indígena X" */
			else if (n == 0 && (placed || word_then_space(c->f,
			    s0, location_words) > 0))
				/* "..., localizada no município de X, Y, ..." */
				placed = 1;
			else if (n == 0 && kinship &&
			    word_then_space(c->f, s0, of_words) > 0)
				;	/* "A y B, hija y yerno, de la periodista X" */
			else if (n > 0 && verb_clause(c, s0, i < b ? i : b))
				;	/* "..., and to report to the Commission" */
			else if (n == 0 && word_then_space(c->f, s0,
			    iachrp_lex_indefinite) > 0 && is_group(c, s0,
			    i < b ? i : b))
				;	/* "the X Community, an Afro-descendant
					 * community of some 340 families" */
			else if (n > 0 || iachrp_is_upper_at(c->s + s0) ||
			    /* "..., reporter covering Miskitu communities"
			     * describes the person before it */
			    (word_then_space(c->f, k, roles) > 0 &&
			    name_soon(c, k, i < b ? i : b)) ||
			    /* "..., le dirigeant paysan B et la ..." */
			    (k > s0 && described_name_ahead(c, k,
			    i < b ? i : b)) ||
			    (word_then_space(c->f, s0, list_preps) > 0 &&
			    !(c->lang == IACHRP_EN &&
			    word_then_space(c->f, s0, articles) > 0)) ||
			    (kinship && capitals(c->s, s0, i < b ? i : b) > 0) ||
			    ((word_then_space(c->f, s0, possessives) > 0 ||
			    word_then_space(c->f, s0, articles) > 0) &&
			    iachrp_contains(c->f, s0, i < b ? i : b,
			    kin_words) && capitals(c->s, s0, i < b ? i : b) > 0)) {
				/*
				 * "del hijo de esta, el niño A.L.C.R., de 9
				 * años", "A, son épouse B et leur fils C",
				 * "A, los hermanos B y C Riascos Angulo"
				 */
				segment(c, start, i < b ? i : b);
				kinship = ends_with_kin(c, s0, i < b ? i : b);
				placed = 0;
			} else if (k > s0 && iachrp_contains(c->f, s0,
			    i < b ? i : b, kin_words))
				kinship = 1;	/* "..., su esposo, B" */
			/* "A y B, hermanos, comerciantes de X": what they are */
			/* else a description set off by commas */
		}
		first = 0;
		start = i + 2 + q;
		i += 1 + q;
	}
	for (k = 0; k < ngiven && c->surname_b > c->surname_a; k++)
		add_shared_surname(c, given[k][0], given[k][1], c->surname_a,
		    c->surname_b);
}
