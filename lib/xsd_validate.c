/*
 * Validation of an Akoma Ntoso document against a bundled XML Schema
 * with libxml2, in memory bounded by one statement.  The document is
 * parsed once with SAX callbacks that build libxml2's tree; a document
 * of one statement is validated whole at its end, but a collection is
 * validated piece by piece: its wrapper (meta and the elements before
 * collectionBody) once collectionBody begins, then each component as
 * soon as it ends, moved into a small skeleton collection whose own
 * parts are known to be valid, and freed.  libxml2's streaming validator
 * keeps state for every element it has seen, which is why it is not used.
 * Each element keeps its line in the user's file (node->line stops at
 * 65535), so errors are located past that.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlschemas.h>

#include "iachr_schema.h"
#include "iachr_private.h"
#include "iachr_xml.h"

/*
 * A collection with valid parts of its own: components under test are
 * placed in its collectionBody, and errors outside them are ignored.
 */
static const char skeleton_text[] =
    "<akomaNtoso xmlns='" IACHR_AKN_NS "'>"
    "<documentCollection name='dataset'><meta>"
    "<identification source='#t'><FRBRWork>"
    "<FRBRthis value='/akn/xo-oas/documentCollection/dataset/iachr/x/x'/>"
    "<FRBRuri value='/akn/xo-oas/documentCollection/dataset/iachr/x/x'/>"
    "<FRBRdate date='2000-01-01' name='adoption'/>"
    "<FRBRauthor href='#t'/><FRBRcountry value='xo-oas'/>"
    "<FRBRsubtype value='dataset'/><FRBRnumber value='x'/></FRBRWork>"
    "<FRBRExpression>"
    "<FRBRthis value='/akn/xo-oas/documentCollection/dataset/iachr/x/x'/>"
    "<FRBRuri value='/akn/xo-oas/documentCollection/dataset/iachr/x/x'/>"
    "<FRBRdate date='2000-01-01' name='adoption'/>"
    "<FRBRauthor href='#t'/><FRBRlanguage language='eng'/>"
    "</FRBRExpression><FRBRManifestation>"
    "<FRBRthis value='/akn/xo-oas/documentCollection/dataset/iachr/x/x'/>"
    "<FRBRuri value='/akn/xo-oas/documentCollection/dataset/iachr/x/x'/>"
    "<FRBRdate date='2000-01-01' name='adoption'/>"
    "<FRBRauthor href='#t'/></FRBRManifestation></identification>"
    "<references source='#t'>"
    "<TLCOrganization eId='t' href='/t' showAs='t'/>"
    "<TLCOrganization eId='u' href='/u' showAs='u'/>"
    "</references></meta><collectionBody/></documentCollection>"
    "</akomaNtoso>";

struct xsd_run {
	FILE *fp;
	void (*report)(void *, int, long, long, long, const char *,
	    const char *);
	void *arg;
	xmlParserCtxtPtr ctxt;
	xmlSchemaValidCtxtPtr vctxt;
	xmlDocPtr skeleton;	/* shares the parser's dictionary */
	xmlNodePtr skeleton_body;
	int errors;
	int fatal;		/* not well-formed, or a limit: stop */
	int nomem;
	int read_errno;
	long long consumed;	/* bytes read */
	long long piece_start;	/* where the current piece began */
	int depth;		/* elements open */
	int collection;		/* the root holds a documentCollection */
	int wrapper_done;	/* the collection's wrapper is validated */
	xmlNodePtr body;	/* the collection's collectionBody */
	long components;
	/* What errors of the validation under way belong to. */
	xmlNodePtr scope;	/* only errors inside it count; or NULL */
	xmlNodePtr record_node;	/* errors inside it name the record */
	long record;
	const char *id;
	xmlNodePtr drop;	/* its missing children are not an error */
};

static xmlExternalEntityLoader saved_loader;

/*
 * Serves the schema's imports from the bundled files and nothing else,
 * so that compiling the schema never reads the disk or the network.
 */
static xmlParserInputPtr
bundled_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	xmlParserInputBufferPtr buf;
	const char *base, *text;
	size_t len;

	(void)id;
	if (url == NULL)
		return NULL;
	base = strrchr(url, '/');
	base = base != NULL ? base + 1 : url;
	if ((text = iachr_schema_text(base, &len)) == NULL)
		return NULL;
	buf = xmlParserInputBufferCreateMem(text, (int)len,
	    XML_CHAR_ENCODING_NONE);
	if (buf == NULL)
		return NULL;
	return xmlNewIOInputStream(ctxt, buf, XML_CHAR_ENCODING_NONE);
}

/*
 * Copies libxml2's message as one line: some span two ("Input is not
 * proper UTF-8 ...\nBytes: ..."), and a diagnostic is one line.
 */
static void
trim_copy(char *dst, size_t size, const char *msg)
{
	size_t n;
	char *nl;

	snprintf(dst, size, "%s", msg != NULL ? msg : "XML error");
	n = strlen(dst);
	while (n > 0 && (dst[n - 1] == '\n' || dst[n - 1] == ' '))
		dst[--n] = '\0';
	while ((nl = strchr(dst, '\n')) != NULL)
		*nl = ' ';
}

/* The line in the user's file where element node began. */
static long
line_of(xmlNodePtr node)
{
	if (node != NULL && node->type == XML_ATTRIBUTE_NODE)
		node = node->parent;
	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return 0;
	return node->psvi != NULL ? (long)(intptr_t)node->psvi :
	    (long)node->line;
}

static int
inside(xmlNodePtr node, xmlNodePtr top)
{
	for (; node != NULL; node = node->parent)
		if (node == top)
			return 1;
	return 0;
}

static void
complain(struct xsd_run *run, int code, long line, long column,
    long record, const char *id, const char *msg)
{
	run->errors++;
	run->report(run->arg, code, line, column, record, id, msg);
}

/* Both the parser's and the validator's errors come through here. */
static void
xml_error(void *arg, xmlErrorPtr e)
{
	struct xsd_run *run = arg;
	xmlNodePtr node = e->node;
	char msg[512];
	long line = e->line;
	int in_record;

	if (e->level == XML_ERR_WARNING || run->read_errno != 0 ||
	    run->fatal)
		return;
	trim_copy(msg, sizeof(msg), e->message);
	if (e->domain != XML_FROM_SCHEMASV) {
		if (e->level == XML_ERR_FATAL) {
			run->fatal = 1;
			if (run->ctxt != NULL)
				xmlStopParser(run->ctxt);
		}
		complain(run, IACHR_E_SYNTAX, line, e->int2, 0, NULL, msg);
		return;
	}
	if (run->scope != NULL && !inside(node, run->scope))
		return;
	if (node != NULL && node == run->drop &&
	    e->code == XML_SCHEMAV_ELEMENT_CONTENT)
		return;
	if (line_of(node) > 0)
		line = line_of(node);
	in_record = run->record_node != NULL &&
	    inside(node, run->record_node);
	complain(run, IACHR_E_INVALID, line, 0, in_record ? run->record : 0,
	    in_record ? run->id : NULL, msg);
}

static int
read_cb(void *ctx, char *buf, int len)
{
	struct xsd_run *run = ctx;
	char msg[128];
	size_t n;

	if (run->fatal)
		return -1;
	n = fread(buf, 1, (size_t)len, run->fp);
	if (n == 0 && ferror(run->fp)) {
		run->read_errno = errno != 0 ? errno : EIO;
		return -1;
	}
	run->consumed += (long long)n;
	if (run->consumed - run->piece_start > IACHR_XML_MAX_RECORD +
	    IACHRP_XML_READ_SLACK) {
		snprintf(msg, sizeof(msg), "a statement longer than %lld "
		    "bytes", IACHR_XML_MAX_RECORD);
		complain(run, IACHR_E_SYNTAX, run->ctxt != NULL &&
		    run->ctxt->input != NULL ? run->ctxt->input->line : 0, 0,
		    run->components, NULL, msg);
		run->fatal = 1;
		return -1;
	}
	return (int)n;
}

static int
named(xmlNodePtr node, const char *name, const char *ns)
{
	return node != NULL && node->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)node->name, name) == 0 && node->ns != NULL &&
	    strcmp((const char *)node->ns->href, ns) == 0;
}

static xmlNodePtr
child(xmlNodePtr node, const char *name, const char *ns)
{
	xmlNodePtr c;

	for (c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
		if (named(c, name, ns))
			return c;
	return NULL;
}

/* The id of the record a statement holds, or NULL. */
static const char *
record_id(xmlNodePtr statement)
{
	xmlNodePtr n;

	n = child(child(child(statement, "meta", IACHR_AKN_NS),
	    "proprietary", IACHR_AKN_NS), "record", IACHR_XML_RECORD_NS);
	n = child(n, "id", IACHR_XML_RECORD_NS);
	if (n == NULL || n->children == NULL ||
	    n->children->type != XML_TEXT_NODE || n->children->next != NULL)
		return NULL;
	return (const char *)n->children->content;
}

static void
validate(struct xsd_run *run, xmlDocPtr doc)
{
	if (xmlSchemaValidateDoc(run->vctxt, doc) < 0 && run->errors == 0)
		run->nomem = 1;
}

/*
 * Validates the collection's wrapper as it stands when collectionBody
 * begins (or ends the document without one): collectionBody is still
 * empty then, and the components it will hold are counted instead.
 */
static void
validate_wrapper(struct xsd_run *run)
{
	run->scope = NULL;
	run->record_node = NULL;
	run->drop = run->body;
	validate(run, run->ctxt->myDoc);
	run->drop = NULL;
	run->wrapper_done = 1;
}

/* Component n must be numbered cmp_n, so that its eIds are unique. */
static void
check_eid(struct xsd_run *run, xmlNodePtr comp)
{
	xmlChar *eid = xmlGetNoNsProp(comp, (const xmlChar *)"eId");
	char want[32], msg[512];

	snprintf(want, sizeof(want), "cmp_%ld", run->components);
	if (eid != NULL && strcmp((const char *)eid, want) != 0) {
		snprintf(msg, sizeof(msg), "Element '{%s}component', "
		    "attribute 'eId': '%.64s' is not '%s': components are "
		    "numbered in order from cmp_1.", IACHR_AKN_NS,
		    (const char *)eid, want);
		complain(run, IACHR_E_INVALID, line_of(comp), 0,
		    run->record, run->id, msg);
	}
	xmlFree(eid);
}

/*
 * Validates an element of collectionBody, just ended, in the skeleton
 * and frees it: a component is the record numbered run->components.
 */
static void
validate_component(struct xsd_run *run, xmlNodePtr comp)
{
	xmlUnlinkNode(comp);
	xmlAddChild(run->skeleton_body, comp);
	run->scope = comp;
	run->record_node = comp->_private == &run->components ? comp : NULL;
	run->record = run->components;
	run->id = record_id(child(comp, "statement", IACHR_AKN_NS));
	if (run->record_node != NULL)
		check_eid(run, comp);
	validate(run, run->skeleton);
	run->scope = NULL;
	run->record_node = NULL;
	run->id = NULL;
	xmlUnlinkNode(comp);
	xmlFreeNode(comp);
}

static void
not_expected(struct xsd_run *run, xmlNodePtr node, long line)
{
	char msg[512];

	snprintf(msg, sizeof(msg), "Element '{%s}%s': This element is not "
	    "expected.", node->ns != NULL ? (const char *)node->ns->href : "",
	    (const char *)node->name);
	complain(run, IACHR_E_INVALID, line, 0, 0, NULL, msg);
}

static void
start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
    int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct xsd_run *run = ctxt->_private;
	long line = ctxt->input != NULL ? ctxt->input->line : 0;
	xmlNodePtr node, parent = ctxt->node;
	char msg[64];

	/* The root is at depth 0 for the record reader. */
	if (++run->depth > IACHR_XML_MAX_DEPTH + 1) {
		snprintf(msg, sizeof(msg), "elements nested deeper than %d",
		    IACHR_XML_MAX_DEPTH);
		complain(run, IACHR_E_SYNTAX, line, 0, 0, NULL, msg);
		run->fatal = 1;
		xmlStopParser(ctxt);
		return;
	}
	xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces,
	    namespaces, nb_attributes, nb_defaulted, attributes);
	if ((node = ctxt->node) == NULL || node == parent) {
		run->nomem = 1;
		xmlStopParser(ctxt);
		return;
	}
	node->psvi = (void *)(intptr_t)line;
	if (run->depth == 2 &&
	    named(parent, "akomaNtoso", IACHR_AKN_NS) &&
	    named(node, "documentCollection", IACHR_AKN_NS) &&
	    child(parent, "documentCollection", IACHR_AKN_NS) == node)
		run->collection = 1;
	if (!run->collection || run->depth > 4)
		return;
	if (run->wrapper_done && run->depth < 4) {
		/* Freed when it ends. */
		node->_private = run;
		not_expected(run, node, line);
		return;
	}
	if (run->depth == 3 && named(node, "collectionBody", IACHR_AKN_NS)) {
		run->body = node;
		validate_wrapper(run);
		return;
	}
	if (run->depth != 4 || parent != run->body)
		return;
	run->piece_start = run->consumed;
	if (!named(node, "component", IACHR_AKN_NS))
		return;
	run->components++;
	/* Validated as component n when it ends. */
	node->_private = &run->components;
}

static void
end_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct xsd_run *run = ctxt->_private;
	xmlNodePtr node = ctxt->node;
	int depth = run->depth--;

	xmlSAX2EndElementNs(ctx, localname, prefix, uri);
	if (!run->collection || node == NULL || !run->wrapper_done)
		return;
	if (depth == 4 && node->parent == run->body) {
		validate_component(run, node);
		run->piece_start = run->consumed;
	} else if (node->_private == run) {
		xmlUnlinkNode(node);
		xmlFreeNode(node);
	} else if (node == run->body && run->components < 2) {
		char msg[512];

		snprintf(msg, sizeof(msg), "Element '{%s}collectionBody': "
		    "Missing child element(s). Expected is ( {%s}component "
		    ").", IACHR_AKN_NS, IACHR_AKN_NS);
		complain(run, IACHR_E_INVALID, line_of(node), 0, 0, NULL,
		    msg);
	}
}

/*
 * Between the components of a collection nothing is kept, so that the
 * document does not grow with them; text there is checked as the schema
 * would.
 */
static int
skipped(xmlParserCtxtPtr ctxt, const xmlChar *ch, int len)
{
	struct xsd_run *run = ctxt->_private;
	char msg[512];
	int i;

	if (!run->collection || !run->wrapper_done || run->depth > 3)
		return 0;
	for (i = 0; ch != NULL && i < len; i++)
		if (ch[i] != ' ' && ch[i] != '\t' && ch[i] != '\n' &&
		    ch[i] != '\r')
			break;
	if (ch != NULL && i < len && ctxt->node != NULL) {
		snprintf(msg, sizeof(msg), "Element '{%s}%s': Character "
		    "content other than whitespace is not allowed because "
		    "the content type is 'element-only'.", IACHR_AKN_NS,
		    (const char *)ctxt->node->name);
		complain(run, IACHR_E_INVALID, ctxt->input != NULL ?
		    ctxt->input->line : 0, 0, 0, NULL, msg);
	}
	return 1;
}

static void
characters(void *ctx, const xmlChar *ch, int len)
{
	if (!skipped(ctx, ch, len))
		xmlSAX2Characters(ctx, ch, len);
}

static void
comment(void *ctx, const xmlChar *value)
{
	if (!skipped(ctx, NULL, 0))
		xmlSAX2Comment(ctx, value);
}

static void
processing_instruction(void *ctx, const xmlChar *target, const xmlChar *data)
{
	if (!skipped(ctx, NULL, 0))
		xmlSAX2ProcessingInstruction(ctx, target, data);
}

static void
internal_subset(void *ctx, const xmlChar *name, const xmlChar *id,
    const xmlChar *system)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct xsd_run *run = ctxt->_private;

	(void)name;
	(void)id;
	(void)system;
	complain(run, IACHR_E_SYNTAX, ctxt->input != NULL ?
	    ctxt->input->line : 0, 0, 0, NULL,
	    "a document type declaration is not allowed");
	run->fatal = 1;
	xmlStopParser(ctxt);
}

/* Keeps the first message of a schema that does not compile. */
static void
compile_error(void *arg, xmlErrorPtr e)
{
	char *first = arg;

	if (first[0] == '\0')
		trim_copy(first, 256, e->message);
}

static xmlSchemaPtr
compile(const char *xsd, iachr_error_t *err)
{
	char first[256] = "";
	xmlSchemaParserCtxtPtr pctxt;
	xmlSchemaPtr schema = NULL;
	const char *text;
	size_t len;

	if ((text = iachr_schema_text(xsd, &len)) == NULL) {
		iachr_error_set(err, IACHR_E_USAGE, NULL, 0, 0, -1,
		    "%s: no such bundled schema", xsd);
		return NULL;
	}
	saved_loader = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(bundled_loader);
	xmlSetStructuredErrorFunc(first, compile_error);
	if ((pctxt = xmlSchemaNewMemParserCtxt(text, (int)len)) != NULL) {
		xmlSchemaSetParserStructuredErrors(pctxt, compile_error,
		    first);
		schema = xmlSchemaParse(pctxt);
		xmlSchemaFreeParserCtxt(pctxt);
	}
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlSetExternalEntityLoader(saved_loader);
	if (schema == NULL)
		iachr_error_set(err, IACHR_E_INVALID, NULL, 0, 0, -1,
		    "%s: the bundled schema does not compile: %s", xsd,
		    first);
	return schema;
}

/* The skeleton collection, in a document sharing the parser's names. */
static int
make_skeleton(struct xsd_run *run)
{
	xmlDocPtr text;
	xmlNodePtr root;

	text = xmlReadMemory(skeleton_text, (int)sizeof(skeleton_text) - 1,
	    NULL, NULL, XML_PARSE_NONET);
	if (text == NULL || (run->skeleton = xmlNewDoc(NULL)) == NULL) {
		xmlFreeDoc(text);
		return -1;
	}
	run->skeleton->dict = run->ctxt->dict;
	xmlDictReference(run->ctxt->dict);
	root = xmlDocCopyNode(xmlDocGetRootElement(text), run->skeleton, 1);
	xmlFreeDoc(text);
	if (root == NULL)
		return -1;
	xmlDocSetRootElement(run->skeleton, root);
	run->skeleton_body = child(child(root, "documentCollection",
	    IACHR_AKN_NS), "collectionBody", IACHR_AKN_NS);
	return run->skeleton_body != NULL ? 0 : -1;
}

/* Validates a document that is not a collection: it is one statement. */
static void
validate_whole(struct xsd_run *run)
{
	xmlNodePtr root = xmlDocGetRootElement(run->ctxt->myDoc);
	xmlNodePtr statement = child(root, "statement", IACHR_AKN_NS);

	run->scope = NULL;
	run->record_node = statement;
	run->record = 1;
	run->id = record_id(statement);
	validate(run, run->ctxt->myDoc);
	run->record_node = NULL;
	run->id = NULL;
}

static int
parse(struct xsd_run *run, const char *source, xmlSchemaPtr schema,
    long *statements)
{
	xmlSAXHandler sax;
	xmlParserCtxtPtr ctxt;

	memset(&sax, 0, sizeof(sax));
	xmlSAXVersion(&sax, 2);
	sax.startElementNs = start_element;
	sax.endElementNs = end_element;
	sax.characters = characters;
	sax.ignorableWhitespace = characters;
	sax.comment = comment;
	sax.processingInstruction = processing_instruction;
	sax.internalSubset = internal_subset;
	sax.serror = NULL;
	ctxt = xmlCreateIOParserCtxt(&sax, NULL, read_cb, NULL, run,
	    XML_CHAR_ENCODING_NONE);
	if (ctxt == NULL)
		return -1;
	run->ctxt = ctxt;
	ctxt->_private = run;
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
	if (ctxt->input != NULL && ctxt->input->filename == NULL)
		ctxt->input->filename = (char *)xmlStrdup(
		    (const xmlChar *)source);
	if ((run->vctxt = xmlSchemaNewValidCtxt(schema)) == NULL ||
	    make_skeleton(run) != 0)
		run->nomem = 1;
	else {
		xmlSchemaSetValidStructuredErrors(run->vctxt, xml_error, run);
		xmlSetStructuredErrorFunc(run, xml_error);
		xmlParseDocument(ctxt);
		if (!run->fatal && !run->nomem && run->read_errno == 0 &&
		    ctxt->myDoc != NULL) {
			if (!run->collection)
				validate_whole(run);
			else if (!run->wrapper_done)
				validate_wrapper(run);
		}
		if (!ctxt->wellFormed && run->errors == 0 &&
		    run->read_errno == 0 && !run->nomem)
			complain(run, IACHR_E_SYNTAX, ctxt->input != NULL ?
			    ctxt->input->line : 0, 0, 0, NULL,
			    "not well-formed XML");
		xmlSetStructuredErrorFunc(NULL, NULL);
	}
	if (statements != NULL)
		*statements = run->collection ? run->components : 1;
	xmlSchemaFreeValidCtxt(run->vctxt);
	xmlFreeDoc(run->skeleton);
	xmlFreeDoc(ctxt->myDoc);
	ctxt->myDoc = NULL;
	run->ctxt = NULL;
	xmlFreeParserCtxt(ctxt);
	return run->nomem ? -1 : 0;
}

int
iachr_xsd_validate(FILE *fp, const char *source, const char *xsd,
    void (*report)(void *, int, long, long, long, const char *,
    const char *), void *arg, long *statements, iachr_error_t *err)
{
	struct xsd_run run;
	xmlSchemaPtr schema;
	int rc;

	if (statements != NULL)
		*statements = 0;
	memset(&run, 0, sizeof(run));
	run.fp = fp;
	run.report = report;
	run.arg = arg;
	if ((schema = compile(xsd, err)) == NULL)
		return -2;
	rc = parse(&run, source, schema, statements);
	xmlSchemaFree(schema);
	if (rc != 0) {
		iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
		    "out of memory");
		return -2;
	}
	if (run.read_errno != 0) {
		iachr_error_set(err, IACHR_E_IO, source, 0, 0, -1,
		    "read error: %s", strerror(run.read_errno));
		return -2;
	}
	return run.errors == 0 ? 0 : -1;
}
