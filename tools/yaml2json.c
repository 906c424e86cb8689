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
#include "iachr_schema.h"
#include "iachr_yaml.h"

static const char *const synopsis[] = {
	"[-p] [--no-validate] [-o file] [file ...]",
	NULL
};

struct state {
	struct cli_output out;
	int pretty;
	int validate;
	int status;
};

/* Returns -1 when the output cannot be written. */
static int
write_value(struct state *st, json_t *v)
{
	json_t *rec;
	int rc;

	if (iachr_is_record(v)) {
		if ((rec = iachr_record_canonical(v)) == NULL) {
			cli_warnx("out of memory");
			return -1;
		}
		rc = iachr_record_dump(rec, st->out.fp, st->pretty);
		json_decref(rec);
	} else {
		rc = json_dumpf(v, st->out.fp, JSON_ENCODE_ANY |
		    (st->pretty ? JSON_INDENT(2) : JSON_COMPACT)) != 0 ||
		    putc('\n', st->out.fp) == EOF ? -1 : 0;
	}
	if (rc != 0)
		cli_write_error(st->out.path);
	return rc;
}

/* Returns -1 when the output failed and nothing more can be done. */
static int
convert(struct state *st, const char *path)
{
	iachr_yaml_reader *r;
	iachr_error_t err;
	const char *name;
	long line, column;
	json_t *v;
	FILE *fp;
	int rc = 0, status;

	if ((fp = cli_open_input(path, &name)) == NULL) {
		cli_status_raise(&st->status, CLI_ERROR);
		return 0;
	}
	if ((r = iachr_yaml_reader_new(fp, name)) == NULL) {
		cli_warnx("out of memory");
		cli_close_input(fp);
		cli_status_raise(&st->status, CLI_ERROR);
		return -1;
	}
	for (;;) {
		iachr_error_init(&err);
		status = iachr_yaml_reader_next(r, &v, &err);
		if (status == IACHR_EOF)
			break;
		if (status == IACHR_OK && st->validate && iachr_is_record(v) &&
		    iachr_record_validate(v, &err) != 0) {
			/* The record is left out; the stream goes on. */
			line = iachr_yaml_reader_line(r);
			column = 0;
			iachr_yaml_reader_locate(r, v, err.pointer, &line,
			    &column);
			err.line = (int)line;
			err.column = (int)column;
			cli_report(name, &err);
			cli_status_raise(&st->status, err.code == IACHR_E_NOMEM ? CLI_ERROR :
			    CLI_DATA);
			json_decref(v);
			continue;
		}
		if (status == IACHR_OK) {
			rc = write_value(st, v);
			json_decref(v);
			if (rc != 0) {
				cli_status_raise(&st->status, CLI_ERROR);
				break;
			}
			continue;
		}
		cli_report(name, &err);
		cli_status_raise(&st->status, cli_error_status(&err));
		if (status == IACHR_FATAL)
			break;
	}
	iachr_yaml_reader_free(r);
	cli_close_input(fp);
	return rc;
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
	struct state st = { { NULL, NULL, NULL }, 0, 1, CLI_OK };
	const char *output = NULL;
	int ch, i;

	cli_init(argv);
	while ((ch = getopt_long(argc, argv, "ho:p", longopts, NULL)) != -1) {
		switch (ch) {
		case 'V':
			cli_version();
			return cli_finish(CLI_OK);
		case 'h':
			cli_usage(stdout, synopsis);
			return cli_finish(CLI_OK);
		case 'n':
			st.validate = 0;
			break;
		case 'o':
			output = optarg;
			break;
		case 'p':
			st.pretty = 1;
			break;
		default:
			return cli_usage_error(synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (cli_output_open(&st.out, output) != 0)
		return cli_finish(CLI_ERROR);
	if (argc == 0) {
		convert(&st, NULL);
	} else {
		for (i = 0; i < argc; i++)
			if (convert(&st, argv[i]) != 0)
				break;
	}
	return cli_finish(cli_output_end(&st.out, st.status));
}
