#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "iachr_record.h"
#include "iachr_private.h"

/*
 * Parsed by the first caller, under the lock, so that threads may share
 * it: they only read it.  Not with pthread_once, for a parse that runs
 * out of memory is tried again, and iachr_cleanup() starts afresh.
 */
static _Atomic(json_t *) record_schema;
static pthread_mutex_t record_schema_lock = PTHREAD_MUTEX_INITIALIZER;

const json_t *
iachr_record_schema(void)
{
	json_t *schema = atomic_load(&record_schema);
	const char *text;
	size_t len;

	if (schema != NULL)
		return schema;
	pthread_mutex_lock(&record_schema_lock);
	if ((schema = atomic_load(&record_schema)) == NULL &&
	    (text = iachr_schema_text("resolution.schema.json", &len)) !=
	    NULL) {
		schema = json_loadb(text, len, 0, NULL);
		atomic_store(&record_schema, schema);
	}
	pthread_mutex_unlock(&record_schema_lock);
	return schema;
}

void
iachr_cleanup(void)
{
	iachrp_schema_cleanup();
	json_decref(atomic_exchange(&record_schema, NULL));
}

int
iachr_is_record(const json_t *value)
{
	const char *id;

	if (!json_is_object(value))
		return 0;
	id = json_string_value(json_object_get(value, "schema"));
	return id != NULL && strcmp(id, IACHR_RECORD_SCHEMA_ID) == 0;
}

int
iachr_record_dump(const json_t *rec, FILE *fp, int pretty)
{
	if (pretty) {
		if (json_dumpf(rec, fp, JSON_INDENT(2) | JSON_ENCODE_ANY) != 0)
			return -1;
	} else if (iachrp_json_write(rec, fp, 0) != 0) {
		return -1;
	}
	if (putc('\n', fp) == EOF)
		return -1;
	return 0;
}

/*
 * Follows a local "$ref" ("#/$defs/name") and, for a "oneOf" or "anyOf",
 * the first alternative that describes values of json's type, so that
 * nullable objects ("oneOf": [null, {$ref}]) are ordered too.
 */
static const json_t *
resolve(const json_t *node, const json_t *value)
{
	const json_t *alts, *alt, *found;
	const char *ref;
	size_t i;
	int depth;

	for (depth = 0; node != NULL && depth < 16; depth++) {
		ref = json_string_value(json_object_get(node, "$ref"));
		if (ref != NULL && strncmp(ref, "#/$defs/", 8) == 0) {
			node = json_object_get(json_object_get(
			    iachr_record_schema(), "$defs"), ref + 8);
			continue;
		}
		alts = json_object_get(node, "oneOf");
		if (alts == NULL)
			alts = json_object_get(node, "anyOf");
		if (alts == NULL)
			return node;
		found = NULL;
		json_array_foreach(alts, i, alt) {
			const json_t *r = resolve(alt, value);

			if ((json_is_object(value) &&
			    json_object_get(r, "properties") != NULL) ||
			    (json_is_array(value) &&
			    json_object_get(r, "items") != NULL)) {
				found = r;
				break;
			}
		}
		return found;
	}
	return NULL;
}

static json_t *
order(const json_t *value, const json_t *node)
{
	const json_t *props, *items, *child;
	const char *key;
	json_t *out, *sub;
	size_t i;

	/* Only containers are reordered; a scalar's schema is not looked up. */
	if (!json_is_object(value) && !json_is_array(value))
		return json_incref((json_t *)value);
	node = resolve(node, value);
	props = json_object_get(node, "properties");
	items = json_object_get(node, "items");
	if (json_is_object(value) && props != NULL) {
		if ((out = json_object()) == NULL)
			return NULL;
		json_object_foreach((json_t *)props, key, child) {
			json_t *v = json_object_get(value, key);

			if (v == NULL)
				continue;
			if ((sub = order(v, child)) == NULL ||
			    json_object_set_new(out, key, sub) != 0)
				goto fail;
		}
		json_object_foreach((json_t *)value, key, child) {
			if (json_object_get(props, key) != NULL)
				continue;
			if (json_object_set(out, key, (json_t *)child) != 0)
				goto fail;
		}
		return out;
	}
	if (json_is_array(value) && items != NULL) {
		if ((out = json_array()) == NULL)
			return NULL;
		json_array_foreach(value, i, child) {
			if ((sub = order(child, items)) == NULL ||
			    json_array_append_new(out, sub) != 0)
				goto fail;
		}
		return out;
	}
	return json_incref((json_t *)value);
fail:
	json_decref(out);
	return NULL;
}

/*
 * True when order() would give value back unchanged: at every depth the
 * keys node names come in its order, before the keys it does not name.
 * Cheaper than building the copy, and records mostly arrive in order.
 */
static int
in_order(const json_t *value, const json_t *node)
{
	const json_t *props, *items, *child;
	const char *key;
	void *it;
	size_t i;
	int unnamed = 0;

	if (!json_is_object(value) && !json_is_array(value))
		return 1;
	node = resolve(node, value);
	props = json_object_get(node, "properties");
	items = json_object_get(node, "items");
	if (json_is_object(value) && props != NULL) {
		it = json_object_iter((json_t *)props);
		json_object_foreach((json_t *)value, key, child) {
			if (json_object_get(props, key) == NULL) {
				unnamed = 1;
				continue;
			}
			if (unnamed)
				return 0;
			while (it != NULL &&
			    strcmp(json_object_iter_key(it), key) != 0)
				it = json_object_iter_next((json_t *)props, it);
			if (it == NULL ||
			    !in_order(child, json_object_iter_value(it)))
				return 0;
			it = json_object_iter_next((json_t *)props, it);
		}
		return 1;
	}
	if (json_is_array(value) && items != NULL) {
		json_array_foreach(value, i, child)
			if (!in_order(child, items))
				return 0;
	}
	return 1;
}

json_t *
iachr_record_canonical(const json_t *rec)
{
	const json_t *schema = iachr_record_schema();

	if (schema == NULL)
		return NULL;
	if (in_order(rec, schema))
		return json_incref((json_t *)rec);
	return order(rec, schema);
}
