/*
 * xml2json: Akoma Ntoso documents written by json2xml back to records,
 * as canonical JSON Lines, each validated against the record schema
 * unless --no-validate.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "iachr_record.h"

static const char *const synopsis[] = {
	"[--no-validate] [-o file] [file ...]",
	NULL
};

/* Writes rec (borrowed) as a canonical JSON line to the stream arg. */
static int
write_record(void *arg, const json_t *rec, iachr_error_t *err)
{
	json_t *canon;
	int rc;

	if ((canon = iachr_record_canonical(rec)) == NULL) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return IACHR_FATAL;
	}
	rc = iachr_record_dump(canon, arg, 0);
	json_decref(canon);
	if (rc != 0) {
		iachr_error_set(err, IACHR_E_IO, NULL, 0, 0, -1, "write error");
		return IACHR_FATAL;
	}
	return IACHR_OK;
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
	struct cli_output out;
	struct cli_convert c = { .read = cli_read_xml,
	    .validate = CLI_VALIDATE_ALL, .write = write_record };
	const char *output = NULL;
	int ch;

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
	if (cli_output_open(&out, output) != 0)
		return cli_finish(CLI_ERROR);
	c.arg = out.fp;
	c.output = out.path;
	cli_convert_inputs(&c, argc, argv);
	return cli_finish(cli_output_end(&out, c.status));
}
