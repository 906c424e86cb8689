#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_record.h"

Test(record, schema_is_embedded)
{
	const json_t *schema = iachr_record_schema();

	cr_assert_not_null(schema);
	cr_expect_str_eq(json_string_value(json_object_get(schema,
	    "$schema")), "https://json-schema.org/draft/2020-12/schema");
	cr_expect_null(iachr_schema_text("no-such-file", NULL));
	iachr_cleanup();
}

Test(record, canonical_order_follows_schema)
{
	json_t *in = json_loads("{\"text\":[],\"x-extra\":1,"
	    "\"resolution\":{\"year\":2021,\"number\":55},"
	    "\"press_release\":{\"time\":\"17:15\",\"number\":193},"
	    "\"schema\":\"iachr-resolution/1\","
	    "\"requests\":[{\"text\":\"t\",\"label\":\"a\"}]}", 0, NULL);
	json_t *out;
	char *s;

	cr_assert_not_null(in);
	out = iachr_record_canonical(in);
	cr_assert_not_null(out);
	s = json_dumps(out, JSON_COMPACT);
	cr_expect_str_eq(s, "{\"schema\":\"iachr-resolution/1\","
	    "\"resolution\":{\"number\":55,\"year\":2021},"
	    "\"requests\":[{\"label\":\"a\",\"text\":\"t\"}],"
	    "\"press_release\":{\"number\":193,\"time\":\"17:15\"},"
	    "\"text\":[],\"x-extra\":1}");
	cr_expect(iachr_is_record(out));
	cr_expect(!iachr_is_record(json_object_get(out, "resolution")));
	free(s);
	json_decref(in);
	json_decref(out);
	iachr_cleanup();
}

Test(record, dump_is_one_line_utf8)
{
	json_t *v = json_pack("{s:s}", "name", "Jos\xC3\xA9 / \"P\"");
	char buf[128] = { 0 };
	FILE *fp = fmemopen(buf, sizeof(buf) - 1, "w");

	cr_assert_eq(iachr_record_dump(v, fp, 0), 0);
	fclose(fp);
	cr_expect_str_eq(buf, "{\"name\":\"Jos\xC3\xA9 / \\\"P\\\"\"}\n");
	json_decref(v);
}

Test(record, canonical_of_ordered_record_is_itself)
{
	/* In order at the top, out of order one level down, then in order. */
	static const char *const texts[] = {
		"{\"schema\":\"iachr-resolution/1\","
		"\"resolution\":{\"year\":2021,\"number\":55},\"text\":[]}",
		"{\"schema\":\"iachr-resolution/1\","
		"\"requests\":[{\"label\":\"a\",\"text\":\"t\"},"
		"{\"text\":\"u\",\"label\":\"b\"}]}",
		"{\"schema\":\"iachr-resolution/1\",\"x-extra\":1,"
		"\"text\":[]}",
	};
	static const char ordered[] = "{\"schema\":\"iachr-resolution/1\","
	    "\"resolution\":{\"number\":55,\"year\":2021},"
	    "\"requests\":[{\"label\":\"a\",\"text\":\"t\"}],"
	    "\"text\":[],\"x-extra\":1}";
	json_t *in, *out;
	char *s;
	size_t i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		in = json_loads(texts[i], 0, NULL);
		cr_assert_not_null(in);
		out = iachr_record_canonical(in);
		cr_assert_not_null(out);
		cr_expect(out != in, "case %zu left as it was", i);
		cr_expect(json_equal(out, in));
		json_decref(out);
		json_decref(in);
	}
	in = json_loads(ordered, 0, NULL);
	cr_assert_not_null(in);
	out = iachr_record_canonical(in);
	cr_expect(out == in);
	s = json_dumps(out, JSON_COMPACT);
	cr_expect_str_eq(s, ordered);
	free(s);
	json_decref(out);
	json_decref(in);
	iachr_cleanup();
}

Test(record, dump_longer_than_its_buffer)
{
	json_t *v = json_array();
	char *text = NULL, *want, *big;
	size_t i, len = 0;
	FILE *fp = open_memstream(&text, &len);

	cr_assert(v != NULL && fp != NULL);
	for (i = 0; i < 3000; i++)
		json_array_append_new(v, json_string(i % 7 == 0 ?
		    "a long string of some forty bytes or so, twice over" :
		    "x"));
	/* One piece longer than the buffer: written past it. */
	big = malloc(20001);
	cr_assert_not_null(big);
	memset(big, 'y', 20000);
	big[20000] = '\0';
	json_array_append_new(v, json_string(big));
	free(big);
	cr_assert_eq(iachr_record_dump(v, fp, 0), 0);
	fclose(fp);
	want = json_dumps(v, JSON_COMPACT);
	cr_expect_eq(len, strlen(want) + 1);
	cr_expect(strncmp(text, want, strlen(want)) == 0 &&
	    text[len - 1] == '\n');
	free(want);
	free(text);
	json_decref(v);
}

/* The text jansson's json_dumps() gives, and a newline. */
static void
expect_dump_as_jansson(json_t *v, int pretty)
{
	char *text = NULL, *want;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	cr_assert(v != NULL && fp != NULL);
	cr_assert_eq(iachr_record_dump(v, fp, pretty), 0);
	fclose(fp);
	want = json_dumps(v, JSON_ENCODE_ANY |
	    (pretty ? JSON_INDENT(2) : JSON_COMPACT));
	cr_assert_not_null(want);
	cr_expect(len == strlen(want) + 1 && memcmp(text, want, len - 1) == 0 &&
	    text[len - 1] == '\n', "dumped %s, jansson %s", text, want);
	free(want);
	free(text);
}

Test(record, dump_matches_jansson)
{
	static const char *const texts[] = {
		"{\"schema\":\"iachr-resolution/1\",\"a\\\"\\\\\\n\":[1,-2,"
		"9223372036854775807,-9223372036854775808,0.1,-0.0,1e300,"
		"1.5e-7,100.0,true,false,null,{},[],\"\"],"
		"\"s\":\"/ \\u007f \\u00e9 \\u2028 \\ud83d\\ude00 \\b\\f\\r\\t"
		"\\u0001\\u001f\\u0000 end\",\"o\":{\"k\":{\"k\":[[]]}}}",
		"\"scalar \\u001b\"", "42", "2.5", "null", "[]",
	};
	json_t *v;
	char all[32];
	size_t i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		v = json_loads(texts[i], JSON_DECODE_ANY |
		    JSON_ALLOW_NUL, NULL);
		expect_dump_as_jansson(v, 0);
		expect_dump_as_jansson(v, 1);
		json_decref(v);
	}
	/* Every control character, in a key and in a value. */
	for (i = 0; i < sizeof(all); i++)
		all[i] = (char)i;
	v = json_object();
	cr_assert_not_null(v);
	json_object_setn_new_nocheck(v, all, sizeof(all),
	    json_stringn(all, sizeof(all)));
	expect_dump_as_jansson(v, 0);
	json_decref(v);
}
