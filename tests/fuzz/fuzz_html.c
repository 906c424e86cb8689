/*
 * Fuzz target: the extractor over HTML pages.  Every input is given a
 * leading html tag, so that it reaches the HTML parser and the
 * page-to-text conversion, whatever it starts with.  A record must be one the
 * schema accepts; a refusal must say why.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_extract.h"
#include "iachr_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char page_start[] = "<html>";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	iachr_error_t err;
	json_t *rec;
	char *page;

	if ((page = malloc(sizeof(page_start) + size)) == NULL)
		return 0;
	memcpy(page, page_start, sizeof(page_start) - 1);
	memcpy(page + sizeof(page_start) - 1, data, size);
	iachr_error_init(&err);
	rec = iachr_extract(page, sizeof(page_start) - 1 + size, "fuzz",
	    &err);
	free(page);
	if (rec == NULL) {
		if (err.code == 0)
			abort();	/* a refusal always says why */
		return 0;
	}
	if (!iachr_is_record(rec))
		abort();
	json_decref(rec);
	return 0;
}
