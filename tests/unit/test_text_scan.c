/*
 * The scanners' cue sets: a word is passed over only when no cue of the
 * table can start with its first two letters.
 */
#include <criterion/criterion.h>

#include "extract_private.h"

static const char *const cues[] = {
	"a favor de", "d'", "derecho*", "l*", "n\xc2\xb0", "right to", NULL
};

Test(text_scan, cueset_keeps_every_possible_match)
{
	struct iachrp_cueset set;
	static const char *const may[] = {
		"a favor de", "d\xe2\x80\x99un", "d'un", "derechos", "lo", "l",
		"no", "n\xc2\xb0 5", "rights", "r\xc3\xado",
		"d\xc3\xa9j\xc3\xa0", NULL
	};
	static const char *const never[] = {
		"droit", "zeta", "ab", "x", "", NULL
	};
	size_t i;

	iachrp_cueset_init(&set, cues, IACHRP_NCUES(cues), sizeof(*cues));
	for (i = 0; may[i] != NULL; i++)
		cr_expect(iachrp_cueset_may(&set, may[i]), "%s", may[i]);
	for (i = 0; never[i] != NULL; i++)
		cr_expect(!iachrp_cueset_may(&set, never[i]), "%s", never[i]);
	for (i = 0; may[i] != NULL; i++)
		if (iachrp_match_any(may[i], cues, NULL) > 0)
			cr_expect(iachrp_cueset_may(&set, may[i]), "%s",
			    may[i]);
}

Test(text_scan, cueset_of_a_table_not_starting_with_letters)
{
	static const char *const odd[] = { "#", "a", NULL };
	struct iachrp_cueset set;

	iachrp_cueset_init(&set, odd, IACHRP_NCUES(odd), sizeof(*odd));
	cr_expect(iachrp_cueset_may(&set, "zz"));
	cr_expect(iachrp_cueset_may(&set, "# 5"));
}
