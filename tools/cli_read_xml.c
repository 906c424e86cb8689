/*
 * The Akoma Ntoso XML reader of the conversion loop (cli.h), in a file of
 * its own so that a tool links the XML library only when it reads XML.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "iachr_xml.h"

static int
xml_next(void *impl, json_t **value, iachr_error_t *err)
{
	return iachr_xml_reader_next(impl, value, err);
}

/* A record's members are not tracked back to the XML: its line only. */
static void
xml_locate(void *impl, const json_t *value, iachr_error_t *err)
{
	(void)value;
	err->line = (int)iachr_xml_reader_line(impl);
}

static void
xml_free(void *impl)
{
	iachr_xml_reader_free(impl);
}

int
cli_read_xml(struct cli_reader *rd, FILE *fp, const char *name, void *arg)
{
	(void)arg;
	return cli_reader_set(rd, iachr_xml_reader_new(fp, name), xml_next,
	    xml_locate, xml_free);
}
