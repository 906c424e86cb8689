/*
 * Akoma Ntoso identity of a record: Naming Convention IRIs, dates and
 * languages, and the percent-encoding of IRI pieces.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "akn_private.h"

static json_t *
record(const char *id, const char *lang, const char *date,
    const char *pr_date)
{
	return json_pack("{s:s,s:s,s:s?,s:{s:s?,s:n}}", "id", id,
	    "language", lang, "date", date, "press_release", "date", pr_date,
	    "year");
}

Test(xml_iri, resolution_number_names_the_work)
{
	json_t *rec = record("iachr-res-2021-55", "en", "2021-07-25", NULL);
	struct akn_frbr f;

	cr_assert_eq(iachrp_akn_frbr(rec, &f, NULL), 0);
	cr_expect_str_eq(f.work,
	    "/akn/xo-oas/statement/resolution/iachr/2021/55");
	cr_expect_str_eq(f.expression,
	    "/akn/xo-oas/statement/resolution/iachr/2021/55/eng@2021-07-25");
	cr_expect_str_eq(f.number, "55");
	cr_expect_str_eq(f.work_date, "2021-07-25");
	cr_expect_str_eq(f.work_date_name, "adoption");
	cr_expect_str_eq(f.lang, "eng");
	json_decref(rec);
}

Test(xml_iri, measure_and_release_numbers_are_prefixed)
{
	json_t *rec = record("iachr-pm-2022-506", "es", NULL, "2022-08-01");
	struct akn_frbr f;

	cr_assert_eq(iachrp_akn_frbr(rec, &f, NULL), 0);
	cr_expect_str_eq(f.work,
	    "/akn/xo-oas/statement/resolution/iachr/2022/pm-506");
	cr_expect_str_eq(f.expression, "/akn/xo-oas/statement/resolution/"
	    "iachr/2022/pm-506/spa@2022-08-01");
	cr_expect_str_eq(f.work_date_name, "release");
	json_decref(rec);

	rec = record("iachr-pr-2021-193", "pt", NULL, NULL);
	cr_assert_eq(iachrp_akn_frbr(rec, &f, NULL), 0);
	cr_expect_str_eq(f.work,
	    "/akn/xo-oas/statement/resolution/iachr/2021/pr-193");
	cr_expect_str_eq(f.expression,
	    "/akn/xo-oas/statement/resolution/iachr/2021/pr-193/por@");
	cr_expect_str_eq(f.work_date, "2021-01-01");
	cr_expect_str_eq(f.work_date_name, "year");
	json_decref(rec);
}

Test(xml_iri, hash_ids_take_the_date_or_are_undated)
{
	json_t *rec = record("iachr-sha-3f2a00c1d2e4", "fr", "2020-02-29",
	    NULL);
	struct akn_frbr f;

	cr_assert_eq(iachrp_akn_frbr(rec, &f, NULL), 0);
	cr_expect_str_eq(f.work, "/akn/xo-oas/statement/resolution/iachr/"
	    "2020-02-29/sha-3f2a00c1d2e4");
	cr_expect_str_eq(f.lang, "fra");
	json_decref(rec);

	/* Not a calendar date: not used. */
	rec = record("iachr-sha-3f2a00c1d2e4", "en", "2021-02-29", NULL);
	cr_assert_eq(iachrp_akn_frbr(rec, &f, NULL), 0);
	cr_expect_str_eq(f.work, "/akn/xo-oas/statement/resolution/iachr/"
	    "undated/sha-3f2a00c1d2e4");
	cr_expect_str_eq(f.work_date, "1959-01-01");
	cr_expect_str_eq(f.work_date_name, "unknown");
	json_decref(rec);
}

Test(xml_iri, odd_ids_are_percent_encoded_or_refused)
{
	json_t *rec = record("iachr-x y/z", "xx", NULL, NULL);
	struct akn_frbr f;
	iachr_error_t err;

	cr_assert_eq(iachrp_akn_frbr(rec, &f, NULL), 0);
	cr_expect_str_eq(f.number, "x%20y%2Fz");
	cr_expect_str_eq(f.lang, "und");
	json_decref(rec);

	rec = record("iachr-", "en", NULL, NULL);
	iachr_error_init(&err);
	cr_assert_eq(iachrp_akn_frbr(rec, &f, &err), -1);
	cr_expect_eq(err.code, IACHR_E_INVALID);
	cr_expect_str_eq(err.pointer, "/id");
	cr_expect_str_eq(err.text,
	    "cannot name an Akoma Ntoso Work after this id");
	json_decref(rec);
}

Test(xml_iri, percent_encoding_respects_the_buffer)
{
	char buf[8] = "";

	cr_expect_eq(iachrp_akn_iri_append(buf, sizeof(buf), "a-b"), 0);
	cr_expect_str_eq(buf, "a-b");
	cr_expect_eq(iachrp_akn_iri_append(buf, sizeof(buf), "é"), -1);
	cr_expect_eq(iachrp_akn_iri_append(buf, sizeof(buf), "~"), 0);
	cr_expect_str_eq(buf, "a-b~");
}

Test(xml_iri, dates_and_names_are_marked_at_word_boundaries)
{
	json_t *rec = json_pack("{s:[{s:s}],s:{s:s},s:s,s:{s:n}}",
	    "beneficiaries", "name", "Ana", "state", "name", "Peru", "date",
	    "2021-07-05", "press_release", "date");
	const char *text = "Anabel and Ana, in Peru on 5 de julio de 2021 "
	    "(IACHR) and July 5, 2021.";
	struct akn_terms *t = iachrp_akn_terms_new(rec);
	struct akn_mark m[8];
	size_t n;

	cr_assert_not_null(t);
	n = iachrp_akn_terms_find(t, text, strlen(text), m, 8);
	cr_assert_eq(n, 5);
	cr_expect_eq(m[0].kind, AKN_MARK_PERSON);
	cr_expect_eq(m[0].start, 11);
	cr_expect_eq(m[1].kind, AKN_MARK_LOCATION);
	cr_expect_eq(m[2].kind, AKN_MARK_DATE);
	cr_expect_eq(m[2].len, strlen("5 de julio de 2021"));
	cr_expect_str_eq(iachrp_akn_terms_date(t, m[2].index), "2021-07-05");
	cr_expect_eq(m[3].kind, AKN_MARK_ORGANIZATION);
	cr_expect_eq(m[4].len, strlen("July 5, 2021"));
	iachrp_akn_terms_free(t);
	json_decref(rec);
}

Test(xml_iri, the_state_is_found_in_other_languages)
{
	json_t *rec = json_pack("{s:[],s:{s:s,s:s},s:n,s:{s:n}}",
	    "beneficiaries", "state", "name", "Haiti", "code", "HT", "date",
	    "press_release", "date");
	const char *text = "en Haïti et au Pérou";
	struct akn_terms *t = iachrp_akn_terms_new(rec);
	struct akn_mark m[4];

	cr_assert_not_null(t);
	cr_assert_eq(iachrp_akn_terms_find(t, text, strlen(text), m, 4), 1);
	cr_expect_eq(m[0].kind, AKN_MARK_LOCATION);
	cr_expect_eq(m[0].start, 3);
	cr_expect_eq(m[0].len, strlen("Haïti"));
	cr_expect_null(iachrp_akn_state_names("ZZ"));
	cr_expect_str_eq(iachrp_akn_state_names("US")[1], "États-Unis");
	iachrp_akn_terms_free(t);
	json_decref(rec);
}
