/*
 * json2xml: records (JSON Lines or any stream of JSON values) to Akoma
 * Ntoso 3.0 XML, one statement document per record, a document
 * collection for two or more.  Records are validated against the record
 * schema first, unless --no-validate.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "iachr_json_reader.h"
#include "iachr_schema.h"
#include "iachr_xml.h"

static const char *const synopsis[] = {
	"[--no-validate] [-o file] [file ...]",
	NULL
};

struct json2xml {
	struct cli_output out;
	iachr_xml_writer *writer;
	int status;
	int validate;
};

/* A write error on stdout is cli_finish()'s to report, once. */
static void
report_fatal(const struct json2xml *t, const iachr_error_t *err)
{
	if (err->code != IACHR_E_IO || t->out.path != NULL)
		cli_report(err);
}

/* Converts one input; returns -1 when the output cannot go on. */
static int
convert(struct json2xml *t, const char *path)
{
	iachr_json_reader *r;
	iachr_error_t err;
	const char *name;
	json_t *rec;
	FILE *fp;
	int rc;

	if ((fp = cli_open_input(path, &name)) == NULL) {
		t->status = CLI_ERROR;
		return 0;
	}
	if ((r = iachr_json_reader_new(fp, name)) == NULL) {
		cli_warn("%s", name);
		cli_close_input(fp);
		t->status = CLI_ERROR;
		return -1;
	}
	for (;;) {
		iachr_error_init(&err);
		rc = iachr_json_reader_next(r, &rec, &err);
		if (rc == IACHR_EOF)
			break;
		if (rc != IACHR_OK) {
			cli_report(&err);
			t->status = CLI_DATA;
			if (rc == IACHR_FATAL)
				break;
			continue;
		}
		if (t->validate && iachr_record_validate(rec, &err) != 0)
			rc = err.code == IACHR_E_NOMEM ? IACHR_FATAL :
			    IACHR_FAILED;
		else
			rc = iachr_xml_writer_write(t->writer, rec, &err);
		json_decref(rec);
		if (rc == IACHR_FAILED) {
			snprintf(err.source, sizeof(err.source), "%s", name);
			err.line = (int)iachr_json_reader_line(r);
			err.column = (int)iachr_json_reader_column(r);
			cli_report(&err);
			t->status = CLI_DATA;
		} else if (rc != IACHR_OK) {
			report_fatal(t, &err);
			t->status = CLI_ERROR;
			iachr_json_reader_free(r);
			cli_close_input(fp);
			return -1;
		}
	}
	if (ferror(fp)) {
		t->status = CLI_ERROR;
	}
	iachr_json_reader_free(r);
	cli_close_input(fp);
	return 0;
}

int
main(int argc, char **argv)
{
	/* keep sorted */
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "no-validate", no_argument, NULL, 'N' },
		{ "output", required_argument, NULL, 'o' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct json2xml t = { .status = CLI_OK, .validate = 1 };
	const char *output = NULL;
	iachr_error_t err;
	int ch, i, dead = 0;

	cli_init(argv);
	while ((ch = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'N':
			t.validate = 0;
			break;
		case 'V':
			cli_version();
			return cli_finish(CLI_OK);
		case 'h':
			cli_usage(stdout, synopsis);
			return cli_finish(CLI_OK);
		case 'o':
			output = optarg;
			break;
		default:
			return cli_usage_error(synopsis);
		}
	}
	argc -= optind;
	argv += optind;

	if (cli_output_open(&t.out, output) != 0)
		return cli_finish(CLI_ERROR);
	if ((t.writer = iachr_xml_writer_new(t.out.fp)) == NULL) {
		cli_warn("json2xml");
		cli_output_abort(&t.out);
		return cli_finish(CLI_ERROR);
	}
	if (argc == 0)
		dead = convert(&t, NULL) != 0;
	for (i = 0; i < argc && !dead; i++)
		dead = convert(&t, argv[i]) != 0;
	iachr_error_init(&err);
	if (!dead && iachr_xml_writer_close(t.writer, &err) != IACHR_OK) {
		report_fatal(&t, &err);
		t.status = CLI_ERROR;
		dead = 1;
	}
	iachr_xml_writer_free(t.writer);
	return cli_finish(cli_output_end(&t.out,
	    dead ? CLI_ERROR : t.status));
}
