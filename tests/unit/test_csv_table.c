/*
 * The CSV table schema and the record schema describe the same record:
 * the columns' JSON Pointers are the record's members, nested ones
 * flattened, in the record schema's order; and the nullable objects are
 * those the record schema lets be null.
 */
#include <stdio.h>
#include <string.h>

#include <criterion/criterion.h>

#include "csv_private.h"
#include "iachr_record.h"

/* The object schema a property describes, following oneOf and $ref. */
static const json_t *
object_schema(const json_t *root, const json_t *prop, int *nullable)
{
	const json_t *alt, *ref;
	size_t i;

	*nullable = 0;
	if (json_object_get(prop, "properties") != NULL)
		return prop;
	json_array_foreach(json_object_get(prop, "oneOf"), i, alt) {
		if (json_is_string(json_object_get(alt, "type")) &&
		    strcmp(json_string_value(json_object_get(alt, "type")),
		    "null") == 0)
			*nullable = 1;
		ref = json_object_get(alt, "$ref");
		if (json_is_string(ref) && strncmp(json_string_value(ref),
		    "#/$defs/", 8) == 0) {
			alt = json_object_get(json_object_get(root, "$defs"),
			    json_string_value(ref) + 8);
			if (json_object_get(alt, "properties") != NULL)
				return alt;
		}
	}
	return NULL;
}

Test(csv_table, follows_record_schema)
{
	const json_t *root = iachr_record_schema(), *prop, *obj, *member;
	struct iachrp_csv_table t;
	const char *key, *name;
	char pointer[128];
	size_t i = 0;
	int nullable;

	cr_assert_not_null(root);
	cr_assert_eq(iachrp_csv_table_load(&t, IACHRP_CSV_RECORD_TABLE, NULL), 0);
	json_object_foreach((json_t *)json_object_get(root, "properties"),
	    key, prop) {
		obj = object_schema(root, prop, &nullable);
		if (obj == NULL) {
			snprintf(pointer, sizeof(pointer), "/%s", key);
			cr_assert_lt(i, t.ncols);
			cr_assert_str_eq(t.cols[i].pointer, pointer);
			cr_assert_eq(t.cols[i].nullable_parent, 0);
			i++;
			continue;
		}
		json_object_foreach((json_t *)json_object_get(obj,
		    "properties"), name, member) {
			snprintf(pointer, sizeof(pointer), "/%s/%s", key,
			    name);
			cr_assert_lt(i, t.ncols);
			cr_assert_str_eq(t.cols[i].pointer, pointer);
			cr_assert_eq(t.cols[i].nullable_parent, nullable,
			    "%s", pointer);
			i++;
		}
	}
	cr_assert_eq(i, t.ncols);
	cr_assert_eq(t.nkeys, json_object_size(json_object_get(root,
	    "properties")));
	iachrp_csv_table_free(&t);
	iachr_cleanup();
}
