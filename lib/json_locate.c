/*
 * Finding where, in the text of a JSON value, the value at a JSON Pointer
 * begins: a scanner that skips what it does not need, so that an error
 * found in a parsed record can be shown at its line and column in the
 * user's file.
 */
#include <stdlib.h>
#include <string.h>

#include "iachr_schema.h"
#include "iachr_private.h"

struct scan {
	const char *s;
	size_t len, pos;
	long line, col;
};

static void
advance(struct scan *sc)
{
	unsigned char c = (unsigned char)sc->s[sc->pos++];

	if (c == '\n') {
		sc->line++;
		sc->col = 1;
	} else if ((c & 0xC0) != 0x80)
		sc->col++;
}

static void
skip_space(struct scan *sc)
{
	while (sc->pos < sc->len && strchr(" \t\r\n", sc->s[sc->pos]) != NULL &&
	    sc->s[sc->pos] != '\0')
		advance(sc);
}

/* Reads 4 hex digits at the scan position (moving past them), or -1. */
static long
hex4(struct scan *sc)
{
	char hex[5], *end;
	long u;

	if (sc->pos + 4 > sc->len)
		return -1;
	memcpy(hex, sc->s + sc->pos, 4);
	hex[4] = '\0';
	u = strtol(hex, &end, 16);
	if (end != hex + 4)
		return -1;
	sc->pos += 4;
	sc->col += 4;
	return u;
}

/* Appends code point u to key as UTF-8, if it fits. */
static void
put_utf8(char *key, size_t keysize, size_t *k, unsigned long u)
{
	char b[4];
	size_t n, i;

	if (u < 0x80) {
		b[0] = (char)u;
		n = 1;
	} else if (u < 0x800) {
		b[0] = (char)(0xC0 | (u >> 6));
		b[1] = (char)(0x80 | (u & 0x3F));
		n = 2;
	} else if (u < 0x10000) {
		b[0] = (char)(0xE0 | (u >> 12));
		b[1] = (char)(0x80 | ((u >> 6) & 0x3F));
		b[2] = (char)(0x80 | (u & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | (u >> 18));
		b[1] = (char)(0x80 | ((u >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((u >> 6) & 0x3F));
		b[3] = (char)(0x80 | (u & 0x3F));
		n = 4;
	}
	for (i = 0; i < n && *k + 1 < keysize; i++)
		key[(*k)++] = b[i];
}

/*
 * Skips a string at its opening quote; when key is given, stores its
 * value there, escapes decoded, so that it compares with pointer tokens.
 */
static int
skip_string(struct scan *sc, char *key, size_t keysize)
{
	static const char from[] = "bfnrt", to[] = "\b\f\n\r\t";
	const char *p;
	size_t k = 0;
	long u, lo;
	char c;

	advance(sc);
	while (sc->pos < sc->len) {
		c = sc->s[sc->pos];
		if (c == '"') {
			advance(sc);
			if (key != NULL)
				key[k] = '\0';
			return 0;
		}
		advance(sc);
		if (c != '\\' || sc->pos >= sc->len) {
			if (key != NULL && k + 1 < keysize)
				key[k++] = c;
			continue;
		}
		c = sc->s[sc->pos];
		advance(sc);
		if (c != 'u') {
			if ((p = strchr(from, c)) != NULL && c != '\0')
				c = to[p - from];
			if (key != NULL && k + 1 < keysize)
				key[k++] = c;
			continue;
		}
		if ((u = hex4(sc)) < 0)
			return -1;
		if (u >= 0xD800 && u <= 0xDBFF && sc->pos + 6 <= sc->len &&
		    sc->s[sc->pos] == '\\' && sc->s[sc->pos + 1] == 'u') {
			sc->pos += 2;
			sc->col += 2;
			if ((lo = hex4(sc)) < 0)
				return -1;
			u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
		}
		if (key != NULL)
			put_utf8(key, keysize, &k, (unsigned long)u);
	}
	return -1;
}

static int
skip_value(struct scan *sc)
{
	int depth = 0;
	char c;

	do {
		skip_space(sc);
		if (sc->pos >= sc->len)
			return -1;
		c = sc->s[sc->pos];
		if (c == '"') {
			if (skip_string(sc, NULL, 0) != 0)
				return -1;
		} else if (c == '{' || c == '[') {
			depth++;
			advance(sc);
		} else if (c == '}' || c == ']') {
			depth--;
			advance(sc);
		} else {
			while (sc->pos < sc->len &&
			    strchr(",:]} \t\r\n", sc->s[sc->pos]) == NULL)
				advance(sc);
			if (sc->pos < sc->len && (sc->s[sc->pos] == ',' ||
			    sc->s[sc->pos] == ':') && depth > 0)
				advance(sc);
			continue;
		}
		skip_space(sc);
		if (depth > 0 && sc->pos < sc->len &&
		    (sc->s[sc->pos] == ',' || sc->s[sc->pos] == ':'))
			advance(sc);
	} while (depth > 0);
	return 0;
}

/* Decodes the next pointer token into tok; returns the rest or NULL. */
static const char *
next_token(const char *p, char *tok, size_t size)
{
	size_t n = 0;

	if (*p != '/')
		return NULL;
	for (p++; *p != '\0' && *p != '/'; p++) {
		char c = *p;

		if (c == '~' && (p[1] == '0' || p[1] == '1'))
			c = *++p == '0' ? '~' : '/';
		if (n + 1 < size)
			tok[n++] = c;
	}
	tok[n] = '\0';
	return p;
}

int
iachr_json_locate(const char *text, size_t len, const char *pointer,
    long *line, long *column)
{
	struct scan sc = { text, len, 0, *line, *column };
	char tok[1024], key[1024];
	unsigned long index, i;
	const char *p = pointer;
	int found;

	while (p != NULL && *p != '\0') {
		if ((p = next_token(p, tok, sizeof(tok))) == NULL)
			return -1;
		skip_space(&sc);
		if (sc.pos >= sc.len)
			return -1;
		found = 0;
		if (text[sc.pos] == '{') {
			advance(&sc);
			for (;;) {
				skip_space(&sc);
				if (sc.pos >= sc.len || text[sc.pos] != '"')
					return -1;
				if (skip_string(&sc, key, sizeof(key)) != 0)
					return -1;
				skip_space(&sc);
				if (sc.pos >= sc.len || text[sc.pos] != ':')
					return -1;
				advance(&sc);
				if (strcmp(key, tok) == 0) {
					found = 1;
					break;
				}
				if (skip_value(&sc) != 0)
					return -1;
				skip_space(&sc);
				if (sc.pos < sc.len && text[sc.pos] == ',')
					advance(&sc);
				else
					return -1;
			}
		} else if (text[sc.pos] == '[') {
			advance(&sc);
			index = strtoul(tok, NULL, 10);
			for (i = 0; i < index; i++) {
				if (skip_value(&sc) != 0)
					return -1;
				skip_space(&sc);
				if (sc.pos < sc.len && text[sc.pos] == ',')
					advance(&sc);
				else
					return -1;
			}
			found = 1;
		}
		if (!found)
			return -1;
	}
	skip_space(&sc);
	*line = sc.line;
	*column = sc.col;
	return 0;
}
