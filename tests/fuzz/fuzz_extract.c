/*
 * Fuzz target: the release extractor over arbitrary bytes.  Every record
 * it returns must be one the canonical writer accepts, and explaining it
 * must give the same record, unless it is an HTML page, which is not
 * explained.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "iachr_extract.h"
#include "iachr_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	iachr_error_t err;
	iachr_error_t explain_err;
	json_t *rec, *explained, *explanation;
	FILE *out;

	iachr_error_init(&err);
	rec = iachr_extract(data, size, "fuzz", &err);
	if (rec == NULL) {
		if (err.code == 0)
			abort();	/* a refusal always says why */
		return 0;
	}
	if (!iachr_is_record(rec))
		abort();
	if ((out = fopen("/dev/null", "w")) != NULL) {
		iachr_record_dump(rec, out, 0);
		fclose(out);
	}
	iachr_error_init(&explain_err);
	explained = iachr_extract_explained(data, size, "fuzz", &explanation,
	    &explain_err);
	if (explained == NULL && explain_err.code == IACHR_E_USAGE)
		explained = json_incref(rec);
	if (explained == NULL || !json_equal(rec, explained))
		abort();
	json_decref(explained);
	json_decref(explanation);
	json_decref(rec);
	return 0;
}
