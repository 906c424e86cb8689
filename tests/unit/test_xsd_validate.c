#include <stdio.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_schema.h"
#include "iachr_xml.h"

struct seen {
	int n, code;
	long line;
	char message[512];
};

static void
remember(void *arg, int code, long line, long column, const char *message)
{
	struct seen *s = arg;

	(void)column;
	if (s->n++ == 0) {
		s->code = code;
		s->line = line;
		snprintf(s->message, sizeof(s->message), "%s", message);
	}
}

static FILE *
text_file(const char *text)
{
	FILE *fp = tmpfile();

	cr_assert_not_null(fp);
	fputs(text, fp);
	rewind(fp);
	return fp;
}

Test(xsd_validate, what_json2xml_writes_is_valid)
{
	json_t *rec = json_loads("{\"schema\":\"iachr-resolution/1\","
	    "\"id\":\"iachr-res-2021-55\",\"language\":\"en\","
	    "\"instrument\":\"precautionary_measures\","
	    "\"decisions\":[\"grant\"],"
	    "\"resolution\":{\"number\":55,\"year\":2021},"
	    "\"measure\":null,\"date\":\"2021-07-30\","
	    "\"state\":{\"name\":\"Nicaragua\",\"code\":\"NI\"},"
	    "\"beneficiaries\":[{\"name\":\"A B\",\"kind\":\"person\"}],"
	    "\"collective\":false,\"rights\":[\"life\"],\"requests\":[],"
	    "\"legal_basis\":[],\"press_release\":{\"number\":193,"
	    "\"year\":2021,\"place\":null,\"date\":null,\"time\":null,"
	    "\"title\":null},\"text\":[\"p\"],\"source\":{\"sha256\":\""
	    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	    "\",\"bytes\":10,\"encoding\":\"UTF-8\"}}", 0, NULL);
	iachr_xml_writer *w;
	iachr_error_t err;
	struct seen s = { 0, 0, 0, "" };
	FILE *fp = tmpfile();

	cr_assert_not_null(rec);
	cr_assert_not_null(fp);
	iachr_error_init(&err);
	w = iachr_xml_writer_new(fp);
	cr_assert_eq(iachr_xml_writer_write(w, rec, &err), IACHR_OK, "%s",
	    err.text);
	cr_assert_eq(iachr_xml_writer_close(w, &err), IACHR_OK);
	iachr_xml_writer_free(w);
	rewind(fp);
	cr_expect_eq(iachr_xsd_validate(fp, "r.xml", "resolution.xsd",
	    remember, &s, &err), 0, "%s", s.message);
	cr_expect_eq(s.n, 0);
	fclose(fp);
	json_decref(rec);
}

Test(xsd_validate, not_well_formed_is_a_syntax_error)
{
	FILE *fp = text_file("<a>\n<b></a>\n");
	struct seen s = { 0, 0, 0, "" };
	iachr_error_t err;

	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "x.xml", "resolution.xsd",
	    remember, &s, &err), -1);
	cr_expect_gt(s.n, 0);
	fclose(fp);
}

Test(xsd_validate, other_root_is_invalid)
{
	FILE *fp = text_file("<?xml version=\"1.0\"?>\n<x/>\n");
	struct seen s = { 0, 0, 0, "" };
	iachr_error_t err;

	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "x.xml", "resolution.xsd",
	    remember, &s, &err), -1);
	cr_expect_eq(s.code, IACHR_E_INVALID);
	cr_expect_eq(s.line, 2);
	cr_expect_str_eq(s.message, "Element 'x': No matching global "
	    "declaration available for the validation root.");
	fclose(fp);
}

Test(xsd_validate, unknown_schema_is_reported)
{
	FILE *fp = text_file("<x/>\n");
	iachr_error_t err;

	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "x.xml", "nothing.xsd", remember,
	    NULL, &err), -2);
	cr_expect_eq(err.code, IACHR_E_USAGE);
	cr_expect_str_eq(err.text, "nothing.xsd: no such bundled schema");
	fclose(fp);
}
