#include <stdlib.h>
#include <string.h>

#include "resstat_count.h"

/* FNV-1a. */
static size_t
hash_key(const char *key, size_t len)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)key[i]) * 16777619u;
	return h;
}

/* Where key's slot is: its entry's, or the free one it would take. */
static size_t *
find_slot(const struct counts *c, const char *key, size_t len, size_t h)
{
	size_t i = h & (c->nslots - 1);
	const struct count_entry *e;

	for (;; i = (i + 1) & (c->nslots - 1)) {
		if (c->slots[i] == 0)
			return &c->slots[i];
		e = &c->entries[c->slots[i] - 1];
		if (e->hash == h && e->len == len &&
		    memcmp(e->key, key, len) == 0)
			return &c->slots[i];
	}
}

/* Doubles the slots (kept at most half full) and the entries. */
static int
grow(struct counts *c)
{
	size_t nslots = c->nslots == 0 ? 64 : c->nslots * 2, i;
	struct count_entry *entries;
	size_t *slots;

	if ((slots = calloc(nslots, sizeof(*slots))) == NULL)
		return -1;
	entries = realloc(c->entries, nslots / 2 * sizeof(*entries));
	if (entries == NULL) {
		free(slots);
		return -1;
	}
	free(c->slots);
	c->entries = entries;
	c->cap = nslots / 2;
	c->slots = slots;
	c->nslots = nslots;
	for (i = 0; i < c->n; i++)
		*find_slot(c, entries[i].key, entries[i].len,
		    entries[i].hash) = i + 1;
	return 0;
}

int
counts_add(struct counts *c, const char *key, size_t len, json_int_t n)
{
	size_t h = hash_key(key, len), *slot;
	struct count_entry *e;

	if (c->n == c->cap && grow(c) != 0)
		return -1;
	slot = find_slot(c, key, len, h);
	if (*slot != 0) {
		c->entries[*slot - 1].n += n;
		return 0;
	}
	e = &c->entries[c->n];
	if ((e->key = malloc(len + 1)) == NULL)
		return -1;
	memcpy(e->key, key, len);
	e->key[len] = '\0';
	e->len = len;
	e->hash = h;
	e->n = n;
	*slot = ++c->n;
	return 0;
}

int
counts_merge(struct counts *c, const struct counts *from)
{
	size_t i;

	for (i = 0; i < from->n; i++)
		if (counts_add(c, from->entries[i].key, from->entries[i].len,
		    from->entries[i].n) != 0)
			return -1;
	return 0;
}

void
counts_free(struct counts *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->entries[i].key);
	free(c->entries);
	free(c->slots);
	memset(c, 0, sizeof(*c));
}
