/*
 * The scope of the decision: who is new in an extension, lifted in a
 * lift, covered by a follow-up; sets counted and then named; roles and
 * relatives named around the beneficiaries.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "beneficiaries.h"

/* True when name holds a capital letter: a name, not "a union leader". */
int
named(const char *name)
{
	for (; *name != '\0'; name += iachrp_char_len(name))
		if (iachrp_is_upper_at(name))
			return 1;
	return 0;
}

/* Removes from names the persons c's list holds already. */
static void
drop_entered(const struct ctx *c, json_t *names)
{
	const json_t *w;
	const char *name;
	size_t i, k;

	for (i = json_array_size(names); i-- > 0;) {
		name = json_string_value(json_array_get(names, i));
		json_array_foreach(c->list, k, w)
			if (strcmp(json_string_value(json_object_get(w, "kind")),
			    "person") == 0 && same_person(name, 0, strlen(name),
			    json_string_value(json_object_get(w, "name"))))
				break;
		if (k < json_array_size(c->list))
			json_array_remove(names, i);
	}
}

/*
 * In an extension, drops from names the persons the lead names: those
 * the measure protects already ("valoró la situación del beneficiario X
 * y extendió la protección a otros dos presos").
 */
void
drop_named_in_lead(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names)
{
	json_t *lead;
	const char *name;
	size_t i, k;

	if (!c->extends || doc->lead < 0 || (lead = json_array()) == NULL)
		return;
	person_names(c, &doc->para[doc->lead], lead);
	for (i = json_array_size(names); i-- > 0;) {
		name = json_string_value(json_array_get(names, i));
		for (k = 0; k < json_array_size(lead); k++)
			if (same_person(name, 0, strlen(name),
			    json_string_value(json_array_get(lead, k))))
				break;
		if (k < json_array_size(lead))
			json_array_remove(names, i);
	}
	json_decref(lead);
}

/*
 * The first sentence from the lead on that names as many new persons as
 * the counted set holds ("officers arrested A, the union's secretary;
 * B, a delegate; and C, its press officer"): their names into names.
 */
static void
names_of_one_sentence(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names)
{
	size_t i, from, to;

	for (i = doc->lead < 0 ? 0 : (size_t)doc->lead; i < doc->npara;
	    i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (from = 0; from < p->len; from = (size_t)(
		    iachrp_skip_space(p->s + to) - p->s)) {
			to = iachrp_sentence_end(p->s, from);
			json_array_clear(names);
			persons_in(c, p, from, to, names);
			/* "por lo que se las identifica como A.B. y C.D." */
			initials_in(c, from, to, names);
			/* The lead's own sentences name the set's persons. */
			if (i != (size_t)doc->lead)
				drop_named_in_lead(c, doc, names);
			if (json_array_size(names) == (size_t)c->count)
				return;
		}
	}
	json_array_clear(names);
}

/* How many entries of list after the one at index at are persons. */
static size_t
persons_after(const json_t *list, size_t at)
{
	size_t i, n = 0;

	for (i = at + 1; i < json_array_size(list); i++)
		if (strcmp(json_string_value(json_object_get(json_array_get(
		    list, i), "kind")), "person") == 0)
			n++;
	return n;
}

/*
 * Takes out of c's list its entries from index from on (those after its
 * counted set), so that the
 * set's members are sought as if none were entered yet: one entered
 * already by a later decision ("... lever les mesures à son égard") is
 * one of them, and counts.
 */
static json_t *
set_aside_after(struct ctx *c, size_t from)
{
	json_t *aside = json_array();

	while (aside != NULL && json_array_size(c->list) > from) {
		if (json_array_append(aside, json_array_get(c->list,
		    from)) != 0) {
			json_decref(aside);
			return NULL;
		}
		json_array_remove(c->list, from);
	}
	return aside;
}

/* Puts back into c's list the entries of aside it does not hold now. */
static void
put_back(struct ctx *c, json_t *aside)
{
	const json_t *v;
	const char *name;
	size_t i;

	json_array_foreach(aside, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (!entry_named(c, name, 0, strlen(name)) &&
		    iachrp_append(c->doc, c->list, json_incref((json_t *)v)))
			break;
	}
	json_decref(aside);
}

/*
 * Puts in place of c's counted set the groups of the first list, where
 * it holds as many as the set counts: 1, or 0 where it does not.
 */
static int
groups_listed(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *groups = json_array();
	size_t i;

	if (groups == NULL) {
		iachrp_nomem(doc);
		return 0;
	}
	listed_groups(c, doc, groups);
	if (json_array_size(groups) != (size_t)c->count) {
		json_decref(groups);
		return 0;
	}
	json_array_remove(c->list, c->counted);
	for (i = json_array_size(groups); i-- > 0;)
		if (json_array_insert(c->list, c->counted,
		    json_array_get(groups, i)) != 0) {
			iachrp_nomem(doc);
			break;
		}
	json_decref(groups);
	return 1;
}

/*
 * A counted set of persons ("neuf personnes privées de liberté") whose
 * members the release names one by one, as many as it counts: the
 * entries are the names, in place of the set.
 */
void
name_counted_set(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *names, *entry, *aside = NULL;
	const json_t *v;
	const char *name;
	size_t i, k;

	if (c->count < 2 && c->count != LISTED_AHEAD)
		return;
	/*
	 * A partial lift's counted set is the measure's, whose members are
	 * not all lifted: the scope, read later, says who is, and where it
	 * named them already the set is none of them.
	 */
	if (c->lifts == IACHRP_PARTIAL_LIFT && !c->follows) {
		v = json_array_get(c->list, c->counted);
		if (v != NULL && strcmp(json_string_value(json_object_get(v,
		    "kind")), "group") == 0 && persons_after(c->list,
		    c->counted) > 0)
			json_array_remove(c->list, c->counted);
		return;
	}
	/*
	 * Its members are the entries after it, as many as it counts;
	 * not in an extension, whose set is of the persons it adds.
	 */
	if (c->count > 0 && !c->extends && persons_after(c->list,
	    c->counted) >= (size_t)c->count) {
		v = json_array_get(c->list, c->counted);
		if (v != NULL && strcmp(json_string_value(json_object_get(v,
		    "kind")), "group") == 0)
			json_array_remove(c->list, c->counted);
		return;
	}
	/* An extension's later entries are others, those it adds. */
	if ((names = json_array()) == NULL ||
	    (aside = set_aside_after(c, c->extends ? SIZE_MAX :
	    c->counted + 1)) == NULL) {
		json_decref(names);
		iachrp_nomem(doc);
		return;
	}
	/* "the following persons:", then a list: as many as it holds */
	if (c->count == LISTED_AHEAD) {
		listed_names(c, doc, names, 0);
		/* the set may be gone, read again by another rule */
		if (json_array_size(names) > 0)
			c->count = (int)json_array_size(names);
		else if ((v = json_array_get(c->list, c->counted)) != NULL &&
		    !named(json_string_value(json_object_get(v, "name"))))
			json_array_remove(c->list, c->counted);
	} else {
		named_list(c, doc, names, 0);
		/*
		 * "a favor de ocho estudiantes ... y de un adolescente. Las
		 * personas beneficiarias son A, ..., H y J.D.M.P.": the
		 * sentence that names them says who they are, more than the
		 * set counted
		 */
		if (json_array_size(names) > (size_t)c->count)
			c->count = (int)json_array_size(names);
	}
	if (c->count > 0 && json_array_size(names) != (size_t)c->count) {
		json_array_clear(names);
		listed_names(c, doc, names, 0);
	}
	if (c->count > 0 && json_array_size(names) != (size_t)c->count) {
		json_array_clear(names);
		requested_names(c, doc, names);
		/* "proteger A, B e C", A protected already: B and C */
		drop_entered(c, names);
		if (json_array_size(names) != (size_t)c->count)
			drop_named_in_lead(c, doc, names);
	}
	if (c->count > 0 && json_array_size(names) != (size_t)c->count) {
		json_array_clear(names);
		for (i = doc->lead < 0 ? 0 : (size_t)doc->lead;
		    i < doc->npara && json_array_size(names) <=
		    (size_t)c->count; i++)
			if (doc->para[i].kind == IACHRP_BODY &&
			    !doc->para[i].mandate)
				persons_in(c, &doc->para[i], 0,
				    doc->para[i].len, names);
		if (json_array_size(names) != (size_t)c->count)
			drop_named_in_lead(c, doc, names);
	}
	if (c->count > 0 && json_array_size(names) != (size_t)c->count) {
		json_array_clear(names);
		names_of_one_sentence(c, doc, names);
	}
	/* "cinco comunidades ... Las comunidades beneficiarias son las
	 * siguientes:" and a list of five communities: the groups */
	if (c->count > 0 && json_array_size(names) != (size_t)c->count &&
	    groups_listed(c, doc)) {
		put_back(c, aside);
		json_decref(names);
		return;
	}
	if (json_array_size(names) == (size_t)c->count) {
		json_array_remove(c->list, c->counted);
		for (i = json_array_size(names); i-- > 0;) {
			name = json_string_value(json_array_get(names, i));
			/* Named already, as a follow-up's own list does */
			json_array_foreach(c->list, k, v)
				if (same_person(name, 0, strlen(name),
				    json_string_value(json_object_get(v,
				    "name"))))
					break;
			if (k < json_array_size(c->list))
				continue;
			entry = iachrp_pair("name", json_incref(
			    json_array_get(names, i)), "kind",
			    json_string("person"));
			if (entry == NULL ||
			    json_array_insert_new(c->list, c->counted, entry)) {
				iachrp_nomem(doc);
				break;
			}
			iachrp_trace_string(doc, "beneficiaries",
			    json_string_value(json_array_get(names, i)),
			    strlen(json_string_value(json_array_get(names, i))),
			    "a member of a counted set, named one by one");
		}
	}
	put_back(c, aside);
	json_decref(names);
}

/*
 * True when the one entry is a group the lead p tells by its members
 * ("levantar las medidas otorgadas a integrantes de la Junta Directiva del
 * Sindicato X"): the persons a later sentence names are those members.
 */
static int
members_only(struct ctx *c, const struct iachrp_para *p)
{
	const json_t *v = json_array_get(c->list, 0);

	size_t t;

	return json_array_size(c->list) == 1 && strcmp(json_string_value(
	    json_object_get(v, "kind")), "group") == 0 && (t = word_of_set(c,
	    p, json_string_value(json_object_get(v, "name")))) != NO_WORD &&
	    iachrp_match_in(c->f + t, membership, NULL) > 0;
}

/*
 * Where p tells the group name as a set of its persons, a noun, "of" and
 * perhaps an article before it ("integrantes de la Junta X", "dirigentes
 * del Consejo X"): the noun's offset in p, with c reading p; NO_WORD
 * where it does not.
 */
size_t
word_of_set(struct ctx *c, const struct iachrp_para *p, const char *name)
{
	const char *at;
	size_t t, e;

	if ((at = strstr(p->s, name)) == NULL)
		return NO_WORD;
	c->s = p->s;
	c->f = p->f;
	/* Back over an article and "of" to the word. */
	e = (size_t)(at - p->s);
	t = word_before(c, 0, &e);
	if (word_is(c, t, e, articles, IACHRP_NCUES(articles))) {
		e = t;
		t = word_before(c, 0, &e);
	}
	if (!word_is(c, t, e, of_words, IACHRP_NCUES(of_words)))
		return NO_WORD;
	e = t;
	t = word_before(c, 0, &e);
	return t < e ? t : NO_WORD;
}

/*
 * True when name, as paragraph p prints it, opens with a word of nouns
 * (any where nouns is NULL) and, with media, names a medium: "journalists
 * of Radio X", "leaders of the Asociación X".
 */
static int
set_of(const struct iachrp_para *p, const char *name,
    const char *const *nouns, int media)
{
	const char *at = strstr(p->s, name);
	size_t k;

	if (at == NULL)
		return 0;
	k = (size_t)(at - p->s);
	return (nouns == NULL || iachrp_match_any(p->f + k, nouns, NULL) > 0) &&
	    (!media || iachrp_contains(p->f, k, k + strlen(name),
	    media_nouns));
}

/*
 * True when name, where the release first prints it, is or holds a State
 * organ ("National Assembly of Venezuela", "diputados del Congreso"): its
 * members may be protected, the organ itself is no beneficiary.
 */
static int
state_organ(const struct iachrp_doc *doc, const char *name)
{
	const char *at;
	size_t i, k;

	for (i = 0; i < doc->npara; i++) {
		if ((at = strstr(doc->para[i].s, name)) == NULL)
			continue;
		k = (size_t)(at - doc->para[i].s);
		return iachrp_contains(doc->para[i].f, k, k + strlen(name),
		    iachrp_lex_state_organ);
	}
	return 0;
}

/*
 * True when the words that end at e in c's paragraph are a cue that names
 * the measure's subject without saying it protects it.
 */
static int
subject_ends(struct ctx *c, size_t e)
{
	size_t k, end;
	int i;

	while (e > 0 && c->s[e - 1] == ' ')
		e--;
	for (end = e, i = 0; i < 3 && e > 0; i++, e = k)
		if ((k = word_before(c, 0, &e)) < e && iachrp_match_in(c->f + k,
		    iachrp_lex_subject_cue, NULL) == end - k)
			return 1;
	return 0;
}

/*
 * True when the words before offset t, perhaps past an article, are a
 * cue that names the measure's subject without saying it protects it:
 * "relativa a integrantes del Colectivo X", "concerning members of X".
 */
static int
subject_before(struct ctx *c, size_t t)
{
	size_t e = t, k;

	if (subject_ends(c, t))
		return 1;
	k = word_before(c, 0, &e);
	return word_is(c, k, e, articles, IACHRP_NCUES(articles)) &&
	    subject_ends(c, k);
}

/*
 * True when one of the two words before offset t picks some of a set
 * ("à des membres", "un nuevo integrante", "two members"), not all of it.
 */
static int
some_members_before(struct ctx *c, size_t t)
{
	static const char *const *const some[IACHRP_NLANG] = {
		iachrp_lex_some_members_en, iachrp_lex_some_members_es,
		iachrp_lex_some_members_pt, iachrp_lex_some_members_fr
	};
	size_t e = t, k, n;
	int i;

	for (i = 0; i < 2 && e > 0; i++, e = k)
		/* one word ("un [nuevo]") or two ("à des") */
		if ((k = word_before(c, 0, &e)) < e && ((n = iachrp_match_any(
		    c->f + k, some[c->lang], NULL)) == e - k || (n > 0 &&
		    skip_spaces(c->f, k + n, t) == t)))
			return 1;
	return 0;
}

/*
 * The first body paragraph from *i on that prints name, with *i its index
 * and *at where name stands, or NULL.
 */
static const struct iachrp_para *
body_naming(const struct iachrp_doc *doc, size_t *i, const char *name,
    const char **at)
{
	const struct iachrp_para *p;

	for (; *i < doc->npara; (*i)++) {
		p = &doc->para[*i];
		if (p->kind == IACHRP_BODY && !p->mandate &&
		    (*at = strstr(p->s, name)) != NULL)
			return p;
	}
	return NULL;
}

/*
 * True when a sentence after the lead asks to protect the set named
 * name ("protect the life ... of the members of the X Community"): the
 * set is protected beyond the persons the release names.
 */
static int
set_protected_later(const struct iachrp_doc *doc, size_t lead,
    const char *name)
{
	const struct iachrp_para *p;
	const char *at;
	size_t i, k, from;

	for (i = lead + 1; (p = body_naming(doc, &i, name, &at)) != NULL;
	    i++) {
		for (; at != NULL; at = strstr(at + 1, name)) {
			from = (size_t)(at - p->s);
			for (k = 0; k < p->nword && p->word[k] < from; k++)
				if (iachrp_sentence_end(p->s, p->word[k]) >=
				    from && iachrp_match_in(p->f + p->word[k],
				    protect_cues, NULL) > 0)
					return 1;
		}
	}
	return 0;
}

/*
 * True when the sentence of paragraph p that names the set name goes on
 * to its other members ("A and B, leaders of the Community X, and the
 * other members of that community"): the set is protected beyond the
 * persons it names.
 */
static int
others_of_set_after(struct ctx *c, const struct iachrp_para *p,
    const char *name)
{
	const char *at = strstr(p->s, name);
	size_t k, n, to;

	if (at == NULL)
		return 0;
	c->s = p->s;
	c->f = p->f;
	k = (size_t)(at - p->s) + strlen(name);
	for (to = iachrp_sentence_end(p->s, k); k < to;
	    k = skip_spaces(p->s, token_end(p->s, k, to), to))
		if ((n = word_then_space(p->f, k, other_words)) > 0 &&
		    iachrp_match_in(p->f + k + n, membership, NULL) > 0)
			return 1;
	return 0;
}

static int persons_granted_before(struct ctx *c,
    const struct iachrp_doc *doc, size_t lead, int alone);

/*
 * True when paragraph p names some of the set name "among" its members
 * ("membres de l'équipe X, notamment son directeur, A"): the set is
 * protected beyond the persons named, and stays an entry.
 */
static int
named_among_set(struct ctx *c, const struct iachrp_para *p, const char *name)
{
	const char *at = strstr(p->s, name);
	size_t e;

	if (at == NULL)
		return 0;
	c->s = p->s;
	c->f = p->f;
	e = (size_t)(at - p->s) + strlen(name);
	return among_after(c, e, iachrp_sentence_end(p->s, e)) > 0;
}

/*
 * A group the lead tells by its leaders ("relativas a dirigentes del
 * Consejo Comunitario X"), where persons are entries too: those are the
 * leaders, and the group, which the measures do not protect beyond them,
 * is none.  So is the group of members a partial lift names some of
 * ("vigente a favor de integrantes del Movimiento X, en lo que respecta
 * a A y B"): the measure's, not lifted.
 */
void
drop_sets_of_named(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead)
{
	const json_t *v;
	const char *name;
	size_t i, t, persons = 0;

	json_array_foreach(c->list, i, v)
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") == 0)
			persons++;
	for (i = json_array_size(c->list); persons > 0 && i-- > 0;) {
		v = json_array_get(c->list, i);
		/*
		 * "regarding journalists of Radio X", a follow-up's; "leaders
		 * of the Asociación X", whose leaders are named
		 */
		name = json_string_value(json_object_get(v, "name"));
		/* "a group of deputies of the National Assembly": named */
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") == 0 && state_organ(doc, name)) {
			json_array_remove(c->list, i);
			continue;
		}
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") == 0 && (named_among_set(c, &doc->para[lead],
		    name) || others_of_set_after(c, &doc->para[lead], name)))
			continue;
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") == 0 && ((c->follows && i == 0 &&
		    set_of(&doc->para[lead], name, person_nouns, 1)) ||
		    /*
		     * "que protege comunicadores populares do município X",
		     * a follow-up's set whose persons the grant named
		     */
		    (c->follows && i == 0 && set_of(&doc->para[lead], name,
		    person_nouns, 0) && !set_protected_later(doc, lead,
		    name) && persons_granted_before(c, doc, lead, 1)) ||
		    set_of(&doc->para[lead], name, iachrp_lex_leader_noun,
		    0))) {
			json_array_remove(c->list, i);
			continue;
		}
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") == 0 && (t = word_of_set(c, &doc->para[lead],
		    name)) != NO_WORD && (iachrp_match_in(c->f + t,
		    iachrp_lex_leader_noun, NULL) > 0 ||
		    /*
		     * a follow-up "regarding journalists of Radio X" whose
		     * persons it names one by one
		     */
		    /*
		     * a follow-up's measure "relativa a integrantes del
		     * Colectivo X", whose members it names
		     */
		    (c->follows && i == 0 && iachrp_match_in(c->f + t,
		    membership, NULL) > 0 && subject_before(c, t) &&
		    !set_protected_later(doc, lead, name) &&
		    persons_granted_before(c, doc, lead, 0)) ||
		    (c->follows && i == 0 && iachrp_match_in(c->f + t,
		    person_nouns, NULL) > 0 && set_of(&doc->para[lead],
		    name, NULL, 1) && !set_protected_later(doc, lead,
		    name)) ||
		    /* "accordées à des membres du Réseau X", named */
		    (c->follows && i == 0 && iachrp_match_in(c->f + t,
		    membership, NULL) > 0 && some_members_before(c, t)) ||
		    (c->lifts ==
		    IACHRP_PARTIAL_LIFT && !c->follows &&
		    iachrp_match_in(c->f + t, membership, NULL) > 0)))
			json_array_remove(c->list, i);
	}
}

/* True when every entry is a group that names no one. */
int
unnamed_only(const json_t *list)
{
	size_t i;
	const json_t *v;
	const char *name;

	if (json_array_size(list) == 0)
		return 0;
	json_array_foreach(list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") != 0 || named(name))
			return 0;
	}
	return 1;
}

/*
 * Whom an applicant asked to add to the measures in paragraph p ("LADES
 * pidió extender la protección a A y a B"), into c.
 */
static void
asked_extension_in(struct ctx *c, const struct iachrp_para *p)
{
	size_t k, n, to;

	if (p->kind != IACHRP_BODY || p->mandate)
		return;
	c->s = p->s;
	c->f = p->f;
	for (k = 0; k < p->nword; k++) {
		if ((n = iachrp_match_in(p->f + p->word[k],
		    asked_extension_cues, NULL)) == 0)
			continue;
		to = iachrp_sentence_end(p->s, p->word[k]);
		joined_targets(c, skip_spaces(p->s, p->word[k] + n, to), to);
		return;
	}
}

/*
 * At word k of p, a phrase that says whom the decision reaches: a cue
 * ("the lifting concerns"), or a verb of reach in a sentence whose
 * subject is the decision ("La decisión consta en la Resolución 22/25 y
 * alcanza a A y a B").  Its bytes, or 0.
 */
static size_t
scope_at(const struct iachrp_para *p, size_t k)
{
	size_t at = p->word[k], n, from, next;

	if ((n = iachrp_match_in(p->f + at, scope_cues, NULL)) == 0) {
		if ((n = iachrp_match_in(p->f + at, scope_verbs, NULL)) == 0 ||
		    iachrp_is_alpha_at(p->f + at + n))
			return 0;
		from = sentence_start(p, at);
		if (at > from + 120 || iachrp_match_in(p->f + from,
		    scope_subjects, NULL) == 0)
			return 0;
	}
	/* "The decision ... concerns PM 1606-18": the measure, no one */
	next = skip_spaces(p->s, at + n, p->len);
	if (iachrp_match_in(p->f + next, iachrp_lex_measure_cue, NULL) > 0 ||
	    skip_file_number(p->f, next, p->len) > next)
		return 0;
	return n;
}

/*
 * True when the decision's sentence tells whom the measure protected
 * before ("extend the measures granted to A", "que protege a A"): the
 * persons it names are not the extension's.
 */
static int
earlier_grant_told(const struct ctx *c)
{
	const struct iachrp_para *p;
	size_t k, n, e;

	if (c->dec->sentence.para < 0)
		return 0;
	p = &c->doc->para[c->dec->sentence.para];
	if (iachrp_contains(p->f, c->dec->sentence.start,
	    c->dec->sentence.end, protected_rels))
		return 1;
	/* "granted to A", not "adopted Resolution 47/2020" */
	for (k = iachrp_word_from(p, c->dec->sentence.start); k < p->nword &&
	    p->word[k] < c->dec->sentence.end; k++) {
		if ((n = iachrp_match_in(p->f + p->word[k], granted_words,
		    NULL)) == 0)
			continue;
		e = skip_spaces(p->f, token_end(p->f, p->word[k] + n - 1,
		    p->len), p->len);
		if (iachrp_match_in(p->f + e, iachrp_lex_resolution_cue,
		    NULL) == 0)
			return 1;
	}
	return 0;
}

/*
 * After a decision that adds no one by itself, the sentences of its
 * paragraph from from on that say whom the measures also cover ("The
 * measures also specifically cover the Council's legal representative,
 * A, and its women's coordinator, B", "A proteção alcança todos os
 * moradores da comunidade, entre eles A e B", "The association's
 * president, A, is among the persons protected"): their persons join the
 * entries.
 */
void
also_covered(struct ctx *c, const struct iachrp_para *p, size_t from)
{
	size_t k, n, to;

	c->s = p->s;
	c->f = p->f;
	for (; from < p->len; from = to) {
		from = skip_spaces(p->s, from, p->len);
		to = iachrp_sentence_end(p->s, from);
		for (k = iachrp_word_from(p, from); k < p->nword &&
		    p->word[k] < to; k++) {
			/* "The association's president, A, is among the
			 * persons protected" */
			if (iachrp_match_in(p->f + p->word[k],
			    iachrp_lex_protected_among, NULL) > 0) {
				add_named_in(c, p, from, p->word[k], "a person "
				    "the release counts among those protected");
				break;
			}
			/* "also", or the protection itself as the subject */
			if ((n = iachrp_match_in(p->f + p->word[k],
			    coverage_cues, NULL)) == 0 ||
			    (!iachrp_contains(p->f, p->word[k], p->word[k] + n,
			    iachrp_lex_additive) && !iachrp_contains(p->f,
			    p->word[k], p->word[k] + n, measure_nouns)))
				continue;
			joined_targets(c, skip_spaces(p->s, p->word[k] + n, to),
			    to);
			break;
		}
	}
}

/*
 * In an extension, a sentence after the decision that says whom the
 * measures now cover ("La résolution 14/24 vise désormais aussi A et B",
 * "Com a Resolução 91/24, passam a estar protegidos quatro integrantes
 * da equipe: A, B, C e D"), in the decision's paragraph or the next one,
 * or one on the extension's scope anywhere after ("The extension covers
 * A and B"): its entries replace those read so far, which tell of the
 * measures as they were, or join them when a follow-up is decided too.
 */
void
covered_later(struct ctx *c, const struct iachrp_doc *doc, size_t para,
    size_t from)
{
	struct ctx scratch;
	size_t i, k, n, to;
	int also = 0;

	if (new_scratch(&scratch, c) != 0)
		return;
	for (i = para; i < doc->npara &&
	    json_array_size(scratch.list) == 0; i++, from = 0) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		scratch.s = p->s;
		scratch.f = p->f;
		for (k = 0; k < p->nword; k++) {
			/* "The extension covers A and B", anywhere after */
			if (p->word[k] < from || ((n = scope_at(p, k)) == 0 &&
			    (i > para + 1 || (n = iachrp_match_in(p->f +
			    p->word[k], coverage_cues, NULL)) == 0 ||
			    /* "... e ampliadas em 2021 para proteger também" */
			    iachrp_earlier_act(doc, p->f, sentence_start(p,
			    p->word[k]), p->word[k]))))
				continue;
			to = iachrp_sentence_end(p->s, p->word[k]);
			also = iachrp_contains(p->f, p->word[k], p->word[k] + n,
			    iachrp_lex_additive);
			n = skip_spaces(p->s, p->word[k] + n, to);
			/* "A ampliação beneficia:" and a list */
			if (p->s[n] == ':' && skip_spaces(p->s, n + 1,
			    p->len) == p->len)
				listed(&scratch, doc, i, 0);
			else
				joined_targets(&scratch, n, to);
			break;
		}
	}
	/* "LADES pidió extender la protección a A y a B", anywhere after */
	for (i = para; i < doc->npara && json_array_size(scratch.list) == 0;
	    i++)
		asked_extension_in(&scratch, &doc->para[i]);
	if (json_array_size(scratch.list) > 0 && !unnamed_only(scratch.list) &&
	    (c->follows || c->lifts || (also && !earlier_grant_told(c)))) {
		/*
		 * A follow-up decided too covers those named before; a lift
		 * decided too, those it lifts; "The extension also covers
		 * B" after "extending the measure in favor of A", B too.
		 */
		if (json_array_extend(c->list, scratch.list) != 0)
			iachrp_nomem(doc);
		json_decref(scratch.list);
		c->count = 0;
	} else if (json_array_size(scratch.list) > 0 &&
	    !unnamed_only(scratch.list)) {
		json_decref(c->list);
		c->list = scratch.list;
		c->count = scratch.count;
		c->counted = scratch.counted;
	} else
		json_decref(scratch.list);
}

/*
 * True when the measures are the subject of the verb at word k of p:
 * "The measures protect", "The measure, granted through Resolution
 * 39/17, protects".
 */
static int
measures_subject(const struct iachrp_para *p, size_t k)
{
	size_t e = p->word[k], b;

	while (e > 0 && p->f[e - 1] == ' ')
		e--;
	/* Back over an aside set off by commas. */
	if (e > 0 && p->f[e - 1] == ',') {
		for (b = e - 1; b > 0 && b + 80 > e && p->f[b - 1] != ',';)
			b--;
		if (b == 0 || p->f[b - 1] != ',')
			return 0;
		e = b - 1;
	}
	for (b = e; b > 0 && p->f[b - 1] != ' ';)
		b--;
	return e > b && iachrp_match_in(p->f + b, measure_nouns, NULL) ==
	    e - b;
}

/* Appends the persons of list, and with groups its groups, that are not
 * entries of c yet. */
static void
add_new_persons(struct ctx *c, const json_t *list, int groups)
{
	const json_t *v;
	const char *name;
	size_t i;

	json_array_foreach(list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if ((!groups && strcmp(json_string_value(json_object_get(v,
		    "kind")), "person") != 0) || entry_named(c, name, 0,
		    strlen(name)))
			continue;
		if (iachrp_append(c->doc, c->list, json_incref((json_t *)v)))
			break;
	}
}

/*
 * Gives a group of list named by its acronym ("all members of the CFM")
 * the full name an entry of c has ("Collectif des Femmes de Martissant").
 */
static void
named_in_full(const struct ctx *c, json_t *list)
{
	json_t *v, *full;
	const char *name;
	size_t i, k;

	json_array_foreach(list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		for (k = 0; k < json_array_size(c->list); k++) {
			full = json_object_get(json_array_get(c->list, k),
			    "name");
			if (acronym_of(name, strlen(name),
			    json_string_value(full))) {
				if (json_object_set(v, "name", full) != 0)
					iachrp_nomem(c->doc);
				break;
			}
		}
	}
}

/*
 * Where the lead names only a set ("en faveur de personnes détenues pour
 * des motifs politiques"), a later sentence whose subject is the
 * measures names whom they protect ("Les mesures protègent A et B"), or
 * one tells whom the decision reaches ("La decisión alcanza al exfiscal
 * A y a la jueza B"): those entries replace the set.  Whom a partial lift
 * reaches ("The lifting concerns A and B") replaces any entries.
 */
void
protected_later(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	struct ctx scratch;
	size_t i, k, n, to;
	int empty = json_array_size(c->list) == 0;
	int unnamed = empty || unnamed_only(c->list) ||
	    members_only(c, &doc->para[lead]);
	int named_lead, also = 0;

	/*
	 * A partial lift's scope replaces whatever the lead named, unless a
	 * follow-up covers those named too.  After a grant's named lead,
	 * the persons a later sentence says the measures protect are added
	 * ("Las medidas protegen de manera individualizada a tres
	 * integrantes de la junta directiva: 1) A; 2) B; y 3) C").
	 */
	named_lead = !unnamed && (c->lifts != IACHRP_PARTIAL_LIFT ||
	    c->follows);
	if (named_lead && (c->extends || c->lifts))
		return;
	if (new_scratch(&scratch, c) != 0)
		return;
	for (i = lead; i < doc->npara &&
	    json_array_size(scratch.list) == 0; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		scratch.s = p->s;
		scratch.f = p->f;
		/*
		 * "1. To lift the precautionary measures in favor of A and
		 * B;", "la CIDH a décidé de lever la mesure en faveur de A et
		 * de B, et de la maintenir pour C": a later sentence that
		 * lifts
		 */
		for (k = 0; k < p->nword; k++) {
			/* "La decisión alcanza al exfiscal X y a la jueza Y" */
			if (!named_lead && (n = scope_at(p, k)) > 0) {
				/* "... lifted with respect to A, and remain in
				 * force for B": A */
				to = kept_from(&scratch, p->word[k] + n,
				    iachrp_sentence_end(p->s, p->word[k]));
				n = skip_spaces(p->s, p->word[k] + n, to);
				/* "As pessoas ... levantada são:" and a list */
				if (p->s[n] == ':' && skip_spaces(p->s, n + 1,
				    p->len) == p->len)
					listed(&scratch, doc, i, 0);
				else
					target(&scratch, n, to);
				break;
			}
			if (!measures_subject(p, k) ||
			    (n = iachrp_match_in(p->f + p->word[k],
			    protect_verbs, NULL)) == 0)
				continue;
			to = iachrp_sentence_end(p->s, p->word[k]);
			n = skip_spaces(p->s, p->word[k] + n, to);
			/*
			 * In the lead, once nothing else named anyone; or
			 * where it adds to those named: "La medida protege
			 * también a las 63 familias de X", a group too.
			 */
			also = iachrp_match_in(p->f + n, iachrp_lex_additive,
			    NULL) > 0;
			if ((!unnamed && !named_lead) ||
			    (i == lead && !empty && !also))
				continue;
			n += iachrp_match_in(p->f + n, manner_adverbs, NULL);
			n = skip_spaces(p->s, n, to);
			/* "As medidas protegem atualmente:" and a list */
			if (p->s[n] == ':' && skip_spaces(p->s, n + 1,
			    p->len) == p->len)
				listed(&scratch, doc, i, 0);
			else
				target(&scratch, n, to);
			break;
		}
		if (c->lifts == IACHRP_PARTIAL_LIFT && i > lead &&
		    json_array_size(scratch.list) == 0) {
			scratch.count = 0;
			lifted_later(&scratch, doc, p);
			/* "... with respect to the following four persons:" */
			if (scratch.count == LISTED_AHEAD && p->len > 0 &&
			    p->s[p->len - 1] == ':') {
				json_array_remove(scratch.list,
				    scratch.counted);
				listed(&scratch, doc, i, 0);
			}
		}
	}
	if (named_lead) {
		add_new_persons(c, scratch.list, also);
		json_decref(scratch.list);
	} else if (json_array_size(scratch.list) > 0 &&
	    !unnamed_only(scratch.list)) {
		named_in_full(c, scratch.list);
		json_decref(c->list);
		c->list = scratch.list;
		c->count = 0;
	} else
		json_decref(scratch.list);
}

/*
 * True when the cue at k of p is a passive whose subject, in p[from, k),
 * is the measure: "La medida fue dejada sin efecto".
 */
static int
measure_passive(struct ctx *c, const struct iachrp_para *p, size_t from,
    size_t k)
{
	size_t e = k, w;

	c->s = p->s;
	c->f = p->f;
	w = word_before(c, from, &e);
	return w < e && iachrp_match_in(p->f + w, iachrp_lex_passive_aux,
	    NULL) == e - w && iachrp_contains(p->f, from, w,
	    iachrp_lex_measure_noun);
}

/*
 * Reads whom the first sentence of p in which the Commission lifts
 * measures, or the measures are lifted, lifts them for: "1. To lift ...
 * in favor of A and B;", "la CIDH a décidé de lever la mesure en faveur
 * de A et de B, et de la maintenir pour C", "La medida fue dejada sin
 * efecto respecto de A y B", not "Ils ont sollicité la levée de la
 * mesure".
 */
void
lifted_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_para *p)
{
	size_t from, to, k, item = item_start(p->s);
	json_t *named;
	int kind;

	for (from = item; from < p->len; from = to) {
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
		to = iachrp_sentence_end(p->s, from);
		if ((((k = iachrp_first_decision(doc, p->f, from, to,
		    &kind)) != (size_t)-1 &&
		    (kind == IACHRP_LIFT || kind == IACHRP_PARTIAL_LIFT) &&
		    (item > 0 || iachrp_contains(p->f, from, k,
		    iachrp_lex_commission_word))) ||
		    /* "La medida fue dejada sin efecto respecto de A" */
		    ((k = iachrp_cue_of_kind(doc, p->f, from, to,
		    IACHRP_LIFT)) != (size_t)-1 && measure_passive(c, p, from,
		    k)))) {
			/*
			 * "la CIDH constató que respecto de A y de la señora B
			 * ya no subsisten las circunstancias ... y levantó las
			 * medidas en lo que a ellos concierne"
			 */
			if ((named = json_array()) == NULL) {
				iachrp_nomem(doc);
				return;
			}
			persons_in(c, p, from, k, named);
			c->s = p->s;
			c->f = p->f;
			if (json_array_size(named) == 0 ||
			    !in_their_favour(c, from, k, to))
				from_cues(c, k, kept_from(c, k, to));
			json_decref(named);
			return;
		}
	}
}

/*
 * True when word k of p is an adverb of manner or time: "originally",
 * "initialement", "inicialmente", "first".
 */
static int
adverb(const struct iachrp_para *p, size_t k)
{
	return is_adverb(p->f, p->word[k], token_end(p->f, p->word[k],
	    p->len));
}

/*
 * True when word k of p ends the measures' name: their noun ("medidas",
 * "measures") or their file number ("medidas cautelares MC 408-21,").
 */
static int
measure_noun_word(const struct iachrp_para *p, size_t k)
{
	size_t e = token_end(p->f, p->word[k], p->len);

	if (iachrp_match_in(p->f + p->word[k], measure_nouns, NULL) ==
	    e - p->word[k])
		return 1;
	return k > 0 && skip_file_number(p->f, p->word[k - 1], p->len) >
	    p->word[k - 1] && skip_file_number(p->f, p->word[k - 1],
	    p->len) >= e;
}

/*
 * Where the names the text starts at a end: capitalised
 * words, particles inside names, and the commas and conjunctions that
 * join names ("Ana Pérez Soto y Luis Díaz"); a when there are none.
 */
static size_t
names_run_end(const struct ctx *c, size_t a, size_t to)
{
	size_t i, e, end = a, n;

	for (i = a; i < to; i = skip_spaces(c->s, e, to)) {
		e = token_end(c->s, i, to);
		if (iachrp_is_upper_at(c->s + i)) {
			end = e;
			if (c->s[e - 1] != ',')
				continue;
			end = e - 1;
		} else if ((n = iachrp_match_in(c->f + i, conjunctions,
		    NULL)) == 0 && iachrp_match_in(c->f + i, name_particles,
		    NULL) != e - i)
			break;
		else if (n > 0)
			e = i + n;
	}
	return end;
}

/*
 * In paragraph p, the persons whose situation a follow-up follows ("dio
 * seguimiento a la situación de A y B") and those the measure was
 * granted to ("The measures were granted in 2019 to protect A and B",
 * "las medidas otorgadas a favor de los integrantes del Consejo X").
 */
void
followed_in(struct ctx *c, const struct iachrp_para *p)
{
	size_t k, n, to;

	if (p->kind != IACHRP_BODY || p->mandate)
		return;
	c->s = p->s;
	c->f = p->f;
	for (k = 0; k < p->nword; k++) {
		size_t at = p->word[k];

		if ((n = iachrp_match_in(p->f + at, followed_cues,
		    NULL)) > 0) {
			to = iachrp_sentence_end(p->s, at);
			target(c, skip_spaces(p->s, at + n, to), to);
		} else if ((n = iachrp_match_in(p->f + at, beneficiary_nouns,
		    NULL)) > 0 && at + n < p->len && p->s[at + n] == ' ' &&
		    persons_follow(c, at + n + 1, p->len)) {
			/* "valoró la situación del beneficiario X y ..." */
			to = names_run_end(c, at + n + 1, p->len);
			add_named_in(c, p, at + n + 1, to, "a person the "
			    "follow-up calls a beneficiary");
		} else if (k > 0 && (iachrp_match_in(p->f + p->word[k -
		    (k > 1 && adverb(p, k - 1) ? 2 : 1)], passive_aux,
		    NULL) > 0 || measure_noun_word(p, k - 1) ||
		    /* "La CIDH avait octroyé ces mesures ... au profit de" */
		    word_is(c, p->word[k - 1], at - 1, iachrp_lex_past_word,
		    IACHRP_NCUES(iachrp_lex_past_word))) &&
		    (n = iachrp_match_in(p->f + at, granted_words, NULL)) > 0) {
			size_t j, had = json_array_size(c->list);

			to = iachrp_sentence_end(p->s, at);
			from_cues(c, at, to);
			/* "avait été accordée le 9 février 2023 à X" */
			j = skip_spaces(p->f, token_end(p->f, at + n - 1, to), to);
			j = skip_date(c, skip_adverb(p->f, j, to), to);
			/* not "a pedido do Conselho X": who asked */
			if (json_array_size(c->list) == had &&
			    (n = word_then_space(p->f, j, passive_preps)) > 0 &&
			    iachrp_match_in(p->f + j, iachrp_lex_request_of,
			    NULL) == 0)
				persons_of_phrase(c, j + n, phrase_end(c, j + n,
				    to));
			/* "... à l'ensemble de la population carcérale, et en
			 * particulier à deux détenus : A et B" */
			named_among(c, p, at, to);
		}
	}
}

/*
 * Where a sentence that the reader of sentences runs on past initials
 * ends: "identificado con las iniciales J.D.Y.R. Según la solicitud,
 * ...": after the initials' last stop, or to.
 */
static size_t
initials_then_sentence(const char *s, size_t from, size_t to)
{
	size_t k, t;

	for (k = from; k + 2 < to; k++) {
		if (s[k] != '.' || s[k + 1] != ' ' ||
		    !iachrp_is_upper_at(s + k + 2))
			continue;
		for (t = k; t > from && s[t - 1] != ' '; t--)
			;
		if (is_initials(s, t, k + 1) && memchr(s + t, '.', k - t))
			return k + 1;
	}
	return to;
}

/*
 * In p[from, to), a grant or an extension the Commission tells as
 * history, in a tense the release's own act is not told in ("the IACHR
 * had already extended the measures to X"): its offset and *kind, or
 * (size_t)-1.
 */
static size_t
commission_told_act(const struct iachrp_doc *doc, const struct iachrp_para *p,
    size_t from, size_t to, int *kind)
{
	static const int kinds[] = { IACHRP_EXTENSION, IACHRP_GRANT };
	size_t at, i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if ((at = iachrp_cue_of_kind(doc, p->f, from, to, kinds[i])) !=
		    (size_t)-1 && iachrp_contains(p->f, from, at,
		    iachrp_lex_commission_word)) {
			*kind = kinds[i];
			return at;
		}
	return (size_t)-1;
}

/*
 * Whom the earlier grants and extensions told in paragraph p protect, a
 * follow-up covering them all: "En mayo de 2022, la Comisión amplió la
 * protección a su pareja, la curadora X".
 */
static void
earlier_acts_in(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_para *p)
{
	size_t from, to, at;
	int kind, extends = c->extends;

	if (p->kind != IACHRP_BODY || p->mandate)
		return;
	/* read as acts of their own, not as this resolution's extension */
	c->extends = 0;
	for (from = 0; from < p->len; from = to) {
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
		to = initials_then_sentence(p->s, from,
		    iachrp_sentence_end(p->s, from));
		/* not "In 2017, the representatives asked the Commission
		 * to extend the measures to X" */
		if ((at = iachrp_first_decision(doc, p->f, from, to,
		    &kind)) == (size_t)-1)
			at = commission_told_act(doc, p, from, to, &kind);
		if (at == (size_t)-1 || (kind != IACHRP_GRANT &&
		    kind != IACHRP_EXTENSION) || !dated(p->f, from, to) ||
		    iachrp_asks(p->f, from, at))
			continue;
		c->s = p->s;
		c->f = p->f;
		from_sentence(c, from, at, to);
	}
	c->extends = extends;
}

/* Drops from c's list the persons named in p->s[a, b); how many. */
static size_t
drop_named_in(struct ctx *c, const struct iachrp_para *p, size_t a, size_t b)
{
	const char *name, *at;
	size_t k, n = 0;

	for (k = json_array_size(c->list); k-- > 0;) {
		const json_t *v = json_array_get(c->list, k);

		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0 || (at = strstr(p->s + a, name)) == NULL ||
		    (size_t)(at - p->s) + strlen(name) > b)
			continue;
		json_array_remove(c->list, k);
		n++;
	}
	return n;
}

/*
 * A refusal protects no one: drops the persons named in a sentence whose
 * decisions are refusals, or in the sentence before where it names no one
 * ("En cuanto a A y B, ... . La Comisión observó que respecto de ellos ...
 * decidió no otorgar medidas cautelares a su favor").
 */
void
drop_refused(struct ctx *c, const struct iachrp_doc *doc)
{
	size_t i, from, to, at, prev, e, w;
	int kind, refused_kind, refused, other;

	for (i = doc->lead < 0 ? 0 : (size_t)doc->lead; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		for (from = prev = 0; from < p->len; prev = from, from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			refused = other = 0;
			for (at = from; (at = iachrp_first_decision(doc, p->f,
			    at, to, &kind)) != (size_t)-1;) {
				/*
				 * another decision ("otorgó a A y no a B",
				 * "rechazó ... y amplió la medida a favor de
				 * A"); not a noun ("sin prejuzgar sobre el
				 * otorgamiento")
				 */
				e = at;
				/*
				 * "dismissed the request to lift the measures
				 * for A", in a follow-up: A stays protected
				 */
				if (kind == IACHRP_REJECT && !(c->follows &&
				    iachrp_refused_act(doc, p->f, at, to,
				    &refused_kind) != (size_t)-1 &&
				    (refused_kind == IACHRP_LIFT ||
				    refused_kind == IACHRP_PARTIAL_LIFT)))
					refused = 1;
				else if ((w = word_before(c, from, &e)) == e ||
				    !word_is(c, w, e, articles,
				    IACHRP_NCUES(articles)))
					other = 1;
				/* past the cue: "no otorgar" is no grant */
				at = (size_t)(iachrp_word_after(p->f + at) -
				    p->f);
				if (kind == IACHRP_REJECT && at < to)
					at = (size_t)(iachrp_word_after(p->f +
					    at) - p->f);
			}
			if (refused && !other && drop_named_in(c, p, from,
			    to) == 0 && from > 0 && capitals(p->s, from, to) <= 2 &&
			    iachrp_contains(p->f, from, to, their_favour_cues))
				drop_named_in(c, p, prev, from);
		}
	}
}

/*
 * A resolution covers no one whose protection an earlier lift told in
 * the body ended ("In 2020, the IACHR lifted the measures with respect to
 * Mr. X, at his own request"): drops them.
 */
void
drop_lifted_before(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	size_t lead = (size_t)dec->sentence.para;
	/*
	 * A lift's own act may be told again with its date: only a year
	 * before the decision's is an earlier lift's.
	 */
	int year = c->lifts ? latest_year(doc->para[lead].f,
	    dec->sentence.start, dec->sentence.end) : 0, told;
	struct ctx scratch;
	const json_t *v, *w;
	const char *name;
	size_t i, k, from, to, at;
	int kind;

	if (new_scratch(&scratch, c) != 0)
		return;
	scratch.count = 1;	/* no set of its own */
	for (i = lead; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (from = 0; from < p->len; from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			/* not this resolution's own lift */
			/* the year first: it is the cheaper test */
			if ((told = latest_year(p->f, from, to)) == 0 ||
			    (c->lifts && told >= year) ||
			    (i == lead && from <= dec->sentence.start &&
			    to >= dec->sentence.end) ||
			    (at = iachrp_first_decision(doc, p->f, from, to,
			    &kind)) == (size_t)-1 || (kind != IACHRP_LIFT &&
			    kind != IACHRP_PARTIAL_LIFT))
				continue;
			scratch.s = p->s;
			scratch.f = p->f;
			scratch.lifts = kind;
			from_sentence(&scratch, from, at, to);
		}
	}
	json_array_foreach(scratch.list, i, v) {
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0)
			continue;
		name = json_string_value(json_object_get(v, "name"));
		for (k = json_array_size(c->list); k-- > 0;) {
			w = json_array_get(c->list, k);
			if (same_person(name, 0, strlen(name),
			    json_string_value(json_object_get(w, "name"))))
				json_array_remove(c->list, k);
		}
	}
	json_decref(scratch.list);
}

/*
 * The persons and groups the grants and extensions told from paragraph
 * from on name ("La medida fue otorgada en 2019 a favor de A y B", "The
 * IACHR granted the measures on October 2, 2009, to A"), the measure's
 * own: a new list, or NULL.
 */
static json_t *
granted_before(struct ctx *c, const struct iachrp_doc *doc, size_t from)
{
	struct ctx scratch;
	size_t i;

	if (new_scratch(&scratch, c) != 0)
		return NULL;
	scratch.count = 1;	/* no set of its own */
	for (i = from; i < doc->npara; i++) {
		followed_in(&scratch, &doc->para[i]);
		earlier_acts_in(&scratch, doc, &doc->para[i]);
	}
	return scratch.list;
}

/*
 * True when a body paragraph after the lead names person name after a
 * cue of members in the same sentence ("a toda la población del penal, y
 * en particular a dos internos: A y B"): some of a set.
 */
static int
named_among_others(struct ctx *c, const struct iachrp_doc *doc, size_t lead,
    const char *name)
{
	const struct iachrp_para *p;
	const char *at;
	size_t i = lead + 1, k, from;

	if ((p = body_naming(doc, &i, name, &at)) == NULL)
		return 0;
	c->s = p->s;
	c->f = p->f;
	from = sentence_start(p, (size_t)(at - p->s));
	for (k = from; k < (size_t)(at - p->s); k++)
		if ((k == 0 || p->f[k - 1] == ' ') && among_cue_at(c, k) > 0)
			return 1;
	return 0;
}

/*
 * True when the grants told after the lead name persons, one by one; with
 * alone, and neither a group nor persons as some of a set.
 */
static int
persons_granted_before(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead, int alone)
{
	json_t *list = granted_before(c, doc, lead + 1);
	const json_t *v;
	size_t i;
	int persons = 0, others = 0;

	json_array_foreach(list, i, v) {
		const char *name = json_string_value(json_object_get(v,
		    "name"));

		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0 || (alone && named_among_others(c, doc,
		    lead, name)))
			others = 1;
		else
			persons = 1;
	}
	json_decref(list);
	return persons && !(alone && others);
}

/*
 * A whole lift lifts the measure for everyone it protects: the persons
 * the grant told after the lead names ("Las medidas fueron otorgadas el
 * 28 de diciembre de 2017 a favor de A, de su esposa, B, y de sus dos
 * hijos"), where the lead names them only by roles and kin, or told in
 * the lead where the lift is read after it ("In August 2014, the IACHR
 * granted precautionary measures to A ... [later] the IACHR deemed it
 * appropriate to lift the measures"); into c.
 */
void
granted_persons_lifted(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead)
{
	json_t *list = granted_before(c, doc, doc->lead >= 0 &&
	    (size_t)doc->lead < lead ? (size_t)doc->lead : lead + 1);
	const json_t *v;
	const char *name;
	size_t i;

	json_array_foreach(list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0 || entry_named(c, name, 0, strlen(name)))
			continue;
		if (iachrp_append(doc, c->list, json_incref((json_t *)v)) != 0)
			break;
		iachrp_trace_string(doc, "beneficiaries", name, strlen(name),
		    "a person the lifted measure was granted to");
	}
	json_decref(list);
}

/*
 * Whom a follow-up covers besides those the lead names: the named
 * persons and groups of followed_in, from the lead on, each once.
 */
void
followed(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	struct ctx scratch;
	size_t i, k;
	json_t *v, *w;

	if (new_scratch(&scratch, c) != 0)
		return;
	scratch.extends = 0;	/* the measure's own persons, not the new */
	for (i = lead; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		scratch.count = 0;
		followed_in(&scratch, p);
		/* "... to protect the following justice operators:", a list */
		if (scratch.count == LISTED_AHEAD && p->len > 0 &&
		    p->s[p->len - 1] == ':') {
			json_array_remove(scratch.list, scratch.counted);
			listed(&scratch, doc, i, 0);
		} else if (scratch.count > 1 && (v = json_array_get(
		    scratch.list, scratch.counted)) != NULL &&
		    named(json_string_value(json_object_get(v, "name"))))
			/*
			 * "otorgadas a favor de tres integrantes del colectivo
			 * X": those the body names, as a grant's counted set
			 * of a named group; not "two more persons linked to
			 * them", whom an extension adds
			 */
			name_counted_set(&scratch, doc);
		if (i > lead)
			earlier_acts_in(&scratch, doc, p);
	}
	json_array_foreach(scratch.list, i, v) {
		json_array_foreach(c->list, k, w)
			if (json_equal(json_object_get(v, "name"),
			    json_object_get(w, "name")))
				break;
		if (k == json_array_size(c->list) && named(json_string_value(
		    json_object_get(v, "name"))) &&
		    iachrp_append(doc, c->list, json_incref(v)) != 0)
			break;
	}
	json_decref(scratch.list);
}

/* Where an adverb before the verb at k starts ("agora estão"), or k. */
static size_t
adverb_before(const struct ctx *c, size_t from, size_t k)
{
	size_t e = k, a = word_before(c, from, &e);

	return a < e && iachrp_match_in(c->f + a, naming_adverbs, NULL) ==
	    e - a ? a : k;
}

/*
 * The verb of naming that ends s[from, at) before a beneficiaries' noun,
 * past short words ("is now a beneficiary", "son beneficiarias") or a
 * passive of joining ("fueron incorporados como beneficiarios", "ont été
 * ajoutés comme bénéficiaires"): where it starts, or 0.
 */
static size_t
verb_before(const struct ctx *c, size_t from, size_t at)
{
	size_t k = at, e, t, prev_end;
	int words, joined = 0;

	for (words = 0; words < 4 && k > from; words++) {
		while (k > from && c->s[k - 1] == ' ')
			k--;
		e = k;
		while (k > from && c->s[k - 1] != ' ')
			k--;
		if (iachrp_match_in(c->f + k, naming_verbs, NULL) == e - k ||
		    (joined && iachrp_match_in(c->f + k,
		    iachrp_lex_passive_aux, NULL) == e - k))
			return adverb_before(c, from, k);
		/* a verb of two words: "has been", "se encuentran" */
		prev_end = k;
		t = word_before(c, from, &prev_end);
		if (t < k && iachrp_match_in(c->f + t, naming_verbs, NULL) ==
		    e - t)
			return adverb_before(c, from, t);
		/* "fueron incorporados como beneficiarios" */
		if (!joined && iachrp_match_in(c->f + k, joined_as,
		    NULL) > 0) {
			joined = 1;
			continue;
		}
		if (e - k > 5 && iachrp_match_in(c->f + k, naming_adverbs,
		    NULL) != e - k)
			return 0;
	}
	return 0;
}

/* True when the measures are named at f, perhaps after an article. */
static int
measure_named_at(const char *f)
{
	size_t n;

	if ((n = iachrp_match_in(f, articles, NULL)) > 0 && f[n] == ' ')
		f += n + 1;
	return iachrp_match_in(f, iachrp_lex_measure_cue, NULL) > 0 ||
	    iachrp_match_in(f, iachrp_lex_measure_name, NULL) > 0;
}

/*
 * True when word k of p says that a measure covers those before it:
 * "are now covered by Precautionary Measure 205-19", "están ahora
 * protegidos por las medidas cautelares".
 */
static int
covered_by_measure(const struct iachrp_para *p, size_t k)
{
	const char *f = p->f + p->word[k];
	size_t n;

	if ((n = iachrp_match_in(f, covered_by, NULL)) == 0 || f[n] != ' ')
		return 0;
	return measure_named_at(f + n + 1);
}

/*
 * True when word k of p is a verb saying those before it benefit from
 * the measures: "X bénéficie désormais de mesures conservatoires", "X
 * now benefits from precautionary measures".
 */
static int
benefits_from_measure(const struct iachrp_para *p, size_t k)
{
	const char *f = p->f + p->word[k];
	size_t n;

	if ((n = iachrp_match_in(f, iachrp_lex_benefits_from, NULL)) == 0 ||
	    f[n] != ' ')
		return 0;
	return measure_named_at(f + n + 1);
}

/*
 * True when a relative pronoun after a comma ends s[from, verb): "...
 * José Daniel Pérez Rivero, quien es beneficiario desde 2021" describes
 * the person before it, not the subject the sentence opens with.
 */
static int
relative_before(const struct ctx *c, size_t from, size_t verb)
{
	size_t e = verb, t = word_before(c, from, &e), k = t;

	while (k > from && c->s[k - 1] == ' ')
		k--;
	return k > from && c->s[k - 1] == ',' && e > t &&
	    iachrp_match_in(c->f + t, relative_pronouns, NULL) == e - t;
}

/*
 * True when, within a few words after at, a date says since when
 * ("beneficiario de medidas cautelares desde agosto de 2018"): the
 * person is protected already.
 */
static int
protected_since(const struct ctx *c, size_t at, size_t to)
{
	size_t k = at;
	int words;

	for (words = 0; words < 8 && k < to; words++) {
		k = skip_spaces(c->f, token_end(c->f, k, to), to);
		if (skip_date(c, k, to) > k)
			return 1;
	}
	return 0;
}

/*
 * Sentences that say who the beneficiaries are with the names first:
 * "X, a reporter for Y, is now a beneficiary of precautionary
 * measures", "La jueza A y el fiscal B son beneficiarios de las
 * medidas", "A and B are now covered by Precautionary Measure 205-19".
 * Read where the rest names no one.
 */
void
declared(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	size_t i, k, from, to, verb;
	int benefits;

	for (i = lead; i < doc->npara && json_array_size(c->list) == 0;
	    i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		from = i == lead ? iachrp_dateline_end(p) : 0;
		for (k = 0; k < p->nword; k++) {
			benefits = 0;
			if (p->word[k] < from ||
			    (iachrp_match_in(p->f + p->word[k],
			    beneficiary_nouns, NULL) == 0 &&
			    !covered_by_measure(p, k) &&
			    !(benefits = benefits_from_measure(p, k))))
				continue;
			while ((to = iachrp_sentence_end(p->s, from)) <
			    p->word[k])
				from = (size_t)(iachrp_skip_space(p->s + to) -
				    p->s);
			from = subject_start(c, from, p->word[k]);
			/*
			 * A name, not "Ambas personas son beneficiarias", nor
			 * "other persons detained at X are also beneficiaries",
			 * of other measures.
			 */
			verb = benefits ? adverb_before(c, from, p->word[k]) :
			    verb_before(c, from, p->word[k]);
			if (verb > from &&
			    capitals(c->s, token_end(c->s, from, verb),
			    verb) > 0 && !iachrp_contains(c->f, from, verb,
			    other_words) && !relative_before(c, from, verb) &&
			    !(c->extends && protected_since(c, p->word[k],
			    iachrp_sentence_end(p->s, p->word[k]))))
				phrase(c, from, verb);
		}
	}
}

/*
 * True when the name at a is brought in as a person: a role or a noun of
 * persons before it ("el periodista independiente A", "o defensor
 * ambiental A"), or a kin word in apposition ("sua companheira, A").
 */
static int
introduced(const struct ctx *c, size_t from, size_t a)
{
	size_t e = a, t;

	if (described_person(c, from, a))
		return 1;
	t = word_before(c, from, &e);
	return t + 1 < e && c->s[e - 1] == ',' &&
	    iachrp_match_in(c->f + t, kin_words, NULL) == e - 1 - t;
}

/*
 * True when the person named at a is whose relatives the text speaks of,
 * past up to three words that describe them: "relatives of activist A",
 * "tres familiares del activista comunitario A", "la familia de A".
 */
int
anchor_of_kin(const struct ctx *c, size_t from, size_t a)
{
	size_t r = a, e, t;
	int words;

	for (words = 0; words <= 3; words++) {
		if (kin_of_noun(c, r))
			return 1;
		e = r;
		t = word_before(c, from, &e);
		if (t >= e || iachrp_is_upper_at(c->s + t) ||
		    word_is(c, t, e, of_words, IACHRP_NCUES(of_words)) ||
		    strchr(",;:", c->s[e - 1]) != NULL)
			return 0;
		r = t;
	}
	return 0;
}

/*
 * True when a word of kin and "of" stand before the noun at k ("La madre
 * del beneficiario, X", "the wife of the beneficiary"): what follows
 * names the relative, not the noun's person.
 */
int
kin_of_noun(const struct ctx *c, size_t k)
{
	size_t e = k, t = word_before(c, 0, &e);

	if (word_is(c, t, e, articles, IACHRP_NCUES(articles))) {
		e = t;
		t = word_before(c, 0, &e);
	}
	if (!word_is(c, t, e, of_words, IACHRP_NCUES(of_words)))
		return 0;
	e = t;
	t = word_before(c, 0, &e);
	return t < e && iachrp_match_in(c->f + t, kin_words, NULL) > 0;
}

/*
 * Where the role or kin word at s[r, r + n) of paragraph p stands beside
 * a name: the person, added to c; returns whether it found one.  "the
 * reporter, A" and "his partner, B" (in apposition), "Union president
 * A" (a title), "the artist is A" (a copula), "A, secretary of
 * conflicts" (after the name).
 */
static int
role_beside_name(struct ctx *c, const struct iachrp_para *p, size_t r,
    size_t n)
{
	size_t had = json_array_size(c->list), k, e, m;

	c->s = p->s;
	c->f = p->f;
	k = r + n;
	/* "el artista es A", "the journalist is A": named by a copula */
	if (k + 1 < p->len && p->s[k] == ' ' && (m = word_then_space(p->f,
	    k + 1, iachrp_lex_copula)) > 0 && iachrp_is_upper_at(p->s + k +
	    1 + m))
		k += m;
	if (k + 2 < p->len && p->s[k] == ',' && p->s[k + 1] == ' ' &&
	    iachrp_is_upper_at(p->s + k + 2))
		persons_of_phrase(c, k + 2, phrase_end(c, k + 2,
		    iachrp_sentence_end(p->s, k + 2)));
	else if (k + 1 < p->len && p->s[k] == ' ' &&
	    iachrp_is_upper_at(p->s + k + 1))
		persons_of_phrase(c, k + 1, phrase_end(c, k + 1,
		    iachrp_sentence_end(p->s, k + 1)));
	else {
		/* "A, secretary of conflicts": the name ends before it */
		e = r;
		k = word_before(c, 0, &e);
		if (word_is(c, k, e, articles, IACHRP_NCUES(articles)))
			e = k;
		while (e > 0 && p->s[e - 1] == ' ')
			e--;
		if (e > 0 && p->s[e - 1] == ',' && (k = trailing_name(c,
		    sentence_start(p, e), e - 1)) < e - 1)
			persons_of_phrase(c, k, e - 1);
	}
	return json_array_size(c->list) > had;
}

/* The bytes of a role or a word of kin at f, or 0. */
static size_t
role_or_kin_len(const char *f)
{
	size_t n = role_len(f);

	return n > 0 ? n : iachrp_match_in(f, kin_words, NULL);
}

/*
 * True when the role or word of kin at r in p, of n bytes, stands where
 * roles_named_later may take its holder: a copula and a name after it
 * ("La periodista es X") when identified, else anywhere.
 */
static int
identifies(const struct iachrp_para *p, size_t r, size_t n, int identified)
{
	size_t m;

	return !identified || (p->f[r + n] == ' ' && (m = word_then_space(
	    p->f, r + n + 1, iachrp_lex_copula)) > 0 &&
	    iachrp_is_upper_at(p->s + r + n + 1 + m));
}

/*
 * The persons the decision's sentence names only by their roles or kin
 * ("to protect a reporter for the weekly X and his partner", "to the
 * president and the secretary of conflicts of the union X"), each found
 * where the release names the holder of the same role beside a name.
 * When identified, only a role after an indefinite article ("relativa a
 * la situación de una periodista del estado de Guerrero") that a later
 * sentence identifies by a copula ("La periodista es X"), which holds
 * whoever else the release names.
 */
void
roles_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec, int identified)
{
	const struct iachrp_para *lead = &doc->para[dec->sentence.para];
	size_t k, n, i, w, at, head, m, e, t;

	for (k = 0; k < lead->nword; k++) {
		at = lead->word[k];
		if (at < dec->verb || at >= dec->sentence.end ||
		    (n = role_or_kin_len(lead->f + at)) == 0)
			continue;
		c->s = lead->s;
		c->f = lead->f;
		/*
		 * A role before a name is a title, read already; "relatives
		 * of a social leader" are not the leader.
		 */
		if (iachrp_is_alpha_at(lead->f + at + n) ||
		    titled(c, at, dec->sentence.end) ||
		    anchor_of_kin(c, dec->sentence.start, at))
			continue;
		e = at;
		if (identified && (role_len(lead->f + at) == 0 ||
		    (t = word_before(c, 0, &e)) >= e ||
		    iachrp_match_in(lead->f + t, iachrp_lex_indefinite,
		    NULL) != e - t))
			continue;
		/* "un artista plástico" told later as "el artista" */
		head = token_end(lead->f, at, at + n) - at;
		for (i = dec->sentence.para; i < doc->npara; i++) {
			const struct iachrp_para *p = &doc->para[i];

			if (p->kind != IACHRP_BODY || p->mandate)
				continue;
			for (w = 0; w < p->nword; w++)
				if ((i != (size_t)dec->sentence.para ||
				    p->word[w] >= dec->sentence.end) &&
				    strncmp(p->f + p->word[w], lead->f + at,
				    head) == 0 && (m = role_or_kin_len(p->f +
				    p->word[w])) >= head && m <= n &&
				    strncmp(p->f + p->word[w], lead->f + at,
				    m) == 0 && !iachrp_is_alpha_at(p->f +
				    p->word[w] + m) && identifies(p, p->word[w],
				    m, identified) && role_beside_name(c, p,
				    p->word[w], m))
					break;
			if (w < p->nword)
				break;
		}
	}
}

/*
 * Where no rule found whom the decision protects, the persons its
 * paragraph introduces up to the end of the decision's sentence, in
 * order: "El riesgo que enfrentan el periodista A y la activista B ...
 * Así lo concluyó la CIDH en la Resolución 7/2023"; "Diante das ameaças
 * contra o defensor A e sua companheira, B, a CIDH submeteu ...".
 */
void
named_around(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *para = &doc->para[dec->sentence.para];
	struct iachrp_para region = *para;
	json_t *names;
	size_t i, from;

	from = dec->sentence.para == doc->lead ? iachrp_dateline_end(para) : 0;
	if (para->kind != IACHRP_BODY || dec->sentence.end <= from ||
	    (names = json_array()) == NULL)
		return;
	region.s += from;
	region.f += from;
	region.len = dec->sentence.end - from;
	person_names(c, &region, names);
	c->s = para->s;
	c->f = para->f;
	for (i = 0; i < json_array_size(names); i++) {
		const char *name = json_string_value(json_array_get(names, i));
		const char *at = strstr(para->s + from, name);

		if (at == NULL || !introduced(c, from, (size_t)(at - para->s)) ||
		    anchor_of_kin(c, from, (size_t)(at - para->s)))
			continue;
		iachrp_append(doc, c->list, iachrp_pair("name",
		    json_string(name), "kind", json_string("person")));
		iachrp_trace_string(doc, "beneficiaries", name, strlen(name),
		    "a person introduced around a decision that names no one");
	}
	json_decref(names);
}
