/*
 * Fuzz target for the Akoma Ntoso reader: any bytes must give records or
 * errors, never a crash, a leak or unbounded memory.  Each record read is
 * written back with the writer and read again, and must come back equal.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "iachr_xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
round_trip(const json_t *rec)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	iachr_xml_writer *w;
	iachr_xml_reader *r;
	json_t *back = NULL;
	int rc = IACHR_FAILED;

	if (fp == NULL)
		return;
	if ((w = iachr_xml_writer_new(fp)) != NULL) {
		rc = iachr_xml_writer_write(w, rec, NULL);
		if (rc == IACHR_OK)
			rc = iachr_xml_writer_close(w, NULL);
		iachr_xml_writer_free(w);
	}
	fclose(fp);
	if (rc == IACHR_OK && (fp = fmemopen(buf, len, "r")) != NULL) {
		if ((r = iachr_xml_reader_new(fp, "again")) != NULL) {
			if (iachr_xml_reader_next(r, &back, NULL) != IACHR_OK ||
			    !json_equal(back, (json_t *)rec))
				abort();
			json_decref(back);
			iachr_xml_reader_free(r);
		}
		fclose(fp);
	}
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp;
	iachr_xml_reader *r;
	json_t *rec;
	int rc;

	if (size == 0 || (fp = fmemopen((void *)data, size, "r")) == NULL)
		return 0;
	if ((r = iachr_xml_reader_new(fp, "fuzz")) != NULL) {
		while ((rc = iachr_xml_reader_next(r, &rec, NULL)) ==
		    IACHR_OK || rc == IACHR_FAILED) {
			if (rc == IACHR_OK)
				round_trip(rec);
			json_decref(rec);
		}
		iachr_xml_reader_free(r);
	}
	fclose(fp);
	return 0;
}
