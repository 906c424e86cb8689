/*
 * YAML streams as JSON values, through libyaml.
 *
 * Reading follows the YAML 1.2 core schema: an untagged plain scalar is
 * null (null, Null, NULL, ~ or empty), a boolean (true, True, TRUE,
 * false, False, FALSE), an integer ([-+]?[0-9]+, 0o[0-7]+, 0x[0-9a-fA-F]+),
 * a float ([-+]?(.[0-9]+|[0-9]+(.[0-9]*)?)([eE][-+]?[0-9]+)?) or else a
 * string; quoted and block scalars are strings.  YAML 1.1 forms (yes, on,
 * 0b101, 1_000, 12:30, 2021-07-25) are therefore strings.  The tags
 * !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are honoured;
 * other tags are accepted and ignored on collections, and make a scalar a
 * string.  Numbers are never rounded: an integer must fit json_int_t, a
 * float must read back to the same digits when printed with as many
 * significant digits as it was written with, else the document is an
 * error; .inf and .nan have no JSON form and are errors too.
 *
 * Anchors and aliases are resolved (an alias shares the anchored value).
 * Each alias is charged the bytes its anchored node would write as JSON
 * (its scalars and keys, two bytes more for each), merge keys (<<) the
 * bytes of the mappings they merge; what a document is charged is bounded
 * by IACHR_YAML_EXPAND_FACTOR times the characters of it read so far, or
 * IACHR_YAML_EXPAND_FLOOR bytes if that is more.  Nesting (aliases
 * included) is bounded by IACHR_YAML_MAX_DEPTH.  Keys
 * must be scalars; a key is the scalar's text as written (an aliased
 * scalar's text too), and a key repeated in a mapping is an error.  A
 * string or key with a NUL character ("\0") is an error, as in JSON.
 */
#ifndef IACHR_YAML_H
#define IACHR_YAML_H

#include <stdio.h>

#include <jansson.h>

#include "iachr.h"

#define IACHR_YAML_MAX_DEPTH 1000
#define IACHR_YAML_EXPAND_FLOOR (16ULL << 20)
#define IACHR_YAML_EXPAND_FACTOR 32ULL

typedef struct iachr_yaml_reader iachr_yaml_reader;

/*
 * A reader of the YAML stream fp (borrowed; not closed by the reader).
 * source names the input in errors (copied).  Returns NULL when out of
 * memory.
 */
IACHR_API iachr_yaml_reader *iachr_yaml_reader_new(FILE *fp,
    const char *source);

/*
 * Reads the next document into *out (a new reference; an empty document
 * is JSON null).  Returns IACHR_OK; IACHR_EOF at the end of the stream;
 * IACHR_FAILED when this document cannot be converted (duplicate key,
 * complex key, bad number, limit hit: err says where; the next call reads
 * the next document); or IACHR_FATAL when the stream cannot go on (YAML
 * syntax error, invalid encoding, read error; every later call returns
 * IACHR_FATAL too).
 */
IACHR_API int iachr_yaml_reader_next(iachr_yaml_reader *r, json_t **out,
    iachr_error_t *err);

/* 1-based line where the last document read began. */
IACHR_API long iachr_yaml_reader_line(const iachr_yaml_reader *r);

/*
 * Where the value at JSON Pointer pointer of doc (borrowed: the last
 * document read, not yet freed) was written: for a member of a mapping
 * the position of its key, for an item of a sequence that of the item;
 * when pointer leads through values with no position of their own
 * (merged keys), the deepest one found.  Sets *line and *column (1-based,
 * columns in characters) and returns 0, or returns -1 leaving them
 * unchanged.
 */
IACHR_API int iachr_yaml_reader_locate(const iachr_yaml_reader *r,
    const json_t *doc, const char *pointer, long *line, long *column);

/* Frees r; NULL is allowed. */
IACHR_API void iachr_yaml_reader_free(iachr_yaml_reader *r);

/*
 * Writes value (borrowed) to fp as one YAML document that starts with
 * "---", in block style, keys in the order value holds them.  A string
 * is written plain only when YAML 1.1 and 1.2 readers alike read it back
 * as that string (single-quoted where libyaml finds that the plain style
 * cannot hold its characters, e.g. "a: b"); a multi-line string as a
 * literal block when that reads back exactly; otherwise double-quoted,
 * control characters escaped.  Every other character is written as
 * UTF-8, those beyond U+FFFF included.  Floats are written in a form both
 * versions read as floats.  Returns 0, or -1 with err set (IACHR_E_IO on
 * a write error).
 */
IACHR_API int iachr_yaml_write(const json_t *value, FILE *fp,
    iachr_error_t *err);

#endif /* IACHR_YAML_H */
