/*
 * Allocation failures in the extractor: for every allocation a normal
 * run makes, a run that fails it must end with an out-of-memory error
 * or with the very same record, never with a record that lacks a part.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "chaos.h"
#include "harness.h"
#include "iachr_extract.h"
#include "iachr_record.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_ENCODE_ANY)

struct outcome {
	long runs, errors, same;
};

/* Extracts with the nth allocation failed; the record's text, or NULL. */
static char *
extract_failing(const char *text, size_t len, long n, long *count,
    iachr_error_t *err)
{
	json_t *rec;
	char *dump = NULL;

	iachr_error_init(err);
	iachr_cleanup();
	chaos_on(n);
	rec = iachr_extract(text, len, "chaos.txt", err);
	*count = chaos_count();
	chaos_off();
	if (rec != NULL) {
		cr_assert_not_null(dump = json_dumps(rec, DUMP_FLAGS));
		json_decref(rec);
	}
	return dump;
}

static void
fail_each_allocation(const char *path, struct outcome *o)
{
	iachr_error_t err;
	size_t len;
	char *text = harness_read_file(path, &len), *normal, *dump;
	long n, count, ignored;

	cr_assert_not_null(text, "%s: cannot read", path);
	normal = extract_failing(text, len, 0, &count, &err);
	cr_assert_not_null(normal, "%s: %s", path, err.text);
	cr_assert_gt(count, 0, "%s: no allocation", path);
	for (n = 1; n <= count; n++) {
		dump = extract_failing(text, len, n, &ignored, &err);
		o->runs++;
		if (dump == NULL) {
			cr_expect_eq(err.code, IACHR_E_NOMEM, "%s: failure %ld:"
			    " code %d: %s", path, n, err.code, err.text);
			cr_expect_str_eq(err.text, "out of memory");
			o->errors++;
		} else if (strcmp(dump, normal) == 0) {
			o->same++;
		} else {
			cr_expect_fail("%s: failure %ld of %ld: another "
			    "record:\n%s\ninstead of\n%s", path, n, count,
			    dump, normal);
		}
		free(dump);
	}
	free(normal);
	free(text);
	iachr_cleanup();
}

Test(extract_chaos, seed)
{
	struct outcome o = { 0, 0, 0 };

	fail_each_allocation("samples/seed.txt", &o);
	cr_log_info("samples/seed.txt: %ld failures: %ld errors, %ld same "
	    "records", o.runs, o.errors, o.same);
	cr_expect_eq(o.errors + o.same, o.runs);
}

/*
 * Every release of a folder that gives a record; returns how many were
 * run, -1 when the folder cannot be read.
 */
static long
fail_in_folder(const char *dir, struct outcome *o)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[1024];
	iachr_error_t err;
	json_t *rec;
	size_t len, n;
	char *text;
	long releases = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		n = strlen(e->d_name);
		if (n < 5 || strcmp(e->d_name + n - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		/* Texts that are no release allocate nothing to check. */
		cr_assert_not_null(text = harness_read_file(path, &len));
		iachr_error_init(&err);
		rec = iachr_extract(text, len, path, &err);
		free(text);
		if (rec == NULL)
			continue;
		json_decref(rec);
		fail_each_allocation(path, o);
		releases++;
	}
	closedir(d);
	return releases;
}

Test(extract_chaos, releases)
{
	struct outcome o = { 0, 0, 0 };
	long n = fail_in_folder("tests/releases", &o);

	cr_assert_gt(n, 0, "tests/releases: no release");
	cr_log_info("tests/releases: %ld releases, %ld failures: %ld errors, "
	    "%ld same records", n, o.runs, o.errors, o.same);
	cr_expect_eq(o.errors + o.same, o.runs);
}

Test(extract_chaos, corpus)
{
	struct outcome o = { 0, 0, 0 };
	long n = fail_in_folder("../shared/corpus", &o);

	if (n < 0)
		cr_skip_test("../shared/corpus missing, skipped");
	cr_log_info("../shared/corpus: %ld releases, %ld failures: %ld "
	    "errors, %ld same records", n, o.runs, o.errors, o.same);
	cr_expect_eq(o.errors + o.same, o.runs);
}
