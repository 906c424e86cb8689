/*
 * The fast JSON parser (json_parse.c), internal to the library.
 */
#ifndef JSON_PARSE_PRIVATE_H
#define JSON_PARSE_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "json_parse_private.h is internal to libiachr"
#endif

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

/*
 * The value text[0..len) holds, as json_loadb(text, len,
 * JSON_DECODE_ANY | JSON_REJECT_DUPLICATES) would build it (a new
 * reference); NULL when the text is anything but plainly valid, or when
 * out of memory: json_loadb then gives the answer and the error.
 */
json_t *iachrp_json_parse(const char *text, size_t len);

/*
 * Scanning JSON text eight bytes at a time: a uint64_t read with memcpy
 * holds eight bytes, in whatever order; these look at them all at once.
 */
#define IACHRP_ONES UINT64_C(0x0101010101010101)
#define IACHRP_HIGHS UINT64_C(0x8080808080808080)

/* Whether a byte of x is below n (n at most 0x80). */
static inline int
iachrp_has_byte_below(uint64_t x, unsigned n)
{
	return ((x - n * IACHRP_ONES) & ~x & IACHRP_HIGHS) != 0;
}

/* Whether a byte of x is zero. */
static inline int
iachrp_has_zero_byte(uint64_t x)
{
	return iachrp_has_byte_below(x, 1);
}

/* How many bytes of x have their high bit set. */
static inline long
iachrp_count_high_bytes(uint64_t x)
{
	return (long)((((x & IACHRP_HIGHS) >> 7) * IACHRP_ONES) >> 56);
}

#endif /* JSON_PARSE_PRIVATE_H */
