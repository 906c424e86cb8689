/*
 * Rows straight to canonical JSON text, without building jansson values.
 * Scalars are escaped as jansson escapes them.  A list cell written by
 * json2csv already holds the canonical text of its array, so it is only
 * scanned: when it is exactly what jansson would write (compact, its
 * escapes, objects' keys in schema order), it is copied as it is;
 * anything else goes through jansson.  The result is byte for byte what
 * iachr_csv_reader_next gives through iachr_record_dump.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_private.h"
#include "csv_read_private.h"
#include "iachr_csv.h"
#include "iachr_private.h"
#include "iachr_record.h"

static int
put(iachr_csv_reader *r, const char *s, size_t n)
{
	return iachrp_buf_add(&r->text, s, n);
}

/* Appends s as a JSON string, escaped as jansson's dump escapes it. */
static int
put_string(iachr_csv_reader *r, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	char esc[6] = { '\\', 'u', '0', '0', 0, 0 };
	size_t i, start = 0;
	unsigned char c;

	if (iachrp_buf_reserve(&r->text, len + 2) != 0 || put(r, "\"", 1) != 0)
		return -1;
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		if (put(r, s + start, i - start) != 0)
			return -1;
		start = i + 1;
		switch (c) {
		case '"':
			if (put(r, "\\\"", 2) != 0)
				return -1;
			break;
		case '\\':
			if (put(r, "\\\\", 2) != 0)
				return -1;
			break;
		case '\b':
			if (put(r, "\\b", 2) != 0)
				return -1;
			break;
		case '\f':
			if (put(r, "\\f", 2) != 0)
				return -1;
			break;
		case '\n':
			if (put(r, "\\n", 2) != 0)
				return -1;
			break;
		case '\r':
			if (put(r, "\\r", 2) != 0)
				return -1;
			break;
		case '\t':
			if (put(r, "\\t", 2) != 0)
				return -1;
			break;
		default:
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			if (put(r, esc, 6) != 0)
				return -1;
		}
	}
	if (put(r, s + start, len - start) != 0)
		return -1;
	return put(r, "\"", 1);
}

/*
 * The length of the canonical JSON string at s (s[0] is '"'), or 0 when
 * jansson would write it otherwise.  The row is known to be UTF-8.
 */
static size_t
scan_string(const char *s, size_t len)
{
	size_t i = 1;
	unsigned char c;
	int v;

	while (i < len) {
		c = (unsigned char)s[i];
		if (c == '"')
			return i + 1;
		if (c < 0x20)
			return 0;
		if (c != '\\') {
			i++;
			continue;
		}
		if (i + 1 >= len)
			return 0;
		c = (unsigned char)s[i + 1];
		if (strchr("\"\\bfnrt", c) != NULL && c != '\0') {
			i += 2;
			continue;
		}
		/* \u00XX only for the controls without a short escape. */
		if (c != 'u' || i + 5 >= len || s[i + 2] != '0' ||
		    s[i + 3] != '0' || (s[i + 4] != '0' && s[i + 4] != '1'))
			return 0;
		c = (unsigned char)s[i + 5];
		if (c >= '0' && c <= '9')
			v = c - '0';
		else if (c >= 'A' && c <= 'F')
			v = c - 'A' + 10;
		else
			return 0;
		v += (s[i + 4] - '0') * 16;
		if (v == 0 || v == '\b' || v == '\f' || v == '\n' ||
		    v == '\r' || v == '\t')
			return 0;
		i += 6;
	}
	return 0;
}

/* A canonical scalar in a list: string, small integer, literal. */
static size_t
scan_scalar(const char *s, size_t len)
{
	size_t i = 0;

	if (s[0] == '"')
		return scan_string(s, len);
	if (len >= 4 && (memcmp(s, "null", 4) == 0 ||
	    memcmp(s, "true", 4) == 0))
		return 4;
	if (len >= 5 && memcmp(s, "false", 5) == 0)
		return 5;
	if (s[0] == '-')
		i++;
	if (i < len && s[i] == '0') {
		i++;
	} else if (i < len && s[i] >= '1' && s[i] <= '9') {
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	} else {
		return 0;
	}
	/* Reals, "-0" and integers near the range's end go to jansson. */
	if ((i < len && (s[i] == '.' || s[i] == 'e' || s[i] == 'E')) ||
	    i > 18 || (s[0] == '-' && s[1] == '0'))
		return 0;
	return i;
}

/* The rank of the JSON string key (quotes included) among props. */
static size_t
key_rank(const json_t *props, const char *key, size_t len)
{
	const char *name;
	const json_t *v;
	size_t i = 0;

	json_object_foreach((json_t *)props, name, v) {
		if (strlen(name) == len - 2 && memcmp(name, key + 1,
		    len - 2) == 0)
			return i;
		i++;
	}
	return (size_t)-1;
}

/* A canonical object in a list: known keys in order, scalar values. */
static size_t
scan_object(const char *s, size_t len, const json_t *props)
{
	size_t i = 1, n, rank, last = 0;
	int first = 1;

	if (props == NULL)
		return 0;
	if (i < len && s[i] == '}')
		return 2;
	while (i < len) {
		if (s[i] != '"' || (n = scan_string(s + i, len - i)) == 0 ||
		    memchr(s + i, '\\', n) != NULL)
			return 0;
		rank = key_rank(props, s + i, n);
		if (rank == (size_t)-1 || (!first && rank <= last))
			return 0;
		last = rank;
		first = 0;
		i += n;
		if (i >= len || s[i] != ':' || ++i >= len ||
		    (n = scan_scalar(s + i, len - i)) == 0)
			return 0;
		i += n;
		if (i < len && s[i] == '}')
			return i + 1;
		if (i >= len || s[i] != ',')
			return 0;
		i++;
	}
	return 0;
}

/* True when the cell is the canonical compact text of a JSON array. */
static int
canonical_array(const char *s, size_t len, const json_t *props)
{
	size_t i = 1, n;

	if (len < 2 || s[0] != '[')
		return 0;
	if (len == 2)
		return s[1] == ']';
	while (i < len) {
		if (s[i] == '{')
			n = scan_object(s + i, len - i, props);
		else
			n = scan_scalar(s + i, len - i);
		if (n == 0)
			return 0;
		i += n;
		if (i < len && s[i] == ']')
			return i + 1 == len;
		if (i >= len || s[i] != ',')
			return 0;
		i++;
	}
	return 0;
}

static int
dump_to_text(const char *buffer, size_t size, void *data)
{
	return put(data, buffer, size);
}

/* A list cell that is not canonical text: parsed, ordered, written. */
static int
put_array(iachr_csv_reader *r, size_t c, const char *s, size_t len,
    char *why, size_t size)
{
	json_t *v, *holder, *canon;
	int rc;

	if ((v = iachrp_csv_array(s, len, why, size)) == NULL)
		return 1;
	if ((holder = json_object()) == NULL ||
	    json_object_set_new(holder, r->table.cols[c].key, v) != 0) {
		json_decref(holder);
		return -1;
	}
	canon = iachr_record_canonical(holder);
	json_decref(holder);
	if (canon == NULL)
		return -1;
	rc = json_dump_callback(json_object_get(canon, r->table.cols[c].key),
	    dump_to_text, r, JSON_COMPACT) != 0 ? -1 : 0;
	json_decref(canon);
	return rc;
}

/* Appends column c's value; 0, 1 when the cell does not decode, -1. */
static int
put_cell(iachr_csv_reader *r, size_t c, char *why, size_t size)
{
	char digits[32];
	const char *s;
	size_t len;
	long long n;
	int esc, b;

	s = iachr_csv_reader_field(r, r->field_of[c], &len);
	if (len == 0)
		return put(r, "null", 4);
	esc = iachrp_csv_escaped(s, len);
	s += esc;
	len -= (size_t)esc;
	switch (r->table.cols[c].type) {
	case IACHRP_CSV_INTEGER:
		if (iachrp_csv_integer(s, len, &n, why, size) != 0)
			return 1;
		return put(r, digits, (size_t)snprintf(digits, sizeof(digits),
		    "%lld", n));
	case IACHRP_CSV_BOOLEAN:
		if ((b = iachrp_csv_boolean(s, len, why, size)) < 0)
			return 1;
		return b ? put(r, "true", 4) : put(r, "false", 5);
	case IACHRP_CSV_ARRAY:
		if (canonical_array(s, len, r->item_props[c]))
			return put(r, s, len);
		return put_array(r, c, s, len, why, size);
	default:
		return put_string(r, s, len);
	}
}

static int
put_key(iachr_csv_reader *r, const char *key, int first)
{
	return (first ? 0 : put(r, ",", 1)) != 0 || put(r, "\"", 1) != 0 ||
	    put(r, key, strlen(key)) != 0 || put(r, "\":", 2) != 0 ? -1 : 0;
}

/* Appends the record of the current row; 0, 1 (err set) or -1. */
static int
record_text(iachr_csv_reader *r, iachr_error_t *err)
{
	const struct iachrp_csv_column *cols = r->table.cols;
	size_t c, i, end, empty, len, n = r->table.ncols;
	char why[160];
	int rc = 0;

	if (put(r, "{", 1) != 0)
		return -1;
	for (c = 0; c < n && rc == 0; c = end) {
		end = c + 1;
		if (put_key(r, cols[c].key, c == 0) != 0)
			return -1;
		if (cols[c].member[0] == '\0') {
			rc = put_cell(r, c, why, sizeof(why));
			i = c;
			continue;
		}
		while (end < n && strcmp(cols[end].key, cols[c].key) == 0)
			end++;
		for (empty = 0, i = c; i < end; i++) {
			iachr_csv_reader_field(r, r->field_of[i], &len);
			empty += len == 0;
		}
		if (cols[c].nullable_parent && empty == end - c) {
			rc = put(r, "null", 4);
			continue;
		}
		if (put(r, "{", 1) != 0)
			return -1;
		for (i = c; i < end && rc == 0; i++)
			if ((rc = put_key(r, cols[i].member, i == c)) == 0)
				rc = put_cell(r, i, why, sizeof(why));
		i--;
		if (rc == 0)
			rc = put(r, "}", 1);
	}
	if (rc > 0)
		iachr_error_set(err, IACHR_E_INVALID, r->source,
		    (int)r->row_line, 0, -1, "column \"%s\": %s",
		    cols[i].name, why);
	return rc != 0 ? rc : put(r, "}", 1);
}

int
iachr_csv_reader_next_text(iachr_csv_reader *r, const char **text,
    size_t *len, iachr_error_t *err)
{
	json_t *v;
	int status, rc;

	*text = NULL;
	*len = 0;
	r->text.len = 0;
	if ((r->flags & IACHR_CSV_RAW) != 0) {
		if ((status = iachr_csv_reader_next(r, &v, err)) != IACHR_OK)
			return status;
		/* Inferred reals hold 15 significant digits exactly. */
		rc = json_dump_callback(v, dump_to_text, r, JSON_COMPACT |
		    JSON_REAL_PRECISION(15));
		json_decref(v);
	} else {
		if ((status = iachrp_csv_reader_row(r, err)) != IACHR_OK)
			return status;
		if ((rc = record_text(r, err)) > 0)
			return IACHR_FAILED;
	}
	if (rc != 0 || iachrp_buf_reserve(&r->text, 1) != 0) {
		iachr_error_set(err, IACHR_E_NOMEM, r->source,
		    (int)r->row_line, 0, -1, "out of memory");
		r->dead = 1;
		return IACHR_FATAL;
	}
	r->text.data[r->text.len] = '\0';
	*text = r->text.data;
	*len = r->text.len;
	return IACHR_OK;
}
