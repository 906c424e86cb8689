/*
 * iachr2json: IACHR press releases on precautionary or provisional
 * measures to canonical records, one JSON line per release.
 */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "iachr_extract.h"
#include "iachr_record.h"

static const char *const synopsis[] = {
	"[-p] [-j n] [-o file] [file ...]",
	"--explain[=json|text] [-j n] [-o file] [file ...]",
	NULL
};

enum { OPT_EXPLAIN = CLI_OPT_TOOL };

enum explain { NO_EXPLAIN, EXPLAIN_JSON, EXPLAIN_TEXT };

/* keep sorted */
static const struct cli_option options[] = {
	{ OPT_EXPLAIN, "explain", "[=json|text]",
	    "say which rule found each field, and where" },
	CLI_OPTION_HELP,
	{ 'j', "jobs", "n", "read and extract n files side by side; "
	    "0: one per core" },
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
	int status;
};

/* Where inputs are read, one for each thread, reused. */
struct input {
	char *buf;
	size_t cap;
};

/*
 * What became of one input, kept until it is written, in input order:
 * the text to write, or what to report.
 */
struct result {
	const char *name;	/* the input in diagnostics */
	enum { WRITE, UNREAD, REFUSED, UNRENDERED } what;
	int errnum;		/* why UNREAD or UNRENDERED */
	iachr_error_t err;	/* why REFUSED */
	char *text;		/* WRITE: the record or its explanation */
	size_t len;
};

/*
 * Reads all of fp into in->buf, at most one byte more than the extractor
 * accepts so that it can say the input is too large.  Returns the
 * length, or -1 on a read error.
 */
static long
slurp(struct input *in, FILE *fp)
{
	size_t len = 0, n, want;
	char *tmp;

	/* Read straight into buf: no buffer for the stream (nor fstat). */
	(void)setvbuf(fp, NULL, _IONBF, 0);
	for (;;) {
		if (len == in->cap) {
			size_t cap = in->cap == 0 ? 65536 : in->cap * 2;

			if (in->cap > IACHR_EXTRACT_MAX_BYTES)
				break;
			if ((tmp = realloc(in->buf, cap)) == NULL)
				return -1;
			in->buf = tmp;
			in->cap = cap;
		}
		want = in->cap - len;
		n = fread(in->buf + len, 1, want, fp);
		len += n;
		/* Short of what was asked: the end (or an error), met once. */
		if (n < want)
			break;
	}
	return ferror(fp) ? -1 : (long)len;
}

/* The lines of buf that span [start, end) touches, the span marked. */
static void
print_marked(const struct iachr2json *t, FILE *fp, const char *buf,
    size_t len, size_t start, size_t end)
{
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
print_explained(const struct iachr2json *t, FILE *fp, const char *buf,
    size_t len, const json_t *e)
{
	char *value = json_dumps(json_object_get(e, "value"),
	    JSON_COMPACT | JSON_ENCODE_ANY);
	const json_t *span;
	size_t i;

	fprintf(fp, "%s = %s\n  rule: %s\n",
	    json_string_value(json_object_get(e, "field")),
	    value != NULL ? value : "?",
	    json_string_value(json_object_get(e, "rule")));
	free(value);
	json_array_foreach(json_object_get(e, "spans"), i, span) {
		fprintf(fp, "  %lld:%lld:\n",
		    json_integer_value(json_object_get(span, "line")),
		    json_integer_value(json_object_get(span, "col")));
		print_marked(t, fp, buf, len,
		    (size_t)json_integer_value(json_object_get(span, "start")),
		    (size_t)json_integer_value(json_object_get(span, "end")));
	}
}

/* Writes the explanation of one release to fp; -1 on a write error. */
static int
write_explanation(const struct iachr2json *t, FILE *fp, const char *name,
    const char *buf, size_t len, const json_t *explanation)
{
	const json_t *e;
	size_t i;

	if (t->explain == EXPLAIN_TEXT)
		fprintf(fp, "%s\n", name);
	json_array_foreach(explanation, i, e) {
		if (t->explain == EXPLAIN_TEXT) {
			print_explained(t, fp, buf, len, e);
			continue;
		}
		if (json_dumpf(e, fp, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0)
			return -1;
		putc('\n', fp);
	}
	return ferror(fp) ? -1 : 0;
}

/*
 * Writes the record, or its explanation, to direct, or when that is
 * NULL into r->text, kept until its turn to be written.
 */
static void
render(const struct iachr2json *t, const char *buf, size_t len,
    const json_t *rec, const json_t *explanation, struct result *r,
    FILE *direct)
{
	FILE *fp = direct;
	int failed;

	if (fp == NULL && (fp = open_memstream(&r->text, &r->len)) == NULL) {
		r->what = UNRENDERED;
		r->errnum = errno;
		return;
	}
	failed = explanation != NULL ? write_explanation(t, fp, r->name, buf,
	    len, explanation) : iachr_record_dump(rec, fp, t->pretty);
	if (failed)
		r->errnum = errno;
	if (direct == NULL && fclose(fp) != 0 && !failed) {
		failed = 1;
		r->errnum = errno;
	}
	if (failed) {
		r->what = UNRENDERED;
		free(r->text);
		r->text = NULL;
	}
}

static int
is_stdin(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0;
}

/*
 * Reads and extracts the input path (NULL or "-" for stdin) into *r,
 * reporting nothing, so that any thread may run it.  With direct, the
 * text goes straight there, in one thread's turn: nothing is kept.
 */
static void
convert(const struct iachr2json *t, struct input *in, const char *path,
    struct result *r, FILE *direct)
{
	json_t *rec, *explanation = NULL;
	FILE *fp = stdin;
	long len;

	memset(r, 0, sizeof(*r));
	r->what = WRITE;
	r->name = is_stdin(path) ? "<stdin>" : path;
	if (!is_stdin(path) && (fp = fopen(path, "rb")) == NULL) {
		r->what = UNREAD;
		r->errnum = errno;
		return;
	}
	if ((len = slurp(in, fp)) < 0) {
		r->what = UNREAD;
		r->errnum = errno;
	}
	cli_close_input(fp);
	if (len < 0)
		return;
	iachr_error_init(&r->err);
	if ((rec = t->explain != NO_EXPLAIN ? iachr_extract_explained(in->buf,
	    (size_t)len, r->name, &explanation, &r->err) :
	    iachr_extract(in->buf, (size_t)len, r->name, &r->err)) == NULL) {
		r->what = REFUSED;
		return;
	}
	render(t, in->buf, (size_t)len, rec, explanation, r, direct);
	json_decref(explanation);
	json_decref(rec);
}

/*
 * Writes what became of an input, or reports it, and frees its text.
 * Returns -1 when the output cannot go on, else 0.
 */
static int
emit(struct iachr2json *t, struct result *r)
{
	int failed = 0;

	switch (r->what) {
	case WRITE:
		failed = r->len > 0 &&
		    fwrite(r->text, 1, r->len, t->out.fp) != r->len;
		break;
	case UNREAD:
		errno = r->errnum;
		cli_warn("%s", r->name);
		cli_status_raise(&t->status, CLI_ERROR);
		break;
	case REFUSED:
		cli_report(r->name, &r->err);
		cli_status_raise(&t->status, cli_error_status(&r->err));
		break;
	case UNRENDERED:
		errno = r->errnum;
		failed = 1;
		break;
	}
	free(r->text);
	r->text = NULL;
	if (failed) {
		cli_write_error(t->out.path);
		cli_status_raise(&t->status, CLI_ERROR);
		return -1;
	}
	return 0;
}

/* Converts the n inputs paths one after the other. */
static void
convert_in_turn(struct iachr2json *t, int n, char *const *paths)
{
	struct input in = { NULL, 0 };
	struct result r;
	int i;

	for (i = 0; i < n; i++) {
		convert(t, &in, paths[i], &r, t->out.fp);
		if (emit(t, &r) != 0)
			break;
	}
	free(in.buf);
}

/*
 * The inputs of --jobs: the threads, the main one among them, take them
 * in turn, and whichever finishes the next one to be written writes it
 * and those after it that are done, in input order.  No thread sits
 * waiting to write, and none is woken for each result.  A thread waits
 * only while WINDOW results per thread wait to be written, so that
 * memory does not grow with the number of inputs.
 */
#define WINDOW 4

struct slot {
	struct result r;
	int ready;		/* r is done, or is the standard input's */
};

struct queue {
	struct iachr2json *t;
	char *const *paths;
	int n;
	pthread_mutex_t lock;
	pthread_cond_t room;	/* slots were written */
	struct slot *slots;	/* input i in slots[i % size] */
	int size;
	int taken, written;	/* inputs taken by the threads, written */
	int writing;		/* a thread is writing */
	int waiting;		/* threads waiting for room */
	int stop;		/* the output cannot go on */
};

/*
 * With the lock held: writes the results that are done, in turn, unless
 * another thread is at it.  The lock is let go while one is written;
 * the standard input, whose slot only holds its turn, is read here, by
 * the one thread writing, so that it is read in input order.
 */
static void
write_ready(struct queue *q, struct input *in)
{
	struct slot *s;
	int i, failed, wrote = 0;

	if (q->writing)
		return;
	q->writing = 1;
	while (!q->stop && q->written < q->n &&
	    (s = &q->slots[q->written % q->size])->ready) {
		i = q->written;
		pthread_mutex_unlock(&q->lock);
		if (is_stdin(q->paths[i]))
			convert(q->t, in, q->paths[i], &s->r,
			    q->t->out.fp);
		failed = emit(q->t, &s->r) != 0;
		pthread_mutex_lock(&q->lock);
		s->ready = 0;
		q->written++;
		q->stop = failed;
		wrote = 1;
	}
	q->writing = 0;
	if (wrote && q->waiting > 0)
		pthread_cond_broadcast(&q->room);
}

static void *
work(void *arg)
{
	struct queue *q = arg;
	struct input in = { NULL, 0 };
	struct slot *s;
	int i;

	pthread_mutex_lock(&q->lock);
	for (;;) {
		while (!q->stop && q->taken < q->n &&
		    q->taken - q->written == q->size) {
			q->waiting++;
			pthread_cond_wait(&q->room, &q->lock);
			q->waiting--;
		}
		if (q->stop || q->taken == q->n)
			break;
		i = q->taken++;
		s = &q->slots[i % q->size];
		pthread_mutex_unlock(&q->lock);
		if (!is_stdin(q->paths[i]))
			convert(q->t, &in, q->paths[i], &s->r, NULL);
		pthread_mutex_lock(&q->lock);
		s->ready = 1;
		write_ready(q, &in);
	}
	pthread_mutex_unlock(&q->lock);
	free(in.buf);
	return NULL;
}

/*
 * Converts the n inputs paths with jobs threads, the main one and
 * jobs - 1 more, as convert_in_turn would.  Returns -1, having done
 * nothing, when no thread can start.
 */
static int
convert_side_by_side(struct iachr2json *t, int n, char *const *paths,
    int jobs)
{
	struct queue q = { .t = t, .paths = paths, .n = n };
	pthread_t threads[CLI_MAX_JOBS];
	int i, started;

	if (jobs > n)
		jobs = n;
	q.size = jobs * WINDOW;
	if ((q.slots = calloc((size_t)q.size, sizeof(*q.slots))) == NULL)
		return -1;
	pthread_mutex_init(&q.lock, NULL);
	pthread_cond_init(&q.room, NULL);
	/*
	 * jansson seeds its hashes with the first object; seeded here, it
	 * need not do so safely in several threads at once.
	 */
	json_object_seed(0);
	for (started = 0; started < jobs - 1; started++)
		if (pthread_create(&threads[started], NULL, work, &q) != 0)
			break;
	if (started > 0)
		(void)work(&q);
	for (i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	for (i = 0; i < q.size; i++)
		free(q.slots[i].r.text);
	free(q.slots);
	pthread_cond_destroy(&q.room);
	pthread_mutex_destroy(&q.lock);
	return started > 0 ? 0 : -1;
}

int
main(int argc, char *argv[])
{
	struct iachr2json t;
	char *only_stdin[] = { NULL };
	const char *output = NULL;
	int ch, jobs = 1;

	cli_init(argv);
	memset(&t, 0, sizeof(t));
	while ((ch = cli_getopt(argc, argv, options)) != -1) {
		switch (ch) {
		case 'h':
			cli_help(synopsis, options,
			    "iachr2json releases/*.txt > dataset.jsonl");
			return cli_finish(CLI_OK);
		case 'j':
			if ((jobs = cli_jobs(optarg)) < 0)
				return cli_usage_error(synopsis);
			break;
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
	if (argc == 0) {
		argc = 1;
		argv = only_stdin;
	}
	if (jobs < 2 || argc < 2 ||
	    convert_side_by_side(&t, argc, argv, jobs) != 0)
		convert_in_turn(&t, argc, argv);
	return cli_finish(cli_output_end(&t.out, t.status));
}
