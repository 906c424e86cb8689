/*
 * The YAML writer: a JSON value as the events of one block-style
 * document, each string in the style that reads back as that string.
 *
 * libyaml 0.2.5 takes every character beyond U+FFFF for unprintable: it
 * forces such a string into double quotes and writes the character as a
 * "\U0001F600" escape.  So that it is written as UTF-8 instead, each such
 * character reaches libyaml as three private-use characters, which it
 * writes verbatim in any style, and the output handler turns them back
 * into the character.  Rewriting libyaml's escapes would need to know
 * where double-quoted scalars begin and end in the output, which only a
 * YAML lexer can tell (a plain or literal scalar may hold '"' and "\U"
 * too); the private-use form is found by a byte match alone, because
 * every string goes through it (a real U+E000, its lead character, is
 * passed as U+E000 U+E001) and libyaml adds nothing but ASCII.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "iachr_yaml.h"
#include "yaml_private.h"

/*
 * The private-use form: U+E000 (EE 80 80) leads; U+E001 after it stands
 * for U+E000 itself; U+E400 + the high ten bits and U+E800 + the low ten
 * bits of (c - 0x10000) stand for a character c beyond U+FFFF.
 */
#define LEAD_0 0xEE
#define LEAD_1 0x80
#define LEAD_2 0x80
#define FORM_MAX 9		/* bytes of the longest form */

struct writer {
	yaml_emitter_t emitter;
	iachr_error_t *err;
	FILE *fp;
	char *scratch;		/* a string in its private-use form */
	size_t scratch_size;
	unsigned char held[FORM_MAX];	/* a form cut by a flush */
	size_t nheld;
};

static int
is_lead(const unsigned char *u)
{
	return u[0] == LEAD_0 && u[1] == LEAD_1 && u[2] == LEAD_2;
}

/* Writes the 3-byte UTF-8 form of c (U+0800..U+FFFF) to out. */
static void
put3(unsigned char *out, unsigned long c)
{
	out[0] = 0xE0 | (c >> 12);
	out[1] = 0x80 | ((c >> 6) & 0x3F);
	out[2] = 0x80 | (c & 0x3F);
}

/* The code point of a 3-byte UTF-8 sequence (EE ..: U+E000..U+EFFF). */
static unsigned long
get3(const unsigned char *u)
{
	return ((unsigned long)(u[0] & 0x0F) << 12) |
	    ((unsigned long)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
}

/* True when s holds a character that needs the private-use form. */
static int
needs_form(const unsigned char *u, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (u[i] >= LEAD_0 && (u[i] >= 0xF0 ||
		    (i + 2 < n && is_lead(u + i))))
			return 1;
	return 0;
}

/*
 * s (valid UTF-8, as jansson holds it) in its private-use form, in
 * w->scratch; NULL when out of memory.
 */
static const char *
to_form(struct writer *w, const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *out;
	unsigned long c;
	size_t i, k = 0;

	/* A 4-byte character becomes 9 bytes, a 3-byte one at most 6. */
	if (n > (SIZE_MAX - 1) / 3)
		return NULL;
	if (w->scratch_size < n * 3 + 1) {
		iachrp_free(w->scratch);
		w->scratch_size = n * 3 + 1;
		if ((w->scratch = iachrp_malloc(w->scratch_size)) == NULL) {
			w->scratch_size = 0;
			return NULL;
		}
	}
	out = (unsigned char *)w->scratch;
	for (i = 0; i < n; ) {
		if (u[i] >= 0xF0 && i + 3 < n) {
			c = ((unsigned long)(u[i] & 0x07) << 18) |
			    ((unsigned long)(u[i + 1] & 0x3F) << 12) |
			    ((unsigned long)(u[i + 2] & 0x3F) << 6) |
			    (u[i + 3] & 0x3F);
			c -= 0x10000;
			put3(out + k, 0xE000);
			put3(out + k + 3, 0xE400 + (c >> 10));
			put3(out + k + 6, 0xE800 + (c & 0x3FF));
			k += 9;
			i += 4;
		} else if (i + 2 < n && is_lead(u + i)) {
			put3(out + k, 0xE000);
			put3(out + k + 3, 0xE001);
			k += 6;
			i += 3;
		} else {
			out[k++] = u[i++];
		}
	}
	out[k] = '\0';
	*len = k;
	return w->scratch;
}

/*
 * Decodes the form at u (at least FORM_MAX bytes, or fewer when they
 * end the form) to out; returns the bytes of u it took, or 0 when u
 * holds no form (not produced by to_form: copied as it is).
 */
static size_t
from_form(const unsigned char *u, size_t n, unsigned char *out,
    size_t *nout)
{
	unsigned long hi, lo, c;

	if (n < 6 || !is_lead(u) || u[3] != LEAD_0)
		return 0;
	hi = get3(u + 3);
	if (hi == 0xE001) {
		memcpy(out, u, 3);
		*nout = 3;
		return 6;
	}
	if (n < 9 || hi < 0xE400 || hi > 0xE7FF || u[6] != LEAD_0)
		return 0;
	lo = get3(u + 6);
	if (lo < 0xE800 || lo > 0xEBFF)
		return 0;
	c = 0x10000 + ((hi - 0xE400) << 10) + (lo - 0xE800);
	out[0] = 0xF0 | (c >> 18);
	out[1] = 0x80 | ((c >> 12) & 0x3F);
	out[2] = 0x80 | ((c >> 6) & 0x3F);
	out[3] = 0x80 | (c & 0x3F);
	*nout = 4;
	return 9;
}

/* True when u (n < FORM_MAX bytes) may be the start of a form. */
static int
cut_form(const unsigned char *u, size_t n)
{
	static const unsigned char lead[3] = { LEAD_0, LEAD_1, LEAD_2 };
	unsigned char out[4];
	size_t nout;

	if (memcmp(u, lead, n < 3 ? n : 3) != 0)
		return 0;
	return from_form(u, n, out, &nout) == 0;
}

static int
put(struct writer *w, const unsigned char *u, size_t n)
{
	return n == 0 || fwrite(u, 1, n, w->fp) == n;
}

/*
 * libyaml's output handler: buf with each private-use form turned back
 * into its character.  libyaml never cuts a character in two, but it may
 * cut a form: its start is held until the next call.
 */
static int
output(void *data, unsigned char *buf, size_t size)
{
	struct writer *w = data;
	unsigned char tmp[FORM_MAX], out[4], *p;
	size_t i = 0, start, n, used, nout;

	if (w->nheld > 0) {
		n = FORM_MAX - w->nheld < size ? FORM_MAX - w->nheld : size;
		memcpy(tmp, w->held, w->nheld);
		memcpy(tmp + w->nheld, buf, n);
		if (w->nheld + n < FORM_MAX && cut_form(tmp, w->nheld + n)) {
			memcpy(w->held, tmp, w->nheld + n);
			w->nheld += n;
			return 1;
		}
		used = from_form(tmp, w->nheld + n, out, &nout);
		if (used > w->nheld) {
			if (!put(w, out, nout))
				return 0;
			i = used - w->nheld;
		} else if (!put(w, w->held, w->nheld)) {
			return 0;
		}
		w->nheld = 0;
	}
	for (start = i; i < size; ) {
		if ((p = memchr(buf + i, LEAD_0, size - i)) == NULL)
			break;
		i = (size_t)(p - buf);
		if (size - i < FORM_MAX && cut_form(p, size - i)) {
			memcpy(w->held, p, size - i);
			w->nheld = size - i;
			return put(w, buf + start, i - start);
		}
		if ((used = from_form(p, size - i, out, &nout)) == 0) {
			i++;
			continue;
		}
		if (!put(w, buf + start, i - start) || !put(w, out, nout))
			return 0;
		i += used;
		start = i;
	}
	return put(w, buf + start, size - start);
}

static int
emitted(struct writer *w, yaml_event_t *ev, int made)
{
	yaml_emitter_t *e = &w->emitter;

	if (made == 0) {
		iachr_error_set(w->err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return -1;
	}
	if (yaml_emitter_emit(e, ev) != 0)
		return 0;
	if (e->error == YAML_WRITER_ERROR)
		iachr_error_set(w->err, IACHR_E_IO, NULL, 0, 0, -1,
		    "write error");
	else if (e->error == YAML_MEMORY_ERROR)
		iachr_error_set(w->err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
	else
		iachr_error_set(w->err, IACHR_E_INVALID, NULL, 0, 0, -1,
		    "%s", e->problem != NULL ? e->problem : "cannot emit");
	return -1;
}

static int
scalar(struct writer *w, const char *s, size_t n, yaml_scalar_style_t style)
{
	yaml_event_t ev;

	/* libyaml counts in int. */
	if (n > INT_MAX) {
		iachr_error_set(w->err, IACHR_E_LIMIT, NULL, 0, 0, -1,
		    "string of %zu bytes too long for libyaml", n);
		return -1;
	}
	return emitted(w, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)(uintptr_t)s, (int)n, 1, 1, style));
}

static int
string(struct writer *w, const char *s, size_t n)
{
	yaml_scalar_style_t style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;

	if (iachrp_yaml_plain_safe(s, n))
		style = YAML_PLAIN_SCALAR_STYLE;
	else if (iachrp_yaml_literal_safe(s, n))
		style = YAML_LITERAL_SCALAR_STYLE;
	if (needs_form((const unsigned char *)s, n) &&
	    (s = to_form(w, s, n, &n)) == NULL) {
		iachr_error_set(w->err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return -1;
	}
	return scalar(w, s, n, style);
}

static int
node(struct writer *w, json_t *v)
{
	yaml_event_t ev;
	const char *key;
	size_t i, len;
	json_t *item;
	char buf[64];

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		if (emitted(w, &ev, yaml_mapping_start_event_initialize(&ev,
		    NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE)) != 0)
			return -1;
		json_object_keylen_foreach(v, key, len, item)
			if (string(w, key, len) != 0 || node(w, item) != 0)
				return -1;
		return emitted(w, &ev, yaml_mapping_end_event_initialize(&ev));
	case JSON_ARRAY:
		if (emitted(w, &ev, yaml_sequence_start_event_initialize(&ev,
		    NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE)) != 0)
			return -1;
		json_array_foreach(v, i, item)
			if (node(w, item) != 0)
				return -1;
		return emitted(w, &ev, yaml_sequence_end_event_initialize(&ev));
	case JSON_STRING:
		return string(w, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		snprintf(buf, sizeof(buf), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		return scalar(w, buf, strlen(buf), YAML_PLAIN_SCALAR_STYLE);
	case JSON_REAL:
		iachrp_yaml_format_real(json_real_value(v), buf, sizeof(buf));
		return scalar(w, buf, strlen(buf), YAML_PLAIN_SCALAR_STYLE);
	case JSON_TRUE:
		return scalar(w, "true", 4, YAML_PLAIN_SCALAR_STYLE);
	case JSON_FALSE:
		return scalar(w, "false", 5, YAML_PLAIN_SCALAR_STYLE);
	case JSON_NULL:
		break;
	}
	return scalar(w, "null", 4, YAML_PLAIN_SCALAR_STYLE);
}

int
iachr_yaml_write(const json_t *value, FILE *fp, iachr_error_t *err)
{
	struct writer w;
	yaml_event_t ev;
	int rc;

	memset(&w, 0, sizeof(w));
	w.err = err;
	w.fp = fp;
	if (yaml_emitter_initialize(&w.emitter) == 0) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return -1;
	}
	yaml_emitter_set_output(&w.emitter, output, &w);
	yaml_emitter_set_unicode(&w.emitter, 1);
	yaml_emitter_set_break(&w.emitter, YAML_LN_BREAK);
	/* jansson's API takes no const; the value is only read. */
	rc = emitted(&w, &ev, yaml_stream_start_event_initialize(&ev,
	    YAML_UTF8_ENCODING)) != 0 ||
	    emitted(&w, &ev, yaml_document_start_event_initialize(&ev, NULL,
	    NULL, NULL, 0)) != 0 ||
	    node(&w, (json_t *)(uintptr_t)value) != 0 ||
	    emitted(&w, &ev, yaml_document_end_event_initialize(&ev, 1)) != 0 ||
	    emitted(&w, &ev, yaml_stream_end_event_initialize(&ev)) != 0 ?
	    -1 : 0;
	/* held is empty unless libyaml left a form unfinished. */
	if (rc == 0 && (!put(&w, w.held, w.nheld) || ferror(fp))) {
		iachr_error_set(err, IACHR_E_IO, NULL, 0, 0, -1,
		    "write error");
		rc = -1;
	}
	yaml_emitter_delete(&w.emitter);
	iachrp_free(w.scratch);
	return rc;
}
