/*
 * Fuzz target: the YAML reader over arbitrary bytes, and for each
 * document it accepts, the writer: what json2yaml writes must read back
 * to an equal value.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "iachr_yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
round_trip(json_t *v)
{
	iachr_yaml_reader *r;
	iachr_error_t err;
	char *text = NULL;
	size_t len = 0;
	json_t *back = NULL;
	FILE *fp;

	if ((fp = open_memstream(&text, &len)) == NULL)
		return;
	iachr_error_init(&err);
	if (iachr_yaml_write(v, fp, &err) != 0) {
		fclose(fp);
		free(text);
		return;
	}
	fclose(fp);
	if ((fp = fmemopen(text, len, "r")) != NULL) {
		if ((r = iachr_yaml_reader_new(fp, "written")) != NULL) {
			if (iachr_yaml_reader_next(r, &back, &err) !=
			    IACHR_OK || !json_equal(v, back))
				abort();
			json_decref(back);
			iachr_yaml_reader_free(r);
		}
		fclose(fp);
	}
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	iachr_yaml_reader *r;
	iachr_error_t err;
	json_t *v;
	FILE *in;
	int status;

	if (size == 0 || (in = fmemopen((void *)data, size, "rb")) == NULL)
		return 0;
	if ((r = iachr_yaml_reader_new(in, "fuzz")) == NULL) {
		fclose(in);
		return 0;
	}
	do {
		iachr_error_init(&err);
		status = iachr_yaml_reader_next(r, &v, &err);
		if (status == IACHR_OK) {
			round_trip(v);
			json_decref(v);
		}
	} while (status == IACHR_OK || status == IACHR_FAILED);
	iachr_yaml_reader_free(r);
	fclose(in);
	return 0;
}
