/*
 * Dates as releases print them, in the four languages.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "extract_helper.h"
#include "extract_private.h"

static void
expect_date(const char *text, int y, int m, int d)
{
	struct iachrp_date date;
	size_t n = iachrp_parse_date(text, 0, &date);

	cr_assert_eq(n, strlen(text), "%s: read %zu bytes", text, n);
	cr_assert_eq(date.year, y, "%s", text);
	cr_assert_eq(date.month, m, "%s", text);
	cr_assert_eq(date.day, d, "%s", text);
}

static void
expect_no_date(const char *text)
{
	struct iachrp_date date;

	cr_assert_eq(iachrp_parse_date(text, 0, &date), 0, "%s", text);
}

Test(extract_dates, english)
{
	expect_date("july 25, 2021", 2021, 7, 25);
	expect_date("25 july 2021", 2021, 7, 25);
	expect_date("december 31st, 2019", 2019, 12, 31);
	expect_date("sept. 3, 2020", 2020, 9, 3);
}

Test(extract_dates, spanish)
{
	expect_date("25 de julio de 2021", 2021, 7, 25);
	expect_date("1\xc2\xba de junio de 2021", 2021, 6, 1);
	expect_date("8 de septiembre del 2022", 2022, 9, 8);
	expect_date("3 de setiembre de 2019", 2019, 9, 3);
	expect_date("1ro. de julio de 2021", 2021, 7, 1);
	expect_date("1ro de julio de 2021", 2021, 7, 1);
}

Test(extract_dates, portuguese)
{
	expect_date("18 de maio de 2022", 2022, 5, 18);
	expect_date("17 de julho de 2020", 2020, 7, 17);
	expect_date("2 de mar\xc3\xa7o de 2023", 2023, 3, 2);
}

Test(extract_dates, french)
{
	expect_date("8 mars 2023", 2023, 3, 8);
	expect_date("1er ao\xc3\xbbt 2017", 2017, 8, 1);
	expect_date("13 janvier 2018", 2018, 1, 13);
	expect_date("31 d\xc3\xa9" "cembre 2019", 2019, 12, 31);
}

Test(extract_dates, refused)
{
	expect_no_date("february 30, 2021");
	expect_no_date("february 29, 2021");
	expect_no_date("july 2021");
	expect_no_date("the court may order");
	expect_no_date("25 de julio");
	expect_no_date("july 25, 1850");
}

Test(extract_dates, two_digit_years)
{
	cr_assert_eq(iachrp_year4(21, 2), 2021);
	cr_assert_eq(iachrp_year4(97, 2), 1997);
	cr_assert_eq(iachrp_year4(2019, 4), 2019);
}

Test(extract_dates, record_date_is_the_decision_date)
{
	json_t *rec;

	rec = xt_record(xt_release("IACHR Lifts Precautionary Measures",
	    "Washington, D.C. - The Inter-American Commission on Human Rights "
	    "(IACHR) has decided to lift the precautionary measures it had "
	    "granted on August 22, 2017, to protect Ana Pérez in Argentina.",
	    NULL));
	cr_assert(json_is_null(xt_get(rec, "date")));
	json_decref(rec);
	rec = xt_record(xt_release("CIDH otorga medidas cautelares",
	    "Washington, D.C. - El 24 de diciembre de 2019, la Comisión "
	    "Interamericana de Derechos Humanos (CIDH) resolvió otorgar "
	    "medidas cautelares a favor de Ana Pérez Gómez, en Venezuela, "
	    "cuyos derechos están en riesgo desde el 3 de marzo de 2018.",
	    NULL));
	cr_assert_str_eq(json_string_value(xt_get(rec, "date")),
	    "2019-12-24");
	json_decref(rec);
}
