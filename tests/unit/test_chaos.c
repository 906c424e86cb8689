/*
 * Allocation failures: jansson's allocator fails the Nth allocation, for
 * N = 1, 2, ... until the call succeeds; every failing call must end
 * cleanly (NULL or an error, no crash) and, under the sanitizer build,
 * leak nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "chaos.h"
#include "iachr_json_reader.h"
#include "iachr_record.h"

static const char record_text[] = "{\"text\":[\"a\",\"b\"],"
    "\"schema\":\"iachr-resolution/1\",\"id\":\"iachr-res-2021-55\","
    "\"press_release\":{\"time\":\"17:15\",\"number\":193},"
    "\"beneficiaries\":[{\"kind\":\"person\",\"name\":\"J\\u00e9\"}]}\n";

Test(chaos, record_canonical)
{
	json_t *rec, *out = NULL;
	long n;

	rec = json_loads(record_text, 0, NULL);
	cr_assert_not_null(rec);
	for (n = 1; n < 10000 && out == NULL; n++) {
		iachr_cleanup();
		chaos_on(n);
		out = iachr_record_canonical(rec);
		chaos_off();
	}
	cr_expect_gt(n, 2, "no allocation was failed");
	cr_assert_not_null(out);
	json_decref(out);
	json_decref(rec);
	iachr_cleanup();
}

Test(chaos, json_reader)
{
	iachr_json_reader *r;
	iachr_error_t err;
	json_t *v = NULL;
	FILE *fp;
	long n;
	int status = IACHR_FATAL;

	for (n = 1; n < 10000 && status != IACHR_OK; n++) {
		fp = fmemopen((void *)record_text, strlen(record_text), "r");
		cr_assert_not_null(fp);
		iachr_error_init(&err);
		chaos_on(n);
		r = iachr_json_reader_new(fp, "chaos.json");
		status = r != NULL ? iachr_json_reader_next(r, &v, &err) :
		    IACHR_FATAL;
		chaos_off();
		/* jansson reports some failures as syntax errors. */
		if (status != IACHR_OK)
			cr_expect(r == NULL || (err.code != IACHR_E_NONE &&
			    err.text[0] != '\0'), "failure %ld: status %d, "
			    "code %d, no message", n, status, err.code);
		iachr_json_reader_free(r);
		fclose(fp);
	}
	cr_assert_eq(status, IACHR_OK);
	json_decref(v);
}
