/*
 * The Akoma Ntoso reader.  libxml2's xmlTextReader pulls the input
 * through; each statement is expanded into a small tree, turned into a
 * record and freed, so memory holds one record at a time.  The input is
 * untrusted: the network is never used, nothing is substituted from a
 * DTD, and a document type declaration is refused before the parser sees
 * it (see prolog_scan), so that neither external entities nor entity
 * bombs can come into play.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "iachr_private.h"
#include "iachr_xml.h"
#include "akn_private.h"

#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

/* Where the prolog scanner is: before the root element, or done. */
enum prolog {
	P_TEXT, P_LT, P_PI, P_PI_Q, P_BANG, P_BANG_DASH, P_COMMENT, P_DONE
};

struct iachr_xml_reader {
	FILE *fp;
	char source[IACHR_ERROR_SOURCE_LENGTH];
	xmlTextReaderPtr xr;
	iachr_error_t error;	/* the first problem seen */
	long long consumed, record_start;
	long line, scan_line;
	enum prolog prolog;
	int dashes;
	int in_collection;
	int in_body;		/* inside the collection's collectionBody */
	int seen_root;
	int eof;		/* the input has no more bytes */
	int done;
};

static void
reader_error(struct iachr_xml_reader *r, int code, long line,
    const char *fmt, const char *arg)
{
	iachr_error_set(&r->error, code, r->source, (int)line, 0, -1, fmt,
	    arg);
}

/*
 * Follows the bytes of the prolog (XML declaration, comments, processing
 * instructions) up to the root element's "<", and refuses "<!" that does
 * not open a comment: a document type declaration.  Returns -1 to stop
 * the parser.  Input in UTF-16 or UTF-32 has NUL bytes in its first four
 * and is refused too; every document the writer makes is UTF-8.
 */
static int
prolog_scan(struct iachr_xml_reader *r, const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n && r->prolog != P_DONE; i++) {
		if (r->consumed + (long long)i < 4 && p[i] == '\0') {
			reader_error(r, IACHR_E_ENCODING, 1,
			    "only UTF-8 and ASCII-compatible encodings are "
			    "read%s", "");
			return -1;
		}
		if (p[i] == '\n')
			r->scan_line++;
		switch (r->prolog) {
		case P_TEXT:
			if (p[i] == '<')
				r->prolog = P_LT;
			break;
		case P_LT:
			r->prolog = p[i] == '?' ? P_PI : p[i] == '!' ? P_BANG :
			    P_DONE;
			break;
		case P_PI:
		case P_PI_Q:
			r->prolog = p[i] == '?' ? P_PI_Q :
			    r->prolog == P_PI_Q && p[i] == '>' ? P_TEXT : P_PI;
			break;
		case P_BANG:
			if (p[i] != '-') {
				reader_error(r, IACHR_E_INVALID, r->scan_line,
				    "document type declarations are refused "
				    "(no DTD, no entities)%s", "");
				return -1;
			}
			r->prolog = P_BANG_DASH;
			break;
		case P_BANG_DASH:
			r->prolog = p[i] == '-' ? P_COMMENT : P_DONE;
			r->dashes = 0;
			break;
		case P_COMMENT:
			if (p[i] == '>' && r->dashes >= 2)
				r->prolog = P_TEXT;
			r->dashes = p[i] == '-' ? r->dashes + 1 : 0;
			break;
		default:
			break;
		}
	}
	return 0;
}

static int
read_cb(void *ctx, char *buf, int len)
{
	struct iachr_xml_reader *r = ctx;
	size_t n;

	if (r->error.code != IACHR_E_NONE)
		return -1;
	n = fread(buf, 1, (size_t)len, r->fp);
	if (n == 0)
		r->eof = 1;
	if (n == 0 && ferror(r->fp)) {
		iachr_error_set(&r->error, IACHR_E_IO, r->source, 0, 0, -1,
		    "read error: %s", strerror(errno));
		return -1;
	}
	if (r->prolog != P_DONE &&
	    prolog_scan(r, (const unsigned char *)buf, n) != 0)
		return -1;
	r->consumed += (long long)n;
	if (r->consumed - r->record_start > IACHR_XML_MAX_RECORD +
	    IACHRP_XML_READ_SLACK) {
		iachr_error_set(&r->error, IACHR_E_LIMIT, r->source,
		    r->xr != NULL ? xmlTextReaderGetParserLineNumber(r->xr) :
		    0, 0, -1,
		    "a statement longer than %lld bytes",
		    IACHR_XML_MAX_RECORD);
		return -1;
	}
	return (int)n;
}

static void
structured_error(void *ctx, xmlErrorPtr e)
{
	struct iachr_xml_reader *r = ctx;
	char text[IACHR_ERROR_TEXT_LENGTH];
	size_t n;
	int code = IACHR_E_SYNTAX;

	if (e == NULL || e->level == XML_ERR_WARNING)
		return;
	snprintf(text, sizeof(text), "%s", e->message != NULL ? e->message :
	    "XML error");
	text[strcspn(text, "\n")] = '\0';
	n = strlen(text);
	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' '))
		text[--n] = '\0';
	/* What the pull parser says when the input stops mid-document. */
	if (r->eof && e->code == XML_ERR_DOCUMENT_END)
		snprintf(text, sizeof(text), "the input ends inside the "
		    "document (truncated?)");
	if (e->code == XML_ERR_INVALID_CHAR ||
	    e->code == XML_ERR_UNKNOWN_ENCODING ||
	    e->code == XML_ERR_UNSUPPORTED_ENCODING ||
	    e->code == XML_ERR_INVALID_ENCODING ||
	    strstr(text, "ncoding") != NULL || strstr(text, "UTF-8") != NULL)
		code = IACHR_E_ENCODING;
	else if (strstr(text, "xcessive depth") != NULL ||
	    strstr(text, "huge") != NULL || strstr(text, "HUGE") != NULL)
		code = IACHR_E_LIMIT;
	iachr_error_set(&r->error, code, r->source, e->line, e->int2, -1,
	    "%s", text);
}

iachr_xml_reader *
iachr_xml_reader_new(FILE *fp, const char *source)
{
	struct iachr_xml_reader *r;

	if ((r = iachrp_calloc(1, sizeof(*r))) == NULL)
		return NULL;
	r->fp = fp;
	r->scan_line = 1;
	snprintf(r->source, sizeof(r->source), "%s",
	    source != NULL ? source : "<stream>");
	iachr_error_init(&r->error);
	/*
	 * No XML_PARSE_NOENT, DTDLOAD, DTDATTR or HUGE: entities stay
	 * unsubstituted and libxml2's size and depth limits stay on (the
	 * writer refuses a string longer than a text node may be).
	 */
	r->xr = xmlReaderForIO(read_cb, NULL, r, NULL, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
	    XML_PARSE_COMPACT);
	if (r->xr == NULL) {
		/* The first bytes were refused: next() will say why. */
		if (r->error.code != IACHR_E_NONE)
			return r;
		iachrp_free(r);
		return NULL;
	}
	xmlTextReaderSetStructuredErrorHandler(r->xr, structured_error, r);
	return r;
}

void
iachr_xml_reader_free(iachr_xml_reader *r)
{
	if (r == NULL)
		return;
	xmlFreeTextReader(r->xr);
	iachrp_free(r);
}

long
iachr_xml_reader_line(const iachr_xml_reader *r)
{
	return r->line;
}

/* A problem with one statement: the stream goes on. */
static int
bad(struct iachr_xml_reader *r, const xmlNode *node, const char *ptr,
    const char *fmt, const char *arg)
{
	reader_error(r, IACHR_E_INVALID, node != NULL ? xmlGetLineNo(node) :
	    r->line, fmt, arg);
	iachr_error_set_pointer(&r->error, ptr);
	return -1;
}

static int
is(const xmlNode *node, const char *ns, const char *name)
{
	return node != NULL && node->type == XML_ELEMENT_NODE &&
	    node->ns != NULL && strcmp((const char *)node->ns->href, ns) == 0 &&
	    strcmp((const char *)node->name, name) == 0;
}

static int
is_blank(const xmlChar *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return 0;
	return 1;
}

/*
 * The next element sibling from node on (node itself included), or NULL;
 * *stray is set when text other than white space or a comment lies
 * between.
 */
static xmlNode *
element_from(xmlNode *node, int *stray)
{
	for (; node != NULL; node = node->next) {
		if (node->type == XML_ELEMENT_NODE)
			return node;
		if ((node->type == XML_TEXT_NODE && !is_blank(node->content)) ||
		    (node->type != XML_TEXT_NODE &&
		    node->type != XML_COMMENT_NODE))
			*stray = 1;
	}
	return NULL;
}

static xmlNode *
child(xmlNode *parent, const char *ns, const char *name)
{
	xmlNode *c;

	for (c = parent != NULL ? parent->children : NULL; c != NULL;
	    c = c->next)
		if (is(c, ns, name))
			return c;
	return NULL;
}

static int
is_nil(const xmlNode *node)
{
	const xmlAttr *a;

	for (a = node->properties; a != NULL; a = a->next)
		if (a->ns != NULL && strcmp((const char *)a->ns->href,
		    XSI_NS) == 0 && strcmp((const char *)a->name, "nil") == 0 &&
		    a->children != NULL && a->children->content != NULL &&
		    strcmp((const char *)a->children->content, "true") == 0)
			return 1;
	return 0;
}

/* The text of an element that must hold text only (new string). */
static json_t *
text_of(struct iachr_xml_reader *r, xmlNode *node, const char *ptr)
{
	xmlNode *c;
	xmlChar *s;
	json_t *v;

	for (c = node->children; c != NULL; c = c->next)
		if (c->type != XML_TEXT_NODE)
			return bad(r, c, ptr, "expected text only%s", ""),
			    NULL;
	if ((s = xmlNodeGetContent(node)) == NULL)
		return json_string("");
	v = json_string((const char *)s);
	xmlFree(s);
	if (v == NULL)
		bad(r, node, ptr, "text is not valid UTF-8%s", "");
	return v;
}

static json_t *
integer_of(struct iachr_xml_reader *r, xmlNode *node, const char *ptr)
{
	json_t *s = text_of(r, node, ptr);
	const char *p;
	char *end;
	long long n;

	if (s == NULL)
		return NULL;
	p = json_string_value(s);
	errno = 0;
	n = strtoll(p, &end, 10);
	if ((*p != '-' && (*p < '0' || *p > '9')) || *end != '\0' ||
	    errno == ERANGE) {
		bad(r, node, ptr, "\"%s\" is not an integer", p);
		json_decref(s);
		return NULL;
	}
	json_decref(s);
	return json_integer(n);
}

static json_t *read_value(struct iachr_xml_reader *r, xmlNode *node,
    const struct akn_field *row, char *ptr, size_t plen);

/* Reads the members of fields from the children of parent. */
static json_t *
read_members(struct iachr_xml_reader *r, xmlNode *parent,
    const struct akn_field *fields, char *ptr, size_t plen, json_t *body)
{
	const struct akn_field *f;
	xmlNode *node;
	json_t *obj, *v;
	size_t n = strlen(ptr);
	int stray = 0;

	if ((obj = json_object()) == NULL)
		return NULL;
	node = element_from(parent->children, &stray);
	for (f = fields; f->key != NULL; f++) {
		snprintf(ptr + n, plen - n, "/%s", f->key);
		if (f->kind == AKN_BODY) {
			v = json_incref(body);
		} else if (!is(node, IACHR_XML_RECORD_NS, f->key)) {
			bad(r, node != NULL ? node : parent, ptr,
			    "expected the element iachr:%s here", f->key);
			v = NULL;
		} else {
			v = read_value(r, node, f, ptr, plen);
			node = element_from(node->next, &stray);
		}
		if (v == NULL || json_object_set_new(obj, f->key, v) != 0)
			goto fail;
	}
	ptr[n] = '\0';
	if (node != NULL || stray) {
		bad(r, node != NULL ? node : parent, ptr, "unexpected %s",
		    node != NULL ? "element" : "text");
		goto fail;
	}
	return obj;
fail:
	ptr[n] = '\0';
	json_decref(obj);
	return NULL;
}

static json_t *
read_value(struct iachr_xml_reader *r, xmlNode *node,
    const struct akn_field *row, char *ptr, size_t plen)
{
	struct akn_field item;
	json_t *a, *v;
	xmlNode *c;
	size_t n = strlen(ptr), i = 0;
	int stray = 0;

	if (is_nil(node)) {
		if (row->nullable && node->children == NULL)
			return json_null();
		return bad(r, node, ptr, "cannot be null%s", ""), NULL;
	}
	switch (row->kind) {
	case AKN_STRING:
		return text_of(r, node, ptr);
	case AKN_INTEGER:
		return integer_of(r, node, ptr);
	case AKN_BOOLEAN:
		if ((v = text_of(r, node, ptr)) == NULL)
			return NULL;
		a = strcmp(json_string_value(v), "true") == 0 ? json_true() :
		    strcmp(json_string_value(v), "false") == 0 ? json_false() :
		    NULL;
		if (a == NULL)
			bad(r, node, ptr, "\"%s\" is not true or false",
			    json_string_value(v));
		json_decref(v);
		return a;
	case AKN_OBJECT:
		return read_members(r, node, row->sub, ptr, plen, NULL);
	default:
		break;
	}
	memset(&item, 0, sizeof(item));
	item.kind = row->item_kind;
	item.sub = row->sub;
	if ((a = json_array()) == NULL)
		return NULL;
	for (c = element_from(node->children, &stray); c != NULL;
	    c = element_from(c->next, &stray), i++) {
		snprintf(ptr + n, plen - n, "/%zu", i);
		if (!is(c, IACHR_XML_RECORD_NS, row->item)) {
			bad(r, c, ptr, "expected the element iachr:%s here",
			    row->item);
			goto fail;
		}
		if ((v = read_value(r, c, &item, ptr, plen)) == NULL ||
		    json_array_append_new(a, v) != 0)
			goto fail;
	}
	ptr[n] = '\0';
	if (stray) {
		bad(r, node, ptr, "unexpected text%s", "");
		goto fail;
	}
	return a;
fail:
	ptr[n] = '\0';
	json_decref(a);
	return NULL;
}

/* The paragraphs of mainBody/hcontainer[@name="text"], as strings. */
static json_t *
read_text(struct iachr_xml_reader *r, xmlNode *statement)
{
	xmlNode *body, *box = NULL, *para, *p;
	xmlChar *name, *s;
	json_t *a, *v;
	char ptr[32];
	size_t i = 0;
	int stray = 0;

	body = child(statement, IACHR_AKN_NS, "mainBody");
	for (box = body != NULL ? body->children : NULL; box != NULL;
	    box = box->next) {
		if (!is(box, IACHR_AKN_NS, "hcontainer"))
			continue;
		name = xmlGetNoNsProp(box, BAD_CAST "name");
		if (name != NULL && strcmp((const char *)name, "text") == 0) {
			xmlFree(name);
			break;
		}
		xmlFree(name);
	}
	if (box == NULL)
		return bad(r, statement, "/text", "no mainBody/hcontainer "
		    "named %s", "\"text\""), NULL;
	if ((a = json_array()) == NULL)
		return NULL;
	for (para = element_from(box->children, &stray); para != NULL;
	    para = element_from(para->next, &stray), i++) {
		snprintf(ptr, sizeof(ptr), "/text/%zu", i);
		p = child(child(para, IACHR_AKN_NS, "content"), IACHR_AKN_NS,
		    "p");
		if (!is(para, IACHR_AKN_NS, "paragraph") || p == NULL) {
			bad(r, para, ptr, "expected a paragraph with "
			    "content/p%s", "");
			json_decref(a);
			return NULL;
		}
		s = xmlNodeGetContent(p);
		v = json_string(s != NULL ? (const char *)s : "");
		xmlFree(s);
		if (v == NULL || json_array_append_new(a, v) != 0) {
			bad(r, p, ptr, "text is not valid UTF-8%s", "");
			json_decref(a);
			return NULL;
		}
	}
	if (stray) {
		bad(r, box, "/text", "unexpected text%s", "");
		json_decref(a);
		return NULL;
	}
	return a;
}

static json_t *
read_statement(struct iachr_xml_reader *r, xmlNode *statement)
{
	xmlNode *prop, *rec = NULL;
	json_t *text, *out;
	char ptr[IACHR_ERROR_POINTER_LENGTH] = "";

	for (prop = child(child(statement, IACHR_AKN_NS, "meta"),
	    IACHR_AKN_NS, "proprietary"); prop != NULL && rec == NULL;
	    prop = prop->next)
		if (is(prop, IACHR_AKN_NS, "proprietary"))
			rec = child(prop, IACHR_XML_RECORD_NS, "record");
	if (rec == NULL)
		return bad(r, statement, "", "no iachr:record in "
		    "meta/proprietary%s", ""), NULL;
	if ((text = read_text(r, statement)) == NULL)
		return NULL;
	out = read_members(r, rec, iachrp_akn_record, ptr, sizeof(ptr), text);
	json_decref(text);
	return out;
}

/* Copies the reader's error out; returns code. */
static int
report(struct iachr_xml_reader *r, iachr_error_t *err, int code)
{
	if (r->error.code == IACHR_E_NONE)
		reader_error(r, code == IACHR_FATAL ? IACHR_E_SYNTAX :
		    IACHR_E_INVALID, r->line, "unreadable XML%s", "");
	if (err != NULL && err->code == IACHR_E_NONE)
		*err = r->error;
	r->line = r->error.line;
	if (code == IACHR_FATAL)
		r->done = 1;
	else
		iachr_error_init(&r->error);
	return code;
}

int
iachr_xml_reader_next(iachr_xml_reader *r, json_t **rec,
    iachr_error_t *err)
{
	const xmlChar *name, *ns;
	xmlNode *node;
	int ret, type, depth;

	*rec = NULL;
	if (r->done)
		return r->error.code != IACHR_E_NONE ?
		    report(r, err, IACHR_FATAL) : IACHR_EOF;
	if (r->xr == NULL)
		return report(r, err, IACHR_FATAL);
	while ((ret = xmlTextReaderRead(r->xr)) == 1) {
		type = xmlTextReaderNodeType(r->xr);
		depth = xmlTextReaderDepth(r->xr);
		node = xmlTextReaderCurrentNode(r->xr);
		r->line = node != NULL ? xmlGetLineNo(node) :
		    xmlTextReaderGetParserLineNumber(r->xr);
		if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
			reader_error(r, IACHR_E_INVALID, r->line,
			    "document type declarations are refused "
			    "(no DTD, no entities)%s", "");
			return report(r, err, IACHR_FATAL);
		}
		if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
			reader_error(r, IACHR_E_INVALID, r->line,
			    "entity references are refused%s", "");
			return report(r, err, IACHR_FATAL);
		}
		if (depth > IACHR_XML_MAX_DEPTH) {
			reader_error(r, IACHR_E_LIMIT, r->line,
			    "elements nested deeper than %s", "64");
			return report(r, err, IACHR_FATAL);
		}
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		name = xmlTextReaderConstLocalName(r->xr);
		ns = xmlTextReaderConstNamespaceUri(r->xr);
		if (ns == NULL || strcmp((const char *)ns, IACHR_AKN_NS) != 0) {
			if (depth == 0) {
				reader_error(r, IACHR_E_INVALID, r->line,
				    "not Akoma Ntoso: the root element is %s",
				    (const char *)name);
				return report(r, err, IACHR_FATAL);
			}
			continue;
		}
		if (depth == 0) {
			if (strcmp((const char *)name, "akomaNtoso") != 0) {
				reader_error(r, IACHR_E_INVALID, r->line,
				    "not Akoma Ntoso: the root element is %s",
				    (const char *)name);
				return report(r, err, IACHR_FATAL);
			}
			r->seen_root = 1;
			continue;
		}
		if (depth == 1 && strcmp((const char *)name,
		    "documentCollection") == 0) {
			r->in_collection = 1;
			continue;
		}
		if (r->in_collection && depth == 2)
			r->in_body = strcmp((const char *)name,
			    "collectionBody") == 0;
		if (depth != 1 && !(r->in_body && depth == 4))
			continue;
		if (strcmp((const char *)name, "statement") != 0) {
			/*
			 * Another document type holds no record; reading
			 * goes on through it (depth limits still apply).
			 */
			reader_error(r, IACHR_E_INVALID, r->line,
			    "<%s> is not a statement holding a record",
			    (const char *)name);
			return report(r, err, IACHR_FAILED);
		}
		if ((node = xmlTextReaderExpand(r->xr)) == NULL)
			return report(r, err, IACHR_FATAL);
		r->line = xmlGetLineNo(node);
		*rec = read_statement(r, node);
		r->record_start = r->consumed;
		if (xmlTextReaderNext(r->xr) < 0 && *rec != NULL) {
			/* The error is the next call's to report. */
			r->done = 1;
			return IACHR_OK;
		}
		if (*rec == NULL)
			return report(r, err, IACHR_FAILED);
		return IACHR_OK;
	}
	if (ret < 0 && r->consumed == 0 && r->error.code == IACHR_E_SYNTAX) {
		/* No input at all: no document, no record. */
		r->done = 1;
		iachr_error_init(&r->error);
		return IACHR_EOF;
	}
	if (ret < 0)
		return report(r, err, IACHR_FATAL);
	r->done = 1;
	if (!r->seen_root && r->consumed > 0)
		return report(r, err, IACHR_FATAL);
	return IACHR_EOF;
}
