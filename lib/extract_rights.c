/*
 * Rights named as at risk or to be protected: the terms after "rights
 * to", "derechos a", "direitos à", "droits à", or after a verb of
 * protection ("protect the life and personal integrity", "preservar la
 * vida"), mapped to the record's codes.  The Commission's own words come
 * first; what only the applicants say counts where the Commission names
 * none.
 */
#include <string.h>

#include "extract_private.h"

#define MAXRIGHTS 32

struct found {
	const char *codes[MAXRIGHTS];
	int n;
	const char *longest[MAXRIGHTS];	/* the longest single list */
	int nlongest;
};

static void
add_code(const char **codes, int *n, const char *code)
{
	int i;

	for (i = 0; i < *n; i++)
		if (strcmp(codes[i], code) == 0)
			return;
	if (*n < MAXRIGHTS)
		codes[(*n)++] = code;
}

static const char *
right_at(const char *f, size_t *len)
{
	size_t i;

	if ((*len = iachrp_pair_in(f, iachrp_lex_right, &i)) == 0)
		return NULL;
	return iachrp_lex_right[i].value;
}

/*
 * Past an owner before a list of rights ("the couple's life", "the
 * journalists' integrity"): the end of its possessive word within four
 * words of p, or p where there is none.
 */
static const char *
past_owner(const char *p)
{
	const char *q = p;
	int words;

	for (words = 0; words < 4 && *q != '\0'; words++) {
		while (*q != '\0' && *q != ' ' && strchr(",;:()", *q) == NULL)
			q++;
		if (*q != ' ')
			return p;
		if ((q - p >= 2 && q[-2] == '\'' && q[-1] == 's') ||
		    (q - p >= 2 && q[-2] == 's' && q[-1] == '\''))
			return q;
		q++;
	}
	return p;
}

/* Reads the list of rights at p; adds its codes to out; returns its end. */
static const char *
read_list(const char *p, struct found *out)
{
	const char *list[MAXRIGHTS];
	const char *code;
	size_t n;
	int count = 0, i, owned = 0;

	for (;;) {
		p = iachrp_skip_space(p);
		if ((code = right_at(p, &n)) != NULL) {
			add_code(list, &count, code);
			p += n;
			continue;
		}
		if ((n = iachrp_match_in(p, iachrp_lex_rights_filler,
		    NULL)) > 0) {
			p += n;
			continue;
		}
		if (count == 0 && !owned++ && past_owner(p) != p) {
			p = past_owner(p);
			continue;
		}
		break;
	}
	for (i = 0; i < count; i++)
		add_code(out->codes, &out->n, list[i]);
	if (count > out->nlongest) {
		memcpy(out->longest, list, (size_t)count * sizeof(*list));
		out->nlongest = count;
	}
	return p;
}

/* Adds the rights of one sentence to those of its speaker. */
static void
merge(struct found *to, const struct found *one)
{
	int i;

	for (i = 0; i < one->n; i++)
		add_code(to->codes, &to->n, one->codes[i]);
	if (one->nlongest > to->nlongest) {
		memcpy(to->longest, one->longest,
		    (size_t)one->nlongest * sizeof(*one->longest));
		to->nlongest = one->nlongest;
	}
}

/* True when one of the n codes is a right to life or to integrity. */
static int
holds_life_or_integrity(const char *const *codes, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(codes[i], "life") == 0 ||
		    strcmp(codes[i], "personal_integrity") == 0)
			return 1;
	return 0;
}

/*
 * True when q, the end of a list of rights, leads into the risk at r
 * within its clause: right there ("their life and integrity are at
 * risk") or past whose they are ("la vida y la integridad personal de
 * los miembros de la comunidad se encuentran en riesgo").
 */
static int
leads_into(const char *q, const char *r)
{
	size_t n;
	int words = 0;

	q = iachrp_skip_space(q);
	if (q == r)
		return 1;
	if ((n = iachrp_match_in(q, iachrp_lex_of_word, NULL)) == 0)
		return 0;
	for (q += n; q < r; q++) {
		if (*q == ',' || *q == ';' || *q == ':' || *q == '(')
			return 0;
		if (*q == ' ' && ++words > 10)
			return 0;
	}
	return 1;
}

/*
 * Rights after a noun of protection ("medidas de protección de la vida y
 * la integridad personal"), where the list holds life or integrity: adds
 * their codes to out.
 */
static void
read_after_protection(const struct iachrp_para *para, size_t from,
    size_t to, struct found *out)
{
	struct found one;
	size_t k, n;

	for (k = iachrp_word_from(para, from); k < para->nword &&
	    para->word[k] < to; k++) {
		const char *q = para->f + para->word[k];

		if ((n = iachrp_match_in(q, iachrp_lex_protection_noun,
		    NULL)) == 0)
			continue;
		memset(&one, 0, sizeof(one));
		read_list(iachrp_skip_space(q + n), &one);
		if (holds_life_or_integrity(one.codes, one.n))
			merge(out, &one);
	}
}

/*
 * Rights named before a phrase of risk ("Mr. X's life and personal
 * integrity were at risk"), where the list holds life or integrity:
 * adds their codes to out.
 */
static void
read_before_risk(const struct iachrp_para *para, size_t from, size_t to,
    struct found *out)
{
	struct found one;
	size_t k, w, m;
	const char *end;

	for (k = iachrp_word_from(para, from); k < para->nword &&
	    para->word[k] < to; k++) {
		const char *r = para->f + para->word[k];

		if (iachrp_match_in(r, iachrp_lex_risk_predicate, NULL) == 0)
			continue;
		for (w = iachrp_word_from(para, from); w < k; w++) {
			if (right_at(para->f + para->word[w], &m) == NULL)
				continue;
			memset(&one, 0, sizeof(one));
			end = read_list(para->f + para->word[w], &one);
			if (leads_into(end, r) &&
			    holds_life_or_integrity(one.codes, one.n)) {
				merge(out, &one);
				break;
			}
			/* Past the list read: its terms open no other. */
			while (w + 1 < k && para->f + para->word[w + 1] < end)
				w++;
		}
	}
}

static void
read_sentence(const struct iachrp_para *para, size_t from, size_t to,
    struct found *out)
{
	const char *p;
	size_t n, m, k;

	for (k = iachrp_word_from(para, from); k < para->nword &&
	    para->word[k] < to; k++) {
		const char *q;

		p = para->f + para->word[k];
		/*
		 * A right that names itself ("direitos da criança", "sus
		 * derechos como niña") opens its own list.
		 */
		if (right_at(p, &m) != NULL && iachrp_match_in(p,
		    iachrp_lex_rights_word, NULL) > 0) {
			read_list(p, out);
			continue;
		}
		if ((n = iachrp_match_in(p, iachrp_lex_rights_trigger,
		    NULL)) == 0)
			continue;
		/* "best interests of the child", a trigger and a right */
		if (right_at(p, &m) != NULL && m >= n) {
			read_list(p, out);
			continue;
		}
		/* The rest of a stem's word: "endangered". */
		for (q = p + n; iachrp_is_alpha_at(q); q += iachrp_char_len(q))
			;
		/* "garantizar de manera efectiva la vida" */
		q = iachrp_skip_space(q);
		while ((m = iachrp_match_in(q, iachrp_lex_rights_leadin,
		    NULL)) > 0)
			q = iachrp_skip_space(q + m);
		read_list(q, out);
	}
}

static void
drop_code(struct found *one, const char *code)
{
	int i, k;

	for (i = k = 0; i < one->n; i++)
		if (strcmp(one->codes[i], code) != 0)
			one->codes[k++] = one->codes[i];
	one->n = k;
	for (i = k = 0; i < one->nlongest; i++)
		if (strcmp(one->longest[i], code) != 0)
			one->longest[k++] = one->longest[i];
	one->nlongest = k;
}

json_t *
iachrp_extract_rights(const struct iachrp_doc *doc)
{
	struct found own, applicants, *use;
	const char *codes[MAXRIGHTS];
	json_t *list;
	size_t i, from, to;
	int n = 0, k;

	memset(&own, 0, sizeof(own));
	memset(&applicants, 0, sizeof(applicants));
	for (i = 0; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (from = 0; from < p->len; from = to) {
			struct found one;

			to = iachrp_sentence_end(p->s, from);
			memset(&one, 0, sizeof(one));
			read_sentence(p, from, to, &one);
			read_before_risk(p, from, to, &one);
			read_after_protection(p, from, to, &one);
			/* "para proteger su identidad, solo sus iniciales" */
			if (one.n > 0 && iachrp_para_contains(p, from, to,
			    iachrp_lex_anonymity_cue))
				drop_code(&one, "identity");
			for (k = 0; k < one.n; k++)
				iachrp_trace_candidate(doc, "rights", (long)i,
				    from, to, "rights named in the sentence",
				    one.codes[k]);
			if (one.n > 0)
				merge(iachrp_para_contains(p, from, to,
				    iachrp_lex_applicant_cue) ? &applicants :
				    &own, &one);
			while (to < p->len && p->s[to] == ' ')
				to++;
		}
	}
	use = own.n > 0 ? &own : &applicants;
	/* The fullest list sets the order; the others follow. */
	for (k = 0; k < use->nlongest; k++)
		add_code(codes, &n, use->longest[k]);
	for (k = 0; k < use->n; k++)
		add_code(codes, &n, use->codes[k]);
	if ((list = json_array()) == NULL)
		return NULL;
	for (k = 0; k < n; k++)
		iachrp_append(doc, list, json_string(codes[k]));
	return list;
}
