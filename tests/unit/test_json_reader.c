#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_json_reader.h"

static iachr_json_reader *
reader_of(const char *text, FILE **fp)
{
	*fp = fmemopen((void *)text, strlen(text), "r");
	cr_assert_not_null(*fp);
	return iachr_json_reader_new(*fp, "in.json");
}

Test(json_reader, lines_concatenated_and_pretty)
{
	const char *text = "\xEF\xBB\xBF{\"a\":1}\n{\"b\": [1, \"]}\"]}{\"c\":\n"
	    "  {\"d\": null}\n}\n\"s\" 42\n";
	FILE *fp;
	iachr_json_reader *r = reader_of(text, &fp);
	iachr_error_t err;
	json_t *v;

	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_eq(json_integer_value(json_object_get(v, "a")), 1);
	cr_expect_eq(iachr_json_reader_line(r), 1);
	json_decref(v);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_str_eq(json_string_value(json_array_get(
	    json_object_get(v, "b"), 1)), "]}");
	cr_expect_eq(iachr_json_reader_line(r), 2);
	cr_expect_eq(iachr_json_reader_column(r), 1);
	json_decref(v);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_eq(iachr_json_reader_line(r), 2);
	cr_expect_eq(iachr_json_reader_column(r), 17);
	json_decref(v);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_str_eq(json_string_value(v), "s");
	json_decref(v);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_eq(json_integer_value(v), 42);
	json_decref(v);
	cr_expect_eq(iachr_json_reader_next(r, &v, &err), IACHR_EOF);
	cr_expect_eq(err.code, IACHR_E_NONE);
	iachr_json_reader_free(r);
	fclose(fp);
}

Test(json_reader, bad_value_then_good_one)
{
	const char *text = "{\"a\":1}\n{\"a\": tru}\n{\"a\":3}\n";
	FILE *fp;
	iachr_json_reader *r = reader_of(text, &fp);
	iachr_error_t err;
	json_t *v;

	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	json_decref(v);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_FAILED);
	cr_expect_null(v);
	cr_expect_eq(err.code, IACHR_E_SYNTAX);
	cr_expect_str_eq(err.source, "in.json");
	cr_expect_eq(err.line, 2);
	cr_expect_eq(err.column, 9);
	cr_expect_eq(err.offset, 17);
	cr_expect_str_eq(err.text, "invalid token near 'tru'");
	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_eq(json_integer_value(json_object_get(v, "a")), 3);
	json_decref(v);
	iachr_json_reader_free(r);
	fclose(fp);
}

Test(json_reader, duplicate_keys_are_malformed)
{
	FILE *fp;
	iachr_json_reader *r = reader_of("{\"a\":1,\"a\":2}", &fp);
	iachr_error_t err;
	json_t *v;

	iachr_error_init(&err);
	cr_expect_eq(iachr_json_reader_next(r, &v, &err), IACHR_FAILED);
	cr_expect_eq(err.code, IACHR_E_SYNTAX);
	cr_expect_str_eq(err.text, "duplicate object key near '\"a\"'");
	iachr_json_reader_free(r);
	fclose(fp);
}

Test(json_reader, nul_escape_only_when_allowed)
{
	FILE *fp;
	iachr_json_reader *r = reader_of("\"a\\u0000b\" \"a\\u0000b\"", &fp);
	iachr_error_t err;
	json_t *v;

	iachr_error_init(&err);
	cr_expect_eq(iachr_json_reader_next(r, &v, &err), IACHR_FAILED);
	cr_expect_eq(err.code, IACHR_E_SYNTAX);
	iachr_json_reader_allow_nul(r, 1);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_eq(json_string_length(v), 3);
	cr_expect_eq(memcmp(json_string_value(v), "a\0b", 3), 0);
	json_decref(v);
	iachr_json_reader_free(r);
	fclose(fp);
}

Test(json_reader, unterminated_value_is_fatal)
{
	FILE *fp;
	iachr_json_reader *r = reader_of("{\"a\":1}\n\n  {\"a\": \"}", &fp);
	iachr_error_t err;
	json_t *v;

	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	json_decref(v);
	cr_expect_eq(iachr_json_reader_next(r, &v, &err), IACHR_FATAL);
	cr_expect_eq(err.code, IACHR_E_SYNTAX);
	cr_expect_eq(err.line, 3);
	cr_expect_eq(err.column, 3);
	cr_expect_str_eq(err.text, "value that begins here never ends");
	iachr_json_reader_free(r);
	fclose(fp);
}

Test(json_reader, size_bound)
{
	FILE *fp;
	iachr_json_reader *r = reader_of("[1,2,3,4,5,6,7,8,9,10]", &fp);
	iachr_error_t err;
	json_t *v;

	iachr_error_init(&err);
	iachr_json_reader_set_max(r, 8);
	cr_expect_eq(iachr_json_reader_next(r, &v, &err), IACHR_FATAL);
	cr_expect_eq(err.code, IACHR_E_LIMIT);
	cr_expect_str_eq(err.text, "value larger than 8 bytes");
	iachr_json_reader_free(r);
	fclose(fp);
}

/*
 * Values are read 64 KB at a time: a string of escapes and brackets,
 * shifted byte by byte, puts each of its characters at a chunk's end.
 */
Test(json_reader, values_across_read_chunks)
{
	static const char piece[] = "ab\\\"c\\\\]}{[\xC3\xA9 ";
	static const char decoded[] = "ab\"c\\]}{[\xC3\xA9 ";
	char *text, *want;
	size_t shift, n, k;
	iachr_json_reader *r;
	iachr_error_t err;
	json_t *v;
	FILE *fp;

	text = malloc(80000);
	want = malloc(80000);
	cr_assert(text != NULL && want != NULL);
	for (shift = 0; shift < 14; shift++) {
		n = (size_t)sprintf(text, "[\"%.*s", (int)shift,
		    "..............");
		snprintf(want, 80000, "%.*s", (int)shift, "..............");
		k = strlen(want);
		while (n < 70000) {
			memcpy(text + n, piece, sizeof(piece) - 1);
			n += sizeof(piece) - 1;
			memcpy(want + k, decoded, sizeof(decoded) - 1);
			k += sizeof(decoded) - 1;
		}
		want[k] = '\0';
		snprintf(text + n, 80000 - n, "\",1]\n  {\"k\":2}\n");
		r = reader_of(text, &fp);
		iachr_error_init(&err);
		cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK,
		    "shift %zu: %s", shift, err.text);
		cr_expect_str_eq(json_string_value(json_array_get(v, 0)),
		    want);
		cr_expect_eq(json_array_size(v), 2);
		json_decref(v);
		cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
		cr_expect_eq(json_integer_value(json_object_get(v, "k")), 2);
		cr_expect_eq(iachr_json_reader_line(r), 2);
		cr_expect_eq(iachr_json_reader_column(r), 3);
		json_decref(v);
		cr_expect_eq(iachr_json_reader_next(r, &v, &err), IACHR_EOF);
		iachr_json_reader_free(r);
		fclose(fp);
	}
	free(text);
	free(want);
}

Test(json_reader, nul_character_in_a_string_is_malformed)
{
	const char *text = "{\"a\":\"x\\\\u0000\"}\n{\"b\":\n  [\"\xC3\xA9\", "
	    "\"Pe\\u0000ru\"]}\n{\"k\\u0000\":1}\n";
	FILE *fp;
	iachr_json_reader *r = reader_of(text, &fp);
	iachr_error_t err;
	json_t *v;

	iachr_error_init(&err);
	/* An escaped backslash before "u0000" is no NUL. */
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_str_eq(json_string_value(json_object_get(v, "a")),
	    "x\\u0000");
	json_decref(v);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_FAILED);
	cr_expect_eq(err.code, IACHR_E_SYNTAX);
	cr_expect_eq(err.line, 3);
	cr_expect_eq(err.column, 12);
	cr_expect_eq(err.offset, 35);
	cr_expect_str_eq(err.text, "NUL character (U+0000) in a string");
	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_FAILED);
	cr_expect_eq(err.line, 4);
	cr_expect_eq(err.column, 4);
	cr_expect_str_eq(err.text, "NUL character (U+0000) in a string");
	iachr_json_reader_free(r);
	fclose(fp);
}

/* One error where a line of JSON Lines breaks; the next line is read. */
Test(json_reader, broken_line_does_not_swallow_the_rest)
{
	FILE *fp;
	iachr_json_reader *r = reader_of("{\"a\":1}\n{\"b\": [1}\n\n"
	    "{\"c\": \"open}\n{\"d\":4}\n", &fp);
	iachr_error_t err;
	json_t *v;

	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	json_decref(v);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_FAILED);
	cr_expect_eq(err.code, IACHR_E_SYNTAX);
	cr_expect_eq(err.line, 2);
	cr_expect_eq(err.column, 9);
	cr_expect_eq(err.offset, 17);
	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_FAILED);
	cr_expect_eq(err.line, 4);
	cr_expect_eq(err.column, 12);
	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_eq(json_integer_value(json_object_get(v, "d")), 4);
	cr_expect_eq(iachr_json_reader_line(r), 5);
	cr_expect_eq(iachr_json_reader_column(r), 1);
	json_decref(v);
	cr_expect_eq(iachr_json_reader_next(r, &v, &err), IACHR_EOF);
	iachr_json_reader_free(r);
	fclose(fp);
}

Test(json_reader, limit_reads_a_part_as_the_whole_input)
{
	const char *text = "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n";
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	iachr_json_reader *r;
	iachr_error_t err;
	json_t *v;

	cr_assert_not_null(fp);
	cr_assert_eq(fseek(fp, 8, SEEK_SET), 0);
	r = iachr_json_reader_new(fp, "in.json");
	iachr_json_reader_set_limit(r, 8);
	iachr_error_init(&err);
	cr_assert_eq(iachr_json_reader_next(r, &v, &err), IACHR_OK);
	cr_expect_eq(json_integer_value(json_object_get(v, "b")), 2);
	cr_expect_eq(iachr_json_reader_line(r), 1);
	json_decref(v);
	cr_expect_eq(iachr_json_reader_next(r, &v, &err), IACHR_EOF);
	cr_expect_eq(iachr_json_reader_line(r), 2);
	iachr_json_reader_free(r);
	fclose(fp);
}
