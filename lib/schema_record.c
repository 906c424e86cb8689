/*
 * iachr_record_validate: the bundled record schema, compiled on first use
 * and kept until iachr_cleanup().
 */
#include <stdio.h>
#include <string.h>

#include "iachr_record.h"
#include "iachr_schema.h"
#include "iachr_private.h"

#define RECORD_URI "https://iachr-tools.org/schemas/resolution/1"

static iachr_validator *record_validator;

struct first {
	iachr_error_t *err;
};

static int
first_error(void *arg, const char *instance, const char *schema,
    const char *message)
{
	struct first *f = arg;

	iachr_error_set(f->err, IACHR_E_INVALID, NULL, 0, 0, -1,
	    "%s (schema %s)", message, schema);
	iachr_error_set_pointer(f->err, instance);
	return 1;
}

static const iachr_validator *
record_schema_validator(iachr_error_t *err)
{
	const json_t *schema;
	iachr_validator *v;

	if (record_validator != NULL)
		return record_validator;
	if ((schema = iachr_record_schema()) == NULL ||
	    (v = iachr_validator_new(0)) == NULL) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return NULL;
	}
	if (iachr_validator_add(v, RECORD_URI, schema, err) != 0 ||
	    iachr_validator_use(v, RECORD_URI, err) != 0) {
		iachr_validator_free(v);
		return NULL;
	}
	record_validator = v;
	return v;
}

int
iachr_record_validate(const json_t *rec, iachr_error_t *err)
{
	const iachr_validator *v;
	struct first f;

	if ((v = record_schema_validator(err)) == NULL)
		return -1;
	f.err = err;
	return iachr_validator_check(v, rec, first_error, &f);
}

void
iachrp_schema_cleanup(void)
{
	iachr_validator_free(record_validator);
	record_validator = NULL;
}
