/*
 * Internal declarations shared by the library's own files.
 */
#ifndef IACHR_PRIVATE_H
#define IACHR_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "iachr_private.h is internal to libiachr"
#endif

#include <stdio.h>

#include <jansson.h>

#include "iachr.h"

/*
 * json_write.c: the compact JSON text of v on fp, as json_dumpf() with
 * JSON_COMPACT | JSON_ENCODE_ANY writes it; depth 0 at the top.
 * Returns 0, or -1 on a write error or a value nested too deep.
 */
int iachrp_json_write(const json_t *v, FILE *fp, int depth);

/* Frees the compiled record schema (schema_record.c). */
void iachrp_schema_cleanup(void);

/*
 * What an XML reader may count besides a statement's own bytes, up to
 * IACHR_XML_MAX_RECORD: libxml2's read-ahead and the document around the
 * statement.
 */
#define IACHRP_XML_READ_SLACK ((long long)1024 * 1024)

#endif /* IACHR_PRIVATE_H */
