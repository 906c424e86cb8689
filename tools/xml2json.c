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
#include "iachr_schema.h"
#include "iachr_xml.h"

static const char *const synopsis[] = {
	"[--no-validate] [-o file] [file ...]",
	NULL
};

struct xml2json {
	struct cli_output out;
	int status;
	int validate;
};

/* Writes rec (borrowed) as a canonical JSON line; -1 when it cannot. */
static int
write_record(struct xml2json *t, const json_t *rec)
{
	json_t *canon;
	int rc;

	if ((canon = iachr_record_canonical(rec)) == NULL) {
		cli_warnx("out of memory");
		return -1;
	}
	rc = iachr_record_dump(canon, t->out.fp, 0);
	json_decref(canon);
	if (rc != 0)
		cli_write_error(t->out.path);
	return rc != 0 ? -1 : 0;
}

/* Converts one input; returns -1 when the output cannot go on. */
static int
convert(struct xml2json *t, const char *path)
{
	iachr_xml_reader *r;
	iachr_error_t err;
	const char *name;
	json_t *rec;
	FILE *fp;
	int rc, failed = 0;

	if ((fp = cli_open_input(path, &name)) == NULL) {
		cli_status_raise(&t->status, CLI_ERROR);
		return 0;
	}
	if ((r = iachr_xml_reader_new(fp, name)) == NULL) {
		cli_warnx("out of memory");
		cli_close_input(fp);
		cli_status_raise(&t->status, CLI_ERROR);
		return -1;
	}
	while (!failed) {
		iachr_error_init(&err);
		rc = iachr_xml_reader_next(r, &rec, &err);
		if (rc == IACHR_EOF)
			break;
		if (rc != IACHR_OK) {
			cli_report(name, &err);
			cli_status_raise(&t->status, cli_error_status(&err));
			if (rc == IACHR_FATAL)
				break;
			continue;
		}
		if (t->validate && iachr_record_validate(rec, &err) != 0) {
			err.line = (int)iachr_xml_reader_line(r);
			cli_report(name, &err);
			cli_status_raise(&t->status, cli_error_status(&err));
			failed = err.code == IACHR_E_NOMEM;
		} else {
			failed = write_record(t, rec) != 0;
		}
		json_decref(rec);
	}
	iachr_xml_reader_free(r);
	cli_close_input(fp);
	if (failed) {
		cli_status_raise(&t->status, CLI_ERROR);
		return -1;
	}
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
	struct xml2json t = { .status = CLI_OK, .validate = 1 };
	const char *output = NULL;
	int ch, i, dead;

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
	dead = argc == 0 && convert(&t, NULL) != 0;
	for (i = 0; i < argc && !dead; i++)
		dead = convert(&t, argv[i]) != 0;
	return cli_finish(cli_output_end(&t.out, t.status));
}
