/*
 * Rights named in the four languages, mapped to the record's codes.
 */
#include <criterion/criterion.h>

#include "extract_helper.h"

static void
expect_rights(const char *more, const char *want)
{
	json_t *rec = xt_record(xt_release("IACHR Grants Precautionary "
	    "Measures", "Washington, D.C. - The IACHR granted precautionary "
	    "measures to Ana Pérez Gómez in Peru.", more));

	cr_assert_str_eq(xt_join(xt_get(rec, "rights")), want, "%s", more);
	json_decref(rec);
}

Test(extract_rights, english)
{
	expect_rights("Her rights to life, personal integrity and health are "
	    "at risk.", "life|personal_integrity|health");
	expect_rights("It asked the State to protect the life and humane "
	    "treatment of the beneficiary.", "life|personal_integrity");
	expect_rights("It asked the State to guarantee his rights to freedom "
	    "of expression and personal liberty.",
	    "freedom_of_expression|personal_liberty");
	expect_rights("Her rights to life and to personal integrity are at "
	    "risk.", "life|personal_integrity");
}

Test(extract_rights, other_languages)
{
	expect_rights("La CIDH considera que sus derechos a la vida y a la "
	    "integridad personal están en riesgo.", "life|personal_integrity");
	expect_rights("A CIDH pediu proteger os direitos à saúde, à vida e à "
	    "integridade pessoal.", "health|life|personal_integrity");
	expect_rights("La CIDH demande de protéger leurs droits à la vie et à "
	    "l'intégrité personnelle.", "life|personal_integrity");
}

Test(extract_rights, the_fullest_list_sets_the_order)
{
	expect_rights("Their rights to life and personal integrity are at "
	    "risk. The State must protect the rights to health, life and "
	    "personal integrity of the beneficiaries.",
	    "health|life|personal_integrity");
}

Test(extract_rights, none_named)
{
	expect_rights("The Commission asked the State to protect the "
	    "beneficiary's rights. He was deprived of his liberty.", "");
}

Test(extract_rights, applicants_only_when_the_commission_names_none)
{
	expect_rights("According to the applicants, her right to health is "
	    "at risk.", "health");
	expect_rights("According to the applicants, her right to health is "
	    "at risk. The Commission found her rights to life and personal "
	    "integrity at risk.", "life|personal_integrity");
}

/* Possessives between the terms of a list, in every language. */
Test(extract_rights, possessives_in_lists)
{
	expect_rights("L'État doit adopter les mesures nécessaires pour "
	    "protéger sa vie et son intégrité personnelle.",
	    "life|personal_integrity");
	expect_rights("O Estado deve proteger a vida e a integridade pessoal "
	    "e seus direitos à saúde.", "life|personal_integrity|health");
}
