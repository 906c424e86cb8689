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
#include "iachr_xml.h"

static const char *const synopsis[] = {
	"[--no-validate] [-o file] [file ...]",
	NULL
};

struct json2xml {
	struct cli_output out;
	iachr_xml_writer *writer;
};

static int
write_record(void *arg, const json_t *rec, iachr_error_t *err)
{
	return iachr_xml_writer_write(arg, rec, err);
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
	struct json2xml t;
	struct cli_convert c = { .read = cli_read_json,
	    .validate = CLI_VALIDATE_ALL, .write = write_record };
	const char *output = NULL;
	iachr_error_t err;
	int ch, dead;

	cli_init(argv);
	while ((ch = cli_getopt(argc, argv, "ho:", longopts)) != -1) {
		switch (ch) {
		case 'N':
			c.validate = CLI_NO_VALIDATE;
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
	c.arg = t.writer;
	c.output = t.out.path;
	dead = cli_convert_inputs(&c, argc, argv) != 0;
	iachr_error_init(&err);
	if (!dead && iachr_xml_writer_close(t.writer, &err) != IACHR_OK) {
		if (err.code == IACHR_E_IO)
			cli_write_error(t.out.path);
		else
			cli_report(NULL, &err);
		cli_status_raise(&c.status, CLI_ERROR);
	}
	iachr_xml_writer_free(t.writer);
	return cli_finish(cli_output_end(&t.out, c.status));
}
