/*
 * Who the resolution protects.  The sentence that states the decision
 * names them after a cue; the phrase is cut into entries
 * (beneficiary_phrase.c), found after its cue (beneficiary_target.c),
 * completed from lists and later paragraphs (beneficiary_lists.c) and
 * held to the decision's scope (beneficiary_scope.c).  Here the steps
 * are run in turn, and the entries given their organisations' full names,
 * merged, ordered by first mention and returned.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "beneficiaries.h"

/*
 * The Commission itself is never a beneficiary: "... refraining from
 * carrying out the death penalty against him until the IACHR has issued
 * a decision" names it after the person to protect.
 */
static void
drop_commission(json_t *list)
{
	char buf[64];
	const char *name;
	size_t i, n;

	for (i = json_array_size(list); i-- > 0;) {
		name = json_string_value(json_object_get(json_array_get(list,
		    i), "name"));
		if ((n = strlen(name)) >= sizeof(buf))
			continue;
		iachrp_fold(buf, name, n);
		buf[n] = '\0';
		if (iachrp_match_in(buf, iachrp_lex_commission_name, NULL) == n)
			json_array_remove(list, i);
	}
}

/*
 * A set that names no one ("two additional trade union leaders") beside
 * entries that do: those names are its members, or others'; it is no
 * entry of its own.
 */
static void
drop_unnamed_sets(json_t *list)
{
	size_t i;

	if (unnamed_only(list))
		return;
	for (i = json_array_size(list); i-- > 0;)
		if (!named(json_string_value(json_object_get(
		    json_array_get(list, i), "name"))))
			json_array_remove(list, i);
}

/*
 * True when the person a is two given names or more of the person b with
 * a last word b does not hold: "Brayan Stiven Daniela", given the
 * surname of the next name of "sus hijos Brayan Stiven y Karen Daniela",
 * beside "Brayan Stiven Angulo Quiñones".
 */
static int
misjoined(const char *a, const char *b)
{
	const char *last = strrchr(a, ' ');
	size_t given = last != NULL ? (size_t)(last - a) : 0, words = 0, i;

	for (i = 0; i < given; i++)
		if (a[i] == ' ')
			words++;
	if (last == NULL || words < 1 || strncmp(a, b, given) != 0 ||
	    b[given] != ' ' || strlen(b) <= strlen(a))
		return 0;
	return strchr(b + given + 1, ' ') != NULL &&
	    !holds_word(b, last + 1, strlen(last + 1));
}

/*
 * One person named two ways, by rules that read different sentences
 * ("Lesbia del Carmen Gutiérrez Obando", later "la señora Gutiérrez
 * Obando"), is one entry: the fuller form, in the first one's place.
 */
static void
merge_same_persons(json_t *list)
{
	size_t i, j;
	json_t *x, *y;
	const char *a, *b;

	for (i = 0; i < json_array_size(list); i++) {
		x = json_array_get(list, i);
		if (strcmp(json_string_value(json_object_get(x, "kind")),
		    "person") != 0)
			continue;
		for (j = i + 1; j < json_array_size(list);) {
			y = json_array_get(list, j);
			a = json_string_value(json_object_get(x, "name"));
			b = json_string_value(json_object_get(y, "name"));
			if (strcmp(json_string_value(json_object_get(y,
			    "kind")), "person") != 0) {
				j++;
				continue;
			}
			if (misjoined(a, b))
				json_object_set(x, "name",
				    json_object_get(y, "name"));
			else if (!misjoined(b, a) &&
			    !same_person(a, 0, strlen(a), b)) {
				j++;
				continue;
			}
			if (strlen(b) > strlen(a))
				json_object_set(x, "name",
				    json_object_get(y, "name"));
			json_array_remove(list, j);
		}
	}
}

/* The name that ends a group's phrase: past its last lower-case word. */
static const char *
proper_tail(const char *name)
{
	const char *w, *tail = NULL;

	for (w = name; *w != '\0'; w++)
		if ((w == name || w[-1] == ' ') && !iachrp_is_upper_at(w))
			tail = NULL;
		else if ((w == name || w[-1] == ' ') && tail == NULL)
			tail = w;
	return tail;
}

/*
 * One group named two ways ("comunidade Guarani Kaiowá do Tekoha Ñu Verá
 * Poty", later "comunidade do Tekoha Ñu Verá Poty"): the same head noun
 * and the same name after it. The first form is kept.
 */
static void
merge_same_groups(json_t *list)
{
	size_t i, j, head;
	const char *a, *b, *ta, *tb;

	for (i = 0; i < json_array_size(list); i++) {
		if (strcmp(json_string_value(json_object_get(json_array_get(
		    list, i), "kind")), "group") != 0)
			continue;
		a = json_string_value(json_object_get(json_array_get(list, i),
		    "name"));
		head = strcspn(a, " ");
		if ((ta = proper_tail(a)) == NULL || ta == a)
			continue;
		for (j = i + 1; j < json_array_size(list);) {
			b = json_string_value(json_object_get(json_array_get(
			    list, j), "name"));
			if (strcmp(json_string_value(json_object_get(
			    json_array_get(list, j), "kind")), "group") == 0 &&
			    strncasecmp(a, b, head + 1) == 0 &&
			    (tb = proper_tail(b)) != NULL && tb != b &&
			    strcmp(ta, tb) == 0)
				json_array_remove(list, j);
			else
				j++;
		}
	}
}

/*
 * A group named short and in full ("Junta de Gobierno", "Junta de
 * Gobierno del Consejo Comunitario del Río Naya Alto") is one: the full
 * name, where it goes on with "of" after the short one.
 */
static void
drop_short_groups(json_t *list)
{
	size_t i, j, n;
	const char *a, *b;

	for (i = json_array_size(list); i-- > 0;) {
		if (strcmp(json_string_value(json_object_get(json_array_get(
		    list, i), "kind")), "group") != 0)
			continue;
		a = json_string_value(json_object_get(json_array_get(list, i),
		    "name"));
		n = strlen(a);
		for (j = 0; j < json_array_size(list); j++) {
			b = json_string_value(json_object_get(json_array_get(
			    list, j), "name"));
			if (j != i && strcmp(json_string_value(json_object_get(
			    json_array_get(list, j), "kind")), "group") == 0 &&
			    strncmp(a, b, n) == 0 && b[n] == ' ' &&
			    iachrp_match_in(b + n + 1, iachrp_lex_of_word,
			    NULL) > 0 && b[n + 1 + iachrp_match_in(b + n + 1,
			    iachrp_lex_of_word, NULL)] == ' ') {
				json_array_remove(list, i);
				break;
			}
		}
	}
}

/*
 * Where the text first names name, as an offset into the release's
 * storage, body before title; (size_t)-1 where it never does (a name
 * the rules put together, "Marcos Torres" of "Marcos and Valeria Torres").
 */
static size_t
first_mention(const struct iachrp_doc *doc, const char *name)
{
	size_t i, k, n = strlen(name);
	const struct iachrp_para *p;
	int pass;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < doc->npara; i++) {
			p = &doc->para[i];
			if (p->kind != IACHRP_BODY || ((long)i == doc->title) !=
			    (pass == 1))
				continue;
			for (k = 0; n > 0 && (k = iachrp_byte_from(p->s, k,
			    p->len, name[0])) + n <= p->len; k++)
				if (p->s[k] == name[0] &&
				    memcmp(p->s + k, name, n) == 0)
					return (size_t)(p->s - doc->buf) + k;
		}
	return (size_t)-1;
}

/*
 * Where the text first names the given name name[0, n) alone in a list,
 * before a comma or a conjunction ("Dayana, Kevin y Samuel Cuesta"), as
 * an offset into the release's storage; (size_t)-1 where it never does.
 */
static size_t
given_alone(const struct iachrp_doc *doc, const char *name, size_t n)
{
	static const char *const joins[] = { ",", " y ", " e ", " and ",
	    " et ", NULL };
	const struct iachrp_para *p;
	size_t i, k, j;

	for (i = 0; i < doc->npara; i++) {
		p = &doc->para[i];
		if (p->kind != IACHRP_BODY || (long)i == doc->title)
			continue;
		for (k = 0; (k = iachrp_byte_from(p->s, k, p->len,
		    name[0])) + n < p->len; k++) {
			if (p->s[k] != name[0] || memcmp(p->s + k, name, n) != 0 ||
			    (k > 0 && p->s[k - 1] != ' '))
				continue;
			for (j = 0; joins[j] != NULL; j++)
				if (strncmp(p->s + k + n, joins[j],
				    strlen(joins[j])) == 0)
					return (size_t)(p->s - doc->buf) + k;
		}
	}
	return (size_t)-1;
}

/*
 * The entries in the order the text first names them, as the record
 * has them, whichever rule found each; one never named as such keeps
 * its place after the entry before it.
 */
static void
order_by_mention(const struct iachrp_doc *doc, json_t *list)
{
	size_t n = json_array_size(list), i, j, key[MAX_ENTRIES];
	json_t *v;

	if (n < 2 || n > MAX_ENTRIES)
		return;
	for (i = 0; i < n; i++) {
		const char *name = json_string_value(json_object_get(
		    json_array_get(list, i), "name"));
		const char *space = strchr(name, ' ');
		size_t alone;

		key[i] = first_mention(doc, name);
		/* "Dayana Cuesta Mosquera" of "Dayana, Kevin y Samuel Cuesta
		 * Mosquera": where its given name stands alone in a list */
		if (space != NULL && (alone = given_alone(doc, name,
		    (size_t)(space - name))) < key[i])
			key[i] = alone;
		if (key[i] == (size_t)-1)
			key[i] = i > 0 ? key[i - 1] : 0;
	}
	/* Insertion sort, stable: a few entries. */
	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && key[j - 1] > key[j]; j--) {
			size_t t = key[j];

			key[j] = key[j - 1];
			key[j - 1] = t;
			v = json_incref(json_array_get(list, j));
			json_array_remove(list, j);
			json_array_insert_new(list, j - 1, v);
		}
	}
}

/* The length of the acronym that ends name ("... de AMURTI"), or 0. */
static size_t
final_acronym(const char *name)
{
	size_t n = strlen(name), k = n;

	while (k > 0 && name[k - 1] >= 'A' && name[k - 1] <= 'Z')
		k--;
	return n - k >= 2 && (k == 0 || name[k - 1] == ' ') ? n - k : 0;
}

/*
 * Where the body spells out the acronym name[n - len, n) ("Asociación de
 * Mujeres Rurales de Tierralta (AMURTI)"): sets c's paragraph and the
 * bounds of the full name and returns 1, or 0.
 */
static int
spelled_out(struct ctx *c, const char *name, size_t len, size_t *ra,
    size_t *rb)
{
	const char *acr = name + strlen(name) - len, *at;
	size_t i;

	for (i = 0; i < c->doc->npara; i++) {
		const struct iachrp_para *p = &c->doc->para[i];

		if (p->kind != IACHRP_BODY && (int)i != c->doc->lead)
			continue;
		for (at = strstr(p->s, acr); at != NULL; at = strstr(at + 1,
		    acr)) {
			if (at == p->s || at[-1] != '(' || at[len] != ')')
				continue;
			c->s = p->s;
			c->f = p->f;
			if (acronymed_before(c, (size_t)(at - p->s) + len, ra,
			    rb))
				return 1;
		}
	}
	return 0;
}

/* True when name[0, k) only says "members of": "integrantes de la ". */
static int
members_only_prefix(const char *name, size_t k)
{
	char f[64];
	size_t i, n;
	int words = 0;

	if (k >= sizeof f)
		return 0;
	for (i = 0; i < k; i++)
		f[i] = (char)tolower((unsigned char)name[i]);
	f[k] = '\0';
	for (i = 0; i < k; i = skip_spaces(f, i + n, k)) {
		if ((n = word_then_space(f, i, articles)) > 0 ||
		    (n = word_then_space(f, i, of_words)) > 0)
			continue;
		if (iachrp_match_in(f + i, membership, NULL) == 0 || words++)
			return 0;
		n = token_end(f, i, k) - i;
	}
	return words == 1;
}

/*
 * A group named by the acronym of an organisation the body spells out
 * ("members of COPINH", "integrantes de la junta directiva de AMURTI"):
 * an organisation keeps its full name.  Its members are named by it
 * alone, a part of it by its own phrase with the full name.
 */
static void
spell_out_acronyms(struct ctx *c)
{
	json_t *v, *full;
	const char *name;
	size_t i, len, ra, rb, k, e, t;

	json_array_foreach(c->list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		/* a full name is two words or more, not "Libertad" */
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") != 0 || (len = final_acronym(name)) == 0 ||
		    !spelled_out(c, name, len, &ra, &rb) ||
		    memchr(c->s + ra, ' ', rb - ra) == NULL)
			continue;
		if ((k = strlen(name) - len) > 0 && !members_only_prefix(name,
		    k)) {
			/* "... de la Asociación X": its article too */
			e = ra;
			if ((t = word_before(c, 0, &e)) < e && word_is(c, t, e,
			    articles, IACHRP_NCUES(articles)))
				ra = t;
		} else
			k = 0;
		if ((full = json_sprintf("%.*s%.*s", (int)k, name,
		    (int)(rb - ra), c->s + ra)) == NULL ||
		    json_object_set_new(v, "name", full)) {
			iachrp_nomem(c->doc);
			return;
		}
		iachrp_trace_string(c->doc, "beneficiaries", c->s + ra, rb - ra,
		    "an organisation's acronym, spelled out where the body "
		    "names it in full");
	}
}

/*
 * True when the body prints acronym acr in brackets right after name:
 * "Colectivo de Familiares por la Libertad (COFAL)".
 */
static int
bracketed_after(const struct iachrp_doc *doc, const char *name,
    const char *acr)
{
	size_t i, n = strlen(name);
	const char *at;

	for (i = 0; i < doc->npara; i++)
		for (at = strstr(doc->para[i].s, name); at != NULL;
		    at = strstr(at + 1, name))
			if (strncmp(at + n, " (", 2) == 0 &&
			    strncmp(at + n + 2, acr, strlen(acr)) == 0 &&
			    at[n + 2 + strlen(acr)] == ')')
				return 1;
	return 0;
}

/*
 * Drops a group entered by its acronym alone where the body prints that
 * acronym after another entry's full name: one organisation, named two
 * ways ("Colectivo de Familiares por la Libertad (COFAL)", then "COFAL").
 */
static void
drop_bracketed_acronyms(struct ctx *c)
{
	const json_t *v, *w;
	const char *name;
	size_t i, j;

	for (i = json_array_size(c->list); i-- > 0;) {
		v = json_array_get(c->list, i);
		name = json_string_value(json_object_get(v, "name"));
		if (final_acronym(name) != strlen(name))
			continue;
		json_array_foreach(c->list, j, w)
			if (j != i && bracketed_after(c->doc,
			    json_string_value(json_object_get(w, "name")),
			    name)) {
				json_array_remove(c->list, i);
				break;
			}
	}
}

/* Reads the lead's sentences that cite a resolution for whom they name. */
/* True when the decision's sentence names a person entry by name. */
static int
lead_names_person(const struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *p = &doc->para[dec->sentence.para];
	const json_t *v;
	const char *name, *at;
	size_t i;

	json_array_foreach(c->list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") == 0 && (at = strstr(p->s + dec->sentence.start,
		    name)) != NULL && (size_t)(at - p->s) < dec->sentence.end)
			return 1;
	}
	return 0;
}

static void
resolution_in_favour(struct ctx *c, const struct iachrp_doc *doc)
{
	const struct iachrp_para *p = &doc->para[doc->lead];
	size_t from, to;

	c->s = p->s;
	c->f = p->f;
	for (from = iachrp_dateline_end(p); from < p->len &&
	    json_array_size(c->list) == 0; from = to) {
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
		to = iachrp_sentence_end(p->s, from);
		if (iachrp_contains(p->f, from, to, iachrp_lex_resolution_cue))
			from_cues(c, from, to);
	}
}

/*
 * A whole lift or a follow-up that names no one: those the grant it ends
 * or follows protected, as a paragraph before the decision's tells it
 * ("En marzo de 2016, la CIDH otorgó medidas cautelares a favor de los
 * miembros de la Comunidad X. [...] Mediante la Resolución 40/21, la CIDH
 * decidió levantar la medida"), and for a follow-up those its extensions
 * added.
 */
static void
granted_before(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *q;
	size_t i, from, to, at;

	for (i = (size_t)doc->lead; i < (size_t)dec->sentence.para &&
	    (json_array_size(c->list) == 0 || c->follows); i++) {
		q = &doc->para[i];
		if (q->kind != IACHRP_BODY || q->mandate)
			continue;
		c->s = q->s;
		c->f = q->f;
		for (from = 0; from < q->len && (json_array_size(c->list) == 0 ||
		    c->follows); from = to) {
			from = (size_t)(iachrp_skip_space(q->s + from) - q->s);
			to = iachrp_sentence_end(q->s, from);
			if ((at = iachrp_cue_of_kind(doc, q->f, from, to,
			    IACHRP_GRANT)) != (size_t)-1)
				from_sentence(c, from, at, to);
			/* a follow-up's measure, extended since */
			if (c->follows && (at = iachrp_cue_of_kind(doc, q->f,
			    from, to, IACHRP_EXTENSION)) != (size_t)-1)
				from_sentence(c, from, at, to);
		}
	}
	c->s = doc->para[dec->sentence.para].s;
	c->f = doc->para[dec->sentence.para].f;
}

/*
 * Reads the sentences of the lead before the decision's, as if they were
 * its own.
 */
static void
asked_before(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *p = &doc->para[dec->sentence.para];
	size_t from, to;

	c->s = p->s;
	c->f = p->f;
	for (from = iachrp_dateline_end(p); from < dec->sentence.start;
	    from = to) {
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
		to = iachrp_sentence_end(p->s, from);
		if (to > dec->sentence.start)
			break;
		from_sentence(c, from, from, to);
	}
}

json_t *
iachrp_extract_beneficiaries(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	struct ctx c;
	const struct iachrp_para *p;
	int i;

	c.doc = doc;
	c.dec = dec;
	c.lang = doc->lang;
	fill_cue_starts(&c.cue_starts);
	c.extends = 0;
	c.count = 0;
	c.counted = 0;
	c.lifts = 0;
	c.follows = 0;
	c.requests = 0;
	for (i = 0; i < dec->n; i++) {
		if (dec->decisions[i] == IACHRP_EXTENSION ||
		    dec->decisions[i] == IACHRP_REQUEST)
			c.extends = 1;
		if (dec->decisions[i] == IACHRP_REQUEST)
			c.requests = 1;
		if (dec->decisions[i] == IACHRP_LIFT ||
		    dec->decisions[i] == IACHRP_PARTIAL_LIFT)
			c.lifts = dec->decisions[i];
		if (dec->decisions[i] == IACHRP_FOLLOW_UP)
			c.follows = 1;
	}
	if ((c.list = json_array()) == NULL)
		return NULL;
	/* A refusal protects no one. */
	for (i = 0; i < dec->n && dec->decisions[i] == IACHRP_REJECT; i++)
		;
	if (dec->n > 0 && i == dec->n)
		return c.list;
	if (dec->sentence.para >= 0) {
		size_t from, to, at;
		int kind;

		p = &doc->para[dec->sentence.para];
		c.s = p->s;
		c.f = p->f;
		/*
		 * A lift's relative clause names those lifted; not an
		 * extension's told first ("extend PM X, which it granted on
		 * ... on behalf of A and B. ... decided to lift ... C")
		 */
		if (c.lifts == 0 || (dec->decisions[0] != IACHRP_LIFT &&
		    dec->decisions[0] != IACHRP_PARTIAL_LIFT) ||
		    !lifted_by_relative(&c, dec->sentence.start,
		    dec->sentence.end))
			from_sentence(&c, dec->sentence.start, dec->verb,
			    dec->sentence.end);
		/*
		 * A second decision in the same sentence: "levantou
		 * parcialmente as medidas ... e as ampliou em favor da filha
		 * dele, X"
		 */
		for (at = dec->verb + 1; dec->n > 1 && (at = iachrp_first_decision(
		    doc, p->f, at, dec->sentence.end, &kind)) != (size_t)-1 &&
		    kind != IACHRP_REJECT; at++)
			if (kind != dec->decisions[0])
				from_sentence(&c, dec->sentence.start, at,
				    dec->sentence.end);
		/*
		 * A follow-up that refuses a lift first ("dismissed the
		 * request to lift the measures in favor of A and B, and
		 * issued a follow-up resolution"): those the lift would have
		 * ended stay protected, and are whom it follows.
		 */
		if (c.follows && dec->decisions[0] == IACHRP_REJECT &&
		    json_array_size(c.list) == 0 &&
		    (at = iachrp_refused_act(doc, p->f, dec->verb,
		    dec->sentence.end, &kind)) != (size_t)-1 &&
		    kind == IACHRP_LIFT)
			from_sentence(&c, dec->sentence.start, at,
			    dec->sentence.end);
		/* "La Résolution 61/23 met fin à la protection dont ..." */
		for (from = dec->sentence.end; c.lifts != 0 &&
		    json_array_size(c.list) == 0 && from < p->len; from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			lifted_by_relative(&c, from, to);
		}
		/*
		 * A whole lift: whom the grant it ends protected, as the
		 * lead tells it ("The Commission had granted those measures
		 * in 2012 to protect the life of A and B").
		 */
		if (c.lifts == IACHRP_LIFT && json_array_size(c.list) == 0)
			followed_in(&c, p);
		if ((c.lifts == IACHRP_LIFT || (c.follows && c.lifts == 0 &&
		    !c.extends)) && json_array_size(c.list) == 0)
			granted_before(&c, doc, dec);
		/*
		 * The lead's other sentences that state a decision, each of
		 * their decisions: "la Comisión evaluó la implementación de
		 * las medidas otorgadas a favor de X y resolvió extender la
		 * protección a Y".
		 */
		for (from = dec->sentence.end; from < p->len; from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			/* "... decided not to grant the measures requested in
			 * favor of X": a refusal protects no one. */
			for (at = from; (at = iachrp_first_decision(doc, p->f,
			    at, to, &kind)) != (size_t)-1 &&
			    kind != IACHRP_REJECT; at++)
				from_sentence(&c, from, at, to);
		}
	}
	/*
	 * "The measures also specifically cover the Council's legal
	 * representative, A": whom the lead's later sentences add.
	 */
	if (!c.extends && c.lifts == 0 && dec->sentence.para >= 0)
		also_covered(&c, &doc->para[dec->sentence.para],
		    dec->sentence.end);
	/* Past the headline when the decision was read there. */
	if (c.extends && dec->sentence.para >= 0 &&
	    dec->sentence.para < doc->lead)
		covered_later(&c, doc, (size_t)doc->lead, 0);
	else if (c.extends && dec->sentence.para >= 0)
		covered_later(&c, doc, (size_t)dec->sentence.para,
		    dec->sentence.end);
	/*
	 * A lead that asks first and tells the act after: "The IACHR has
	 * asked the State of Guatemala to protect the life of X. The
	 * precautionary measures ... were granted on May 6, 2011."
	 */
	if (json_array_size(c.list) == 0 && dec->sentence.para >= 0 &&
	    dec->sentence.para == doc->lead && dec->sentence.start > 0)
		asked_before(&c, doc, dec);
	/*
	 * A decision told after the lead that names no one, the lead
	 * naming them with the resolution: "a adopté la résolution 48/2023,
	 * relative à la MC 640-23, en faveur de A et de B"
	 */
	if (json_array_size(c.list) == 0 && doc->lead >= 0 &&
	    dec->sentence.para > doc->lead)
		resolution_in_favour(&c, doc);
	if (json_array_size(c.list) == 0 && dec->sentence.para >= 0)
		later(&c, doc, (size_t)dec->sentence.para);
	if (json_array_size(c.list) == 0 && doc->lead >= 0)
		declared(&c, doc, (size_t)doc->lead);
	else if (dec->sentence.para >= 0) {
		further_decisions(&c, doc, (size_t)dec->sentence.para);
		operative_items(&c, doc, (size_t)dec->sentence.para);
	}
	for (i = 0; i < dec->n && dec->sentence.para >= 0; i++)
		if (dec->decisions[i] == IACHRP_FOLLOW_UP)
			followed(&c, doc, (size_t)dec->sentence.para);
	name_counted_set(&c, doc);
	if (dec->sentence.para >= 0) {
		size_t had;

		protected_later(&c, doc, (size_t)dec->sentence.para);
		members_among_later(&c, doc, (size_t)dec->sentence.para);
		had = json_array_size(c.list);
		named_at_risk(&c, doc, (size_t)dec->sentence.para);
		/* "a família X, composta por sete pessoas, entre elas A":
		 * the members of a group the finding named */
		if (json_array_size(c.list) > had)
			members_among_later(&c, doc,
			    (size_t)dec->sentence.para);
	}
	if (c.lifts == 0 && json_array_size(c.list) > 0 &&
	    dec->sentence.para >= 0) {
		family_named_later(&c, doc, dec);
		members_composed_later(&c, doc, dec);
	}
	/*
	 * A later list or the requests, where nothing before named anyone
	 * ("Se trata de dirigentes estudiantiles, campesinos ...", then a
	 * list of names).
	 */
	if (json_array_size(c.list) == 0 || unnamed_only(c.list))
		listed_or_requested(&c, doc);
	else if (c.follows)
		/*
		 * A follow-up covers everyone the measure protects: those its
		 * requests name too, kept after a partial lift or added by an
		 * extension told in numbers ("extended it to two more").
		 */
		add_requested(&c, doc, 1, "a person the follow-up's requests "
		    "ask the State to protect");
	else if (!c.extends && c.lifts == 0)
		add_requested(&c, doc, 0, "a person a request asks the State "
		    "to protect");
	/*
	 * "... a favor de A y de cinco integrantes de su familia. [...] La
	 * Comisión identificó como personas beneficiarias a las siguientes
	 * seis personas:" and a list: all of them; also those a follow-up
	 * lists ("As pessoas protegidas são:").
	 */
	if (json_array_size(c.list) > 0 && !c.extends && c.lifts == 0)
		beneficiaries_listed(&c, doc);
	/* Whom the finding of risk names, where an extension names no one. */
	if (json_array_size(c.list) == 0 && c.extends &&
	    dec->sentence.para >= 0)
		named_at_risk(&c, doc, (size_t)dec->sentence.para);
	/*
	 * Relatives an extension covers, or a grant to "several of his
	 * relatives", named later by their kin: all of them, where the
	 * requests name only some.
	 */
	if (dec->sentence.para >= 0 && (c.extends || (c.lifts == 0 &&
	    !c.follows && iachrp_contains(doc->para[dec->sentence.para].f,
	    dec->verb, dec->sentence.end, iachrp_lex_relatives_noun))))
		kin_named_later(&c, doc, dec);
	/* "para proteger también a otras personas de su entorno" */
	if (c.extends && !c.requests && json_array_size(c.list) > 0 &&
	    unnamed_only(c.list))
		requested_new(&c, doc);
	if (json_array_size(c.list) == 0 && dec->sentence.para >= 0)
		roles_named_later(&c, doc, dec, 0);
	/*
	 * A whole lift told by roles, or for "X and members of his family",
	 * or that names no one ("decided to lift the measures"): the persons
	 * its grant and extensions named
	 */
	if (c.lifts == IACHRP_LIFT && !c.follows && !c.extends &&
	    dec->sentence.para >= 0 && (json_array_size(c.list) == 0 ||
	    !lead_names_person(&c, doc, dec) ||
	    iachrp_contains(doc->para[dec->sentence.para].f,
	    dec->sentence.start, dec->sentence.end, family_words)))
		granted_persons_lifted(&c, doc, (size_t)dec->sentence.para);
	/* "una periodista ... [later] La periodista es X" */
	if (dec->sentence.para >= 0)
		roles_named_later(&c, doc, dec, 1);
	/* The title counts where the body names no one. */
	if (json_array_size(c.list) == 0 && doc->title >= 0) {
		p = &doc->para[doc->title];
		c.s = p->s;
		c.f = p->f;
		from_sentence(&c, 0, 0, p->len);
		name_counted_set(&c, doc);
	}
	if (json_array_size(c.list) == 0 && dec->sentence.para >= 0)
		named_around(&c, doc, dec);
	if (json_array_size(c.list) == 0 || unnamed_only(c.list))
		requested_groups(&c, doc);
	if (dec->sentence.para >= 0)
		drop_sets_of_named(&c, doc, (size_t)dec->sentence.para);
	/*
	 * Not where the resolution lifts for some and keeps or adds others:
	 * its own lift may be told with earlier years.
	 */
	if (((c.lifts == 0 && (c.follows || c.extends)) ||
	    (c.lifts == IACHRP_LIFT && !c.follows && !c.extends)) &&
	    dec->sentence.para >= 0)
		drop_lifted_before(&c, doc, dec);
	for (i = 0; i < dec->n && dec->decisions[i] != IACHRP_REJECT; i++)
		;
	if (i < dec->n)
		drop_refused(&c, doc);
	spell_out_acronyms(&c);
	drop_bracketed_acronyms(&c);
	drop_commission(c.list);
	merge_same_persons(c.list);
	drop_unnamed_sets(c.list);
	order_by_mention(doc, c.list);
	merge_same_groups(c.list);
	drop_short_groups(c.list);
	return c.list;
}
