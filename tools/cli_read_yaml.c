/*
 * The YAML reader of the conversion loop (cli.h), in a file of its own so
 * that a tool links the YAML library only when it reads YAML.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "iachr_yaml.h"

static int
yaml_next(void *impl, json_t **value, iachr_error_t *err)
{
	return iachr_yaml_reader_next(impl, value, err);
}

/* The document's start, or where the reader kept err->pointer's node. */
static void
yaml_locate(void *impl, const json_t *value, iachr_error_t *err)
{
	long line = iachr_yaml_reader_line(impl);
	long column = 0;

	iachr_yaml_reader_locate(impl, value, err->pointer, &line, &column);
	err->line = (int)line;
	err->column = (int)column;
}

static void
yaml_free(void *impl)
{
	iachr_yaml_reader_free(impl);
}

int
cli_read_yaml(struct cli_reader *rd, FILE *fp, const char *name, void *arg)
{
	(void)arg;
	return cli_reader_set(rd, iachr_yaml_reader_new(fp, name), yaml_next,
	    yaml_locate, yaml_free);
}
