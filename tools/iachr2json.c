/*
 * iachr2json: IACHR press releases on precautionary or provisional
 * measures to canonical records, one JSON line per release.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "iachr_extract.h"
#include "iachr_record.h"

static const char *const synopsis[] = {
	"[-p] [-o file] [file ...]",
	"--explain[=json|text] [-o file] [file ...]",
	NULL
};

enum { OPT_EXPLAIN = CLI_OPT_TOOL };

enum explain { NO_EXPLAIN, EXPLAIN_JSON, EXPLAIN_TEXT };

/* keep sorted */
static const struct cli_option options[] = {
	{ OPT_EXPLAIN, "explain", "[=json|text]",
	    "say which rule found each field, and where" },
	CLI_OPTION_HELP,
	CLI_OPTION_OUTPUT,
	{ 'p', "pretty", NULL, "indent the JSON, two spaces a level" },
	CLI_OPTION_VERSION,
	CLI_OPTION_END
};

struct iachr2json {
	int pretty;
	enum explain explain;
	int colour;		/* mark spans with ANSI colour */
	struct cli_output out;
	char *buf;		/* the input being read, reused */
	size_t cap;
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
	size_t len = 0, n, want;
	char *tmp;

	/* Read straight into buf: no buffer for the stream (nor fstat). */
	(void)setvbuf(fp, NULL, _IONBF, 0);
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
		want = t->cap - len;
		n = fread(t->buf + len, 1, want, fp);
		len += n;
		/* Short of what was asked: the end (or an error), met once. */
		if (n < want)
			break;
	}
	return ferror(fp) ? -1 : (long)len;
}

/* The lines of buf that span [start, end) touches, the span marked. */
static void
print_marked(const struct iachr2json *t, const char *buf, size_t len,
    size_t start, size_t end)
{
	FILE *fp = t->out.fp;
	size_t a = start, b = end, i;

	while (a > 0 && buf[a - 1] != '\n')
		a--;
	while (b < len && buf[b] != '\n' && buf[b] != '\r')
		b++;
	fputs("    ", fp);
	for (i = a; i < b; i++) {
		if (i == start)
			fputs(t->colour ? "\033[1;7m" : "[", fp);
		if (i == end)
			fputs(t->colour ? "\033[0m" : "]", fp);
		if (buf[i] == '\n')
			fputs("\n    ", fp);
		else if (buf[i] != '\r')
			putc(buf[i], fp);
	}
	if (end == b)
		fputs(t->colour ? "\033[0m" : "]", fp);
	putc('\n', fp);
}

/* One field's explanation for a person: value, rule, marked spans. */
static void
print_explained(const struct iachr2json *t, const char *buf, size_t len,
    const json_t *e)
{
	char *value = json_dumps(json_object_get(e, "value"),
	    JSON_COMPACT | JSON_ENCODE_ANY);
	const json_t *span;
	size_t i;

	fprintf(t->out.fp, "%s = %s\n  rule: %s\n",
	    json_string_value(json_object_get(e, "field")),
	    value != NULL ? value : "?",
	    json_string_value(json_object_get(e, "rule")));
	free(value);
	json_array_foreach(json_object_get(e, "spans"), i, span) {
		fprintf(t->out.fp, "  %lld:%lld:\n",
		    json_integer_value(json_object_get(span, "line")),
		    json_integer_value(json_object_get(span, "col")));
		print_marked(t, buf, len,
		    (size_t)json_integer_value(json_object_get(span, "start")),
		    (size_t)json_integer_value(json_object_get(span, "end")));
	}
}

/* Writes the explanation of one release; -1 on a write error. */
static int
write_explanation(const struct iachr2json *t, const char *name,
    const char *buf, size_t len, const json_t *explanation)
{
	const json_t *e;
	size_t i;

	if (t->explain == EXPLAIN_TEXT)
		fprintf(t->out.fp, "%s\n", name);
	json_array_foreach(explanation, i, e) {
		if (t->explain == EXPLAIN_TEXT) {
			print_explained(t, buf, len, e);
			continue;
		}
		if (json_dumpf(e, t->out.fp, JSON_COMPACT |
		    JSON_PRESERVE_ORDER) != 0)
			return -1;
		putc('\n', t->out.fp);
	}
	return ferror(t->out.fp) ? -1 : 0;
}

/*
 * Converts one input; a bad release sets the status and goes on.
 * Returns -1 when the output cannot go on, else 0.
 */
static int
convert(struct iachr2json *t, const char *path)
{
	iachr_error_t err;
	const char *name;
	json_t *rec, *explanation = NULL;
	FILE *fp;
	long len;
	int failed;

	if ((fp = cli_open_input(path, &name)) == NULL) {
		cli_status_raise(&t->status, CLI_ERROR);
		return 0;
	}
	len = slurp(t, fp);
	if (len < 0) {
		cli_warn("%s", name);
		cli_status_raise(&t->status, CLI_ERROR);
		cli_close_input(fp);
		return 0;
	}
	cli_close_input(fp);
	iachr_error_init(&err);
	if ((rec = t->explain != NO_EXPLAIN ? iachr_extract_explained(t->buf,
	    (size_t)len, name, &explanation, &err) : iachr_extract(t->buf,
	    (size_t)len, name, &err)) == NULL) {
		cli_report(name, &err);
		cli_status_raise(&t->status, cli_error_status(&err));
		return 0;
	}
	failed = explanation != NULL ? write_explanation(t, name, t->buf,
	    (size_t)len, explanation) : iachr_record_dump(rec, t->out.fp,
	    t->pretty);
	json_decref(explanation);
	if (failed != 0) {
		cli_write_error(t->out.path);
		cli_status_raise(&t->status, CLI_ERROR);
	}
	json_decref(rec);
	return failed != 0 ? -1 : 0;
}

int
main(int argc, char *argv[])
{
	struct iachr2json t;
	const char *output = NULL;
	int ch, i;

	cli_init(argv);
	memset(&t, 0, sizeof(t));
	while ((ch = cli_getopt(argc, argv, options)) != -1) {
		switch (ch) {
		case 'h':
			cli_help(synopsis, options,
			    "iachr2json releases/*.txt > dataset.jsonl");
			return cli_finish(CLI_OK);
		case 'o':
			output = optarg;
			break;
		case 'p':
			t.pretty = 1;
			break;
		case OPT_EXPLAIN:
			if (optarg == NULL || strcmp(optarg, "json") == 0)
				t.explain = EXPLAIN_JSON;
			else if (strcmp(optarg, "text") == 0)
				t.explain = EXPLAIN_TEXT;
			else
				return cli_usage_error(synopsis);
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
	if (t.explain != NO_EXPLAIN && t.pretty)
		return cli_usage_error(synopsis);
	if (cli_output_open(&t.out, output) != 0)
		return cli_finish(CLI_ERROR);
	t.colour = t.explain == EXPLAIN_TEXT && output == NULL &&
	    isatty(STDOUT_FILENO);
	if (argc == 0)
		convert(&t, NULL);
	for (i = 0; i < argc; i++)
		if (convert(&t, argv[i]) != 0)
			break;
	free(t.buf);
	return cli_finish(cli_output_end(&t.out, t.status));
}
