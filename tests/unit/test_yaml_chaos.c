/*
 * Allocation failures in the YAML reader: jansson's allocator
 * fails the Nth allocation, for N = 1, 2, ... until the call succeeds;
 * every failing call must end with an error, no crash and (under the
 * sanitizer build) no leak.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "chaos.h"
#include "iachr_yaml.h"

static const char yaml_text[] = "base: &b {x: 1, y: [a, 2.5]}\n"
    "m:\n  <<: [*b, {z: null}]\n  y: 3\nc: *b\n&k key: *b\n---\n- *k\n";

Test(yaml_chaos, reader)
{
	iachr_yaml_reader *r;
	iachr_error_t err;
	json_t *v = NULL;
	FILE *fp;
	long n;
	int status = IACHR_FAILED;

	for (n = 1; n < 10000 && status != IACHR_OK; n++) {
		fp = fmemopen((void *)yaml_text, strlen(yaml_text), "r");
		cr_assert_not_null(fp);
		iachr_error_init(&err);
		chaos_on(n);
		r = iachr_yaml_reader_new(fp, "chaos.yaml");
		status = r != NULL ? iachr_yaml_reader_next(r, &v, &err) :
		    IACHR_FATAL;
		chaos_off();
		if (status != IACHR_OK)
			cr_expect(r == NULL || err.code == IACHR_E_NOMEM,
			    "failure %ld: status %d, code %d: %s", n, status,
			    err.code, err.text);
		iachr_yaml_reader_free(r);
		fclose(fp);
	}
	cr_expect_gt(n, 10, "no allocation was failed");
	cr_assert_eq(status, IACHR_OK);
	cr_expect_eq(json_integer_value(json_object_get(json_object_get(v,
	    "m"), "y")), 3);
	json_decref(v);
}
