/*
 * The extractor's entry point: decodes the input, finds its paragraphs,
 * runs each rule family and assembles the record in schema order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_private.h"
#include "iachr_extract.h"
#include "iachr_record.h"

static const char *const language_codes[IACHRP_NLANG] = {
	"en", "es", "pt", "fr"
};

/* Sets key to a new value; clears *ok when value is NULL or the set fails. */
static void
set(json_t *obj, const char *key, json_t *value, int *ok)
{
	if (value == NULL || json_object_set_new(obj, key, value) != 0)
		*ok = 0;
}

json_t *
iachrp_pair(const char *k1, json_t *v1, const char *k2, json_t *v2)
{
	json_t *obj = v1 != NULL && v2 != NULL ? json_object() : NULL;

	if (obj == NULL) {
		json_decref(v1);
		json_decref(v2);
		return NULL;
	}
	/* json_object_set_new takes its value even when it fails. */
	if (json_object_set_new(obj, k1, v1) != 0) {
		json_decref(obj);
		json_decref(v2);
		return NULL;
	}
	if (json_object_set_new(obj, k2, v2) != 0) {
		json_decref(obj);
		return NULL;
	}
	return obj;
}

json_t *
iachrp_nomem(const struct iachrp_doc *doc)
{
	*doc->nomem = 1;
	return NULL;
}

int
iachrp_append(const struct iachrp_doc *doc, json_t *list, json_t *value)
{
	if (json_array_append_new(list, value) == 0)
		return 0;
	iachrp_nomem(doc);
	return -1;
}

int
iachrp_set(const struct iachrp_doc *doc, json_t *obj, const char *key,
    json_t *value)
{
	if (json_object_set_new(obj, key, value) == 0)
		return 0;
	iachrp_nomem(doc);
	return -1;
}

/* The identifier: resolution, else measure, else release, else hash. */
static json_t *
record_id(json_t *resolution, json_t *measure, json_t *pr,
    const char *sha)
{
	char buf[64];

	if (json_is_object(resolution))
		snprintf(buf, sizeof(buf), "iachr-res-%lld-%lld",
		    json_integer_value(json_object_get(resolution, "year")),
		    json_integer_value(json_object_get(resolution, "number")));
	else if (json_is_object(measure))
		snprintf(buf, sizeof(buf), "iachr-pm-%lld-%lld",
		    json_integer_value(json_object_get(measure, "year")),
		    json_integer_value(json_object_get(measure, "number")));
	else if (json_is_integer(json_object_get(pr, "number")))
		snprintf(buf, sizeof(buf), "iachr-pr-%lld-%lld",
		    json_integer_value(json_object_get(pr, "year")),
		    json_integer_value(json_object_get(pr, "number")));
	else
		snprintf(buf, sizeof(buf), "iachr-sha-%.12s", sha);
	return json_string(buf);
}

static json_t *
decisions_json(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	json_t *list = json_array();
	int i;

	for (i = 0; list != NULL && i < dec->n; i++)
		iachrp_append(doc, list,
		    json_string(iachrp_decision_name(dec->decisions[i])));
	return list;
}

static int
any_group(const json_t *beneficiaries)
{
	size_t i;
	json_t *v;

	json_array_foreach(beneficiaries, i, v)
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") == 0)
			return 1;
	return 0;
}

static json_t *
text_json(const struct iachrp_doc *doc)
{
	json_t *list = json_array();
	size_t i;

	/* Decoding left the text valid UTF-8: no need to check it again. */
	for (i = 0; list != NULL && i < doc->npara; i++)
		if (doc->para[i].kind == IACHRP_BODY)
			iachrp_append(doc, list, json_stringn_nocheck(
			    doc->para[i].s, doc->para[i].len));
	return list;
}

/* Requests and the release's header are whole strings of the text. */
static void
trace_strings(const struct iachrp_doc *doc, const char *field,
    const json_t *value, const char *member, const char *rule)
{
	size_t i;
	const json_t *v;
	const char *want;

	json_array_foreach(value, i, v)
		if ((want = json_string_value(json_object_get(v, member))) !=
		    NULL)
			iachrp_trace_string(doc, field, want, strlen(want),
			    rule);
}

static json_t *
build(const struct iachrp_doc *doc, const char *sha, size_t len)
{
	struct iachrp_decision dec;
	json_t *rec, *resolution, *measure, *pr, *beneficiaries;
	int ok = 1;

	iachrp_extract_decisions(doc, &dec);
	iachrp_trace(doc, "decisions", dec.sentence.para, dec.sentence.start,
	    dec.sentence.end, "decision cues of the decision sentence");
	iachrp_trace(doc, "instrument", dec.sentence.para, dec.sentence.start,
	    dec.sentence.end, dec.provisional ? "a request to the Court for "
	    "provisional measures" : "a decision of the Commission on "
	    "precautionary measures");
	if ((rec = json_object()) == NULL)
		return NULL;
	/* A request to the Court is no resolution of the Commission's. */
	resolution = dec.provisional ? json_null() :
	    iachrp_extract_resolution(doc, &dec);
	measure = dec.provisional ? json_null() : iachrp_extract_measure(doc);
	pr = iachrp_extract_press_release(doc);
	beneficiaries = iachrp_extract_beneficiaries(doc, &dec);
	set(rec, "schema", json_string(IACHR_RECORD_SCHEMA_ID), &ok);
	set(rec, "id", record_id(resolution, measure, pr, sha), &ok);
	set(rec, "language", json_string(language_codes[doc->lang]), &ok);
	set(rec, "instrument", json_string(dec.provisional ?
	    "provisional_measures" : "precautionary_measures"), &ok);
	set(rec, "decisions", decisions_json(doc, &dec), &ok);
	set(rec, "resolution", resolution, &ok);
	set(rec, "measure", measure, &ok);
	set(rec, "date", iachrp_extract_date(doc, &dec), &ok);
	set(rec, "state", iachrp_extract_state(doc), &ok);
	set(rec, "beneficiaries", beneficiaries, &ok);
	set(rec, "collective", json_boolean(beneficiaries != NULL &&
	    any_group(beneficiaries)), &ok);
	set(rec, "rights", iachrp_extract_rights(doc), &ok);
	set(rec, "requests", iachrp_extract_requests(doc), &ok);
	set(rec, "legal_basis", iachrp_extract_legal_basis(doc), &ok);
	set(rec, "press_release", pr, &ok);
	if (doc->trace != NULL && ok) {
		json_t *header = json_pack("[O]", pr);

		trace_strings(doc, "requests", json_object_get(rec,
		    "requests"), "text", "an item of the list of requests");
		trace_strings(doc, "press_release", header, "title",
		    "the headline");
		trace_strings(doc, "press_release", header, "place",
		    "the dateline");
		json_decref(header);
	}
	set(rec, "text", text_json(doc), &ok);
	set(rec, "source", json_pack("{s:s, s:I, s:s}", "sha256", sha,
	    "bytes", (json_int_t)len, "encoding", doc->encoding), &ok);
	if (!ok || *doc->nomem) {
		json_decref(rec);
		return NULL;
	}
	return rec;
}

/*
 * The input as UTF-8 text: an HTML page gives the release text of its
 * main content.  Its spans cannot be shown in the page, so a page is not
 * explained.
 */
static int
decode_input(const unsigned char *buf, size_t len, int keep_origins,
    struct iachrp_text *text, const char *source, iachr_error_t *err)
{
	struct iachrp_text page;
	int rc;

	if (!iachrp_is_html(buf, len))
		return iachrp_decode(buf, len, keep_origins, text, source,
		    err);
	if (keep_origins) {
		iachr_error_set(err, IACHR_E_USAGE, source, 0, 0, -1,
		    "an HTML page cannot be explained: explain the release "
		    "as text");
		return -1;
	}
	if (iachrp_html_text(buf, len, &page, source, err) != 0)
		return -1;
	rc = iachrp_decode((const unsigned char *)page.s, page.len, 0, text,
	    source, err);
	text->encoding = page.encoding;
	iachrp_text_free(&page);
	return rc;
}

static json_t *
extract(const void *buf, size_t len, const char *source,
    json_t **explanation, iachr_error_t *err)
{
	struct iachrp_doc doc;
	char sha[65];
	struct iachrp_text text;
	json_t *rec;
	int nomem = 0;

	if (buf == NULL || len == 0) {
		iachr_error_set(err, IACHR_E_NOT_RELEASE, source, 0, 0, -1,
		    "empty input, not a press release");
		return NULL;
	}
	if (len > IACHR_EXTRACT_MAX_BYTES) {
		iachr_error_set(err, IACHR_E_LIMIT, source, 0, 0, -1,
		    "input larger than %d bytes, not a press release",
		    IACHR_EXTRACT_MAX_BYTES);
		return NULL;
	}
	if (decode_input(buf, len, explanation != NULL, &text, source,
	    err) != 0)
		return NULL;
	if (iachrp_nfc(&text) != 0 || iachrp_doc_load(&doc, &text, source,
	    err) != 0) {
		iachrp_text_free(&text);
		iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
		    "out of memory");
		return NULL;
	}
	iachrp_text_free(&text);
	doc.nomem = &nomem;
	if (doc.npara == 0) {
		iachrp_doc_free(&doc);
		iachr_error_set(err, IACHR_E_NOT_RELEASE, source, 0, 0, -1,
		    "empty input, not a press release");
		return NULL;
	}
	iachrp_doc_layout(&doc);
	doc.released = iachrp_release_date(&doc);
	if ((doc.lang = iachrp_detect_language(&doc)) < 0 ||
	    !iachrp_is_release(&doc)) {
		iachrp_doc_free(&doc);
		if (nomem)
			iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
			    "out of memory");
		else
			iachr_error_set(err, IACHR_E_NOT_RELEASE, source, 0,
			    0, -1, "not an IACHR press release on "
			    "precautionary or provisional measures");
		return NULL;
	}
	iachrp_sha256_hex(buf, len, sha);
	if (explanation != NULL && (doc.trace = iachrp_trace_new()) == NULL) {
		iachrp_doc_free(&doc);
		iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
		    "out of memory");
		return NULL;
	}
	rec = build(&doc, sha, len);
	if (rec != NULL && explanation != NULL && (*explanation =
	    iachrp_trace_explain(&doc, rec, buf, len)) == NULL) {
		json_decref(rec);
		rec = NULL;
	}
	iachrp_trace_free(doc.trace);
	iachrp_doc_free(&doc);
	if (rec == NULL)
		iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
		    "out of memory");
	return rec;
}

json_t *
iachr_extract(const void *buf, size_t len, const char *source,
    iachr_error_t *err)
{
	return extract(buf, len, source, NULL, err);
}

json_t *
iachr_extract_explained(const void *buf, size_t len, const char *source,
    json_t **explanation, iachr_error_t *err)
{
	*explanation = NULL;
	return extract(buf, len, source, explanation, err);
}
