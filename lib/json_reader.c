#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_json_reader.h"
#include "iachr_private.h"
#include "json_parse_private.h"

#define CHUNK 65536

/* frame()'s return for a value still open at the end of input. */
#define FRAME_OPEN 100

struct iachr_json_reader {
	FILE *fp;
	char *source;
	unsigned char buf[CHUNK];	/* read buffer */
	unsigned char *in;		/* buf, or replay while it lasts */
	unsigned char *replay;		/* bytes put back to read again */
	size_t in_len, in_pos;
	int eof, read_error, at_start;
	long long left;			/* bytes still to read; -1: all */
	long line, column;		/* position of in[in_pos] */
	char *value;			/* bytes of the current value */
	size_t value_len, value_cap, max;
	size_t flags;			/* of json_loadb() */
	long value_line, value_column;
	long long offset, value_offset;	/* bytes consumed, value start */
};

iachr_json_reader *
iachr_json_reader_new(FILE *fp, const char *source)
{
	iachr_json_reader *r;

	if ((r = iachrp_calloc(1, sizeof(*r))) == NULL)
		return NULL;
	if ((r->source = iachrp_strdup(source != NULL ? source : "")) == NULL) {
		iachrp_free(r);
		return NULL;
	}
	r->fp = fp;
	r->in = r->buf;
	r->line = 1;
	r->column = 1;
	r->at_start = 1;
	r->left = -1;
	r->max = IACHR_JSON_MAX_VALUE;
	r->flags = JSON_DECODE_ANY | JSON_REJECT_DUPLICATES;
	return r;
}

void
iachr_json_reader_set_max(iachr_json_reader *r, size_t max)
{
	r->max = max > 0 ? max : 1;
}

void
iachr_json_reader_set_limit(iachr_json_reader *r, long long limit)
{
	r->left = limit >= 0 ? limit : -1;
}

void
iachr_json_reader_allow_nul(iachr_json_reader *r, int allow)
{
	if (allow)
		r->flags |= JSON_ALLOW_NUL;
	else
		r->flags &= ~(size_t)JSON_ALLOW_NUL;
}

void
iachr_json_reader_free(iachr_json_reader *r)
{
	if (r == NULL)
		return;
	iachrp_free(r->replay);
	iachrp_free(r->value);
	iachrp_free(r->source);
	iachrp_free(r);
}

long
iachr_json_reader_line(const iachr_json_reader *r)
{
	return r->value_line;
}

long
iachr_json_reader_column(const iachr_json_reader *r)
{
	return r->value_column;
}

const char *
iachr_json_reader_text(const iachr_json_reader *r, size_t *len)
{
	if (len != NULL)
		*len = r->value_len;
	return r->value != NULL ? r->value : "";
}

/* Next byte without consuming it, or -1 at end of input or on error. */
static int
peek(iachr_json_reader *r)
{
	if (r->in_pos == r->in_len && r->replay != NULL) {
		iachrp_free(r->replay);
		r->replay = NULL;
		r->in = r->buf;
		r->in_len = r->in_pos = 0;
	}
	if (r->in_pos == r->in_len) {
		if (r->eof)
			return -1;
		r->in_len = fread(r->buf, 1, r->left >= 0 &&
		    r->left < (long long)sizeof(r->buf) ? (size_t)r->left :
		    sizeof(r->buf), r->fp);
		if (r->left >= 0)
			r->left -= (long long)r->in_len;
		r->in_pos = 0;
		if (r->in_len == 0) {
			r->eof = 1;
			r->read_error = ferror(r->fp);
			return -1;
		}
	}
	return r->in[r->in_pos];
}

static void
advance(iachr_json_reader *r)
{
	unsigned char c = r->in[r->in_pos++];

	r->offset++;
	if (c == '\n') {
		r->line++;
		r->column = 1;
	} else if ((c & 0xC0) != 0x80) {
		r->column++;
	}
}

static int
keep(iachr_json_reader *r, int c, iachr_error_t *err)
{
	char *grown;
	size_t cap;

	if (r->value_len + 1 > r->max) {
		iachr_error_set(err, IACHR_E_LIMIT, r->source,
		    (int)r->value_line, (int)r->value_column, r->value_offset,
		    "value larger than %zu bytes", r->max);
		return -1;
	}
	if (r->value_len + 1 >= r->value_cap) {
		cap = r->value_cap == 0 ? 4096 : r->value_cap * 2;
		if ((grown = iachrp_realloc(r->value, cap)) == NULL) {
			iachr_error_set(err, IACHR_E_NOMEM, r->source,
			    (int)r->value_line, (int)r->value_column,
			    r->value_offset, "out of memory");
			return -1;
		}
		r->value = grown;
		r->value_cap = cap;
	}
	r->value[r->value_len++] = (char)c;
	return 0;
}

/* Bytes that end a run of plain string content: quote, backslash, LF. */
static const unsigned char string_stop[256] = {
	['"'] = 1, ['\\'] = 1, ['\n'] = 1
};

/*
 * The end of the run of plain string content (no quote, backslash or
 * LF) that begins at q, before e; adds its characters to *cols.  Eight
 * bytes at a time while they are plain, which they mostly are.
 */
static const unsigned char *
skip_plain(const unsigned char *q, const unsigned char *e, long *cols)
{
	uint64_t x;
	long n = 0;

	for (; e - q >= 8; q += 8) {
		memcpy(&x, q, 8);
		if (iachrp_has_zero_byte(x ^ ('"' * IACHRP_ONES)) ||
		    iachrp_has_zero_byte(x ^ ('\\' * IACHRP_ONES)) ||
		    iachrp_has_zero_byte(x ^ ('\n' * IACHRP_ONES)))
			break;
		/* UTF-8 continuation bytes, 10xxxxxx, start no character. */
		n += 8 - iachrp_count_high_bytes(x & ~(x << 1));
	}
	for (; q < e && !string_stop[*q]; q++)
		n += (*q & 0xC0) != 0x80;
	*cols += n;
	return q;
}

/* Appends n bytes to the value, as keep() does for one. */
static int
keep_run(iachr_json_reader *r, const unsigned char *p, size_t n,
    iachr_error_t *err)
{
	char *grown;
	size_t cap;

	if (r->value_len + n > r->max) {
		iachr_error_set(err, IACHR_E_LIMIT, r->source,
		    (int)r->value_line, (int)r->value_column, r->value_offset,
		    "value larger than %zu bytes", r->max);
		return -1;
	}
	if (r->value_len + n >= r->value_cap) {
		cap = r->value_cap == 0 ? 4096 : r->value_cap;
		while (r->value_len + n >= cap)
			cap *= 2;
		if ((grown = iachrp_realloc(r->value, cap)) == NULL) {
			iachr_error_set(err, IACHR_E_NOMEM, r->source,
			    (int)r->value_line, (int)r->value_column,
			    r->value_offset, "out of memory");
			return -1;
		}
		r->value = grown;
		r->value_cap = cap;
	}
	memcpy(r->value + r->value_len, p, n);
	r->value_len += n;
	return 0;
}

static int
is_space(int c)
{
	/* 0x1E is RFC 7464's record separator. */
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x1E;
}

static int
is_delimiter(int c)
{
	return is_space(c) || c == '{' || c == '}' || c == '[' || c == ']' ||
	    c == ',' || c == ':' || c == '"';
}

static void
skip_bom(iachr_json_reader *r)
{
	static const unsigned char bom[3] = { 0xEF, 0xBB, 0xBF };

	r->at_start = 0;
	/* The first fill holds at least three bytes unless input is shorter. */
	if (peek(r) == 0xEF && r->in_len - r->in_pos >= 3 &&
	    memcmp(r->in + r->in_pos, bom, 3) == 0) {
		r->in_pos += 3;
		r->offset += 3;
	}
}

/*
 * Collects the bytes of one JSON value into r->value: a container up to
 * its matching bracket (brackets inside strings ignored), a string up to
 * its closing quote, or a bare token up to the next delimiter.  Returns
 * IACHR_OK, IACHR_EOF, FRAME_OPEN or IACHR_FATAL.
 */
static int
frame(iachr_json_reader *r, iachr_error_t *err)
{
	int c, depth = 0, in_string = 0, escaped = 0;

	if (r->at_start)
		skip_bom(r);
	while ((c = peek(r)) != -1 && is_space(c))
		advance(r);
	r->value_len = 0;
	r->value_line = r->line;
	r->value_column = r->column;
	r->value_offset = r->offset;
	if (c == -1)
		goto end;
	if (c != '{' && c != '[' && c != '"') {
		do {
			if (keep(r, c, err) != 0)
				return IACHR_FATAL;
			advance(r);
		} while ((c = peek(r)) != -1 && !is_delimiter(c));
		goto done;
	}
	in_string = c == '"';
	depth = in_string ? 0 : 1;
	if (keep(r, c, err) != 0)
		return IACHR_FATAL;
	advance(r);
	/*
	 * The rest of the value, a buffer at a time: each run of bytes is
	 * scanned in a tight loop and copied at once, which is what makes
	 * reading large records fast.
	 */
	while (peek(r) != -1) {
		const unsigned char *p = r->in + r->in_pos, *q;
		const unsigned char *e = r->in + r->in_len;
		int ended = 0;

		for (q = p; q < e && !ended; q++) {
			/* Most bytes are inside strings and plain. */
			if (in_string && !escaped) {
				q = skip_plain(q, e, &r->column);
				if (q == e)
					break;
			}
			c = *q;
			if (c == '\n') {
				r->line++;
				r->column = 1;
			} else if ((c & 0xC0) != 0x80)
				r->column++;
			if (in_string) {
				if (escaped)
					escaped = 0;
				else if (c == '\\')
					escaped = 1;
				else if (c == '"')
					in_string = 0;
			} else if (c == '"') {
				in_string = 1;
			} else if (c == '{' || c == '[') {
				depth++;
			} else if (c == '}' || c == ']') {
				depth--;
			}
			ended = depth == 0 && !in_string;
		}
		if (keep_run(r, p, (size_t)(q - p), err) != 0)
			return IACHR_FATAL;
		r->in_pos += (size_t)(q - p);
		r->offset += (long long)(q - p);
		if (ended)
			goto done;
	}
end:
	if (r->read_error) {
		iachr_error_set(err, IACHR_E_IO, r->source, (int)r->line,
		    (int)r->column, r->offset, "read error: %s",
		    strerror(errno));
		return IACHR_FATAL;
	}
	return r->value_len == 0 ? IACHR_EOF : FRAME_OPEN;
done:
	r->value[r->value_len] = '\0';
	return IACHR_OK;
}

/* Reports the "\u0000" at byte offset at of the last value. */
static void
nul_error(const iachr_json_reader *r, long at, iachr_error_t *err)
{
	long line = r->value_line, column = r->value_column, i;

	for (i = 0; i < at; i++) {
		if (r->value[i] == '\n') {
			line++;
			column = 1;
		} else if ((r->value[i] & 0xC0) != 0x80) {
			column++;
		}
	}
	iachr_error_set(err, IACHR_E_SYNTAX, r->source, (int)line,
	    (int)column, r->value_offset + at, "%s", IACHRP_NUL_STRING);
}


/*
 * In JSON Lines a line with an unclosed bracket or string runs on into
 * the lines after it.  When a value that does not parse runs from its
 * first line into one that begins with '{' or '[' (blank lines
 * between), it is taken for such a line: the value is cut at its first
 * line's end, and the rest is put back to be read again.  Returns 1 if
 * cut, 0 if the value is left as it was, -1 when out of memory.
 */
static int
cut_broken_line(iachr_json_reader *r)
{
	const char *nl = memchr(r->value, '\n', r->value_len);
	size_t first, next, rest, unread;
	unsigned char *replay;

	if (nl == NULL)
		return 0;
	first = (size_t)(nl - r->value);
	for (next = first + 1; next < r->value_len &&
	    is_space((unsigned char)r->value[next]); next++)
		continue;
	if (next == r->value_len || r->value[next - 1] != '\n' ||
	    (r->value[next] != '{' && r->value[next] != '['))
		return 0;
	rest = r->value_len - (first + 1);
	unread = r->in_len - r->in_pos;
	if ((replay = iachrp_malloc(rest + unread + 1)) == NULL)
		return -1;
	memcpy(replay, r->value + first + 1, rest);
	memcpy(replay + rest, r->in + r->in_pos, unread);
	iachrp_free(r->replay);
	r->replay = replay;
	r->in = replay;
	r->in_pos = 0;
	r->in_len = rest + unread;
	r->line = r->value_line + 1;
	r->column = 1;
	r->offset = r->value_offset + (long long)first + 1;
	r->value_len = first;
	r->value[first] = '\0';
	return 1;
}

/* Parses the value framed into *out; IACHR_OK, FAILED or FATAL. */
static int
parse(iachr_json_reader *r, json_t **out, iachr_error_t *err)
{
	json_error_t jerr;
	const char *nul;
	json_t *v;
	long nul_at;

	/* jansson would take a NUL byte for the end of the input. */
	if ((nul = memchr(r->value, '\0', r->value_len)) != NULL) {
		iachr_error_set(err, IACHR_E_SYNTAX, r->source,
		    (int)r->value_line, (int)r->value_column,
		    r->value_offset + (nul - r->value), "NUL byte in input");
		return IACHR_FAILED;
	}
	/* jansson reads what the fast path declines, with its errors. */
	if ((v = iachrp_json_parse(r->value, r->value_len)) == NULL)
		v = json_loadb(r->value, r->value_len, r->flags, &jerr);
	if (v == NULL && (nul_at = iachrp_json_nul_offset(&jerr, r->value,
	    r->value_len)) >= 0) {
		nul_error(r, nul_at, err);
		return IACHR_FAILED;
	}
	if (v == NULL) {
		/* jansson counts from the value's start; map to the input. */
		long line = r->value_line + (jerr.line > 0 ? jerr.line - 1 : 0);
		long column = jerr.line <= 1 ?
		    r->value_column + (jerr.column > 0 ? jerr.column - 1 : 0) :
		    jerr.column;

		/*
		 * jansson leaves the text empty on some allocation failures
		 * and reports others as syntax errors; empty means memory.
		 */
		int nomem = json_error_code(&jerr) ==
		    json_error_out_of_memory || jerr.text[0] == '\0';

		iachr_error_set(err, nomem ? IACHR_E_NOMEM : IACHR_E_SYNTAX,
		    r->source, (int)line, (int)column,
		    r->value_offset + jerr.position, "%s",
		    nomem ? "out of memory" : jerr.text);
		return nomem ? IACHR_FATAL : IACHR_FAILED;
	}
	*out = v;
	return IACHR_OK;
}

int
iachr_json_reader_next(iachr_json_reader *r, json_t **out, iachr_error_t *err)
{
	int status, cut;

	*out = NULL;
	status = frame(r, err);
	if (status == IACHR_OK)
		status = parse(r, out, err);
	if (status != IACHR_FAILED && status != FRAME_OPEN)
		return status;
	if ((cut = cut_broken_line(r)) == 1) {
		iachr_error_init(err);
		return parse(r, out, err);
	}
	if (cut == -1) {
		iachr_error_init(err);
		iachr_error_set(err, IACHR_E_NOMEM, r->source,
		    (int)r->value_line, (int)r->value_column, r->value_offset,
		    "out of memory");
		return IACHR_FATAL;
	}
	if (status == FRAME_OPEN) {
		iachr_error_set(err, IACHR_E_SYNTAX, r->source,
		    (int)r->value_line, (int)r->value_column, r->value_offset,
		    "value that begins here never ends");
		return IACHR_FATAL;
	}
	return status;
}
