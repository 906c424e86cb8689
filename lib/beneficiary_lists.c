/*
 * Beneficiaries named outside the decision sentence: in a list of names,
 * in a later paragraph that names the members of a set, in the requested
 * measures, and the persons named in a paragraph.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "beneficiaries.h"

/* Where an item's text starts after its label ("1.", "a)", "•"), or 0. */
size_t
item_start(const char *s)
{
	size_t i = 0;

	/* "• ", "– ", "— ", "▪ " */
	if (strncmp(s, "\xe2\x80\xa2 ", 4) == 0 ||
	    strncmp(s, "\xe2\x80\x93 ", 4) == 0 ||
	    strncmp(s, "\xe2\x80\x94 ", 4) == 0 ||
	    strncmp(s, "\xe2\x96\xaa ", 4) == 0)
		return 4;
	if ((s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return 2;
	if (s[i] == '(')
		i++;
	while (i < 4 && ((s[i] >= '0' && s[i] <= '9') ||
	    (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
		i++;
	if (i == 0 || (s[i] != ')' && s[i] != '.'))
		return 0;
	i++;
	if (s[i] == '-')
		i++;
	return s[i] == ' ' ? i + 1 : 0;
}

/* True when s[a, b) ends with initials and their last period: "D.S.B." */
int
initials_end(const char *s, size_t a, size_t b)
{
	size_t k = b;

	if (b == a || s[b - 1] != '.')
		return 0;
	while (k > a && s[k - 1] != ' ')
		k--;
	return is_initials(s, k, b);
}

/*
 * True when paragraph q, read through c, is a line of a list with no
 * label that opens with a person's name: "Nelson Pacheco Urdaneta, chef
 * de la rubrique politique ;".
 */
static int
name_line(const struct ctx *c, const struct iachrp_para *q)
{
	return q->len <= 200 && strstr(q->s, ". ") == NULL &&
	    persons_follow(c, 0, q->len);
}

/*
 * Where an item that ends with a description in brackets ends without
 * it: "1. Rosalina Aquino Benites (rezadora e guardiã da casa de reza, 71
 * anos)" is the name; "2. A (14)" too. Else b.
 */
static size_t
described_item_end(const struct iachrp_para *q, size_t a, size_t b)
{
	size_t k;

	if (b == a || q->s[b - 1] != ')')
		return b;
	for (k = a; k + 2 < b && !(q->s[k] == ' ' && q->s[k + 1] == '(');
	    k++)
		;
	if (k + 2 >= b || k == a || iachrp_is_upper_at(q->s + k + 2) ||
	    memchr(q->s + k + 2, '(', b - k - 2) != NULL)
		return b;
	return k;
}

/*
 * "a favor de las siguientes personas:" then one item per paragraph:
 * each item is an entry of the list; with cued, only the items with a
 * cue of the persons protected.
 */
void
listed(struct ctx *c, const struct iachrp_doc *doc, size_t at, int cued)
{
	size_t j, a, b, n;

	for (j = at + 1; j < doc->npara; j++) {
		const struct iachrp_para *q = &doc->para[j];

		if (q->kind == IACHRP_FURNITURE)
			continue;
		if (q->kind != IACHRP_BODY)
			break;
		c->s = q->s;
		c->f = q->f;
		if ((a = item_start(q->s)) == 0 && !name_line(c, q))
			break;
		if (cued && !iachrp_contains(q->f, a, q->len, strong_cues))
			continue;
		b = q->len;
		for (;;) {
			while (b > a && strchr(" ,;.", q->s[b - 1]) != NULL &&
			    !initials_end(q->s, a, b))
				b--;
			n = b;
			while (n > a && q->s[n - 1] != ' ')
				n--;
			if (n <= a || iachrp_match_in(q->f + n, conjunctions,
			    NULL) != b - n)
				break;
			b = n;
		}
		phrase(c, a, described_item_end(q, a, b));
	}
}

/*
 * A list in s[at, to) whose parts, cut with semicolons, may open with a
 * heading of their own: "1) relatives of X: her mother, A; her sisters,
 * B and C; 2) a relative of Y: his brother, D".  The headings name whom
 * the persons are related to; the parts are read as phrases.
 */
static void
headed_list(struct ctx *c, size_t at, size_t to)
{
	size_t end, k;

	while (at < to) {
		end = phrase_end(c, at, to);
		/* "1) familiares de X — sua mãe, A": a heading, then a dash */
		for (k = at; k + 5 <= end; k++)
			if (c->s[k] == ' ' && (strncmp(c->s + k + 1,
			    "\xe2\x80\x94 ", 4) == 0 || strncmp(c->s + k + 1,
			    "\xe2\x80\x93 ", 4) == 0)) {
				at = k + 5;
				break;
			}
		if (end < to && c->s[end] == ':')
			;	/* a heading */
		else if (end > at)
			phrase(c, at, end);
		at = skip_spaces(c->s, end + 1, to);
	}
}

/*
 * When a sentence opens at word v of p with "Se trata de", "They are",
 * "Il s'agit de": where the names after it start, or 0; *to is then
 * where the sentence ends.
 */
static size_t
naming_opened(const struct iachrp_para *p, size_t v, size_t *to)
{
	size_t m;

	if ((v != 0 && (v < 2 || p->s[v - 2] != '.')) ||
	    (m = iachrp_match_in(p->f + v, naming_openers, NULL)) == 0)
		return 0;
	*to = iachrp_sentence_end(p->s, v);
	return skip_spaces(p->f, v + m + (p->f[v + m] == ':'), *to);
}

/*
 * True when p ends with a verb of resolving and its colon ("la CIDH
 * resolvió:", "the IACHR decided:"): the list after it is the decision's.
 */
static int
resolves_list(const struct iachrp_para *p)
{
	size_t e = p->len - 1, k;

	while (e > 0 && p->s[e - 1] == ' ')	/* "a décidé :" */
		e--;
	for (k = e; k > 0 && p->s[k - 1] != ' '; k--)
		;
	return e > k && iachrp_match_in(p->f + k, iachrp_lex_resolve_verb,
	    NULL) == e - k;
}

/*
 * Where the lead names no one: its list when it ends with a colon, else
 * the first later paragraph that names them, after the beneficiaries'
 * noun ("The proposed beneficiary, X, is") or a decision ("decided to
 * extend the measures to X").
 */
void
later(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	size_t i, k, n, m, at, end;
	int kind, told;
	/* an extension's own year: one told of an earlier year is another */
	int year = c->dec->sentence.para >= 0 ? latest_year(
	    doc->para[c->dec->sentence.para].f, c->dec->sentence.start,
	    c->dec->sentence.end) : 0;

	/*
	 * "a favor de las siguientes personas:", one name an item; after
	 * "la CIDH resolvió:", the items are what it resolves: those that
	 * name whom they protect ("Mantener vigentes las medidas ... a
	 * favor de A"), not "Requerir al Estado que informe a la Comisión"
	 */
	if (doc->para[lead].len > 0 &&
	    doc->para[lead].s[doc->para[lead].len - 1] == ':') {
		listed(c, doc, lead, resolves_list(&doc->para[lead]));
		return;
	}
	for (i = lead; i < doc->npara && json_array_size(c->list) == 0;
	    i++) {
		const struct iachrp_para *p = &doc->para[i];
		size_t from, to;

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		for (k = 0; k < p->nword; k++) {
			at = p->word[k];
			/* "Se trata de la periodista A y de su hija B" */
			if ((n = naming_opened(p, at, &to)) > 0) {
				target(c, n, to);
				continue;
			}
			if ((n = iachrp_match_in(p->f + at, beneficiary_nouns,
			    NULL)) == 0 || kin_of_noun(c, at))
				continue;
			at += n;
			to = iachrp_sentence_end(p->s, at);
			if (p->f[at] == ':') {
				/* "identified as beneficiaries: 1) ..." */
				headed_list(c, skip_spaces(p->s, at + 1, to), to);
				continue;
			}
			if (p->f[at] == ',' &&
			    !iachrp_is_upper_at(c->s + skip_spaces(p->f,
			    at + 1, to))) {
				/* "Les bénéficiaires, dont ..., sont X" */
				for (at++; at < to && p->f[at] != ','; at++)
					;
				if (at < to)
					at++;
			}
			if (p->f[at] == ',') {
				/* An apposition: "beneficiary, X, is" */
				at = skip_spaces(p->f, at + 1, to);
				for (end = at; end < to && p->f[end] != ',';
				    end++)
					;
			} else if (p->f[at] == ' ' && ((m = word_then_space(
			    p->f, at + 1, naming_verbs)) > 0 || ((m =
			    iachrp_match_in(p->f + at + 1, naming_verbs,
			    NULL)) > 0 && p->f[at + 1 + m] == ':'))) {
				/* "The beneficiaries are: A, ...; B, ..." */
				at = skip_spaces(p->f, at + 1 + m +
				    (p->f[at + 1 + m] == ':'), to);
				end = phrase_end(c, at, to);
				/*
				 * "The beneficiaries are the members of the X
				 * Community, ..., among them its governor, A"
				 */
				if (!iachrp_is_upper_at(c->s + at) &&
				    capitals(c->s, at, end) > 0 &&
				    is_group(c, at, end)) {
					/*
					 * Not "Les bénéficiaires sont membres
					 * du Comité X": where they belong
					 */
					if (iachrp_match_in(c->f + at,
					    membership, NULL) == 0)
						target(c, at, to);
					continue;
				}
			} else
				continue;
			/*
			 * A name, not "are at risk", "is 19 years old" nor
			 * "integrantes de una organización".
			 */
			if (end > at && iachrp_is_upper_at(c->s + at))
				target(c, at, to);	/* "A, ...; B, ...; and C" */
		}
		for (from = 0; from < p->len &&
		    json_array_size(c->list) == 0; from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			/*
			 * A refusal names no one protected; nor, for an
			 * extension or a lift, the grant it tells with its
			 * year ("When the Commission granted the measures on
			 * December 20, 2013, it asked ... to protect X").
			 */
			if ((at = iachrp_first_decision(doc, p->f, from, to,
			    &kind)) != (size_t)-1 && kind != IACHRP_REJECT &&
			    !(kind == IACHRP_GRANT && (c->extends ||
			    c->lifts != 0) && dated(p->f, from, to)) &&
			    !(kind == IACHRP_EXTENSION && c->extends &&
			    (told = latest_year(p->f, from, to)) > 0 &&
			    told < year)) {
				from_sentence(c, from, at, to);
				/* "en relación con A y B, ..., por lo que resolvió
				 * levantar la medida a su respecto" */
				if (json_array_size(c->list) == 0 &&
				    iachrp_contains(p->f, at, to,
				    iachrp_lex_them_word))
					from_cues(c, from, at);
			}
		}
	}
}

/* True when f[from, to) holds a year: the sentence tells an earlier act. */
int
dated(const char *f, size_t from, size_t to)
{
	size_t i;

	for (i = from; i + 4 <= to; i++)
		if ((f[i] == '1' || f[i] == '2') && f[i + 1] >= '0' &&
		    f[i + 1] <= '9' && f[i + 2] >= '0' && f[i + 2] <= '9' &&
		    f[i + 3] >= '0' && f[i + 3] <= '9')
			return 1;
	return 0;
}

/* Where the sentence of paragraph p that holds offset at starts. */
size_t
sentence_start(const struct iachrp_para *p, size_t at)
{
	size_t from = 0, k;

	while ((k = iachrp_sentence_end(p->s, from)) < at && k < p->len)
		from = (size_t)(iachrp_skip_space(p->s + k) - p->s);
	return from;
}

/* True when the resolution took a decision of kind, a lift either way. */
static int
took(const struct ctx *c, int kind)
{
	int i;

	for (i = 0; i < c->dec->n; i++)
		if (c->dec->decisions[i] == kind ||
		    (kind == IACHRP_LIFT && c->lifts != 0))
			return 1;
	return 0;
}

/*
 * Later paragraphs that tell a further decision with a verb of deciding
 * and no date ("decided to extend the measures to X"): their persons, and
 * those of the sentence's other decisions the resolution took.
 */
void
further_decisions(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	size_t i, k, n, to, at;
	int kind;

	for (i = lead + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (k = 0; k < p->nword; k++) {
			if ((n = iachrp_match_in(p->f + p->word[k],
			    deciding_cues, NULL)) == 0)
				continue;
			to = iachrp_sentence_end(p->s, p->word[k]);
			at = iachrp_first_decision(doc, p->f, p->word[k] + n,
			    to, &kind);
			/*
			 * The decision right after the cue, or opening a part
			 * of its series ("resolvió mantener vigentes las
			 * medidas, ampliarlas a favor de A"). A refusal names
			 * no one protected; a year in the sentence, an earlier
			 * act.
			 */
			if (at == (size_t)-1 || (at > p->word[k] + n + 2 &&
			    (p->f[at - 1] != ' ' || p->f[at - 2] != ',')) ||
			    kind == IACHRP_REJECT || dated(p->f,
			    sentence_start(p, p->word[k]), to))
				continue;
			c->s = p->s;
			c->f = p->f;
			from_sentence(c, p->word[k], at, to);
			/*
			 * The sentence's other decisions the resolution took:
			 * "resolvió mantener vigentes las medidas, ampliarlas
			 * a favor de A y B, y requerir al Estado ..."
			 */
			while ((at = iachrp_first_decision(doc, p->f, at + 1,
			    to, &kind)) != (size_t)-1 && kind != IACHRP_REJECT)
				if (took(c, kind))
					from_sentence(c, p->word[k], at, to);
		}
	}
}

/*
 * The items of the operative part ("The IACHR therefore resolved:" and
 * "2. To lift the precautionary measures with respect to A and B") that
 * open with a decision the resolution took: their persons.
 */
void
operative_items(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	size_t i, n, at;
	int kind, operative = 0;

	for (i = lead + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		if ((n = item_start(p->s)) == 0) {
			operative = p->len > 0 && p->s[p->len - 1] == ':' &&
			    iachrp_contains(p->f, sentence_start(p, p->len - 1),
			    p->len, iachrp_lex_resolve_verb);
			continue;
		}
		/* The decision opens the item: "To lift", "Levantar". */
		at = iachrp_first_decision(doc, p->f, n, p->len, &kind);
		if (!operative || at == (size_t)-1 || at > n + 4 ||
		    kind == IACHRP_REJECT || !took(c, kind))
			continue;
		c->s = p->s;
		c->f = p->f;
		from_sentence(c, n, at, p->len);
	}
}

/* True when s[a, b) holds a word in capitals: "CIDH", "OEA". */
int
has_acronym(const char *s, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z') {
			if (++n >= 2)
				return 1;
		} else
			n = 0;
	}
	return 0;
}

/*
 * True when one of s[a, b) and t holds every word of the other, two at
 * least, or when they are the same one word ("R.J.P.", "R.J.P").
 */
int
same_person(const char *s, size_t a, size_t b, const char *t)
{
	const char *x = s + a, *y = t;
	size_t xn = b - a, yn = strlen(t), i, e, words = 0;

	/* one word each, a final stop aside: "R.A.J.-B" and "R.A.J.-B." */
	if (memchr(x, ' ', xn) == NULL && memchr(y, ' ', yn) == NULL) {
		while (xn > 0 && x[xn - 1] == '.')
			xn--;
		while (yn > 0 && y[yn - 1] == '.')
			yn--;
		return xn > 0 && xn == yn && memcmp(x, y, xn) == 0;
	}
	if (xn > yn) {
		const char *z = x;
		size_t zn = xn;

		x = y;
		xn = yn;
		y = z;
		yn = zn;
	}
	for (i = 0; i < xn; i = e + 1) {
		const char *w;
		int found = 0;

		for (e = i; e < xn && x[e] != ' '; e++)
			;
		for (w = y; (w = memchr(w, x[i], yn - (size_t)(w - y))) !=
		    NULL; w++) {
			if ((w == y || w[-1] == ' ') &&
			    (size_t)(w - y) + (e - i) <= yn &&
			    memcmp(w, x + i, e - i) == 0 &&
			    ((size_t)(w - y) + (e - i) == yn ||
			    w[e - i] == ' ')) {
				found = 1;
				break;
			}
		}
		if (!found)
			return 0;
		words++;
	}
	return words >= 2;
}

/*
 * True when the run s[a, b) is the end of a longer name, an
 * institution's ("the Directorate of Judicial Assistance (DAJ)", "the
 * Center for Legal Assistance to Rural Workers"): after "of" or "for"
 * and a capitalised word, or before an acronym in brackets.
 */
static int
part_of_a_name(const struct ctx *c, size_t a, size_t b)
{
	size_t k = a, e, end = b + strnlen(c->s + b, 14);

	if (end > b + 2 && c->s[b] == ' ' && c->s[b + 1] == '(' &&
	    has_acronym(c->s, b + 2, token_end(c->s, b + 2, end)))
		return 1;
	while (k > 0 && c->s[k - 1] == ' ')
		k--;
	e = k;
	while (k > 0 && c->s[k - 1] != ' ')
		k--;
	if (k == e || (iachrp_match_in(c->f + k, of_words, NULL) != e - k &&
	    iachrp_match_in(c->f + k, iachrp_lex_name_link, NULL) != e - k))
		return 0;
	while (k > 0 && c->s[k - 1] == ' ')
		k--;
	while (k > 0 && c->s[k - 1] != ' ')
		k--;
	return iachrp_is_upper_at(c->s + k);
}

/* True when t[a, b) names a person who is an entry already. */
int
entry_named(const struct ctx *c, const char *t, size_t a, size_t b)
{
	size_t i;
	const json_t *v;

	json_array_foreach(c->list, i, v)
		if (same_person(t, a, b, json_string_value(
		    json_object_get(v, "name"))))
			return 1;
	return 0;
}

/* True when s[a, b) names a person who is an entry already. */
int
an_entry(const struct ctx *c, size_t a, size_t b)
{
	return entry_named(c, c->s, a, b);
}

/* True when a role and "of" stand right before s[a]: "la exmagistrada del". */
static int
role_of_before(const struct ctx *c, size_t a)
{
	size_t e = a, t = word_before(c, 0, &e), e2, t2;

	if (t >= e || !word_is(c, t, e, of_words, IACHRP_NCUES(of_words)))
		return 0;
	e2 = t;
	t2 = word_before(c, 0, &e2);
	return t2 < e2 && role_len(c->f + t2) == e2 - t2;
}

/*
 * True when s[a, b) opens with a short word and a month: "In January",
 * "En Mayo" at a sentence's start are a date, no person.
 */
static int
month_after_prep(const struct iachrp_para *p, size_t a, size_t b)
{
	size_t e = token_end(p->s, a, b), k = skip_spaces(p->s, e, b), i;

	return e - a <= 3 && k < b && iachrp_pair_in(p->f + k,
	    iachrp_lex_month, &i) == token_end(p->s, k, b) - k;
}

/*
 * True when the name at a closes a list of places after their plural
 * noun: "comunidades nativas Shebonal y Alto Caimito", "the communities
 * of A and B".
 */
static int
place_list_item(const struct ctx *c, size_t a)
{
	size_t e = a, t;
	int words;

	/* the conjunction, then the names and words back to the noun */
	if ((t = word_before(c, 0, &e)) >= e ||
	    iachrp_match_in(c->f + t, conjunctions, NULL) != e - t)
		return 0;
	for (e = t, words = 0; words < 8 && (t = word_before(c, 0, &e)) < e;
	    words++, e = t) {
		if (strchr(",;:", c->s[e - 1]) != NULL)
			return 0;
		if (iachrp_match_in(c->f + t, iachrp_lex_plural_place, NULL) ==
		    e - t)
			return 1;
	}
	return 0;
}

/* True when an em or en dash starts at s, which no name holds. */
static int
dash_glued(const char *s)
{
	return strncmp(s, "\xe2\x80\x94", 3) == 0 ||
	    strncmp(s, "\xe2\x80\x93", 3) == 0;
}

/*
 * The persons named in paragraph p, in order, each once, into names:
 * runs of two capitalised words or more, with particles inside ("Willem
 * Frederik de Rhoodes"), that name no group, State or institution.
 */
void
person_names(struct ctx *c, const struct iachrp_para *p, json_t *names)
{
	size_t i = 0, e, j, a, b, k;
	json_t *v;
	int words;

	c->s = p->s;
	c->f = p->f;
	while (i < p->len) {
		e = token_end(p->s, i, p->len);
		if (!iachrp_is_upper_at(p->s + i)) {
			/* "beneficiaries—Wilmer Antonio": the name after it */
			for (k = i; k + 3 < e && !(dash_glued(p->s + k) &&
			    iachrp_is_upper_at(p->s + k + 3)); k++)
				;
			i = k + 3 < e ? k + 3 : skip_spaces(p->s, e, p->len);
			continue;
		}
		a = i;
		b = e;
		words = 1;
		for (j = skip_spaces(p->s, e, p->len); j < p->len &&
		    strchr(",;:.)", p->s[b - 1]) == NULL; j = skip_spaces(
		    p->s, e, p->len)) {
			e = token_end(p->s, j, p->len);
			if (iachrp_is_upper_at(p->s + j)) {
				b = e;
				words++;
			} else if (opening_quote(p->s + j) > 0 &&
			    iachrp_is_upper_at(p->s + j + opening_quote(
			    p->s + j)) && strchr(",;:.)", p->s[e - 1]) ==
			    NULL) {
				/* a nickname inside: Luis Alfonso "Cheo" Parra */
				b = e;
			} else if (iachrp_match_in(p->f + j, name_particles,
			    NULL) != e - j)
				break;
		}
		i = skip_spaces(p->s, b, p->len);
		/* "... and Santos Rigoberto Mejía—are": a dash ends a name */
		for (k = a; k + 3 <= b; k++)
			if (dash_glued(p->s + k)) {
				i = k + 3;
				b = k;
				break;
			}
		while (b > a && strchr(",;:.)", p->s[b - 1]) != NULL)
			b--;
		b = without_possessive(p->s, a, b);
		/*
		 * "The", "Dr.", "On" of "On April 12" and "Regarding" opening
		 * a sentence
		 */
		while ((k = word_then_space(p->f, a, articles)) > 0 ||
		    (k = word_then_space(p->f, a, roles)) > 0 ||
		    (k = word_then_space(p->f, a, date_preps)) > 0 ||
		    (k = word_then_space(p->f, a, iachrp_lex_topic_prep)) > 0) {
			a += k;
			words--;
		}
		/* "les Honduriens Walter López": a nationality first. */
		if (iachrp_state_at(p->f + a, &e) >= 0) {
			a = skip_spaces(p->s, token_end(p->s, a, b), b);
			words--;
		}
		/*
		 * "la exmagistrada del Consejo Supremo Electoral Ligia
		 * Aráuz": a person last, after a role's institution; not "the
		 * Hospital Escuela Oscar Danilo Rosales", named after one
		 */
		if (role_of_before(c, a) && (k = after_institution(c, a, b)) >
		    a) {
			a = k;
			words = (int)capitals(p->s, a, b);
		}
		if (words < 2 || is_group(c, a, b) ||
		    has_acronym(p->s, a, b) ||
		    /* "In January 2025": a date */
		    month_after_prep(p, a, b) ||
		    /* "Minera Andes del Napo S.A.", a company */
		    iachrp_contains(p->f, a, b + (p->s[b] == '.'),
		    iachrp_lex_company_suffix) ||
		    iachrp_contains(p->f, a, b, institution_words) ||
		    /* "In Resolution 34/2023, adopted on May 22" */
		    iachrp_contains(p->f, a, b, iachrp_lex_resolution_cue) ||
		    iachrp_match_in(p->f + a, place_words, NULL) > 0 ||
		    after_place_prep(c, 0, a) || (iachrp_region_at(p->s + a,
		    p->f + a, &k) >= 0 && k == b - a) ||
		    /* "comunidades nativas Shebonal y Alto Caimito" */
		    place_list_item(c, a))
			continue;
		for (k = a; k < b; k = skip_spaces(p->s, token_end(p->s, k,
		    b), b))
			if (iachrp_state_at(p->f + k, &e) >= 0)
				break;
		if (k < b)
			continue;
		json_array_foreach(names, k, v)
			if (same_person(p->s, a, b, json_string_value(v)))
				break;
		/*
		 * Nor one an entry is already, nor one of another measure
		 * ("Rolando Téllez Bustos (PM 1020-18)"): the set is of
		 * others.
		 */
		if (k == json_array_size(names) && !an_entry(c, a, b) &&
		    !(p->s[b] == ' ' && p->s[b + 1] == '(' &&
		    iachrp_match_in(p->f + b + 2, iachrp_lex_measure_cue,
		    NULL) > 0) && !part_of_a_name(c, a, b))
			iachrp_append(c->doc, names, json_stringn(p->s + a,
			    b - a));
	}
}

/*
 * A sentence after the lead that lists the persons by name: "The persons
 * added to the measures are: 1) A, 2) B and 3) C", "Las personas
 * beneficiarias son A y B".  Their names into names; with entries, the
 * entries themselves, groups kept as groups ("...; and the X family").
 */
void
named_list(struct ctx *c, const struct iachrp_doc *doc, json_t *names,
    int entries)
{
	struct ctx scratch;
	size_t i, k, j, m, at, to, v;

	if (doc->lead < 0)
		return;
	if (new_scratch(&scratch, c) != 0)
		return;
	scratch.count = 1;	/* no set of its own */
	/* the lead's sentences after the decision's too */
	for (i = (size_t)doc->lead; i < doc->npara &&
	    json_array_size(scratch.list) == 0; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		scratch.s = p->s;
		scratch.f = p->f;
		for (k = 0; k < p->nword; k++) {
			v = p->word[k];
			if (i == (size_t)doc->lead &&
			    (c->dec->sentence.para != doc->lead ||
			    v < c->dec->sentence.end))
				continue;
			/* "Se trata de la periodista A, del activista B y ..." */
			if ((at = naming_opened(p, v, &to)) > 0) {
				target(&scratch, at, to);
				if (json_array_size(scratch.list) > 0)
					break;
			}
			if (iachrp_match_in(p->f + p->word[k], listed_nouns,
			    NULL) == 0)
				continue;
			to = iachrp_sentence_end(p->s, p->word[k]);
			for (j = k + 1; j < p->nword && j < k + 8 &&
			    p->word[j] < to; j++) {
				v = p->word[j];
				if ((m = iachrp_match_in(p->f + v, naming_verbs,
				    NULL)) == 0 || m + (p->f[v + m] == ':') !=
				    token_end(p->f, v, to) - v)
					continue;
				at = skip_spaces(p->f, v + m + (p->f[v + m] ==
				    ':'), to);
				/* "A, a rural leader; Sister B, ...; and C",
				 * "community authority A; her son, B; ..." */
				if (persons_follow(&scratch, at + label_len(p->s,
				    at, to), to) ||
				    described_name_ahead(&scratch, at, to))
					target(&scratch, at, to);
				break;
			}
			if (json_array_size(scratch.list) > 0)
				break;
		}
	}
	for (i = 0; i < json_array_size(scratch.list); i++)
		iachrp_append(doc, names, json_incref(entries ?
		    json_array_get(scratch.list, i) : json_object_get(
		    json_array_get(scratch.list, i), "name")));
	json_decref(scratch.list);
}

/*
 * Appends the names of list, a scratch list it then frees, to names when
 * every entry of it is a person; none otherwise.
 */
static void
persons_into(const struct ctx *c, json_t *list, json_t *names)
{
	const json_t *v;
	size_t i;

	json_array_foreach(list, i, v) {
		const char *name = json_string_value(json_object_get(v, "name"));

		/* A group entered already: its members named there count. */
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0 && entry_named(c, name, 0, strlen(name)))
			continue;
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0) {
			json_array_clear(names);
			break;
		}
		if (iachrp_append(c->doc, names,
		    json_incref(json_object_get(v, "name"))) != 0)
			break;
	}
	json_decref(list);
}

/*
 * True when the last sentence of p, which ends with a colon, speaks of
 * the persons: "Las personas beneficiarias son:", "The people concerned
 * are:".
 */
static int
heads_names(const struct iachrp_para *p)
{
	size_t k, from = sentence_start(p, p->len - 1);

	for (k = 0; k < p->nword; k++)
		if (p->word[k] >= from &&
		    (iachrp_match_in(p->f + p->word[k], listed_nouns,
		    NULL) > 0 || iachrp_match_in(p->f + p->word[k],
		    beneficiary_nouns, NULL) > 0))
			return 1;
	return 0;
}

/*
 * The persons of the first list of one item a paragraph that a
 * paragraph ending with a colon opens ("The beneficiaries are:", "a
 * saber:"), from the lead on, into names; nothing when an item is not
 * a person.  When headed, only a colon after words for the persons
 * ("Las personas beneficiarias son:") opens it, not the requests'.
 */
static json_t *first_list(struct ctx *c, const struct iachrp_doc *doc,
    int headed);

void
listed_names(struct ctx *c, const struct iachrp_doc *doc, json_t *names,
    int headed)
{
	json_t *list = first_list(c, doc, headed);

	if (list != NULL)
		persons_into(c, list, names);
}

/*
 * The groups of the first such list, where every item is a group ("Las
 * comunidades beneficiarias son las siguientes:" and a list of
 * communities): the entries themselves into entries.
 */
void
listed_groups(struct ctx *c, const struct iachrp_doc *doc, json_t *entries)
{
	json_t *list = first_list(c, doc, 0);
	const json_t *v;
	size_t i;

	if (list == NULL)
		return;
	json_array_foreach(list, i, v)
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") != 0)
			break;
	if (i == json_array_size(list) && json_array_extend(entries, list))
		iachrp_nomem(doc);
	json_decref(list);
}

/*
 * The entries of the first list of items that a paragraph ending with a
 * colon opens, from the lead on (see listed_names), as a new list; NULL
 * when out of memory.
 */
static json_t *
first_list(struct ctx *c, const struct iachrp_doc *doc, int headed)
{
	struct ctx scratch;
	size_t i;

	if (doc->lead < 0 || new_scratch(&scratch, c) != 0)
		return NULL;
	scratch.count = 1;	/* no set of its own */
	for (i = (size_t)doc->lead; i + 1 < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		scratch.s = doc->para[i + 1].s;
		scratch.f = doc->para[i + 1].f;
		if (p->kind != IACHRP_BODY || p->mandate || p->len == 0 ||
		    p->s[p->len - 1] != ':' ||
		    (item_start(doc->para[i + 1].s) == 0 &&
		    !name_line(&scratch, &doc->para[i + 1])) ||
		    (headed && !heads_names(p)))
			continue;
		listed(&scratch, doc, i, 0);
		break;
	}
	return scratch.list;
}

/*
 * The persons an item of the list of requests asks the State to protect
 * ("1. Adopte las medidas necesarias para proteger la vida e integridad
 * personal de A, B y C;"), into names; nothing when an entry there is
 * not a person.
 */
void
requested_names(struct ctx *c, const struct iachrp_doc *doc, json_t *names)
{
	struct ctx scratch;

	if (first_requested(c, doc, &scratch) == 0)
		persons_into(c, scratch.list, names);
}

/*
 * The entries of the items of the list of requests into scratch's list (a
 * copy of c's context): with protecting, of every item that asks to
 * protect ("d) to require the State to protect the life ... of A, B, C
 * and D"), past items that extend or lift for others; else of the first
 * item that names any. 0, or -1 where there is no lead or no memory.
 */
static int
requested_items(const struct ctx *c, const struct iachrp_doc *doc,
    struct ctx *scratch, int protecting)
{
	size_t i, n;

	if (doc->lead < 0 || new_scratch(scratch, c) != 0)
		return -1;
	scratch->count = 1;	/* no set of its own */
	for (i = (size_t)doc->lead + 1; i < doc->npara &&
	    (protecting || json_array_size(scratch->list) == 0); i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate ||
		    (n = item_start(p->s)) == 0 || (protecting &&
		    !iachrp_contains(p->f, n, p->len, protect_verbs)))
			continue;
		scratch->s = p->s;
		scratch->f = p->f;
		from_cues(scratch, n, p->len);
	}
	return 0;
}

/*
 * The entries of the first item of the list of requests that names any,
 * into scratch's list (a copy of c's context): 0, or -1 where there is
 * no lead or no memory.
 */
int
first_requested(const struct ctx *c, const struct iachrp_doc *doc,
    struct ctx *scratch)
{
	return requested_items(c, doc, scratch, 0);
}

/* Appends each of names to c's list as a person, traced by why. */
static void
add_persons(struct ctx *c, const json_t *names, const char *why)
{
	const json_t *v;
	size_t i;

	json_array_foreach(names, i, v) {
		if (entry_named(c, json_string_value(v), 0,
		    json_string_length(v)))
			continue;
		if (iachrp_append(c->doc, c->list, iachrp_pair("name",
		    json_incref((json_t *)v), "kind",
		    json_string("person"))) != 0)
			break;
		iachrp_trace_string(c->doc, "beneficiaries",
		    json_string_value(v), strlen(json_string_value(v)), why);
	}
}

/* Appends each of entries (name and kind) to c's list, traced by why. */
static void
add_entries(struct ctx *c, const json_t *entries, const char *why)
{
	const json_t *v;
	const char *name;
	size_t i;

	json_array_foreach(entries, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (entry_named(c, name, 0, strlen(name)))
			continue;
		if (iachrp_append(c->doc, c->list, json_incref((json_t *)v)))
			break;
		iachrp_trace_string(c->doc, "beneficiaries", name,
		    strlen(name), why);
	}
}

/* The end of the capitalised name that starts at, up to its comma. */
static size_t
name_end(const char *s, const char *f, size_t at, size_t to)
{
	size_t k = at, e = at, t;

	while (k < to && (iachrp_is_upper_at(s + k) ||
	    word_then_space(f, k, name_particles) > 0)) {
		t = token_end(s, k, to);
		if (iachrp_is_upper_at(s + k))
			e = t;
		if (strchr(",;.", s[t - 1]) != NULL)
			break;
		k = skip_spaces(s, t, to);
	}
	while (e > at && strchr(",;.", s[e - 1]) != NULL)
		e--;
	return e;
}

/*
 * Past a word of kin that ends at e in p, the short complement that
 * says whose ("del matrimonio", "of the couple") up to the comma before
 * a name: where the comma is; 0 when no name follows so.
 */
static size_t
complement_end(const struct iachrp_para *p, size_t e)
{
	size_t k, words;

	for (k = e, words = 0; k < p->len && p->s[k] != ',' && words <= 3;
	    k++)
		if (p->s[k] == ' ') {
			words++;
			if (iachrp_is_upper_at(p->s + k + 1))
				return 0;
		}
	if (k >= p->len || p->s[k] != ',' || words > 3)
		return 0;
	k = (size_t)(iachrp_skip_space(p->s + k + 1) - p->s);
	return k < p->len && iachrp_is_upper_at(p->s + k) ? k - 1 : 0;
}

/* True when a word of membership stands two words at most before word w. */
static int
members_before(const struct iachrp_para *p, size_t w)
{
	size_t k;

	for (k = w; k-- > 0 && k + 3 > w;)
		if (iachrp_match_in(p->f + p->word[k], membership, NULL) > 0)
			return 1;
	return 0;
}

/*
 * Adds the initials p[a, to) gives the relatives of a family the measures
 * protect, after a word of kin ("sus dos hijos, identificados con las
 * iniciales J.A.Y.I. y M.F.Y.I.").
 */
static void
family_initials(struct ctx *c, const struct iachrp_para *p, size_t a,
    size_t to)
{
	json_t *names;
	size_t k;

	for (k = a; k < to; k = skip_spaces(p->s, token_end(p->s, k, to), to))
		if (iachrp_match_in(p->f + k, kin_words, NULL) > 0)
			break;
	if (k >= to || (names = json_array()) == NULL)
		return;
	initials_in(c, k, to, names);
	add_persons(c, names, "a relative the release names by initials");
	json_decref(names);
}

/*
 * A family the decision protects with the person ("a favor de X y de su
 * núcleo familiar") whose members a later sentence names ("el núcleo
 * familiar del periodista está integrado por su esposa, Guadalupe Ortiz
 * Salgado, y por sus dos hijos"): adds the relatives named there.
 */
void
family_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *lead = &doc->para[dec->sentence.para];
	size_t i, w, k, e, to, at, n, m = 0;

	if (!iachrp_contains(lead->f, dec->verb, dec->sentence.end,
	    family_words))
		return;
	for (i = (size_t)dec->sentence.para + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (w = 0; w < p->nword; w++) {
			k = p->word[w];
			if (iachrp_match_in(p->f + k, family_words, NULL) == 0)
				continue;
			to = iachrp_sentence_end(p->s, k);
			/* "is made up of" within a few words */
			for (e = k, n = 0; n < 6 && e < to; n++) {
				e = skip_spaces(p->s, token_end(p->s, e, to), to);
				if ((m = iachrp_match_in(p->f + e,
				    iachrp_lex_composed_of, NULL)) > 0)
					break;
			}
			/*
			 * "identificó como integrantes del núcleo familiar
			 * del señor X a su compañera, Y": its members after
			 */
			if ((m == 0 || e >= to) && members_before(p, w)) {
				e = k;
				m = token_end(p->s, k, to) - k;
			}
			if (m == 0 || e >= to)
				continue;
			c->s = p->s;
			c->f = p->f;
			/* "La familia X, encabezada por Y": its head */
			at = skip_spaces(p->s, e + m, to);
			if (persons_follow(c, at, to))
				add_named_in(c, p, at, name_end(p->s, p->f, at,
				    to), "the head of the family the measures "
				    "protect");
			/* "su esposa, X": a name after kin */
			for (k = e + m; k < to; k = skip_spaces(p->s,
			    token_end(p->s, k, to), to)) {
				if (iachrp_match_in(p->f + k, kin_words,
				    NULL) == 0)
					continue;
				at = skip_spaces(p->s, token_end(p->s, k, to),
				    to);
				/* "su compañera permanente, Y" */
				if (!iachrp_is_upper_at(p->s + at) &&
				    (n = complement_end(p, token_end(p->s, k,
				    to))) > 0)
					at = skip_spaces(p->s, n, to);
				c->s = p->s;
				c->f = p->f;
				if (persons_follow(c, at, to))
					add_named_in(c, p, at, name_end(p->s,
					    p->f, at, to), "a relative named in "
					    "the family the measures protect");
			}
			/* "sus dos hijos, identificados con las iniciales A y B" */
			c->s = p->s;
			c->f = p->f;
			family_initials(c, p, e + m, to);
			w = iachrp_word_from(p, to);
		}
	}
}

/*
 * Where the lead tells the group entry v by its members, a word of
 * membership a few words before its name ("los integrantes de la junta
 * directiva del X", "members of the executive board of the X"): that
 * word's offset, *at set to where the name is; NO_WORD otherwise.
 */
static size_t
members_word(struct ctx *c, const struct iachrp_para *lead, const json_t *v,
    const char **at)
{
	size_t e, k;
	int words;

	if (strcmp(json_string_value(json_object_get(v, "kind")),
	    "group") != 0 || (*at = strstr(lead->s, json_string_value(
	    json_object_get(v, "name")))) == NULL)
		return NO_WORD;
	c->s = lead->s;
	c->f = lead->f;
	for (e = (size_t)(*at - lead->s), words = 0; words < 8 &&
	    (k = word_before(c, 0, &e)) < e; words++, e = k)
		if (iachrp_match_in(lead->f + k, membership, NULL) > 0)
			return k;
	return NO_WORD;
}

/*
 * A set the lead tells by its members ("los integrantes de la junta
 * directiva del Consejo X") whose make-up a later sentence gives ("La
 * junta directiva del X está integrada por A, representante legal; B,
 * presidente; ..."): the persons, in the set's place.
 */
void
members_composed_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *lead = &doc->para[dec->sentence.para];
	const char *at;
	size_t i, w, k, e, to, head = 0, hlen = 0, n, m, set;
	json_t *names;
	struct ctx scratch;

	/* the set: a group whose name the lead gives after members of */
	for (set = 0; set < json_array_size(c->list); set++) {
		if ((w = members_word(c, lead, json_array_get(c->list, set),
		    &at)) == NO_WORD)
			continue;
		/* "integrantes de la junta directiva del X": the noun after */
		head = skip_spaces(lead->s, token_end(lead->s, w, lead->len),
		    lead->len);
		head += word_then_space(lead->f, head, of_words);
		head += word_then_space(lead->f, head, articles);
		hlen = token_end(lead->s, head, lead->len) - head;
		if (hlen > 2 && head < (size_t)(at - lead->s))
			break;
		hlen = 0;
	}
	if (hlen == 0 || (names = json_array()) == NULL)
		return;
	/* from the lead's next sentence on */
	for (i = (size_t)dec->sentence.para; i < doc->npara &&
	    json_array_size(names) == 0; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (w = 0; w < p->nword && json_array_size(names) == 0; w++) {
			k = p->word[w];
			if ((i == (size_t)dec->sentence.para &&
			    k < dec->sentence.end) ||
			    strncmp(p->f + k, lead->f + head, hlen) != 0 ||
			    iachrp_is_alpha_at(p->f + k + hlen))
				continue;
			to = iachrp_sentence_end(p->s, k);
			/* "is made up of" within a few words */
			for (e = k, n = 0, m = 0; n < 8 && e < to && m == 0;
			    n++) {
				e = skip_spaces(p->s, token_end(p->s, e, to), to);
				m = iachrp_match_in(p->f + e,
				    iachrp_lex_composed_of, NULL);
			}
			if (e >= to || m == 0)
				continue;
			/* those entered already, by a finding, count too */
			if (new_scratch(&scratch, c) != 0)
				break;
			persons_in(&scratch, p, skip_spaces(p->s, e + m, to),
			    to, names);
			json_decref(scratch.list);
		}
	}
	c->s = lead->s;
	c->f = lead->f;
	if (json_array_size(names) >= 2) {
		json_array_remove(c->list, set);
		add_persons(c, names, "a member of a set the release "
		    "names one by one");
	}
	json_decref(names);
}

/*
 * True when "of" before word w of p follows an event a few words back
 * ("the killing, on March 12, 2022, of his brother"): the relative is
 * the event's, not one the measures protect.
 */
static int
event_of(const struct iachrp_para *p, size_t w)
{
	size_t k, e;

	if (w == 0)
		return 0;
	e = token_end(p->f, p->word[w - 1], p->len);
	if (iachrp_match_in(p->f + p->word[w - 1], of_words, NULL) !=
	    e - p->word[w - 1])
		return 0;
	for (k = w - 1; k-- > 0 && k + 8 > w;) {
		if (iachrp_match_in(p->f + p->word[k], iachrp_lex_event_noun,
		    NULL) > 0)
			return 1;
		if (strchr(".;:", p->s[token_end(p->s, p->word[k], p->len) -
		    1]) != NULL)
			return 0;
	}
	return 0;
}

/*
 * An extension to relatives the decision does not name ("ampliar la
 * medida en favor de la esposa y de los dos hijos del artista X"), named
 * later after a possessive and the same word of kin ("su esposa,
 * Yadira Mena Cruz", "Sus hijos, Osmany y Lisandra Pérez Mena"): adds
 * those persons.
 */
void
kin_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *lead = &doc->para[dec->sentence.para];
	size_t kin[8], nkin = 0, i, k, j, n, at, e;
	int any_kin = 0;	/* "à deux proches de l'artiste X" */

	for (k = 0; k < lead->nword && nkin < 8; k++) {
		if (lead->word[k] < dec->verb ||
		    lead->word[k] >= dec->sentence.end)
			continue;
		if (iachrp_match_in(lead->f + lead->word[k],
		    iachrp_lex_relatives_noun, NULL) > 0)
			any_kin = 1;
		else if (iachrp_match_in(lead->f + lead->word[k], kin_words,
		    NULL) > 0)
			kin[nkin++] = lead->word[k];
	}
	/* a grant's relatives may be told first, in the paragraphs before */
	i = !c->extends && doc->lead >= 0 && doc->lead < dec->sentence.para ?
	    (size_t)doc->lead : (size_t)dec->sentence.para + 1;
	for (; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate ||
		    (long)i == dec->sentence.para)
			continue;
		c->s = p->s;
		c->f = p->f;
		for (k = 1; k < p->nword; k++) {
			at = p->word[k];
			e = token_end(p->f, at, p->len);
			if (p->f[e - 1] == ',')
				e--;
			for (j = 0; j < nkin; j++) {
				n = token_end(lead->f, kin[j], lead->len) - kin[j];
				if (lead->f[kin[j] + n - 1] == ',')
					n--;
				if (n == e - at && strncmp(p->f + at,
				    lead->f + kin[j], n) == 0)
					break;
			}
			/* a stem's match ends inside its word: "sister*" */
			if (j == nkin && !(any_kin && (n = iachrp_match_in(p->f +
			    at, kin_words, NULL)) > 0 && at + n <= e))
				continue;
			/* "su esposa, X"; "la hija del matrimonio, Y" */
			if (iachrp_match_in(p->f + p->word[k - 1],
			    possessives, NULL) != at - 1 - p->word[k - 1] &&
			    (iachrp_match_in(p->f + p->word[k - 1], articles,
			    NULL) != at - 1 - p->word[k - 1] ||
			    (e = complement_end(p, e)) == 0))
				continue;
			/* "the killing, on March 12, of his brother, X" */
			if (event_of(p, k - 1))
				continue;
			at = skip_spaces(p->s, e + (p->s[e] == ','), p->len);
			/* "su esposo, X, salió del país ...; la solicitud no
			 * lo incluye" */
			if (at < p->len && iachrp_is_upper_at(p->s + at) &&
			    !iachrp_contains(p->f, at, iachrp_sentence_end(p->s,
			    at), iachrp_lex_unprotected))
				persons_of_phrase(c, at, phrase_end(c, at,
				    iachrp_sentence_end(p->s, at)));
		}
	}
}

/* Where the first verb of protecting in p starts, or 0. */
static size_t
protect_cue_in(const struct iachrp_para *p)
{
	size_t k;

	for (k = 0; k < p->nword; k++)
		if (iachrp_match_in(p->f + p->word[k], protect_cues, NULL) > 0)
			return p->word[k];
	return 0;
}

/*
 * The persons each item of the list of requests asks the State to
 * protect, after its verb of protecting ("b) proteger la vida e
 * integridad personal de B"), into names; an item that names a set
 * gives none.  Items that ask for inquiries into what befell others
 * ("la relativa al asesinato del señor X") protect no one.
 */
static void
requested_in_every_item(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names)
{
	struct ctx scratch;
	json_t *item;
	size_t i, n;

	if (doc->lead < 0)
		return;
	for (i = (size_t)doc->lead + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate ||
		    item_start(p->s) == 0 ||
		    (n = protect_cue_in(p)) == 0 ||
		    new_scratch(&scratch, c) != 0)
			continue;
		if ((item = json_array()) == NULL) {
			json_decref(scratch.list);
			iachrp_nomem(doc);
			return;
		}
		scratch.count = 1;	/* no set of its own */
		scratch.s = p->s;
		scratch.f = p->f;
		from_cues(&scratch, n, p->len);
		persons_into(c, scratch.list, item);
		json_array_extend(names, item);
		json_decref(item);
	}
}

/* True when name is a family's, named by its surnames ("familia X Y"). */
static int
family_named(const char *name)
{
	char f[256];
	size_t n = strlen(name);

	if (n >= sizeof(f))
		return 0;
	iachrp_fold(f, name, n);
	f[n] = '\0';
	return iachrp_contains(f, 0, n, family_words);
}

static void requested_entries(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names);

/*
 * Adds the persons the list of requests asks the State to protect: after
 * each item's verb of protecting, and when whole, all that the first item
 * naming anyone names too (a follow-up's "1. To keep in force the
 * measures in favor of A and B").
 */
void
add_requested(struct ctx *c, const struct iachrp_doc *doc, int whole,
    const char *why)
{
	json_t *names = json_array();

	if (names == NULL) {
		iachrp_nomem(doc);
		return;
	}
	if (whole)
		requested_entries(c, doc, names);
	requested_in_every_item(c, doc, names);
	add_persons(c, names, why);
	json_decref(names);
}

/*
 * The persons the first item of the requests asks the State to protect,
 * into names, and the families it asks to protect with them ("de A y de
 * los integrantes de la familia X"), into c's list: whom a follow-up
 * covers.
 */
static void
requested_entries(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names)
{
	struct ctx scratch;
	json_t *groups;
	const json_t *v;
	const char *name;
	size_t i;

	if (requested_items(c, doc, &scratch, 1) != 0)
		return;
	if (json_array_size(scratch.list) == 0) {
		json_decref(scratch.list);
		if (first_requested(c, doc, &scratch) != 0)
			return;
	}
	if ((groups = json_array()) == NULL) {
		iachrp_nomem(doc);
		json_decref(scratch.list);
		return;
	}
	json_array_foreach(scratch.list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") == 0)
			iachrp_append(doc, names, json_incref(json_object_get(v,
			    "name")));
		else if (named(name) && family_named(name))
			iachrp_append(doc, groups, json_incref((json_t *)v));
	}
	add_entries(c, groups, "a family the follow-up's requests ask the "
	    "State to protect");
	json_decref(groups);
	json_decref(scratch.list);
}

/*
 * An extension to a set it does not name ("para proteger también a otras
 * personas de su entorno"): the persons the requests ask the State to
 * protect, but for those the lead names as protected already, replace
 * the set.
 */
void
requested_new(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *names = json_array();

	if (names == NULL) {
		iachrp_nomem(doc);
		return;
	}
	requested_names(c, doc, names);
	drop_named_in_lead(c, doc, names);
	if (json_array_size(names) > 0) {
		json_array_clear(c->list);
		c->count = 0;
		add_persons(c, names, "a person the requests ask the State "
		    "to protect, new in the extension");
	}
	json_decref(names);
}

/*
 * The persons the Commission asks the State to protect in a sentence of
 * prose after the lead, the requests not being listed ("The IACHR asked
 * the Mexican State to adopt the measures necessary to protect the life
 * and personal integrity of A and B"), into names: the first such
 * sentence that names anyone.
 */
static void
requested_in_prose(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names)
{
	struct ctx scratch;
	size_t i, k, from, to, at;
	int asked;

	if (doc->lead < 0)
		return;
	for (i = (size_t)doc->lead + 1; i < doc->npara &&
	    json_array_size(names) == 0; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate || item_start(p->s))
			continue;
		for (from = 0, k = 0; from < p->len &&
		    json_array_size(names) == 0; from = to) {
			to = iachrp_sentence_end(p->s, from);
			/* an extension's or a lift's earlier grant, dated */
			if ((c->extends || c->lifts != 0) &&
			    dated(p->f, from, to))
				continue;
			for (asked = 0, at = 0; k < p->nword &&
			    p->word[k] < to; k++) {
				if (p->word[k] < from)
					continue;
				if (iachrp_match_in(p->f + p->word[k],
				    iachrp_lex_ask_verb, NULL) > 0)
					asked = 1;
				else if (asked && at == 0 && iachrp_match_in(
				    p->f + p->word[k], protect_cues, NULL) > 0)
					at = p->word[k];
			}
			if (at == 0 || new_scratch(&scratch, c) != 0)
				continue;
			scratch.count = 1;	/* no set of its own */
			scratch.s = p->s;
			scratch.f = p->f;
			from_cues(&scratch, at, to);
			persons_into(c, scratch.list, names);
		}
	}
}

/*
 * Where no rule found whom the decision protects: the persons a later
 * list or sentence lists ("Las personas beneficiarias son:" and a list,
 * "The persons now covered by the measure are A; B; and C"), else those
 * the list of requests asks the State to protect.
 */
void
listed_or_requested(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *names = json_array();
	int listed;

	if (names == NULL) {
		iachrp_nomem(doc);
		return;
	}
	listed_names(c, doc, names, 1);
	if ((listed = json_array_size(names) > 0))
		add_persons(c, names, "a person a later sentence lists");
	else {
		/* "The persons now included are A; B; and the X family" */
		named_list(c, doc, names, 1);
		listed = json_array_size(names) > 0;
		add_entries(c, names, "an entry a later sentence lists");
	}
	json_decref(names);
	if (listed)
		return;
	add_requested(c, doc, 1, "a person the requests ask the State "
	    "to protect");
	if (json_array_size(c->list) > 0)
		return;
	if ((names = json_array()) == NULL) {
		iachrp_nomem(doc);
		return;
	}
	requested_in_prose(c, doc, names);
	/* An extension's: not those the lead names as protected already */
	if (c->extends)
		drop_named_in_lead(c, doc, names);
	add_persons(c, names, "a person the Commission asks the State to "
	    "protect, in prose");
	json_decref(names);
}

/* Removes the sets the lead tells by their members ("members of X"). */
static void
drop_members_listed(struct ctx *c, const struct iachrp_para *lead)
{
	const char *at;
	size_t i;

	/* "members of the executive board of the X" */
	for (i = json_array_size(c->list); i-- > 0;)
		if (members_word(c, lead, json_array_get(c->list, i), &at) !=
		    NO_WORD)
			json_array_remove(c->list, i);
}

/* Adds the persons of a list headed by words for them (see listed_names). */
void
beneficiaries_listed(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *names = json_array();

	if (names == NULL) {
		iachrp_nomem(doc);
		return;
	}
	listed_names(c, doc, names, 1);
	add_persons(c, names, "a person a list of the beneficiaries names");
	/*
	 * "for the members of the executive board of the union X ... The
	 * seven persons covered by the measures are:" and a list: the
	 * members are the persons listed, the set no entry of its own.
	 */
	if (json_array_size(names) >= 2 && doc->lead >= 0)
		drop_members_listed(c, &doc->para[doc->lead]);
	json_decref(names);
}

/*
 * The groups the requests name, where they name no person ("proteger a
 * vida ... das pessoas privadas de liberdade na Penitenciária X"): the
 * measure's own, where nothing before named it but by pointing back
 * ("naquela unidade").
 */
void
requested_groups(struct ctx *c, const struct iachrp_doc *doc)
{
	struct ctx scratch;
	const json_t *v;
	const char *name;
	size_t i;

	if (first_requested(c, doc, &scratch) != 0)
		return;
	json_array_foreach(scratch.list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") != 0 || !named(name))
			continue;
		if (iachrp_append(doc, c->list, json_incref((json_t *)v)))
			break;
		iachrp_trace_string(doc, "beneficiaries", name, strlen(name),
		    "a group the requests ask the State to protect");
	}
	json_decref(scratch.list);
}
