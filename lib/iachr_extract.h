/*
 * The release extractor: from the text of an IACHR press release on
 * precautionary or provisional measures to its canonical record
 * (schemas/resolution.schema.json, man page iachr-record(5)).
 */
#ifndef IACHR_EXTRACT_H
#define IACHR_EXTRACT_H

#include <stddef.h>

#include <jansson.h>

#include "iachr.h"

/* Largest input iachr_extract reads: a release is a few kilobytes. */
#define IACHR_EXTRACT_MAX_BYTES (8 * 1024 * 1024)

/*
 * Reads one release, len bytes at buf (UTF-8 with or without a byte
 * order mark, ISO-8859-1 or Windows-1252, LF or CRLF line ends), and
 * returns a new record with its keys in schema order.  Facts the text
 * does not state are null.  source names the input in errors (NULL
 * allowed).  An HTML page (one that starts with a doctype, html, head
 * or body tag) gives the text of its main content, read without the
 * network in the charset the page declares; the record is the one its
 * text gives, apart from source (and an id made of the input's hash).
 *
 * Returns NULL and sets err when the input is empty, binary, a PDF or
 * not such a release (IACHR_E_NOT_RELEASE), is in an encoding it cannot read
 * (IACHR_E_ENCODING), is larger than IACHR_EXTRACT_MAX_BYTES
 * (IACHR_E_LIMIT), is a page and libxml2, loaded with the first page,
 * cannot be loaded (IACHR_E_IO), or memory runs out (IACHR_E_NOMEM).
 * buf is borrowed.
 */
IACHR_API json_t *iachr_extract(const void *buf, size_t len,
    const char *source, iachr_error_t *err);

/*
 * As iachr_extract, and sets *explanation to a new array that tells
 * where each fact came from: one object per key of the record, in the
 * record's order, {"field", "value", "spans", "rule"}.  spans lists the
 * words the value was read from, each {"line", "col", "start", "end",
 * "text"}: line and col (characters) of its start in the input, start
 * and end the input bytes [start, end), text the words as read (UTF-8,
 * NFC).  rule names the rule that decided the value, or why it is
 * null.  The record is the one iachr_extract returns.  *explanation is
 * NULL when NULL is returned.  An HTML page is refused (IACHR_E_USAGE):
 * its spans could not be shown in the page.
 */
IACHR_API json_t *iachr_extract_explained(const void *buf, size_t len,
    const char *source, json_t **explanation, iachr_error_t *err);

#endif /* IACHR_EXTRACT_H */
