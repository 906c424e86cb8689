/*
 * Internal declarations shared by the library's own files.
 */
#ifndef IACHR_PRIVATE_H
#define IACHR_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "iachr_private.h is internal to libiachr"
#endif

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "iachr.h"

/*
 * json_write.c: the compact JSON text of v on fp, as json_dumpf() with
 * JSON_COMPACT | JSON_ENCODE_ANY writes it; depth 0 at the top.
 * Returns 0, or -1 on a write error or a value nested too deep.
 */
int iachrp_json_write(const json_t *v, FILE *fp, int depth);

/*
 * alloc.c: malloc(3), calloc, realloc, strdup and free through jansson's
 * allocator (json_set_alloc_funcs), for the library's own memory.  Only
 * iachrp_free frees what these return, and it frees nothing else.
 */
void *iachrp_malloc(size_t size);
void *iachrp_calloc(size_t n, size_t size);
void *iachrp_realloc(void *p, size_t size);
char *iachrp_strdup(const char *s);
void iachrp_free(void *p);

/*
 * What every reader says of a NUL character in a string or key: JSON
 * readers refuse "\u0000" (jansson does, without JSON_ALLOW_NUL), and
 * XML cannot hold one, so a record read from any format cannot either.
 */
#define IACHRP_NUL_STRING "NUL character (U+0000) in a string"

/*
 * json_parse.c: when jerr is jansson's refusal of text[0..len) for a
 * "\u0000" in a string or key, the byte offset in text of that escape;
 * otherwise -1.
 */
long iachrp_json_nul_offset(const json_error_t *jerr, const char *text,
    size_t len);

/* Frees the compiled record schema (schema_record.c). */
void iachrp_schema_cleanup(void);

/*
 * What an XML reader may count besides a statement's own bytes, up to
 * IACHR_XML_MAX_RECORD: libxml2's read-ahead and the document around the
 * statement.
 */
#define IACHRP_XML_READ_SLACK ((long long)1024 * 1024)

#endif /* IACHR_PRIVATE_H */
