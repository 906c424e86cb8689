/*
 * The keys of a dataset's records: id and language together.
 */
#include <stdio.h>

#include <criterion/criterion.h>

#include "iachr_dataset.h"

Test(dataset_keys, id_and_language_make_the_key)
{
	iachr_dataset_keys *k = iachr_dataset_keys_new();

	cr_assert_not_null(k);
	cr_expect_eq(iachr_dataset_keys_add(k, "iachr-res-2021-55", "en", 1),
	    0);
	cr_expect_eq(iachr_dataset_keys_add(k, "iachr-res-2021-55", "es", 2),
	    0);
	cr_expect_eq(iachr_dataset_keys_add(k, "iachr-res-2021-56", "en", 3),
	    0);
	cr_expect_eq(iachr_dataset_keys_add(k, "iachr-res-2021-55", "es", 7),
	    2);
	cr_expect_eq(iachr_dataset_keys_add(k, "iachr-res-2021-55", "en", 9),
	    1);
	/* The separator keeps "ab" + "c" apart from "a" + "bc". */
	cr_expect_eq(iachr_dataset_keys_add(k, "ab", "c", 10), 0);
	cr_expect_eq(iachr_dataset_keys_add(k, "a", "bc", 11), 0);
	cr_expect_eq(iachr_dataset_keys_count(k), 5);
	iachr_dataset_keys_free(k);
	iachr_dataset_keys_free(NULL);
}

Test(dataset_keys, many_keys_grow_the_set)
{
	iachr_dataset_keys *k = iachr_dataset_keys_new();
	char id[32];
	long i;

	cr_assert_not_null(k);
	for (i = 1; i <= 5000; i++) {
		snprintf(id, sizeof(id), "iachr-pm-2022-%ld", i);
		cr_assert_eq(iachr_dataset_keys_add(k, id, "en", i), 0);
	}
	for (i = 1; i <= 5000; i++) {
		snprintf(id, sizeof(id), "iachr-pm-2022-%ld", i);
		cr_assert_eq(iachr_dataset_keys_add(k, id, "en", 9999), i);
	}
	cr_expect_eq(iachr_dataset_keys_count(k), 5000);
	iachr_dataset_keys_free(k);
}
