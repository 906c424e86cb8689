/*
 * Allocation failures on demand: jansson's allocator hook, which every
 * allocation of libiachr goes through, made to fail one allocation.
 */
#ifndef CHAOS_H
#define CHAOS_H

/*
 * Counts allocations from zero and makes the nth fail (n <= 0: none
 * fails), until chaos_off().
 */
void chaos_on(long n);

/* Restores the plain allocator. */
void chaos_off(void);

/* Allocations since the last chaos_on(), the failed one included. */
long chaos_count(void);

#endif /* CHAOS_H */
