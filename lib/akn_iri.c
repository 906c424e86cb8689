/*
 * Akoma Ntoso Naming Convention IRIs for a record.  The Work is
 * /akn/<country>/statement/resolution/<author>/<year>/<number>: the
 * resolution's year and number when the record has them, else the
 * measure's ("pm-506") or the press release's ("pr-193"), as the record's
 * id already chose; a record known only by its source hash is dated by
 * its own date or its release's, else "undated".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_private.h"
#include "iachr_xml.h"
#include "akn_private.h"

/* ASCII only: the locale must not change an IRI. */
static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alnum(unsigned char c)
{
	return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* keep sorted */
static const char *const languages[][2] = {
	{ "en", "eng" },
	{ "es", "spa" },
	{ "fr", "fra" },
	{ "pt", "por" },
};

const char *
iachrp_akn_lang3(const char *lang1)
{
	size_t i;

	for (i = 0; i < sizeof(languages) / sizeof(languages[0]); i++)
		if (strcmp(languages[i][0], lang1) == 0)
			return languages[i][1];
	return "und";
}

int
iachrp_akn_iri_append(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf), start = n;
	unsigned char c;

	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		if (is_alnum(c) || c == '-' || c == '.' || c == '_' ||
		    c == '~') {
			if (n + 1 >= size)
				break;
			buf[n++] = (char)c;
		} else {
			if (n + 3 >= size)
				break;
			snprintf(buf + n, 4, "%%%02X", c);
			n += 3;
		}
	}
	if (*s != '\0') {
		buf[start] = '\0';
		return -1;
	}
	buf[n] = '\0';
	return 0;
}

/* A calendar date YYYY-MM-DD that xsd:date accepts. */
static int
is_date(const json_t *v)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	const char *s = json_string_value(v);
	int i, y, m, d;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !is_digit((unsigned char)s[i]))
			return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0));
}

/* Splits "iachr-<kind>-<year>-<number>"; 0 when id is not of that form. */
static int
split_id(const char *id, char *kind, char *year, char *number)
{
	const char *p;
	size_t i;

	if (strncmp(id, "iachr-", 6) != 0)
		return 0;
	p = id + 6;
	if (strncmp(p, "res-", 4) != 0 && strncmp(p, "pm-", 3) != 0 &&
	    strncmp(p, "pr-", 3) != 0)
		return 0;
	i = p[2] == '-' ? 2 : 3;
	memcpy(kind, p, i);
	kind[i] = '\0';
	p += i + 1;
	for (i = 0; i < 4; i++)
		if (!is_digit((unsigned char)p[i]))
			return 0;
	memcpy(year, p, 4);
	year[4] = '\0';
	p += 4;
	if (*p++ != '-' || *p == '\0' || strlen(p) > 6)
		return 0;
	for (i = 0; p[i] != '\0'; i++)
		if (!is_digit((unsigned char)p[i]))
			return 0;
	strcpy(number, p);
	return 1;
}

int
iachrp_akn_frbr(const json_t *rec, struct akn_frbr *f, iachr_error_t *err)
{
	const json_t *date = json_object_get(rec, "date");
	const json_t *pr = json_object_get(rec, "press_release");
	const json_t *pr_date = json_object_get(pr, "date");
	const json_t *pr_year = json_object_get(pr, "year");
	const char *id = json_string_value(json_object_get(rec, "id"));
	const char *known = NULL;
	char kind[4], year[8], number[8], slot[16];

	memset(f, 0, sizeof(*f));
	snprintf(f->lang, sizeof(f->lang), "%s", iachrp_akn_lang3(
	    json_string_value(json_object_get(rec, "language"))));
	if (is_date(date)) {
		known = json_string_value(date);
		f->work_date_name = "adoption";
	} else if (is_date(pr_date)) {
		known = json_string_value(pr_date);
		f->work_date_name = "release";
	}
	if (split_id(id, kind, year, number)) {
		snprintf(slot, sizeof(slot), "%s", year);
		if (strcmp(kind, "res") == 0)
			snprintf(f->number, sizeof(f->number), "%s", number);
		else
			snprintf(f->number, sizeof(f->number), "%s-%s", kind,
			    number);
	} else {
		/* A hash id, or an id of no known form (not validated). */
		if (strncmp(id, "iachr-", 6) == 0)
			id += 6;
		f->number[0] = '\0';
		if (*id == '\0' || iachrp_akn_iri_append(f->number,
		    sizeof(f->number), id) != 0) {
			iachr_error_set(err, IACHR_E_INVALID, NULL, 0, 0, -1,
			    "cannot name an Akoma Ntoso Work after this id");
			iachr_error_set_pointer(err, "/id");
			return -1;
		}
		if (known != NULL)
			snprintf(slot, sizeof(slot), "%.10s", known);
		else if (json_is_integer(pr_year) &&
		    json_integer_value(pr_year) > 0 &&
		    json_integer_value(pr_year) < 10000)
			snprintf(slot, sizeof(slot), "%04d",
			    (int)json_integer_value(pr_year));
		else
			snprintf(slot, sizeof(slot), "undated");
	}
	if (known != NULL) {
		snprintf(f->work_date, sizeof(f->work_date), "%s", known);
	} else if (is_digit((unsigned char)slot[0])) {
		snprintf(f->work_date, sizeof(f->work_date), "%.4s-01-01",
		    slot);
		f->work_date_name = "year";
	} else {
		/* FRBRdate is required; 1959 is the Commission's first year. */
		snprintf(f->work_date, sizeof(f->work_date), "1959-01-01");
		f->work_date_name = "unknown";
	}
	snprintf(f->work, sizeof(f->work), "/akn/%s/statement/resolution/%s/"
	    "%s/%s", IACHR_AKN_COUNTRY, IACHR_AKN_AUTHOR, slot, f->number);
	snprintf(f->expression, sizeof(f->expression), "%s/%s@%s", f->work,
	    f->lang, known != NULL ? known : "");
	return 0;
}
