/*
 * The keys of a dataset's records, an open-addressing hash set.  A key is
 * kept as the first 128 bits of the SHA-256 of "id NUL language", so that
 * memory per key is constant and no id, however long, is copied; two
 * different keys share those bits with odds far below any other failure.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_private.h"
#include "iachr_dataset.h"

#define DIGEST 16
#define FIRST_CAP 1024

struct slot {
	unsigned char digest[DIGEST];
	long line;		/* 0 for an empty slot */
};

struct iachr_dataset_keys {
	struct slot *slots;
	size_t n, cap;		/* cap a power of two, at most half full */
};

iachr_dataset_keys *
iachr_dataset_keys_new(void)
{
	return iachrp_calloc(1, sizeof(iachr_dataset_keys));
}

void
iachr_dataset_keys_free(iachr_dataset_keys *k)
{
	if (k == NULL)
		return;
	iachrp_free(k->slots);
	iachrp_free(k);
}

size_t
iachr_dataset_keys_count(const iachr_dataset_keys *k)
{
	return k->n;
}

static int
hex_value(char c)
{
	return c <= '9' ? c - '0' : c - 'a' + 10;
}

/* The digest of the key; -1 when out of memory. */
static int
digest_of(const char *id, const char *language,
    unsigned char digest[DIGEST])
{
	size_t id_len = strlen(id), lang_len = strlen(language), i;
	char hex[65], *key;

	if ((key = iachrp_malloc(id_len + 1 + lang_len)) == NULL)
		return -1;
	memcpy(key, id, id_len + 1);
	memcpy(key + id_len + 1, language, lang_len);
	iachrp_sha256_hex(key, id_len + 1 + lang_len, hex);
	iachrp_free(key);
	for (i = 0; i < DIGEST; i++)
		digest[i] = (unsigned char)(hex_value(hex[2 * i]) << 4 |
		    hex_value(hex[2 * i + 1]));
	return 0;
}

/* The slot that holds digest, or the empty one where it would go. */
static struct slot *
find(const iachr_dataset_keys *k, const unsigned char digest[DIGEST])
{
	size_t i = 0, b;
	struct slot *s;

	for (b = 0; b < sizeof(size_t); b++)
		i = i << 8 | digest[b];
	for (i &= k->cap - 1;; i = (i + 1) & (k->cap - 1)) {
		s = &k->slots[i];
		if (s->line == 0 || memcmp(s->digest, digest, DIGEST) == 0)
			return s;
	}
}

static int
grow(iachr_dataset_keys *k)
{
	iachr_dataset_keys bigger;
	size_t i;

	bigger.cap = k->cap == 0 ? FIRST_CAP : k->cap * 2;
	bigger.n = k->n;
	bigger.slots = iachrp_calloc(bigger.cap, sizeof(*bigger.slots));
	if (bigger.slots == NULL)
		return -1;
	for (i = 0; i < k->cap; i++)
		if (k->slots[i].line != 0)
			*find(&bigger, k->slots[i].digest) = k->slots[i];
	iachrp_free(k->slots);
	*k = bigger;
	return 0;
}

long
iachr_dataset_keys_add(iachr_dataset_keys *k, const char *id,
    const char *language, long line)
{
	unsigned char digest[DIGEST];
	struct slot *s;

	if (digest_of(id, language, digest) != 0)
		return -1;
	if ((k->n + 1) * 2 > k->cap && grow(k) != 0)
		return -1;
	s = find(k, digest);
	if (s->line != 0)
		return s->line;
	memcpy(s->digest, digest, DIGEST);
	s->line = line > 0 ? line : 1;
	k->n++;
	return 0;
}
