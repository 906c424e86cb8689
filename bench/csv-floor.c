/*
 * The floor for bench/csv.sh: the least work jansson and libcsv need to
 * turn JSON Lines into CSV rows (j2c) and CSV rows into JSON Lines
 * (c2j), with none of the checks and encoding the tools do.
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

static void
on_field(void *s, size_t len, void *data)
{
	json_array_append_new(data, json_stringn(s, len));
}

static void
on_row(int c, void *data)
{
	(void)c;
	json_dumpf(data, stdout, JSON_COMPACT);
	putchar('\n');
	json_array_clear(data);
}

static int
c2j(void)
{
	struct csv_parser p;
	char buf[65536];
	size_t n;
	json_t *row = json_array();

	csv_init(&p, 0);
	while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0)
		csv_parse(&p, buf, n, on_field, on_row, row);
	csv_fini(&p, on_field, on_row, row);
	csv_free(&p);
	json_decref(row);
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
