/*
 * A streaming reader of JSON values: JSON Lines, concatenated or
 * pretty-printed values, or RFC 7464 sequences, one value at a time in
 * memory bounded by the largest single value.
 */
#ifndef IACHR_JSON_READER_H
#define IACHR_JSON_READER_H

#include <stdio.h>

#include <jansson.h>

#include "iachr.h"

typedef struct iachr_json_reader iachr_json_reader;

/* The default bound on one value's size in bytes. */
#define IACHR_JSON_MAX_VALUE ((size_t)64 * 1024 * 1024)

/*
 * A reader of fp (borrowed; not closed by the reader).  source names the
 * input in errors (copied).  A UTF-8 byte order mark at the start is
 * skipped.  Returns NULL when out of memory.
 */
IACHR_API iachr_json_reader *iachr_json_reader_new(FILE *fp,
    const char *source);

/* Changes the bound on one value's size (bytes, at least 1). */
IACHR_API void iachr_json_reader_set_max(iachr_json_reader *r, size_t max);

/*
 * Reads at most limit bytes of fp from where it stands, then takes the
 * input as ended, so that a part of a file can be read on its own; a
 * negative limit reads to the end of fp (the default).
 */
IACHR_API void iachr_json_reader_set_limit(iachr_json_reader *r,
    long long limit);

/*
 * Lets strings hold "\u0000" (allow nonzero), which are malformed by
 * default since U+0000 cannot be carried through XML or C strings.
 */
IACHR_API void iachr_json_reader_allow_nul(iachr_json_reader *r, int allow);

/*
 * Reads the next value into *out (a new reference).  Returns IACHR_OK;
 * IACHR_EOF at the end of input; IACHR_FAILED when this value is
 * malformed (err says where; the next call reads the value after it); or
 * IACHR_FATAL when the stream cannot go on (read error, a value that
 * never ends, a value over the size bound).  Objects with duplicate keys
 * are malformed.
 */
IACHR_API int iachr_json_reader_next(iachr_json_reader *r, json_t **out,
    iachr_error_t *err);

/* 1-based line and column (characters) where the last value began. */
IACHR_API long iachr_json_reader_line(const iachr_json_reader *r);
IACHR_API long iachr_json_reader_column(const iachr_json_reader *r);

/*
 * The raw bytes of the last value read (borrowed, valid until the next
 * call), its length in *len.
 */
IACHR_API const char *iachr_json_reader_text(const iachr_json_reader *r,
    size_t *len);

/* Frees r; NULL is allowed. */
IACHR_API void iachr_json_reader_free(iachr_json_reader *r);

#endif /* IACHR_JSON_READER_H */
