/*
 * The canonical JSON text of a record.  Compact output is written here
 * byte for byte as json_dumps(JSON_COMPACT) writes it (keys in the order
 * held, UTF-8 kept, '"', '\\' and control characters escaped, \u00XX in
 * upper case), in runs rather than with jansson's call per token, which
 * made dumping a quarter of yaml2json's work; reals and pretty output
 * stay jansson's own.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "iachr_record.h"
#include "iachr_private.h"

struct dump_buf {
	FILE *fp;
	size_t len;
	int failed;
	char text[8192];
};

static void
flush(struct dump_buf *b)
{
	size_t n = b->len;

	b->len = 0;
	if (n > 0 && fwrite(b->text, 1, n, b->fp) != n)
		b->failed = 1;
}

static void
put(struct dump_buf *b, const char *s, size_t n)
{
	if (n > sizeof(b->text) - b->len) {
		flush(b);
		if (n > sizeof(b->text)) {
			if (fwrite(s, 1, n, b->fp) != n)
				b->failed = 1;
			return;
		}
	}
	memcpy(b->text + b->len, s, n);
	b->len += n;
}

/* jansson's callback for what it still writes. */
static int
put_cb(const char *s, size_t n, void *data)
{
	struct dump_buf *b = data;

	put(b, s, n);
	return b->failed ? -1 : 0;
}

static void
put_string(struct dump_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *u = (const unsigned char *)s;
	char esc[6] = { '\\', 'u', '0', '0', 0, 0 };
	size_t i, start = 0;

	put(b, "\"", 1);
	for (i = 0; i < n; i++) {
		if (u[i] >= 0x20 && u[i] != '"' && u[i] != '\\')
			continue;
		put(b, s + start, i - start);
		start = i + 1;
		switch (u[i]) {
		case '"':
			put(b, "\\\"", 2);
			break;
		case '\\':
			put(b, "\\\\", 2);
			break;
		case '\b':
			put(b, "\\b", 2);
			break;
		case '\f':
			put(b, "\\f", 2);
			break;
		case '\n':
			put(b, "\\n", 2);
			break;
		case '\r':
			put(b, "\\r", 2);
			break;
		case '\t':
			put(b, "\\t", 2);
			break;
		default:
			esc[4] = hex[u[i] >> 4];
			esc[5] = hex[u[i] & 0x0F];
			put(b, esc, sizeof(esc));
			break;
		}
	}
	put(b, s + start, n - start);
	put(b, "\"", 1);
}

static void
put_value(struct dump_buf *b, json_t *v)
{
	const char *key;
	size_t i, len;
	json_t *item;
	char buf[64];
	int n;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		put(b, "{", 1);
		i = 0;
		json_object_keylen_foreach(v, key, len, item) {
			if (i++ > 0)
				put(b, ",", 1);
			put_string(b, key, len);
			put(b, ":", 1);
			put_value(b, item);
		}
		put(b, "}", 1);
		return;
	case JSON_ARRAY:
		put(b, "[", 1);
		json_array_foreach(v, i, item) {
			if (i > 0)
				put(b, ",", 1);
			put_value(b, item);
		}
		put(b, "]", 1);
		return;
	case JSON_STRING:
		put_string(b, json_string_value(v), json_string_length(v));
		return;
	case JSON_INTEGER:
		n = snprintf(buf, sizeof(buf), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		put(b, buf, (size_t)n);
		return;
	case JSON_REAL:
		if (json_dump_callback(v, put_cb, b, JSON_ENCODE_ANY |
		    JSON_COMPACT) != 0)
			b->failed = 1;
		return;
	case JSON_TRUE:
		put(b, "true", 4);
		return;
	case JSON_FALSE:
		put(b, "false", 5);
		return;
	case JSON_NULL:
		break;
	}
	put(b, "null", 4);
}

int
iachr_record_dump(const json_t *rec, FILE *fp, int pretty)
{
	struct dump_buf b;

	b.fp = fp;
	b.len = 0;
	b.failed = 0;
	/* jansson's API takes no const; the value is only read. */
	if (pretty) {
		if (json_dump_callback(rec, put_cb, &b, JSON_INDENT(2) |
		    JSON_ENCODE_ANY) != 0)
			b.failed = 1;
	} else {
		put_value(&b, (json_t *)(uintptr_t)rec);
	}
	put(&b, "\n", 1);
	flush(&b);
	return b.failed ? -1 : 0;
}
