/*
 * Compact JSON text of a value, byte for byte what json_dumpf() writes
 * with JSON_COMPACT | JSON_ENCODE_ANY (keys in the object's order, UTF-8
 * kept, '"', '\\' and control characters escaped as jansson escapes
 * them), written in runs: jansson's own writer looks at every character
 * through a callback and is most of the time a release costs.  The text
 * is gathered in a buffer on the stack and handed to the stream a
 * buffer at a time, not a byte at a time through putc, which takes the
 * stream's lock for each byte once a program has started a thread.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "iachr_private.h"

/* Text on its way to fp. */
struct out {
	FILE *fp;
	size_t len;
	int failed;
	char buf[8192];
};

static void
flush(struct out *o)
{
	if (o->len > 0 && !o->failed &&
	    fwrite(o->buf, 1, o->len, o->fp) != o->len)
		o->failed = 1;
	o->len = 0;
}

static void
put(struct out *o, const char *s, size_t n)
{
	if (n > sizeof(o->buf) - o->len) {
		flush(o);
		if (n > sizeof(o->buf)) {
			if (!o->failed && fwrite(s, 1, n, o->fp) != n)
				o->failed = 1;
			return;
		}
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static void
put_char(struct out *o, char c)
{
	if (o->len == sizeof(o->buf))
		flush(o);
	o->buf[o->len++] = c;
}

/* Bytes of a string that are written as they are. */
static const unsigned char plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
};

/*
 * Whether the eight bytes at s are all plain: none is below 0x20, '"' or
 * '\\'.  A byte below n makes (x - n) & ~x set its top bit, and so does
 * a zero byte of x ^ c for c; a borrow sets more only after one of
 * those, so a bit set means a byte to escape is among the eight.
 */
static int
plain8(const char *s)
{
	const uint64_t ones = 0x0101010101010101u;
	uint64_t x, q, b;

	memcpy(&x, s, 8);
	q = x ^ (ones * '"');
	b = x ^ (ones * '\\');
	return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
	    ((b - ones) & ~b)) & (ones * 0x80) ? 0 : 1;
}

static void
write_string(struct out *o, const char *s, size_t len)
{
	size_t i = 0, run;
	char esc[8];
	unsigned char c;

	put_char(o, '"');
	while (i < len) {
		for (run = i; run + 8 <= len && plain8(s + run); run += 8)
			;
		for (; run < len && plain[(unsigned char)s[run]]; run++)
			;
		put(o, s + i, run - i);
		if ((i = run) == len)
			break;
		c = (unsigned char)s[i++];
		switch (c) {
		case '"':
			strcpy(esc, "\\\"");
			break;
		case '\\':
			strcpy(esc, "\\\\");
			break;
		case '\b':
			strcpy(esc, "\\b");
			break;
		case '\f':
			strcpy(esc, "\\f");
			break;
		case '\n':
			strcpy(esc, "\\n");
			break;
		case '\r':
			strcpy(esc, "\\r");
			break;
		case '\t':
			strcpy(esc, "\\t");
			break;
		default:
			snprintf(esc, sizeof(esc), "\\u%04X", c);
			break;
		}
		put(o, esc, strlen(esc));
	}
	put_char(o, '"');
}

/* Returns 0, or -1 for a value nested too deep. */
static int
write_value(struct out *o, const json_t *v, int depth)
{
	const char *key;
	json_t *child;
	size_t i, n;
	char num[32];
	int first = 1;

	/* As deep as jansson goes; records are four levels deep. */
	if (depth > 2048)
		return -1;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		put_char(o, '{');
		json_object_foreach((json_t *)v, key, child) {
			if (!first)
				put_char(o, ',');
			write_string(o, key, strlen(key));
			put_char(o, ':');
			if (write_value(o, child, depth + 1) != 0)
				return -1;
			first = 0;
		}
		put_char(o, '}');
		return 0;
	case JSON_ARRAY:
		put_char(o, '[');
		json_array_foreach(v, i, child) {
			if (i > 0)
				put_char(o, ',');
			if (write_value(o, child, depth + 1) != 0)
				return -1;
		}
		put_char(o, ']');
		return 0;
	case JSON_STRING:
		write_string(o, json_string_value(v), json_string_length(v));
		return 0;
	case JSON_INTEGER:
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		put(o, num, strlen(num));
		return 0;
	case JSON_TRUE:
		put(o, "true", 4);
		return 0;
	case JSON_FALSE:
		put(o, "false", 5);
		return 0;
	case JSON_NULL:
		put(o, "null", 4);
		return 0;
	default:
		/* Reals: jansson's own digits. */
		n = json_dumpb(v, num, sizeof(num), JSON_COMPACT |
		    JSON_ENCODE_ANY);
		if (n == 0 || n > sizeof(num))
			return -1;
		put(o, num, n);
		return 0;
	}
}

int
iachrp_json_write(const json_t *v, FILE *fp, int depth)
{
	struct out o;
	int rc;

	o.fp = fp;
	o.len = 0;
	o.failed = 0;
	rc = write_value(&o, v, depth);
	/* What came before a value nested too deep is written, as it was. */
	flush(&o);
	return rc != 0 || o.failed ? -1 : 0;
}
