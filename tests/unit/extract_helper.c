/*
 * Helpers of the extractor's unit tests.
 */
#include <stdio.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract_helper.h"
#include "iachr_extract.h"

json_t *
xt_record(const char *text)
{
	iachr_error_t err;
	json_t *rec;

	iachr_error_init(&err);
	rec = iachr_extract(text, strlen(text), "test", &err);
	cr_assert_not_null(rec, "refused: %s", err.text);
	return rec;
}

json_t *
xt_get(json_t *rec, const char *key)
{
	return json_object_get(rec, key);
}

const char *
xt_names(json_t *rec)
{
	static char buf[2048];
	size_t i;
	json_t *v;

	buf[0] = '\0';
	json_array_foreach(json_object_get(rec, "beneficiaries"), i, v) {
		if (i > 0)
			strncat(buf, "|", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, json_string_value(json_object_get(v, "name")),
		    sizeof(buf) - strlen(buf) - 1);
	}
	return buf;
}

const char *
xt_join(json_t *array)
{
	static char buf[2048];
	size_t i;
	json_t *v;

	buf[0] = '\0';
	json_array_foreach(array, i, v) {
		if (i > 0)
			strncat(buf, "|", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, json_string_value(v),
		    sizeof(buf) - strlen(buf) - 1);
	}
	return buf;
}

const char *
xt_release(const char *title, const char *lead, const char *more)
{
	static char buf[8192];

	snprintf(buf, sizeof(buf), "%s\n\n%s\n\n%s\n", title, lead,
	    more != NULL ? more : "");
	return buf;
}
