/*
 * Allocation failures in the CSV reader and writer: jansson's allocator
 * fails the Nth allocation, for N = 1, 2, ... until the call succeeds;
 * every failing call must end cleanly with an error set, and (under the
 * sanitizer build) leak nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "chaos.h"
#include "harness.h"
#include "iachr_csv.h"
#include "iachr_record.h"

#define RECORDS_CSV "tests/golden/csv2json/stdin/input"

/* Reads the first record of text as a value, or as text and value. */
static int
read_first(const char *text, size_t size, int as_text, long n)
{
	iachr_csv_reader *r;
	iachr_error_t err;
	const char *out;
	json_t *v = NULL;
	size_t len;
	FILE *fp;
	int status = IACHR_FATAL;

	cr_assert_not_null(fp = fmemopen((void *)text, size, "rb"));
	iachr_error_init(&err);
	iachr_cleanup();
	chaos_on(n);
	if ((r = iachr_csv_reader_new(fp, "chaos.csv", ',', 0, &err)) != NULL)
		status = as_text ? iachr_csv_reader_next_text(r, &out, &len,
		    &v, &err) : iachr_csv_reader_next(r, &v, &err);
	chaos_off();
	if (status != IACHR_OK)
		cr_expect(err.code != IACHR_E_NONE && err.text[0] != '\0',
		    "failure %ld: status %d without an error", n, status);
	json_decref(v);
	iachr_csv_reader_free(r);
	fclose(fp);
	return status;
}

static void
read_until_success(int as_text)
{
	size_t size;
	char *text = harness_read_file(RECORDS_CSV, &size);
	long n;
	int status = IACHR_FATAL;

	cr_assert_not_null(text);
	for (n = 1; n < 100000 && status != IACHR_OK; n++)
		status = read_first(text, size, as_text, n);
	cr_expect_gt(n, 2, "no allocation was failed");
	cr_assert_eq(status, IACHR_OK);
	free(text);
	iachr_cleanup();
}

Test(csv_chaos, reader_values)
{
	read_until_success(0);
}

Test(csv_chaos, reader_text)
{
	read_until_success(1);
}

Test(csv_chaos, writer)
{
	iachr_csv_writer *w;
	iachr_error_t err;
	json_t *rec;
	char *out = NULL;
	size_t len = 0;
	FILE *fp;
	long n;
	int status = IACHR_FATAL;

	rec = json_pack("{s:s}", "schema", IACHR_RECORD_SCHEMA_ID);
	cr_assert_not_null(fp = open_memstream(&out, &len));
	for (n = 1; n < 100000 && status == IACHR_FATAL; n++) {
		iachr_error_init(&err);
		chaos_on(n);
		if ((w = iachr_csv_writer_new(fp, ',', 0, &err)) != NULL)
			status = iachr_csv_writer_write(w, rec, &err);
		chaos_off();
		cr_expect(err.code != IACHR_E_NONE, "failure %ld: no error", n);
		iachr_csv_writer_free(w);
	}
	/* The record lacks members: refused, once the writer exists. */
	cr_assert_eq(status, IACHR_FAILED);
	cr_assert_str_eq(err.pointer, "/id");
	json_decref(rec);
	fclose(fp);
	free(out);
}
