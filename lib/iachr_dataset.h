/*
 * Records as a dataset: the key that makes a record unique among the
 * records of one dataset (one file) is its id and its language.  The
 * releases of one resolution in English and in Spanish share an id: they
 * are one resolution in two expressions, and two records.
 */
#ifndef IACHR_DATASET_H
#define IACHR_DATASET_H

#include "iachr.h"

typedef struct iachr_dataset_keys iachr_dataset_keys;

/*
 * An empty set of record keys.  Each key added takes the same few bytes
 * (a 128-bit SHA-256 prefix of the key and a line), however long its id.
 * Returns NULL when out of memory.
 */
IACHR_API iachr_dataset_keys *iachr_dataset_keys_new(void);

/*
 * Adds the key of a record (id and language, borrowed, UTF-8 strings)
 * found at line (1 or more).  Returns 0 when the key is new, the line
 * given when it was first added when it is not (the set is unchanged),
 * or -1 when out of memory.
 */
IACHR_API long iachr_dataset_keys_add(iachr_dataset_keys *k, const char *id,
    const char *language, long line);

/* The number of keys in k. */
IACHR_API size_t iachr_dataset_keys_count(const iachr_dataset_keys *k);

/* Frees k; NULL is allowed. */
IACHR_API void iachr_dataset_keys_free(iachr_dataset_keys *k);

#endif /* IACHR_DATASET_H */
