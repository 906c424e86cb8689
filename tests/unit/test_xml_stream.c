/*
 * The Akoma Ntoso writer and reader: escaping, the stream forms, refusals
 * and hostile input, with the errors pinned.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_xml.h"

static const char *const seed = "{\"schema\":\"iachr-resolution/1\","
    "\"id\":\"iachr-res-2021-55\",\"language\":\"en\",\"instrument\":"
    "\"precautionary_measures\",\"decisions\":[\"grant\"],\"resolution\":"
    "{\"number\":55,\"year\":2021},\"measure\":null,\"date\":\"2021-07-25\","
    "\"state\":{\"name\":\"Peru\",\"code\":\"PE\"},\"beneficiaries\":[],"
    "\"collective\":false,\"rights\":[],\"requests\":[{\"label\":null,"
    "\"text\":\"x\"}],\"legal_basis\":[],\"press_release\":{\"number\":null,"
    "\"year\":null,\"place\":\"\",\"date\":null,\"time\":null,\"title\":null},"
    "\"text\":[\" <&>\\r\\n\\t]]> \",\"\"],\"source\":{\"sha256\":\"00\","
    "\"bytes\":0,\"encoding\":\"UTF-8\"}}";

/* Writes recs through a writer into a malloc'd string. */
static char *
write_all(json_t **recs, size_t n, int *status)
{
	char *buf = NULL;
	size_t len = 0, i;
	FILE *fp = open_memstream(&buf, &len);
	iachr_xml_writer *w = iachr_xml_writer_new(fp);
	iachr_error_t err;

	cr_assert_not_null(w);
	iachr_error_init(&err);
	*status = IACHR_OK;
	for (i = 0; i < n && *status == IACHR_OK; i++)
		*status = iachr_xml_writer_write(w, recs[i], &err);
	if (*status == IACHR_OK)
		*status = iachr_xml_writer_close(w, &err);
	iachr_xml_writer_free(w);
	fclose(fp);
	return buf;
}

static json_t *
seed_record(void)
{
	json_t *rec = json_loads(seed, 0, NULL);

	cr_assert_not_null(rec);
	return rec;
}

static iachr_xml_reader *
reader_of(const char *text, FILE **fp)
{
	*fp = fmemopen((void *)text, strlen(text), "r");
	cr_assert_not_null(*fp);
	return iachr_xml_reader_new(*fp, "in.xml");
}

Test(xml_stream, strings_survive_byte_for_byte)
{
	json_t *rec = seed_record(), *back;
	char *xml, *a, *b;
	int status;
	FILE *fp;
	iachr_xml_reader *r;
	iachr_error_t err;

	xml = write_all(&rec, 1, &status);
	cr_assert_eq(status, IACHR_OK);
	cr_expect_not_null(strstr(xml,
	    "<p> &lt;&amp;&gt;&#13;\n\t]]&gt; </p>"));
	cr_expect_not_null(strstr(xml, "<statement name=\"resolution\">"));
	cr_expect_null(strstr(xml, "documentCollection"));
	cr_expect_not_null(strstr(xml,
	    "<iachr:measure xsi:nil=\"true\"/>"));
	r = reader_of(xml, &fp);
	iachr_error_init(&err);
	cr_assert_eq(iachr_xml_reader_next(r, &back, &err), IACHR_OK);
	a = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER);
	b = json_dumps(back, JSON_COMPACT | JSON_PRESERVE_ORDER);
	cr_expect_str_eq(a, b);
	json_decref(back);
	cr_expect_eq(iachr_xml_reader_next(r, &back, &err), IACHR_EOF);
	cr_expect_eq(err.code, IACHR_E_NONE);
	free(a);
	free(b);
	iachr_xml_reader_free(r);
	fclose(fp);
	free(xml);
	json_decref(rec);
}

Test(xml_stream, two_records_make_a_collection_none_make_nothing)
{
	json_t *recs[2] = { seed_record(), seed_record() };
	char *xml;
	int status;

	xml = write_all(recs, 2, &status);
	cr_assert_eq(status, IACHR_OK);
	cr_expect_not_null(strstr(xml,
	    "<documentCollection name=\"dataset\">"));
	cr_expect_not_null(strstr(xml, "<component eId=\"cmp_2\">"));
	cr_expect_not_null(strstr(xml, "eId=\"cmp_2__text\""));
	free(xml);
	xml = write_all(recs, 0, &status);
	cr_expect_eq(status, IACHR_OK);
	cr_expect(xml == NULL || *xml == '\0');
	free(xml);
	json_decref(recs[0]);
	json_decref(recs[1]);
}

Test(xml_stream, characters_xml_cannot_carry_are_refused)
{
	json_t *rec = seed_record();
	iachr_xml_writer *w = iachr_xml_writer_new(stdout);
	iachr_error_t err;

	json_array_set_new(json_object_get(rec, "text"), 1,
	    json_string("bell \x07"));
	iachr_error_init(&err);
	cr_assert_eq(iachr_xml_writer_write(w, rec, &err), IACHR_FAILED);
	cr_expect_eq(err.code, IACHR_E_ENCODING);
	cr_expect_str_eq(err.pointer, "/text/1");
	cr_expect_str_eq(err.text, "U+0007 cannot be written in XML 1.0");
	json_object_set_new(rec, "text", json_pack("[s]", "\xEF\xBF\xBE"));
	iachr_error_init(&err);
	cr_assert_eq(iachr_xml_writer_write(w, rec, &err), IACHR_FAILED);
	cr_expect_str_eq(err.text, "U+FFFE cannot be written in XML 1.0");
	json_object_set_new(rec, "collective", json_string("no"));
	iachr_error_init(&err);
	cr_assert_eq(iachr_xml_writer_write(w, rec, &err), IACHR_FAILED);
	cr_expect_eq(err.code, IACHR_E_INVALID);
	cr_expect_str_eq(err.pointer, "/collective");
	cr_expect_str_eq(err.text, "expected a boolean");
	iachr_xml_writer_free(w);
	json_decref(rec);
}

Test(xml_stream, write_errors_are_fatal)
{
	FILE *fp = fopen("/dev/full", "w");
	json_t *rec = seed_record();
	iachr_xml_writer *w;
	iachr_error_t err;

	cr_assert_not_null(fp);
	w = iachr_xml_writer_new(fp);
	iachr_error_init(&err);
	cr_assert_eq(iachr_xml_writer_write(w, rec, &err), IACHR_OK);
	cr_expect_eq(iachr_xml_writer_close(w, &err), IACHR_FATAL);
	cr_expect_eq(err.code, IACHR_E_IO);
	cr_expect_str_eq(err.text, "write error: No space left on device");
	iachr_xml_writer_free(w);
	fclose(fp);
	json_decref(rec);
}

/* Reads text and expects one fatal error. */
static void
expect_fatal(const char *text, int code, int line, const char *message)
{
	FILE *fp;
	iachr_xml_reader *r = reader_of(text, &fp);
	iachr_error_t err;
	json_t *rec;

	cr_assert_not_null(r);
	iachr_error_init(&err);
	cr_expect_eq(iachr_xml_reader_next(r, &rec, &err), IACHR_FATAL);
	cr_expect_null(rec);
	cr_expect_eq(err.code, code, "code %d for %s", err.code, message);
	cr_expect_str_eq(err.source, "in.xml");
	cr_expect_eq(err.line, line, "line %d for %s", err.line, message);
	cr_expect_str_eq(err.text, message);
	cr_expect_eq(iachr_xml_reader_next(r, &rec, &err), IACHR_FATAL);
	iachr_xml_reader_free(r);
	fclose(fp);
}

Test(xml_stream, hostile_input)
{
	char *deep, *at;
	size_t i;

	expect_fatal("<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE r [\n"
	    "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n",
	    IACHR_E_INVALID, 3,
	    "document type declarations are refused (no DTD, no entities)");
	expect_fatal("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><r>&b;</r>",
	    IACHR_E_INVALID, 1,
	    "document type declarations are refused (no DTD, no entities)");
	expect_fatal("<akomaNtoso xmlns=\"" IACHR_AKN_NS "\">\n<p>\xC3\x28"
	    "</p></akomaNtoso>", IACHR_E_ENCODING, 2,
	    "Input is not proper UTF-8, indicate encoding !");
	expect_fatal("<r/>", IACHR_E_INVALID, 1,
	    "not Akoma Ntoso: the root element is r");
	expect_fatal("<akomaNtoso xmlns=\"" IACHR_AKN_NS "\">&e;</akomaNtoso>",
	    IACHR_E_SYNTAX, 1, "Entity 'e' not defined");

	deep = malloc(100000 * 3 + 100);
	strcpy(deep, "<akomaNtoso xmlns=\"" IACHR_AKN_NS "\"><statement "
	    "name=\"resolution\">");
	for (i = 0, at = deep + strlen(deep); i < 100000; i++, at += 3)
		memcpy(at, "<a>", 4);
	expect_fatal(deep, IACHR_E_LIMIT, 1, "Excessive depth in document: "
	    "256 use XML_PARSE_HUGE option");
	free(deep);
}

Test(xml_stream, utf16_is_refused)
{
	static const char text[] = "\xFF\xFE<\0r\0/\0>\0";
	FILE *fp = fmemopen((void *)text, sizeof(text) - 1, "r");
	iachr_xml_reader *r = iachr_xml_reader_new(fp, "in.xml");
	iachr_error_t err;
	json_t *rec;

	cr_assert_not_null(r);
	iachr_error_init(&err);
	cr_expect_eq(iachr_xml_reader_next(r, &rec, &err), IACHR_FATAL);
	cr_expect_eq(err.code, IACHR_E_ENCODING);
	cr_expect_eq(err.line, 1);
	cr_expect_str_eq(err.text,
	    "only UTF-8 and ASCII-compatible encodings are read");
	iachr_xml_reader_free(r);
	fclose(fp);
}

Test(xml_stream, a_bad_statement_spoils_only_itself)
{
	json_t *recs[3] = { seed_record(), seed_record(), seed_record() };
	char *xml, *at;
	int status;
	FILE *fp;
	iachr_xml_reader *r;
	iachr_error_t err;
	json_t *rec;

	xml = write_all(recs, 3, &status);
	cr_assert_eq(status, IACHR_OK);
	at = strstr(strstr(xml, "cmp_2"), "<iachr:bytes>0<");
	cr_assert_not_null(at);
	memcpy(at + strlen("<iachr:bytes>"), "x", 1);
	r = reader_of(xml, &fp);
	iachr_error_init(&err);
	cr_expect_eq(iachr_xml_reader_next(r, &rec, &err), IACHR_OK);
	json_decref(rec);
	cr_expect_eq(iachr_xml_reader_next(r, &rec, &err), IACHR_FAILED);
	cr_expect_eq(err.code, IACHR_E_INVALID);
	cr_expect_str_eq(err.pointer, "/source/bytes");
	cr_expect_str_eq(err.text, "\"x\" is not an integer");
	cr_expect_gt(err.line, 100);
	iachr_error_init(&err);
	cr_expect_eq(iachr_xml_reader_next(r, &rec, &err), IACHR_OK);
	json_decref(rec);
	cr_expect_eq(iachr_xml_reader_next(r, &rec, &err), IACHR_EOF);
	iachr_xml_reader_free(r);
	fclose(fp);
	free(xml);
	for (status = 0; status < 3; status++)
		json_decref(recs[status]);
}
