/*
 * Streaming validation of an XML document against a bundled XML Schema
 * with libxml2: the document is read through an xmlTextReader, never
 * touching the network, and every error is passed on with its line and
 * column.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include "iachr_schema.h"
#include "iachr_private.h"

struct xsd_run {
	FILE *fp;
	void (*report)(void *, int, long, long, const char *);
	void *arg;
	int errors;
	int fatal;		/* not well-formed: stop reading */
	int read_errno;		/* a read failed: nothing else matters */
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

static void
trim_copy(char *dst, size_t size, const char *msg)
{
	size_t n;

	snprintf(dst, size, "%s", msg != NULL ? msg : "XML error");
	n = strlen(dst);
	while (n > 0 && (dst[n - 1] == '\n' || dst[n - 1] == ' '))
		dst[--n] = '\0';
}

/* Both the parser's and the validator's errors come through here. */
static void
xml_error(void *arg, xmlErrorPtr e)
{
	struct xsd_run *run = arg;
	char msg[512];

	if (e->level == XML_ERR_WARNING || run->read_errno != 0)
		return;
	if (e->level == XML_ERR_FATAL)
		run->fatal = 1;
	trim_copy(msg, sizeof(msg), e->message);
	run->errors++;
	run->report(run->arg, e->domain == XML_FROM_SCHEMASV ?
	    IACHR_E_INVALID : IACHR_E_SYNTAX, e->line, e->int2, msg);
}

static int
read_file(void *ctx, char *buf, int len)
{
	struct xsd_run *run = ctx;
	size_t n = fread(buf, 1, (size_t)len, run->fp);

	if (n == 0 && ferror(run->fp)) {
		run->read_errno = errno != 0 ? errno : EIO;
		return -1;
	}
	return (int)n;
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

/*
 * Reads the whole document once, validating against schema when it is
 * not NULL; errors go to run's report.  Returns -1 when out of memory.
 */
static int
pass(struct xsd_run *run, const char *source, xmlSchemaPtr schema)
{
	xmlSchemaValidCtxtPtr vctxt = NULL;
	xmlTextReaderPtr reader;
	int rc;

	reader = xmlReaderForIO(read_file, NULL, run, source, NULL,
	    XML_PARSE_NONET);
	if (reader == NULL || (schema != NULL &&
	    (vctxt = xmlSchemaNewValidCtxt(schema)) == NULL)) {
		xmlFreeTextReader(reader);
		return -1;
	}
	/* Errors libxml2 reports outside the reader come here too. */
	xmlSetStructuredErrorFunc(run, xml_error);
	xmlTextReaderSetStructuredErrorHandler(reader, xml_error, run);
	if (vctxt != NULL) {
		xmlSchemaSetValidStructuredErrors(vctxt, xml_error, run);
		xmlTextReaderSchemaValidateCtxt(reader, vctxt, 0);
	}
	while ((rc = xmlTextReaderRead(reader)) == 1 && !run->fatal) {
		if (xmlTextReaderNodeType(reader) ==
		    XML_READER_TYPE_DOCUMENT_TYPE) {
			run->errors++;
			run->report(run->arg, IACHR_E_SYNTAX,
			    xmlTextReaderGetParserLineNumber(reader), 0,
			    "a document type declaration is not allowed");
			break;
		}
	}
	if (rc < 0 && run->errors == 0 && run->read_errno == 0) {
		run->errors++;
		run->report(run->arg, IACHR_E_SYNTAX,
		    xmlTextReaderGetParserLineNumber(reader), 0,
		    "not well-formed XML");
	}
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeTextReader(reader);
	xmlSchemaFreeValidCtxt(vctxt);
	return 0;
}

/*
 * Well-formedness is checked in a pass of its own before the schema's:
 * libxml2 2.9 loses memory when a document being validated through its
 * reader turns out not to be well-formed.
 */
int
iachr_xsd_validate(FILE *fp, const char *source, const char *xsd,
    void (*report)(void *, int, long, long, const char *), void *arg,
    iachr_error_t *err)
{
	struct xsd_run run = { fp, report, arg, 0, 0, 0 };
	xmlSchemaPtr schema;
	off_t start;
	int rc = 0;

	if ((start = ftello(fp)) < 0) {
		iachr_error_set(err, IACHR_E_USAGE, source, 0, 0, -1,
		    "cannot read the document twice: %s", strerror(errno));
		return -2;
	}
	if ((schema = compile(xsd, err)) == NULL)
		return -2;
	if (pass(&run, source, NULL) != 0)
		rc = -1;
	else if (run.errors == 0 && run.read_errno == 0) {
		if (fseeko(fp, start, SEEK_SET) != 0)
			run.read_errno = errno != 0 ? errno : EIO;
		else if (pass(&run, source, schema) != 0)
			rc = -1;
	}
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
