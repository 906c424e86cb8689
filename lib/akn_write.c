/*
 * The Akoma Ntoso writer: each record becomes a statement (see
 * iachr_xml.h for the layout).  Markup goes straight into a libxml2
 * output buffer: xmlTextWriter allocates for every element, which more
 * than doubled the time of a run.  Escaping follows xmlTextWriter's:
 * a carriage return becomes &#13; so that it survives end-of-line
 * normalisation on reading, and tab and newline in attributes become
 * references so that attribute normalisation leaves them alone.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>

#include "iachr_private.h"
#include "iachr_xml.h"
#include "akn_private.h"

#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define MAX_MARKS 256
#define MAX_DEPTH 32

struct iachr_xml_writer {
	FILE *fp;
	xmlOutputBufferPtr out;
	json_t *pending;	/* the first record, until a second comes */
	long count;
	int failed;		/* a write failed or the stack overflowed */
	int io_errno;
	char prefix[32];	/* eId prefix of the current statement */
	const char *open[MAX_DEPTH];	/* names of the open elements */
	char in_rec[MAX_DEPTH];		/* ... of the record namespace */
	int depth;
	int in_tag;		/* the last start tag takes attributes */
	int counting;		/* only count what would be written */
	long long counted;
	size_t used;		/* bytes in buf */
	char buf[16384];	/* small writes gather here */
	struct akn_mark marks[MAX_MARKS];
};

/*
 * A write error is remembered here rather than passed to libxml2, which
 * would print it: the library never prints.  What follows is dropped.
 */
static int
write_cb(void *ctx, const char *buf, int len)
{
	struct iachr_xml_writer *w = ctx;

	if (w->io_errno == 0 && len > 0 &&
	    fwrite(buf, 1, (size_t)len, w->fp) != (size_t)len) {
		w->io_errno = errno != 0 ? errno : EIO;
		w->failed = 1;
	}
	return len;
}

iachr_xml_writer *
iachr_xml_writer_new(FILE *fp)
{
	struct iachr_xml_writer *w;

	if ((w = iachrp_calloc(1, sizeof(*w))) == NULL)
		return NULL;
	w->fp = fp;
	if ((w->out = xmlOutputBufferCreateIO(write_cb, NULL, w, NULL)) ==
	    NULL) {
		iachrp_free(w);
		return NULL;
	}
	return w;
}

void
iachr_xml_writer_free(iachr_xml_writer *w)
{
	if (w == NULL)
		return;
	xmlOutputBufferClose(w->out);
	json_decref(w->pending);
	iachrp_free(w);
}

static void
drain(struct iachr_xml_writer *w)
{
	if (w->used > 0 && xmlOutputBufferWrite(w->out, (int)w->used,
	    w->buf) < 0)
		w->failed = 1;
	w->used = 0;
}

static void
put(struct iachr_xml_writer *w, const char *s, size_t len)
{
	if (w->counting) {
		w->counted += (long long)len;
		return;
	}
	if (w->used + len > sizeof(w->buf))
		drain(w);
	if (len >= sizeof(w->buf)) {
		if (xmlOutputBufferWrite(w->out, (int)len, s) < 0)
			w->failed = 1;
		return;
	}
	memcpy(w->buf + w->used, s, len);
	w->used += len;
}

static void
puts_(struct iachr_xml_writer *w, const char *s)
{
	put(w, s, strlen(s));
}

/* Writes s escaped for element content, or for an attribute value. */
static void
escape(struct iachr_xml_writer *w, const char *s, size_t len, int in_attr)
{
	size_t i, run = 0;
	const char *rep;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '\r':
			rep = "&#13;";
			break;
		case '"':
			rep = in_attr ? "&quot;" : NULL;
			break;
		case '\t':
			rep = in_attr ? "&#9;" : NULL;
			break;
		case '\n':
			rep = in_attr ? "&#10;" : NULL;
			break;
		default:
			rep = NULL;
			break;
		}
		if (rep != NULL) {
			put(w, s + run, i - run);
			puts_(w, rep);
			run = i + 1;
		}
	}
	put(w, s + run, len - run);
}

/* Ends a start tag that is still open, before content follows. */
static void
close_tag(struct iachr_xml_writer *w)
{
	if (w->in_tag) {
		put(w, ">", 1);
		w->in_tag = 0;
	}
}

/*
 * Thin helpers that remember a failure instead of returning it, so that
 * the document's shape reads top to bottom below.  name must outlive the
 * element (string literals and the record table's keys do).
 */
static void
start_ns(struct iachr_xml_writer *w, const char *name, int in_rec)
{
	close_tag(w);
	if (w->depth == MAX_DEPTH) {
		w->failed = 1;
		return;
	}
	w->in_rec[w->depth] = (char)in_rec;
	w->open[w->depth++] = name;
	put(w, in_rec ? "<iachr:" : "<", in_rec ? 7 : 1);
	puts_(w, name);
	w->in_tag = 1;
}

static void
start(struct iachr_xml_writer *w, const char *name)
{
	start_ns(w, name, 0);
}

static void
end(struct iachr_xml_writer *w)
{
	if (w->depth == 0) {
		w->failed = 1;
		return;
	}
	w->depth--;
	if (w->in_tag) {
		put(w, "/>", 2);
		w->in_tag = 0;
		return;
	}
	put(w, w->in_rec[w->depth] ? "</iachr:" : "</",
	    w->in_rec[w->depth] ? 8 : 2);
	puts_(w, w->open[w->depth]);
	put(w, ">", 1);
}

static void
attr(struct iachr_xml_writer *w, const char *name, const char *value)
{
	put(w, " ", 1);
	puts_(w, name);
	put(w, "=\"", 2);
	escape(w, value, strlen(value), 1);
	put(w, "\"", 1);
}

/* An attribute naming an eId of this statement: hash, prefix, id. */
static void
id_attr(struct iachr_xml_writer *w, const char *name, const char *hash,
    const char *id)
{
	put(w, " ", 1);
	puts_(w, name);
	put(w, "=\"", 2);
	puts_(w, hash);
	puts_(w, w->prefix);
	puts_(w, id);
	put(w, "\"", 1);
}

static void
text(struct iachr_xml_writer *w, const char *s, size_t len)
{
	close_tag(w);
	escape(w, s, len, 0);
}

static void
indent(struct iachr_xml_writer *w, int depth)
{
	static const char spaces[] = "\n                                "
	    "                                ";

	close_tag(w);
	put(w, spaces, 1 + 2 * (depth < 32 ? depth : 32));
}

/* <name attr="value"/> on a line of its own. */
static void
empty(struct iachr_xml_writer *w, int depth, const char *name,
    const char *a1, const char *v1, const char *a2, const char *v2)
{
	indent(w, depth);
	start(w, name);
	attr(w, a1, v1);
	if (a2 != NULL)
		attr(w, a2, v2);
	end(w);
}

static void write_value(struct iachr_xml_writer *w, int depth,
    const char *name, const struct akn_field *row, const json_t *v);

static void
write_members(struct iachr_xml_writer *w, int depth,
    const struct akn_field *fields, const json_t *obj)
{
	const struct akn_field *f;

	for (f = fields; f->key != NULL; f++)
		if (f->kind != AKN_BODY)
			write_value(w, depth, f->key, f,
			    json_object_get(obj, f->key));
}

/* The element iachr:name for v, whose shape row describes. */
static void
write_value(struct iachr_xml_writer *w, int depth, const char *name,
    const struct akn_field *row, const json_t *v)
{
	struct akn_field item;
	char num[32];
	size_t i;

	indent(w, depth);
	start_ns(w, name, 1);
	if (json_is_null(v)) {
		attr(w, "xsi:nil", "true");
	} else if (json_is_string(v)) {
		text(w, json_string_value(v), json_string_length(v));
	} else if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		text(w, num, strlen(num));
	} else if (json_is_boolean(v)) {
		text(w, json_is_true(v) ? "true" : "false",
		    json_is_true(v) ? 4 : 5);
	} else if (json_is_object(v)) {
		write_members(w, depth + 1, row->sub, v);
		indent(w, depth);
	} else {
		memset(&item, 0, sizeof(item));
		item.kind = row->item_kind;
		item.sub = row->sub;
		for (i = 0; i < json_array_size(v); i++)
			write_value(w, depth + 1, row->item, &item,
			    json_array_get(v, i));
		if (json_array_size(v) > 0)
			indent(w, depth);
	}
	end(w);
}

static void
write_identification(struct iachr_xml_writer *w, int depth,
    const struct akn_frbr *f, const char *doctype, const json_t *rec)
{
	const json_t *pm = json_object_get(rec, "measure");
	char buf[400];

	indent(w, depth);
	start(w, "identification");
	id_attr(w, "source", "#", "iachr-tools");
	indent(w, depth + 1);
	start(w, "FRBRWork");
	snprintf(buf, sizeof(buf), "%s/!main", f->work);
	empty(w, depth + 2, "FRBRthis", "value", buf, NULL, NULL);
	empty(w, depth + 2, "FRBRuri", "value", f->work, NULL, NULL);
	if (rec != NULL) {
		empty(w, depth + 2, "FRBRalias", "value", json_string_value(
		    json_object_get(rec, "id")), "name", "iachr-id");
		if (json_is_object(pm)) {
			snprintf(buf, sizeof(buf), "PM %" JSON_INTEGER_FORMAT
			    "-%02d", json_integer_value(json_object_get(pm,
			    "number")), (int)(json_integer_value(
			    json_object_get(pm, "year")) % 100));
			empty(w, depth + 2, "FRBRalias", "value", buf, "name",
			    "measure");
		}
	}
	empty(w, depth + 2, "FRBRdate", "date", f->work_date, "name",
	    f->work_date_name);
	indent(w, depth + 2);
	start(w, "FRBRauthor");
	id_attr(w, "href", "#", "iachr");
	end(w);
	empty(w, depth + 2, "FRBRcountry", "value", IACHR_AKN_COUNTRY, NULL,
	    NULL);
	empty(w, depth + 2, "FRBRsubtype", "value", doctype, NULL, NULL);
	empty(w, depth + 2, "FRBRnumber", "value", f->number, NULL, NULL);
	indent(w, depth + 1);
	end(w);

	indent(w, depth + 1);
	start(w, "FRBRExpression");
	snprintf(buf, sizeof(buf), "%s/!main", f->expression);
	empty(w, depth + 2, "FRBRthis", "value", buf, NULL, NULL);
	empty(w, depth + 2, "FRBRuri", "value", f->expression, NULL, NULL);
	empty(w, depth + 2, "FRBRdate", "date", f->work_date, "name",
	    f->work_date_name);
	indent(w, depth + 2);
	start(w, "FRBRauthor");
	id_attr(w, "href", "#", "iachr");
	end(w);
	empty(w, depth + 2, "FRBRlanguage", "language", f->lang, NULL, NULL);
	indent(w, depth + 1);
	end(w);

	indent(w, depth + 1);
	start(w, "FRBRManifestation");
	snprintf(buf, sizeof(buf), "%s/!main.xml", f->expression);
	empty(w, depth + 2, "FRBRthis", "value", buf, NULL, NULL);
	snprintf(buf, sizeof(buf), "%s.akn", f->expression);
	empty(w, depth + 2, "FRBRuri", "value", buf, NULL, NULL);
	empty(w, depth + 2, "FRBRdate", "date", f->work_date, "name",
	    f->work_date_name);
	indent(w, depth + 2);
	start(w, "FRBRauthor");
	id_attr(w, "href", "#", "iachr-tools");
	end(w);
	indent(w, depth + 1);
	end(w);
	indent(w, depth);
	end(w);
}

static void
tlc(struct iachr_xml_writer *w, int depth, const char *element,
    const char *eid, const char *href, const char *show_as)
{
	indent(w, depth);
	start(w, element);
	id_attr(w, "eId", "", eid);
	attr(w, "href", href);
	attr(w, "showAs", show_as);
	end(w);
}

/* The TLCs every document refers to: the Commission and this program. */
static void
write_agents(struct iachr_xml_writer *w, int depth)
{
	tlc(w, depth, "TLCOrganization", "iachr", "/akn/ontology/organization/"
	    IACHR_AKN_COUNTRY "/" IACHR_AKN_AUTHOR,
	    "Inter-American Commission on Human Rights");
	tlc(w, depth, "TLCOrganization", "iachr-tools",
	    "/akn/ontology/organization/iachr-tools", "iachr-tools");
}

static void
write_references(struct iachr_xml_writer *w, int depth, const json_t *rec)
{
	const json_t *list = json_object_get(rec, "beneficiaries");
	const json_t *st = json_object_get(rec, "state");
	const char *name = json_string_value(json_object_get(st, "name"));
	const char *code = json_string_value(json_object_get(st, "code"));
	char eid[48], href[256];
	size_t i;

	indent(w, depth);
	start(w, "references");
	id_attr(w, "source", "#", "iachr-tools");
	write_agents(w, depth + 1);
	for (i = 0; i < json_array_size(list); i++) {
		snprintf(eid, sizeof(eid), "beneficiary_%zu", i + 1);
		snprintf(href, sizeof(href), "%s", "/akn/ontology/person/"
		    IACHR_AKN_COUNTRY "/" IACHR_AKN_AUTHOR "/");
		if (iachrp_akn_iri_append(href, sizeof(href),
		    json_string_value(json_object_get(rec, "id"))) != 0)
			href[0] = '\0';
		snprintf(href + strlen(href), sizeof(href) - strlen(href),
		    "/%s", eid);
		tlc(w, depth + 1, "TLCPerson", eid, href, json_string_value(
		    json_object_get(json_array_get(list, i), "name")));
	}
	if (name != NULL || code != NULL) {
		snprintf(href, sizeof(href), "%s", "/akn/ontology/location/");
		if (code != NULL) {
			strcat(href, "iso3166-1/");
			iachrp_akn_iri_append(href, sizeof(href), code);
		} else {
			iachrp_akn_iri_append(href, sizeof(href), name);
		}
		tlc(w, depth + 1, "TLCLocation", "state", href,
		    name != NULL ? name : code);
	}
	if (json_array_size(list) > 0)
		tlc(w, depth + 1, "TLCRole", "beneficiary",
		    "/akn/ontology/role/" IACHR_AKN_COUNTRY "/" IACHR_AKN_AUTHOR
		    "/beneficiary", "beneficiary");
	indent(w, depth);
	end(w);
}

static void
write_mark(struct iachr_xml_writer *w, const struct akn_terms *terms,
    const struct akn_mark *m, const char *s)
{
	char eid[48];

	switch (m->kind) {
	case AKN_MARK_PERSON:
		start(w, "person");
		snprintf(eid, sizeof(eid), "beneficiary_%zu", m->index + 1);
		id_attr(w, "refersTo", "#", eid);
		id_attr(w, "as", "#", "beneficiary");
		break;
	case AKN_MARK_LOCATION:
		start(w, "location");
		id_attr(w, "refersTo", "#", "state");
		break;
	case AKN_MARK_DATE:
		start(w, "date");
		attr(w, "date", iachrp_akn_terms_date(terms, m->index));
		break;
	default:
		start(w, "organization");
		id_attr(w, "refersTo", "#", "iachr");
		break;
	}
	text(w, s + m->start, m->len);
	end(w);
}

static void
write_paragraph(struct iachr_xml_writer *w, int depth,
    const struct akn_terms *terms, const json_t *para, size_t i)
{
	const char *s = json_string_value(para);
	size_t len = json_string_length(para), n, k, at = 0;
	char eid[48];

	indent(w, depth);
	start(w, "paragraph");
	snprintf(eid, sizeof(eid), "text__para_%zu", i + 1);
	id_attr(w, "eId", "", eid);
	start(w, "content");
	start(w, "p");
	n = iachrp_akn_terms_find(terms, s, len, w->marks, MAX_MARKS);
	for (k = 0; k < n; k++) {
		text(w, s + at, w->marks[k].start - at);
		write_mark(w, terms, &w->marks[k], s);
		at = w->marks[k].start + w->marks[k].len;
	}
	text(w, s + at, len - at);
	end(w);
	end(w);
	end(w);
}

static void
write_requests(struct iachr_xml_writer *w, int depth, const json_t *list)
{
	const json_t *req, *label;
	char eid[64];
	size_t i;

	indent(w, depth);
	start(w, "hcontainer");
	id_attr(w, "eId", "", "requests");
	attr(w, "name", "requests");
	indent(w, depth + 1);
	start(w, "content");
	indent(w, depth + 2);
	start(w, "blockList");
	id_attr(w, "eId", "", "requests__list_1");
	for (i = 0; i < json_array_size(list); i++) {
		req = json_array_get(list, i);
		label = json_object_get(req, "label");
		indent(w, depth + 3);
		start(w, "item");
		snprintf(eid, sizeof(eid), "requests__list_1__item_%zu", i + 1);
		id_attr(w, "eId", "", eid);
		if (json_is_string(label)) {
			start(w, "num");
			text(w, json_string_value(label),
			    json_string_length(label));
			end(w);
		}
		start(w, "p");
		text(w, json_string_value(json_object_get(req, "text")),
		    json_string_length(json_object_get(req, "text")));
		end(w);
		end(w);
	}
	indent(w, depth + 2);
	end(w);
	indent(w, depth + 1);
	end(w);
	indent(w, depth);
	end(w);
}

/* "Resolution" in the record's language (English when unknown). */
static const char *
resolution_word(const char *lang)
{
	/* keep sorted */
	static const char *const words[][2] = {
		{ "es", "Resolución" },
		{ "fr", "Résolution" },
		{ "pt", "Resolução" },
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i][0], lang) == 0)
			return words[i][1];
	return "Resolution";
}

/*
 * The preface: the resolution's type and number, the release's title,
 * the Commission as authority and the date of adoption, where known.
 */
static void
write_preface(struct iachr_xml_writer *w, int depth, const json_t *rec,
    const struct akn_frbr *f)
{
	const json_t *res = json_object_get(rec, "resolution");
	const json_t *title = json_object_get(json_object_get(rec,
	    "press_release"), "title");
	const char *word = resolution_word(json_string_value(
	    json_object_get(rec, "language")));
	char num[64];

	indent(w, depth);
	start(w, "preface");
	if (json_is_object(res)) {
		indent(w, depth + 1);
		start(w, "p");
		start(w, "docType");
		text(w, word, strlen(word));
		end(w);
		text(w, " ", 1);
		start(w, "docNumber");
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT "/%"
		    JSON_INTEGER_FORMAT, json_integer_value(json_object_get(res,
		    "number")), json_integer_value(json_object_get(res,
		    "year")));
		text(w, num, strlen(num));
		end(w);
		end(w);
	}
	if (json_is_string(title)) {
		indent(w, depth + 1);
		start(w, "p");
		start(w, "docTitle");
		text(w, json_string_value(title), json_string_length(title));
		end(w);
		end(w);
	}
	indent(w, depth + 1);
	start(w, "p");
	start(w, "docAuthority");
	id_attr(w, "refersTo", "#", "iachr");
	text(w, "Inter-American Commission on Human Rights",
	    strlen("Inter-American Commission on Human Rights"));
	end(w);
	end(w);
	if (strcmp(f->work_date_name, "adoption") == 0) {
		indent(w, depth + 1);
		start(w, "p");
		start(w, "docDate");
		attr(w, "date", f->work_date);
		text(w, f->work_date, strlen(f->work_date));
		end(w);
		end(w);
	}
	indent(w, depth);
	end(w);
}

static void
write_statement(struct iachr_xml_writer *w, int depth, const json_t *rec,
    const struct akn_frbr *f, const struct akn_terms *terms)
{
	const json_t *paras = json_object_get(rec, "text");
	const json_t *requests = json_object_get(rec, "requests");
	size_t i;

	indent(w, depth);
	start(w, "statement");
	attr(w, "name", "resolution");
	indent(w, depth + 1);
	start(w, "meta");
	write_identification(w, depth + 2, f, "resolution", rec);
	write_references(w, depth + 2, rec);
	indent(w, depth + 2);
	start(w, "proprietary");
	id_attr(w, "source", "#", "iachr-tools");
	indent(w, depth + 3);
	start_ns(w, "record", 1);
	write_members(w, depth + 4, iachrp_akn_record, rec);
	indent(w, depth + 3);
	end(w);
	indent(w, depth + 2);
	end(w);
	indent(w, depth + 1);
	end(w);

	write_preface(w, depth + 1, rec, f);
	indent(w, depth + 1);
	start(w, "mainBody");
	indent(w, depth + 2);
	start(w, "hcontainer");
	id_attr(w, "eId", "", "text");
	attr(w, "name", "text");
	for (i = 0; i < json_array_size(paras); i++)
		write_paragraph(w, depth + 3, terms, json_array_get(paras, i),
		    i);
	if (json_array_size(paras) > 0)
		indent(w, depth + 2);
	end(w);
	if (json_array_size(requests) > 0)
		write_requests(w, depth + 2, requests);
	indent(w, depth + 1);
	end(w);
	indent(w, depth);
	end(w);
}

static void
start_document(struct iachr_xml_writer *w)
{
	puts_(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	start(w, "akomaNtoso");
	attr(w, "xmlns", IACHR_AKN_NS);
	attr(w, "xmlns:iachr", IACHR_XML_RECORD_NS);
	attr(w, "xmlns:xsi", XSI_NS);
}

static void
end_document(struct iachr_xml_writer *w)
{
	indent(w, 0);
	end(w);
	put(w, "\n", 1);
}

/*
 * A collection is named after its first record: its Work is the first
 * statement's Work with the document type documentCollection, so that
 * the same records always give the same document.
 */
static void
start_collection(struct iachr_xml_writer *w, const struct akn_frbr *first)
{
	struct akn_frbr f = *first;
	const char *tail = strstr(first->work, "/statement/resolution/");

	snprintf(f.work, sizeof(f.work), "/akn/%s/documentCollection/dataset"
	    "%s", IACHR_AKN_COUNTRY, tail + strlen("/statement/resolution"));
	snprintf(f.expression, sizeof(f.expression), "%s/%s@", f.work,
	    first->lang);
	w->prefix[0] = '\0';
	start_document(w);
	indent(w, 1);
	start(w, "documentCollection");
	attr(w, "name", "dataset");
	indent(w, 2);
	start(w, "meta");
	write_identification(w, 3, &f, "dataset", NULL);
	indent(w, 3);
	start(w, "references");
	id_attr(w, "source", "#", "iachr-tools");
	write_agents(w, 4);
	indent(w, 3);
	end(w);
	indent(w, 2);
	end(w);
	indent(w, 2);
	start(w, "collectionBody");
}

static int
status(struct iachr_xml_writer *w, iachr_error_t *err)
{
	if (!w->failed)
		return IACHR_OK;
	if (w->io_errno != 0)
		iachr_error_set(err, IACHR_E_IO, NULL, 0, 0, -1,
		    "write error: %s", strerror(w->io_errno));
	else
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "cannot write XML: out of memory");
	return IACHR_FATAL;
}

/*
 * The bytes rec's statement takes as component number count of a
 * collection (a single statement takes fewer), counted by writing it
 * nowhere.
 */
static long long
statement_size(struct iachr_xml_writer *w, const json_t *rec, long count,
    const struct akn_frbr *f, const struct akn_terms *terms)
{
	int in_tag = w->in_tag, depth = w->depth;

	w->counting = 1;
	w->counted = 0;
	w->in_tag = 0;
	snprintf(w->prefix, sizeof(w->prefix), "cmp_%ld__", count);
	write_statement(w, 4, rec, f, terms);
	w->prefix[0] = '\0';
	w->counting = 0;
	w->in_tag = in_tag;
	w->depth = depth;
	return w->counted;
}

/* Sets *pointer to the JSON Pointer of the longest string in v. */
static void
longest_string(const json_t *v, const char *at, char *pointer,
    size_t size, size_t *longest)
{
	char sub[IACHR_ERROR_POINTER_LENGTH];
	const char *key;
	const json_t *m;
	size_t i;

	if (json_is_string(v) && json_string_length(v) >= *longest) {
		*longest = json_string_length(v);
		snprintf(pointer, size, "%s", at);
	}
	json_object_foreach((json_t *)v, key, m) {
		snprintf(sub, sizeof(sub), "%s/%s", at, key);
		longest_string(m, sub, pointer, size, longest);
	}
	json_array_foreach(v, i, m) {
		snprintf(sub, sizeof(sub), "%s/%zu", at, i);
		longest_string(m, sub, pointer, size, longest);
	}
}

/*
 * Refuses a record whose statement would be longer than the reader
 * reads, or with a string longer than libxml2 reads as one text node
 * (without XML_PARSE_HUGE, which would lift its depth bound too), naming
 * its longest string, which is what makes it so long.
 */
static int
check_size(struct iachr_xml_writer *w, const json_t *rec, long count,
    const struct akn_frbr *f, iachr_error_t *err)
{
	char pointer[IACHR_ERROR_POINTER_LENGTH] = "";
	const char *id = json_string_value(json_object_get(rec, "id"));
	struct akn_terms *terms;
	long long size;
	size_t longest = 0;

	if ((terms = iachrp_akn_terms_new(rec)) == NULL) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return IACHR_FATAL;
	}
	size = statement_size(w, rec, count, f, terms);
	iachrp_akn_terms_free(terms);
	longest_string(rec, "", pointer, sizeof(pointer), &longest);
	if (longest > XML_MAX_TEXT_LENGTH) {
		iachr_error_set(err, IACHR_E_LIMIT, NULL, 0, 0, -1,
		    "record %s: a string of %zu bytes, more than the %d an "
		    "XML reader takes", id != NULL ? id : "?", longest,
		    XML_MAX_TEXT_LENGTH);
		iachr_error_set_pointer(err, pointer);
		return IACHR_FAILED;
	}
	if (size <= IACHR_XML_MAX_RECORD)
		return IACHR_OK;
	iachr_error_set(err, IACHR_E_LIMIT, NULL, 0, 0, -1,
	    "record %s: its statement would take %lld bytes, more than "
	    "the %lld an XML reader takes", id != NULL ? id : "?", size,
	    IACHR_XML_MAX_RECORD);
	iachr_error_set_pointer(err, pointer);
	return IACHR_FAILED;
}

/* Writes rec as component number w->count of the collection. */
static void
write_component(struct iachr_xml_writer *w, const json_t *rec,
    const struct akn_frbr *f, const struct akn_terms *terms)
{
	char eid[48];

	indent(w, 3);
	start(w, "component");
	snprintf(eid, sizeof(eid), "cmp_%ld", w->count);
	attr(w, "eId", eid);
	snprintf(w->prefix, sizeof(w->prefix), "cmp_%ld__", w->count);
	write_statement(w, 4, rec, f, terms);
	w->prefix[0] = '\0';
	indent(w, 3);
	end(w);
}

static int
write_one(struct iachr_xml_writer *w, const json_t *rec, int component,
    iachr_error_t *err)
{
	struct akn_frbr f;
	struct akn_terms *terms;

	if (iachrp_akn_frbr(rec, &f, err) != 0)
		return IACHR_FAILED;
	if ((terms = iachrp_akn_terms_new(rec)) == NULL) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return IACHR_FATAL;
	}
	if (component) {
		write_component(w, rec, &f, terms);
	} else {
		start_document(w);
		write_statement(w, 1, rec, &f, terms);
		end_document(w);
	}
	iachrp_akn_terms_free(terms);
	return status(w, err);
}

int
iachr_xml_writer_write(iachr_xml_writer *w, const json_t *rec,
    iachr_error_t *err)
{
	struct akn_frbr f;
	int rc;

	if (w->failed)
		return status(w, err);
	if (iachrp_akn_check(rec, iachrp_akn_record, err) != 0 ||
	    iachrp_akn_frbr(rec, &f, err) != 0)
		return IACHR_FAILED;
	if ((rc = check_size(w, rec, w->count + 1, &f, err)) != IACHR_OK)
		return rc;
	if (w->count == 0) {
		w->pending = json_incref((json_t *)rec);
		w->count = 1;
		return IACHR_OK;
	}
	if (w->pending != NULL) {
		if (iachrp_akn_frbr(w->pending, &f, err) != 0)
			return IACHR_FATAL;
		start_collection(w, &f);
		rc = write_one(w, w->pending, 1, err);
		json_decref(w->pending);
		w->pending = NULL;
		if (rc != IACHR_OK)
			return rc;
	}
	w->count++;
	return write_one(w, rec, 1, err);
}

int
iachr_xml_writer_close(iachr_xml_writer *w, iachr_error_t *err)
{
	int rc = IACHR_OK;

	if (w->failed)
		return status(w, err);
	if (w->pending != NULL) {
		rc = write_one(w, w->pending, 0, err);
		json_decref(w->pending);
		w->pending = NULL;
	} else if (w->count > 1) {
		indent(w, 2);
		end(w);		/* collectionBody */
		indent(w, 1);
		end(w);		/* documentCollection */
		end_document(w);
	}
	drain(w);
	if (rc == IACHR_OK && xmlOutputBufferFlush(w->out) < 0)
		w->failed = 1;
	if (rc == IACHR_OK && fflush(w->fp) != 0) {
		w->failed = 1;
		w->io_errno = errno;
	}
	return rc == IACHR_OK ? status(w, err) : rc;
}
