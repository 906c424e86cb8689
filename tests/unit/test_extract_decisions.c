/*
 * Decisions of every kind, in four languages, in the order the release
 * names them; verbs telling of earlier decisions do not count.
 */
#include <criterion/criterion.h>

#include "extract_helper.h"

static void
expect_decisions(const char *title, const char *lead, const char *want,
    const char *instrument)
{
	json_t *rec = xt_record(xt_release(title, lead, NULL));

	cr_assert_str_eq(xt_join(xt_get(rec, "decisions")), want, "%s", lead);
	cr_assert_str_eq(json_string_value(xt_get(rec, "instrument")),
	    instrument, "%s", lead);
	json_decref(rec);
}

static void
expect_resolution_date(const char *lead, const char *want)
{
	json_t *rec = xt_record(xt_release("CIDH otorga medidas cautelares",
	    lead, NULL));
	json_t *date = xt_get(rec, "date");

	if (want == NULL)
		cr_assert(json_is_null(date), "%s", lead);
	else
		cr_assert_str_eq(json_string_value(date), want, "%s", lead);
	json_decref(rec);
}

/* A dateline's date is the release's; an adoption later in the lead. */
Test(extract_decisions, resolution_date_not_the_datelines)
{
	expect_resolution_date("Washington, D.C., 5 de junio de 2023 - La "
	    "CIDH otorgó medidas cautelares a favor de Ana Pérez Gómez en "
	    "Perú. La resolución fue adoptada el 1º de junio de 2023.",
	    "2023-06-01");
	expect_resolution_date("Washington, D.C., 5 de junio de 2023 - La "
	    "CIDH otorgó medidas cautelares a favor de Ana Pérez Gómez en "
	    "Perú.", NULL);
	expect_resolution_date("Washington, D.C., March 3, 2024 - The IACHR "
	    "adopted Res. 15/24 on March 1st, 2024, granting precautionary "
	    "measures to Ana Pérez Gómez in Peru.", "2024-03-01");
}

Test(extract_decisions, refusal_then_decision)
{
	/* What is refused is not decided; a verb after "y" is. */
	expect_decisions("CIDH amplía medidas cautelares en Bolivia",
	    "La Paz - La CIDH adoptó el 10 de octubre de 2022 la Resolución "
	    "58/2022, mediante la cual rechazó la solicitud de levantamiento "
	    "presentada por el Estado y amplió la medida cautelar MC 120-20 "
	    "a favor de Gabriela Montaño Viaña, en Bolivia.",
	    "reject|extension", "precautionary_measures");
	expect_decisions("CIDH decide no levantar medidas cautelares",
	    "Washington, D.C. - La CIDH decidió no levantarlas.", "reject",
	    "precautionary_measures");
}

Test(extract_decisions, history_after_the_decision)
{
	/* "had been granted ... and extended": earlier acts to the end. */
	expect_decisions("IACHR Lifts Precautionary Measures in Mexico",
	    "Washington, D.C. - On October 21, 2024, the IACHR adopted "
	    "Resolution 61/24 to lift the precautionary measures granted in "
	    "favor of Rafael Domínguez Salas in Mexico. The measures had been "
	    "granted on December 3, 2010, through Resolution 24/10 (PM "
	    "382-10), and extended in 2015 through Resolution 8/15.", "lift",
	    "precautionary_measures");
}

Test(extract_decisions, passive_with_the_commission_as_agent)
{
	/* Neutral titles: the lead alone must tell the decision. */
	expect_decisions("IACHR Press Office",
	    "Washington, D.C. - Precautionary measures were granted by the "
	    "IACHR on March 3, 2022, to Ana Pérez, in Peru.", "grant",
	    "precautionary_measures");
	expect_decisions("CIDH Prensa",
	    "Washington, D.C. - Fueron otorgadas medidas cautelares por la "
	    "CIDH el 3 de marzo de 2022 a Ana Pérez, en Perú.", "grant",
	    "precautionary_measures");
	expect_decisions("CIDH Imprensa",
	    "Washington, D.C. - Des mesures conservatoires ont été accordées "
	    "par la CIDH le 7 mars 2022 à Ana Pérez, au Pérou.", "grant",
	    "precautionary_measures");
	/* Dated by a year alone, it tells the measure's history. */
	expect_decisions("IACHR Press Office",
	    "Washington, D.C. - Precautionary measures were granted by the "
	    "IACHR in 2015 to Ana Pérez. On March 3, 2022, the IACHR decided "
	    "to lift them.", "lift", "precautionary_measures");
}
