/*
 * The State concerned: names and adjectives in four languages, mapped to
 * ISO 3166-1 alpha-2 and the English short name.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "extract_helper.h"
#include "extract_private.h"

static void
expect_state(const char *title, const char *lead, const char *name,
    const char *code)
{
	json_t *rec = xt_record(xt_release(title, lead, NULL));
	json_t *st = xt_get(rec, "state");

	if (code == NULL) {
		cr_assert(json_is_null(json_object_get(st, "code")), "%s",
		    lead);
	} else {
		cr_assert_str_eq(json_string_value(json_object_get(st, "code")),
		    code, "%s", lead);
		cr_assert_str_eq(json_string_value(json_object_get(st, "name")),
		    name, "%s", lead);
	}
	json_decref(rec);
}

Test(extract_state, names_in_four_languages)
{
	expect_state("IACHR Grants Precautionary Measures in The Bahamas",
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "Fred Smith in The Bahamas.", "Bahamas", "BS");
	expect_state("CIDH otorga medidas cautelares en México",
	    "Washington, D.C. - La CIDH otorgó medidas cautelares a favor de "
	    "Ana Pérez Gómez en México.", "Mexico", "MX");
	expect_state("CIDH outorga medidas cautelares no Brasil",
	    "Washington, D.C. - A CIDH outorgou medidas cautelares a favor de "
	    "Ana Pérez Gómez no Brasil.", "Brazil", "BR");
	expect_state("La CIDH octroie des mesures conservatoires en Haïti",
	    "Washington, D.C. - La CIDH a octroyé des mesures conservatoires "
	    "en faveur de Ana Pérez Gómez en Haïti.", "Haiti", "HT");
	expect_state("CIDH otorga medidas cautelares",
	    "Washington, D.C. - La CIDH otorgó medidas cautelares a favor de "
	    "Ana Pérez en la República Bolivariana de Venezuela.",
	    "Venezuela", "VE");
	expect_state("IACHR Grants Precautionary Measures",
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "Ana Pérez in the United States of America.", "United States",
	    "US");
}

Test(extract_state, adjectives_name_the_state)
{
	expect_state("CIDH otorga medidas cautelares",
	    "Washington, D.C. - La CIDH pidió al Estado nicaragüense que "
	    "proteja a Ana Pérez, beneficiaria de medidas cautelares.",
	    "Nicaragua", "NI");
	expect_state("IACHR Grants Precautionary Measures",
	    "Washington, D.C. - The IACHR asked the Argentine State to protect "
	    "Ana Pérez under precautionary measures.", "Argentina", "AR");
	expect_state("La CIDH octroie des mesures conservatoires",
	    "Washington, D.C. - La CIDH a demandé à l'État haïtien de protéger "
	    "Ana Pérez par des mesures conservatoires.", "Haiti", "HT");
}

Test(extract_state, the_state_addressed_wins)
{
	expect_state("IACHR Grants Precautionary Measures",
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "Ana Pérez, a Colombian journalist living in exile, and asked the "
	    "State of Ecuador to protect her.", "Ecuador", "EC");
}

Test(extract_state, none_named)
{
	expect_state("IACHR Grants Precautionary Measures",
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "Ana Pérez Gómez.", NULL, NULL);
}

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

/* A name whose first word is short: "El Salvador". */
Test(extract_state, names_opening_with_an_article)
{
	expect_state("IACHR Grants Precautionary Measures",
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "the workers of the newspaper El Faro in El Salvador.",
	    "El Salvador", "SV");
}
