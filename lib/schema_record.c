/*
 * iachr_record_validate: the bundled record schema, compiled on first use
 * and kept until iachr_cleanup().
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "iachr_record.h"
#include "iachr_schema.h"
#include "iachr_private.h"

#define RECORD_URI "https://iachr-tools.org/schemas/resolution/1"

/* Compiled by the first caller, under the lock, as record.c parses. */
static _Atomic(iachr_validator *) record_validator;
static pthread_mutex_t record_validator_lock = PTHREAD_MUTEX_INITIALIZER;

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

static iachr_validator *
compile_record_schema(iachr_error_t *err)
{
	const json_t *schema;
	iachr_validator *v;

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
	return v;
}

static const iachr_validator *
record_schema_validator(iachr_error_t *err)
{
	iachr_validator *v = atomic_load(&record_validator);

	if (v != NULL)
		return v;
	pthread_mutex_lock(&record_validator_lock);
	if ((v = atomic_load(&record_validator)) == NULL &&
	    (v = compile_record_schema(err)) != NULL)
		atomic_store(&record_validator, v);
	pthread_mutex_unlock(&record_validator_lock);
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
	iachr_validator_free(atomic_exchange(&record_validator, NULL));
}
