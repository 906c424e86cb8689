/*
 * resstat's charts, one self-contained SVG 1.1 document: resolutions per
 * year stacked by decision, and resolutions by State.
 */
#ifndef RESSTAT_SVG_H
#define RESSTAT_SVG_H

#include <stdio.h>

#include <jansson.h>

/* What the charts draw; every member is borrowed. */
struct resstat_charts {
	long records;
	const char *first, *last;	/* dates, NULL when none */
	/*
	 * Years in order, "none" (records without a date) last; each one's
	 * object in year_decisions counts its records by decision, a record
	 * under each decision it names, or under "none" when it names none.
	 */
	const char *const *years;
	size_t nyears;
	const json_t *year_decisions;
	/* States ("Name (CC)", or "none"), most records first, counted. */
	const char *const *states;
	size_t nstates;
	const json_t *state_counts;
};

/*
 * Writes the charts to fp.  Write errors are left in fp for the caller
 * to find when it closes it.  Returns 0, or -1 when out of memory.
 */
int resstat_svg_write(FILE *fp, const struct resstat_charts *c);

#endif
