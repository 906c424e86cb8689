/*
 * Validation against JSON Schema draft 2020-12: the bundled record schema
 * in one call, or any schema through a validator that holds a registry of
 * schema documents (the 2020-12 meta-schemas built in; local files only,
 * never the network).
 */
#ifndef IACHR_SCHEMA_H
#define IACHR_SCHEMA_H

#include <stdio.h>

#include <jansson.h>

#include "iachr.h"

/*
 * Validates rec (borrowed) against schemas/resolution.schema.json, which
 * is compiled once and cached until iachr_cleanup().  Returns 0 when rec
 * is valid; -1 when it is not, with err (NULL allowed) set to
 * IACHR_E_INVALID, the JSON Pointer of the first offending value in
 * err->pointer (e.g. "/date") and in err->text a message naming the
 * value, the rule and the schema location (e.g. "\"2021-13-01\" does not
 * match pattern ... (schema #/$defs/date/pattern)"), so that cli_report()
 * prints "/date: \"2021-13-01\" does not match ..."; -1 with
 * IACHR_E_NOMEM when out of memory.
 */
IACHR_API int iachr_record_validate(const json_t *rec, iachr_error_t *err);

typedef struct iachr_validator iachr_validator;

/* Flags of iachr_validator_new(). */
/* "format" asserts rather than annotates. */
#define IACHR_VALIDATE_FORMATS	0x1

/*
 * Called once for each error found: instance is the JSON Pointer of the
 * value, schema the absolute location of the failing keyword ("#/..."
 * within the schema validated against, "uri#/..." elsewhere), message a
 * sentence that starts with the offending value or rule.  Return nonzero
 * to stop the search for further errors.
 */
typedef int (*iachr_validator_report)(void *arg, const char *instance,
    const char *schema, const char *message);

/*
 * A validator knowing the 2020-12 meta-schemas.  flags: 0 or
 * IACHR_VALIDATE_FORMATS.  NULL when out of memory.
 */
IACHR_API iachr_validator *iachr_validator_new(int flags);

/*
 * Registers schema (borrowed; a reference is kept) under the retrieval URI
 * uri (absolute), together with every "$id" inside it.  Returns 0, or -1
 * with err set.
 */
IACHR_API int iachr_validator_add(iachr_validator *v, const char *uri,
    const json_t *schema, iachr_error_t *err);

/*
 * Reads the JSON file path (any JSON value; strings may hold U+0000) and
 * registers it under uri (see above).
 */
IACHR_API int iachr_validator_add_file(iachr_validator *v, const char *uri,
    const char *path, iachr_error_t *err);

/*
 * Installs a function that returns the schema document of a URI the
 * registry does not hold (a new reference, or NULL when it has none),
 * e.g. to map a URI prefix to a local folder.
 */
IACHR_API void iachr_validator_set_loader(iachr_validator *v,
    json_t *(*load)(void *arg, const char *uri), void *arg);

/*
 * Compiles the schema at uri (a registered document, possibly with a
 * fragment) as the one to validate against.  Every reference must
 * resolve and every pattern compile, and no subschema may apply itself
 * again to the same value (validating would never end).  Returns 0, or
 * -1 with err set (IACHR_E_INVALID for a bad schema).
 */
IACHR_API int iachr_validator_use(iachr_validator *v, const char *uri,
    iachr_error_t *err);

/*
 * Validates instance (borrowed).  Returns 0 when valid, -1 when invalid
 * after calling report (NULL allowed) for each error found.  Thread-safe
 * once compiled: the validator is not modified.
 */
IACHR_API int iachr_validator_check(const iachr_validator *v,
    const json_t *instance, iachr_validator_report report, void *arg);

/* Frees v and everything it compiled; NULL is allowed. */
IACHR_API void iachr_validator_free(iachr_validator *v);

/*
 * Finds where the value at JSON Pointer pointer begins in text[0..len),
 * the JSON text of a value that itself begins at line *line, column
 * *column (1-based, columns in characters): sets both and returns 0, or
 * returns -1 leaving them unchanged when the text holds no such value.
 */
IACHR_API int iachr_json_locate(const char *text, size_t len,
    const char *pointer, long *line, long *column);

/*
 * Validates the Akoma Ntoso document read from fp against the bundled XML
 * Schema schemas/<xsd> (e.g. "resolution.xsd"; its imports must be
 * bundled too), in one pass, in memory bounded by one statement (at most
 * IACHR_XML_MAX_RECORD bytes, nested IACHR_XML_MAX_DEPTH deep), with no
 * network access and no document type declaration allowed.  source names
 * the document.  Calls report with the kind (IACHR_E_SYNTAX for a
 * document that is not well-formed or is over a limit, IACHR_E_INVALID
 * for one the schema rejects), the line, the column (0 when unknown), the
 * record the error is in (the statement's position in the document, 1 for
 * the first; 0 when it is in no statement), that record's id (NULL when
 * unknown) and the message of each error.  A collection's components must
 * be numbered cmp_1, cmp_2... in order.  Sets *statements (when not NULL)
 * to the number of statements seen.  Returns 0 when the document is
 * valid, -1 when it is not, or -2 with err set when the check could not
 * be made (no such schema, a read error, out of memory).
 */
IACHR_API int iachr_xsd_validate(FILE *fp, const char *source,
    const char *xsd, void (*report)(void *arg, int code, long line,
    long column, long record, const char *id, const char *message),
    void *arg, long *statements, iachr_error_t *err);

#endif /* IACHR_SCHEMA_H */
