#include <stdio.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_record.h"
#include "iachr_schema.h"

struct seen {
	int n;
	char instance[256], schema[256], message[512];
};

static int
remember(void *arg, const char *instance, const char *schema,
    const char *message)
{
	struct seen *s = arg;

	if (s->n++ == 0) {
		snprintf(s->instance, sizeof(s->instance), "%s", instance);
		snprintf(s->schema, sizeof(s->schema), "%s", schema);
		snprintf(s->message, sizeof(s->message), "%s", message);
	}
	return 0;
}

static iachr_validator *
compile(const char *text, int flags)
{
	iachr_validator *v = iachr_validator_new(flags);
	json_t *schema = json_loads(text, 0, NULL);
	iachr_error_t err;

	cr_assert_not_null(v);
	cr_assert_not_null(schema, "bad test schema");
	iachr_error_init(&err);
	cr_assert_eq(iachr_validator_add(v, "https://t.test/s.json", schema,
	    &err), 0, "%s", err.text);
	cr_assert_eq(iachr_validator_use(v, "https://t.test/s.json", &err), 0,
	    "%s", err.text);
	json_decref(schema);
	return v;
}

static int
check(const iachr_validator *v, const char *instance, struct seen *s)
{
	json_t *j = json_loads(instance, JSON_DECODE_ANY, NULL);
	int rc;

	cr_assert_not_null(j, "bad test instance");
	memset(s, 0, sizeof(*s));
	rc = iachr_validator_check(v, j, remember, s);
	json_decref(j);
	return rc;
}

Test(jsonschema_api, integer_accepts_integral_real)
{
	iachr_validator *v = compile("{\"type\":\"integer\"}", 0);
	struct seen s;

	cr_expect_eq(check(v, "1.0", &s), 0);
	cr_expect_eq(check(v, "1.5", &s), -1);
	cr_expect_str_eq(s.message, "1.5 is not of type integer");
	cr_expect_str_eq(s.schema, "#/type");
	iachr_validator_free(v);
}

Test(jsonschema_api, one_of_reports_the_branch_that_fits)
{
	iachr_validator *v = compile("{\"oneOf\":[{\"type\":\"null\"},"
	    "{\"$ref\":\"#/$defs/n\"}],\"$defs\":{\"n\":{\"type\":\"integer\","
	    "\"minimum\":3}}}", 0);
	struct seen s;

	cr_expect_eq(check(v, "null", &s), 0);
	cr_expect_eq(check(v, "5", &s), 0);
	cr_expect_eq(check(v, "2", &s), -1);
	cr_expect_eq(s.n, 1);
	cr_expect_str_eq(s.schema, "#/$defs/n/minimum");
	cr_expect_str_eq(s.message, "2 is less than the minimum 3");
	cr_expect_eq(check(v, "\"x\"", &s), -1);
	cr_expect_str_eq(s.schema, "#/oneOf");
	cr_expect_str_eq(s.message, "value matches none of the 2 "
	    "alternatives");
	iachr_validator_free(v);
}

Test(jsonschema_api, unevaluated_properties_see_through_all_of)
{
	iachr_validator *v = compile("{\"allOf\":[{\"properties\":{\"a\":"
	    "true}}],\"unevaluatedProperties\":false}", 0);
	struct seen s;

	cr_expect_eq(check(v, "{\"a\":1}", &s), 0);
	cr_expect_eq(check(v, "{\"a\":1,\"b\":2}", &s), -1);
	cr_expect_str_eq(s.instance, "/b");
	cr_expect_str_eq(s.message, "property \"b\" is not allowed");
	iachr_validator_free(v);
}

Test(jsonschema_api, pointer_escapes_instance_keys)
{
	iachr_validator *v = compile("{\"additionalProperties\":"
	    "{\"type\":\"string\"}}", 0);
	struct seen s;

	cr_expect_eq(check(v, "{\"a/b~c\":1}", &s), -1);
	cr_expect_str_eq(s.instance, "/a~1b~0c");
	iachr_validator_free(v);
}

Test(jsonschema_api, formats_assert_only_on_request)
{
	iachr_validator *a = compile("{\"format\":\"date\"}", 0);
	iachr_validator *b = compile("{\"format\":\"date\"}",
	    IACHR_VALIDATE_FORMATS);
	struct seen s;

	cr_expect_eq(check(a, "\"2021-02-30\"", &s), 0);
	cr_expect_eq(check(b, "\"2021-02-30\"", &s), -1);
	cr_expect_str_eq(s.message, "\"2021-02-30\" is not a valid date");
	cr_expect_eq(check(b, "\"2024-02-29\"", &s), 0);
	iachr_validator_free(a);
	iachr_validator_free(b);
}

Test(jsonschema_api, dynamic_ref_follows_the_outermost_anchor)
{
	iachr_validator *v = iachr_validator_new(0);
	json_t *list = json_loads("{\"$id\":\"https://t.test/list\","
	    "\"$dynamicAnchor\":\"item\",\"type\":\"array\","
	    "\"items\":{\"$dynamicRef\":\"#item\"}}", 0, NULL);
	json_t *strings = json_loads("{\"$id\":\"https://t.test/strings\","
	    "\"$ref\":\"list\",\"$defs\":{\"s\":{\"$dynamicAnchor\":\"item\","
	    "\"type\":\"string\"}}}", 0, NULL);
	iachr_error_t err;
	struct seen s;

	iachr_error_init(&err);
	cr_assert_eq(iachr_validator_add(v, "https://t.test/list", list,
	    &err), 0);
	cr_assert_eq(iachr_validator_add(v, "https://t.test/strings",
	    strings, &err), 0);
	cr_assert_eq(iachr_validator_use(v, "https://t.test/strings", &err),
	    0, "%s", err.text);
	cr_expect_eq(check(v, "[\"a\",\"b\"]", &s), 0);
	cr_expect_eq(check(v, "[\"a\",1]", &s), -1);
	cr_expect_str_eq(s.instance, "/1");
	json_decref(list);
	json_decref(strings);
	iachr_validator_free(v);
}

/* Whether instance is valid against {"multipleOf": multiple}. */
static int
is_multiple(const char *multiple, const char *instance)
{
	char text[64];
	iachr_validator *v;
	struct seen s;
	int rc;

	snprintf(text, sizeof(text), "{\"multipleOf\":%s}", multiple);
	v = compile(text, 0);
	rc = check(v, instance, &s);
	iachr_validator_free(v);
	return rc == 0;
}

Test(jsonschema_api, multiple_of_is_exact_in_decimal)
{
	cr_expect(!is_multiple("1e10", "7"));
	cr_expect(!is_multiple("0.01", "1e-12"));
	cr_expect(!is_multiple("1e308", "0.5"));
	cr_expect(!is_multiple("3", "1e17"));
	cr_expect(!is_multiple("0.0001", "0.00751"));
	cr_expect(!is_multiple("0.123456789", "1e308"));
	cr_expect(is_multiple("0.1", "0.3"));
	cr_expect(is_multiple("3", "3e17"));
	cr_expect(is_multiple("0.01", "19.99"));
	cr_expect(is_multiple("1e-8", "12391239123"));
	cr_expect(is_multiple("1.5", "-4.5"));
	cr_expect(is_multiple("1e10", "0"));
}

Test(jsonschema_api, unresolvable_reference_is_a_schema_error)
{
	iachr_validator *v = iachr_validator_new(0);
	json_t *schema = json_loads("{\"$ref\":\"other.json\"}", 0, NULL);
	iachr_error_t err;

	iachr_error_init(&err);
	cr_assert_eq(iachr_validator_add(v, "https://t.test/s.json", schema,
	    &err), 0);
	cr_expect_eq(iachr_validator_use(v, "https://t.test/s.json", &err),
	    -1);
	cr_expect_eq(err.code, IACHR_E_INVALID);
	cr_expect_str_eq(err.text, "schema https://t.test/s.json#: cannot "
	    "resolve reference: https://t.test/other.json");
	json_decref(schema);
	iachr_validator_free(v);
}

/* The error of iachr_validator_use() for schema, "" when it is usable. */
static void
use_error(const char *schema, char *text, size_t size)
{
	iachr_validator *v = iachr_validator_new(0);
	json_t *json = json_loads(schema, 0, NULL);
	iachr_error_t err;

	cr_assert_not_null(json, "bad test schema");
	iachr_error_init(&err);
	cr_assert_eq(iachr_validator_add(v, "https://t.test/s.json", json,
	    &err), 0);
	if (iachr_validator_use(v, "https://t.test/s.json", &err) == 0)
		snprintf(text, size, "%s", "");
	else
		snprintf(text, size, "%s", err.text);
	json_decref(json);
	iachr_validator_free(v);
}

Test(jsonschema_api, endless_reference_loop_is_a_schema_error)
{
	char text[512];

	use_error("{\"$ref\":\"#\"}", text, sizeof(text));
	cr_expect_str_eq(text, "schema https://t.test/s.json#: endless loop "
	    "of references back to: https://t.test/s.json#");
	use_error("{\"$defs\":{\"a\":{\"allOf\":[{\"$ref\":\"#/$defs/b\"}]},"
	    "\"b\":{\"not\":{\"anyOf\":[true,{\"$ref\":\"#/$defs/a\"}]}}},"
	    "\"$ref\":\"#/$defs/a\"}", text, sizeof(text));
	cr_expect_str_eq(text, "schema https://t.test/s.json#/$defs/b/not/"
	    "anyOf/1: endless loop of references back to: "
	    "https://t.test/s.json#/$defs/a");
	/* Recursion into the parts of the value ends with the value. */
	use_error("{\"properties\":{\"a\":{\"$ref\":\"#\"}},"
	    "\"items\":{\"$ref\":\"#\"}}", text, sizeof(text));
	cr_expect_str_eq(text, "");
}

Test(jsonschema_api, bad_pattern_is_a_schema_error)
{
	iachr_validator *v = iachr_validator_new(0);
	json_t *schema = json_loads("{\"pattern\":\"a(b\"}", 0, NULL);
	iachr_error_t err;

	iachr_error_init(&err);
	cr_assert_eq(iachr_validator_add(v, "https://t.test/s.json", schema,
	    &err), 0);
	cr_expect_eq(iachr_validator_use(v, "https://t.test/s.json", &err),
	    -1);
	cr_expect_str_eq(err.text, "schema https://t.test/s.json#: missing ): "
	    "a(b");
	json_decref(schema);
	iachr_validator_free(v);
}

Test(jsonschema_api, meta_schema_is_built_in)
{
	iachr_validator *v = iachr_validator_new(0);
	json_t *bad = json_loads("{\"type\":\"strin\"}", 0, NULL);
	json_t *good = json_loads("{\"type\":\"string\",\"minLength\":2}", 0,
	    NULL);
	iachr_error_t err;

	iachr_error_init(&err);
	cr_assert_eq(iachr_validator_use(v,
	    "https://json-schema.org/draft/2020-12/schema", &err), 0,
	    "%s", err.text);
	cr_expect_eq(iachr_validator_check(v, good, NULL, NULL), 0);
	cr_expect_eq(iachr_validator_check(v, bad, NULL, NULL), -1);
	json_decref(bad);
	json_decref(good);
	iachr_validator_free(v);
}

Test(jsonschema_api, locate_finds_nested_values)
{
	const char *text = "{\n  \"a\": [1,\n    {\"b~\": \"\\u00e9x\"}],\n"
	    "  \"c/d\": \"\xc3\xa9\", \"e\": 2\n}";
	long line = 1, col = 1;

	cr_expect_eq(iachr_json_locate(text, strlen(text), "/a/1/b~0",
	    &line, &col), 0);
	cr_expect_eq(line, 3);
	cr_expect_eq(col, 12);
	line = 1;
	col = 1;
	cr_expect_eq(iachr_json_locate(text, strlen(text), "/e", &line,
	    &col), 0);
	cr_expect_eq(line, 4);
	cr_expect_eq(col, 20);
	line = 1;
	col = 1;
	cr_expect_eq(iachr_json_locate(text, strlen(text), "/zz", &line,
	    &col), -1);
	cr_expect_eq(line, 1);
}

Test(jsonschema_api, locate_decodes_escaped_keys)
{
	const char *text = "{\"caf\\u00e9\": 1, \"\\ud83d\\ude00\\n\": 2}";
	long line = 1, col = 1;

	cr_expect_eq(iachr_json_locate(text, strlen(text), "/caf\xc3\xa9",
	    &line, &col), 0);
	cr_expect_eq(col, 15);
	col = 1;
	cr_expect_eq(iachr_json_locate(text, strlen(text),
	    "/\xf0\x9f\x98\x80\n", &line, &col), 0);
	cr_expect_eq(col, 36);
}
