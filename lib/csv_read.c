/*
 * CSV rows with libcsv.  libcsv pushes fields through callbacks and knows
 * nothing of lines, so input is fed to it a line at a time: each piece
 * ends at the first LF or lone CR, a row can only end at the end of a
 * piece, and the line number of every row is known.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "csv_private.h"
#include "iachr_csv.h"
#include "iachr_private.h"
#include "csv_read_private.h"

#define READ_SIZE 65536

static void
on_field(void *s, size_t len, void *data)
{
	iachr_csv_reader *r = data;
	size_t *grown;

	if (r->nomem)
		return;
	if (r->nfields == r->fields_cap) {
		r->fields_cap = r->fields_cap > 0 ? r->fields_cap * 2 : 32;
		if ((grown = iachrp_realloc(r->offs, r->fields_cap *
		    sizeof(*r->offs))) == NULL) {
			r->nomem = 1;
			return;
		}
		r->offs = grown;
	}
	r->offs[r->nfields++] = r->data.len;
	if (iachrp_buf_add(&r->data, s != NULL ? s : "", len) != 0 ||
	    iachrp_buf_add(&r->data, "", 1) != 0)
		r->nomem = 1;
}

static void
on_row(int term, void *data)
{
	iachr_csv_reader *r = data;

	(void)term;
	r->row_done = 1;
}

/* Fields are never trimmed: spaces are data (RFC 4180). */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

iachr_csv_reader *
iachr_csv_reader_new(FILE *fp, const char *source, int delim, int flags,
    iachr_error_t *err)
{
	iachr_csv_reader *r;

	if (delim == '"' || delim == '\r' || delim == '\n' || delim < 0 ||
	    delim > 0x7f) {
		iachr_error_set(err, IACHR_E_USAGE, source, 0, 0, -1,
		    "the delimiter must be an ASCII character other than a "
		    "quote, CR or LF");
		return NULL;
	}
	if ((r = iachrp_calloc(1, sizeof(*r))) == NULL ||
	    (r->buf = iachrp_malloc(READ_SIZE)) == NULL ||
	    csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		if (r != NULL)
			iachrp_free(r->buf);
		iachrp_free(r);
		iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
		    "out of memory");
		return NULL;
	}
	if (delim != 0)
		csv_set_delim(&r->parser, (unsigned char)delim);
	csv_set_space_func(&r->parser, no_space);
	r->delim = delim;
	r->fp = fp;
	snprintf(r->source, sizeof(r->source), "%s", source);
	r->flags = flags;
	r->max = IACHR_CSV_MAX_ROW;
	r->line = 1;
	r->at_start = 1;
	return r;
}

int
iachr_csv_reader_delimiter(const iachr_csv_reader *r)
{
	return r->delim;
}

void
iachr_csv_reader_set_max(iachr_csv_reader *r, size_t max)
{
	r->max = max > 0 ? max : 1;
}

/*
 * The delimiter of a file that begins with p: of ',', ';' and tab, the
 * one found most often outside quotes in the first line; ',' when none
 * is, or on a tie with it.
 */
static int
sniff_delimiter(const char *p, size_t len)
{
	static const char candidates[] = ",;\t";
	size_t count[sizeof(candidates) - 1] = { 0 }, i, best = 0;
	const char *c;
	int quoted = 0;

	for (i = 0; i < len && (quoted || (p[i] != '\n' && p[i] != '\r'));
	    i++) {
		if (p[i] == '"')
			quoted = !quoted;
		else if (!quoted && p[i] != '\0' &&
		    (c = strchr(candidates, p[i])) != NULL)
			count[c - candidates]++;
	}
	for (i = 1; i < sizeof(count) / sizeof(count[0]); i++)
		if (count[i] > count[best])
			best = i;
	return candidates[best];
}

/* Refills the buffer; returns the bytes available, 0 at end or error. */
static size_t
fill(iachr_csv_reader *r)
{
	if (r->pos < r->len)
		return r->len - r->pos;
	if (r->eof)
		return 0;
	r->pos = 0;
	r->len = fread(r->buf, 1, READ_SIZE, r->fp);
	if (r->len < READ_SIZE) {
		r->eof = 1;
		r->read_errno = errno;
	}
	if (r->at_start && r->len > 0) {
		if (r->len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0) {
			r->pos = 3;
			r->offset = 3;
		}
		r->at_start = 0;
		if (r->delim == 0) {
			r->delim = sniff_delimiter(r->buf + r->pos,
			    r->len - r->pos);
			csv_set_delim(&r->parser, (unsigned char)r->delim);
		}
	}
	return r->len - r->pos;
}

/* The end of the next piece: after the first LF or lone CR. */
static size_t
piece_end(const iachr_csv_reader *r)
{
	const char *p = r->buf + r->pos, *end = r->buf + r->len, *nl, *cr;

	nl = memchr(p, '\n', (size_t)(end - p));
	if (nl != NULL)
		end = nl + 1;
	/* A CR just before the LF ends the row too; it is no lone CR. */
	cr = memchr(p, '\r', (size_t)(end - p));
	if (cr != NULL && cr + 1 < end && cr[1] != '\n')
		end = cr + 1;
	return (size_t)(end - r->buf);
}

static void
start_row(iachr_csv_reader *r)
{
	r->nfields = 0;
	r->data.len = 0;
	r->row_done = 0;
	r->row_line = 0;
	r->row_bytes = 0;
}

/* Skips the rest of the line and starts the parser afresh. */
static void
resync(iachr_csv_reader *r)
{
	size_t end;

	while (fill(r) > 0) {
		end = piece_end(r);
		r->offset += (long long)(end - r->pos);
		r->pos = end;
		if (r->buf[end - 1] == '\n') {
			r->line++;
			break;
		}
		if (r->buf[end - 1] == '\r')
			break;
	}
	/* csv_fini leaves an open quoted field as it is: start over. */
	csv_free(&r->parser);
	if (csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		r->nomem = 1;
		return;
	}
	csv_set_delim(&r->parser, (unsigned char)r->delim);
	csv_set_space_func(&r->parser, no_space);
}

/* Checks the completed row's text; 0 when it is UTF-8 without NUL. */
static int
check_row(iachr_csv_reader *r, iachr_error_t *err)
{
	size_t ok, i, f = 0;

	if (r->nomem) {
		iachr_error_set(err, IACHR_E_NOMEM, r->source, (int)r->row_line,
		    0, -1, "out of memory");
		r->dead = 1;
		return IACHR_FATAL;
	}
	ok = iachrp_utf8_valid(r->data.data, r->data.len);
	/* Each field ends with the NUL we add; only another one is bad. */
	while (ok < r->data.len) {
		while (f + 1 < r->nfields && r->offs[f + 1] <= ok)
			f++;
		i = f + 1 < r->nfields ? r->offs[f + 1] - 1 : r->data.len - 1;
		if (ok != i) {
			iachr_error_set(err, IACHR_E_ENCODING, r->source,
			    (int)r->row_line, 0, -1, "field %zu: %s", f + 1,
			    r->data.data[ok] == '\0' ? IACHRP_NUL_STRING :
			    "invalid UTF-8");
			return IACHR_FAILED;
		}
		ok += 1 + iachrp_utf8_valid(r->data.data + ok + 1,
		    r->data.len - ok - 1);
	}
	return IACHR_OK;
}

static int
parse_error(iachr_csv_reader *r, iachr_error_t *err)
{
	int e = csv_error(&r->parser);

	if (e == CSV_EPARSE) {
		iachr_error_set(err, IACHR_E_SYNTAX, r->source,
		    (int)r->line, 0, -1, "%s", "a quote inside an unquoted "
		    "field, or text after a closing quote");
		resync(r);
		start_row(r);
		if (r->nomem) {
			r->dead = 1;
			return IACHR_FATAL;
		}
		return IACHR_FAILED;
	}
	iachr_error_set(err, IACHR_E_NOMEM, r->source, (int)r->line, 0, -1,
	    "%s", csv_strerror(e));
	r->dead = 1;
	return IACHR_FATAL;
}

int
iachr_csv_reader_next_row(iachr_csv_reader *r, iachr_error_t *err)
{
	size_t end, n, i;

	if (r->dead)
		return IACHR_EOF;
	start_row(r);
	while (!r->row_done) {
		if (fill(r) == 0) {
			if (ferror(r->fp)) {
				iachr_error_set(err, IACHR_E_IO, r->source,
				    (int)r->line, 0, -1, "read error: %s",
				    strerror(r->read_errno));
				r->dead = 1;
				return IACHR_FATAL;
			}
			if (csv_fini(&r->parser, on_field, on_row, r) != 0) {
				iachr_error_set(err, IACHR_E_SYNTAX, r->source,
				    (int)r->row_line, 0, -1,
				    "quoted field not closed at end of input");
				r->dead = 1;
				return IACHR_FATAL;
			}
			r->dead = 1;
			if (!r->row_done)
				return IACHR_EOF;
			break;
		}
		end = piece_end(r);
		n = end - r->pos;
		if (r->row_line == 0) {
			for (i = r->pos; i < end; i++)
				if (r->buf[i] != '\r' && r->buf[i] != '\n')
					break;
			if (i < end)
				r->row_line = r->line;
		}
		if (csv_parse(&r->parser, r->buf + r->pos, n, on_field,
		    on_row, r) != n)
			return parse_error(r, err);
		r->pos = end;
		r->offset += (long long)n;
		if (r->buf[end - 1] == '\n')
			r->line++;
		if (r->row_line != 0 && (r->row_bytes += n) > r->max) {
			iachr_error_set(err, IACHR_E_LIMIT, r->source,
			    (int)r->row_line, 0, -1,
			    "row longer than %zu bytes", r->max);
			r->dead = 1;
			return IACHR_FATAL;
		}
	}
	return check_row(r, err);
}

size_t
iachr_csv_reader_fields(const iachr_csv_reader *r)
{
	return r->nfields;
}

const char *
iachr_csv_reader_field(const iachr_csv_reader *r, size_t i, size_t *len)
{
	size_t end;

	if (i >= r->nfields) {
		if (len != NULL)
			*len = 0;
		return NULL;
	}
	end = i + 1 < r->nfields ? r->offs[i + 1] - 1 : r->data.len - 1;
	if (len != NULL)
		*len = end - r->offs[i];
	return r->data.data + r->offs[i];
}

long
iachr_csv_reader_line(const iachr_csv_reader *r)
{
	return r->row_line;
}

const char *
iachr_csv_reader_source(const iachr_csv_reader *r)
{
	return r->source;
}

void
iachr_csv_reader_free(iachr_csv_reader *r)
{
	if (r == NULL)
		return;
	csv_free(&r->parser);
	iachrp_buf_free(&r->data);
	iachrp_buf_free(&r->text);
	iachrp_buf_free(&r->scratch);
	iachrp_free(r->offs);
	iachrp_free(r->buf);
	iachrp_csv_reader_free_record(r);
	iachrp_free(r);
}
