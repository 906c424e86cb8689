/*
 * The floor for bench/xml.sh: the least the libraries can do for each
 * direction, with none of the Akoma Ntoso work.
 *   xml-floor json2xml < records.jsonl > out.xml
 *	jansson parses each line; xmlTextWriter writes each value as an
 *	element (objects by key, arrays as items).
 *   xml-floor xml2json < in.xml > out.jsonl
 *	xmlTextReader pulls every node; the text nodes of each statement
 *	(not the white space between elements) are gathered into a JSON
 *	array and written as one line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>

static void
write_value(xmlTextWriterPtr w, const char *name, const json_t *v)
{
	const char *key;
	json_t *m;
	size_t i;

	xmlTextWriterStartElement(w, BAD_CAST name);
	if (json_is_object(v)) {
		json_object_foreach((json_t *)v, key, m)
			write_value(w, key, m);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, m)
			write_value(w, "item", m);
	} else if (json_is_string(v)) {
		xmlTextWriterWriteString(w, BAD_CAST json_string_value(v));
	} else if (json_is_integer(v)) {
		xmlTextWriterWriteFormatString(w, "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
	} else if (!json_is_null(v)) {
		xmlTextWriterWriteString(w, BAD_CAST (json_is_true(v) ?
		    "true" : "false"));
	}
	xmlTextWriterEndElement(w);
}

static int
json2xml(void)
{
	xmlTextWriterPtr w = xmlNewTextWriter(xmlOutputBufferCreateFile(stdout,
	    NULL));
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	json_t *rec;

	xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
	xmlTextWriterStartElement(w, BAD_CAST "records");
	while ((len = getline(&line, &cap, stdin)) > 0) {
		if ((rec = json_loadb(line, (size_t)len, 0, NULL)) == NULL)
			return 1;
		write_value(w, "record", rec);
		json_decref(rec);
	}
	xmlTextWriterEndDocument(w);
	xmlFreeTextWriter(w);
	free(line);
	return 0;
}

static int
xml2json(void)
{
	xmlTextReaderPtr r = xmlReaderForFd(0, NULL, NULL, XML_PARSE_NONET);
	json_t *texts = json_array();
	int ret, type;

	while ((ret = xmlTextReaderRead(r)) == 1) {
		type = xmlTextReaderNodeType(r);
		if (type == XML_READER_TYPE_TEXT) {
			json_array_append_new(texts, json_string((const char *)
			    xmlTextReaderConstValue(r)));
		} else if (type == XML_READER_TYPE_END_ELEMENT &&
		    strcmp((const char *)xmlTextReaderConstLocalName(r),
		    "statement") == 0) {
			json_dumpf(texts, stdout, JSON_COMPACT);
			putchar('\n');
			json_array_clear(texts);
		}
	}
	json_decref(texts);
	xmlFreeTextReader(r);
	return ret == 0 ? 0 : 1;
}

int
main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "json2xml") == 0)
		return json2xml();
	if (argc == 2 && strcmp(argv[1], "xml2json") == 0)
		return xml2json();
	fprintf(stderr, "usage: xml-floor json2xml | xml2json\n");
	return 2;
}
