/*
 * The CSV columns come from the bundled Frictionless table schema, so the
 * table is described once, in a file users can read and other tools can
 * use, rather than again in C.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_private.h"
#include "iachr_private.h"

static int
type_code(const char *type)
{
	if (strcmp(type, "string") == 0 || strcmp(type, "date") == 0)
		return IACHRP_CSV_STRING;
	if (strcmp(type, "integer") == 0)
		return IACHRP_CSV_INTEGER;
	if (strcmp(type, "boolean") == 0)
		return IACHRP_CSV_BOOLEAN;
	if (strcmp(type, "array") == 0)
		return IACHRP_CSV_ARRAY;
	return -1;
}

/* Splits "/key" or "/key/member" (no escapes: the names are plain). */
static int
split_pointer(struct iachrp_csv_column *c, const char *pointer)
{
	const char *slash;
	size_t n;

	if (pointer[0] != '/' || strchr(pointer, '~') != NULL ||
	    strlen(pointer) >= sizeof(c->pointer))
		return -1;
	snprintf(c->pointer, sizeof(c->pointer), "%s", pointer);
	pointer++;
	if ((slash = strchr(pointer, '/')) == NULL) {
		snprintf(c->key, sizeof(c->key), "%s", pointer);
		return *pointer != '\0' && strlen(pointer) < sizeof(c->key) ?
		    0 : -1;
	}
	n = (size_t)(slash - pointer);
	if (n == 0 || n >= sizeof(c->key) || strchr(slash + 1, '/') != NULL ||
	    slash[1] == '\0' || strlen(slash + 1) >= sizeof(c->member))
		return -1;
	memcpy(c->key, pointer, n);
	c->key[n] = '\0';
	snprintf(c->member, sizeof(c->member), "%s", slash + 1);
	return 0;
}

static int
is_nullable(const json_t *list, const char *key)
{
	const json_t *item;
	const char *s;
	size_t i;

	json_array_foreach(list, i, item) {
		s = json_string_value(item);
		if (s != NULL && s[0] == '/' && strcmp(s + 1, key) == 0)
			return 1;
	}
	return 0;
}

static int
load_column(struct iachrp_csv_column *c, const json_t *field,
    const json_t *nullable)
{
	const char *name, *pointer, *type;

	name = json_string_value(json_object_get(field, "name"));
	pointer = json_string_value(json_object_get(field, "jsonPointer"));
	type = json_string_value(json_object_get(field, "type"));
	if (name == NULL || pointer == NULL || type == NULL ||
	    strlen(name) >= sizeof(c->name) || split_pointer(c, pointer) != 0 ||
	    (c->type = type_code(type)) < 0)
		return -1;
	snprintf(c->name, sizeof(c->name), "%s", name);
	c->nullable_parent = c->member[0] != '\0' &&
	    is_nullable(nullable, c->key);
	return 0;
}

int
iachrp_csv_table_load(struct iachrp_csv_table *t, const char *name,
    iachr_error_t *err)
{
	const char *text;
	json_t *schema, *fields, *field;
	size_t len, i;

	memset(t, 0, sizeof(*t));
	if ((text = iachr_schema_text(name, &len)) == NULL ||
	    (schema = json_loadb(text, len, 0, NULL)) == NULL) {
		iachr_error_set(err, IACHR_E_NOMEM, name, 0, 0, -1,
		    "cannot load the table schema");
		return -1;
	}
	fields = json_object_get(schema, "fields");
	t->ncols = json_array_size(fields);
	if (t->ncols == 0 ||
	    (t->cols = iachrp_calloc(t->ncols, sizeof(*t->cols))) == NULL) {
		json_decref(schema);
		iachr_error_set(err, IACHR_E_NOMEM, name, 0, 0, -1,
		    "cannot load the table schema");
		return -1;
	}
	json_array_foreach(fields, i, field) {
		if (load_column(&t->cols[i], field,
		    json_object_get(schema, "nullableObjects")) != 0) {
			iachr_error_set(err, IACHR_E_INVALID, name, 0,
			    0, -1, "field %zu is not a supported column", i);
			json_decref(schema);
			iachrp_csv_table_free(t);
			return -1;
		}
		/* Members of one object are adjacent, so keys are counted. */
		if (i == 0 || strcmp(t->cols[i].key, t->cols[i - 1].key) != 0)
			t->nkeys++;
	}
	json_decref(schema);
	return 0;
}

void
iachrp_csv_table_free(struct iachrp_csv_table *t)
{
	iachrp_free(t->cols);
	memset(t, 0, sizeof(*t));
}
