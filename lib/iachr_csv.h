/*
 * Records as CSV rows, and any CSV as rows or objects.  The columns and
 * the cell encoding are those of the bundled table schema
 * schemas/resolution.csv.json: one column per top-level member, nested
 * objects flattened (state_name), lists as JSON text, an empty cell for
 * null, a lone apostrophe for the empty string, and a leading apostrophe
 * that escapes formula characters (see that file's description).
 */
#ifndef IACHR_CSV_H
#define IACHR_CSV_H

#include <stdio.h>

#include <jansson.h>

#include "iachr.h"

/*
 * The default bound on one row's size in bytes, line end included: the
 * longest row the writer writes and the reader reads.
 */
#define IACHR_CSV_MAX_ROW ((size_t)64 * 1024 * 1024)

/* Writer flags. */
#define IACHR_CSV_CRLF 0x01		/* end rows with CR LF, not LF */
#define IACHR_CSV_SAFE_FORMULAS 0x02	/* escape = + - @ tab CR starts */

/*
 * Writer and reader flag: the beneficiary table of the bundled table
 * schema schemas/beneficiaries.csv.json, a derived view that does not
 * read back as records.  The writer writes one row per beneficiary of
 * each record (none for a record without one).  The reader reads either
 * table, as its header says (see iachr_csv_reader_table); without the
 * flag it refuses the beneficiary table.
 */
#define IACHR_CSV_BENEFICIARIES 0x04

/* Reader flags. */
#define IACHR_CSV_RAW 0x10	/* any CSV: objects keyed by the header */
#define IACHR_CSV_INFER 0x20	/* with RAW: type numbers, booleans, null */

typedef struct iachr_csv_writer iachr_csv_writer;
typedef struct iachr_csv_reader iachr_csv_reader;

/*
 * A writer of records to fp (borrowed) with the given delimiter (',',
 * ';' or '\t') and IACHR_CSV_* writer flags.  Returns NULL when out of
 * memory or for another delimiter (err says which).
 */
IACHR_API iachr_csv_writer *iachr_csv_writer_new(FILE *fp, int delim,
    int flags, iachr_error_t *err);

/*
 * The header row without its line end (borrowed, NUL-terminated), its
 * length in *len (len may be NULL).
 */
IACHR_API const char *iachr_csv_writer_header_text(const iachr_csv_writer *w,
    size_t *len);

/*
 * Writes the header row, preceded by a UTF-8 byte order mark when bom is
 * true.  Returns IACHR_OK, or IACHR_FATAL on a write error.
 */
IACHR_API int iachr_csv_writer_header(iachr_csv_writer *w, int bom,
    iachr_error_t *err);

/*
 * Writes rec (borrowed) as one row, or with IACHR_CSV_BENEFICIARIES as
 * one row per beneficiary, whole or not at all.  Returns IACHR_OK;
 * IACHR_FAILED when rec cannot be written losslessly (not an object, a
 * member missing, of the wrong type or without a column; err->pointer
 * names it in rec); IACHR_FATAL on a write error.
 */
IACHR_API int iachr_csv_writer_write(iachr_csv_writer *w, const json_t *rec,
    iachr_error_t *err);

/*
 * How many cells written so far start with = + - @ tab or CR, which a
 * spreadsheet may run as a formula (always 0 with IACHR_CSV_SAFE_FORMULAS).
 */
IACHR_API unsigned long iachr_csv_writer_formula_cells(
    const iachr_csv_writer *w);

/* Frees w (NULL allowed); does not close its file. */
IACHR_API void iachr_csv_writer_free(iachr_csv_writer *w);

/*
 * A reader of CSV from fp (borrowed; not closed) with the given delimiter and
 * IACHR_CSV_* reader flags; source names the input in errors (copied).
 * Delimiter 0 sniffs it from the first line: of ',', ';' and tab, the one found
 * there most often outside quotes, ',' when there is none or on a tie with it.
 * Accepts LF, CR LF or CR line ends, RFC 4180 quoting and a UTF-8 byte order
 * mark.  Returns NULL when out of memory or for a delimiter that is a quote, CR
 * or LF (err says which).
 */
IACHR_API iachr_csv_reader *iachr_csv_reader_new(FILE *fp,
    const char *source, int delim, int flags, iachr_error_t *err);

/*
 * The delimiter: the one given, or once the first row is read the one
 * sniffed (0 until then).
 */
IACHR_API int iachr_csv_reader_delimiter(const iachr_csv_reader *r);

/*
 * Once the header is read, the bundled table schema it is the header of
 * ("resolution.csv.json" or "beneficiaries.csv.json", static); NULL
 * before, or in raw mode.  A row of the beneficiary table reads as an
 * object with the members its columns' jsonPointers name.
 */
IACHR_API const char *iachr_csv_reader_table(const iachr_csv_reader *r);

/* Changes the bound on one row's size (bytes, at least 1). */
IACHR_API void iachr_csv_reader_set_max(iachr_csv_reader *r, size_t max);

/*
 * Reads the next row, whatever it holds, into the reader (see _field).
 * Returns IACHR_OK; IACHR_EOF; IACHR_FAILED for a malformed row or one
 * that is not UTF-8 (the next call reads the line after it); IACHR_FATAL
 * for a quoted field that never ends, a row over the size bound or a
 * read error.
 */
IACHR_API int iachr_csv_reader_next_row(iachr_csv_reader *r,
    iachr_error_t *err);

/* The number of fields of the last row read. */
IACHR_API size_t iachr_csv_reader_fields(const iachr_csv_reader *r);

/*
 * Field i of the last row (borrowed, NUL-terminated, valid until the next
 * call), its length in *len (len may be NULL).
 */
IACHR_API const char *iachr_csv_reader_field(const iachr_csv_reader *r,
    size_t i, size_t *len);

/* The 1-based line where the last row began. */
IACHR_API long iachr_csv_reader_line(const iachr_csv_reader *r);

/* The input's name given to iachr_csv_reader_new (borrowed). */
IACHR_API const char *iachr_csv_reader_source(const iachr_csv_reader *r);

/*
 * Reads the header at the first call, then one row per call, into *out
 * (a new reference): a record, or with IACHR_CSV_RAW an object keyed by
 * the header.  Returns as _next_row does; IACHR_FAILED also for a row
 * with the wrong number of fields or a cell that does not decode, and
 * IACHR_FATAL for a header that is not the table's (record mode) or
 * names a column twice (raw mode).
 */
IACHR_API int iachr_csv_reader_next(iachr_csv_reader *r, json_t **out,
    iachr_error_t *err);

/*
 * As iachr_csv_reader_next, but gives the value as the JSON text that
 * iachr_record_dump would write for it, without the newline: borrowed,
 * NUL-terminated, valid until the next call, its length in *len.  For
 * records this is much faster than building the value.  When value is
 * not NULL, *value is also set to the value (a new reference), e.g. to
 * validate it.
 */
IACHR_API int iachr_csv_reader_next_text(iachr_csv_reader *r,
    const char **text, size_t *len, json_t **value, iachr_error_t *err);

/* Frees r (NULL allowed). */
IACHR_API void iachr_csv_reader_free(iachr_csv_reader *r);

#endif /* IACHR_CSV_H */
