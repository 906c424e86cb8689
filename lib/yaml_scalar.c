/*
 * How plain scalars are typed (YAML 1.2 core schema) and which strings
 * must be quoted so that YAML 1.1 readers type them the same way.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yaml_private.h"

/* A double's exact decimal expansion has fewer significant digits. */
#define MAX_EXACT_DIGITS 800

/* Called for most keys and values: no strlen() of every word. */
static int
is_word(const char *s, size_t n, const char *const *words)
{
	const char *w;
	size_t i, k;

	for (i = 0; (w = words[i]) != NULL; i++) {
		for (k = 0; k < n && w[k] != '\0' && w[k] == s[k]; k++)
			continue;
		if (k == n && w[k] == '\0')
			return 1;
	}
	return 0;
}

static int
all_of(const char *s, size_t n, const char *set)
{
	size_t i;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == '\0' || strchr(set, s[i]) == NULL)
			return 0;
	return 1;
}

#define DIGITS "0123456789"

/* [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? */
static int
is_core_float(const char *s, size_t n)
{
	size_t i = 0, int_digits = 0, frac_digits = 0, exp_digits = 0;

	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, int_digits++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, frac_digits++;
	}
	if (int_digits == 0 && frac_digits == 0)
		return 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, exp_digits++;
		if (exp_digits == 0)
			return 0;
	}
	return i == n;
}

enum iachrp_yaml_kind
iachrp_yaml_core_kind(const char *s, size_t n)
{
	static const char *const nulls[] = { "~", "null", "Null", "NULL",
	    NULL };
	static const char *const bools[] = { "true", "True", "TRUE", "false",
	    "False", "FALSE", NULL };
	static const char *const specials[] = { ".inf", ".Inf", ".INF",
	    "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan",
	    ".NaN", ".NAN", NULL };
	size_t sign;

	/* The words by their first letters: most scalars start with none. */
	if (n == 0 || (strchr("~nN", s[0]) != NULL && is_word(s, n, nulls)))
		return IACHRP_YAML_NULL;
	if (strchr("tTfF", s[0]) != NULL && is_word(s, n, bools))
		return IACHRP_YAML_BOOL;
	sign = s[0] == '-' || s[0] == '+';
	if (all_of(s + sign, n - sign, DIGITS))
		return IACHRP_YAML_INT;
	if (n > 2 && s[0] == '0' && s[1] == 'o' &&
	    all_of(s + 2, n - 2, "01234567"))
		return IACHRP_YAML_INT;
	if (n > 2 && s[0] == '0' && s[1] == 'x' &&
	    all_of(s + 2, n - 2, DIGITS "abcdefABCDEF"))
		return IACHRP_YAML_INT;
	if (is_core_float(s, n))
		return IACHRP_YAML_FLOAT;
	if (strchr(".+-", s[0]) != NULL && is_word(s, n, specials))
		return IACHRP_YAML_SPECIAL;
	return IACHRP_YAML_STR;
}

static int
digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return c - 'A' + 10;
}

/* An integer of the core schema; -1 when json_int_t cannot hold it. */
static int
int_value(const char *s, size_t n, json_int_t *out)
{
	json_int_t v = 0, limit;
	int base = 10, neg = 0, d;
	size_t i = 0;

	if (n > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
		base = s[1] == 'o' ? 8 : 16;
		i = 2;
	} else if (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-';
		i = 1;
	}
	/* Accumulate negatively so that the most negative value fits. */
	limit = neg ? LLONG_MIN : -LLONG_MAX;
	for (; i < n; i++) {
		d = digit_value(s[i]);
		if (v < (limit + d) / base)
			return -1;
		v = v * base - d;
	}
	*out = neg ? v : -v;
	return 0;
}

/*
 * The significant digits of a decimal number (leading and trailing zeros
 * dropped) and the power of ten of the first one.  Returns the count.
 */
static size_t
sig_digits(const char *s, size_t n, char *out, size_t max, long *exp10)
{
	size_t i = 0, count = 0, int_len = 0, lead = 0;
	int seen = 0, in_frac = 0, eneg = 0;
	long e = 0;

	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	for (; i < n && s[i] != 'e' && s[i] != 'E'; i++) {
		if (s[i] == '.') {
			in_frac = 1;
			continue;
		}
		if (!in_frac)
			int_len++;
		if (!seen && s[i] == '0') {
			lead++;
			continue;
		}
		seen = 1;
		if (count < max)
			out[count] = s[i];
		count++;
	}
	if (i < n) {
		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			eneg = s[i++] == '-';
		for (; i < n; i++)
			if (e < 100000000)
				e = e * 10 + (s[i] - '0');
	}
	while (count > 0 && count <= max && out[count - 1] == '0')
		count--;
	*exp10 = (long)int_len - (long)lead - 1 + (eneg ? -e : e);
	return count;
}

/*
 * A float of the core schema, accepted only when the double it denotes,
 * printed with as many significant digits as s has, gives back s: that is
 * when no written digit is lost.
 */
static json_t *
float_value(const char *s, size_t n, const char **why)
{
	char in_digits[MAX_EXACT_DIGITS + 1], *text, *printed, *p;
	size_t k, j;
	long in_exp, out_exp;
	double d;
	json_t *v = NULL;

	k = sig_digits(s, n, in_digits, MAX_EXACT_DIGITS, &in_exp);
	if (k > MAX_EXACT_DIGITS) {
		*why = "number cannot be held exactly as a double";
		return NULL;
	}
	if ((text = iachrp_malloc(n + 1)) == NULL ||
	    (printed = iachrp_malloc(k + 32)) == NULL) {
		iachrp_free(text);
		*why = "out of memory";
		return NULL;
	}
	memcpy(text, s, n);
	text[n] = '\0';
	d = strtod(text, NULL);
	if (isinf(d)) {
		*why = "number out of range";
	} else if (k == 0) {
		if ((v = json_real(d)) == NULL)
			*why = "out of memory";
	} else {
		snprintf(printed, k + 32, "%.*e", (int)k - 1, fabs(d));
		/* "d.ddde+XX": compare digits, then the exponent. */
		p = printed;
		for (j = 0; j < k && *p != 'e'; p++) {
			if (*p == '.')
				continue;
			if (*p != in_digits[j])
				break;
			j++;
		}
		out_exp = strtol(strchr(printed, 'e') + 1, NULL, 10);
		if (j != k || *p != 'e' || out_exp != in_exp || d == 0.0)
			*why = "number cannot be held exactly as a double";
		else if ((v = json_real(d)) == NULL)
			*why = "out of memory";
	}
	iachrp_free(printed);
	iachrp_free(text);
	return v;
}

json_t *
iachrp_yaml_core_value(const char *s, size_t n, enum iachrp_yaml_kind kind,
    const char **why)
{
	json_int_t i;
	json_t *v;

	*why = NULL;
	switch (kind) {
	case IACHRP_YAML_NULL:
		return json_null();
	case IACHRP_YAML_BOOL:
		return json_boolean(s[0] == 't' || s[0] == 'T');
	case IACHRP_YAML_INT:
		if (int_value(s, n, &i) != 0) {
			*why = "integer out of range";
			return NULL;
		}
		if ((v = json_integer(i)) == NULL)
			*why = "out of memory";
		return v;
	case IACHRP_YAML_FLOAT:
		return float_value(s, n, why);
	case IACHRP_YAML_SPECIAL:
		*why = "infinity and NaN have no JSON form";
		return NULL;
	case IACHRP_YAML_STR:
		break;
	}
	return json_stringn(s, n);
}

/* U+0085, U+2028, U+2029 (line breaks to YAML 1.1) and U+FEFF. */
static inline int
special_break_at(const unsigned char *u, size_t i, size_t n)
{
	if (u[i] < 0xC2)
		return 0;
	if (u[i] == 0xC2 && i + 1 < n && u[i + 1] == 0x85)
		return 1;
	if (u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
	    (u[i + 2] == 0xA8 || u[i + 2] == 0xA9))
		return 1;
	return u[i] == 0xEF && i + 2 < n && u[i + 1] == 0xBB &&
	    u[i + 2] == 0xBF;
}

int
iachrp_yaml_plain_safe(const char *s, size_t n)
{
	/* Booleans and nulls of YAML 1.1 (a superset of 1.2's). */
	static const char *const words[] = { "y", "Y", "yes", "Yes", "YES",
	    "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
	    "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null",
	    "Null", "NULL", NULL };
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	/*
	 * Every number, timestamp, time, .inf or .nan of either version
	 * starts with a digit, a sign or a dot, and "~", "<<" and "=" are not
	 * letters: a leading letter leaves only the words above.
	 */
	if (n == 0 || !((u[0] >= 'a' && u[0] <= 'z') ||
	    (u[0] >= 'A' && u[0] <= 'Z') || u[0] >= 0x80))
		return 0;
	if (n <= 5 && is_word(s, n, words))
		return 0;
	for (i = 0; i < n; i++) {
		if (u[i] >= 0x20 && u[i] < 0x7F)
			continue;
		if (u[i] < 0x20 || u[i] == 0x7F || special_break_at(u, i, n))
			return 0;
	}
	return 1;
}

int
iachrp_yaml_literal_safe(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;
	int has_break = 0;

	/*
	 * Leading spaces or breaks need an indentation indicator and more
	 * than one final break needs "keep" chomping: both are left to the
	 * double-quoted style, as are tabs, control characters, spaces
	 * before a break and the characters YAML 1.1 takes for breaks.
	 */
	if (n == 0 || u[0] == ' ' || u[0] == '\n' || u[n - 1] == ' ' ||
	    (n >= 2 && u[n - 1] == '\n' && u[n - 2] == '\n'))
		return 0;
	for (i = 0; i < n; i++) {
		if (u[i] == '\n') {
			has_break = 1;
			if (i > 0 && u[i - 1] == ' ')
				return 0;
		} else if (u[i] < 0x20 || u[i] == 0x7F ||
		    special_break_at(u, i, n)) {
			return 0;
		}
	}
	return has_break;
}

void
iachrp_yaml_format_real(double d, char *buf, size_t size)
{
	char tmp[40], digits[20] = "0", *p;
	int prec, exp10, k = 0, i, n = 0;

	for (prec = 1; prec < 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*e", prec - 1, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	snprintf(tmp, sizeof(tmp), "%.*e", prec - 1, d);
	/* tmp is "[-]d.ddde[+-]xx": take its digits and exponent. */
	for (p = tmp; *p != 'e'; p++)
		if (*p >= '0' && *p <= '9')
			digits[k++] = *p;
	while (k > 1 && digits[k - 1] == '0')
		k--;
	exp10 = atoi(p + 1);
	if (d < 0 || (d == 0 && signbit(d)))
		n += snprintf(buf + n, size - n, "-");
	if (exp10 < -4 || exp10 >= 17) {
		n += snprintf(buf + n, size - n, "%c.", digits[0]);
		n += snprintf(buf + n, size - n, "%.*s", k > 1 ? k - 1 : 1,
		    k > 1 ? digits + 1 : "0");
		snprintf(buf + n, size - n, "e%c%02d", exp10 < 0 ? '-' : '+',
		    exp10 < 0 ? -exp10 : exp10);
		return;
	}
	if (exp10 < 0) {
		n += snprintf(buf + n, size - n, "0.");
		for (i = -1; i > exp10; i--)
			n += snprintf(buf + n, size - n, "0");
		snprintf(buf + n, size - n, "%.*s", k, digits);
		return;
	}
	for (i = 0; i <= exp10; i++)
		n += snprintf(buf + n, size - n, "%c", i < k ? digits[i] : '0');
	n += snprintf(buf + n, size - n, ".");
	snprintf(buf + n, size - n, "%.*s", k > exp10 + 1 ? k - exp10 - 1 :
	    1, k > exp10 + 1 ? digits + exp10 + 1 : "0");
}
