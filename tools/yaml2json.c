/*
 * yaml2json: YAML streams to JSON Lines, one document per line; records
 * validated and in canonical key order.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "cli.h"
#include "iachr_record.h"

static const char *const synopsis[] = {
	"[-p] [--no-validate] [-o file] [file ...]",
	NULL
};

struct yaml2json {
	FILE *fp;
	int pretty;
};

/* Writes v as a JSON line, a record in its canonical key order. */
static int
write_value(void *arg, const json_t *v, iachr_error_t *err)
{
	struct yaml2json *t = arg;
	json_t *rec;
	int rc;

	if (iachr_is_record(v)) {
		if ((rec = iachr_record_canonical(v)) == NULL) {
			iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
			    "out of memory");
			return IACHR_FATAL;
		}
		rc = iachr_record_dump(rec, t->fp, t->pretty);
		json_decref(rec);
	} else {
		rc = json_dumpf(v, t->fp, JSON_ENCODE_ANY |
		    (t->pretty ? JSON_INDENT(2) : JSON_COMPACT)) != 0 ||
		    putc('\n', t->fp) == EOF ? -1 : 0;
	}
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
		{ "no-validate", no_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'o' },
		{ "pretty", no_argument, NULL, 'p' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_output out;
	struct yaml2json t = { NULL, 0 };
	struct cli_convert c = { .read = cli_read_yaml,
	    .validate = CLI_VALIDATE_RECORDS, .write = write_value, .arg = &t };
	const char *output = NULL;
	int ch;

	cli_init(argv);
	while ((ch = cli_getopt(argc, argv, "ho:p", longopts)) != -1) {
		switch (ch) {
		case 'V':
			cli_version();
			return cli_finish(CLI_OK);
		case 'h':
			cli_usage(stdout, synopsis);
			return cli_finish(CLI_OK);
		case 'n':
			c.validate = CLI_NO_VALIDATE;
			break;
		case 'o':
			output = optarg;
			break;
		case 'p':
			t.pretty = 1;
			break;
		default:
			return cli_usage_error(synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (cli_output_open(&out, output) != 0)
		return cli_finish(CLI_ERROR);
	t.fp = out.fp;
	c.output = out.path;
	cli_convert_inputs(&c, argc, argv);
	return cli_finish(cli_output_end(&out, c.status));
}
