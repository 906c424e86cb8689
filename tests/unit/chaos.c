#include <stdlib.h>

#include <jansson.h>

#include "chaos.h"

static long fail_at, allocations;

static void *
chaos_malloc(size_t size)
{
	if (++allocations == fail_at)
		return NULL;
	return malloc(size);
}

void
chaos_on(long n)
{
	fail_at = n;
	allocations = 0;
	json_set_alloc_funcs(chaos_malloc, free);
}

void
chaos_off(void)
{
	json_set_alloc_funcs(malloc, free);
}

long
chaos_count(void)
{
	return allocations;
}
