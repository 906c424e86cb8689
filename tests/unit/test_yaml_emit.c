/*
 * The YAML writer: which strings are quoted, when a literal block is
 * used, how floats are written, the whole text of a document, and write
 * errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_yaml.h"
#include "yaml_private.h"

#define PLAIN_SAFE(s) iachrp_yaml_plain_safe(s, strlen(s))
#define LITERAL_SAFE(s) iachrp_yaml_literal_safe(s, strlen(s))

Test(yaml_emit, plain_only_when_both_versions_read_a_string)
{
	static const char *const quoted[] = { "", "yes", "Yes", "NO", "y",
	    "N", "on", "Off", "true", "False", "null", "NULL", "~", "1e3",
	    "0o17", "0x1F", "2021-07-25", "12:30", "190:20:30", "-1", "+1",
	    ".inf", ".NaN", "<<", "=", "1_000", "0b101", " lead", "a\tb",
	    "a\nb", "caf\xc3\xa9\xe2\x80\xa8", "\xef\xbb\xbf" "bom", NULL };
	static const char *const plain[] = { "abc", "yess", "nO x",
	    "iachr-resolution/1", "Null value", "\xc3\x87" "a va", "x1e3",
	    NULL };
	size_t i;

	for (i = 0; quoted[i] != NULL; i++)
		cr_expect(!PLAIN_SAFE(quoted[i]), "\"%s\" left plain",
		    quoted[i]);
	for (i = 0; plain[i] != NULL; i++)
		cr_expect(PLAIN_SAFE(plain[i]), "\"%s\" quoted", plain[i]);
}

Test(yaml_emit, literal_only_where_it_reads_back_exactly)
{
	cr_expect(LITERAL_SAFE("line 1\nline 2"));
	cr_expect(LITERAL_SAFE("line 1\n  indented\n\nlast\n"));
	cr_expect(!LITERAL_SAFE("no break"));
	cr_expect(!LITERAL_SAFE(" leading space\nx"));
	cr_expect(!LITERAL_SAFE("\nleading break"));
	cr_expect(!LITERAL_SAFE("two final breaks\n\n"));
	cr_expect(!LITERAL_SAFE("trailing space \nx"));
	cr_expect(!LITERAL_SAFE("x\ntrailing space "));
	cr_expect(!LITERAL_SAFE("tab\there\nx"));
	cr_expect(!LITERAL_SAFE("cr\r\nx"));
	cr_expect(!LITERAL_SAFE("nel\xc2\x85x\ny"));
}

Test(yaml_emit, floats_read_as_floats_by_both_versions)
{
	static const struct {
		double d;
		const char *want;
	} cases[] = {
		{ 0.1, "0.1" }, { 100.0, "100.0" }, { -2.5, "-2.5" },
		{ 1e20, "1.0e+20" }, { 1.5e-7, "1.5e-07" }, { 0.0, "0.0" },
		{ -0.0, "-0.0" }, { 123456.75, "123456.75" },
		{ 0.00012, "0.00012" }, { 1e16, "10000000000000000.0" },
		{ 0.1 + 0.2, "0.30000000000000004" },
		{ 1.7976931348623157e308, "1.7976931348623157e+308" },
	};
	char buf[32];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		iachrp_yaml_format_real(cases[i].d, buf, sizeof(buf));
		cr_expect_str_eq(buf, cases[i].want);
	}
}

static char *
write_text(const char *json)
{
	json_t *v = json_loads(json, JSON_DECODE_ANY, NULL);
	iachr_error_t err;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	cr_assert_not_null(v);
	cr_assert_not_null(fp);
	iachr_error_init(&err);
	cr_expect_eq(iachr_yaml_write(v, fp, &err), 0);
	cr_expect_eq(err.code, IACHR_E_NONE);
	fclose(fp);
	json_decref(v);
	return text;
}

Test(yaml_emit, whole_document)
{
	char *text = write_text("{\"schema\":\"iachr-resolution/1\","
	    "\"no\":\"no\",\"t\":\"12:30\",\"n\":null,\"b\":true,\"i\":-3,"
	    "\"f\":2.5,\"e\":[],\"o\":{},\"s\":\"Stra\\u00dfe\","
	    "\"l\":\"one\\ntwo\\n\",\"q\":\"a: b\",\"c\":\"bel\\u0007\","
	    "\"a\":[1,{\"k\":\"\"}]}");

	cr_expect_str_eq(text, "---\n"
	    "schema: iachr-resolution/1\n"
	    "\"no\": \"no\"\n"
	    "t: \"12:30\"\n"
	    "\"n\": null\n"
	    "b: true\n"
	    "i: -3\n"
	    "f: 2.5\n"
	    "e: []\n"
	    "o: {}\n"
	    "s: Stra\xc3\x9f" "e\n"
	    "l: |\n"
	    "  one\n"
	    "  two\n"
	    "q: 'a: b'\n"
	    "c: \"bel\\a\"\n"
	    "a:\n"
	    "- 1\n"
	    "- k: \"\"\n");
	free(text);
	text = write_text("\"scalar\"");
	cr_expect_str_eq(text, "--- scalar\n");
	free(text);
}

Test(yaml_emit, tricky_strings_read_back)
{
	static const char *const strings[] = { "no", "~", "- x", "? x",
	    "#x", "x #y", "a: b", "[a]", "{a}", "&a", "*a", "!t", "|",
	    ">", "'", "\"", "%x", "@x", "`x", "---", "...", " x", "x ",
	    "x\n", "x\n\n", "\n", "a\nb", " a\n b", "tab\t", "\x01",
	    "\xc2\x85", "\xe2\x80\xa8", "\xf0\x9d\x94\x98", "0x1F",
	    "1.0", "-.inf", "2001-12-14t21:59:43.10-05:00", "1:20",
	    "Y", "<<", "=", "", NULL };
	iachr_yaml_reader *r;
	iachr_error_t err;
	char *text = NULL;
	size_t i, len = 0;
	json_t *got;
	FILE *fp;

	for (i = 0; strings[i] != NULL; i++) {
		json_t *v = json_string(strings[i]);

		fp = open_memstream(&text, &len);
		iachr_error_init(&err);
		cr_assert_eq(iachr_yaml_write(v, fp, &err), 0);
		fclose(fp);
		fp = fmemopen(text, len, "r");
		r = iachr_yaml_reader_new(fp, "rt");
		cr_expect_eq(iachr_yaml_reader_next(r, &got, &err), IACHR_OK,
		    "%s", text);
		cr_expect(json_equal(got, v), "\"%s\" came back as %s",
		    strings[i], text);
		json_decref(got);
		json_decref(v);
		iachr_yaml_reader_free(r);
		fclose(fp);
		free(text);
		text = NULL;
	}
}

Test(yaml_emit, write_error_is_reported)
{
	FILE *fp = fopen("/dev/full", "w");
	json_t *v = json_pack("{s:s}", "a", "b");
	iachr_error_t err;

	cr_assert_not_null(fp);
	setvbuf(fp, NULL, _IONBF, 0);
	iachr_error_init(&err);
	cr_expect_eq(iachr_yaml_write(v, fp, &err), -1);
	cr_expect_eq(err.code, IACHR_E_IO);
	cr_expect_str_eq(err.text, "write error");
	fclose(fp);
	json_decref(v);
}
