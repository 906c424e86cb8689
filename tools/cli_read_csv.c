/*
 * The CSV reader of the conversion loop (cli.h), in a file of its own so
 * that a tool links the CSV library only when it reads CSV.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "iachr_csv.h"

/* A CSV reader and the text of the row it read last. */
struct csv_input {
	iachr_csv_reader *reader;
	int values;
	int raw_hint;
	const char *text;
	size_t len;
};

static int
csv_input_next(void *impl, json_t **value, iachr_error_t *err)
{
	struct csv_input *in = impl;

	int rc;

	*value = NULL;
	rc = iachr_csv_reader_next_text(in->reader, &in->text, &in->len,
	    in->values ? value : NULL, err);
	if (rc == IACHR_FATAL)
		cli_csv_header_hint(in->reader, in->raw_hint, err);
	return rc;
}

/* Appends text to err's message, as far as it fits. */
static void
add_hint(iachr_error_t *err, const char *text)
{
	size_t len = strlen(err->text);

	snprintf(err->text + len, sizeof(err->text) - len, "%s", text);
}

void
cli_csv_header_hint(const iachr_csv_reader *r, int raw_hint,
    iachr_error_t *err)
{
	const char *first, *delim;
	char hint[80];

	if (err->code != IACHR_E_INVALID ||
	    strncmp(err->text, "header: ", 8) != 0 ||
	    iachr_csv_reader_fields(r) == 0)
		return;
	first = iachr_csv_reader_field(r, 0, NULL);
	if (iachr_csv_reader_fields(r) == 1 &&
	    (delim = strpbrk(first, ",;\t")) != NULL) {
		snprintf(hint, sizeof(hint), "; the whole line is one column: "
		    "-d %s (--delimiter) reads it", *delim == '\t' ? "tab" :
		    *delim == ';' ? "';'" : ",");
		add_hint(err, hint);
	}
	else if (raw_hint && strncmp(err->text, "header: unknown column",
	    22) == 0)
		add_hint(err, "; not the record table: --raw reads any CSV");
}

static const char *
csv_input_text(void *impl, size_t *len)
{
	struct csv_input *in = impl;

	*len = in->len;
	return in->text;
}

/* A row is one line as far as diagnostics go. */
static void
csv_input_locate(void *impl, const json_t *value, iachr_error_t *err)
{
	struct csv_input *in = impl;

	(void)value;
	err->line = (int)iachr_csv_reader_line(in->reader);
}

static void
csv_input_free(void *impl)
{
	struct csv_input *in = impl;

	iachr_csv_reader_free(in->reader);
	free(in);
}

int
cli_read_csv(struct cli_reader *rd, FILE *fp, const char *name, void *arg)
{
	const struct cli_csv_options *opt = arg;
	struct csv_input *in;
	iachr_error_t err;

	if (cli_reader_set(rd, calloc(1, sizeof(*in)), csv_input_next,
	    csv_input_locate, csv_input_free) != 0)
		return -1;
	in = rd->impl;
	in->values = opt->values;
	in->raw_hint = opt->raw_hint;
	iachr_error_init(&err);
	if ((in->reader = iachr_csv_reader_new(fp, name, opt->delim,
	    opt->flags, &err)) == NULL) {
		cli_report(name, &err);
		free(in);
		return -1;
	}
	rd->text = csv_input_text;
	return 0;
}
