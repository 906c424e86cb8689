/*
 * Scalar typing shared by the YAML reader and writer.
 */
#ifndef YAML_PRIVATE_H
#define YAML_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "yaml_private.h is internal to libiachr"
#endif

#include <stddef.h>

#include <jansson.h>

#include "iachr_private.h"

/* What the YAML 1.2 core schema makes of a plain scalar. */
enum iachrp_yaml_kind {
	IACHRP_YAML_STR,
	IACHRP_YAML_NULL,
	IACHRP_YAML_BOOL,
	IACHRP_YAML_INT,	/* decimal, 0o octal or 0x hexadecimal */
	IACHRP_YAML_FLOAT,	/* finite */
	IACHRP_YAML_SPECIAL	/* .inf, -.inf, .nan and their spellings */
};

enum iachrp_yaml_kind iachrp_yaml_core_kind(const char *s, size_t n);

/*
 * The JSON value of s read as kind (not IACHRP_YAML_STR), or NULL with
 * *why set to a static message when it has none (out of range, not
 * exact, not finite, out of memory).
 */
json_t *iachrp_yaml_core_value(const char *s, size_t n,
    enum iachrp_yaml_kind kind, const char **why);

/*
 * True when s may be written as a plain scalar as far as typing goes: no
 * YAML 1.1 or 1.2 reader resolves it to anything but a string.  (Whether
 * the plain style can hold its characters is libyaml's call.)
 */
int iachrp_yaml_plain_safe(const char *s, size_t n);

/*
 * True when s, a string with a line break, reads back exactly from a
 * literal block scalar as libyaml writes one.
 */
int iachrp_yaml_literal_safe(const char *s, size_t n);

/*
 * Writes d (finite) to buf (at least 32 bytes) in the shortest form that
 * reads back as d and that YAML 1.1 and 1.2 both read as a float: with a
 * '.' in the mantissa and a signed exponent when there is one.
 */
void iachrp_yaml_format_real(double d, char *buf, size_t size);

#endif /* YAML_PRIVATE_H */
