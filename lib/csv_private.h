/*
 * Internal to the CSV area: the column table read from the bundled
 * table schema, and the cell encoding shared by the writer and reader.
 */
#ifndef CSV_PRIVATE_H
#define CSV_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "csv_private.h is internal to libiachr"
#endif

#include <stddef.h>

#include <jansson.h>

#include "iachr.h"

enum iachrp_csv_type {
	IACHRP_CSV_STRING,	/* "string" and "date" */
	IACHRP_CSV_INTEGER,
	IACHRP_CSV_BOOLEAN,
	IACHRP_CSV_ARRAY	/* a JSON array as text */
};

struct iachrp_csv_column {
	char name[64];		/* header name */
	char pointer[64];	/* "/key" or "/key/member" */
	char key[48];		/* the record's member */
	char member[48];	/* the member of that object, "" if none */
	int type;
	int nullable_parent;	/* key's object may be null as a whole */
};

struct iachrp_csv_table {
	struct iachrp_csv_column *cols;
	size_t ncols;
	size_t nkeys;		/* distinct top-level keys */
};

/* The bundled table schemas. */
#define IACHRP_CSV_RECORD_TABLE "resolution.csv.json"
#define IACHRP_CSV_BENEFICIARY_TABLE "beneficiaries.csv.json"

/*
 * Reads the column table from the bundled table schema name (one of
 * the above).  Returns 0, or -1 with err set.  Free with
 * iachrp_csv_table_free.
 */
int iachrp_csv_table_load(struct iachrp_csv_table *t, const char *name,
    iachr_error_t *err);
void iachrp_csv_table_free(struct iachrp_csv_table *t);

/* A growing byte buffer. */
struct iachrp_buf {
	char *data;
	size_t len, cap;
};

int iachrp_buf_reserve(struct iachrp_buf *b, size_t more);
int iachrp_buf_add(struct iachrp_buf *b, const void *p, size_t n);
void iachrp_buf_free(struct iachrp_buf *b);

/* True when a spreadsheet may read a cell starting with c as a formula. */
int iachrp_csv_formula_char(int c);

/*
 * The prefix a string value needs in a cell: 1 when an apostrophe must
 * precede it (the empty string; a leading apostrophe that would read as
 * an escape; with safe, a leading formula character), else 0.
 */
int iachrp_csv_needs_escape(const char *s, size_t len, int safe);

/* The length of the escape prefix of a cell's text: 1 or 0. */
int iachrp_csv_escaped(const char *s, size_t len);

/* True when a cell must be quoted under RFC 4180 with delimiter delim. */
int iachrp_csv_needs_quotes(const char *s, size_t len, int delim);

/* Appends the cell text s as a field, quoted when needed. */
int iachrp_csv_put_field(struct iachrp_buf *b, const char *s, size_t len,
    int delim);

/*
 * The typed cells, decoded: 0 with *out set, or -1 with a message in why
 * (at most size bytes); 1 for true, 0 for false, -1; a new reference to
 * an array, or NULL.
 */
int iachrp_csv_integer(const char *s, size_t len, long long *out, char *why,
    size_t size);
int iachrp_csv_boolean(const char *s, size_t len, char *why, size_t size);
json_t *iachrp_csv_array(const char *s, size_t len, char *why, size_t size);

/*
 * Decodes a cell of the given type (already unescaped: s, len) into a
 * new reference; an empty cell is null.  Returns NULL with a message in
 * why (at most size bytes) when the text is not of that type.
 */
json_t *iachrp_csv_decode(int type, const char *s, size_t len, char *why,
    size_t size);

/* Length of the valid UTF-8 prefix of s without NUL bytes. */
size_t iachrp_utf8_valid(const char *s, size_t len);

#endif /* CSV_PRIVATE_H */
