/*
 * The library's own allocations go through jansson's allocator, so that
 * json_set_alloc_funcs() governs all the memory libiachr takes.  The
 * hook has no realloc: each block keeps its size in a header in front
 * of it, for iachrp_realloc to copy.  Blocks from here are freed with
 * iachrp_free, and no other memory is.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "iachr_private.h"

/* The header: the block's size, padded so that the block stays aligned. */
union header {
	size_t size;
	max_align_t align;
};

void *
iachrp_malloc(size_t size)
{
	json_malloc_t get;
	json_free_t put;
	union header *h;

	if (size > SIZE_MAX - sizeof(*h))
		return NULL;
	json_get_alloc_funcs(&get, &put);
	if ((h = get(sizeof(*h) + size)) == NULL)
		return NULL;
	h->size = size;
	return h + 1;
}

void *
iachrp_calloc(size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		return NULL;
	if ((p = iachrp_malloc(n * size)) != NULL)
		memset(p, 0, n * size);
	return p;
}

void *
iachrp_realloc(void *p, size_t size)
{
	void *grown;
	size_t old;

	if (p == NULL)
		return iachrp_malloc(size);
	if ((grown = iachrp_malloc(size)) == NULL)
		return NULL;
	old = ((union header *)p - 1)->size;
	memcpy(grown, p, old < size ? old : size);
	iachrp_free(p);
	return grown;
}

char *
iachrp_strdup(const char *s)
{
	size_t len = strlen(s) + 1;
	char *copy;

	if ((copy = iachrp_malloc(len)) != NULL)
		memcpy(copy, s, len);
	return copy;
}

void
iachrp_free(void *p)
{
	json_malloc_t get;
	json_free_t put;

	if (p == NULL)
		return;
	json_get_alloc_funcs(&get, &put);
	put((union header *)p - 1);
}
