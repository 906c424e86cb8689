/*
 * resstat: a summary of a dataset of records (JSON, YAML, Akoma Ntoso
 * XML or CSV) read in one pass: counts by year, State, decision,
 * language and instrument, beneficiaries by kind, the most cited rights
 * and the first and last dates, as aligned text tables, as JSON or as
 * SVG charts.
 */
#include <sys/stat.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"
#include "iachr_json_reader.h"
#include "resstat_count.h"
#include "resstat_svg.h"

/* Rights listed: the most cited. */
#define TOP_RIGHTS 10
/* The longest key counted, in bytes; longer ones are cut. */
#define KEY_MAX 127

static const char *const synopsis[] = {
	"[-o file] [-j n] [--json] [--by field] "
	    "[--format json|yaml|xml|csv|tsv] [--no-validate] [file ...]",
	"[-o file] [-j n] --svg [--format json|yaml|xml|csv|tsv] "
	    "[--no-validate] [file ...]",
	NULL
};

enum { OPT_BY = CLI_OPT_TOOL, OPT_FORMAT, OPT_JSON, OPT_SVG };

/* keep sorted */
static const struct cli_option options[] = {
	{ OPT_BY, "by", "field", "only the table of field: year, state, "
	    "decision, language, instrument, beneficiaries or rights" },
	{ OPT_FORMAT, "format", "json|yaml|xml|csv|tsv",
	    "the format of the inputs, not from their names" },
	CLI_OPTION_HELP,
	{ 'j', "jobs", "n", "count each large JSON file in n parts side by "
	    "side; 0: one per core" },
	{ OPT_JSON, "json", NULL, "write the summary as JSON" },
	CLI_OPTION_NO_VALIDATE,
	CLI_OPTION_OUTPUT,
	{ OPT_SVG, "svg", NULL, "draw the summary as SVG charts: by year "
	    "and decision, by State" },
	CLI_OPTION_VERSION,
	CLI_OPTION_END
};

/*
 * The tables, in the order they are printed.  Each counts records, but
 * decision and rights count each one a record names, and beneficiaries
 * each beneficiary.  Their keys are bounded by the record schema's
 * enumerations and patterns, so memory does not grow with the input.
 */
enum table { YEAR, STATE, DECISION, LANGUAGE, INSTRUMENT, BENEFICIARIES,
	RIGHTS, NTABLES };

static const struct {
	const char *name;	/* --by and the JSON member */
	const char *head;	/* the text table's first column */
	const char *unit;	/* what it counts */
} tables[NTABLES] = {
	{ "year", "year", "records" },
	{ "state", "State", "records" },
	{ "decision", "decision", "records" },
	{ "language", "language", "records" },
	{ "instrument", "instrument", "records" },
	{ "beneficiaries", "kind", "beneficiaries" },
	{ "rights", "right", "records" },
};

/* What the records of an input, or of a part of one, add up to. */
struct summary {
	struct counts count[NTABLES];	/* States by code */
	/* "year\0decision" ("none" for none) */
	struct counts year_decisions;
	json_t *state_names;	/* code: the first name seen with it */
	long records;
	char first[16], last[16];	/* dates, "" until one is seen */
};

struct resstat {
	struct summary sum;
	/* The counts as JSON, made once every record is counted. */
	json_t *count[NTABLES];	/* key: count */
	json_t *year_decisions;	/* year: decision: count */
	FILE *fp;
};

struct format_reader {
	const char *format;	/* --format, or NULL for the name's */
	struct cli_csv_options csv;
};

/*
 * The length of s cut to at most max bytes, at a character's start: a
 * key cut inside a UTF-8 sequence is not one jansson takes.
 */
static int
cut_length(const char *s, size_t max)
{
	size_t n = strnlen(s, max + 1);

	if (n > max)
		for (n = max; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80;)
			n--;
	return (int)n;
}

/* Adds one to key's count in t; keys are cut to a sane length. */
static int
tally(struct counts *t, const char *key)
{
	return counts_add(t, key, (size_t)cut_length(key, KEY_MAX), 1);
}

/* Counts each string of the list list in t. */
static int
tally_list(struct counts *t, const json_t *list)
{
	const json_t *v;
	size_t i;

	json_array_foreach(list, i, v)
		if (json_is_string(v) && tally(t, json_string_value(v)) != 0)
			return -1;
	return 0;
}

static const char *
string_or(const json_t *v, const char *none)
{
	return json_is_string(v) ? json_string_value(v) : none;
}

/*
 * Counts the State by its code, which the record schema bounds (names
 * are free text); the first name seen with a code names it.
 */
static int
tally_state(struct summary *s, const json_t *state)
{
	const json_t *name = json_object_get(state, "name");
	const char *code = string_or(json_object_get(state, "code"), NULL);

	if (code == NULL)
		return tally(&s->count[STATE], "none");
	if (json_is_string(name) && json_object_get(s->state_names,
	    code) == NULL && json_object_set_new(s->state_names, code,
	    json_string(json_string_value(name))) != 0)
		return -1;
	return tally(&s->count[STATE], code);
}

/* Rekeys the State counts from "CC" to "Name (CC)" for printing. */
static int
name_states(struct resstat *s)
{
	const char *code, *name;
	json_t *named, *n;
	char key[256];

	if ((named = json_object()) == NULL)
		return -1;
	json_object_foreach(s->count[STATE], code, n) {
		name = json_string_value(json_object_get(s->sum.state_names,
		    code));
		if (name != NULL)
			snprintf(key, sizeof(key), "%.*s (%s)",
			    cut_length(name, 200), name, code);
		else
			snprintf(key, sizeof(key), "%s", code);
		if (json_object_set(named, key, n) != 0) {
			json_decref(named);
			return -1;
		}
	}
	json_decref(s->count[STATE]);
	s->count[STATE] = named;
	return 0;
}

static void
note_date(struct summary *s, const char *date)
{
	if (s->first[0] == '\0' || strcmp(date, s->first) < 0)
		snprintf(s->first, sizeof(s->first), "%s", date);
	if (strcmp(date, s->last) > 0)
		snprintf(s->last, sizeof(s->last), "%s", date);
}

/* Counts the record under "year\0decision" for the decision, or "none". */
static int
tally_year_decision(struct summary *s, const char *year, size_t year_len,
    const char *decision)
{
	char key[8 + KEY_MAX + 1];
	size_t len = (size_t)cut_length(decision, KEY_MAX);

	memcpy(key, year, year_len);
	key[year_len] = '\0';
	memcpy(key + year_len + 1, decision, len);
	return counts_add(&s->year_decisions, key, year_len + 1 + len, 1);
}

/*
 * Counts the record in its year's counts, under each decision it names,
 * or "none"; both keys are bounded as the tables' are.
 */
static int
tally_year_decisions(struct summary *s, const char *year,
    const json_t *decisions)
{
	size_t year_len = strlen(year), i;
	const json_t *v;

	if (json_array_size(decisions) == 0)
		return tally_year_decision(s, year, year_len, "none");
	json_array_foreach(decisions, i, v)
		if (json_is_string(v) && tally_year_decision(s, year, year_len,
		    json_string_value(v)) != 0)
			return -1;
	return 0;
}

static int
count_record(void *arg, const json_t *rec, iachr_error_t *err)
{
	struct summary *s = arg;
	const char *date = string_or(json_object_get(rec, "date"), NULL);
	const json_t *b;
	char year[8];
	size_t i;
	int rc = 0;

	/* Cut at a character's start, as every key is. */
	snprintf(year, sizeof(year), "%.*s", cut_length(date != NULL ? date :
	    "none", 4), date != NULL ? date : "none");
	rc |= tally(&s->count[YEAR], year);
	rc |= tally_year_decisions(s, year, json_object_get(rec,
	    "decisions"));
	rc |= tally_state(s, json_object_get(rec, "state"));
	rc |= tally_list(&s->count[DECISION], json_object_get(rec,
	    "decisions"));
	rc |= tally(&s->count[LANGUAGE], string_or(json_object_get(rec,
	    "language"), "none"));
	rc |= tally(&s->count[INSTRUMENT], string_or(json_object_get(rec,
	    "instrument"), "none"));
	json_array_foreach(json_object_get(rec, "beneficiaries"), i, b)
		rc |= tally(&s->count[BENEFICIARIES],
		    string_or(json_object_get(b, "kind"), "none"));
	rc |= tally_list(&s->count[RIGHTS], json_object_get(rec, "rights"));
	if (rc != 0) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return IACHR_FATAL;
	}
	if (date != NULL)
		note_date(s, date);
	s->records++;
	return IACHR_OK;
}

/* The format of the input name: --format's, else its name's, else JSON. */
static const char *
format_of(const struct format_reader *f, const char *name)
{
	const char *format = f->format, *dot = strrchr(name, '.');

	if (format == NULL && dot != NULL)
		format = strcmp(dot, ".csv") == 0 ? "csv" :
		    strcmp(dot, ".tsv") == 0 ? "tsv" :
		    strcmp(dot, ".xml") == 0 ? "xml" :
		    strcmp(dot, ".yaml") == 0 || strcmp(dot, ".yml") == 0 ?
		    "yaml" : NULL;
	return format != NULL ? format : "json";
}

/* Opens an input with the reader of its format. */
static int
read_any(struct cli_reader *rd, FILE *fp, const char *name, void *arg)
{
	struct format_reader *f = arg;
	const char *format = format_of(f, name);

	if (strcmp(format, "json") == 0)
		return cli_read_json(rd, fp, name, NULL);
	if (strcmp(format, "yaml") == 0)
		return cli_read_yaml(rd, fp, name, NULL);
	if (strcmp(format, "xml") == 0)
		return cli_read_xml(rd, fp, name, NULL);
	f->csv.delim = strcmp(format, "tsv") == 0 ? '\t' : 0;
	return cli_read_csv(rd, fp, name, &f->csv);
}

static int
summary_init(struct summary *s)
{
	memset(s, 0, sizeof(*s));
	return (s->state_names = json_object()) != NULL ? 0 : -1;
}

static void
summary_free(struct summary *s)
{
	int t;

	for (t = 0; t < NTABLES; t++)
		counts_free(&s->count[t]);
	counts_free(&s->year_decisions);
	json_decref(s->state_names);
}

/*
 * Adds from, the summary of the records after those of s, to s: the
 * same as counting them all into s one after the other.
 */
static int
summary_merge(struct summary *s, const struct summary *from)
{
	const char *code;
	json_t *name;
	int t;

	for (t = 0; t < NTABLES; t++)
		if (counts_merge(&s->count[t], &from->count[t]) != 0)
			return -1;
	if (counts_merge(&s->year_decisions, &from->year_decisions) != 0)
		return -1;
	json_object_foreach(from->state_names, code, name)
		if (json_object_get(s->state_names, code) == NULL &&
		    json_object_set(s->state_names, code, name) != 0)
			return -1;
	if (from->first[0] != '\0') {
		note_date(s, from->first);
		note_date(s, from->last);
	}
	s->records += from->records;
	return 0;
}

/*
 * Splitting a JSON input into parts, each counted by a thread of its
 * own.  A part begins at a line that begins with '{', and the line
 * before it must end the value before: when a part's reader has to give
 * up (a value still open at the part's end), the split may have cut a
 * value, and the input is read again in one piece.  Each part's
 * diagnostics wait in a file of their own, with lines counted from the
 * part's start, and are printed in input order once all are done.
 */

/* Parts smaller than this are not worth a thread. */
#define MIN_PART (64 * 1024)

struct part {
	const char *path;
	long long start, len;	/* its bytes in the input */
	struct summary sum;
	struct cli_convert c;
	FILE *spool;		/* its diagnostics, as iachr_error_t */
	int spool_failed, dead;
	pthread_t thread;
};

static void
spool_report(void *arg, const char *file, const iachr_error_t *err)
{
	struct part *p = arg;

	(void)file;
	if (fwrite(err, sizeof(*err), 1, p->spool) != 1)
		p->spool_failed = 1;
}

/* Opens the part arg of the input fp as JSON. */
static int
read_part(struct cli_reader *rd, FILE *fp, const char *name, void *arg)
{
	const struct part *p = arg;

	if (fseeko(fp, (off_t)p->start, SEEK_SET) != 0 ||
	    cli_read_json(rd, fp, name, NULL) != 0)
		return -1;
	iachr_json_reader_set_limit(rd->impl, p->len);
	return 0;
}

static void *
count_part(void *arg)
{
	struct part *p = arg;

	p->dead = cli_convert_input(&p->c, p->path) != 0;
	return NULL;
}

/*
 * Where the first line that begins with '{' begins at or after from in
 * fp, or -1 when none does.
 */
static long long
line_start_after(FILE *fp, long long from)
{
	unsigned char buf[65536];
	long long at = from - 1;
	size_t n, i;
	int prev;

	if (from <= 0 || fseeko(fp, (off_t)at, SEEK_SET) != 0 ||
	    (prev = getc(fp)) == EOF)
		return -1;
	at++;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		for (i = 0; i < n; prev = buf[i++])
			if (prev == '\n' && buf[i] == '{')
				return at + (long long)i;
		at += (long long)n;
	}
	return -1;
}

/* The parts of fp, size bytes, for jobs threads; returns how many. */
static int
split_input(FILE *fp, long long size, int jobs, struct part *parts)
{
	long long start = 0, next;
	int n = 0;

	if (jobs > size / MIN_PART)
		jobs = (int)(size / MIN_PART);
	while (n < jobs - 1 && (next = line_start_after(fp,
	    size / jobs * (n + 1))) > start && next < size) {
		parts[n].start = start;
		parts[n].len = next - start;
		start = next;
		n++;
	}
	parts[n].start = start;
	parts[n].len = size - start;
	return n + 1;
}

/* Newlines in fp from byte from to byte to. */
static long
count_lines(FILE *fp, long long from, long long to)
{
	char buf[65536];
	const char *q, *end;
	long lines = 0;
	size_t n;

	if (fseeko(fp, (off_t)from, SEEK_SET) != 0)
		return 0;
	for (; from < to; from += (long long)n) {
		n = fread(buf, 1, to - from < (long long)sizeof(buf) ?
		    (size_t)(to - from) : sizeof(buf), fp);
		if (n == 0)
			break;
		for (q = buf, end = buf + n; (q = memchr(q, '\n',
		    (size_t)(end - q))) != NULL; q++)
			lines++;
	}
	return lines;
}

/*
 * Prints the diagnostics of each part in turn, their lines counted from
 * the input's start, and adds its summary to c's.  Returns -1 when out
 * of memory.
 */
static int
finish_parts(struct cli_convert *c, FILE *fp, struct part *parts, int n)
{
	iachr_error_t err;
	long long counted = 0;
	long before = 0;
	int i;

	for (i = 0; i < n; i++) {
		rewind(parts[i].spool);
		while (fread(&err, sizeof(err), 1, parts[i].spool) == 1) {
			before += count_lines(fp, counted, parts[i].start);
			counted = parts[i].start;
			if (err.line > 0)
				err.line += (int)before;
			cli_report(parts[i].path, &err);
		}
		cli_status_raise(&c->status, parts[i].c.status);
		if (summary_merge(c->arg, &parts[i].sum) != 0)
			return -1;
	}
	return 0;
}

/* Whether every part read its bytes as the whole input would have. */
static int
parts_agree(const struct part *parts, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (parts[i].dead || parts[i].spool_failed ||
		    parts[i].c.status == CLI_ERROR ||
		    (parts[i].c.stopped && i < n - 1))
			return 0;
	return 1;
}

/* Sets up the parts to count as c would; returns 0, or -1 out of memory. */
static int
prepare_parts(const struct cli_convert *c, const char *path,
    struct part *parts, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		parts[i].path = path;
		parts[i].c = *c;
		parts[i].c.read = read_part;
		parts[i].c.read_arg = &parts[i];
		parts[i].c.arg = &parts[i].sum;
		parts[i].c.report = spool_report;
		parts[i].c.report_arg = &parts[i];
		parts[i].c.status = CLI_OK;
		parts[i].c.stopped = 0;
		if (summary_init(&parts[i].sum) != 0 ||
		    (parts[i].spool = tmpfile()) == NULL)
			return -1;
	}
	return 0;
}

/* Counts the parts side by side; returns 0, or -1 if one could not be. */
static int
count_parts(struct part *parts, int n)
{
	int i, started;

	for (started = 0; started < n; started++)
		if (pthread_create(&parts[started].thread, NULL, count_part,
		    &parts[started]) != 0)
			break;
	for (i = 0; i < started; i++)
		pthread_join(parts[i].thread, NULL);
	return started == n ? 0 : -1;
}

/*
 * Converts the input path as cli_convert_input does, in parts counted
 * side by side when it is a regular file in JSON of some size.
 */
static int
convert_split(struct cli_convert *c, const char *path, int jobs)
{
	struct part parts[CLI_MAX_JOBS];
	struct stat st;
	FILE *fp;
	int n, i, rc = 1;

	if (jobs < 2 || path == NULL || strcmp(path, "-") == 0 ||
	    strcmp(format_of(c->read_arg, path), "json") != 0 ||
	    stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size < 2 * MIN_PART || (fp = fopen(path, "rb")) == NULL)
		return cli_convert_input(c, path);
	memset(parts, 0, sizeof(parts));
	n = split_input(fp, (long long)st.st_size, jobs, parts);
	if (n > 1 && prepare_parts(c, path, parts, n) == 0 &&
	    count_parts(parts, n) == 0 && parts_agree(parts, n))
		rc = finish_parts(c, fp, parts, n);
	for (i = 0; i < n; i++) {
		summary_free(&parts[i].sum);
		if (parts[i].spool != NULL)
			fclose(parts[i].spool);
	}
	fclose(fp);
	if (rc < 0) {
		cli_warnx("out of memory");
		cli_status_raise(&c->status, CLI_ERROR);
		return -1;
	}
	/* Read again in one piece when the parts could not be counted. */
	return rc == 0 ? 0 : cli_convert_input(c, path);
}

/* Sorting: years by year, other keys by count, most first, then name. */
static int
by_key(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const json_t *sort_counts;

static int
by_count(const void *a, const void *b)
{
	json_int_t x = json_integer_value(json_object_get(sort_counts,
	    *(const char *const *)a));
	json_int_t y = json_integer_value(json_object_get(sort_counts,
	    *(const char *const *)b));

	return x != y ? (x < y ? 1 : -1) : by_key(a, b);
}

/* t's keys in the order printed; *n is how many (at most TOP_RIGHTS). */
static const char **
sorted_keys(enum table t, const json_t *counts, size_t *n)
{
	const char **keys, *key;
	const json_t *v;
	size_t i = 0;

	*n = json_object_size(counts);
	if ((keys = calloc(*n + 1, sizeof(*keys))) == NULL)
		return NULL;
	json_object_foreach((json_t *)counts, key, v)
		keys[i++] = key;
	sort_counts = counts;
	qsort(keys, *n, sizeof(*keys), t == YEAR ? by_key : by_count);
	if (t == RIGHTS && *n > TOP_RIGHTS)
		*n = TOP_RIGHTS;
	return keys;
}

/* Characters in the UTF-8 string s, for alignment. */
static int
width(const char *s)
{
	int w = 0;

	for (; *s != '\0'; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

static int
print_table(struct resstat *s, enum table t)
{
	const char **keys;
	size_t n, i;
	int w = width(tables[t].head), kw;

	if ((keys = sorted_keys(t, s->count[t], &n)) == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if ((kw = width(keys[i])) > w)
			w = kw;
	fprintf(s->fp, "%s%*s  %s\n", tables[t].head,
	    w - width(tables[t].head), "", tables[t].unit);
	for (i = 0; i < n; i++)
		fprintf(s->fp, "%s%*s  %*" JSON_INTEGER_FORMAT "\n", keys[i],
		    w - width(keys[i]), "", (int)strlen(tables[t].unit),
		    json_integer_value(json_object_get(s->count[t], keys[i])));
	free(keys);
	return 0;
}

static int
print_text(struct resstat *s, int by)
{
	int t;

	if (by < 0)
		fprintf(s->fp, "records     %ld\nfirst date  %s\n"
		    "last date   %s\n", s->sum.records,
		    s->sum.first[0] != '\0' ? s->sum.first : "none",
		    s->sum.last[0] != '\0' ? s->sum.last : "none");
	for (t = 0; t < NTABLES; t++) {
		if (by >= 0 && t != by)
			continue;
		if (by < 0)
			putc('\n', s->fp);
		if (print_table(s, t) != 0)
			return -1;
	}
	return 0;
}

/* t as a JSON object in the order printed (a new reference). */
static json_t *
json_table(struct resstat *s, enum table t)
{
	const char **keys;
	json_t *obj = json_object();
	size_t n, i;

	if (obj == NULL || (keys = sorted_keys(t, s->count[t], &n)) == NULL) {
		json_decref(obj);
		return NULL;
	}
	for (i = 0; i < n; i++)
		if (json_object_set(obj, keys[i], json_object_get(s->count[t],
		    keys[i])) != 0)
			break;
	free(keys);
	if (i < n) {
		json_decref(obj);
		return NULL;
	}
	return obj;
}

static int
print_json(struct resstat *s, int by)
{
	json_t *out;
	int t;

	if (by >= 0)
		out = json_table(s, by);
	else {
		out = json_pack("{s:I, s:s?, s:s?}", "records",
		    (json_int_t)s->sum.records, "first_date",
		    s->sum.first[0] != '\0' ? s->sum.first : NULL, "last_date",
		    s->sum.last[0] != '\0' ? s->sum.last : NULL);
		for (t = 0; t < NTABLES && out != NULL; t++)
			if (json_object_set_new(out, tables[t].name,
			    json_table(s, t)) != 0) {
				json_decref(out);
				out = NULL;
			}
	}
	if (out == NULL)
		return -1;
	/* A write error is found when the output is closed. */
	json_dumpf(out, s->fp, JSON_INDENT(2));
	putc('\n', s->fp);
	json_decref(out);
	return 0;
}

static int
print_svg(struct resstat *s)
{
	struct resstat_charts c = { .records = s->sum.records,
	    .first = s->sum.first[0] != '\0' ? s->sum.first : NULL,
	    .last = s->sum.last[0] != '\0' ? s->sum.last : NULL,
	    .year_decisions = s->year_decisions,
	    .state_counts = s->count[STATE] };
	const char **years, **states;
	int rc = -1;

	years = sorted_keys(YEAR, s->count[YEAR], &c.nyears);
	states = sorted_keys(STATE, s->count[STATE], &c.nstates);
	if (years != NULL && states != NULL) {
		c.years = years;
		c.states = states;
		rc = resstat_svg_write(s->fp, &c);
	}
	free(years);
	free(states);
	return rc;
}

/* The counts c as a JSON object, keys in the order first seen. */
static json_t *
json_counts(const struct counts *c)
{
	json_t *obj = json_object();
	size_t i;

	for (i = 0; i < c->n && obj != NULL; i++)
		if (json_object_set_new(obj, c->entries[i].key,
		    json_integer(c->entries[i].n)) != 0) {
			json_decref(obj);
			obj = NULL;
		}
	return obj;
}

/* The counts by "year\0decision" as year: decision: count. */
static json_t *
json_year_decisions(const struct counts *c)
{
	json_t *years = json_object(), *decisions;
	const char *year;
	size_t i;

	for (i = 0; i < c->n && years != NULL; i++) {
		year = c->entries[i].key;
		decisions = json_object_get(years, year);
		if (decisions == NULL && json_object_set_new(years, year,
		    decisions = json_object()) != 0)
			decisions = NULL;
		if (decisions == NULL || json_object_set_new(decisions,
		    year + strlen(year) + 1,
		    json_integer(c->entries[i].n)) != 0) {
			json_decref(years);
			years = NULL;
		}
	}
	return years;
}

/* Makes the JSON tables the printers read from the counts. */
static int
json_tables(struct resstat *s)
{
	int t, ok;

	ok = (s->year_decisions = json_year_decisions(
	    &s->sum.year_decisions)) != NULL;
	for (t = 0; t < NTABLES; t++)
		ok &= (s->count[t] = json_counts(&s->sum.count[t])) != NULL;
	return ok ? 0 : -1;
}

/* Writes the summary in the form the options chose. */
static int
print_summary(struct resstat *s, int by, int as)
{
	if (json_tables(s) != 0 || name_states(s) != 0)
		return -1;
	if (as == OPT_SVG)
		return print_svg(s);
	return as == OPT_JSON ? print_json(s, by) : print_text(s, by);
}

static int
table_of(const char *name)
{
	int t;

	for (t = 0; t < NTABLES; t++)
		if (strcmp(tables[t].name, name) == 0)
			return t;
	return -1;
}

/* As cli_convert_inputs, a large JSON file in jobs parts side by side. */
static int
convert_inputs(struct cli_convert *c, int n, char *const *paths, int jobs)
{
	int i;

	if (n == 0)
		return cli_convert_input(c, NULL);
	for (i = 0; i < n; i++)
		if (convert_split(c, paths[i], jobs) != 0)
			return -1;
	return 0;
}

int
main(int argc, char **argv)
{
	struct resstat s;
	struct format_reader f = { NULL, { .values = 1 } };
	struct cli_convert c = { .read = read_any, .read_arg = &f,
	    .validate = CLI_VALIDATE_ALL, .write = count_record,
	    .arg = &s.sum };
	struct cli_output out;
	const char *output = NULL;
	int ch, by = -1, as = 0, jobs = 1;

	cli_init(argv);
	memset(&s, 0, sizeof(s));
	while ((ch = cli_getopt(argc, argv, options)) != -1) {
		switch (ch) {
		case 'h':
			cli_help(synopsis, options, "resstat dataset.csv");
			return cli_finish(CLI_OK);
		case 'j':
			if ((jobs = cli_jobs(optarg)) < 0)
				return cli_usage_error(synopsis);
			break;
		case 'o':
			output = optarg;
			break;
		case OPT_BY:
			if ((by = table_of(optarg)) < 0) {
				cli_warnx("--by %s: expected year, state, "
				    "decision, language, instrument, "
				    "beneficiaries or rights", optarg);
				return cli_usage_error(synopsis);
			}
			break;
		case OPT_FORMAT:
			if (!cli_dataset_format(optarg)) {
				cli_warnx("--format %s: expected json, yaml, "
				    "xml, csv or tsv", optarg);
				return cli_usage_error(synopsis);
			}
			f.format = optarg;
			break;
		case OPT_JSON:
		case OPT_SVG:
			if (as != 0 && as != ch) {
				cli_warnx("--json and --svg: choose one");
				return cli_usage_error(synopsis);
			}
			as = ch;
			break;
		case CLI_OPT_NO_VALIDATE:
			c.validate = CLI_NO_VALIDATE;
			break;
		case CLI_OPT_VERSION:
			cli_version();
			return cli_finish(CLI_OK);
		default:
			return cli_usage_error(synopsis);
		}
	}
	if (as == OPT_SVG && by >= 0) {
		cli_warnx("--by cannot go with --svg");
		return cli_usage_error(synopsis);
	}
	argc -= optind;
	argv += optind;
	if (summary_init(&s.sum) != 0)
		cli_warnx("out of memory");
	if (s.sum.state_names != NULL && cli_output_open(&out, output) == 0) {
		s.fp = out.fp;
		c.output = out.path;
		convert_inputs(&c, argc, argv, jobs);
		if (print_summary(&s, by, as) != 0) {
			cli_warnx("out of memory");
			cli_status_raise(&c.status, CLI_ERROR);
		}
		c.status = cli_output_end(&out, c.status);
	} else
		cli_status_raise(&c.status, CLI_ERROR);
	for (ch = 0; ch < NTABLES; ch++)
		json_decref(s.count[ch]);
	json_decref(s.year_decisions);
	summary_free(&s.sum);
	return cli_finish(c.status);
}
