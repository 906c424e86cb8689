/*
 * Dates as releases print them: "July 25, 2021", "25 July 2021",
 * "25 de julio de 2021", "25 de julho de 2021", "25 juillet 2021",
 * "1er août 2017", "1º de junio de 2021", "June 30th of 2020"; in
 * figures, "4/20/2021", "20/04/2021", "04.03.2024"; with the day in
 * words, "the eleventh day of August 2015", "quinze dias do mês de
 * dezembro de 2020".
 */
#include <stdio.h>
#include <string.h>

#include "extract_private.h"

/* A month name at f: its number, with *n bytes (and a "."), or 0. */
static int
month_at(const char *f, size_t *n)
{
	size_t i, best;
	int m = 0;

	/* Every month starts with a letter: the index finds it. */
	if ((best = iachrp_pair_in(f, iachrp_lex_month, &i)) > 0)
		m = iachrp_lex_month[i].number;
	/* An abbreviation is only a month with its full stop or a space. */
	if (m != 0 && best <= 4 && f[best] == '.')
		best++;
	*n = best;
	return m;
}

/* Digits at f (at most max): their value, with *n bytes, or -1. */
static int
number_at(const char *f, size_t max, size_t *n)
{
	size_t i = 0;
	int v = 0;

	while (i < max && f[i] >= '0' && f[i] <= '9')
		v = v * 10 + (f[i++] - '0');
	*n = i;
	if (i == 0 || (f[i] >= '0' && f[i] <= '9'))
		return -1;
	return v;
}

static size_t
skip_word(const char *f, const char *word)
{
	size_t n = iachrp_match(f, word);

	return n > 0 && f[n] == ' ' ? n + 1 : 0;
}

/*
 * A day in words ("eleventh", "once", "quinze"), and the words that may
 * tie it to its month ("day of", "dias do mes de"): its value, with *n
 * bytes up to the space before the month, or -1.
 */
static int
day_in_words(const char *f, size_t *n)
{
	size_t i, k, m;

	if ((k = iachrp_pair_in(f, iachrp_lex_day_word, &i)) == 0 ||
	    iachrp_is_alpha_at(f + k) || f[k] == '-')
		return -1;
	if (f[k] == ' ' && (m = iachrp_match_in(f + k + 1,
	    iachrp_lex_day_filler, NULL)) > 0 && f[k + 1 + m] == ' ')
		k += 1 + m;
	*n = k;
	return iachrp_lex_day_word[i].number;
}

/* A day number with an ordinal mark, or in words: its value, or -1. */
static int
day_at(const char *f, size_t *n)
{
	size_t k, o;
	int d = number_at(f, 2, &k);

	if (d < 0)
		return day_in_words(f, n);
	for (o = 0; iachrp_lex_ordinal_mark[o] != NULL; o++) {
		const char *mark = iachrp_lex_ordinal_mark[o];
		size_t l = strlen(mark);

		if (strncmp(f + k, mark, l) == 0 &&
		    !iachrp_is_alpha_at(f + k + l)) {
			k += l;
			/* "1ro. de julio" */
			if (f[k] == '.' && f[k + 1] == ' ' && l <= 2 &&
			    (mark[0] >= 'a' && mark[0] <= 'z'))
				k++;
			break;
		}
	}
	*n = k;
	return d;
}

/*
 * "July 25", "25 July", "25 de julio", "25 juillet" at f: sets day and
 * month and returns the bytes read, or 0.  The year may follow.
 */
static size_t
day_and_month(const char *f, int *day, int *month)
{
	const char *p = f;
	size_t n;

	if ((*month = month_at(p, &n)) != 0) {
		p += n;
		if (*p++ != ' ' || (*day = day_at(p, &n)) < 0)
			return 0;
		return (size_t)(p + n - f);
	}
	if ((*day = day_at(p, &n)) < 0)
		return 0;
	p += n;
	if (*p++ != ' ')
		return 0;
	p += skip_word(p, "de");
	p += skip_word(p, "of");
	if ((*month = month_at(p, &n)) == 0)
		return 0;
	return (size_t)(p + n - f);
}

size_t
iachrp_parse_date(const char *f, int lang, struct iachrp_date *d)
{
	const char *p = f;
	size_t n;
	int day, month, year;

	(void)lang;	/* month names do not clash across languages */
	if ((n = day_and_month(p, &day, &month)) == 0)
		return 0;
	/* "July 25, 2021", "25 de julio de 2021", "8 de septiembre del 2022" */
	p += n;
	if (*p == ',')
		p++;
	if (*p++ != ' ')
		return 0;
	/* "June 30th of 2020", "10 de agosto del año 2012" */
	if ((n = skip_word(p, "del")) == 0 && (n = skip_word(p, "de")) == 0 &&
	    (n = skip_word(p, "do")) == 0)
		n = skip_word(p, "of");
	p += n;
	if (n > 0 && (n = skip_word(p, "ano")) > 0)
		p += n + skip_word(p + n, "de");
	if ((year = number_at(p, 4, &n)) < 0 || n != 4 ||
	    iachrp_is_alpha_at(p + n))
		return 0;
	p += n;
	d->year = year;
	d->month = month;
	d->day = day;
	if (!iachrp_date_is_valid(d))
		return 0;
	return (size_t)(p - f);
}

/*
 * A date in figures at f, "4/20/2021", "20/04/2021" or "04.03.2024":
 * month first in English, day first in the other languages, unless a part
 * over 12 says which is the day.  Bytes read, or 0.
 */
size_t
iachrp_parse_numeric_date(const char *f, int lang, struct iachrp_date *d)
{
	int part[3] = { 0, 0, 0 }, i, digits;
	const char *p = f;
	char sep = 0;

	for (i = 0; i < 3; i++) {
		for (digits = 0; *p >= '0' && *p <= '9' && digits < 4; digits++)
			part[i] = part[i] * 10 + (*p++ - '0');
		if (digits == 0 || (i == 2 && digits != 4))
			return 0;
		if (i < 2) {
			/* one separator, the same twice: "/" or "." */
			if (digits > 2 || (*p != '/' && *p != '.') ||
			    (sep != 0 && *p != sep))
				return 0;
			sep = *p++;
		}
	}
	if (*p >= '0' && *p <= '9')
		return 0;
	d->year = part[2];
	if (part[0] > 12 || (part[1] <= 12 && lang != IACHRP_EN)) {
		d->day = part[0];
		d->month = part[1];
	} else {
		d->month = part[0];
		d->day = part[1];
	}
	return iachrp_date_is_valid(d) ? (size_t)(p - f) : 0;
}

/* A date in words or in figures at f (see above): bytes read, or 0. */
size_t
iachrp_parse_any_date(const char *f, int lang, struct iachrp_date *d)
{
	size_t n = iachrp_parse_date(f, lang, d);

	return n > 0 ? n : iachrp_parse_numeric_date(f, lang, d);
}

size_t
iachrp_parse_day_month(const char *f, int year, struct iachrp_date *d)
{
	size_t n;

	if ((n = day_and_month(f, &d->day, &d->month)) == 0)
		return 0;
	d->year = year;
	return iachrp_date_is_valid(d) ? n : 0;
}

size_t
iachrp_parse_month_year(const char *f)
{
	const char *p = f;
	size_t n;
	int year;

	/* "mai 2022", "May 2022", "mayo de 2022", or the year alone */
	if (month_at(p, &n) != 0) {
		p += n;
		if (*p++ != ' ')
			return 0;
		p += skip_word(p, "de");
		p += skip_word(p, "of");
	}
	if ((year = number_at(p, 4, &n)) < 1959 || n != 4 || year > 2099 ||
	    iachrp_is_alpha_at(p + n) || (p[n] >= '0' && p[n] <= '9'))
		return 0;
	return (size_t)(p + n - f);
}

int
iachrp_date_is_valid(const struct iachrp_date *d)
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	int leap;

	if (d->year < 1959 || d->year > 2099 || d->month < 1 ||
	    d->month > 12 || d->day < 1 || d->day > mdays[d->month - 1])
		return 0;
	leap = (d->year % 4 == 0 && d->year % 100 != 0) || d->year % 400 == 0;
	return !(d->month == 2 && d->day == 29 && !leap);
}

json_t *
iachrp_date_json(const struct iachrp_date *d)
{
	char buf[16];

	if (d == NULL || !iachrp_date_is_valid(d))
		return json_null();
	snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d->year, d->month,
	    d->day);
	return json_string(buf);
}

int
iachrp_year4(int year, size_t digits)
{
	if (digits == 4)
		return year;
	if (digits != 2)
		return 0;
	return year >= 59 ? 1900 + year : 2000 + year;
}
