#include <string.h>

#include <criterion/criterion.h>

#include "iachr_record.h"
#include "iachr_schema.h"

static json_t *
record(void)
{
	json_t *r = json_loads("{\"schema\":\"iachr-resolution/1\","
	    "\"id\":\"iachr-res-2021-55\",\"language\":\"en\","
	    "\"instrument\":\"precautionary_measures\","
	    "\"decisions\":[\"grant\"],"
	    "\"resolution\":{\"number\":55,\"year\":2021},"
	    "\"measure\":null,\"date\":\"2021-07-30\","
	    "\"state\":{\"name\":\"Nicaragua\",\"code\":\"NI\"},"
	    "\"beneficiaries\":[{\"name\":\"A B\",\"kind\":\"person\"}],"
	    "\"collective\":false,\"rights\":[\"life\"],\"requests\":[],"
	    "\"legal_basis\":[{\"instrument\":\"Rules\",\"article\":\"25\"}],"
	    "\"press_release\":{\"number\":193,\"year\":2021,"
	    "\"place\":\"Washington, D.C.\",\"date\":\"2021-08-02\","
	    "\"time\":null,\"title\":\"T\"},\"text\":[\"p\"],"
	    "\"source\":{\"sha256\":\"" "0123456789abcdef0123456789abcdef"
	    "0123456789abcdef0123456789abcdef\",\"bytes\":10,"
	    "\"encoding\":\"UTF-8\"}}", 0, NULL);

	cr_assert_not_null(r);
	return r;
}

static void
expect_invalid(json_t *r, const char *pointer, const char *text)
{
	iachr_error_t err;

	iachr_error_init(&err);
	cr_expect_eq(iachr_record_validate(r, &err), -1);
	cr_expect_eq(err.code, IACHR_E_INVALID);
	cr_expect_str_eq(err.pointer, pointer);
	cr_expect_str_eq(err.text, text);
	json_decref(r);
	iachr_cleanup();
}

Test(jsonschema_record, valid_record)
{
	json_t *r = record();
	iachr_error_t err;

	iachr_error_init(&err);
	cr_expect_eq(iachr_record_validate(r, &err), 0);
	cr_expect_eq(err.code, IACHR_E_NONE);
	json_decref(r);
	iachr_cleanup();
}

Test(jsonschema_record, bad_date_names_pattern_and_location)
{
	json_t *r = record();

	json_object_set_new(r, "date", json_string("2021-13-01"));
	expect_invalid(r, "/date", "\"2021-13-01\" does not match pattern "
	    "^(19[5-9][0-9]|20[0-9][0-9])-(0[1-9]|1[0-2])-"
	    "(0[1-9]|[12][0-9]|3[01])$ (schema #/$defs/date/pattern)");
}

Test(jsonschema_record, missing_field)
{
	json_t *r = record();

	json_object_del(r, "id");
	expect_invalid(r, "", "missing required property \"id\" "
	    "(schema #/required)");
}

Test(jsonschema_record, wrong_type)
{
	json_t *r = record();

	json_object_set_new(r, "collective", json_string("yes"));
	expect_invalid(r, "/collective", "\"yes\" is not of type boolean "
	    "(schema #/properties/collective/type)");
}

Test(jsonschema_record, bad_enum)
{
	json_t *r = record();

	json_object_set_new(r, "language", json_string("de"));
	expect_invalid(r, "/language", "\"de\" is not one of "
	    "[\"en\",\"es\",\"pt\",\"fr\"] "
	    "(schema #/properties/language/enum)");
}

Test(jsonschema_record, extra_field)
{
	json_t *r = record();

	json_object_set_new(r, "extra", json_true());
	expect_invalid(r, "/extra", "property \"extra\" is not allowed "
	    "(schema #/additionalProperties)");
}

Test(jsonschema_record, nested_ref_minimum)
{
	json_t *r = record();

	json_object_set_new(r, "measure", json_pack("{s:i,s:i}", "number", 3,
	    "year", 1800));
	expect_invalid(r, "/measure/year", "1800 is less than the minimum "
	    "1959 (schema #/$defs/year/minimum)");
}

Test(jsonschema_record, duplicate_in_unique_array)
{
	json_t *r = record();

	json_object_set_new(r, "rights", json_pack("[s,s]", "life", "life"));
	expect_invalid(r, "/rights", "items 0 and 1 are equal "
	    "(schema #/properties/rights/uniqueItems)");
}
