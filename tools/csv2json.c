/*
 * csv2json: CSV rows to records as JSON Lines, or with --raw any CSV to
 * one object per row keyed by the header.
 */
#include <stdio.h>

#include "cli.h"
#include "iachr_csv.h"

static const char *const synopsis[] = {
	"[-o file] [-d delim] [--no-validate] [file ...]",
	"[-o file] [-d delim] --raw [--infer] [file ...]",
	NULL
};

enum { OPT_INFER = CLI_OPT_TOOL, OPT_RAW };

/* keep sorted */
static const struct cli_option options[] = {
	{ 'd', "delimiter", "delim",
	    "cells separated by delim (one character, or tab), not ','" },
	CLI_OPTION_HELP,
	{ OPT_INFER, "infer", NULL,
	    "with --raw, numbers, true, false and empty cells as JSON" },
	CLI_OPTION_NO_VALIDATE,
	CLI_OPTION_OUTPUT,
	{ OPT_RAW, "raw", NULL,
	    "any CSV: one object per row, keyed by the header" },
	CLI_OPTION_VERSION,
	CLI_OPTION_END
};

/* Where rows are written, and the conversion that reads them. */
struct csv2json {
	FILE *fp;
	const struct cli_convert *convert;
};

/* Writes the row's JSON text, as its reader gave it. */
static int
write_row(void *arg, const json_t *value, iachr_error_t *err)
{
	const struct csv2json *t = arg;
	const struct cli_reader *input = t->convert->input;
	const char *text;
	size_t len;

	(void)value;
	text = input->text(input->impl, &len);
	if (fwrite(text, 1, len, t->fp) != len || putc('\n', t->fp) == EOF) {
		iachr_error_set(err, IACHR_E_IO, NULL, 0, 0, -1, "write error");
		return IACHR_FATAL;
	}
	return IACHR_OK;
}

int
main(int argc, char **argv)
{
	struct cli_output out;
	struct cli_csv_options opt = { .values = 1, .raw_hint = 1 };
	struct cli_convert c = { .read = cli_read_csv, .read_arg = &opt,
	    .validate = CLI_VALIDATE_ALL, .write = write_row };
	struct csv2json t = { NULL, &c };
	const char *output = NULL;
	int ch;

	cli_init(argv);
	while ((ch = cli_getopt(argc, argv, options)) != -1) {
		switch (ch) {
		case 'd':
			if ((opt.delim = cli_delimiter(optarg)) == 0) {
				cli_warnx("-d: must be one ASCII character "
				    "other than a quote, CR or LF: %s", optarg);
				return cli_usage_error(synopsis);
			}
			break;
		case 'h':
			cli_help(synopsis, options,
			    "csv2json dataset.csv > dataset.jsonl");
			return cli_finish(CLI_OK);
		case 'o':
			output = optarg;
			break;
		case OPT_INFER:
			opt.flags |= IACHR_CSV_INFER;
			break;
		case CLI_OPT_NO_VALIDATE:
			opt.values = 0;
			break;
		case OPT_RAW:
			opt.flags |= IACHR_CSV_RAW;
			break;
		case CLI_OPT_VERSION:
			cli_version();
			return cli_finish(CLI_OK);
		default:
			return cli_usage_error(synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if ((opt.flags & IACHR_CSV_INFER) != 0 &&
	    (opt.flags & IACHR_CSV_RAW) == 0) {
		cli_warnx("--infer needs --raw");
		return cli_usage_error(synopsis);
	}
	/* Any CSV is not made of records: --raw passes rows through. */
	if ((opt.flags & IACHR_CSV_RAW) != 0)
		opt.values = 0;
	if (!opt.values)
		c.validate = CLI_NO_VALIDATE;
	if (cli_output_open(&out, output) != 0)
		return cli_finish(CLI_ERROR);
	t.fp = out.fp;
	c.arg = &t;
	c.output = out.path;
	cli_convert_inputs(&c, argc, argv);
	return cli_finish(cli_output_end(&out, c.status));
}
