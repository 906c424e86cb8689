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

/* The value of canonical text s, as scanned; *used is its length. */
static json_t *
build(iachr_csv_reader *r, const char *s, size_t len, size_t *used)
{
	static const char escapes[] = "\"\"\\\\b\bf\fn\nr\rt\t";
	json_t *v, *item;
	char digits[24], key[64], ch;
	size_t i, n, k;

	switch (s[0]) {
	case '"':
		n = scan_string(s, len);
		*used = n;
		if (memchr(s, '\\', n) == NULL)
			return json_stringn_nocheck(s + 1, n - 2);
		r->scratch.len = 0;
		for (i = 1; i + 1 < n; i++) {
			if (s[i] != '\\') {
				k = i;
				while (i + 2 < n && s[i + 1] != '\\')
					i++;
				if (iachrp_buf_add(&r->scratch, s + k,
				    i - k + 1) != 0)
					return NULL;
				continue;
			}
			if (s[++i] == 'u') {
				ch = (char)(((s[i + 3] - '0') << 4) |
				    (s[i + 4] <= '9' ? s[i + 4] - '0' :
				    s[i + 4] - 'A' + 10));
				i += 4;
			} else {
				/* The pair after the escaped character. */
				ch = strchr(escapes, s[i])[1];
			}
			if (iachrp_buf_add(&r->scratch, &ch, 1) != 0)
				return NULL;
		}
		return json_stringn_nocheck(r->scratch.data, r->scratch.len);
	case 'n':
		*used = 4;
		return json_null();
	case 't':
		*used = 4;
		return json_true();
	case 'f':
		*used = 5;
		return json_false();
	case '[':
	case '{':
		v = s[0] == '[' ? json_array() : json_object();
		for (i = 1; v != NULL && s[i] != ']' && s[i] != '}'; i++) {
			if (s[0] == '{') {
				/* Keys are plain and known (scan_object). */
				n = scan_string(s + i, len - i);
				snprintf(key, sizeof(key), "%.*s", (int)n - 2,
				    s + i + 1);
				i += n + 1;
			}
			if ((item = build(r, s + i, len - i, &n)) == NULL ||
			    (s[0] == '[' ? json_array_append_new(v, item) :
			    json_object_set_new_nocheck(v, key, item)) != 0) {
				json_decref(v);
				return NULL;
			}
			i += n;
			if (s[i] != ',')
				break;
		}
		*used = i + 1;
		return v;
	default:
		n = scan_scalar(s, len);
		*used = n;
		snprintf(digits, sizeof(digits), "%.*s", (int)n, s);
		return json_integer(strtoll(digits, NULL, 10));
	}
}

static int
dump_to_text(const char *buffer, size_t size, void *data)
{
	return put(data, buffer, size);
}

/*
 * A list cell that is not canonical text: parsed, ordered, written; the
 * value in *value when value is not NULL.
 */
static int
put_array(iachr_csv_reader *r, size_t c, const char *s, size_t len,
    char *why, size_t size, json_t **value)
{
	json_t *v, *holder, *canon, *ordered;
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
	ordered = json_object_get(canon, r->table.cols[c].key);
	rc = json_dump_callback(ordered, dump_to_text, r, JSON_COMPACT) != 0 ?
	    -1 : 0;
	if (rc == 0 && value != NULL)
		*value = json_incref(ordered);
	json_decref(canon);
	return rc;
}

/*
 * Appends column c's value; 0, 1 when the cell does not decode, -1 when
 * out of memory.  With value not NULL, also sets *value to the value.
 */
static int
put_cell(iachr_csv_reader *r, size_t c, char *why, size_t size,
    json_t **value)
{
	char digits[32];
	const char *s;
	size_t len, used;
	long long n;
	int esc, b, rc;

	s = iachr_csv_reader_field(r, r->field_of[c], &len);
	if (len == 0) {
		if (value != NULL)
			*value = json_null();
		return put(r, "null", 4);
	}
	esc = iachrp_csv_escaped(s, len);
	s += esc;
	len -= (size_t)esc;
	switch (r->table.cols[c].type) {
	case IACHRP_CSV_INTEGER:
		if (iachrp_csv_integer(s, len, &n, why, size) != 0)
			return 1;
		if (value != NULL && (*value = json_integer(n)) == NULL)
			return -1;
		return put(r, digits, (size_t)snprintf(digits, sizeof(digits),
		    "%lld", n));
	case IACHRP_CSV_BOOLEAN:
		if ((b = iachrp_csv_boolean(s, len, why, size)) < 0)
			return 1;
		if (value != NULL)
			*value = json_boolean(b);
		return b ? put(r, "true", 4) : put(r, "false", 5);
	case IACHRP_CSV_ARRAY:
		if (!canonical_array(s, len, r->item_props[c]))
			return put_array(r, c, s, len, why, size, value);
		if (value != NULL && (*value = build(r, s, len, &used)) == NULL)
			return -1;
		return put(r, s, len);
	default:
		if (value != NULL &&
		    (*value = json_stringn_nocheck(s, len)) == NULL)
			return -1;
		rc = put_string(r, s, len);
		return rc;
	}
}

static int
put_key(iachr_csv_reader *r, const char *key, int first)
{
	return (first ? 0 : put(r, ",", 1)) != 0 || put(r, "\"", 1) != 0 ||
	    put(r, key, strlen(key)) != 0 || put(r, "\":", 2) != 0 ? -1 : 0;
}

/* Sets member key of obj (if not NULL) to v; 0, or -1. */
static int
set(json_t *obj, const char *key, json_t *v)
{
	if (obj == NULL)
		return 0;
	return v == NULL || json_object_set_new_nocheck(obj, key, v) != 0 ?
	    -1 : 0;
}

/*
 * Appends the record of the current row, and with rec not NULL builds
 * it there too; 0, 1 (err set) or -1.
 */
static int
record_text(iachr_csv_reader *r, json_t *rec, iachr_error_t *err)
{
	const struct iachrp_csv_column *cols = r->table.cols;
	size_t c, i = 0, end, empty, len, n = r->table.ncols;
	json_t *v = NULL, *group = NULL;
	char why[160];
	int rc = 0;

	if (put(r, "{", 1) != 0)
		return -1;
	for (c = 0; c < n && rc == 0; c = end) {
		end = c + 1;
		if (put_key(r, cols[c].key, c == 0) != 0)
			return -1;
		if (cols[c].member[0] == '\0') {
			i = c;
			rc = put_cell(r, c, why, sizeof(why),
			    rec != NULL ? &v : NULL);
			if (rc == 0)
				rc = set(rec, cols[c].key, v);
			continue;
		}
		while (end < n && strcmp(cols[end].key, cols[c].key) == 0)
			end++;
		for (empty = 0, i = c; i < end; i++) {
			iachr_csv_reader_field(r, r->field_of[i], &len);
			empty += len == 0;
		}
		if (cols[c].nullable_parent && empty == end - c) {
			if ((rc = put(r, "null", 4)) == 0)
				rc = set(rec, cols[c].key, json_null());
			continue;
		}
		if (rec != NULL && (rc = set(rec, cols[c].key,
		    group = json_object())) != 0)
			break;
		if (put(r, "{", 1) != 0)
			return -1;
		for (i = c; i < end && rc == 0; i++)
			if ((rc = put_key(r, cols[i].member, i == c)) == 0 &&
			    (rc = put_cell(r, i, why, sizeof(why),
			    rec != NULL ? &v : NULL)) == 0)
				rc = set(group, cols[i].member, v);
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
    size_t *len, json_t **value, iachr_error_t *err)
{
	json_t *v = NULL;
	int status, rc;

	*text = NULL;
	*len = 0;
	if (value != NULL)
		*value = NULL;
	r->text.len = 0;
	if ((r->flags & IACHR_CSV_RAW) != 0) {
		if ((status = iachr_csv_reader_next(r, &v, err)) != IACHR_OK)
			return status;
		/* Inferred reals hold 15 significant digits exactly. */
		rc = json_dump_callback(v, dump_to_text, r, JSON_COMPACT |
		    JSON_REAL_PRECISION(15));
	} else {
		if ((status = iachrp_csv_reader_row(r, err)) != IACHR_OK)
			return status;
		if (value != NULL && (v = json_object()) == NULL)
			rc = -1;
		else if ((rc = record_text(r, v, err)) > 0) {
			json_decref(v);
			return IACHR_FAILED;
		}
	}
	if (rc == 0 && value != NULL) {
		*value = v;
		v = NULL;
	}
	json_decref(v);
	if (rc != 0 || iachrp_buf_reserve(&r->text, 1) != 0) {
		if (value != NULL) {
			json_decref(*value);
			*value = NULL;
		}
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
