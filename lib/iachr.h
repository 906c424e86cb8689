/*
 * libiachr: the canonical record of IACHR precautionary-measures resolutions
 * and its conversions.  This header declares what every part of the library
 * shares: the error type, status codes and the bundled schemas.  Each area
 * has a header of its own that includes this one: iachr_record.h (records),
 * iachr_json_reader.h, iachr_extract.h (press releases), iachr_schema.h
 * (JSON Schema validation), iachr_yaml.h, iachr_xml.h and iachr_csv.h.
 */
#ifndef IACHR_H
#define IACHR_H

#include <stddef.h>

#if defined(IACHR_BUILDING)
#define IACHR_API __attribute__((visibility("default")))
#else
#define IACHR_API
#endif

#define IACHR_ERROR_SOURCE_LENGTH 80
#define IACHR_ERROR_POINTER_LENGTH 256
#define IACHR_ERROR_TEXT_LENGTH 256

/* Status codes returned by streaming readers' _next functions. */
enum iachr_status {
	IACHR_OK = 0,
	IACHR_EOF = 1,		/* no more values; not an error */
	IACHR_FAILED = -25,	/* this value is bad, the stream goes on */
	IACHR_FATAL = -30	/* the stream cannot go on */
};

/* What went wrong, in the error's code field. */
enum iachr_error_code {
	IACHR_E_NONE = 0,
	IACHR_E_NOMEM,		/* out of memory */
	IACHR_E_IO,		/* read or write failed */
	IACHR_E_SYNTAX,		/* malformed JSON, YAML, XML or CSV */
	IACHR_E_ENCODING,	/* invalid or unsupported character encoding */
	IACHR_E_LIMIT,		/* a size, depth or expansion limit was hit */
	IACHR_E_INVALID,	/* well formed, but not a valid record */
	IACHR_E_NOT_RELEASE,	/* text is not an IACHR measures release */
	IACHR_E_USAGE		/* the caller passed something unusable */
};

/*
 * Error details, allocated by the caller with fixed-size buffers so that
 * even running out of memory can be reported.  The first error set wins;
 * every function that takes an iachr_error_t * accepts NULL.
 *
 * line and column are 1-based, 0 when unknown.  column counts characters
 * (UTF-8 code points), not bytes; offset counts bytes from the start of
 * the input, -1 when unknown.  source is the input's name, shortened from
 * the left with "..." when long.  pointer is a JSON Pointer into the
 * record ("" for the whole record, empty string when none applies).
 */
typedef struct iachr_error {
	int code;
	char source[IACHR_ERROR_SOURCE_LENGTH];
	int line;
	int column;
	long long offset;
	char pointer[IACHR_ERROR_POINTER_LENGTH];
	char text[IACHR_ERROR_TEXT_LENGTH];
} iachr_error_t;

/* Clears err (NULL allowed) so that the next error set is recorded. */
IACHR_API void iachr_error_init(iachr_error_t *err);

/*
 * Records an error unless one is already recorded.  source may be NULL.
 */
IACHR_API void iachr_error_set(iachr_error_t *err, int code,
    const char *source, int line, int column, long long offset,
    const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* Sets err's JSON Pointer (borrowed string, copied). */
IACHR_API void iachr_error_set_pointer(iachr_error_t *err,
    const char *pointer);

/* The library's version, e.g. "0.1.0" (static string). */
IACHR_API const char *iachr_version(void);

/*
 * The bundled file schemas/<name> (e.g. "resolution.schema.json") as
 * compiled into the library, with its length in *len (len may be NULL);
 * NULL when there is no such file.  The text is static and NUL-terminated.
 */
IACHR_API const char *iachr_schema_text(const char *name, size_t *len);

#endif /* IACHR_H */
