/*
 * The stretches of the release text that the record knows something
 * about: a beneficiary's name, the State's name (also as the other
 * languages spell it), the resolution's or the release's date as the
 * text would print it, and the Commission's name.
 * Matching is plain byte comparison at word boundaries; the markup it
 * feeds never changes the text itself.
 */
#include <stdlib.h>
#include <string.h>

#include "iachr_private.h"
#include "akn_private.h"

struct term {
	const char *s;
	size_t len;
	enum akn_mark_kind kind;
	size_t index;
};

struct akn_terms {
	struct term *terms;
	size_t n, cap;
	char dates[2][11];
	char *strings;		/* the formatted dates, NUL-separated */
	size_t strings_len;
};

/* keep in this order: language, then the months January to December */
static const char *const months[][13] = {
	{ "en", "January", "February", "March", "April", "May", "June",
	    "July", "August", "September", "October", "November",
	    "December" },
	{ "es", "enero", "febrero", "marzo", "abril", "mayo", "junio",
	    "julio", "agosto", "septiembre", "octubre", "noviembre",
	    "diciembre" },
	{ "fr", "janvier", "février", "mars", "avril", "mai", "juin",
	    "juillet", "août", "septembre", "octobre", "novembre",
	    "décembre" },
	{ "pt", "janeiro", "fevereiro", "março", "abril", "maio", "junho",
	    "julho", "agosto", "setembro", "outubro", "novembro",
	    "dezembro" },
};

/* The Commission's names in its four languages. */
static const char *const commission[] = {
	"Inter-American Commission on Human Rights",
	"Comisión Interamericana de Derechos Humanos",
	"Comissão Interamericana de Direitos Humanos",
	"Commission interaméricaine des droits de l'homme",
	"Commission interaméricaine des droits de l’homme",
	"IACHR",
	"CIDH",
};

static int
add(struct akn_terms *t, const char *s, enum akn_mark_kind kind,
    size_t index)
{
	struct term *grown;

	if (s == NULL || *s == '\0')
		return 0;
	if (t->n == t->cap) {
		t->cap = t->cap == 0 ? 16 : t->cap * 2;
		if ((grown = iachrp_realloc(t->terms,
		    t->cap * sizeof(*grown))) == NULL)
			return -1;
		t->terms = grown;
	}
	t->terms[t->n].s = s;
	t->terms[t->n].len = strlen(s);
	t->terms[t->n].kind = kind;
	t->terms[t->n].index = index;
	t->n++;
	return 0;
}

/* How a date is printed in each language: 4 * 5 spellings at most. */
static size_t
format_dates(const char *iso, char *out, size_t size)
{
	int y, m, d;
	size_t i, n = 0;
	char one[64];

	if (iso == NULL || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	for (i = 0; i < sizeof(months) / sizeof(months[0]); i++) {
		if (i == 0) {
			snprintf(one, sizeof(one), "%s %d, %d", months[i][m],
			    d, y);
			memcpy(out + n, one, strlen(one) + 1);
			n += strlen(one) + 1;
			snprintf(one, sizeof(one), "%d %s %d", d, months[i][m],
			    y);
		} else if (i == 2) {
			snprintf(one, sizeof(one), "%d%s %s %d", d,
			    d == 1 ? "er" : "", months[i][m], y);
		} else {
			snprintf(one, sizeof(one), "%d de %s de %d", d,
			    months[i][m], y);
		}
		if (n + strlen(one) + 1 > size)
			break;
		memcpy(out + n, one, strlen(one) + 1);
		n += strlen(one) + 1;
	}
	return n;
}

struct akn_terms *
iachrp_akn_terms_new(const json_t *rec)
{
	const json_t *list = json_object_get(rec, "beneficiaries");
	const json_t *dates[2];
	const char *const *names;
	struct akn_terms *t;
	size_t i, n, off;
	char buf[2][512];
	size_t lens[2];

	if ((t = iachrp_calloc(1, sizeof(*t))) == NULL)
		return NULL;
	dates[0] = json_object_get(rec, "date");
	dates[1] = json_object_get(json_object_get(rec, "press_release"),
	    "date");
	for (i = 0; i < 2; i++) {
		lens[i] = format_dates(json_string_value(dates[i]), buf[i],
		    sizeof(buf[i]));
		if (lens[i] > 0)
			snprintf(t->dates[i], sizeof(t->dates[i]), "%s",
			    json_string_value(dates[i]));
	}
	if ((t->strings = iachrp_malloc(lens[0] + lens[1] + 1)) == NULL) {
		iachrp_akn_terms_free(t);
		return NULL;
	}
	memcpy(t->strings, buf[0], lens[0]);
	memcpy(t->strings + lens[0], buf[1], lens[1]);
	t->strings_len = lens[0] + lens[1];
	for (i = 0; i < json_array_size(list); i++)
		if (add(t, json_string_value(json_object_get(
		    json_array_get(list, i), "name")), AKN_MARK_PERSON, i) != 0)
			goto fail;
	if (add(t, json_string_value(json_object_get(json_object_get(rec,
	    "state"), "name")), AKN_MARK_LOCATION, 0) != 0)
		goto fail;
	names = iachrp_akn_state_names(json_string_value(json_object_get(
	    json_object_get(rec, "state"), "code")));
	for (i = 0; names != NULL && i < 3 && names[i] != NULL; i++)
		if (add(t, names[i], AKN_MARK_LOCATION, 0) != 0)
			goto fail;
	for (off = 0; off < t->strings_len; off += n + 1) {
		n = strlen(t->strings + off);
		if (add(t, t->strings + off, AKN_MARK_DATE,
		    off < lens[0] ? 0 : 1) != 0)
			goto fail;
	}
	for (i = 0; i < sizeof(commission) / sizeof(commission[0]); i++)
		if (add(t, commission[i], AKN_MARK_ORGANIZATION, 0) != 0)
			goto fail;
	return t;
fail:
	iachrp_akn_terms_free(t);
	return NULL;
}

void
iachrp_akn_terms_free(struct akn_terms *t)
{
	if (t == NULL)
		return;
	iachrp_free(t->terms);
	iachrp_free(t->strings);
	iachrp_free(t);
}

const char *
iachrp_akn_terms_date(const struct akn_terms *t, size_t index)
{
	return t->dates[index];
}

static int
is_word(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* The first occurrence of term at or after from, on word boundaries. */
static size_t
next_match(const struct term *term, const char *text, size_t len,
    size_t from)
{
	const char *p;

	while (from + term->len <= len) {
		p = memchr(text + from, term->s[0], len - from - term->len + 1);
		if (p == NULL)
			break;
		from = (size_t)(p - text);
		if (memcmp(p, term->s, term->len) == 0 &&
		    (!is_word((unsigned char)term->s[0]) || from == 0 ||
		    !is_word((unsigned char)p[-1])) &&
		    (!is_word((unsigned char)term->s[term->len - 1]) ||
		    from + term->len == len ||
		    !is_word((unsigned char)p[term->len])))
			return from;
		from++;
	}
	return len;
}

size_t
iachrp_akn_terms_find(const struct akn_terms *t, const char *text,
    size_t len, struct akn_mark *marks, size_t max)
{
	size_t next[128], i, n = 0, pos = 0, best;
	size_t nterms = t->n < 128 ? t->n : 128;

	for (i = 0; i < nterms; i++)
		next[i] = next_match(&t->terms[i], text, len, 0);
	while (n < max) {
		best = nterms;
		for (i = 0; i < nterms; i++) {
			if (next[i] < pos)
				next[i] = next_match(&t->terms[i], text, len,
				    pos);
			if (next[i] < len && (best == nterms ||
			    next[i] < next[best] || (next[i] == next[best] &&
			    t->terms[i].len > t->terms[best].len)))
				best = i;
		}
		if (best == nterms)
			break;
		marks[n].start = next[best];
		marks[n].len = t->terms[best].len;
		marks[n].kind = t->terms[best].kind;
		marks[n].index = t->terms[best].index;
		n++;
		pos = next[best] + t->terms[best].len;
	}
	return n;
}
