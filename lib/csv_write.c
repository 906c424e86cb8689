/*
 * Records to CSV rows.  A row is built whole in memory and written with
 * one call, so a record that cannot be written leaves nothing behind, and
 * anything that would not read back as the same record is refused.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "csv_private.h"
#include "iachr_csv.h"
#include "iachr_private.h"

struct iachr_csv_writer {
	FILE *fp;
	int delim;
	int flags;
	unsigned long formula_cells;
	struct iachrp_csv_table table;
	struct iachrp_buf header;
	struct iachrp_buf row;
	struct iachrp_buf cell;
};

/* Indexed by enum iachrp_csv_type. */
static const char *const type_errors[] = {
	"not a string or null", "not an integer or null",
	"not a boolean or null", "not an array or null"
};

iachr_csv_writer *
iachr_csv_writer_new(FILE *fp, int delim, int flags, iachr_error_t *err)
{
	iachr_csv_writer *w;
	size_t i;
	char d = (char)delim;

	if (delim != ',' && delim != ';' && delim != '\t') {
		iachr_error_set(err, IACHR_E_USAGE, NULL, 0, 0, -1,
		    "the delimiter must be a comma, semicolon or tab");
		return NULL;
	}
	if ((w = iachrp_calloc(1, sizeof(*w))) == NULL) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return NULL;
	}
	w->fp = fp;
	w->delim = delim;
	w->flags = flags;
	if (iachrp_csv_table_load(&w->table,
	    (flags & IACHR_CSV_BENEFICIARIES) != 0 ?
	    IACHRP_CSV_BENEFICIARY_TABLE : IACHRP_CSV_RECORD_TABLE, err) != 0) {
		iachrp_free(w);
		return NULL;
	}
	for (i = 0; i < w->table.ncols; i++) {
		if ((i > 0 && iachrp_buf_add(&w->header, &d, 1) != 0) ||
		    iachrp_buf_add(&w->header, w->table.cols[i].name,
		    strlen(w->table.cols[i].name)) != 0 ||
		    iachrp_buf_reserve(&w->header, 1) != 0) {
			iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
			    "out of memory");
			iachr_csv_writer_free(w);
			return NULL;
		}
	}
	w->header.data[w->header.len] = '\0';
	return w;
}

const char *
iachr_csv_writer_header_text(const iachr_csv_writer *w, size_t *len)
{
	if (len != NULL)
		*len = w->header.len;
	return w->header.data;
}

static int
end_row(iachr_csv_writer *w)
{
	if ((w->flags & IACHR_CSV_CRLF) != 0)
		return iachrp_buf_add(&w->row, "\r\n", 2);
	return iachrp_buf_add(&w->row, "\n", 1);
}

static int
flush_row(iachr_csv_writer *w, iachr_error_t *err)
{
	if (fwrite(w->row.data, 1, w->row.len, w->fp) != w->row.len) {
		iachr_error_set(err, IACHR_E_IO, NULL, 0, 0, -1,
		    "write error");
		return IACHR_FATAL;
	}
	return IACHR_OK;
}

int
iachr_csv_writer_header(iachr_csv_writer *w, int bom, iachr_error_t *err)
{
	w->row.len = 0;
	if ((bom && iachrp_buf_add(&w->row, "\xEF\xBB\xBF", 3) != 0) ||
	    iachrp_buf_add(&w->row, w->header.data, w->header.len) != 0 ||
	    end_row(w) != 0) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return IACHR_FATAL;
	}
	return flush_row(w, err);
}

static int
fail(iachr_error_t *err, const char *pointer, const char *text)
{
	iachr_error_set(err, IACHR_E_INVALID, NULL, 0, 0, -1, "%s", text);
	iachr_error_set_pointer(err, pointer);
	return IACHR_FAILED;
}

static int
dump_to_cell(const char *buffer, size_t size, void *data)
{
	return iachrp_buf_add(data, buffer, size);
}

/* Puts one value's cell into w->row; returns 0, 1 for a type error. */
static int
put_cell(iachr_csv_writer *w, const struct iachrp_csv_column *c,
    const json_t *v)
{
	const char *s = NULL;
	size_t len = 0;
	int esc = 0;

	w->cell.len = 0;
	switch (json_typeof(v)) {
	case JSON_NULL:
		return 0;
	case JSON_STRING:
		if (c->type != IACHRP_CSV_STRING)
			return 1;
		s = json_string_value(v);
		len = json_string_length(v);
		if (memchr(s, '\0', len) != NULL)
			return 1;
		esc = iachrp_csv_needs_escape(s, len,
		    (w->flags & IACHR_CSV_SAFE_FORMULAS) != 0);
		break;
	case JSON_INTEGER:
		if (c->type != IACHRP_CSV_INTEGER ||
		    iachrp_buf_reserve(&w->cell, 32) != 0)
			return c->type != IACHRP_CSV_INTEGER ? 1 : -1;
		w->cell.len = (size_t)snprintf(w->cell.data, 32,
		    "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		s = w->cell.data;
		len = w->cell.len;
		esc = (w->flags & IACHR_CSV_SAFE_FORMULAS) != 0 && s[0] == '-';
		break;
	case JSON_TRUE:
	case JSON_FALSE:
		if (c->type != IACHRP_CSV_BOOLEAN)
			return 1;
		s = json_is_true(v) ? "true" : "false";
		len = strlen(s);
		break;
	case JSON_ARRAY:
		if (c->type != IACHRP_CSV_ARRAY)
			return 1;
		if (json_dump_callback(v, dump_to_cell, &w->cell,
		    JSON_COMPACT) != 0)
			return -1;
		s = w->cell.data;
		len = w->cell.len;
		break;
	default:
		return 1;
	}
	if (!esc && len > 0 && iachrp_csv_formula_char((unsigned char)s[0]))
		w->formula_cells++;
	if (esc) {
		/* Quoting decisions see the apostrophe as the cell's start. */
		if (s != w->cell.data) {
			w->cell.len = 0;
			if (iachrp_buf_add(&w->cell, "'", 1) != 0 ||
			    iachrp_buf_add(&w->cell, s, len) != 0)
				return -1;
		} else if (iachrp_buf_reserve(&w->cell, 1) == 0) {
			memmove(w->cell.data + 1, w->cell.data, len);
			w->cell.data[0] = '\'';
			w->cell.len++;
		} else {
			return -1;
		}
		s = w->cell.data;
		len = w->cell.len;
	}
	return iachrp_csv_put_field(&w->row, s, len, w->delim) != 0 ? -1 : 0;
}

/* Names the first member of obj that no column covers. */
static int
extra_member(const iachr_csv_writer *w, const json_t *obj, const char *key,
    iachr_error_t *err)
{
	const char *name;
	const json_t *v;
	char pointer[IACHR_ERROR_POINTER_LENGTH];
	size_t i;

	json_object_foreach((json_t *)obj, name, v) {
		for (i = 0; i < w->table.ncols; i++)
			if (key == NULL ?
			    strcmp(w->table.cols[i].key, name) == 0 :
			    strcmp(w->table.cols[i].key, key) == 0 &&
			    strcmp(w->table.cols[i].member, name) == 0)
				break;
		if (i == w->table.ncols) {
			snprintf(pointer, sizeof(pointer), "%s%s/%s",
			    key != NULL ? "/" : "", key != NULL ? key : "",
			    name);
			return fail(err, pointer,
			    "no CSV column holds this member");
		}
	}
	return fail(err, "", "no CSV column holds a member");
}

/*
 * Appends rec as one row to w->row.  Returns IACHR_OK, IACHR_FAILED or
 * IACHR_FATAL (out of memory).
 */
static int
put_row(iachr_csv_writer *w, const json_t *rec, iachr_error_t *err)
{
	const struct iachrp_csv_column *c;
	const json_t *top = NULL, *v;
	char key[64], too_long[80], delim = (char)w->delim;
	size_t i, members = 0, nonnull = 0, start = w->row.len;
	size_t eol = (w->flags & IACHR_CSV_CRLF) != 0 ? 2 : 1;
	int r;

	if (!json_is_object(rec))
		return fail(err, "", "not an object");
	if (json_object_size(rec) > w->table.nkeys)
		return extra_member(w, rec, NULL, err);
	for (i = 0; i < w->table.ncols; i++) {
		c = &w->table.cols[i];
		if (i > 0 && iachrp_buf_add(&w->row, &delim, 1) != 0)
			goto nomem;
		if (i == 0 || strcmp(c->key, w->table.cols[i - 1].key) != 0) {
			snprintf(key, sizeof(key), "/%s", c->key);
			if ((top = json_object_get(rec, c->key)) == NULL)
				return fail(err, key, "missing member");
			members = nonnull = 0;
		}
		v = top;
		if (c->member[0] != '\0') {
			if (json_is_null(top) && c->nullable_parent)
				continue;
			if (!json_is_object(top))
				return fail(err, key, "not an object");
			if ((v = json_object_get(top, c->member)) == NULL)
				return fail(err, c->pointer, "missing member");
			members++;
			nonnull += !json_is_null(v);
		}
		if ((r = put_cell(w, c, v)) < 0)
			goto nomem;
		if (r > 0)
			return fail(err, c->pointer, type_errors[c->type]);
		/* The first cell that makes the row too long is named. */
		if (w->row.len - start + eol > IACHR_CSV_MAX_ROW) {
			snprintf(too_long, sizeof(too_long), "the row would "
			    "be longer than the %zu bytes a CSV reader takes",
			    IACHR_CSV_MAX_ROW);
			return fail(err, c->pointer, too_long);
		}
		if (c->member[0] != '\0' && (i + 1 == w->table.ncols ||
		    strcmp(c->key, w->table.cols[i + 1].key) != 0)) {
			if (members != json_object_size(top))
				return extra_member(w, top, c->key, err);
			/* All empty cells read back as a null object. */
			if (nonnull == 0 && c->nullable_parent)
				return fail(err, key, "all members null: "
				    "would read back as null");
		}
	}
	if (end_row(w) != 0)
		goto nomem;
	return IACHR_OK;
nomem:
	iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1, "out of memory");
	return IACHR_FATAL;
}

/*
 * The row of the beneficiary table for item, the beneficiary of rec: the
 * table's members taken from rec, /beneficiary the item.  NULL when out
 * of memory, or with err set when rec lacks one.
 */
static json_t *
beneficiary_row(const iachr_csv_writer *w, const json_t *rec,
    const json_t *item, iachr_error_t *err)
{
	const char *key;
	json_t *row, *v;
	char pointer[64];
	size_t i;

	if ((row = json_object()) == NULL)
		return NULL;
	for (i = 0; i < w->table.ncols; i++) {
		key = w->table.cols[i].key;
		if (json_object_get(row, key) != NULL)
			continue;
		v = strcmp(key, "beneficiary") == 0 ? (json_t *)item :
		    json_object_get(rec, key);
		if (v == NULL) {
			snprintf(pointer, sizeof(pointer), "/%s", key);
			fail(err, pointer, "missing member");
			json_decref(row);
			return NULL;
		}
		if (json_object_set_nocheck(row, key, v) != 0) {
			json_decref(row);
			return NULL;
		}
	}
	return row;
}

/*
 * Appends the rows of rec's beneficiaries to w->row; an error's pointer
 * is turned from the row's (/beneficiary/kind) into rec's.
 */
static int
put_beneficiary_rows(iachr_csv_writer *w, const json_t *rec,
    iachr_error_t *err)
{
	const json_t *list, *item;
	json_t *row;
	iachr_error_t bad;
	char pointer[IACHR_ERROR_POINTER_LENGTH];
	size_t i;
	int rc = IACHR_OK;

	if (!json_is_object(rec))
		return fail(err, "", "not an object");
	if (!json_is_array(list = json_object_get(rec, "beneficiaries")))
		return fail(err, "/beneficiaries", "not an array");
	json_array_foreach(list, i, item) {
		iachr_error_init(&bad);
		if ((row = beneficiary_row(w, rec, item, &bad)) == NULL)
			rc = bad.code != IACHR_E_NONE ? IACHR_FAILED :
			    IACHR_FATAL;
		else
			rc = put_row(w, row, &bad);
		json_decref(row);
		if (rc == IACHR_OK)
			continue;
		if (rc == IACHR_FATAL) {
			iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
			    "out of memory");
			return rc;
		}
		if (strncmp(bad.pointer, "/beneficiary", 12) == 0) {
			/* A row's pointers are a column's, short. */
			snprintf(pointer, sizeof(pointer),
			    "/beneficiaries/%zu%.64s", i, bad.pointer + 12);
			iachr_error_set_pointer(&bad, pointer);
		}
		if (err != NULL && err->code == IACHR_E_NONE)
			*err = bad;
		return rc;
	}
	return rc;
}

int
iachr_csv_writer_write(iachr_csv_writer *w, const json_t *rec,
    iachr_error_t *err)
{
	int rc;

	w->row.len = 0;
	rc = (w->flags & IACHR_CSV_BENEFICIARIES) != 0 ?
	    put_beneficiary_rows(w, rec, err) : put_row(w, rec, err);
	if (rc != IACHR_OK || w->row.len == 0)
		return rc;
	return flush_row(w, err);
}

unsigned long
iachr_csv_writer_formula_cells(const iachr_csv_writer *w)
{
	return w->formula_cells;
}

void
iachr_csv_writer_free(iachr_csv_writer *w)
{
	if (w == NULL)
		return;
	iachrp_csv_table_free(&w->table);
	iachrp_buf_free(&w->header);
	iachrp_buf_free(&w->row);
	iachrp_buf_free(&w->cell);
	iachrp_free(w);
}
