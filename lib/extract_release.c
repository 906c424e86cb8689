/*
 * The release itself: its headline, its dateline ("Washington, D.C. –"),
 * the date printed above it, and the closing "No. 193/21" and "5:15 PM"
 * lines.  Also finds the lead paragraph the other rules start from.
 */
#include <stdio.h>
#include <string.h>

#include "extract_private.h"

/*
 * "193/21" or "007/2021" at p: number and four-digit year, the bytes read,
 * or 0.
 */
static size_t
release_number(const char *p, int *number, int *year)
{
	size_t i = 0, j;
	int num = 0, y = 0;

	while (p[i] >= '0' && p[i] <= '9' && i < 6)
		num = num * 10 + (p[i++] - '0');
	if (i == 0 || p[i] != '/' || num < 1 || num > 99999)
		return 0;
	for (j = i + 1; p[j] >= '0' && p[j] <= '9' && j - i - 1 < 5; j++)
		y = y * 10 + (p[j] - '0');
	y = iachrp_year4(y, j - i - 1);
	if (y < 1959 || y > 2099 || iachrp_is_alpha_at(p + j))
		return 0;
	*number = num;
	*year = y;
	return j;
}

/* A release number line "No. 193/21" at f: bytes read, or 0. */
static size_t
release_line(const char *f, int *number, int *year)
{
	const char *p = f;
	size_t n, prefix;

	/* "No. 193/21", "Press Release No. 193/21", "Press Release 193/21" */
	if ((prefix = iachrp_match_in(p, iachrp_lex_release_prefix, NULL)) > 0)
		p = iachrp_skip_space(p + prefix);
	n = iachrp_match_in(p, iachrp_lex_number_sign, NULL);
	if (n == 0 && prefix == 0)
		return 0;
	p = iachrp_skip_space(p + n);
	if ((n = release_number(p, number, year)) == 0)
		return 0;
	return (size_t)(p + n - f);
}

/*
 * A release's label inside a short header line, after page furniture:
 * "OAS :: IACHR :: Press Release No. 61/23".  The end of what was read,
 * or 0.
 */
static size_t
labelled_release(const struct iachrp_para *p, int *number, int *year)
{
	size_t k, n;

	if (p->len > 120)
		return 0;
	for (k = 1; k < p->nword; k++)
		if (iachrp_match_in(p->f + p->word[k],
		    iachrp_lex_release_prefix, NULL) > 0 &&
		    (n = release_line(p->f + p->word[k], number, year)) > 0)
			return p->word[k] + n;
	return 0;
}

/*
 * "5:15 PM", "17:15", "5:15 p.m.", "17h15", "14 h 30", "10:45 EDT" at f:
 * bytes read, or 0.
 */
static size_t
time_at(const char *f, int *hh, int *mm)
{
	static const char *const pm[] = { "p. m.", "p.m.", "pm", NULL };
	static const char *const am[] = { "a. m.", "a.m.", "am", NULL };
	static const char *const hours[] = { "horas", "hora", "heures", "hrs",
	    "hs", "h", NULL };
	/* Washington's, as releases print it: "10:45 EDT" */
	static const char *const zones[] = { "edt", "est", "et", "gmt", "utc",
	    NULL };
	const char *p = f;
	size_t n;
	int h = 0, m, digits = 0;

	while (*p >= '0' && *p <= '9' && digits < 3)
		h = h * 10 + (*p++ - '0'), digits++;
	if (digits == 0 || digits > 2)
		return 0;
	if (*p == ':')
		p++;
	else if (*p == 'h' || strncmp(p, " h ", 3) == 0)
		p = iachrp_skip_space(iachrp_skip_space(p) + 1);
	else
		return 0;
	if (p[0] < '0' || p[0] > '5' || p[1] < '0' || p[1] > '9')
		return 0;
	m = (p[0] - '0') * 10 + (p[1] - '0');
	p += 2;
	if (*p == ' ' || iachrp_match_any(p, pm, NULL) ||
	    iachrp_match_any(p, am, NULL)) {
		const char *q = iachrp_skip_space(p);

		if ((n = iachrp_match_any(q, pm, NULL)) > 0) {
			if (h < 1 || h > 12)
				return 0;
			h = h % 12 + 12;
			p = q + n;
		} else if ((n = iachrp_match_any(q, am, NULL)) > 0) {
			if (h < 1 || h > 12)
				return 0;
			h %= 12;
			p = q + n;
		} else if ((n = iachrp_match_any(q, hours, NULL)) > 0) {
			/* "13:40 hrs." */
			p = q + n + (q[n] == '.');
		}
		q = iachrp_skip_space(p);
		if ((n = iachrp_match_any(q, zones, NULL)) > 0 &&
		    !iachrp_is_alpha_at(q + n))
			p = q + n;
	}
	if (h > 23 || iachrp_is_alpha_at(p))
		return 0;
	*hh = h;
	*mm = m;
	return (size_t)(p - f);
}

/*
 * A word that puts a time after a date ("le 5 septembre 2023 à 11h30",
 * "el 3 de mayo de 2024 a las 10:00", "at 4:30 p.m."): bytes read with
 * the space after it, or 0.
 */
static size_t
time_prep_at(const char *f)
{
	static const char *const preps[] = { "a las", "a la", "at", "as",
	    "a", NULL };
	size_t n = iachrp_match_any(f, preps, NULL);

	return n > 0 && f[n] == ' ' ? n + 1 : 0;
}

/*
 * After a date that ends at off in f: a time that ends the line, past a
 * space, a comma, a dash, a bar, a slash or a word such as "at".  Returns
 * off (not 0) when there is one, 0 otherwise.
 */
static size_t
time_after(const char *f, size_t off, int *hh, int *mm)
{
	size_t k = off, len = strlen(f);

	while (k < len && (f[k] == ' ' || f[k] == ',' || f[k] == '-' ||
	    f[k] == '|' || f[k] == '/'))
		k++;
	/* "20 de agosto de 2019 às 10:45" */
	k += time_prep_at(f + k);
	while (k < len && (f[k] == ' ' || f[k] == ',' || f[k] == '-' ||
	    f[k] == '|' || f[k] == '/' || (unsigned char)f[k] >= 0x80))
		k++;
	if (k == off || k >= len || time_at(f + k, hh, mm) != len - k)
		return 0;
	return off;
}

/*
 * Before a time at k, such a word after a space: the bytes from the
 * word to k, or 0.
 */
static size_t
prep_before(const struct iachrp_para *p, size_t k)
{
	size_t n;

	for (n = 2; n <= 7 && n + 1 <= k; n++)
		if (p->s[k - n - 1] == ' ' && time_prep_at(p->f + k - n) == n)
			return n;
	return 0;
}

/* Length of the dash that ends a dateline at s, or 0. */
static size_t
dash_at(const char *s, const char *start)
{
	if (strncmp(s, "\xe2\x80\x94", 3) == 0 ||
	    strncmp(s, "\xe2\x80\x93", 3) == 0)
		return 3;
	if (*s == '-' && (s[1] == ' ' || (s > start && s[-1] == ' ')))
		return 1;
	return 0;
}

/* Past a day of the week and its comma at f ("Monday, July 24"), or 0. */
static size_t
weekday_end(const char *f)
{
	size_t n = iachrp_match_in(f, iachrp_lex_weekday, NULL);

	if (n == 0 || n != iachrp_word_len(f))
		return 0;
	if (f[n] == ',')
		n++;
	return (size_t)(iachrp_skip_space(f + n) - f);
}

/* True when s[0..len) reads as a place name: "Washington, D.C.". */
static int
is_place(const char *s, const char *f, size_t len)
{
	size_t i = 0, words = 0, n;

	while (i < len) {
		if (s[i] == ' ' || s[i] == ',') {
			i++;
			continue;
		}
		/* "Monday, July 24" but "Santo Domingo, 5 de mayo" */
		if (++words > 6 || (words == 1 && weekday_end(f + i) > 0))
			return 0;
		if (!iachrp_is_upper_at(s + i)) {
			if ((n = iachrp_match_in(f + i, iachrp_lex_place_link,
			    NULL)) == 0)
				return 0;
			i += n;
			continue;
		}
		while (i < len && s[i] != ' ' && s[i] != ',') {
			if (s[i] >= '0' && s[i] <= '9')
				return 0;
			i++;
		}
	}
	return words > 0;
}

/*
 * A date at f, past an article ("le 12 novembre 2024", "el 5 de mayo"):
 * bytes read, or 0.
 */
static size_t
date_at(const char *f, struct iachrp_date *d)
{
	size_t art = 0, n;

	if ((n = iachrp_match_in(f, iachrp_lex_article, NULL)) > 0 &&
	    f[n] == ' ')
		art = n + 1;
	if ((n = iachrp_parse_date(f + art, 0, d)) == 0)
		return 0;
	return art + n;
}

/*
 * After a dateline's dash at k: a date, a time or both, closed by
 * another dash or the paragraph's end ("- December 7, 2022 - The",
 * "– 10:00 h – Mediante", "— 4:30 p.m."), or a date closed by a period
 * ("— Le 14 mai 2024. Un an"): the offset after them, or 0.
 * Sets d when a date is there.
 */
static size_t
after_dash(const struct iachrp_para *p, size_t k, struct iachrp_date *d)
{
	struct iachrp_date between;
	size_t n, start;
	int hh, mm, dated = 0;

	k = start = (size_t)(iachrp_skip_space(p->s + k) - p->s);
	if ((n = date_at(p->f + k, &between)) > 0) {
		dated = 1;
		k += n;
		/* "— Le 14 mai 2024. Un an après": the date is a sentence */
		if (p->s[k] == '.' && p->s[k + 1] == ' ') {
			*d = between;
			return (size_t)(iachrp_skip_space(p->s + k + 1) - p->s);
		}
		while (k < p->len && (p->s[k] == ',' || p->s[k] == ' '))
			k++;
		/* "— April 18, 2023 — 4:05 p.m. The ..." */
		if (k < p->len && (n = dash_at(p->s + k, p->s)) > 0 &&
		    time_at(iachrp_skip_space(p->f + k + n), &hh, &mm) > 0)
			k = (size_t)(iachrp_skip_space(p->s + k + n) - p->s);
	}
	if ((n = time_at(p->f + k, &hh, &mm)) > 0) {
		/* "11:20 AM. The IACHR": the sentence's period after it */
		if (p->s[k + n] == '.' && p->s[k + n + 1] == ' ')
			n++;
		k = (size_t)(iachrp_skip_space(p->s + k + n) - p->s);
		/* A time whose period ends it: "4:05 p.m. The IACHR" */
		if (p->s[k - 1] == ' ' && p->s[k - 2] == '.' && k < p->len &&
		    iachrp_is_upper_at(p->s + k)) {
			if (dated)
				*d = between;
			return k;
		}
	}
	if (k == start)
		return 0;
	if (k < p->len && (n = dash_at(p->s + k, p->s)) > 0)
		k += n;
	else if (k < p->len)
		return 0;
	if (dated)
		*d = between;
	return k;
}

/*
 * A dateline at the start of paragraph p: "Washington, D.C. – On ...",
 * "Washington, D.C., 25 de julio de 2021 -", "Washington, D.C., 11 de
 * enero de 2023. La Comisión".  Sets the place's length and a date
 * printed with it; returns the offset of the text after the dateline,
 * or 0.
 */
static size_t
dateline(const struct iachrp_para *p, size_t *place, struct iachrp_date *d)
{
	size_t i, n, end, k;
	int period;

	if (!iachrp_is_upper_at(p->s))
		return 0;
	for (i = 0; i < p->len && i < 80; i++) {
		/*
		 * A period after a date ends it too: "... de 2023. La",
		 * and so does a period and a dash: "... de 2024.- Al".
		 */
		period = p->s[i] == '.' && (p->s[i + 1] == ' ' ||
		    dash_at(p->s + i + 1, p->s) > 0) && i > 0 &&
		    p->s[i - 1] >= '0' && p->s[i - 1] <= '9';
		if ((n = dash_at(p->s + i, p->s)) == 0 && !period)
			continue;
		if (period)
			n = 1 + dash_at(p->s + i + 1, p->s);
		end = i;
		while (end > 0 && (p->s[end - 1] == ' ' ||
		    p->s[end - 1] == ','))
			end--;
		d->year = 0;
		/*
		 * A time after the date: "..., August 24, 2020, 1:05 PM",
		 * "..., March 13, 2024 (10:30 a.m.)".
		 */
		for (k = end; k > 1; k--) {
			int hh, mm;

			if (p->s[k - 1] == ' ' && p->s[k - 2] == ',' &&
			    time_at(p->f + k, &hh, &mm) == end - k) {
				end = k - 2;
				break;
			}
			/* "..., le 5 septembre 2023 à 11h30 –" */
			if (p->s[k - 1] == ' ' &&
			    time_at(p->f + k, &hh, &mm) == end - k &&
			    (n = prep_before(p, k)) > 0) {
				end = k - n - 1;
				break;
			}
			if (p->s[k - 1] == '(' && p->s[end - 1] == ')' &&
			    time_at(p->f + k, &hh, &mm) == end - 1 - k) {
				for (end = k - 1; end > 0 &&
				    p->s[end - 1] == ' '; end--)
					;
				break;
			}
		}
		/*
		 * A date after the place: "Washington, D.C., July 25, 2021",
		 * "Washington, D.C. / 27 de julio de 2018".
		 */
		for (k = end; k > 2; k--) {
			if (p->s[k - 1] == ' ' && (p->s[k - 2] == ',' ||
			    (p->s[k - 2] == '/' && p->s[k - 3] == ' ')) &&
			    date_at(p->f + k, d) == end - k) {
				end = p->s[k - 2] == ',' ? k - 2 : k - 3;
				break;
			}
			d->year = 0;
		}
		if (end == 0 || !is_place(p->s, p->f, end) ||
		    (period && d->year == 0))
			return 0;
		*place = end;
		/* Then a date or a time between two dashes. */
		if (!period && (k = after_dash(p, i + n, d)) > 0)
			return k;
		return i + n;
	}
	return 0;
}

size_t
iachrp_dateline_end(const struct iachrp_para *p)
{
	struct iachrp_date d;
	size_t place;

	return dateline(p, &place, &d);
}

/*
 * The time a dateline prints, after its date ("Washington, D.C., August
 * 24, 2020, 1:05 PM —", "..., March 13, 2024 (10:30 a.m.) —", "...,
 * 17 de outubro de 2025, 14h30 – A", "..., 6 de mayo de 2025 – 10:00 h –
 * Mediante", or on a line of its own
 * after the dash): the dateline's end, or 0.
 */
static size_t
dateline_time(const struct iachrp_para *p, int *hh, int *mm)
{
	struct iachrp_date d;
	size_t place, end, i, k;

	if ((end = dateline(p, &place, &d)) == 0)
		return 0;
	for (i = place; i < end; i++) {
		if (p->s[i] < '0' || p->s[i] > '9' ||
		    (p->s[i - 1] != ' ' && p->s[i - 1] != '('))
			continue;
		for (k = i; k > place && p->s[k - 1] == ' '; k--)
			;
		/*
		 * After a comma, a dash, a parenthesis or "at", not in the
		 * date.
		 */
		if (p->s[k - 1] != ',' && p->s[k - 1] != '-' &&
		    p->s[k - 1] != '(' && (unsigned char)p->s[k - 1] < 0x80 &&
		    prep_before(p, k) == 0)
			continue;
		if (time_at(p->f + i, hh, mm) > 0)
			return end;
	}
	return 0;
}

/*
 * The separator of a place and a date that ends at k, before the date:
 * ", " or a dash, a bar or a slash between spaces.  Its length, or 0.
 */
static size_t
separator_before(const char *s, size_t k)
{
	if (k < 3 || s[k - 1] != ' ')
		return 0;
	if (s[k - 2] == ',')
		return 2;
	if ((s[k - 2] == '-' || s[k - 2] == '|' || s[k - 2] == '/') &&
	    s[k - 3] == ' ')
		return 3;
	if (k >= 5 && s[k - 5] == ' ' && dash_at(s + k - 4, s) == 3)
		return 5;
	return 0;
}

/*
 * A line that is only a place and a date, "Washington, D.C., 25 de abril
 * de 2022", "Washington, D.C. - 28 de diciembre de 2022", perhaps with a
 * time, "Washington, D.C., 21 mars 2024, 14 h 30", above the lead or
 * closing the release: sets the place's length, the date and the time
 * (hh stays as it was when none is printed) and returns 1, or 0.
 */
static int
place_date_line(const struct iachrp_para *p, size_t *place,
    struct iachrp_date *d, int *hh, int *mm)
{
	size_t k, at, n, sep;
	int h, m;

	if (p->len > 120 || !iachrp_is_upper_at(p->s))
		return 0;
	for (k = 3; k < p->len; k++) {
		if ((sep = separator_before(p->s, k)) == 0)
			continue;
		/* "Washington, D.C., le 5 avril 2023" */
		at = k;
		if ((n = iachrp_match_in(p->f + k, iachrp_lex_article,
		    NULL)) > 0 && p->f[k + n] == ' ')
			at = k + n + 1;
		if ((n = iachrp_parse_date(p->f + at, 0, d)) == 0 ||
		    !is_place(p->s, p->f, k - sep))
			continue;
		if (at + n == p->len) {
			*place = k - sep;
			return 1;
		}
		if (time_after(p->f, at + n, &h, &m) > 0) {
			*place = k - sep;
			*hh = h;
			*mm = m;
			return 1;
		}
	}
	return 0;
}

/*
 * True when the paragraph is a trail of links copied from the page's top,
 * "Accueil | Salle de presse | Communiqués", "Inicio / Prensa /
 * Comunicados 2024", "Sala de Imprensa › Comunicados › 2024".
 */
static int
breadcrumbs(const struct iachrp_para *p)
{
	static const char *const marks[] = { " | ", " / ", " \xe2\x80\xba ",
	    " > ", " \xc2\xbb ", NULL };
	const char *q;
	size_t i;
	int n;

	if (p->len > 120)
		return 0;
	for (i = 0; marks[i] != NULL; i++) {
		for (n = 0, q = p->s; (q = strstr(q, marks[i])) != NULL; q++)
			n++;
		if (n >= 2)
			return 1;
	}
	return 0;
}

/* True when the paragraph is a header line rather than a headline. */
static int
is_header(const struct iachrp_para *p)
{
	struct iachrp_date d;
	size_t place;
	int a, b;

	if (iachrp_parse_date(p->f, 0, &d) == p->len ||
	    release_line(p->f, &a, &b) > 0 || time_at(p->f, &a, &b) > 0 ||
	    labelled_release(p, &a, &b) > 0 ||
	    dateline(p, &place, &d) > 0 ||
	    place_date_line(p, &place, &d, &a, &b) || breadcrumbs(p))
		return 1;
	/* "Resolution No. 66/19", "PM 967-19 - name, State" */
	return iachrp_match(p->f, "resolution") > 0 ||
	    iachrp_match(p->f, "resolucion") > 0 ||
	    iachrp_match(p->f, "resolucao") > 0 ||
	    ((iachrp_match(p->f, "pm") > 0 || iachrp_match(p->f, "mc") > 0 ||
	    iachrp_match(p->f, "mp") > 0) && p->f[3] >= '0' && p->f[3] <= '9');
}

static size_t
words(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (*s == ' ')
			n++;
	return n + 1;
}

/* True when the paragraph may be a headline: short, not a sentence. */
static int
headline_like(const struct iachrp_para *p)
{
	return words(p->s) >= 3 && p->len <= 400 && p->s[p->len - 1] != '.';
}

void
iachrp_doc_layout(struct iachrp_doc *doc)
{
	size_t i, place;
	struct iachrp_date d;
	long first = -1;

	for (i = 0; i < doc->npara; i++) {
		struct iachrp_para *p = &doc->para[i];

		if (p->kind == IACHRP_FURNITURE)
			continue;
		if (dateline(p, &place, &d) > 0 && words(p->s) >= 12) {
			doc->lead = (long)i;
			break;
		}
		if (first < 0 && !is_header(p))
			first = (long)i;
		/* A first paragraph that reads as no headline is the lead. */
		if (doc->lead < 0 && !((long)i == first && headline_like(p)) &&
		    !is_header(p) && words(p->s) >= 20)
			doc->lead = (long)i;
	}
	if (first >= 0 && (doc->lead < 0 || first < doc->lead) &&
	    headline_like(&doc->para[first])) {
		doc->title = first;
		doc->para[first].kind = IACHRP_TITLE;
	}
	if (doc->lead < 0) {
		for (i = 0; i < doc->npara; i++) {
			if (doc->para[i].kind == IACHRP_BODY &&
			    words(doc->para[i].s) >= 12) {
				doc->lead = (long)i;
				break;
			}
		}
	}
}

/*
 * The dateline's place as a string; one printed in capitals,
 * "WASHINGTON, D.C.", in the case it is written with, "Washington, D.C.".
 * Words with a period or of two letters (abbreviations) keep their
 * capitals: "WASHINGTON, DC" is "Washington, DC".
 */
static json_t *
place_json(const char *s, size_t n)
{
	char buf[128];
	size_t i, k, start;

	for (i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return json_stringn(s, n);
	if (n >= sizeof(buf))
		return json_stringn(s, n);
	memcpy(buf, s, n);
	for (start = 0; start < n; start = i + 1) {
		for (i = start; i < n && buf[i] != ' '; i++)
			;
		/* "D.C.", and "DC" as short as a State's code */
		if (memchr(buf + start, '.', i - start) != NULL ||
		    i - start - (i > start && buf[i - 1] == ',') <= 2)
			continue;
		for (k = start + 1; k < i; k++)
			if (buf[k] >= 'A' && buf[k] <= 'Z')
				buf[k] = (char)(buf[k] - 'A' + 'a');
	}
	return json_stringn(buf, n);
}

/*
 * The date that ends a line after its release label, which ends at off,
 * past a dash, a bar or a comma and an article, in words or in figures,
 * with a time after it or not: 1 and its parts (hh -1 when no time), or
 * 0.
 */
static int
date_after_label(const char *f, size_t off, int lang, struct iachrp_date *d,
    int *hh, int *mm)
{
	size_t n, len = strlen(f);

	while (off < len && (f[off] == ' ' || f[off] == ',' || f[off] == '-' ||
	    f[off] == '|' || f[off] == '/' || (unsigned char)f[off] >= 0x80))
		off++;
	if ((n = iachrp_match_in(f + off, iachrp_lex_article, NULL)) > 0 &&
	    f[off + n] == ' ')
		off += n + 1;
	off += weekday_end(f + off);
	if (((n = iachrp_parse_date(f + off, 0, d)) == 0 || d->day == 0) &&
	    (n = iachrp_parse_numeric_date(f + off, lang, d)) == 0)
		return 0;
	*hh = -1;
	if (off + n == len)
		return 1;
	return time_after(f, off + n, hh, mm) > 0;
}

/*
 * True when the paragraph is a date alone, or a date and a time ("April
 * 11, 2022 11:20 AM", "12 de mayo de 2022 - 10:45", "Monday, July 24,
 * 2023 | 4:30 PM", "06.09.2023"): sets the date, and the time or hh -1.
 * A date in figures is read in the release's language (day first but in
 * English).
 */
static int
date_line(const struct iachrp_para *p, int lang, struct iachrp_date *d,
    int *hh, int *mm)
{
	size_t at = weekday_end(p->f), n = iachrp_parse_date(p->f + at, 0, d);

	if (n == 0)
		n = iachrp_parse_numeric_date(p->f + at, lang, d);
	*hh = -1;
	return n > 0 && (at + n == p->len || time_after(p->f, at + n, hh,
	    mm) > 0);
}

/*
 * True when the paragraphs from i to the lead, but one, are a date or a
 * time alone: "Washington, D.C. | 3 de octubre de 2022 | 16:40" as cells.
 */
static int
dates_before_lead(const struct iachrp_doc *doc, size_t i)
{
	struct iachrp_date d;
	size_t other = 0;
	int hh, mm;

	for (; (long)i < doc->lead; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (iachrp_parse_date(p->f, 0, &d) != p->len &&
		    time_at(p->f, &hh, &mm) != p->len)
			other++;
	}
	return other <= 1;
}

int
iachrp_headline_date(const struct iachrp_para *p, struct iachrp_date *d,
    size_t *at_off)
{
	struct iachrp_date at;
	size_t k, n;

	for (k = p->len; k-- > 1;) {
		if ((n = dash_at(p->s + k, p->s)) == 0 || p->s[k - 1] != ' ')
			continue;
		k = (size_t)(iachrp_skip_space(p->s + k + n) - p->s);
		if (date_at(p->f + k, &at) != p->len - k || at.day == 0)
			return 0;
		*d = at;
		*at_off = k;
		return 1;
	}
	return 0;
}

/*
 * True when paragraph i closes a header block that a resolution's number
 * opens a few lines above ("Resolution 27/2019", "Precautionary Measure
 * No. 379-19", "X regarding Venezuela", "May 8, 2019"): its date is the
 * resolution's, not the release's.
 */
static int
in_resolution_block(const struct iachrp_doc *doc, size_t i)
{
	size_t j, n;

	for (j = i; j-- > 0 && j + 4 >= i;) {
		const struct iachrp_para *p = &doc->para[j];

		if (p->kind == IACHRP_FURNITURE)
			return 0;
		if (p->len <= 40 && (n = iachrp_match_in(p->f,
		    iachrp_lex_resolution_cue, NULL)) > 0 && p->f[n] == ' ' &&
		    p->f[n + 1] >= '0' && p->f[n + 1] <= '9')
			return 1;
	}
	return 0;
}

/*
 * True when a dash and a capitalised title follow a release's number at
 * s: " – IACHR Presents ...", a link to another release.
 */
static int
linked_title(const char *s)
{
	s = iachrp_skip_space(s);
	if (strncmp(s, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(s, "\xe2\x80\x94", 3) == 0)
		s += 3;
	else if (*s == '-' || *s == '|')
		s++;
	else
		return 0;
	s = iachrp_skip_space(s);
	return iachrp_is_upper_at(s);
}

json_t *
iachrp_extract_press_release(const struct iachrp_doc *doc)
{
	json_t *pr;
	struct iachrp_date date = { 0, 0, 0 }, d;
	size_t i, n, k, place = 0;
	long placepara = -1;
	int number = 0, year = 0, hh = -1, mm = 0, a, b, linked = 0;
	int linked_year = 0;
	char buf[16];

	for (i = 0; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind == IACHRP_FURNITURE)
			continue;
		/*
		 * The dateline opens the lead, or stands right above a lead
		 * that has none ("Corte IDH – Medidas provisionales", a link
		 * above "Washington, D.C. – ...", is no dateline).
		 */
		if (placepara < 0 && ((long)i == doc->lead ||
		    ((long)i + 1 == doc->lead && dateline(&doc->para[doc->lead],
		    &k, &d) == 0)) && dateline(p, &place, &d) > 0) {
			placepara = (long)i;
			/* The dateline's own date over a date line above. */
			if (d.year != 0)
				date = d;
		}
		if (date.year == 0 && (doc->lead < 0 || (long)i < doc->lead) &&
		    !in_resolution_block(doc, i) &&
		    date_line(p, doc->lang, &d, &a, &b)) {
			date = d;
			if (a >= 0 && hh < 0) {
				hh = a;
				mm = b;
			}
		}
		/* "Published: June 20, 2022 | 3:40 PM", "Fecha: 3 de mayo" */
		if (date.year == 0 && (doc->lead < 0 || (long)i < doc->lead) &&
		    (n = iachrp_match_in(p->f, iachrp_lex_date_label,
		    NULL)) > 0 && date_after_label(p->f, n + (p->f[n] == ':'),
		    doc->lang, &d, &a, &b)) {
			date = d;
			if (a >= 0 && hh < 0) {
				hh = a;
				mm = b;
			}
		}
		if (placepara == (long)i && hh < 0 &&
		    (n = dateline_time(p, &a, &b)) > 0) {
			hh = a;
			mm = b;
		}
		/* "Washington, D.C." alone on a line just above the lead */
		if (placepara < 0 && doc->lead >= 0 && (long)i < doc->lead &&
		    dates_before_lead(doc, i + 1) && p->len <= 32 &&
		    strchr(p->s, ',') != NULL && is_place(p->s, p->f, p->len)) {
			placepara = (long)i;
			place = p->len;
		}
		/* "Washington, D.C., 25 de abril de 2022" on its own line. */
		if ((long)i != doc->lead && date.year == 0 &&
		    place_date_line(p, &n, &d, &hh, &mm)) {
			date = d;
			if (placepara < 0) {
				placepara = (long)i;
				place = n;
			}
		}
		if (number == 0 && (n = release_line(p->f, &a, &b)) == 0 &&
		    (k = labelled_release(p, &a, &b)) > 0)
			n = k;
		/*
		 * "Press Release No. 98/23 – IACHR Presents ...": another
		 * release's link among related content, taken only where
		 * the release prints no number of its own
		 */
		if (number == 0 && n > 0 && linked_title(p->s + n)) {
			if (linked == 0) {
				linked = a;
				linked_year = b;
			}
			n = 0;
		}
		if (number == 0 && n > 0) {
			number = a;
			year = b;
			if (time_at(iachrp_skip_space(p->f + n), &a, &b) > 0) {
				hh = a;
				mm = b;
			}
			/* "Communiqué de presse 262/24 — le 26 novembre 2024,
			 * 17 h 00", above the lead or closing the release, or
			 * the date alone on the line after the number, or on
			 * the line before it where the number closes the
			 * release */
			if (date.year == 0 && (date_after_label(p->f, n, doc->lang,
			    &d, &a, &b) || (n == p->len && i + 1 < doc->npara &&
			    date_line(&doc->para[i + 1], doc->lang, &d, &a,
			    &b)) || (n == p->len && doc->lead >= 0 &&
			    (long)i > doc->lead + 1 && date_line(&doc->para[i - 1],
			    doc->lang, &d, &a, &b)))) {
				date = d;
				if (a >= 0 && hh < 0) {
					hh = a;
					mm = b;
				}
			}
		}
		if (hh < 0 && (n = time_at(p->f, &a, &b)) == p->len) {
			hh = a;
			mm = b;
		}
	}
	if (date.year == 0 && doc->title >= 0)
		iachrp_headline_date(&doc->para[doc->title], &date, &k);
	if (number == 0) {
		number = linked;
		year = linked_year;
	}
	pr = json_object();
	if (pr == NULL)
		return NULL;
	iachrp_set(doc, pr, "number", number > 0 ? json_integer(number) :
	    json_null());
	iachrp_set(doc, pr, "year", number > 0 ? json_integer(year) :
	    json_null());
	iachrp_set(doc, pr, "place", placepara >= 0 ?
	    place_json(doc->para[placepara].s, place) : json_null());
	iachrp_set(doc, pr, "date", date.year != 0 ?
	    iachrp_date_json(&date) : json_null());
	if (hh >= 0) {
		snprintf(buf, sizeof(buf), "%02d:%02d", hh, mm);
		iachrp_set(doc, pr, "time", json_string(buf));
	} else {
		iachrp_set(doc, pr, "time", json_null());
	}
	iachrp_set(doc, pr, "title", doc->title >= 0 ?
	    json_string(doc->para[doc->title].s) : json_null());
	return pr;
}
