/*
 * Fuzz target for the CSV reader: any bytes, read as raw rows and as
 * records.  Every record read must write back to CSV and read again as
 * the same record, so the encoding is checked as well as the parser; and
 * the text reader must give exactly what the value reader gives, errors
 * included.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Aborts unless the text reader gave what the value reader gave. */
static void
compare(int raw, int rc, const json_t *v, const iachr_error_t *err, int trc,
    const char *text, const json_t *tv, const iachr_error_t *terr)
{
	size_t flags = JSON_COMPACT | JSON_ENCODE_ANY;
	char *dumped;

	if (rc != trc || strcmp(err->text, terr->text) != 0 ||
	    err->line != terr->line)
		abort();
	if (rc != IACHR_OK)
		return;
	if (!json_equal(v, tv))
		abort();
	if (raw)
		flags |= JSON_REAL_PRECISION(15);
	if ((dumped = json_dumps(v, flags)) == NULL)
		return;
	if (strcmp(dumped, text) != 0)
		abort();
	free(dumped);
}

static void
read_all(const uint8_t *data, size_t size, int flags)
{
	iachr_csv_reader *r, *t;
	iachr_error_t err, terr;
	json_t *v, *tv, *back;
	const char *text;
	size_t len;
	FILE *fp, *tfp;
	int rc, trc;

	if ((fp = fmemopen((void *)data, size, "rb")) == NULL)
		return;
	if ((tfp = fmemopen((void *)data, size, "rb")) == NULL) {
		fclose(fp);
		return;
	}
	r = iachr_csv_reader_new(fp, "fuzz", ',', flags, NULL);
	t = iachr_csv_reader_new(tfp, "fuzz", ',', flags, NULL);
	if (r == NULL || t == NULL)
		abort();
	iachr_csv_reader_set_max(r, 1 << 20);
	iachr_csv_reader_set_max(t, 1 << 20);
	do {
		iachr_error_init(&err);
		iachr_error_init(&terr);
		rc = iachr_csv_reader_next(r, &v, &err);
		trc = iachr_csv_reader_next_text(t, &text, &len, &tv, &terr);
		compare((flags & IACHR_CSV_RAW) != 0, rc, v, &err, trc, text,
		    tv, &terr);
		json_decref(tv);
		if (rc != IACHR_OK)
			continue;
		if ((flags & IACHR_CSV_RAW) == 0) {
			back = reread(v);
			if (back == NULL || !json_equal(back, v))
				abort();
			json_decref(back);
		}
		json_decref(v);
	} while (rc != IACHR_EOF && rc != IACHR_FATAL);
	iachr_csv_reader_free(r);
	iachr_csv_reader_free(t);
	fclose(fp);
	fclose(tfp);
}

/* The input as rows under the record table's header. */
static void
read_as_rows(const uint8_t *data, size_t size)
{
	iachr_csv_writer *w;
	const char *header;
	uint8_t *buf;
	size_t len;

	if ((w = iachr_csv_writer_new(stdout, ',', 0, NULL)) == NULL)
		abort();
	header = iachr_csv_writer_header_text(w, &len);
	if ((buf = malloc(len + 1 + size)) != NULL) {
		memcpy(buf, header, len);
		buf[len] = '\n';
		memcpy(buf + len + 1, data, size);
		read_all(buf, len + 1 + size, 0);
		free(buf);
	}
	iachr_csv_writer_free(w);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_all(data, size, IACHR_CSV_RAW);
	read_all(data, size, IACHR_CSV_RAW | IACHR_CSV_INFER);
	read_all(data, size, 0);
	read_as_rows(data, size);
	iachr_cleanup();
	return 0;
}
