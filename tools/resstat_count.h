/*
 * Counts by key for resstat: a hash table that adds one to a key's count
 * without allocating once the key is known, and remembers the order
 * keys were first seen in.
 */
#ifndef RESSTAT_COUNT_H
#define RESSTAT_COUNT_H

#include <stddef.h>

#include <jansson.h>

struct count_entry {
	char *key;		/* len bytes, NUL-terminated */
	size_t len;
	size_t hash;
	json_int_t n;
};

struct counts {
	struct count_entry *entries;	/* in the order first seen */
	size_t n, cap;
	size_t *slots;	/* 1 + entry index, 0: free; nslots: a power of 2 */
	size_t nslots;
};

/* Adds n to the count of key[0..len); returns 0, or -1 out of memory. */
int counts_add(struct counts *c, const char *key, size_t len, json_int_t n);
/* Adds each count of from to c, keys new to c in from's order. */
int counts_merge(struct counts *c, const struct counts *from);
void counts_free(struct counts *c);

#endif /* RESSTAT_COUNT_H */
