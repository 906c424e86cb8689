/*
 * Fuzz target for the CSV reader: any bytes, read as raw rows and as
 * records.  Every record read must write back to CSV and read again as
 * the same record, so the encoding is checked as well as the parser.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "iachr_csv.h"
#include "iachr_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The record read back from rec's CSV row, or NULL. */
static json_t *
reread(const json_t *rec)
{
	iachr_csv_writer *w;
	iachr_csv_reader *r;
	json_t *back = NULL;
	char *text = NULL;
	size_t len = 0;
	FILE *fp;

	if ((fp = open_memstream(&text, &len)) == NULL)
		return NULL;
	w = iachr_csv_writer_new(fp, ';', IACHR_CSV_SAFE_FORMULAS, NULL);
	if (w == NULL || iachr_csv_writer_header(w, 1, NULL) != IACHR_OK ||
	    iachr_csv_writer_write(w, rec, NULL) != IACHR_OK)
		abort();
	iachr_csv_writer_free(w);
	fclose(fp);
	if ((fp = fmemopen(text, len, "rb")) != NULL) {
		r = iachr_csv_reader_new(fp, "again", ';', 0, NULL);
		if (r == NULL || iachr_csv_reader_next(r, &back, NULL) !=
		    IACHR_OK)
			abort();
		iachr_csv_reader_free(r);
		fclose(fp);
	}
	free(text);
	return back;
}

static void
read_all(const uint8_t *data, size_t size, int flags)
{
	iachr_csv_reader *r;
	json_t *v, *back;
	FILE *fp;
	int rc;

	if ((fp = fmemopen((void *)data, size, "rb")) == NULL)
		return;
	if ((r = iachr_csv_reader_new(fp, "fuzz", ',', flags, NULL)) == NULL) {
		fclose(fp);
		return;
	}
	iachr_csv_reader_set_max(r, 1 << 20);
	while ((rc = iachr_csv_reader_next(r, &v, NULL)) != IACHR_EOF &&
	    rc != IACHR_FATAL) {
		if (rc != IACHR_OK)
			continue;
		if ((flags & IACHR_CSV_RAW) == 0) {
			back = reread(v);
			if (back == NULL || !json_equal(back, v))
				abort();
			json_decref(back);
		}
		json_decref(v);
	}
	iachr_csv_reader_free(r);
	fclose(fp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_all(data, size, IACHR_CSV_RAW);
	read_all(data, size, IACHR_CSV_RAW | IACHR_CSV_INFER);
	read_all(data, size, 0);
	iachr_cleanup();
	return 0;
}
