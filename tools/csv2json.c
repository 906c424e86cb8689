/*
 * csv2json: CSV rows to records as JSON Lines, or with --raw any CSV to
 * one object per row keyed by the header.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "iachr_csv.h"
#include "iachr_schema.h"

static const char *const synopsis[] = {
	"[-o file] [-d delim] [--no-validate] [file ...]",
	"[-o file] [-d delim] --raw [--infer] [file ...]",
	NULL
};

enum { OPT_INFER = 256, OPT_NO_VALIDATE, OPT_RAW, OPT_VERSION };

/* keep sorted */
static const struct option longopts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "infer", no_argument, NULL, OPT_INFER },
	{ "no-validate", no_argument, NULL, OPT_NO_VALIDATE },
	{ "raw", no_argument, NULL, OPT_RAW },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

struct csv2json {
	int delim;
	int flags;
	int validate;
	struct cli_output out;
	int status;
};

/* One character, or "\t" or "tab" for a tab. */
static int
parse_delim(const char *arg)
{
	if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
		return '\t';
	if (arg[0] != '\0' && arg[1] == '\0' && strchr("\"\r\n", arg[0]) ==
	    NULL && (unsigned char)arg[0] < 0x80)
		return (unsigned char)arg[0];
	return 0;
}

/*
 * The next record as canonical JSON text, validated against the record
 * schema; an invalid record is reported in err and IACHR_FAILED
 * returned.
 */
static int
next_valid(iachr_csv_reader *r, const char **text, size_t *len,
    iachr_error_t *err)
{
	json_t *rec;
	int rc;

	rc = iachr_csv_reader_next_text(r, text, len, &rec, err);
	if (rc != IACHR_OK)
		return rc;
	rc = iachr_record_validate(rec, err);
	json_decref(rec);
	if (rc == 0)
		return IACHR_OK;
	err->line = (int)iachr_csv_reader_line(r);
	return err->code == IACHR_E_NOMEM ? IACHR_FATAL : IACHR_FAILED;
}

/* Converts one input; returns -1 when output failed and all must stop. */
static int
convert(struct csv2json *c, FILE *in, const char *name)
{
	iachr_csv_reader *r;
	iachr_error_t err;
	const char *text;
	size_t len;
	int rc;

	iachr_error_init(&err);
	if ((r = iachr_csv_reader_new(in, name, c->delim, c->flags,
	    &err)) == NULL) {
		cli_report(name, &err);
		cli_status_raise(&c->status, CLI_ERROR);
		return -1;
	}
	for (;;) {
		iachr_error_init(&err);
		if (c->validate)
			rc = next_valid(r, &text, &len, &err);
		else
			rc = iachr_csv_reader_next_text(r, &text, &len, NULL,
			    &err);
		if (rc == IACHR_EOF)
			break;
		if (rc != IACHR_OK) {
			cli_report(name, &err);
			cli_status_raise(&c->status, cli_error_status(&err));
			if (rc == IACHR_FATAL)
				break;
			continue;
		}
		if (fwrite(text, 1, len, c->out.fp) != len ||
		    putc('\n', c->out.fp) == EOF) {
			cli_write_error(c->out.path);
			cli_status_raise(&c->status, CLI_ERROR);
			iachr_csv_reader_free(r);
			return -1;
		}
	}
	iachr_csv_reader_free(r);
	return 0;
}

int
main(int argc, char **argv)
{
	struct csv2json c = { .delim = ',', .validate = 1 };
	const char *output = NULL, *name;
	FILE *in;
	int ch, i, rc = 0;

	cli_init(argv);
	while ((ch = getopt_long(argc, argv, "d:ho:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if ((c.delim = parse_delim(optarg)) == 0) {
				cli_warnx("-d: must be one ASCII character "
				    "other than a quote, CR or LF: %s", optarg);
				return cli_usage_error(synopsis);
			}
			break;
		case 'h':
			cli_usage(stdout, synopsis);
			return cli_finish(CLI_OK);
		case 'o':
			output = optarg;
			break;
		case OPT_INFER:
			c.flags |= IACHR_CSV_INFER;
			break;
		case OPT_NO_VALIDATE:
			c.validate = 0;
			break;
		case OPT_RAW:
			c.flags |= IACHR_CSV_RAW;
			break;
		case OPT_VERSION:
			cli_version();
			return cli_finish(CLI_OK);
		default:
			return cli_usage_error(synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if ((c.flags & IACHR_CSV_INFER) != 0 &&
	    (c.flags & IACHR_CSV_RAW) == 0) {
		cli_warnx("--infer needs --raw");
		return cli_usage_error(synopsis);
	}
	/* Any CSV is not made of records: --raw passes rows through. */
	if ((c.flags & IACHR_CSV_RAW) != 0)
		c.validate = 0;
	if (cli_output_open(&c.out, output) != 0)
		return cli_finish(CLI_ERROR);
	for (i = 0; i < (argc > 0 ? argc : 1); i++) {
		if ((in = cli_open_input(argc > 0 ? argv[i] : NULL,
		    &name)) == NULL) {
			cli_status_raise(&c.status, CLI_ERROR);
			continue;
		}
		rc = convert(&c, in, name);
		cli_close_input(in);
		if (rc != 0)
			break;
	}
	return cli_finish(cli_output_end(&c.out, c.status));
}
