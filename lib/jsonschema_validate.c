/*
 * Validating an instance against a compiled schema.  A first pass only
 * answers yes or no and stops at the first failure; when the instance is
 * invalid a second pass walks again to report each error, so that valid
 * instances, the common case, cost as little as possible.
 */
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_private.h"
#include "jsonschema_private.h"

#define MAX_DEPTH 512
/*
 * Subschema evaluations allowed for one instance: a schema whose
 * alternatives branch at every level could otherwise take exponential
 * time.  Past STEPS_BASE the budget grows with the size of the instance,
 * so that large documents are never refused.
 */
#define STEPS_BASE 1000000L
#define STEPS_PER_VALUE 200L

struct seg {
	const char *key;	/* NULL: an array index */
	size_t index;
};

/* What was evaluated of one object or array (for unevaluated*). */
struct ann {
	int all_props;
	const char **props;
	size_t n_props, cap_props;
	int all_items;
	unsigned char *items;	/* one flag per item */
	size_t n_items;
	int nomem;
};

struct vctx {
	const iachr_validator *v;
	iachr_validator_report report;
	void *arg;
	int quiet;		/* > 0: only the verdict matters */
	int stop;		/* the report function asked to stop */
	int formats;
	int gave_up;		/* the budget of steps is spent */
	long steps, max_steps;
	const json_t *instance;
	size_t depth;
	size_t n_path;
	struct seg path[MAX_DEPTH];
	size_t n_scope;
	const struct js_resource *scope[MAX_DEPTH];
};

static int validate(struct vctx *, const struct js_node *, const json_t *,
    struct ann *);

unsigned
iachrp_js_type(const json_t *v)
{
	double d;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return JS_OBJECT;
	case JSON_ARRAY:
		return JS_ARRAY;
	case JSON_STRING:
		return JS_STRING;
	case JSON_INTEGER:
		return JS_INTEGER | JS_NUMBER;
	case JSON_REAL:
		d = json_real_value(v);
		if (isfinite(d) && floor(d) == d)
			return JS_INTEGER | JS_NUMBER;
		return JS_NUMBER;
	case JSON_TRUE:
	case JSON_FALSE:
		return JS_BOOLEAN;
	default:
		return JS_NULL;
	}
}

/* JSON equality where 1 and 1.0 are the same number. */
int
iachrp_js_equal(const json_t *a, const json_t *b)
{
	const char *k;
	json_t *x;
	size_t i;

	if (json_is_number(a) && json_is_number(b)) {
		if (json_is_integer(a) && json_is_integer(b))
			return json_integer_value(a) == json_integer_value(b);
		return json_number_value(a) == json_number_value(b);
	}
	if (json_typeof(a) != json_typeof(b))
		return 0;
	switch (json_typeof(a)) {
	case JSON_STRING:
		return json_string_length(a) == json_string_length(b) &&
		    memcmp(json_string_value(a), json_string_value(b),
		    json_string_length(a)) == 0;
	case JSON_ARRAY:
		if (json_array_size(a) != json_array_size(b))
			return 0;
		json_array_foreach(a, i, x)
			if (!iachrp_js_equal(x, json_array_get(b, i)))
				return 0;
		return 1;
	case JSON_OBJECT:
		if (json_object_size(a) != json_object_size(b))
			return 0;
		json_object_foreach((json_t *)a, k, x) {
			const json_t *y = json_object_get(b, k);

			if (y == NULL || !iachrp_js_equal(x, y))
				return 0;
		}
		return 1;
	default:
		return 1;
	}
}

size_t
iachrp_utf8_length(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* --- annotations --- */

static void
ann_free(struct ann *a)
{
	free(a->props);
	free(a->items);
	memset(a, 0, sizeof(*a));
}

static void
ann_prop(struct ann *a, const char *key)
{
	const char **grown;
	size_t i;

	if (a == NULL || a->all_props)
		return;
	for (i = 0; i < a->n_props; i++)
		if (a->props[i] == key)
			return;
	if (a->n_props == a->cap_props) {
		a->cap_props = a->cap_props == 0 ? 8 : a->cap_props * 2;
		grown = realloc(a->props, a->cap_props * sizeof(*a->props));
		if (grown == NULL) {
			a->nomem = 1;
			return;
		}
		a->props = grown;
	}
	a->props[a->n_props++] = key;
}

static int
ann_has_prop(const struct ann *a, const char *key)
{
	size_t i;

	if (a->all_props)
		return 1;
	for (i = 0; i < a->n_props; i++)
		if (a->props[i] == key)
			return 1;
	return 0;
}

static void
ann_item(struct ann *a, size_t i, size_t n)
{
	if (a == NULL || a->all_items)
		return;
	if (a->items == NULL) {
		if ((a->items = calloc(n, 1)) == NULL) {
			a->nomem = 1;
			return;
		}
		a->n_items = n;
	}
	if (i < a->n_items)
		a->items[i] = 1;
}

static void
ann_merge(struct ann *dst, const struct ann *src, size_t n_items)
{
	size_t i;

	if (dst == NULL)
		return;
	dst->nomem |= src->nomem;
	if (src->all_props)
		dst->all_props = 1;
	else
		for (i = 0; i < src->n_props; i++)
			ann_prop(dst, src->props[i]);
	if (src->all_items)
		dst->all_items = 1;
	else
		for (i = 0; i < src->n_items; i++)
			if (src->items[i])
				ann_item(dst, i, n_items);
}

/* --- reporting --- */

static void
pointer(const struct vctx *c, char *buf, size_t size)
{
	size_t i, n = 0;
	const char *k;

	buf[0] = '\0';
	for (i = 0; i < c->n_path && n + 4 < size; i++) {
		if (c->path[i].key == NULL) {
			n += (size_t)snprintf(buf + n, size - n, "/%zu",
			    c->path[i].index);
			continue;
		}
		buf[n++] = '/';
		for (k = c->path[i].key; *k != '\0' && n + 3 < size; k++) {
			if (*k == '~' || *k == '/') {
				buf[n++] = '~';
				buf[n++] = *k == '~' ? '0' : '1';
			} else
				buf[n++] = *k;
		}
		buf[n] = '\0';
	}
	if (n >= size)
		buf[size - 1] = '\0';
}

/* The location of a schema node as shown to people. */
static const char *
shown(const struct vctx *c, const char *loc)
{
	size_t n;

	if (c->v->root_doc != NULL) {
		n = strlen(c->v->root_doc);
		if (strncmp(loc, c->v->root_doc, n) == 0 && loc[n] == '#')
			return loc + n;
	}
	return loc;
}

static int
report_failure(struct vctx *c, const struct js_node *n, const char *kw,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Whether failures go unreported: only the verdict is wanted. */
static int
silent(const struct vctx *c)
{
	return c->quiet > 0 || c->stop || c->report == NULL;
}

/*
 * Reports an error unless only the verdict is wanted; returns 0.  The
 * message's arguments are not even evaluated then: valid instances fail
 * some alternatives on their way, and rendering values for messages
 * nobody reads would cost more than the checks.
 */
#define FAIL(c, ...) (silent(c) ? 0 : report_failure((c), __VA_ARGS__))

static int
report_failure(struct vctx *c, const struct js_node *n, const char *kw,
    const char *fmt, ...)
{
	char ptr[IACHR_ERROR_POINTER_LENGTH], loc[1024], msg[1024];
	va_list ap;

	pointer(c, ptr, sizeof(ptr));
	if (kw != NULL)
		snprintf(loc, sizeof(loc), "%s/%s", shown(c, n->loc), kw);
	else
		snprintf(loc, sizeof(loc), "%s", shown(c, n->loc));
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (c->report(c->arg, ptr, loc, msg) != 0)
		c->stop = 1;
	return 0;
}

/* A short rendering of a value for messages. */
static const char *
show(const json_t *v, char *buf, size_t size)
{
	char *s;
	size_t n;

	if (json_is_object(v))
		return "an object";
	if (json_is_array(v))
		return "an array";
	s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	if (s == NULL)
		return "a value";
	n = strlen(s);
	if (n + 1 <= size)
		memcpy(buf, s, n + 1);
	else {
		n = size - 4;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
		memcpy(buf, s, n);
		memcpy(buf + n, "...", 4);
	}
	free(s);
	return buf;
}

static const char *
type_names(unsigned types, char *buf, size_t size)
{
	static const char *const names[] = {
		"null", "boolean", "object", "array", "number", "string",
		"integer"
	};
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < 7; i++) {
		if (!(types & (1u << i)))
			continue;
		n += (size_t)snprintf(buf + n, size > n ? size - n : 0,
		    "%s%s", n > 0 ? " or " : "", names[i]);
	}
	return buf;
}

/* --- keywords --- */

/* Notes a failed check; when only the verdict matters, stops at once. */
#define CHECK(cond) do { \
	if (!(cond)) { \
		ok = 0; \
		if (c->quiet > 0 || c->stop) \
			return 0; \
	} \
} while (0)

static int
cmp_number(const json_t *inst, const struct js_number *lim)
{
	double d;

	if (json_is_integer(inst) && lim->is_int) {
		long long i = json_integer_value(inst);

		return i < lim->i ? -1 : i > lim->i;
	}
	d = json_number_value(inst);
	return d < lim->d ? -1 : d > lim->d;
}

/*
 * A number as the decimal m * 10^e, m with no trailing zero: an integer
 * exactly, a real by the shortest decimal that reads back as the same
 * double, which is the number as the JSON text wrote it whenever the text
 * had 17 significant digits or fewer.
 */
static void
to_decimal(const json_t *x, uint64_t *m, int *e)
{
	char buf[40], *p;
	double d;
	int prec;

	*e = 0;
	if (json_is_integer(x)) {
		json_int_t i = json_integer_value(x);

		*m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
	} else {
		d = fabs(json_number_value(x));
		for (prec = 1; prec < 17; prec++) {
			snprintf(buf, sizeof(buf), "%.*e", prec - 1, d);
			if (strtod(buf, NULL) == d)
				break;
		}
		snprintf(buf, sizeof(buf), "%.*e", prec - 1, d);
		*m = 0;
		for (p = buf; *p != 'e'; p++)
			if (*p >= '0' && *p <= '9')
				*m = *m * 10 + (uint64_t)(*p - '0');
		*e = atoi(p + 1) - (prec - 1);
	}
	while (*m != 0 && *m % 10 == 0) {
		*m /= 10;
		(*e)++;
	}
}

/* a * b mod n, for a, b < n, without overflow. */
static uint64_t
mul_mod(uint64_t a, uint64_t b, uint64_t n)
{
	uint64_t r = 0;

	for (; b != 0; b >>= 1) {
		if (b & 1)
			r = r >= n - a ? r - (n - a) : r + a;
		a = a >= n - a ? a - (n - a) : a + a;
	}
	return r;
}

/*
 * Whether inst is an integer multiple of m, exactly, in decimal: 0.3 is
 * a multiple of 0.1, 1e17 is not one of 3.
 */
static int
multiple_of(const json_t *inst, const struct js_number *m)
{
	uint64_t a, b, r;
	int ea, eb, k;

	if (json_is_integer(inst) && m->is_int)
		return json_integer_value(inst) % m->i == 0;
	to_decimal(inst, &a, &ea);
	to_decimal(m->json, &b, &eb);
	if (a == 0)
		return 1;
	if (ea >= eb) {
		/* a * 10^(ea - eb) mod b */
		r = a % b;
		for (k = ea - eb; k > 0 && r != 0; k--)
			r = mul_mod(r, 10 % b, b);
		return r == 0;
	}
	/* a mod (b * 10^(eb - ea)), b * 10^(eb - ea) > a when it overflows */
	for (k = eb - ea; k > 0; k--) {
		if (b > a / 10)
			return 0;
		b *= 10;
	}
	return a % b == 0;
}

static int
check_number(struct vctx *c, const struct js_node *n, const json_t *inst)
{
	char b1[64], b2[64];
	int ok = 1;

	if (n->minimum.set && cmp_number(inst, &n->minimum) < 0)
		CHECK(FAIL(c, n, "minimum", "%s is less than the minimum %s",
		    show(inst, b1, sizeof(b1)), show(json_object_get(n->json,
		    "minimum"), b2, sizeof(b2))));
	if (n->maximum.set && cmp_number(inst, &n->maximum) > 0)
		CHECK(FAIL(c, n, "maximum", "%s is greater than the maximum "
		    "%s", show(inst, b1, sizeof(b1)),
		    show(json_object_get(n->json, "maximum"), b2,
		    sizeof(b2))));
	if (n->exclusive_minimum.set &&
	    cmp_number(inst, &n->exclusive_minimum) <= 0)
		CHECK(FAIL(c, n, "exclusiveMinimum", "%s is not greater than "
		    "%s", show(inst, b1, sizeof(b1)),
		    show(json_object_get(n->json, "exclusiveMinimum"), b2,
		    sizeof(b2))));
	if (n->exclusive_maximum.set &&
	    cmp_number(inst, &n->exclusive_maximum) >= 0)
		CHECK(FAIL(c, n, "exclusiveMaximum", "%s is not less than %s",
		    show(inst, b1, sizeof(b1)),
		    show(json_object_get(n->json, "exclusiveMaximum"), b2,
		    sizeof(b2))));
	if (n->multiple_of.set && !multiple_of(inst, &n->multiple_of))
		CHECK(FAIL(c, n, "multipleOf", "%s is not a multiple of %s",
		    show(inst, b1, sizeof(b1)),
		    show(json_object_get(n->json, "multipleOf"), b2,
		    sizeof(b2))));
	return ok;
}

static int
check_string(struct vctx *c, const struct js_node *n, const json_t *inst)
{
	const char *s = json_string_value(inst);
	size_t len = json_string_length(inst), chars;
	char b1[64];
	int ok = 1, rc;

	/*
	 * A string has at least a quarter as many characters as bytes, and at
	 * most as many: most lengths are settled without counting.
	 */
	if ((n->max_length >= 0 && len > (size_t)n->max_length) ||
	    (n->min_length >= 0 && (len + 3) / 4 < (size_t)n->min_length))
		chars = iachrp_utf8_length(s, len);
	else
		chars = len;
	if (n->min_length >= 0 && chars < (size_t)n->min_length)
		CHECK(FAIL(c, n, "minLength", "%s is shorter than %lld "
		    "character%s", show(inst, b1, sizeof(b1)), n->min_length,
		    n->min_length == 1 ? "" : "s"));
	if (n->max_length >= 0 && chars > (size_t)n->max_length)
		CHECK(FAIL(c, n, "maxLength", "%s is longer than %lld "
		    "character%s", show(inst, b1, sizeof(b1)), n->max_length,
		    n->max_length == 1 ? "" : "s"));
	if (n->pattern != NULL &&
	    (rc = iachrp_regex_search(n->pattern, s, len)) != 1)
		CHECK(FAIL(c, n, "pattern", rc == 0 ?
		    "%s does not match pattern %s" :
		    "%s: pattern %s is too costly to match",
		    show(inst, b1, sizeof(b1)), n->pattern_text));
	if (n->format != NULL && (c->formats ||
	    (n->vocab & JS_VOCAB_FORMAT_ASSERT)) &&
	    iachrp_format_check(n->format, s, len) == 0)
		CHECK(FAIL(c, n, "format", "%s is not a valid %s",
		    show(inst, b1, sizeof(b1)), n->format));
	return ok;
}

static int
enter(struct vctx *c, const char *key, size_t index)
{
	if (c->n_path >= MAX_DEPTH)
		return -1;
	c->path[c->n_path].key = key;
	c->path[c->n_path].index = index;
	c->n_path++;
	return 0;
}

/* Validates a child value at key (or index when key is NULL). */
static int
descend(struct vctx *c, const struct js_node *n, const json_t *inst,
    const char *key, size_t index)
{
	int ok;

	if (enter(c, key, index) != 0)
		return FAIL(c, n, NULL, "value nested too deeply");
	ok = validate(c, n, inst, NULL);
	c->n_path--;
	return ok;
}

static const struct js_node *
find_property(const struct js_node *n, const char *key)
{
	size_t lo = 0, hi = n->n_properties, mid;
	int r;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		r = strcmp(key, n->properties[mid].name);
		if (r == 0)
			return n->properties[mid].node;
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static int
check_object(struct vctx *c, const struct js_node *n, const json_t *inst,
    struct ann *a)
{
	const char *key;
	const json_t *val, *item;
	const struct js_node *p;
	size_t i, j, size = json_object_size(inst);
	int ok = 1, matched, rc;

	if (n->min_properties >= 0 && size < (size_t)n->min_properties)
		CHECK(FAIL(c, n, "minProperties", "object has %zu "
		    "properties, fewer than %lld", size, n->min_properties));
	if (n->max_properties >= 0 && size > (size_t)n->max_properties)
		CHECK(FAIL(c, n, "maxProperties", "object has %zu "
		    "properties, more than %lld", size, n->max_properties));
	if (n->required != NULL) {
		json_array_foreach(n->required, i, item) {
			key = json_string_value(item);
			if (key != NULL && json_object_get(inst, key) == NULL)
				CHECK(FAIL(c, n, "required", "missing "
				    "required property \"%s\"", key));
		}
	}
	for (i = 0; i < n->n_dependent_required; i++) {
		if (json_object_get(inst, n->dependent_required[i].name) ==
		    NULL)
			continue;
		json_array_foreach(n->dependent_required[i].required, j,
		    item) {
			key = json_string_value(item);
			if (key != NULL && json_object_get(inst, key) == NULL)
				CHECK(FAIL(c, n, "dependentRequired",
				    "property \"%s\" requires property "
				    "\"%s\"", n->dependent_required[i].name,
				    key));
		}
	}
	for (i = 0; i < n->n_dependent_schemas; i++) {
		if (json_object_get(inst, n->dependent_schemas[i].name) !=
		    NULL)
			CHECK(validate(c, n->dependent_schemas[i].node, inst,
			    a));
	}
	if (n->n_properties == 0 && n->n_pattern_properties == 0 &&
	    n->additional_properties == NULL && n->property_names == NULL)
		return ok;
	json_object_foreach((json_t *)inst, key, val) {
		matched = 0;
		if ((p = find_property(n, key)) != NULL) {
			matched = 1;
			ann_prop(a, key);
			CHECK(descend(c, p, val, key, 0));
		}
		for (i = 0; i < n->n_pattern_properties; i++) {
			rc = iachrp_regex_search(n->pattern_properties[i].re,
			    key, strlen(key));
			if (rc == 0)
				continue;
			matched = 1;
			ann_prop(a, key);
			if (rc < 0)
				CHECK(FAIL(c, n, "patternProperties",
				    "property \"%s\": pattern too costly to "
				    "match", key));
			else
				CHECK(descend(c, n->pattern_properties[i].node,
				    val, key, 0));
		}
		if (!matched && n->additional_properties != NULL) {
			ann_prop(a, key);
			if (n->additional_properties->boolean == 0) {
				if (enter(c, key, 0) == 0) {
					FAIL(c, n, "additionalProperties",
					    "property \"%s\" is not allowed",
					    key);
					c->n_path--;
				}
				CHECK(0);
			} else
				CHECK(descend(c, n->additional_properties, val,
				    key, 0));
		}
		if (n->property_names != NULL) {
			json_t *name = json_stringn_nocheck(key, strlen(key));

			if (name == NULL)
				return 0;
			c->quiet++;
			rc = validate(c, n->property_names, name, NULL);
			c->quiet--;
			json_decref(name);
			if (!rc)
				CHECK(FAIL(c, n, "propertyNames",
				    "property name \"%s\" is not allowed",
				    key));
		}
	}
	return ok;
}

static int
check_array(struct vctx *c, const struct js_node *n, const json_t *inst,
    struct ann *a)
{
	const json_t *item;
	size_t i, j, size = json_array_size(inst), count;
	int ok = 1, match;

	if (n->min_items >= 0 && size < (size_t)n->min_items)
		CHECK(FAIL(c, n, "minItems", "array has %zu item%s, fewer "
		    "than %lld", size, size == 1 ? "" : "s", n->min_items));
	if (n->max_items >= 0 && size > (size_t)n->max_items)
		CHECK(FAIL(c, n, "maxItems", "array has %zu item%s, more "
		    "than %lld", size, size == 1 ? "" : "s", n->max_items));
	if (n->unique_items) {
		for (i = 1; i < size; i++) {
			for (j = 0; j < i; j++)
				if (iachrp_js_equal(json_array_get(inst, i),
				    json_array_get(inst, j)))
					break;
			if (j < i) {
				CHECK(FAIL(c, n, "uniqueItems", "items %zu "
				    "and %zu are equal", j, i));
				break;
			}
		}
	}
	for (i = 0; i < size && i < n->n_prefix_items; i++) {
		ann_item(a, i, size);
		CHECK(descend(c, n->prefix_items[i], json_array_get(inst, i),
		    NULL, i));
	}
	if (n->items != NULL && n->items->boolean == 0) {
		for (i = n->n_prefix_items; i < size; i++) {
			if (enter(c, NULL, i) == 0) {
				FAIL(c, n, "items", "item %zu is not allowed: "
				    "at most %zu item%s", i, n->n_prefix_items,
				    n->n_prefix_items == 1 ? "" : "s");
				c->n_path--;
			}
			CHECK(0);
		}
	} else if (n->items != NULL) {
		for (i = n->n_prefix_items; i < size; i++)
			CHECK(descend(c, n->items, json_array_get(inst, i),
			    NULL, i));
		if (a != NULL)
			a->all_items = 1;
	}
	if (n->contains != NULL) {
		count = 0;
		json_array_foreach(inst, i, item) {
			c->quiet++;
			match = descend(c, n->contains, item, NULL, i);
			c->quiet--;
			if (match) {
				count++;
				ann_item(a, i, size);
			}
		}
		if (n->min_contains != 0 && count == 0 &&
		    n->min_contains < 0)
			CHECK(FAIL(c, n, "contains", "array contains no "
			    "matching item"));
		if (n->min_contains > 0 && count < (size_t)n->min_contains)
			CHECK(FAIL(c, n, "minContains", "array contains %zu "
			    "matching items, fewer than %lld", count,
			    n->min_contains));
		if (n->max_contains >= 0 && count > (size_t)n->max_contains)
			CHECK(FAIL(c, n, "maxContains", "array contains %zu "
			    "matching items, more than %lld", count,
			    n->max_contains));
	}
	return ok;
}

/* True when n may describe inst: its "type", followed through "$ref". */
static int
type_fits(const struct js_node *n, const json_t *inst)
{
	int i;

	for (i = 0; i < 16 && n != NULL; i++) {
		if (n->boolean >= 0)
			return n->boolean;
		if (n->types != 0 && !(n->types & iachrp_js_type(inst)))
			return 0;
		if (n->const_value != NULL &&
		    json_typeof(n->const_value) != json_typeof(inst))
			return 0;
		n = n->ref;
	}
	return 1;
}

/* Reports why none of the alternatives of anyOf or oneOf matched. */
static void
explain(struct vctx *c, const struct js_node *n, const char *kw,
    struct js_node *const *alts, size_t count, const json_t *inst)
{
	size_t i, fits = 0, which = 0;

	if (silent(c))
		return;
	for (i = 0; i < count; i++) {
		if (type_fits(alts[i], inst)) {
			fits++;
			which = i;
		}
	}
	if (fits == 1) {
		validate(c, alts[which], inst, NULL);
		return;
	}
	FAIL(c, n, kw, "%s matches none of the %zu alternatives",
	    json_is_object(inst) ? "object" : json_is_array(inst) ? "array" :
	    "value", count);
}

static int
check_applicators(struct vctx *c, const struct js_node *n,
    const json_t *inst, struct ann *a)
{
	struct ann t;
	size_t i, valid, first = 0, size;
	int ok = 1, r;

	size = json_is_array(inst) ? json_array_size(inst) : 0;
	for (i = 0; i < n->n_all_of; i++)
		CHECK(validate(c, n->all_of[i], inst, a));
	if (n->n_any_of > 0) {
		valid = 0;
		c->quiet++;
		for (i = 0; i < n->n_any_of; i++) {
			memset(&t, 0, sizeof(t));
			if (validate(c, n->any_of[i], inst, a ? &t : NULL)) {
				valid++;
				ann_merge(a, &t, size);
			}
			ann_free(&t);
			if (valid > 0 && a == NULL)
				break;
		}
		c->quiet--;
		if (valid == 0) {
			explain(c, n, "anyOf", n->any_of, n->n_any_of, inst);
			CHECK(0);
		}
	}
	if (n->n_one_of > 0) {
		valid = 0;
		c->quiet++;
		for (i = 0; i < n->n_one_of && valid < 2; i++) {
			memset(&t, 0, sizeof(t));
			if (validate(c, n->one_of[i], inst, a ? &t : NULL)) {
				if (valid++ == 0) {
					first = i;
					ann_merge(a, &t, size);
				}
			}
			ann_free(&t);
		}
		c->quiet--;
		if (valid == 0) {
			explain(c, n, "oneOf", n->one_of, n->n_one_of, inst);
			CHECK(0);
		} else if (valid > 1)
			CHECK(FAIL(c, n, "oneOf", "matches alternatives %zu "
			    "and %zu; exactly one must match", first, i - 1));
	}
	if (n->not_node != NULL) {
		c->quiet++;
		r = validate(c, n->not_node, inst, NULL);
		c->quiet--;
		if (r)
			CHECK(FAIL(c, n, "not", "must not match the schema "
			    "in \"not\""));
	}
	if (n->if_node != NULL) {
		memset(&t, 0, sizeof(t));
		c->quiet++;
		r = validate(c, n->if_node, inst, a ? &t : NULL);
		c->quiet--;
		if (r) {
			ann_merge(a, &t, size);
			if (n->then_node != NULL)
				CHECK(validate(c, n->then_node, inst, a));
		} else if (n->else_node != NULL)
			CHECK(validate(c, n->else_node, inst, a));
		ann_free(&t);
	}
	return ok;
}

static int
check_unevaluated(struct vctx *c, const struct js_node *n,
    const json_t *inst, struct ann *a)
{
	const char *key;
	const json_t *val;
	size_t i;
	int ok = 1;

	if (n->unevaluated_items != NULL && json_is_array(inst) &&
	    !a->all_items) {
		json_array_foreach(inst, i, val) {
			if (a->items != NULL && i < a->n_items && a->items[i])
				continue;
			if (n->unevaluated_items->boolean == 0) {
				if (enter(c, NULL, i) == 0) {
					FAIL(c, n, "unevaluatedItems",
					    "item %zu is not allowed", i);
					c->n_path--;
				}
				CHECK(0);
			} else
				CHECK(descend(c, n->unevaluated_items, val,
				    NULL, i));
		}
		a->all_items = 1;
	}
	if (n->unevaluated_properties != NULL && json_is_object(inst) &&
	    !a->all_props) {
		json_object_foreach((json_t *)inst, key, val) {
			if (ann_has_prop(a, key))
				continue;
			if (n->unevaluated_properties->boolean == 0) {
				if (enter(c, key, 0) == 0) {
					FAIL(c, n, "unevaluatedProperties",
					    "property \"%s\" is not allowed",
					    key);
					c->n_path--;
				}
				CHECK(0);
			} else
				CHECK(descend(c, n->unevaluated_properties,
				    val, key, 0));
		}
		a->all_props = 1;
	}
	return ok;
}

static const struct js_node *
dynamic_target(const struct vctx *c, const struct js_node *n)
{
	const struct js_node *t;
	size_t i;

	for (i = 0; i < c->n_scope; i++) {
		t = iachrp_js_anchor_node(c->scope[i], n->dynamic_name, 1);
		if (t != NULL)
			return t;
	}
	return n->dynamic_ref;
}

static int
check_keywords(struct vctx *c, const struct js_node *n, const json_t *inst,
    struct ann *a)
{
	char b1[64], b2[128];
	unsigned type = iachrp_js_type(inst);
	size_t i;
	int ok = 1, r;

	if (n->types != 0 && !(n->types & type))
		CHECK(FAIL(c, n, "type", "%s is not of type %s",
		    show(inst, b1, sizeof(b1)),
		    type_names(n->types, b2, sizeof(b2))));
	if (n->const_value != NULL && !iachrp_js_equal(inst, n->const_value))
		CHECK(FAIL(c, n, "const", "%s is not %s",
		    show(inst, b1, sizeof(b1)),
		    show(n->const_value, b2, sizeof(b2))));
	if (n->enum_values != NULL) {
		for (i = 0; i < json_array_size(n->enum_values); i++)
			if (iachrp_js_equal(inst,
			    json_array_get(n->enum_values, i)))
				break;
		if (i == json_array_size(n->enum_values)) {
			char *all = silent(c) ? NULL :
			    json_dumps(n->enum_values, JSON_COMPACT);

			r = FAIL(c, n, "enum", "%s is not one of %.200s",
			    show(inst, b1, sizeof(b1)),
			    all != NULL ? all : "the allowed values");
			free(all);
			CHECK(r);
		}
	}
	if (n->ref != NULL)
		CHECK(validate(c, n->ref, inst, a));
	if (n->dynamic_ref != NULL)
		CHECK(validate(c, n->dynamic_name != NULL ?
		    dynamic_target(c, n) : n->dynamic_ref, inst, a));
	CHECK(check_applicators(c, n, inst, a));
	if (type & JS_NUMBER)
		CHECK(check_number(c, n, inst));
	else if (type == JS_STRING)
		CHECK(check_string(c, n, inst));
	else if (type == JS_OBJECT)
		CHECK(check_object(c, n, inst, a));
	else if (type == JS_ARRAY)
		CHECK(check_array(c, n, inst, a));
	if (n->unevaluated_items != NULL || n->unevaluated_properties != NULL)
		CHECK(check_unevaluated(c, n, inst, a));
	return ok;
}

/* The number of values in v, counting at most limit. */
static long
count_values(const json_t *v, long limit)
{
	const json_t *x;
	const char *k;
	long n = 1;
	size_t i;

	if (json_is_array(v)) {
		json_array_foreach(v, i, x) {
			if (n >= limit)
				break;
			n += count_values(x, limit - n);
		}
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, k, x) {
			if (n >= limit)
				break;
			n += count_values(x, limit - n);
		}
	}
	return n;
}

/* Raises the budget once, to what the instance's size warrants. */
static int
more_steps(struct vctx *c)
{
	long size, limit = LONG_MAX / STEPS_PER_VALUE - STEPS_BASE;

	if (c->max_steps != STEPS_BASE)
		return 0;
	size = count_values(c->instance, limit);
	c->max_steps = STEPS_BASE + size * STEPS_PER_VALUE;
	return c->steps <= c->max_steps;
}

static int
validate(struct vctx *c, const struct js_node *n, const json_t *inst,
    struct ann *want)
{
	struct ann mine, *a = want;
	int ok, pushed = 0;

	if (n->boolean == 1)
		return 1;
	if (n->boolean == 0)
		return FAIL(c, n, NULL, "no value is allowed here");
	if (++c->steps > c->max_steps && !more_steps(c)) {
		c->gave_up = 1;
		c->stop = 1;
		return 0;
	}
	if (c->depth >= MAX_DEPTH)
		return FAIL(c, n, NULL, "schema nesting too deep");
	c->depth++;
	if (c->n_scope == 0 || c->scope[c->n_scope - 1] != n->res) {
		c->scope[c->n_scope++] = n->res;
		pushed = 1;
	}
	memset(&mine, 0, sizeof(mine));
	if (a == NULL && (n->unevaluated_items != NULL ||
	    n->unevaluated_properties != NULL))
		a = &mine;
	ok = check_keywords(c, n, inst, a);
	if (a != NULL && a->nomem)
		ok = 0;
	ann_free(&mine);
	c->n_scope -= pushed;
	c->depth--;
	return ok;
}

int
iachr_validator_check(const iachr_validator *v, const json_t *instance,
    iachr_validator_report report, void *arg)
{
	struct vctx *c;
	int ok;

	if (v->root == NULL)
		return -1;
	/*
	 * The path and scope stacks are written before they are read; not
	 * clearing their 12 KB for each instance is worth it on datasets of
	 * many small records.
	 */
	if ((c = malloc(sizeof(*c))) == NULL)
		return -1;
	memset(c, 0, offsetof(struct vctx, path));
	c->n_scope = 0;
	c->v = v;
	c->formats = (v->flags & IACHR_VALIDATE_FORMATS) != 0;
	c->quiet = 1;
	c->instance = instance;
	c->max_steps = STEPS_BASE;
	ok = validate(c, v->root, instance, NULL);
	if (!ok && report != NULL) {
		c->quiet = 0;
		c->report = report;
		c->arg = arg;
		c->depth = c->n_path = c->n_scope = 0;
		if (!c->gave_up) {
			c->steps = 0;
			c->max_steps = STEPS_BASE;
			validate(c, v->root, instance, NULL);
		}
		if (c->gave_up)
			report(arg, "", shown(c, v->root->loc),
			    "the schema is too costly to evaluate for this "
			    "value");
	}
	free(c);
	return ok ? 0 : -1;
}
