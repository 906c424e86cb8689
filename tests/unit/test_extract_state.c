/*
 * The State concerned: names and adjectives in four languages, mapped to
 * ISO 3166-1 alpha-2 and the English short name.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "extract_helper.h"
#include "extract_private.h"

Test(extract_state, table_lookup)
{
	size_t n;

	cr_assert_geq(iachrp_state_at("trinidad and tobago", &n), 0);
	cr_assert_eq(n, strlen("trinidad and tobago"));
	cr_assert_geq(iachrp_state_at("venezolanos", &n), 0);
	cr_assert_eq(n, strlen("venezolanos"));
	cr_assert_lt(iachrp_state_at("salvador", &n), 0);
	cr_assert_lt(iachrp_state_at("american", &n), 0);
}

