/*
 * Beneficiaries: persons, initials, lists, groups, families left out,
 * descriptions left out, in four languages.
 */
#include <criterion/criterion.h>

#include "extract_helper.h"

Test(extract_beneficiaries, named_after_the_lead)
{
	json_t *rec;

	/* The lead describes; a later paragraph names. */
	rec = xt_record(xt_release("IACHR Press Office",
	    "Washington, D.C. - On May 17, 2021, the IACHR granted "
	    "precautionary measures in favor of a university student who "
	    "has been missing since May 3, 2021, in Colombia (Resolution "
	    "36/21, PM 409-21).",
	    "The proposed beneficiary, Daniel Esteban Quintero Ruiz, is 19 "
	    "years old."));
	cr_assert_str_eq(xt_names(rec), "Daniel Esteban Quintero Ruiz");
	json_decref(rec);
	rec = xt_record(xt_release("IACHR Press Office",
	    "Washington, D.C. - La CIDH otorgó medidas cautelares mediante "
	    "Resolución N° 2/25 (MC N° 10-25), del 13 de enero de 2025, en "
	    "Venezuela.",
	    "Las personas beneficiarias son Perkins Rocha Contreras y Edmundo "
	    "González Urrutia."));
	cr_assert_str_eq(xt_names(rec),
	    "Perkins Rocha Contreras|Edmundo González Urrutia");
	json_decref(rec);
}

