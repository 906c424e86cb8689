/*
 * json2yaml: JSON values (JSON Lines, concatenated or pretty) to a YAML
 * stream, one document per value; records validated first.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "cli.h"
#include "iachr_json_reader.h"
#include "iachr_record.h"
#include "iachr_schema.h"
#include "iachr_yaml.h"

static const char *const synopsis[] = {
	"[--no-validate] [-o file] [file ...]",
	NULL
};

struct state {
	struct cli_output out;
	int validate;
	int status;
};

static void
raise_status(struct state *st, int status)
{
	if (status > st->status)
		st->status = status;
}

/* Returns -1 when the output failed and nothing more can be done. */
static int
convert(struct state *st, const char *path)
{
	iachr_json_reader *r;
	iachr_error_t err;
	const char *name;
	const char *text;
	long line, column;
	size_t len;
	json_t *v;
	FILE *fp;
	int rc = 0, status;

	if ((fp = cli_open_input(path, &name)) == NULL) {
		raise_status(st, CLI_ERROR);
		return 0;
	}
	if ((r = iachr_json_reader_new(fp, name)) == NULL) {
		cli_warnx("out of memory");
		cli_close_input(fp);
		raise_status(st, CLI_ERROR);
		return -1;
	}
	for (;;) {
		iachr_error_init(&err);
		status = iachr_json_reader_next(r, &v, &err);
		if (status == IACHR_EOF)
			break;
		if (status == IACHR_OK && st->validate && iachr_is_record(v) &&
		    iachr_record_validate(v, &err) != 0) {
			/* The record is left out; the stream goes on. */
			line = iachr_json_reader_line(r);
			column = iachr_json_reader_column(r);
			text = iachr_json_reader_text(r, &len);
			iachr_json_locate(text, len, err.pointer, &line,
			    &column);
			snprintf(err.source, sizeof(err.source), "%s", name);
			err.line = (int)line;
			err.column = (int)column;
			cli_report(&err);
			raise_status(st, err.code == IACHR_E_NOMEM ? CLI_ERROR :
			    CLI_DATA);
			json_decref(v);
			continue;
		}
		if (status == IACHR_OK) {
			rc = iachr_yaml_write(v, st->out.fp, &err);
			json_decref(v);
			if (rc != 0) {
				if (err.code == IACHR_E_IO)
					cli_warn("write error");
				else
					cli_report(&err);
				raise_status(st, CLI_ERROR);
				break;
			}
			continue;
		}
		cli_report(&err);
		raise_status(st, cli_error_status(&err));
		if (status == IACHR_FATAL)
			break;
	}
	iachr_json_reader_free(r);
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
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct state st = { { NULL, NULL, NULL }, 1, CLI_OK };
	const char *output = NULL;
	int ch, i;

	cli_init(argv);
	while ((ch = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
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
