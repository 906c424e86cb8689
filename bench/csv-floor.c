/*
 * The floor for bench/csv.sh: the least work jansson and libcsv need to
 * turn record JSON Lines into CSV rows (j2c) and those rows back into the
 * same JSON Lines (c2j), with the column types fixed in a table here and
 * none of the checks, escapes or error handling the tools have.
 * usage: csv-floor j2c|c2j < input > output
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>
#include <jansson.h>

struct row {
	char *buf;
	size_t len, cap;
};

static void
add(struct row *r, const char *s, size_t n)
{
	while (r->len + n + 1 > r->cap) {
		r->cap = r->cap ? r->cap * 2 : 65536;
		if ((r->buf = realloc(r->buf, r->cap)) == NULL)
			exit(2);
	}
	memcpy(r->buf + r->len, s, n);
	r->len += n;
}

static void
cell(struct row *r, const json_t *v)
{
	char tmp[32], *text = NULL, *q;
	const char *s = tmp;
	size_t n;

	if (r->len > 0)
		add(r, ",", 1);
	switch (json_typeof(v)) {
	case JSON_STRING:
		s = json_string_value(v);
		break;
	case JSON_INTEGER:
		snprintf(tmp, sizeof(tmp), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		break;
	case JSON_NULL:
		return;
	case JSON_TRUE:
		s = "true";
		break;
	case JSON_FALSE:
		s = "false";
		break;
	default:
		s = text = json_dumps(v, JSON_COMPACT);
		break;
	}
	n = strlen(s);
	if ((q = malloc(n * 2 + 2)) == NULL)
		exit(2);
	add(r, q, csv_write(q, n * 2 + 2, s, n));
	free(q);
	free(text);
}

static int
j2c(void)
{
	struct row r = { 0 };
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	const char *k, *k2;
	json_t *rec, *v, *v2;

	while ((n = getline(&line, &cap, stdin)) > 0) {
		if ((rec = json_loadb(line, (size_t)n, 0, NULL)) == NULL)
			continue;
		r.len = 0;
		json_object_foreach(rec, k, v) {
			if (json_is_object(v))
				json_object_foreach(v, k2, v2)
					cell(&r, v2);
			else if (json_is_null(v) && (strcmp(k, "resolution") ==
			    0 || strcmp(k, "measure") == 0))
				add(&r, ",,", r.len > 0 ? 2 : 1);
			else
				cell(&r, v);
		}
		add(&r, "\n", 1);
		fwrite(r.buf, 1, r.len, stdout);
		json_decref(rec);
	}
	free(line);
	free(r.buf);
	return 0;
}

/* The record's columns: member, nested member, type (s, i, b, a). */
static const struct column {
	const char *key, *member;
	char type;
} columns[] = {
	{ "schema", NULL, 's' }, { "id", NULL, 's' },
	{ "language", NULL, 's' }, { "instrument", NULL, 's' },
	{ "decisions", NULL, 'a' }, { "resolution", "number", 'i' },
	{ "resolution", "year", 'i' }, { "measure", "number", 'i' },
	{ "measure", "year", 'i' }, { "date", NULL, 's' },
	{ "state", "name", 's' }, { "state", "code", 's' },
	{ "beneficiaries", NULL, 'a' }, { "collective", NULL, 'b' },
	{ "rights", NULL, 'a' }, { "requests", NULL, 'a' },
	{ "legal_basis", NULL, 'a' }, { "press_release", "number", 'i' },
	{ "press_release", "year", 'i' }, { "press_release", "place", 's' },
	{ "press_release", "date", 's' }, { "press_release", "time", 's' },
	{ "press_release", "title", 's' }, { "text", NULL, 'a' },
	{ "source", "sha256", 's' }, { "source", "bytes", 'i' },
	{ "source", "encoding", 's' }
};
#define NCOLUMNS (sizeof(columns) / sizeof(columns[0]))

struct rows {
	json_t *rec, *group;
	size_t field, row;
};

static void
on_field(void *s, size_t len, void *data)
{
	struct rows *r = data;
	const struct column *c = &columns[r->field++ % NCOLUMNS];
	json_t *v;

	if (r->row == 0)
		return;
	if (len == 0)
		v = json_null();
	else if (c->type == 'i')
		v = json_integer(strtoll(s, NULL, 10));
	else if (c->type == 'b')
		v = json_boolean(*(char *)s == 't');
	else if (c->type == 'a')
		v = json_loadb(s, len, 0, NULL);
	else
		v = json_stringn(s, len);
	if (c->member == NULL) {
		json_object_set_new(r->rec, c->key, v);
		return;
	}
	if (r->group == NULL || json_object_get(r->rec, c->key) == NULL) {
		r->group = json_object();
		json_object_set_new(r->rec, c->key, r->group);
	}
	json_object_set_new(r->group, c->member, v);
}

static void
on_row(int c, void *data)
{
	struct rows *r = data;

	(void)c;
	if (r->row > 0) {
		static const char *const nullable[] = {
			"resolution", "measure"
		};
		json_t *g;
		size_t i;

		for (i = 0; i < 2; i++) {
			g = json_object_get(r->rec, nullable[i]);
			if (json_is_null(json_object_get(g, "number")) &&
			    json_is_null(json_object_get(g, "year")))
				json_object_set_new(r->rec, nullable[i],
				    json_null());
		}
	}
	if (r->row++ > 0) {
		json_dumpf(r->rec, stdout, JSON_COMPACT);
		putchar('\n');
	}
	json_object_clear(r->rec);
	r->group = NULL;
	r->field = 0;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static int
c2j(void)
{
	struct csv_parser p;
	char buf[65536];
	size_t n;
	struct rows r = { json_object(), NULL, 0, 0 };

	csv_init(&p, CSV_APPEND_NULL);
	csv_set_space_func(&p, no_space);
	while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0)
		csv_parse(&p, buf, n, on_field, on_row, &r);
	csv_fini(&p, on_field, on_row, &r);
	csv_free(&p);
	json_decref(r.rec);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "j2c") == 0)
		return j2c();
	if (argc == 2 && strcmp(argv[1], "c2j") == 0)
		return c2j();
	fprintf(stderr, "usage: csv-floor j2c|c2j\n");
	return 2;
}
