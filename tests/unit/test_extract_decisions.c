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

Test(extract_decisions, grant)
{
	expect_decisions("IACHR Grants Precautionary Measures to Ana Pérez",
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "Ana Pérez in Peru.", "grant", "precautionary_measures");
	expect_decisions("CIDH otorga medidas cautelares",
	    "Washington, D.C. - La CIDH otorgó medidas cautelares a favor de "
	    "Ana Pérez en Perú.", "grant", "precautionary_measures");
	expect_decisions("CIDH outorga medidas cautelares",
	    "Washington, D.C. - A CIDH concedeu medidas cautelares a Ana "
	    "Pérez no Peru.", "grant", "precautionary_measures");
	expect_decisions("La CIDH octroie des mesures conservatoires",
	    "Washington, D.C. - La CIDH a accordé des mesures conservatoires "
	    "à Ana Pérez au Pérou.", "grant", "precautionary_measures");
}

Test(extract_decisions, extension_follow_up_and_partial_lift)
{
	expect_decisions("IACHR Adopts Follow-Up Resolution",
	    "Washington, D.C. - The IACHR adopted a follow-up resolution on "
	    "the precautionary measures that protect journalists of El Diario "
	    "in Peru. The Commission also extends the measure to two persons "
	    "and lifts it with respect to three others.",
	    "follow_up|extension|partial_lift", "precautionary_measures");
	expect_decisions("CIDH amplía medidas cautelares",
	    "Washington, D.C. - La CIDH resolvió ampliar las medidas "
	    "cautelares a favor de Ana Pérez en Cuba.", "extension",
	    "precautionary_measures");
	expect_decisions("CIDH modifica medidas cautelares",
	    "Washington, D.C. - La CIDH decidió modificar las medidas "
	    "cautelares de Ana Pérez en Cuba.", "modification",
	    "precautionary_measures");
}

Test(extract_decisions, lift_is_not_the_earlier_grant)
{
	expect_decisions("IACHR Lifts Precautionary Measures",
	    "Washington, D.C. - The IACHR decided to lift the precautionary "
	    "measures it had granted on August 22, 2017, to protect Ana Pérez "
	    "in Argentina.", "lift", "precautionary_measures");
	expect_decisions("La CIDH lève les mesures conservatoires accordées",
	    "Washington, D.C. - La CIDH a décidé de lever les mesures "
	    "conservatoires qu'elle avait accordées en faveur de Ana Pérez.",
	    "lift", "precautionary_measures");
	expect_decisions("CIDH levanta medidas cautelares otorgadas",
	    "Washington, D.C. - La CIDH resolvió levantar las medidas "
	    "cautelares otorgadas a favor de Ana Pérez en Chile.", "lift",
	    "precautionary_measures");
}

Test(extract_decisions, request_to_the_court)
{
	expect_decisions("IACHR Asks Inter-American Court for Provisional "
	    "Measures", "Washington, D.C. - The IACHR asked the Inter-American "
	    "Court of Human Rights to grant provisional measures to protect "
	    "Ana Pérez in Brazil.", "request", "provisional_measures");
	expect_decisions("CIDH solicita a Corte IDH ampliar medidas "
	    "provisionales", "Washington, D.C. - La CIDH solicitó a la Corte "
	    "IDH ampliar las medidas provisionales a favor de Ana Pérez en "
	    "Nicaragua.", "request", "provisional_measures");
	expect_decisions("La CIDH demande des mesures provisoires à la Cour "
	    "interaméricaine", "Washington, D.C. - La CIDH a demandé à la Cour "
	    "interaméricaine des mesures provisoires en faveur de Ana Pérez.",
	    "request", "provisional_measures");
}

Test(extract_decisions, the_courts_own_measures_are_no_request)
{
	expect_decisions("IACHR Grants Precautionary Measures to Ana Pérez",
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "Ana Pérez in Nicaragua. The Inter-American Court of Human Rights "
	    "had ordered provisional measures for her relatives in 2019.",
	    "grant", "precautionary_measures");
}

Test(extract_decisions, reject)
{
	expect_decisions("IACHR Rejects Request for Precautionary Measures",
	    "Washington, D.C. - The IACHR decided to reject the request for "
	    "precautionary measures filed on behalf of Ana Pérez in Peru.",
	    "reject", "precautionary_measures");
	expect_decisions("IACHR Decides Not to Extend Precautionary Measures",
	    "Washington, D.C. - The IACHR decided not to extend precautionary "
	    "measures MC-455-19 to the relatives of Pedro Canché in Mexico.",
	    "reject", "precautionary_measures");
	expect_decisions("CIDH decide no otorgar medidas cautelares",
	    "Washington, D.C. - La CIDH decidió no otorgar medidas cautelares "
	    "a favor de Ana Pérez en Chile.", "reject",
	    "precautionary_measures");
}

/* What a refusal refuses is not itself decided. */
Test(extract_decisions, refusal_of_a_request)
{
	expect_decisions("CIDH desestima solicitud de levantamiento de medidas "
	    "cautelares", "Washington, D.C. - La CIDH decidió desestimar la "
	    "solicitud de levantamiento presentada por el Estado respecto de "
	    "las medidas cautelares a favor de Ana Pérez Gómez en Perú.",
	    "reject",
	    "precautionary_measures");
	expect_decisions("IACHR Declines Request to Lift Precautionary "
	    "Measures", "Washington, D.C. - The IACHR declined the State's "
	    "request to lift the precautionary measures in favor of Ana Pérez "
	    "Gómez in Peru.", "reject", "precautionary_measures");
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

Test(extract_decisions, expansion_is_an_extension)
{
	expect_decisions("IACHR Expands Precautionary Measures",
	    "Washington, D.C. - The IACHR decided to expand the precautionary "
	    "measures in favor of Ana Pérez Gómez to include Luis Rojas Mena "
	    "in Peru.", "extension", "precautionary_measures");
}

/* The Court under its short names: "IA Court", "Cour IDH". */
Test(extract_decisions, court_short_names)
{
	expect_decisions("IACHR Asks IA Court for Provisional Measures",
	    "Washington, D.C. - The IACHR asked the IA Court to adopt "
	    "provisional measures in favor of Juan Pérez Soto in Nicaragua.",
	    "request", "provisional_measures");
	expect_decisions("La CIDH demande à la Cour IDH d'étendre des mesures "
	    "provisoires", "Washington, D.C. - La CIDH a demandé à la Cour IDH "
	    "d'étendre les mesures provisoires afin d'inclure Juan Pérez "
	    "Soto, au Nicaragua.", "request", "provisional_measures");
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
