/*
 * Fuzz target: the JSON stream reader, record ordering and output over
 * arbitrary bytes.
 */
#include <stdint.h>
#include <stdio.h>

#include "iachr_json_reader.h"
#include "iachr_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	iachr_json_reader *r;
	iachr_error_t err;
	json_t *v, *canon;
	FILE *in, *out;
	int status;

	if (size == 0 || (in = fmemopen((void *)data, size, "rb")) == NULL)
		return 0;
	if ((out = fopen("/dev/null", "w")) == NULL ||
	    (r = iachr_json_reader_new(in, "fuzz")) == NULL) {
		if (out != NULL)
			fclose(out);
		fclose(in);
		return 0;
	}
	iachr_json_reader_set_max(r, 1 << 20);
	do {
		iachr_error_init(&err);
		status = iachr_json_reader_next(r, &v, &err);
		if (status == IACHR_OK) {
			canon = iachr_record_canonical(v);
			if (canon != NULL)
				iachr_record_dump(canon, out, 0);
			json_decref(canon);
			json_decref(v);
		}
	} while (status == IACHR_OK || status == IACHR_FAILED);
	iachr_json_reader_free(r);
	fclose(out);
	fclose(in);
	return 0;
}
