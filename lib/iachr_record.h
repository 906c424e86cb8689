/*
 * The canonical record (schemas/resolution.schema.json) as jansson values.
 */
#ifndef IACHR_RECORD_H
#define IACHR_RECORD_H

#include <stdio.h>

#include <jansson.h>

#include "iachr.h"

/* The value of a record's "schema" key. */
#define IACHR_RECORD_SCHEMA_ID "iachr-resolution/1"

/*
 * The bundled record schema, parsed once by the first caller (borrowed;
 * owned by the library until iachr_cleanup()), which threads may share
 * to read.  NULL only when out of memory.
 */
IACHR_API const json_t *iachr_record_schema(void);

/*
 * True when value is an object that declares itself a record, i.e. its
 * "schema" member is IACHR_RECORD_SCHEMA_ID.  Says nothing of validity.
 */
IACHR_API int iachr_is_record(const json_t *value);

/*
 * A copy of rec whose object keys, at every depth the schema describes,
 * follow the order of the schema's "properties"; keys the schema does not
 * name follow in their original order; rec itself when its keys already
 * are in that order.  Returns a new reference (values are shared with
 * rec, not copied), NULL when out of memory.  rec is borrowed.
 */
IACHR_API json_t *iachr_record_canonical(const json_t *rec);

/*
 * Writes rec as canonical JSON: compact on one line (pretty: indented by
 * two spaces), UTF-8 kept as is, keys in the order rec holds them,
 * followed by a newline.  Returns 0, or -1 with errno set on a write
 * error.  rec is borrowed.
 */
IACHR_API int iachr_record_dump(const json_t *rec, FILE *fp, int pretty);

/*
 * Frees what the library caches (the parsed schemas).  Optional; not
 * while another thread uses the library.
 */
IACHR_API void iachr_cleanup(void);

#endif /* IACHR_RECORD_H */
