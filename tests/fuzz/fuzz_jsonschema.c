/*
 * Fuzz target for the JSON Schema validator: the input is a schema and an
 * instance, separated by the first newline.  The schema is compiled and
 * the instance validated with error reporting on, each error located in
 * the instance's text.  Patterns reach the regular expression engine
 * through "pattern", "patternProperties" and the "regex" format.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "iachr_schema.h"

struct text {
	const char *s;
	size_t len;
};

static int
locate(void *arg, const char *instance, const char *schema,
    const char *message)
{
	struct text *t = arg;
	long line = 1, column = 1;

	(void)schema;
	(void)message;
	iachr_json_locate(t->s, t->len, instance, &line, &column);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl = memchr(data, '\n', size);
	size_t slen = nl != NULL ? (size_t)(nl - (const char *)data) : size;
	iachr_validator *v;
	iachr_error_t err;
	json_t *schema, *instance = NULL;
	struct text t;

	t.s = nl != NULL ? nl + 1 : "";
	t.len = nl != NULL ? size - slen - 1 : 0;
	schema = json_loadb((const char *)data, slen, JSON_DECODE_ANY, NULL);
	if (schema == NULL)
		return 0;
	instance = json_loadb(t.s, t.len, JSON_DECODE_ANY, NULL);
	if ((v = iachr_validator_new(IACHR_VALIDATE_FORMATS)) != NULL) {
		iachr_error_init(&err);
		if (iachr_validator_add(v, "https://fuzz.test/s.json", schema,
		    &err) == 0 && iachr_validator_use(v,
		    "https://fuzz.test/s.json", &err) == 0 && instance != NULL)
			iachr_validator_check(v, instance, locate, &t);
		iachr_validator_free(v);
	}
	json_decref(instance);
	json_decref(schema);
	return 0;
}
