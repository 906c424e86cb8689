/*
 * A fast path for turning JSON text into jansson values.  jansson's own
 * parser reads through a stream, one character at a time; this one scans
 * the text in place and copies a string only when it holds escapes, which
 * makes large records about twice as fast to read.  It accepts exactly
 * what json_loadb(JSON_DECODE_ANY | JSON_REJECT_DUPLICATES) accepts and
 * builds the same values; on anything else (an error, a "\u0000", a
 * number out of range, nesting deeper than jansson allows) it gives up
 * and returns NULL, and the caller lets jansson parse the text, so that
 * errors keep jansson's exact wording and position.
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "iachr_private.h"
#include "json_parse_private.h"

/* jansson's JSON_PARSER_MAX_DEPTH. */
#define MAX_DEPTH 2048
/* The largest json_int_t (long long or long, as jansson was built). */
#if JSON_INTEGER_IS_LONG_LONG
#define INT_MAXIMUM LLONG_MAX
#else
#define INT_MAXIMUM LONG_MAX
#endif

struct parser {
	const unsigned char *s, *end;
	int depth;
	char *buf;		/* unescaped strings */
	size_t cap;
};

static json_t *value(struct parser *);

/* Bytes a string holds as they are: printable ASCII but '"' and '\\'. */
#define ROW(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
static const unsigned char plain[256] = {
	ROW(0), ROW(0),
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 0x20: '"' */
	ROW(1), ROW(1),
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,	/* 0x50: '\\' */
	ROW(1), ROW(1),
	ROW(0), ROW(0), ROW(0), ROW(0), ROW(0), ROW(0), ROW(0), ROW(0)
};
#undef ROW

static void
skip_space(struct parser *p)
{
	while (p->s < p->end && (*p->s == ' ' || *p->s == '\n' ||
	    *p->s == '\r' || *p->s == '\t'))
		p->s++;
}

/* Length of the valid UTF-8 sequence at s (lead byte >= 0x80), or 0. */
static size_t
utf8_sequence(const unsigned char *s, const unsigned char *end)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t n, i;

	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if ((size_t)(end - s) < n || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return n;
}

/*
 * Past the bytes from q on that a string holds as they are, eight at a
 * time: printable ASCII but '"' and '\\'.  Stops at or before the first
 * other byte.
 */
static const unsigned char *
skip_plain(const unsigned char *q, const unsigned char *end)
{
	uint64_t x;

	for (; end - q >= 8; q += 8) {
		memcpy(&x, q, 8);
		if ((x & IACHRP_HIGHS) != 0 ||
		    iachrp_has_byte_below(x, 0x20) ||
		    iachrp_has_zero_byte(x ^ ('"' * IACHRP_ONES)) ||
		    iachrp_has_zero_byte(x ^ ('\\' * IACHRP_ONES)))
			break;
	}
	return q;
}

static int
reserve(struct parser *p, size_t need)
{
	char *grown;
	size_t cap;

	if (need <= p->cap)
		return 0;
	cap = p->cap == 0 ? 256 : p->cap;
	while (cap < need)
		cap *= 2;
	if ((grown = iachrp_realloc(p->buf, cap)) == NULL)
		return -1;
	p->buf = grown;
	p->cap = cap;
	return 0;
}

static int
hex4(const unsigned char *s, unsigned *out)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		v <<= 4;
		if (s[i] >= '0' && s[i] <= '9')
			v |= s[i] - '0';
		else if ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'f')
			v |= (s[i] | 32) - 'a' + 10;
		else
			return -1;
	}
	*out = v;
	return 0;
}

/*
 * Parses the string at p->s (its opening quote).  *out points into the
 * text when the string has no escapes, else into p->buf.
 */
static int
string(struct parser *p, const char **out, size_t *len)
{
	const unsigned char *start = ++p->s, *q = start, *run;
	unsigned u, lo;
	size_t n = 0, k;
	char *b;

	for (;;) {
		while (q < p->end && plain[*q])
			q++;
		if (q >= p->end || *q < 0x20)
			return -1;
		if (*q == '"' || *q == '\\')
			break;
		if ((k = utf8_sequence(q, p->end)) == 0)
			return -1;
		q += k;
	}
	if (*q == '"') {
		*out = (const char *)start;
		*len = (size_t)(q - start);
		p->s = q + 1;
		return 0;
	}
	/*
	 * Escapes: unescaped, a string is never longer than as written, so
	 * the text read so far and the four bytes of the longest character
	 * after it bound the room needed.
	 */
	n = (size_t)(q - start);
	if (reserve(p, n + 4) != 0)
		return -1;
	b = p->buf;
	memcpy(b, start, n);
	while (q < p->end && *q != '"') {
		for (run = skip_plain(q, p->end); run < p->end && plain[*run];)
			run++;
		if (reserve(p, (size_t)(run - start) + 4) != 0)
			return -1;
		b = p->buf;
		memcpy(b + n, q, (size_t)(run - q));
		n += (size_t)(run - q);
		if ((q = run) == p->end || *q == '"')
			break;
		if (*q < 0x20)
			return -1;
		if (*q >= 0x80) {
			if ((k = utf8_sequence(q, p->end)) == 0)
				return -1;
			memcpy(b + n, q, k);
			n += k;
			q += k;
			continue;
		}
		if (*q != '\\') {
			b[n++] = (char)*q++;
			continue;
		}
		if (++q >= p->end)
			return -1;
		switch (*q++) {
		case '"': b[n++] = '"'; break;
		case '\\': b[n++] = '\\'; break;
		case '/': b[n++] = '/'; break;
		case 'b': b[n++] = '\b'; break;
		case 'f': b[n++] = '\f'; break;
		case 'n': b[n++] = '\n'; break;
		case 'r': b[n++] = '\r'; break;
		case 't': b[n++] = '\t'; break;
		case 'u':
			if (p->end - q < 4 || hex4(q, &u) != 0 || u == 0)
				return -1;
			q += 4;
			if (u >= 0xDC00 && u <= 0xDFFF)
				return -1;
			if (u >= 0xD800 && u <= 0xDBFF) {
				if (p->end - q < 6 || q[0] != '\\' ||
				    q[1] != 'u' || hex4(q + 2, &lo) != 0 ||
				    lo < 0xDC00 || lo > 0xDFFF)
					return -1;
				q += 6;
				u = 0x10000 + ((u - 0xD800) << 10) +
				    (lo - 0xDC00);
			}
			if (u < 0x80)
				b[n++] = (char)u;
			else if (u < 0x800) {
				b[n++] = (char)(0xC0 | (u >> 6));
				b[n++] = (char)(0x80 | (u & 0x3F));
			} else if (u < 0x10000) {
				b[n++] = (char)(0xE0 | (u >> 12));
				b[n++] = (char)(0x80 | ((u >> 6) & 0x3F));
				b[n++] = (char)(0x80 | (u & 0x3F));
			} else {
				b[n++] = (char)(0xF0 | (u >> 18));
				b[n++] = (char)(0x80 | ((u >> 12) & 0x3F));
				b[n++] = (char)(0x80 | ((u >> 6) & 0x3F));
				b[n++] = (char)(0x80 | (u & 0x3F));
			}
			break;
		default:
			return -1;
		}
	}
	if (q >= p->end)
		return -1;
	p->s = q + 1;
	*out = b;
	*len = n;
	return 0;
}

static json_t *
number(struct parser *p)
{
	const unsigned char *start = p->s, *q = p->s;
	char tmp[64];
	unsigned long long u = 0, limit;
	unsigned digit;
	json_int_t i;
	int is_real = 0, neg = 0;
	double d;

	if (*q == '-') {
		neg = 1;
		q++;
	}
	if (q >= p->end)
		return NULL;
	if (*q == '0')
		q++;
	else if (*q >= '1' && *q <= '9') {
		while (q < p->end && *q >= '0' && *q <= '9')
			q++;
	} else
		return NULL;
	if (q < p->end && *q == '.') {
		is_real = 1;
		if (++q >= p->end || *q < '0' || *q > '9')
			return NULL;
		while (q < p->end && *q >= '0' && *q <= '9')
			q++;
	}
	if (q < p->end && (*q == 'e' || *q == 'E')) {
		is_real = 1;
		if (++q < p->end && (*q == '+' || *q == '-'))
			q++;
		if (q >= p->end || *q < '0' || *q > '9')
			return NULL;
		while (q < p->end && *q >= '0' && *q <= '9')
			q++;
	}
	p->s = q;
	if (!is_real) {
		limit = neg ? (unsigned long long)INT_MAXIMUM + 1 :
		    (unsigned long long)INT_MAXIMUM;
		for (q = start + neg; q < p->s; q++) {
			digit = (unsigned)(*q - '0');
			if (u > (limit - digit) / 10)
				return NULL;
			u = u * 10 + digit;
		}
		if (neg && u == limit)
			i = -INT_MAXIMUM - 1;
		else
			i = neg ? -(json_int_t)u : (json_int_t)u;
		return json_integer(i);
	}
	if ((size_t)(p->s - start) >= sizeof(tmp))
		return NULL;
	memcpy(tmp, start, (size_t)(p->s - start));
	tmp[p->s - start] = '\0';
	d = strtod(tmp, NULL);
	if (isinf(d))
		return NULL;
	return json_real(d);
}

static json_t *
object(struct parser *p)
{
	json_t *obj, *v;
	const char *key;
	char *copy;
	size_t len, size;
	int rc;

	p->s++;
	if ((obj = json_object()) == NULL)
		return NULL;
	skip_space(p);
	if (p->s < p->end && *p->s == '}') {
		p->s++;
		return obj;
	}
	for (;;) {
		skip_space(p);
		if (p->s >= p->end || *p->s != '"' ||
		    string(p, &key, &len) != 0)
			goto fail;
		/* A key unescaped into p->buf must be kept from the value. */
		copy = NULL;
		if (key == p->buf) {
			if ((copy = iachrp_malloc(len + 1)) == NULL)
				goto fail;
			memcpy(copy, key, len);
			key = copy;
		}
		skip_space(p);
		v = NULL;
		if (p->s < p->end && *p->s == ':') {
			p->s++;
			v = value(p);
		}
		size = json_object_size(obj);
		/* The size stays the same for a duplicate key. */
		rc = v == NULL ? -1 : json_object_setn_new_nocheck(obj, key,
		    len, v);
		iachrp_free(copy);
		if (rc != 0 || json_object_size(obj) != size + 1)
			goto fail;
		skip_space(p);
		if (p->s < p->end && *p->s == ',') {
			p->s++;
			continue;
		}
		if (p->s < p->end && *p->s == '}') {
			p->s++;
			return obj;
		}
		goto fail;
	}
fail:
	json_decref(obj);
	return NULL;
}

static json_t *
array(struct parser *p)
{
	json_t *arr, *v;

	p->s++;
	if ((arr = json_array()) == NULL)
		return NULL;
	skip_space(p);
	if (p->s < p->end && *p->s == ']') {
		p->s++;
		return arr;
	}
	for (;;) {
		if ((v = value(p)) == NULL ||
		    json_array_append_new(arr, v) != 0)
			goto fail;
		skip_space(p);
		if (p->s < p->end && *p->s == ',') {
			p->s++;
			continue;
		}
		if (p->s < p->end && *p->s == ']') {
			p->s++;
			return arr;
		}
		goto fail;
	}
fail:
	json_decref(arr);
	return NULL;
}

static int
literal(struct parser *p, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(p->end - p->s) < n || memcmp(p->s, word, n) != 0)
		return -1;
	p->s += n;
	return 0;
}

static json_t *
value(struct parser *p)
{
	const char *s;
	size_t len;
	json_t *v = NULL;

	skip_space(p);
	if (p->s >= p->end)
		return NULL;
	switch (*p->s) {
	case '{':
	case '[':
		if (++p->depth > MAX_DEPTH)
			return NULL;
		v = *p->s == '{' ? object(p) : array(p);
		p->depth--;
		return v;
	case '"':
		if (string(p, &s, &len) != 0)
			return NULL;
		return json_stringn_nocheck(s, len);
	case 't':
		return literal(p, "true") == 0 ? json_true() : NULL;
	case 'f':
		return literal(p, "false") == 0 ? json_false() : NULL;
	case 'n':
		return literal(p, "null") == 0 ? json_null() : NULL;
	default:
		return number(p);
	}
}

json_t *
iachrp_json_parse(const char *text, size_t len)
{
	struct parser p;
	json_t *v;

	p.s = (const unsigned char *)text;
	p.end = p.s + len;
	p.depth = 0;
	p.buf = NULL;
	p.cap = 0;
	v = value(&p);
	iachrp_free(p.buf);
	if (v == NULL)
		return NULL;
	skip_space(&p);
	if (p.s != p.end) {
		json_decref(v);
		return NULL;
	}
	return v;
}

long
iachrp_json_nul_offset(const json_error_t *jerr, const char *text,
    size_t len)
{
	enum json_error_code code = json_error_code(jerr);
	int in_string = 0;
	size_t i;

	if (code != json_error_null_character &&
	    code != json_error_null_byte_in_key)
		return -1;
	for (i = 0; i < len; i++) {
		if (text[i] == '"') {
			in_string = !in_string;
		} else if (in_string && text[i] == '\\') {
			if (len - i >= 6 && memcmp(text + i + 1, "u0000", 5) == 0)
				return (long)i;
			i++;
		}
	}
	return -1;
}
