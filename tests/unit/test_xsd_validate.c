#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_schema.h"
#include "iachr_xml.h"

struct seen {
	int n, code;
	long line, record;
	char id[64];
	char message[512];
};

static void
remember(void *arg, int code, long line, long column, long record,
    const char *id, const char *message)
{
	struct seen *s = arg;

	(void)column;
	if (s->n++ == 0) {
		s->code = code;
		s->line = line;
		s->record = record;
		snprintf(s->id, sizeof(s->id), "%s", id != NULL ? id : "");
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

static const char record_text[] = "{\"schema\":\"iachr-resolution/1\","
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
    "\",\"bytes\":10,\"encoding\":\"UTF-8\"}}";

/* The Akoma Ntoso json2xml writes for n copies of the record. */
static char *
written(int n, size_t *len)
{
	json_t *rec = json_loads(record_text, 0, NULL);
	iachr_xml_writer *w;
	iachr_error_t err;
	char *buf = NULL;
	FILE *fp;
	int i;

	cr_assert_not_null(rec);
	cr_assert_not_null(fp = open_memstream(&buf, len));
	iachr_error_init(&err);
	w = iachr_xml_writer_new(fp);
	for (i = 0; i < n; i++)
		cr_assert_eq(iachr_xml_writer_write(w, rec, &err), IACHR_OK,
		    "%s", err.text);
	cr_assert_eq(iachr_xml_writer_close(w, &err), IACHR_OK);
	iachr_xml_writer_free(w);
	fclose(fp);
	json_decref(rec);
	return buf;
}

static long
lines_before(const char *text, const char *at)
{
	long n = 1;

	for (; text < at; text++)
		n += *text == '\n';
	return n;
}

Test(xsd_validate, what_json2xml_writes_is_valid)
{
	json_t *rec = json_loads(record_text, 0, NULL);
	iachr_xml_writer *w;
	iachr_error_t err;
	struct seen s = { 0, 0, 0, 0, "", "" };
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
	    remember, &s, NULL, &err), 0, "%s", s.message);
	cr_expect_eq(s.n, 0);
	fclose(fp);
	json_decref(rec);
}

Test(xsd_validate, not_well_formed_is_a_syntax_error)
{
	FILE *fp = text_file("<a>\n<b></a>\n");
	struct seen s = { 0, 0, 0, 0, "", "" };
	iachr_error_t err;

	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "x.xml", "resolution.xsd",
	    remember, &s, NULL, &err), -1);
	cr_expect_gt(s.n, 0);
	fclose(fp);
}

Test(xsd_validate, other_root_is_invalid)
{
	FILE *fp = text_file("<?xml version=\"1.0\"?>\n<x/>\n");
	struct seen s = { 0, 0, 0, 0, "", "" };
	iachr_error_t err;

	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "x.xml", "resolution.xsd",
	    remember, &s, NULL, &err), -1);
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
	    NULL, NULL, &err), -2);
	cr_expect_eq(err.code, IACHR_E_USAGE);
	cr_expect_str_eq(err.text, "nothing.xsd: no such bundled schema");
	fclose(fp);
}

/*
 * Each statement of a collection is validated on its own: an error in
 * the third names it and its id, at its line in the file, even past the
 * 65535 lines libxml2 keeps in a node.
 */
Test(xsd_validate, collection_error_names_statement_and_line)
{
	struct seen s = { 0, 0, 0, 0, "", "" };
	size_t len, pad = 70000;
	char *xml = written(4, &len), *third, *bad, *text;
	iachr_error_t err;
	long statements;
	FILE *fp;

	third = strstr(xml, "<component eId=\"cmp_3\"");
	cr_assert_not_null(third);
	cr_assert_not_null(bad = strstr(third, "name=\"resolution\""));
	memcpy(bad, "name=\"decision\"  ", 17);
	cr_assert_not_null(text = malloc(len + pad + 1));
	memcpy(text, xml, (size_t)(third - xml));
	memset(text + (third - xml), '\n', pad);
	strcpy(text + (third - xml) + pad, third);
	fp = text_file(text);
	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "c.xml", "resolution.xsd",
	    remember, &s, &statements, &err), -1);
	cr_expect_eq(s.n, 1, "%s", s.message);
	cr_expect_eq(s.code, IACHR_E_INVALID);
	cr_expect_eq(s.line, lines_before(xml, bad) + (long)pad);
	cr_expect_eq(s.record, 3);
	cr_expect_str_eq(s.id, "iachr-res-2021-55");
	cr_expect_eq(statements, 4);
	fclose(fp);
	free(text);
	free(xml);
}

Test(xsd_validate, components_are_numbered_in_order)
{
	struct seen s = { 0, 0, 0, 0, "", "" };
	size_t len;
	char *xml = written(3, &len), *second;
	iachr_error_t err;
	FILE *fp;

	cr_assert_not_null(second = strstr(xml, "eId=\"cmp_2\""));
	second[9] = '5';
	fp = text_file(xml);
	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "c.xml", "resolution.xsd",
	    remember, &s, NULL, &err), -1);
	cr_expect_eq(s.record, 2);
	cr_expect_eq(s.line, lines_before(xml, second));
	cr_expect_not_null(strstr(s.message, "'cmp_5' is not 'cmp_2'"));
	fclose(fp);
	free(xml);
}

Test(xsd_validate, document_type_is_refused)
{
	FILE *fp = text_file("<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a>&x;</a>\n");
	struct seen s = { 0, 0, 0, 0, "", "" };
	iachr_error_t err;

	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "x.xml", "resolution.xsd",
	    remember, &s, NULL, &err), -1);
	cr_expect_eq(s.n, 1);
	cr_expect_eq(s.code, IACHR_E_SYNTAX);
	cr_expect_eq(s.line, 2);
	cr_expect_str_eq(s.message,
	    "a document type declaration is not allowed");
	fclose(fp);
}

Test(xsd_validate, deep_nesting_is_refused)
{
	char text[2048] = "";
	struct seen s = { 0, 0, 0, 0, "", "" };
	iachr_error_t err;
	FILE *fp;
	int i;

	for (i = 0; i < 100; i++)
		strcat(text, "<a>");
	for (i = 0; i < 100; i++)
		strcat(text, "</a>");
	fp = text_file(text);
	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "x.xml", "resolution.xsd",
	    remember, &s, NULL, &err), -1);
	cr_expect_eq(s.n, 1);
	cr_expect_str_eq(s.message, "elements nested deeper than 64");
	fclose(fp);
}

/*
 * Between components nothing is kept: what the schema forbids there is
 * still reported, and an element that is not a component is no record.
 */
Test(xsd_validate, between_components)
{
	struct seen s = { 0, 0, 0, 0, "", "" };
	size_t len;
	char *xml = written(3, &len), *second, *text;
	const char *extra = "text<foo/>";
	iachr_error_t err;
	long statements;
	FILE *fp;

	cr_assert_not_null(second = strstr(xml, "<component eId=\"cmp_2\""));
	cr_assert_not_null(text = malloc(len + strlen(extra) + 1));
	memcpy(text, xml, (size_t)(second - xml));
	strcpy(text + (second - xml), extra);
	strcat(text, second);
	fp = text_file(text);
	iachr_error_init(&err);
	cr_expect_eq(iachr_xsd_validate(fp, "c.xml", "resolution.xsd",
	    remember, &s, &statements, &err), -1);
	cr_expect_eq(s.n, 2);
	cr_expect_eq(s.record, 0);
	cr_expect_eq(s.line, lines_before(xml, second));
	cr_expect_not_null(strstr(s.message, "Character content other than "
	    "whitespace is not allowed"), "%s", s.message);
	cr_expect_eq(statements, 3);
	fclose(fp);
	free(text);
	free(xml);
}
