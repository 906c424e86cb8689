/*
 * Runs the applicable cases of the yaml-test-suite through the YAML
 * reader.  Applicable: every case marked as an error (it must be
 * rejected) and every case with an in.json (its documents must load to
 * values equal to the JSON texts there, one per document).  Cases that
 * are neither (valid YAML without a JSON equivalent) are left out.
 * A failing case not listed in the exceptions file is a regression.
 * Every JSON value of the suite also goes through the writer and back,
 * and must come back equal.
 * usage: yaml-suite SUITE_DIR EXCEPTIONS_FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "iachr_json_reader.h"
#include "iachr_yaml.h"

struct exceptions {
	char **ids;
	int *seen;
	size_t n;
};

static int
load_exceptions(const char *path, struct exceptions *ex)
{
	char line[1024], *end;
	FILE *fp;

	memset(ex, 0, sizeof(*ex));
	if ((fp = fopen(path, "r")) == NULL) {
		perror(path);
		return -1;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		end = line + strcspn(line, " \t\n");
		*end = '\0';
		ex->ids = realloc(ex->ids, (ex->n + 1) * sizeof(*ex->ids));
		ex->seen = realloc(ex->seen, (ex->n + 1) * sizeof(*ex->seen));
		if (ex->ids == NULL || ex->seen == NULL ||
		    (ex->ids[ex->n] = strdup(line)) == NULL) {
			fclose(fp);
			return -1;
		}
		ex->seen[ex->n++] = 0;
	}
	fclose(fp);
	return 0;
}

static long
find_exception(const struct exceptions *ex, const char *id)
{
	size_t i;

	for (i = 0; i < ex->n; i++)
		if (strcmp(ex->ids[i], id) == 0)
			return (long)i;
	return -1;
}

/*
 * Loads every document of in.yaml into *docs.  Returns 0, or -1 with
 * err set when the reader rejects the stream.
 */
static int
load_yaml(const char *path, json_t *docs, iachr_error_t *err)
{
	iachr_yaml_reader *r;
	FILE *fp;
	json_t *v;
	int status, rc = 0;

	if ((fp = fopen(path, "rb")) == NULL)
		return -1;
	r = iachr_yaml_reader_new(fp, path);
	while ((status = iachr_yaml_reader_next(r, &v, err)) != IACHR_EOF) {
		if (status != IACHR_OK) {
			rc = -1;
			if (status == IACHR_FATAL)
				break;
			continue;
		}
		json_array_append_new(docs, v);
	}
	iachr_yaml_reader_free(r);
	fclose(fp);
	return rc;
}

static int
load_json(const char *path, json_t *docs)
{
	iachr_json_reader *r;
	iachr_error_t err;
	FILE *fp;
	json_t *v;
	int status, rc = 0;

	if ((fp = fopen(path, "rb")) == NULL)
		return -1;
	r = iachr_json_reader_new(fp, path);
	iachr_error_init(&err);
	while ((status = iachr_json_reader_next(r, &v, &err)) != IACHR_EOF) {
		if (status != IACHR_OK) {
			rc = -1;
			break;
		}
		json_array_append_new(docs, v);
	}
	iachr_json_reader_free(r);
	fclose(fp);
	return rc;
}

/*
 * Values equal as JSON sees them: JSON has one number type, so 450 and
 * 450.0 are the same number.
 */
static int
same(json_t *a, json_t *b)
{
	const char *key;
	json_t *v;
	size_t i;

	if (json_is_number(a) && json_is_number(b))
		return json_is_integer(a) && json_is_integer(b) ?
		    json_integer_value(a) == json_integer_value(b) :
		    json_number_value(a) == json_number_value(b);
	if (json_typeof(a) != json_typeof(b))
		return 0;
	if (json_is_array(a)) {
		if (json_array_size(a) != json_array_size(b))
			return 0;
		json_array_foreach(a, i, v)
			if (!same(v, json_array_get(b, i)))
				return 0;
		return 1;
	}
	if (json_is_object(a)) {
		if (json_object_size(a) != json_object_size(b))
			return 0;
		json_object_foreach(a, key, v)
			if (json_object_get(b, key) == NULL ||
			    !same(v, json_object_get(b, key)))
				return 0;
		return 1;
	}
	return json_equal(a, b);
}

/*
 * Writes each value of docs as YAML and reads it back; returns how many
 * did not come back equal.
 */
static size_t
writer_round_trip(json_t *docs, size_t *count)
{
	iachr_yaml_reader *r;
	iachr_error_t err;
	char *text = NULL;
	size_t i, len = 0, bad = 0;
	json_t *v, *back;
	FILE *fp;

	json_array_foreach(docs, i, v) {
		(*count)++;
		back = NULL;
		iachr_error_init(&err);
		if ((fp = open_memstream(&text, &len)) == NULL)
			return bad + 1;
		if (iachr_yaml_write(v, fp, &err) != 0) {
			fclose(fp);
			free(text);
			bad++;
			continue;
		}
		fclose(fp);
		if ((fp = fmemopen(text, len, "r")) != NULL) {
			r = iachr_yaml_reader_new(fp, "written");
			if (r == NULL || iachr_yaml_reader_next(r, &back, &err) !=
			    IACHR_OK || !json_equal(v, back))
				bad++;
			json_decref(back);
			iachr_yaml_reader_free(r);
			fclose(fp);
		} else {
			bad++;
		}
		free(text);
		text = NULL;
	}
	return bad;
}

/* Runs one case; returns 1 when it passes, with a reason when not. */
static size_t written, written_bad;

static int
run_case(const char *dir, const char *id, int is_error, char *why,
    size_t why_len)
{
	char yaml_path[2048], json_path[2048];
	json_t *got = json_array(), *want = json_array();
	iachr_error_t err;
	int loaded, ok;

	snprintf(yaml_path, sizeof(yaml_path), "%s/tests/%s/in.yaml", dir, id);
	snprintf(json_path, sizeof(json_path), "%s/tests/%s/in.json", dir, id);
	iachr_error_init(&err);
	loaded = load_yaml(yaml_path, got, &err) == 0;
	if (is_error) {
		ok = !loaded;
		snprintf(why, why_len, "accepted invalid input");
	} else if (!loaded) {
		ok = 0;
		snprintf(why, why_len, "rejected: %d:%d: %s", err.line,
		    err.column, err.text);
	} else if (load_json(json_path, want) != 0) {
		ok = 0;
		snprintf(why, why_len, "in.json unreadable");
	} else {
		if (writer_round_trip(want, &written) != 0) {
			written_bad++;
			printf("FAIL %s: a value written as YAML reads back "
			    "different\n", id);
		}
		ok = same(got, want);
		if (!ok) {
			char *g = json_dumps(got,
			    JSON_COMPACT | JSON_ENCODE_ANY);

			snprintf(why, why_len, "got %.200s",
			    g != NULL ? g : "?");
			free(g);
		}
	}
	json_decref(got);
	json_decref(want);
	return ok;
}

int
main(int argc, char **argv)
{
	char tsv[2048], line[4096], why[512], *field[5], *save, *p;
	struct exceptions ex;
	size_t applicable = 0, passed = 0, listed_fail = 0, i;
	size_t regressions = 0;
	int nf, is_error, has_json;
	long at;
	FILE *fp;

	if (argc != 3) {
		fprintf(stderr, "usage: yaml-suite SUITE_DIR EXCEPTIONS\n");
		return 2;
	}
	if (load_exceptions(argv[2], &ex) != 0)
		return 2;
	snprintf(tsv, sizeof(tsv), "%s/tests.tsv", argv[1]);
	if ((fp = fopen(tsv, "r")) == NULL) {
		perror(tsv);
		return 2;
	}
	if (fgets(line, sizeof(line), fp) == NULL) {
		fclose(fp);
		return 2;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		for (nf = 0, p = strtok_r(line, "\t", &save); p != NULL &&
		    nf < 5; p = strtok_r(NULL, "\t", &save))
			field[nf++] = p;
		/* The tags column may be empty: count from the end. */
		if (nf < 4)
			continue;
		is_error = strcmp(field[nf - 2], "1") == 0;
		has_json = strcmp(field[nf - 1], "1") == 0;
		if (!is_error && !has_json)
			continue;
		applicable++;
		at = find_exception(&ex, field[0]);
		if (run_case(argv[1], field[0], is_error, why, sizeof(why))) {
			passed++;
			if (at >= 0)
				printf("unexpected pass (listed): %s\n",
				    field[0]);
			continue;
		}
		if (at >= 0) {
			ex.seen[at] = 1;
			listed_fail++;
			continue;
		}
		regressions++;
		printf("FAIL %s: %s\n", field[0], why);
	}
	fclose(fp);
	for (i = 0; i < ex.n; i++)
		free(ex.ids[i]);
	free(ex.ids);
	free(ex.seen);
	printf("yaml-test-suite: %zu applicable, %zu passed (%.1f%%), "
	    "%zu listed exceptions, %zu unlisted failures\n", applicable,
	    passed, applicable > 0 ? 100.0 * passed / applicable : 0.0,
	    listed_fail, regressions);
	printf("writer: %zu values of the suite written as YAML, %zu read "
	    "back different\n", written, written_bad);
	return regressions == 0 && written_bad == 0 ? 0 : 1;
}
