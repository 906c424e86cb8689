/*
 * The CSV reader's state, shared by the row reader (csv_read.c) and the
 * layer that turns rows into records or objects (csv_record.c).
 */
#ifndef CSV_READ_PRIVATE_H
#define CSV_READ_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "csv_read_private.h is internal to libiachr"
#endif

#include <stdio.h>

#include <csv.h>
#include <jansson.h>

#include "csv_private.h"
#include "iachr.h"

struct iachr_csv_reader {
	FILE *fp;
	char source[IACHR_ERROR_SOURCE_LENGTH];
	int flags;
	int delim;
	size_t max;
	struct csv_parser parser;

	char *buf;		/* input, READ_SIZE bytes */
	size_t pos, len;
	int eof, at_start, dead, nomem;
	int read_errno;		/* of the failed fread */
	long line;		/* line of the next byte */
	long long offset;	/* bytes consumed */

	struct iachrp_buf data;	/* the row's fields, each NUL-terminated */
	size_t *offs;		/* where each field starts in data */
	size_t nfields, fields_cap;
	int row_done;
	long row_line;
	size_t row_bytes;

	/* Set up by the first iachr_csv_reader_next. */
	int have_header;
	size_t ncols;		/* fields in the header */
	json_t **keys;		/* raw mode: the header's names */
	size_t *col_of;		/* record mode: column of each field */
	size_t *field_of;	/* record mode: field of each column */
	json_t **item_props;	/* record mode: a list's item members */
	struct iachrp_buf text;	/* iachr_csv_reader_next_text's text */
	struct iachrp_buf scratch;	/* a string being unescaped */
	struct iachrp_csv_table table;
	const char *table_name;	/* record mode: the table's schema */
};

/*
 * Reads the header at the first call, then the next row, checking its
 * number of fields; returns as iachr_csv_reader_next does.
 */
int iachrp_csv_reader_row(struct iachr_csv_reader *r, iachr_error_t *err);

/* Frees what iachr_csv_reader_next set up. */
void iachrp_csv_reader_free_record(struct iachr_csv_reader *r);

#endif /* CSV_READ_PRIVATE_H */
