/*
 * The table of States (state_table.c) read by extract_state.c.
 */
#ifndef STATE_TABLE_PRIVATE_H
#define STATE_TABLE_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "state_table_private.h is internal to libiachr"
#endif

#include <stddef.h>

struct iachrp_state {
	const char *code;	/* ISO 3166-1 alpha-2 */
	const char *name;	/* English short name */
};

extern const struct iachrp_state iachrp_states[];

#endif /* STATE_TABLE_PRIVATE_H */
