/*
 * iachr2json: IACHR press releases on precautionary or provisional
 * measures to canonical records, one JSON line per release.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "iachr_extract.h"
#include "iachr_record.h"

static const char *const synopsis[] = {
	"[-p] [-o file] [file ...]",
	NULL
};

enum { OPT_VERSION = 256 };

/* keep sorted */
static const struct option longopts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "output", required_argument, NULL, 'o' },
	{ "pretty", no_argument, NULL, 'p' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

struct iachr2json {
	int pretty;
	struct cli_output out;
	char *buf;		/* the input being read, reused */
	size_t cap;
	int write_failed;
	int status;
};

/*
 * Reads all of fp into t->buf, at most one byte more than the extractor
 * accepts so that it can say the input is too large.  Returns the
 * length, or -1 on a read error.
 */
static long
slurp(struct iachr2json *t, FILE *fp)
{
	size_t len = 0, n;
	char *tmp;

	for (;;) {
		if (len == t->cap) {
			size_t cap = t->cap == 0 ? 65536 : t->cap * 2;

			if (t->cap > IACHR_EXTRACT_MAX_BYTES)
				break;
			if ((tmp = realloc(t->buf, cap)) == NULL)
				return -1;
			t->buf = tmp;
			t->cap = cap;
		}
		n = fread(t->buf + len, 1, t->cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	return ferror(fp) ? -1 : (long)len;
}

/* Converts one input; a bad release sets the status and goes on. */
static void
convert(struct iachr2json *t, const char *path)
{
	iachr_error_t err;
	const char *name;
	json_t *rec;
	FILE *fp;
	long len;

	if ((fp = cli_open_input(path, &name)) == NULL) {
		t->status = CLI_ERROR;
		return;
	}
	len = slurp(t, fp);
	if (len < 0) {
		cli_warn("%s", name);
		t->status = CLI_ERROR;
		cli_close_input(fp);
		return;
	}
	cli_close_input(fp);
	iachr_error_init(&err);
	if ((rec = iachr_extract(t->buf, (size_t)len, name, &err)) == NULL) {
		cli_report(&err);
		if (t->status == CLI_OK)
			t->status = err.code == IACHR_E_NOMEM ? CLI_ERROR :
			    CLI_DATA;
		return;
	}
	/*
	 * A write error is reported once: on stdout when it is closed, with
	 * -o here, as the file is then removed unread.
	 */
	if (iachr_record_dump(rec, t->out.fp, t->pretty) != 0) {
		if (t->out.path != NULL && !t->write_failed)
			cli_warn("%s", t->out.path);
		t->write_failed = 1;
		t->status = CLI_ERROR;
	}
	json_decref(rec);
}

int
main(int argc, char *argv[])
{
	struct iachr2json t;
	const char *output = NULL;
	int ch, i;

	cli_init(argv);
	memset(&t, 0, sizeof(t));
	while ((ch = getopt_long(argc, argv, "ho:p", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			cli_usage(stdout, synopsis);
			return cli_finish(CLI_OK);
		case 'o':
			output = optarg;
			break;
		case 'p':
			t.pretty = 1;
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
	if (cli_output_open(&t.out, output) != 0)
		return cli_finish(CLI_ERROR);
	if (argc == 0)
		convert(&t, NULL);
	for (i = 0; i < argc; i++)
		convert(&t, argv[i]);
	free(t.buf);
	return cli_finish(cli_output_end(&t.out, t.status));
}
