/*
 * The cell encoding of schemas/resolution.csv.json.  An empty cell is
 * null.  A leading apostrophe is an escape exactly when followed by
 * nothing, another apostrophe or a formula character, so that one rule
 * gives the empty string (a lone apostrophe), neutralised formulas and
 * values that really start with an apostrophe, and reading it back is
 * never ambiguous.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_private.h"
#include "iachr_private.h"

int
iachrp_buf_reserve(struct iachrp_buf *b, size_t more)
{
	size_t cap;
	char *p;

	if (b->cap - b->len > more)
		return 0;
	cap = b->cap > 0 ? b->cap : 256;
	while (cap - b->len <= more) {
		if (cap > (size_t)-1 / 2)
			return -1;
		cap *= 2;
	}
	if ((p = iachrp_realloc(b->data, cap)) == NULL)
		return -1;
	b->data = p;
	b->cap = cap;
	return 0;
}

int
iachrp_buf_add(struct iachrp_buf *b, const void *p, size_t n)
{
	if (iachrp_buf_reserve(b, n) != 0)
		return -1;
	memcpy(b->data + b->len, p, n);
	b->len += n;
	return 0;
}

void
iachrp_buf_free(struct iachrp_buf *b)
{
	iachrp_free(b->data);
	memset(b, 0, sizeof(*b));
}

int
iachrp_csv_formula_char(int c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' ||
	    c == '\r';
}

/* After an apostrophe, what makes it an escape. */
static int
escapes(const char *s, size_t len)
{
	return len == 0 || s[0] == '\'' || iachrp_csv_formula_char(
	    (unsigned char)s[0]);
}

int
iachrp_csv_needs_escape(const char *s, size_t len, int safe)
{
	if (len == 0)
		return 1;
	if (s[0] == '\'')
		return escapes(s + 1, len - 1);
	return safe && iachrp_csv_formula_char((unsigned char)s[0]);
}

int
iachrp_csv_escaped(const char *s, size_t len)
{
	return len > 0 && s[0] == '\'' && escapes(s + 1, len - 1);
}

int
iachrp_csv_needs_quotes(const char *s, size_t len, int delim)
{
	size_t i;
	unsigned char c;

	if (len == 0)
		return 0;
	/* Readers that trim unquoted fields would lose these spaces. */
	if (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' ||
	    s[len - 1] == '\t')
		return 1;
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '"' || c == '\n' || c == '\r' || c == delim)
			return 1;
	}
	return 0;
}

int
iachrp_csv_put_field(struct iachrp_buf *b, const char *s, size_t len,
    int delim)
{
	const char *q, *end = s + len;

	if (!iachrp_csv_needs_quotes(s, len, delim))
		return iachrp_buf_add(b, s, len);
	if (iachrp_buf_add(b, "\"", 1) != 0)
		return -1;
	while ((q = memchr(s, '"', (size_t)(end - s))) != NULL) {
		if (iachrp_buf_add(b, s, (size_t)(q - s) + 1) != 0 ||
		    iachrp_buf_add(b, "\"", 1) != 0)
			return -1;
		s = q + 1;
	}
	if (iachrp_buf_add(b, s, (size_t)(end - s)) != 0)
		return -1;
	return iachrp_buf_add(b, "\"", 1);
}

int
iachrp_csv_integer(const char *s, size_t len, long long *out, char *why,
    size_t size)
{
	char digits[32];
	size_t i = 0;

	if (len < sizeof(digits)) {
		if (s[0] == '-')
			i++;
		if (i < len && s[i] == '0' && i + 1 == len)
			i++;
		else if (i < len && s[i] >= '1' && s[i] <= '9')
			while (i < len && s[i] >= '0' && s[i] <= '9')
				i++;
		else
			i = 0;
	}
	if (i == len && len > 0 && len < sizeof(digits)) {
		memcpy(digits, s, len);
		digits[len] = '\0';
		errno = 0;
		*out = strtoll(digits, NULL, 10);
		if (errno == 0)
			return 0;
	}
	snprintf(why, size, "not an integer: \"%.*s\"",
	    len > 40 ? 40 : (int)len, s);
	return -1;
}

int
iachrp_csv_boolean(const char *s, size_t len, char *why, size_t size)
{
	if ((len == 4 && (memcmp(s, "true", 4) == 0 ||
	    memcmp(s, "TRUE", 4) == 0 || memcmp(s, "True", 4) == 0)))
		return 1;
	if ((len == 5 && (memcmp(s, "false", 5) == 0 ||
	    memcmp(s, "FALSE", 5) == 0 || memcmp(s, "False", 5) == 0)))
		return 0;
	snprintf(why, size, "not true or false: \"%.*s\"",
	    len > 40 ? 40 : (int)len, s);
	return -1;
}

json_t *
iachrp_csv_array(const char *s, size_t len, char *why, size_t size)
{
	json_error_t jerr;
	json_t *v;

	if ((v = json_loadb(s, len, JSON_REJECT_DUPLICATES, &jerr)) == NULL) {
		if (iachrp_json_nul_offset(&jerr, s, len) >= 0)
			snprintf(why, size, "not a JSON array: %s",
			    IACHRP_NUL_STRING);
		else
			snprintf(why, size, "not a JSON array: %s at "
			    "character %d", jerr.text, jerr.column);
		return NULL;
	}
	if (!json_is_array(v)) {
		json_decref(v);
		snprintf(why, size, "not a JSON array");
		return NULL;
	}
	return v;
}

json_t *
iachrp_csv_decode(int type, const char *s, size_t len, char *why,
    size_t size)
{
	long long n;
	json_t *v;
	int b;

	switch (type) {
	case IACHRP_CSV_INTEGER:
		if (iachrp_csv_integer(s, len, &n, why, size) != 0)
			return NULL;
		return json_integer(n);
	case IACHRP_CSV_BOOLEAN:
		if ((b = iachrp_csv_boolean(s, len, why, size)) < 0)
			return NULL;
		return json_boolean(b);
	case IACHRP_CSV_ARRAY:
		return iachrp_csv_array(s, len, why, size);
	default:
		if ((v = json_stringn_nocheck(s, len)) == NULL)
			snprintf(why, size, "out of memory");
		return v;
	}
}

size_t
iachrp_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, n, k;
	unsigned int c;

	while (i < len) {
		c = s[i];
		if (c >= 0x01 && c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 2;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 3;
		else
			return i;
		if (len - i <= n)
			return i;
		for (k = 1; k <= n; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
		/* Overlong forms, surrogates and code points past U+10FFFF. */
		if ((c == 0xE0 && s[i + 1] < 0xA0) ||
		    (c == 0xED && s[i + 1] > 0x9F) ||
		    (c == 0xF0 && s[i + 1] < 0x90) ||
		    (c == 0xF4 && s[i + 1] > 0x8F))
			return i;
		i += n + 1;
	}
	return i;
}
