/*
 * The "format" checks: dates and times (RFC 3339), durations (ISO 8601 as
 * in RFC 3339 appendix A), e-mail addresses (RFC 5321), host names (RFC
 * 1123), IP addresses, URIs and IRIs (RFC 3986/3987), URI templates,
 * UUIDs, JSON Pointers (RFC 6901), relative JSON Pointers and regular
 * expressions.  Internationalised forms are checked for shape only.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_private.h"
#include "jsonschema_private.h"

/* The last c in s[0..n), or NULL (memrchr is not POSIX). */
static const char *
last_of(const char *s, int c, size_t n)
{
	while (n > 0)
		if (s[--n] == c)
			return s + n;
	return NULL;
}

static int
digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
num(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int
check_date(const char *s, size_t len)
{
	static const int days[] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	int y, m, d, leap;

	if (len != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4) ||
	    !digits(s + 5, 2) || !digits(s + 8, 2))
		return 0;
	y = num(s, 4);
	m = num(s + 5, 2);
	d = num(s + 8, 2);
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && d == 29 && !leap);
}

static int
check_time(const char *s, size_t len)
{
	int h, m, sec, oh = 0, om = 0, sign = 0;
	size_t i;

	if (len < 9 || s[2] != ':' || s[5] != ':' || !digits(s, 2) ||
	    !digits(s + 3, 2) || !digits(s + 6, 2))
		return 0;
	h = num(s, 2);
	m = num(s + 3, 2);
	sec = num(s + 6, 2);
	i = 8;
	if (i < len && s[i] == '.') {
		i++;
		if (i >= len || !isdigit((unsigned char)s[i]))
			return 0;
		while (i < len && isdigit((unsigned char)s[i]))
			i++;
	}
	if (i >= len)
		return 0;
	if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == len)
		;
	else if ((s[i] == '+' || s[i] == '-') && len - i == 6 &&
	    digits(s + i + 1, 2) && s[i + 3] == ':' && digits(s + i + 4, 2)) {
		sign = s[i] == '+' ? 1 : -1;
		oh = num(s + i + 1, 2);
		om = num(s + i + 4, 2);
		if (oh > 23 || om > 59)
			return 0;
	} else
		return 0;
	if (h > 23 || m > 59 || sec > 60)
		return 0;
	if (sec == 60) {
		/* A leap second happens at 23:59:60 UTC only. */
		int utc = (h * 60 + m - sign * (oh * 60 + om) + 1440) % 1440;

		if (utc != 23 * 60 + 59)
			return 0;
	}
	return 1;
}

static int
check_date_time(const char *s, size_t len)
{
	return len > 11 && (s[10] == 'T' || s[10] == 't') &&
	    check_date(s, 10) && check_time(s + 11, len - 11);
}

static int
check_duration(const char *s, size_t len)
{
	static const char date_units[] = "YMD", time_units[] = "HMS";
	const char *units;
	size_t i = 1, last = 0, u;
	int in_time = 0, any = 0, any_time = 0, any_unit = 0;

	if (len < 2 || s[0] != 'P')
		return 0;
	if (len >= 3 && s[len - 1] == 'W')
		return digits(s + 1, len - 2);
	units = date_units;
	while (i < len) {
		if (s[i] == 'T') {
			if (in_time)
				return 0;
			in_time = 1;
			units = time_units;
			last = 0;
			any_unit = 0;
			i++;
			continue;
		}
		if (!isdigit((unsigned char)s[i]))
			return 0;
		while (i < len && isdigit((unsigned char)s[i]))
			i++;
		if (i >= len)
			return 0;
		/* Units come in order and without gaps: no "P1Y1D". */
		for (u = last; u < 3 && units[u] != s[i]; u++)
			;
		if (u == 3 || (any_unit && u != last))
			return 0;
		any_unit = 1;
		last = u + 1;
		any = 1;
		any_time |= in_time;
		i++;
	}
	return any && (!in_time || any_time);
}

static int
check_hostname(const char *s, size_t len, int idn)
{
	size_t i, label = 0;

	if (len == 0 || len > 253)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '.') {
			if (label == 0 || s[i - 1] == '-')
				return 0;
			label = 0;
			continue;
		}
		if (!(isalnum(c) || c == '-' || (idn && c >= 0x80)))
			return 0;
		if (c == '-' && label == 0)
			return 0;
		if (++label > 63)
			return 0;
	}
	if (label == 0 || s[len - 1] == '-')
		return 0;
	/* "xn--" labels and "--" in positions 3-4 are A-labels (RFC 5891). */
	for (i = 0; i + 3 < len; i++)
		if ((i == 0 || s[i - 1] == '.') && s[i + 2] == '-' &&
		    s[i + 3] == '-' && !((s[i] | 32) == 'x' &&
		    (s[i + 1] | 32) == 'n'))
			return 0;
	return 1;
}

static int
check_ipv4(const char *s, size_t len)
{
	size_t i = 0, start;
	int parts = 0;

	while (parts < 4) {
		start = i;
		while (i < len && isdigit((unsigned char)s[i]) && i - start < 4)
			i++;
		if (i == start || i - start > 3 ||
		    (s[start] == '0' && i - start > 1) ||
		    num(s + start, i - start) > 255)
			return 0;
		parts++;
		if (parts < 4) {
			if (i >= len || s[i] != '.')
				return 0;
			i++;
		}
	}
	return i == len;
}

static int
check_ipv6(const char *s, size_t len)
{
	size_t i = 0, start;
	int groups = 0, gap = 0;

	if (len >= 2 && s[0] == ':' && s[1] == ':') {
		gap = 1;
		i = 2;
		if (len == 2)
			return 1;
	} else if (len >= 1 && s[0] == ':')
		return 0;
	while (i < len) {
		start = i;
		while (i < len && isxdigit((unsigned char)s[i]))
			i++;
		if (i < len && s[i] == '.') {
			/* A trailing dotted IPv4 address counts as two. */
			if (!check_ipv4(s + start, len - start))
				return 0;
			groups += 2;
			i = len;
			break;
		}
		if (i == start || i - start > 4)
			return 0;
		groups++;
		if (i == len)
			break;
		if (s[i] != ':')
			return 0;
		i++;
		if (i < len && s[i] == ':') {
			if (gap)
				return 0;
			gap = 1;
			i++;
			if (i == len)
				break;
		} else if (i == len)
			return 0;
	}
	return gap ? groups < 8 : groups == 8;
}

static int
check_email(const char *s, size_t len, int idn)
{
	const char *at = NULL;
	size_t i, local;

	if (len > 0 && s[0] == '"') {
		for (i = 1; i < len && s[i] != '"'; i++)
			if (s[i] == '\\')
				i++;
		if (i + 1 >= len || s[i + 1] != '@')
			return 0;
		at = s + i + 1;
	} else {
		at = last_of(s, '@', len);
		if (at == NULL)
			return 0;
		local = (size_t)(at - s);
		if (local == 0 || s[0] == '.' || s[local - 1] == '.')
			return 0;
		for (i = 0; i < local; i++) {
			unsigned char c = (unsigned char)s[i];

			if (c == '.' && s[i + 1] == '.')
				return 0;
			if (!(isalnum(c) || strchr("!#$%&'*+-/=?^_`{|}~.",
			    c) != NULL || (idn && c >= 0x80)))
				return 0;
		}
	}
	at++;
	len -= (size_t)(at - s);
	if (len > 2 && at[0] == '[' && at[len - 1] == ']') {
		if (len > 7 && strncmp(at + 1, "IPv6:", 5) == 0)
			return check_ipv6(at + 6, len - 7);
		return check_ipv4(at + 1, len - 2);
	}
	return check_hostname(at, len, idn);
}

static int
check_uuid(const char *s, size_t len)
{
	size_t i;

	if (len != 36)
		return 0;
	for (i = 0; i < len; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return 0;
		} else if (!isxdigit((unsigned char)s[i]))
			return 0;
	}
	return 1;
}

static int
check_pointer(const char *s, size_t len)
{
	size_t i;

	if (len > 0 && s[0] != '/')
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] == '~' && (i + 1 >= len ||
		    (s[i + 1] != '0' && s[i + 1] != '1')))
			return 0;
	return 1;
}

static int
check_relative_pointer(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && isdigit((unsigned char)s[i]))
		i++;
	if (i == 0 || (s[0] == '0' && i > 1))
		return 0;
	if (i < len && (s[i] == '+' || s[i] == '-')) {
		size_t j = ++i;

		while (i < len && isdigit((unsigned char)s[i]))
			i++;
		if (i == j || (s[j] == '0' && i - j > 1))
			return 0;
	}
	if (i == len)
		return 1;
	if (s[i] == '#')
		return i + 1 == len;
	return check_pointer(s + i, len - i);
}

/* A varspec of RFC 6570: varname [ ":" max-length | "*" ]. */
static int
check_varspec(const char *s, size_t n)
{
	size_t i = 0, name;

	while (i < n) {
		if (s[i] == '%') {
			if (i + 2 >= n || !isxdigit((unsigned char)s[i + 1]) ||
			    !isxdigit((unsigned char)s[i + 2]))
				return 0;
			i += 3;
		} else if (isalnum((unsigned char)s[i]) || s[i] == '_')
			i++;
		else if (s[i] == '.' && i > 0 && s[i - 1] != '.' && i + 1 < n &&
		    s[i + 1] != ':' && s[i + 1] != '*')
			i++;
		else
			break;
	}
	name = i;
	if (name == 0)
		return 0;
	if (i == n)
		return 1;
	if (s[i] == '*')
		return i + 1 == n;
	if (s[i] != ':' || i + 1 >= n || s[i + 1] == '0' || n - i - 1 > 4)
		return 0;
	return digits(s + i + 1, n - i - 1);
}

static int
check_template(const char *s, size_t len)
{
	size_t i, start, end, j;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '{') {
			start = i + 1;
			for (end = start; end < len && s[end] != '}' &&
			    s[end] != '{'; end++)
				;
			if (end >= len || s[end] != '}')
				return 0;
			if (start < end && strchr("+#./;?&=,!@|", s[start]) !=
			    NULL)
				start++;
			for (j = start; j <= end; j++) {
				size_t k = j;

				while (k < end && s[k] != ',')
					k++;
				if (!check_varspec(s + j, k - j))
					return 0;
				j = k;
			}
			i = end;
		} else if (c == '}' || c <= ' ' || c == 0x7F ||
		    strchr("\"<>\\^`|", c) != NULL)
			return 0;
		else if (c == '%' && (i + 2 >= len ||
		    !isxdigit((unsigned char)s[i + 1]) ||
		    !isxdigit((unsigned char)s[i + 2])))
			return 0;
	}
	return 1;
}

static int
check_uri(const char *s, size_t len, int flags)
{
	char *copy;
	int ok;

	if (memchr(s, '\0', len) != NULL || (copy = strndup(s, len)) == NULL)
		return 0;
	ok = iachrp_uri_check(copy, flags);
	free(copy);
	return ok;
}

static int
check_regex(const char *s, size_t len)
{
	struct iachrp_regex *re;
	char why[64], *copy;

	if (memchr(s, '\0', len) != NULL || (copy = strndup(s, len)) == NULL)
		return 0;
	re = iachrp_regex_compile(copy, why, sizeof(why));
	free(copy);
	iachrp_regex_free(re);
	return re != NULL;
}

int
iachrp_format_check(const char *format, const char *s, size_t len)
{
	if (strcmp(format, "date") == 0)
		return check_date(s, len);
	if (strcmp(format, "date-time") == 0)
		return check_date_time(s, len);
	if (strcmp(format, "duration") == 0)
		return check_duration(s, len);
	if (strcmp(format, "email") == 0)
		return check_email(s, len, 0);
	if (strcmp(format, "hostname") == 0)
		return check_hostname(s, len, 0);
	if (strcmp(format, "idn-email") == 0)
		return check_email(s, len, 1);
	if (strcmp(format, "idn-hostname") == 0)
		return check_hostname(s, len, 1);
	if (strcmp(format, "ipv4") == 0)
		return check_ipv4(s, len);
	if (strcmp(format, "ipv6") == 0)
		return check_ipv6(s, len);
	if (strcmp(format, "iri") == 0)
		return check_uri(s, len, IACHRP_URI_IRI);
	if (strcmp(format, "iri-reference") == 0)
		return check_uri(s, len, IACHRP_URI_IRI |
		    IACHRP_URI_REFERENCE);
	if (strcmp(format, "json-pointer") == 0)
		return check_pointer(s, len);
	if (strcmp(format, "regex") == 0)
		return check_regex(s, len);
	if (strcmp(format, "relative-json-pointer") == 0)
		return check_relative_pointer(s, len);
	if (strcmp(format, "time") == 0)
		return check_time(s, len);
	if (strcmp(format, "uri") == 0)
		return check_uri(s, len, 0);
	if (strcmp(format, "uri-reference") == 0)
		return check_uri(s, len, IACHRP_URI_REFERENCE);
	if (strcmp(format, "uri-template") == 0)
		return check_template(s, len);
	if (strcmp(format, "uuid") == 0)
		return check_uuid(s, len);
	return -1;
}
