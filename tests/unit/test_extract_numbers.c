/*
 * Resolution, measure and release numbers in their printed forms, times
 * and the provisions invoked.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "extract_helper.h"

static json_t *
lead_record(const char *lead, const char *more)
{
	return xt_record(xt_release("IACHR Grants Precautionary Measures",
	    lead, more));
}

static void
expect_pair(json_t *v, int number, int year)
{
	cr_assert(json_is_object(v));
	cr_assert_eq(json_integer_value(json_object_get(v, "number")), number);
	cr_assert_eq(json_integer_value(json_object_get(v, "year")), year);
}

static const char *const grant =
    "Washington, D.C. - The IACHR granted precautionary measures to Ana "
    "Pérez Gómez in Peru through %s, in the file %s.";

static void
expect_forms(const char *res, const char *pm, int rn, int ry, int mn,
    int my)
{
	char lead[512];
	json_t *rec;

	snprintf(lead, sizeof(lead), grant, res, pm);
	rec = lead_record(lead, NULL);
	expect_pair(xt_get(rec, "resolution"), rn, ry);
	expect_pair(xt_get(rec, "measure"), mn, my);
	json_decref(rec);
}

Test(extract_numbers, resolution_and_measure_forms)
{
	expect_forms("Resolution 55/2021", "PM 506-22", 55, 2021, 506, 2022);
	expect_forms("Res. 55/21", "MC 506-22", 55, 2021, 506, 2022);
	expect_forms("Resolution No. 4/21", "PM 1068/20", 4, 2021, 1068, 2020);
	expect_forms("Resolución 66/19", "medida cautelar No. 873-18", 66,
	    2019, 873, 2018);
	expect_forms("Resolução 35/2020", "Medida Cautelar n\xc2\xba 563-20",
	    35, 2020, 563, 2020);
	expect_forms("Résolution 65/2019", "Precautionary Measure No. 793-19",
	    65, 2019, 793, 2019);
	expect_forms("Resolution 3/98", "MC-12-98", 3, 1998, 12, 1998);
	expect_forms("Resolución de Seguimiento 28/2023", "MC No. 1133-18", 28,
	    2023, 1133, 2018);
	expect_forms("Resolución de Seguimiento y Ampliación 32/22",
	    "MC 128-17", 32, 2022, 128, 2017);
	expect_forms("Resolución No. 5/2021", "Medida Cautelar No. 123-21", 5,
	    2021, 123, 2021);
}

/* A measure's cue never reads the number of a resolution after it. */
Test(extract_numbers, measure_cue_before_a_resolution)
{
	json_t *rec = lead_record("Washington, D.C. - La CIDH otorgó medidas "
	    "cautelares mediante la Resolución 13/18 a favor de Ana Pérez "
	    "Gómez en Colombia (MC 51-15).", NULL);

	expect_pair(xt_get(rec, "resolution"), 13, 2018);
	expect_pair(xt_get(rec, "measure"), 51, 2015);
	json_decref(rec);
}

Test(extract_numbers, identifier_falls_back)
{
	json_t *rec;

	rec = lead_record("Washington, D.C. - The IACHR granted precautionary "
	    "measures to Ana Pérez Gómez in Peru (PM 506-22).", NULL);
	cr_assert(json_is_null(xt_get(rec, "resolution")));
	cr_assert_str_eq(json_string_value(xt_get(rec, "id")),
	    "iachr-pm-2022-506");
	json_decref(rec);
	rec = lead_record("Washington, D.C. - The IACHR granted precautionary "
	    "measures to Ana Pérez Gómez in Peru.", "No. 193/21");
	cr_assert_str_eq(json_string_value(xt_get(rec, "id")),
	    "iachr-pr-2021-193");
	json_decref(rec);
	rec = lead_record("Washington, D.C. - The IACHR granted precautionary "
	    "measures to Ana Pérez Gómez in Peru.", NULL);
	cr_assert_eq(strncmp(json_string_value(xt_get(rec, "id")),
	    "iachr-sha-", 10), 0);
	cr_assert_eq(strlen(json_string_value(xt_get(rec, "id"))), 22);
	json_decref(rec);
}

static void
expect_release(const char *closing, int number, int year, const char *time)
{
	json_t *rec, *pr;

	rec = lead_record("Washington, D.C. - The IACHR granted precautionary "
	    "measures to Ana Pérez Gómez in Peru.", closing);
	pr = xt_get(rec, "press_release");
	cr_assert_eq(json_integer_value(json_object_get(pr, "number")), number,
	    "%s", closing);
	cr_assert_eq(json_integer_value(json_object_get(pr, "year")), year);
	if (time == NULL)
		cr_assert(json_is_null(json_object_get(pr, "time")), "%s",
		    closing);
	else
		cr_assert_str_eq(json_string_value(json_object_get(pr, "time")),
		    time, "%s", closing);
	json_decref(rec);
}

Test(extract_numbers, release_number_and_time)
{
	expect_release("No. 193/21\n5:15 PM", 193, 2021, "17:15");
	expect_release("No. 007/21", 7, 2021, NULL);
	expect_release("N\xc2\xba 45/2020\n\n12:30 a.m.", 45, 2020, "00:30");
	expect_release("Press Release No. 12/19\n17h05", 12, 2019, "17:05");
	expect_release("No. 12/19\n9:05 am", 12, 2019, "09:05");
	expect_release("Comunicado de prensa 81/23", 81, 2023, NULL);
}

Test(extract_numbers, legal_basis)
{
	json_t *rec, *lb;

	rec = lead_record("Washington, D.C. - The IACHR granted precautionary "
	    "measures to Ana Pérez Gómez in Peru under Article 25 of its "
	    "Rules of Procedure.", "Under Article 63(2) of the American "
	    "Convention, and Article 25(8) of the IACHR Rules of Procedure, "
	    "de acuerdo con el artículo 63.2 de la Convención Americana y el "
	    "artículo 27 del Reglamento de la Corte.");
	lb = xt_get(rec, "legal_basis");
	cr_assert_eq(json_array_size(lb), 4);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(lb,
	    1), "instrument")), "American Convention on Human Rights");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(lb,
	    1), "article")), "63(2)");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(lb,
	    2), "article")), "25(8)");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(lb,
	    3), "instrument")), "Rules of Procedure of the Inter-American "
	    "Court of Human Rights");
	json_decref(rec);
}

/* The release's date and time printed on one header line or a dateline. */
static void
expect_dated(const char *text, const char *date, const char *time)
{
	json_t *rec = xt_record(text), *pr = xt_get(rec, "press_release");

	cr_assert_str_eq(json_string_value(json_object_get(pr, "date")), date,
	    "%s", text);
	cr_assert_str_eq(json_string_value(json_object_get(pr, "time")), time,
	    "%s", text);
	json_decref(rec);
}

Test(extract_numbers, release_date_and_time_together)
{
	expect_dated("IACHR Grants Precautionary Measures\n\nMarch 3, 2022 "
	    "4:10 PM\n\nWashington, D.C. - The IACHR granted precautionary "
	    "measures to Ana Pérez Gómez in Peru.\n", "2022-03-03", "16:10");
	expect_dated("CIDH otorga medidas cautelares\n\n7 de junio de 2021 | "
	    "09:45\n\nWashington, D.C. - La CIDH otorgó medidas cautelares a "
	    "favor de Ana Pérez Gómez en Perú.\n", "2021-06-07", "09:45");
	expect_dated("IACHR Grants Precautionary Measures\n\nWashington, D.C., "
	    "March 3, 2022, 4:10 PM - The IACHR granted precautionary "
	    "measures to Ana Pérez Gómez in Peru.\n", "2022-03-03", "16:10");
}
