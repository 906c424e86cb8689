/*
 * Compact JSON text of a value, byte for byte what json_dumpf() writes
 * with JSON_COMPACT | JSON_ENCODE_ANY (keys in the object's order, UTF-8
 * kept, '"', '\\' and control characters escaped as jansson escapes
 * them), written in runs: jansson's own writer looks at every character
 * through a callback and is most of the time a release costs.
 */
#include <stdio.h>
#include <string.h>

#include "iachr_private.h"

static int
put(FILE *fp, const char *s, size_t n)
{
	return n == 0 || fwrite(s, 1, n, fp) == n ? 0 : -1;
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

static int
write_string(FILE *fp, const char *s, size_t len)
{
	size_t i = 0, run;
	char esc[8];
	unsigned char c;

	if (putc('"', fp) == EOF)
		return -1;
	while (i < len) {
		for (run = i; run < len && plain[(unsigned char)s[run]]; run++)
			;
		if (put(fp, s + i, run - i) != 0)
			return -1;
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
		if (put(fp, esc, strlen(esc)) != 0)
			return -1;
	}
	return putc('"', fp) == EOF ? -1 : 0;
}

int
iachrp_json_write(const json_t *v, FILE *fp, int depth)
{
	const char *key;
	json_t *child;
	size_t i;
	char num[32];
	int first = 1;

	/* As deep as jansson goes; records are four levels deep. */
	if (depth > 2048)
		return -1;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		if (putc('{', fp) == EOF)
			return -1;
		json_object_foreach((json_t *)v, key, child) {
			if ((!first && putc(',', fp) == EOF) ||
			    write_string(fp, key, strlen(key)) != 0 ||
			    putc(':', fp) == EOF ||
			    iachrp_json_write(child, fp, depth + 1) != 0)
				return -1;
			first = 0;
		}
		return putc('}', fp) == EOF ? -1 : 0;
	case JSON_ARRAY:
		if (putc('[', fp) == EOF)
			return -1;
		json_array_foreach(v, i, child) {
			if ((i > 0 && putc(',', fp) == EOF) ||
			    iachrp_json_write(child, fp, depth + 1) != 0)
				return -1;
		}
		return putc(']', fp) == EOF ? -1 : 0;
	case JSON_STRING:
		return write_string(fp, json_string_value(v),
		    json_string_length(v));
	case JSON_INTEGER:
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		return put(fp, num, strlen(num));
	case JSON_TRUE:
		return put(fp, "true", 4);
	case JSON_FALSE:
		return put(fp, "false", 5);
	case JSON_NULL:
		return put(fp, "null", 4);
	default:
		/* Reals: jansson's own digits. */
		return json_dumpf(v, fp, JSON_COMPACT | JSON_ENCODE_ANY);
	}
}
