/*
 * The fast JSON parser (json_parse.c), internal to the library.
 */
#ifndef JSON_PARSE_PRIVATE_H
#define JSON_PARSE_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "json_parse_private.h is internal to libiachr"
#endif

#include <stddef.h>

#include <jansson.h>

/*
 * The value text[0..len) holds, as json_loadb(text, len,
 * JSON_DECODE_ANY | JSON_REJECT_DUPLICATES) would build it (a new
 * reference); NULL when the text is anything but plainly valid, or when
 * out of memory: json_loadb then gives the answer and the error.
 */
json_t *iachrp_json_parse(const char *text, size_t len);

#endif /* JSON_PARSE_PRIVATE_H */
