/*
 * Rows to records (the table schema's columns, in any order) or, in raw
 * mode, to objects keyed by whatever header the file has.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csv_private.h"
#include "csv_read_private.h"
#include "iachr_csv.h"
#include "iachr_private.h"
#include "iachr_record.h"

void
iachrp_csv_reader_free_record(struct iachr_csv_reader *r)
{
	size_t i;

	if (r->keys != NULL)
		for (i = 0; i < r->ncols; i++)
			json_decref(r->keys[i]);
	iachrp_free(r->keys);
	iachrp_free(r->col_of);
	iachrp_free(r->field_of);
	if (r->item_props != NULL)
		for (i = 0; i < r->table.ncols; i++)
			json_decref(r->item_props[i]);
	iachrp_free(r->item_props);
	r->item_props = NULL;
	iachrp_csv_table_free(&r->table);
	r->keys = NULL;
	r->col_of = r->field_of = NULL;
}

static int
header_error(iachr_csv_reader *r, iachr_error_t *err, const char *what,
    const char *name)
{
	iachr_error_set(err, IACHR_E_INVALID, r->source, (int)r->row_line, 0,
	    -1, "header: %s \"%.80s\"", what, name);
	r->dead = 1;
	return IACHR_FATAL;
}

static int
nomem(iachr_csv_reader *r, iachr_error_t *err)
{
	iachr_error_set(err, IACHR_E_NOMEM, r->source, (int)r->row_line, 0,
	    -1, "out of memory");
	r->dead = 1;
	return IACHR_FATAL;
}

static int
raw_header(iachr_csv_reader *r, iachr_error_t *err)
{
	json_t *seen;
	const char *name;
	size_t i, len;

	if ((r->keys = iachrp_calloc(r->ncols, sizeof(json_t *))) == NULL ||
	    (seen = json_object()) == NULL)
		return nomem(r, err);
	for (i = 0; i < r->ncols; i++) {
		name = iachr_csv_reader_field(r, i, &len);
		if ((r->keys[i] = json_stringn_nocheck(name, len)) == NULL)
			break;
		if (json_object_getn(seen, name, len) != NULL) {
			json_decref(seen);
			return header_error(r, err, "duplicate column", name);
		}
		if (json_object_setn_new_nocheck(seen, name, len,
		    json_null()) != 0)
			break;
	}
	json_decref(seen);
	return i == r->ncols ? IACHR_OK : nomem(r, err);
}

/*
 * Does the header name the columns of the table schema table, each
 * once, in any order?  Returns 1 or 0, or -1 with err set.
 */
static int
header_is(const iachr_csv_reader *r, const char *table, iachr_error_t *err)
{
	struct iachrp_csv_table t;
	size_t i, c;
	int match;

	if (iachrp_csv_table_load(&t, table, err) != 0)
		return -1;
	match = r->ncols == t.ncols;
	for (i = 0; i < r->ncols && match; i++) {
		for (c = 0; c < t.ncols; c++)
			if (strcmp(t.cols[c].name,
			    iachr_csv_reader_field(r, i, NULL)) == 0)
				break;
		match = c < t.ncols;
	}
	iachrp_csv_table_free(&t);
	return match;
}

/* The table schema the header is of: the record table unless it says. */
static int
choose_table(iachr_csv_reader *r, iachr_error_t *err)
{
	int view = header_is(r, IACHRP_CSV_BENEFICIARY_TABLE, err);

	if (view < 0) {
		r->dead = 1;
		return IACHR_FATAL;
	}
	r->table_name = view ? IACHRP_CSV_BENEFICIARY_TABLE :
	    IACHRP_CSV_RECORD_TABLE;
	if (view && (r->flags & IACHR_CSV_BENEFICIARIES) == 0) {
		iachr_error_set(err, IACHR_E_INVALID, r->source,
		    (int)r->row_line, 0, -1, "header: the beneficiary table "
		    "(json2csv --beneficiaries) is a derived view, one row "
		    "per beneficiary, and does not convert back to records");
		r->dead = 1;
		return IACHR_FATAL;
	}
	if (iachrp_csv_table_load(&r->table, r->table_name, err) != 0) {
		r->dead = 1;
		return IACHR_FATAL;
	}
	return IACHR_OK;
}

static int
record_header(iachr_csv_reader *r, iachr_error_t *err)
{
	const json_t *schema, *props;
	const char *name;
	size_t i, c, n;

	if (choose_table(r, err) != IACHR_OK)
		return IACHR_FATAL;
	n = r->table.ncols;
	if ((r->col_of = iachrp_calloc(r->ncols, sizeof(*r->col_of))) == NULL ||
	    (r->field_of = iachrp_malloc(n * sizeof(*r->field_of))) == NULL)
		return nomem(r, err);
	for (c = 0; c < n; c++)
		r->field_of[c] = (size_t)-1;
	for (i = 0; i < r->ncols; i++) {
		name = iachr_csv_reader_field(r, i, NULL);
		for (c = 0; c < n; c++)
			if (strcmp(r->table.cols[c].name, name) == 0)
				break;
		if (c == n)
			return header_error(r, err, "unknown column", name);
		if (r->field_of[c] != (size_t)-1)
			return header_error(r, err, "duplicate column", name);
		r->field_of[c] = i;
		r->col_of[i] = c;
	}
	for (c = 0; c < n; c++)
		if (r->field_of[c] == (size_t)-1)
			return header_error(r, err, "missing column",
			    r->table.cols[c].name);
	if ((r->item_props = iachrp_calloc(n, sizeof(json_t *))) == NULL ||
	    (schema = iachr_record_schema()) == NULL)
		return nomem(r, err);
	for (c = 0; c < n; c++) {
		props = json_object_get(json_object_get(json_object_get(
		    json_object_get(schema, "properties"),
		    r->table.cols[c].key), "items"), "properties");
		if (r->table.cols[c].type == IACHRP_CSV_ARRAY &&
		    json_is_object(props))
			r->item_props[c] = json_incref((json_t *)props);
	}
	return IACHR_OK;
}

/* A JSON number that a double holds exactly as written, or NULL. */
static json_t *
infer_number(const char *s, size_t len)
{
	char text[40], back[40];
	size_t i = 0;
	int frac = 0;
	double d;

	if (len == 0 || len >= sizeof(text))
		return NULL;
	if (s[i] == '-')
		i++;
	if (i < len && s[i] == '0')
		i++;
	else if (i < len && s[i] >= '1' && s[i] <= '9')
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	else
		return NULL;
	if (i < len && s[i] == '.') {
		frac = 1;
		if (++i == len || s[i] < '0' || s[i] > '9')
			return NULL;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		frac = 1;
		if (++i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i == len || s[i] < '0' || s[i] > '9')
			return NULL;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i != len)
		return NULL;
	memcpy(text, s, len);
	text[len] = '\0';
	errno = 0;
	if (!frac) {
		long long v = strtoll(text, NULL, 10);

		return errno == 0 ? json_integer(v) : NULL;
	}
	d = strtod(text, NULL);
	/* Output keeps 15 digits; anything finer stays a string. */
	snprintf(back, sizeof(back), "%.15g", d);
	if (errno != 0 || !isfinite(d) || strtod(back, NULL) != d)
		return NULL;
	return json_real(d);
}

static json_t *
raw_value(const iachr_csv_reader *r, const char *s, size_t len)
{
	char why[8];
	json_t *v;

	if ((r->flags & IACHR_CSV_INFER) != 0) {
		if (len == 0)
			return json_null();
		if ((len == 4 || len == 5) && (v = iachrp_csv_decode(
		    IACHRP_CSV_BOOLEAN, s, len, why, sizeof(why))) != NULL)
			return v;
		if ((v = infer_number(s, len)) != NULL)
			return v;
	}
	return json_stringn_nocheck(s, len);
}

static int
raw_row(iachr_csv_reader *r, json_t **out, iachr_error_t *err)
{
	json_t *obj, *v;
	const char *s;
	size_t i, len;

	if ((obj = json_object()) == NULL)
		return nomem(r, err);
	for (i = 0; i < r->ncols; i++) {
		s = iachr_csv_reader_field(r, i, &len);
		if ((v = raw_value(r, s, len)) == NULL ||
		    json_object_setn_new_nocheck(obj, json_string_value(
		    r->keys[i]), json_string_length(r->keys[i]), v) != 0) {
			json_decref(obj);
			return nomem(r, err);
		}
	}
	*out = obj;
	return IACHR_OK;
}

static json_t *
cell_value(iachr_csv_reader *r, size_t c, iachr_error_t *err)
{
	const struct iachrp_csv_column *col = &r->table.cols[c];
	char why[160];
	const char *s;
	size_t len;
	json_t *v;
	int esc;

	s = iachr_csv_reader_field(r, r->field_of[c], &len);
	if (len == 0)
		return json_null();
	esc = iachrp_csv_escaped(s, len);
	if ((v = iachrp_csv_decode(col->type, s + esc, len - esc, why,
	    sizeof(why))) == NULL)
		iachr_error_set(err, IACHR_E_INVALID, r->source,
		    (int)r->row_line, 0, -1, "column \"%s\": %s", col->name,
		    why);
	return v;
}

/*
 * Builds the object of the columns [c, end) that share one key; all
 * empty is null when the object may be null.
 */
static json_t *
group_value(iachr_csv_reader *r, size_t c, size_t end, iachr_error_t *err)
{
	json_t *obj, *v;
	size_t i, len, empty = 0;

	if (r->table.cols[c].nullable_parent) {
		for (i = c; i < end; i++) {
			iachr_csv_reader_field(r, r->field_of[i], &len);
			empty += len == 0;
		}
		if (empty == end - c)
			return json_null();
	}
	if ((obj = json_object()) == NULL)
		return NULL;
	for (i = c; i < end; i++)
		if ((v = cell_value(r, i, err)) == NULL ||
		    json_object_set_new_nocheck(obj, r->table.cols[i].member,
		    v) != 0) {
			json_decref(obj);
			return NULL;
		}
	return obj;
}

/* Where key comes in props, or past the end when props lacks it. */
static size_t
rank(const json_t *props, const char *key)
{
	const char *name;
	const json_t *v;
	size_t i = 0;

	json_object_foreach((json_t *)props, name, v) {
		if (strcmp(name, key) == 0)
			return i;
		i++;
	}
	return (size_t)-1;
}

/*
 * True when the objects in rec's list cells already have their keys in
 * schema order, as they do when json2csv wrote them from canonical
 * records; checking is much cheaper than reordering a copy.
 */
static int
in_order(const iachr_csv_reader *r, const json_t *rec)
{
	const json_t *list, *item, *v;
	const char *key;
	size_t c, i, at, k;

	for (c = 0; c < r->table.ncols; c++) {
		if (r->item_props[c] == NULL)
			continue;
		list = json_object_get(rec, r->table.cols[c].key);
		json_array_foreach(list, i, item) {
			at = 0;
			json_object_foreach((json_t *)item, key, v) {
				if ((k = rank(r->item_props[c], key)) < at)
					return 0;
				at = k;
			}
		}
	}
	return 1;
}

static int
record_row(iachr_csv_reader *r, json_t **out, iachr_error_t *err)
{
	const struct iachrp_csv_column *cols = r->table.cols;
	json_t *rec, *v, *canon;
	size_t c, end, n = r->table.ncols;
	iachr_error_t bad;

	iachr_error_init(&bad);
	if ((rec = json_object()) == NULL)
		return nomem(r, err);
	for (c = 0; c < n; c = end) {
		end = c + 1;
		if (cols[c].member[0] == '\0') {
			v = cell_value(r, c, &bad);
		} else {
			while (end < n &&
			    strcmp(cols[end].key, cols[c].key) == 0)
				end++;
			v = group_value(r, c, end, &bad);
		}
		if (v == NULL || json_object_set_new_nocheck(rec, cols[c].key,
		    v) != 0) {
			json_decref(rec);
			if (bad.code == IACHR_E_NONE)
				return nomem(r, err);
			if (err != NULL && err->code == IACHR_E_NONE)
				*err = bad;
			return IACHR_FAILED;
		}
	}
	/* Objects inside list cells may come in any key order. */
	if (in_order(r, rec)) {
		*out = rec;
		return IACHR_OK;
	}
	canon = iachr_record_canonical(rec);
	json_decref(rec);
	if (canon == NULL)
		return nomem(r, err);
	*out = canon;
	return IACHR_OK;
}

int
iachrp_csv_reader_row(iachr_csv_reader *r, iachr_error_t *err)
{
	int status;

	if (!r->have_header) {
		status = iachr_csv_reader_next_row(r, err);
		if (status == IACHR_FAILED) {
			r->dead = 1;
			return IACHR_FATAL;
		}
		if (status != IACHR_OK)
			return status;
		r->have_header = 1;
		r->ncols = iachr_csv_reader_fields(r);
		status = (r->flags & IACHR_CSV_RAW) != 0 ?
		    raw_header(r, err) : record_header(r, err);
		if (status != IACHR_OK)
			return status;
	}
	if ((status = iachr_csv_reader_next_row(r, err)) != IACHR_OK)
		return status;
	if (iachr_csv_reader_fields(r) != r->ncols) {
		iachr_error_set(err, IACHR_E_SYNTAX, r->source,
		    (int)r->row_line, 0, -1, "%zu fields, the header has %zu",
		    iachr_csv_reader_fields(r), r->ncols);
		return IACHR_FAILED;
	}
	return IACHR_OK;
}

const char *
iachr_csv_reader_table(const iachr_csv_reader *r)
{
	return r->table_name;
}

int
iachr_csv_reader_next(iachr_csv_reader *r, json_t **out, iachr_error_t *err)
{
	int status;

	*out = NULL;
	if ((status = iachrp_csv_reader_row(r, err)) != IACHR_OK)
		return status;
	if ((r->flags & IACHR_CSV_RAW) != 0)
		return raw_row(r, out, err);
	return record_row(r, out, err);
}
