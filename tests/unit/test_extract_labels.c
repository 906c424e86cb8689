/*
 * Requests: label styles, inline lists, sub-items, and lists that are
 * not requests.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "extract_helper.h"

static json_t *
requests_of(const char *more, json_t **rec)
{
	*rec = xt_record(xt_release("IACHR Grants Precautionary Measures",
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "Ana Pérez Gómez in Peru.", more));
	return xt_get(*rec, "requests");
}

static void
expect_labels(const char *more, const char *want)
{
	char got[256] = "";
	json_t *rec, *req = requests_of(more, &rec), *v;
	size_t i;

	json_array_foreach(req, i, v) {
		const char *l = json_string_value(json_object_get(v, "label"));

		if (i > 0)
			strcat(got, "|");
		strncat(got, l != NULL ? l : "-", 8);
	}
	cr_assert_str_eq(got, want, "%s", more);
	json_decref(rec);
}

Test(extract_labels, styles)
{
	expect_labels("The IACHR asked the State to:\n"
	    "a) adopt measures;\nb) agree on them; and\nc) report.",
	    "a|b|c");
	expect_labels("The IACHR asked the State to:\n"
	    "(a) adopt measures;\n(b) report.", "a|b");
	expect_labels("La CIDH solicitó al Estado que:\n"
	    "1. Adopte medidas;\n2. Concierte; e\n3. Informe.", "1|2|3");
	expect_labels("La CIDH pidió al Estado que:\n"
	    "1) adopte medidas;\n2) informe.", "1|2");
	expect_labels("The IACHR requested that the State:\n"
	    "• adopt measures;\n• report.", "-|-");
	expect_labels("The IACHR requested that the State:\n"
	    "i) adopt measures;\nii) report.", "i|ii");
	expect_labels("La CIDH solicitó al Estado de Nicaragua\n"
	    "1) adoptar medidas;\n2) informar.", "1|2");
	expect_labels("La CIDH solicitó al Estado que:\n"
	    "1.- Adopte medidas;\n2.- Informe.", "1|2");
	expect_labels("La CIDH solicitó al Estado que:\n"
	    "a)- adopte medidas;\nb)- informe.", "a|b");
	expect_labels("La CIDH solicitó al Estado que:\n"
	    "1.\xe2\x80\x93 adopte medidas;\n2.\xe2\x80\x93 informe.", "1|2");
	expect_labels("La CIDH solicitó al Estado que:\n"
	    "1- adopte medidas;\n2- informe.", "1|2");
	expect_labels("The IACHR requested that the State:\n"
	    "I. adopt measures;\nII. agree on them; and\nIII. report.",
	    "I|II|III");
	expect_labels("The IACHR requested that the State:\n"
	    "A. adopt;\nB. agree;\nC. x;\nD. x;\nE. x;\nF. x;\nG. x;\n"
	    "H. x;\nI. report.", "A|B|C|D|E|F|G|H|I");
}

/* Items after a sentence stating the State's duty are its measures. */
Test(extract_labels, after_a_duty)
{
	expect_labels("It reiterated that the State must adopt the measures "
	    "needed.\n• Adopt measures;\n• Report.", "-|-");
	expect_labels("The requesting party described the facts.\n"
	    "• Threats;\n• Attacks.", "");
}

Test(extract_labels, inline_lists)
{
	expect_labels("The IACHR requested that the State of Peru: a) adopt "
	    "measures; b) agree on them; and c) report on the events.",
	    "a|b|c");
	expect_labels("The Commission has asked the State (a) to adopt "
	    "measures, and (b) to report on the actions taken.", "a|b");
	expect_labels("The Commission asked the State to (i) adopt measures; "
	    "(ii) agree on them; and (iii) report.", "i|ii|iii");
}

Test(extract_labels, sub_items_stay_inside)
{
	json_t *rec, *req;

	req = requests_of("The IACHR asked the State to:\n"
	    "1. adopt measures, in particular:\na) food;\nb) medicine;\n"
	    "2. report.", &rec);
	cr_assert_eq(json_array_size(req), 2);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(req,
	    0), "text")), "adopt measures, in particular: a) food; b) "
	    "medicine");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(req,
	    1), "text")), "report.");
	json_decref(rec);
}

Test(extract_labels, other_lists_are_not_requests)
{
	expect_labels("They are held in the following places:\n"
	    "1) La Modelo prison;\n2) El Chipote.", "");
	expect_labels("The Commission asked the State to adopt the necessary "
	    "measures and to report on them.", "");
}
