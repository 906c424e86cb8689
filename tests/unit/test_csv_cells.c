/*
 * The CSV cell encoding (escapes, quoting, typed decoding, UTF-8) and the
 * errors of the CSV reader and writer, pinned in full.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "csv_private.h"
#include "iachr_csv.h"

/* Encodes value as json2csv does, then decodes as csv2json does. */
static void
assert_reversible(const char *value, int safe)
{
	char cell[256];
	size_t len = strlen(value);
	int esc = iachrp_csv_needs_escape(value, len, safe);
	int back;

	snprintf(cell, sizeof(cell), "%s%s", esc ? "'" : "", value);
	back = iachrp_csv_escaped(cell, strlen(cell));
	cr_assert_eq(back, esc, "\"%s\" (safe %d): escape %d, read back %d",
	    value, safe, esc, back);
	cr_assert_str_eq(cell + back, value);
}

Test(csv_cells, escape_rule)
{
	cr_assert_eq(iachrp_csv_needs_escape("", 0, 0), 1);
	cr_assert_eq(iachrp_csv_needs_escape("'", 1, 0), 1);
	cr_assert_eq(iachrp_csv_needs_escape("''", 2, 0), 1);
	cr_assert_eq(iachrp_csv_needs_escape("'=1", 3, 0), 1);
	cr_assert_eq(iachrp_csv_needs_escape("'a", 2, 0), 0);
	cr_assert_eq(iachrp_csv_needs_escape("=1", 2, 0), 0);
	cr_assert_eq(iachrp_csv_needs_escape("=1", 2, 1), 1);
	cr_assert_eq(iachrp_csv_needs_escape("\t", 1, 1), 1);
	cr_assert_eq(iachrp_csv_needs_escape("a=1", 3, 1), 0);
	cr_assert_eq(iachrp_csv_escaped("'", 1), 1);
	cr_assert_eq(iachrp_csv_escaped("'-", 2), 1);
	cr_assert_eq(iachrp_csv_escaped("'abc", 4), 0);
	cr_assert_eq(iachrp_csv_escaped("", 0), 0);
}

Test(csv_cells, escape_reverses)
{
	static const char *const values[] = {
		"", "'", "''", "'''", "'=", "'+1", "'-", "'@x", "'\t", "'\r",
		"'a", "a'", "=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "x",
		"=", "''=", " '", "'' ", NULL
	};
	size_t i;

	for (i = 0; values[i] != NULL; i++) {
		assert_reversible(values[i], 0);
		assert_reversible(values[i], 1);
	}
}

Test(csv_cells, quoting)
{
	struct iachrp_buf b = { 0 };

	cr_assert_eq(iachrp_csv_needs_quotes("abc", 3, ','), 0);
	cr_assert_eq(iachrp_csv_needs_quotes("a;b", 3, ','), 0);
	cr_assert_eq(iachrp_csv_needs_quotes("a;b", 3, ';'), 1);
	cr_assert_eq(iachrp_csv_needs_quotes(" a", 2, ','), 1);
	cr_assert_eq(iachrp_csv_needs_quotes("a\t", 2, ','), 1);
	cr_assert_eq(iachrp_csv_needs_quotes("a\rb", 3, ','), 1);
	cr_assert_eq(iachrp_csv_needs_quotes("", 0, ','), 0);
	cr_assert_eq(iachrp_csv_put_field(&b, "say \"hi\"\n", 9, ','), 0);
	cr_assert_eq(b.len, 13);
	cr_assert_eq(memcmp(b.data, "\"say \"\"hi\"\"\n\"", 13), 0);
	iachrp_buf_free(&b);
}

Test(csv_cells, decode)
{
	char why[160];
	json_t *v;

	v = iachrp_csv_decode(IACHRP_CSV_INTEGER, "55", 2, why, sizeof(why));
	cr_assert_eq(json_integer_value(v), 55);
	json_decref(v);
	cr_assert_null(iachrp_csv_decode(IACHRP_CSV_INTEGER, "055", 3, why,
	    sizeof(why)));
	cr_assert_str_eq(why, "not an integer: \"055\"");
	cr_assert_null(iachrp_csv_decode(IACHRP_CSV_INTEGER,
	    "99999999999999999999", 20, why, sizeof(why)));
	cr_assert_str_eq(why, "not an integer: \"99999999999999999999\"");
	cr_assert_null(iachrp_csv_decode(IACHRP_CSV_INTEGER, "", 0, why,
	    sizeof(why)));
	cr_assert_str_eq(why, "not an integer: \"\"");
	cr_assert(json_is_true(iachrp_csv_decode(IACHRP_CSV_BOOLEAN, "TRUE",
	    4, why, sizeof(why))));
	cr_assert(json_is_false(iachrp_csv_decode(IACHRP_CSV_BOOLEAN,
	    "False", 5, why, sizeof(why))));
	cr_assert_null(iachrp_csv_decode(IACHRP_CSV_BOOLEAN, "yes", 3, why,
	    sizeof(why)));
	cr_assert_str_eq(why, "not true or false: \"yes\"");
	v = iachrp_csv_decode(IACHRP_CSV_ARRAY, "[\"a\",1]", 7, why,
	    sizeof(why));
	cr_assert_eq(json_array_size(v), 2);
	json_decref(v);
	cr_assert_null(iachrp_csv_decode(IACHRP_CSV_ARRAY, "{}", 2, why,
	    sizeof(why)));
	cr_assert_str_eq(why, "not a JSON array");
	cr_assert_null(iachrp_csv_decode(IACHRP_CSV_ARRAY, "[1,", 3, why,
	    sizeof(why)));
	cr_assert_str_eq(why,
	    "not a JSON array: ']' expected near end of file at character 3");
}

Test(csv_cells, utf8)
{
	cr_assert_eq(iachrp_utf8_valid("caf\xC3\xA9", 5), 5);
	cr_assert_eq(iachrp_utf8_valid("\xF0\x9D\x94\x98!", 5), 5);
	cr_assert_eq(iachrp_utf8_valid("a\xC0\x80", 3), 1);
	cr_assert_eq(iachrp_utf8_valid("a\xED\xA0\x80", 4), 1);
	cr_assert_eq(iachrp_utf8_valid("\xF4\x90\x80\x80", 4), 0);
	cr_assert_eq(iachrp_utf8_valid("ab\xE2\x82", 4), 2);
	cr_assert_eq(iachrp_utf8_valid("a\0b", 3), 1);
}

/* A reader of text (a string literal) named "mem". */
static iachr_csv_reader *
reader(FILE **fp, const char *text, size_t len, int flags)
{
	iachr_csv_reader *r;

	cr_assert_not_null(*fp = fmemopen((void *)text, len, "rb"));
	cr_assert_not_null(r = iachr_csv_reader_new(*fp, "mem", ',', flags,
	    NULL));
	return r;
}

static void
assert_error(const iachr_error_t *err, int code, int line, const char *text)
{
	cr_assert_eq(err->code, code, "code %d, want %d", err->code, code);
	cr_assert_str_eq(err->source, "mem");
	cr_assert_eq(err->line, line, "line %d, want %d", err->line, line);
	cr_assert_eq(err->column, 0);
	cr_assert_eq(err->offset, -1);
	cr_assert_str_eq(err->pointer, "");
	cr_assert_str_eq(err->text, text);
}

Test(csv_reader, lines_and_line_ends)
{
	static const char text[] = "\xEF\xBB\xBF" "a,b\r\n\"x\ny\",2\r\n\n"
	    "3,\"4\"\r5,6";
	iachr_csv_reader *r;
	FILE *fp;
	size_t len;

	r = reader(&fp, text, sizeof(text) - 1, 0);
	cr_assert_eq(iachr_csv_reader_next_row(r, NULL), IACHR_OK);
	cr_assert_eq(iachr_csv_reader_line(r), 1);
	cr_assert_str_eq(iachr_csv_reader_field(r, 0, NULL), "a");
	cr_assert_eq(iachr_csv_reader_next_row(r, NULL), IACHR_OK);
	cr_assert_eq(iachr_csv_reader_line(r), 2);
	cr_assert_str_eq(iachr_csv_reader_field(r, 0, &len), "x\ny");
	cr_assert_eq(len, 3);
	cr_assert_eq(iachr_csv_reader_next_row(r, NULL), IACHR_OK);
	cr_assert_eq(iachr_csv_reader_line(r), 5);
	cr_assert_str_eq(iachr_csv_reader_field(r, 1, NULL), "4");
	cr_assert_eq(iachr_csv_reader_next_row(r, NULL), IACHR_OK);
	cr_assert_eq(iachr_csv_reader_fields(r), 2);
	cr_assert_str_eq(iachr_csv_reader_field(r, 1, NULL), "6");
	cr_assert_eq(iachr_csv_reader_next_row(r, NULL), IACHR_EOF);
	iachr_csv_reader_free(r);
	fclose(fp);
}

Test(csv_reader, spaces_kept)
{
	static const char text[] = " a ,\t\n";
	iachr_csv_reader *r;
	FILE *fp;

	r = reader(&fp, text, sizeof(text) - 1, 0);
	cr_assert_eq(iachr_csv_reader_next_row(r, NULL), IACHR_OK);
	cr_assert_str_eq(iachr_csv_reader_field(r, 0, NULL), " a ");
	cr_assert_str_eq(iachr_csv_reader_field(r, 1, NULL), "\t");
	iachr_csv_reader_free(r);
	fclose(fp);
}

Test(csv_reader, errors_then_goes_on)
{
	static const char text[] = "a,b\n1,2,3\n\"x\"y,1\n1,\xFF\n4,5\n\"6";
	iachr_csv_reader *r;
	iachr_error_t err;
	json_t *v;
	FILE *fp;

	r = reader(&fp, text, sizeof(text) - 1, IACHR_CSV_RAW);
	iachr_error_init(&err);
	cr_assert_eq(iachr_csv_reader_next(r, &v, &err), IACHR_FAILED);
	assert_error(&err, IACHR_E_SYNTAX, 2, "3 fields, the header has 2");
	iachr_error_init(&err);
	cr_assert_eq(iachr_csv_reader_next(r, &v, &err), IACHR_FAILED);
	assert_error(&err, IACHR_E_SYNTAX, 3, "a quote inside an unquoted "
	    "field, or text after a closing quote");
	iachr_error_init(&err);
	cr_assert_eq(iachr_csv_reader_next(r, &v, &err), IACHR_FAILED);
	assert_error(&err, IACHR_E_ENCODING, 4, "field 2: invalid UTF-8");
	cr_assert_eq(iachr_csv_reader_next(r, &v, NULL), IACHR_OK);
	cr_assert_str_eq(json_string_value(json_object_get(v, "b")), "5");
	json_decref(v);
	iachr_error_init(&err);
	cr_assert_eq(iachr_csv_reader_next(r, &v, &err), IACHR_FATAL);
	assert_error(&err, IACHR_E_SYNTAX, 6,
	    "quoted field not closed at end of input");
	cr_assert_eq(iachr_csv_reader_next(r, &v, NULL), IACHR_EOF);
	iachr_csv_reader_free(r);
	fclose(fp);
}

Test(csv_reader, row_limit)
{
	static const char text[] = "a\n\"0123456789\n0123456789\"\n";
	iachr_csv_reader *r;
	iachr_error_t err;
	FILE *fp;

	r = reader(&fp, text, sizeof(text) - 1, 0);
	iachr_csv_reader_set_max(r, 16);
	iachr_error_init(&err);
	cr_assert_eq(iachr_csv_reader_next_row(r, &err), IACHR_OK);
	cr_assert_eq(iachr_csv_reader_next_row(r, &err), IACHR_FATAL);
	assert_error(&err, IACHR_E_LIMIT, 2, "row longer than 16 bytes");
	iachr_csv_reader_free(r);
	fclose(fp);
}

Test(csv_reader, record_header)
{
	static const char text[] = "schema,id,nope\n";
	iachr_csv_reader *r;
	iachr_error_t err;
	json_t *v;
	FILE *fp;

	r = reader(&fp, text, sizeof(text) - 1, 0);
	iachr_error_init(&err);
	cr_assert_eq(iachr_csv_reader_next(r, &v, &err), IACHR_FATAL);
	assert_error(&err, IACHR_E_INVALID, 1,
	    "header: unknown column \"nope\"");
	iachr_csv_reader_free(r);
	fclose(fp);
}

Test(csv_writer, refuses_what_would_not_read_back)
{
	iachr_csv_writer *w;
	iachr_error_t err;
	json_t *rec;
	char *out = NULL;
	size_t len = 0;
	FILE *fp;

	cr_assert_not_null(fp = open_memstream(&out, &len));
	cr_assert_not_null(w = iachr_csv_writer_new(fp, ',', 0, NULL));
	rec = json_pack("{s:i}", "extra", 1);
	iachr_error_init(&err);
	cr_assert_eq(iachr_csv_writer_write(w, rec, &err), IACHR_FAILED);
	cr_assert_eq(err.code, IACHR_E_INVALID);
	cr_assert_str_eq(err.pointer, "/schema");
	cr_assert_str_eq(err.text, "missing member");
	json_decref(rec);
	iachr_error_init(&err);
	cr_assert_eq(iachr_csv_writer_write(w, json_null(), &err),
	    IACHR_FAILED);
	cr_assert_str_eq(err.text, "not an object");
	iachr_error_init(&err);
	cr_assert_null(iachr_csv_writer_new(fp, '|', 0, &err));
	cr_assert_eq(err.code, IACHR_E_USAGE);
	cr_assert_str_eq(err.text,
	    "the delimiter must be a comma, semicolon or tab");
	iachr_csv_writer_free(w);
	fclose(fp);
	cr_assert_eq(len, 0, "nothing written for refused records");
	free(out);
}

/* The text reader gives what the value reader gives, through jansson. */
Test(csv_reader, text_equals_values)
{
	/* Controls, escapes jansson would not write, keys out of order. */
	static const char *const cells[] = {
		"iachr-resolution/1", "a\x01\x7f\\\"", "en", "x",
		"[ \"grant\", \"\\u00e9\"]", "1", "2020", "", "", "", "\tb", "",
		"[{\"kind\":\"person\",\"name\":\"A\\nB\"}]", "TRUE", "[]",
		"[{\"label\":null,\"text\":\"t\"},{\"label\":\"1\",\"x\":2}]",
		"[]", "", "", "'", "", "", "''", "[\"\\u001F\",\"\\u001f\"]",
		"h", "-0", "UTF-8"
	};
	struct iachrp_buf b = { 0 };
	iachr_csv_writer *w;
	iachr_csv_reader *r, *t;
	const char *header, *text;
	char *dumped;
	size_t hlen, tlen, i;
	json_t *v, *tv;
	FILE *rfp, *tfp;
	int n = 0;

	cr_assert_not_null(w = iachr_csv_writer_new(stdout, ',', 0, NULL));
	header = iachr_csv_writer_header_text(w, &hlen);
	iachrp_buf_add(&b, header, hlen);
	iachrp_buf_add(&b, "\n", 1);
	for (i = 0; i < sizeof(cells) / sizeof(cells[0]); i++) {
		if (i > 0)
			iachrp_buf_add(&b, ",", 1);
		iachrp_csv_put_field(&b, cells[i], strlen(cells[i]), ',');
	}
	iachrp_buf_add(&b, "\n", 1);
	cr_assert_not_null(rfp = fmemopen(b.data, b.len, "rb"));
	cr_assert_not_null(tfp = fmemopen(b.data, b.len, "rb"));
	r = iachr_csv_reader_new(rfp, "mem", ',', 0, NULL);
	t = iachr_csv_reader_new(tfp, "mem", ',', 0, NULL);
	while (iachr_csv_reader_next(r, &v, NULL) == IACHR_OK) {
		cr_assert_eq(iachr_csv_reader_next_text(t, &text, &tlen, &tv,
		    NULL), IACHR_OK);
		cr_assert(json_equal(v, tv));
		json_decref(tv);
		dumped = json_dumps(v, JSON_COMPACT);
		cr_assert_str_eq(text, dumped);
		cr_assert_eq(tlen, strlen(dumped));
		free(dumped);
		json_decref(v);
		n++;
	}
	cr_assert_eq(n, 1);
	iachr_csv_reader_free(r);
	iachr_csv_reader_free(t);
	iachr_csv_writer_free(w);
	fclose(rfp);
	fclose(tfp);
	iachrp_buf_free(&b);
}
