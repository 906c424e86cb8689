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

/* The compact dump is byte for byte jansson's, whatever the strings hold. */
static void
expect_same_dump(json_t *v)
{
	char *want = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY), *got;
	size_t len;
	FILE *fp = open_memstream(&got, &len);

	cr_assert_not_null(want);
	cr_assert_not_null(fp);
	cr_assert_eq(iachr_record_dump(v, fp, 0), 0);
	fclose(fp);
	cr_assert_eq(len, strlen(want) + 1);
	cr_assert_eq(memcmp(got, want, len - 1), 0, "%s\n%s", got, want);
	cr_assert_eq(got[len - 1], '\n');
	free(got);
	free(want);
	json_decref(v);
}

Test(record, compact_dump_is_janssons)
{
	char bytes[160];
	size_t i;

	for (i = 0; i < 127; i++)
		bytes[i] = (char)(i + 1);
	memcpy(bytes + 127, "\xc3\xa9\xe2\x80\xa8\xf0\x9f\x98\x80", 9);
	expect_same_dump(json_stringn(bytes, 136));
	expect_same_dump(json_stringn("a\0b", 3));
	expect_same_dump(json_pack("{s:[i,I,I,f,b,b,n], s:{}, s:[], "
	    "s:{s:s}}", "n\"\\", 0, (json_int_t)-9223372036854775807LL - 1,
	    (json_int_t)9223372036854775807LL, 0.1, 1, 0, "empty", "none",
	    "o", "k\n\t", "v\x7f/"));
	expect_same_dump(json_loads("[[[{\"a\":[1,{\"b\":\"\\u0000\"}]}]]]",
	    JSON_ALLOW_NUL, NULL));
}
