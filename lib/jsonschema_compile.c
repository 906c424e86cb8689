/*
 * Compiling JSON Schema documents into trees of nodes: every subschema
 * is compiled once, every "$ref" resolved and every pattern compiled
 * before the first instance is validated.  Cycles through "$ref" are
 * closed by recording each node before its keywords are compiled.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_private.h"
#include "jsonschema_private.h"

#define META "https://json-schema.org/draft/2020-12/"

/* Embedded meta-schemas: URI suffix after META, file in schemas/. */
static const struct {
	const char *path;
	const char *file;
} metas[] = {
	{ "meta/applicator", "json-schema-2020-12-applicator.json" },
	{ "meta/content", "json-schema-2020-12-content.json" },
	{ "meta/core", "json-schema-2020-12-core.json" },
	{ "meta/format-annotation",
	    "json-schema-2020-12-format-annotation.json" },
	{ "meta/format-assertion",
	    "json-schema-2020-12-format-assertion.json" },
	{ "meta/meta-data", "json-schema-2020-12-meta-data.json" },
	{ "meta/unevaluated", "json-schema-2020-12-unevaluated.json" },
	{ "meta/validation", "json-schema-2020-12-validation.json" },
	{ "schema", "json-schema-2020-12.json" },
};

static int scan(iachr_validator *, struct js_doc *, const json_t *,
    const char *, const char *, struct js_resource *, unsigned);
static struct js_node *compile(iachr_validator *, const json_t *,
    const char *, const char *, struct js_resource *, unsigned);

static int
nomem(iachr_validator *v)
{
	iachr_error_set(v->err, IACHR_E_NOMEM, NULL, 0, 0, -1,
	    "out of memory");
	return -1;
}

static int
bad(iachr_validator *v, const char *loc, const char *what, const char *arg)
{
	iachr_error_set(v->err, IACHR_E_INVALID, NULL, 0, 0, -1,
	    "schema %s: %s%s%s", loc, what, arg != NULL ? ": " : "",
	    arg != NULL ? arg : "");
	return -1;
}

static void *
grow(void *p, size_t n, size_t size)
{
	/* Called with n a power of two or zero: doubles the room. */
	if (n != 0 && (n & (n - 1)) != 0)
		return p;
	return realloc(p, (n == 0 ? 4 : n * 2) * size);
}

#define PUSH(v, arr, n, item) do { \
	void *np_ = grow((arr), (n), sizeof(*(arr))); \
	if (np_ == NULL) \
		return nomem(v); \
	(arr) = np_; \
	(arr)[(n)++] = (item); \
} while (0)

static size_t
hash_ptr(const void *p, size_t cap)
{
	uintptr_t x = (uintptr_t)p;

	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15u;
	return (size_t)(x >> 7) & (cap - 1);
}

static struct js_place *
place_get(const iachr_validator *v, const json_t *json)
{
	size_t i;

	if (v->cap_places == 0)
		return NULL;
	for (i = hash_ptr(json, v->cap_places); v->places[i].json != NULL;
	    i = (i + 1) & (v->cap_places - 1))
		if (v->places[i].json == json)
			return &v->places[i];
	return NULL;
}

static struct js_place *
place_add(iachr_validator *v, const json_t *json)
{
	struct js_place *old = v->places, *p;
	size_t i, oldcap = v->cap_places;

	if ((p = place_get(v, json)) != NULL)
		return p;
	if ((v->n_places + 1) * 2 > v->cap_places) {
		v->cap_places = oldcap == 0 ? 64 : oldcap * 2;
		if ((v->places = calloc(v->cap_places,
		    sizeof(*v->places))) == NULL) {
			v->places = old;
			v->cap_places = oldcap;
			return NULL;
		}
		for (i = 0; i < oldcap; i++) {
			if (old[i].json == NULL)
				continue;
			p = v->places + hash_ptr(old[i].json, v->cap_places);
			while (p->json != NULL)
				p = v->places + ((size_t)(p - v->places + 1) &
				    (v->cap_places - 1));
			*p = old[i];
		}
		free(old);
	}
	for (i = hash_ptr(json, v->cap_places); v->places[i].json != NULL;
	    i = (i + 1) & (v->cap_places - 1))
		;
	v->n_places++;
	v->places[i].json = json;
	return &v->places[i];
}

/* "base/key" with key escaped as a JSON Pointer token (malloc'd). */
static char *
join(const char *base, const char *key)
{
	size_t n = strlen(base), extra = 0;
	const char *k;
	char *out, *o;

	for (k = key; *k != '\0'; k++)
		extra += *k == '~' || *k == '/';
	if ((out = malloc(n + strlen(key) + extra + 2)) == NULL)
		return NULL;
	memcpy(out, base, n);
	o = out + n;
	*o++ = '/';
	for (k = key; *k != '\0'; k++) {
		if (*k == '~' || *k == '/') {
			*o++ = '~';
			*o++ = *k == '~' ? '0' : '1';
		} else
			*o++ = *k;
	}
	*o = '\0';
	return out;
}

static char *
join_index(const char *base, size_t i)
{
	char num[32];

	snprintf(num, sizeof(num), "%zu", i);
	return join(base, num);
}

struct js_resource *
iachrp_js_find_resource(const struct iachr_validator *v, const char *uri)
{
	size_t i;

	for (i = 0; i < v->n_resources; i++)
		if (strcmp(v->resources[i]->uri, uri) == 0)
			return v->resources[i];
	return NULL;
}

struct js_node *
iachrp_js_anchor_node(const struct js_resource *r, const char *name,
    int dynamic)
{
	size_t i;

	for (i = 0; i < r->n_anchors; i++)
		if (strcmp(r->anchors[i].name, name) == 0 &&
		    (!dynamic || r->anchors[i].dynamic))
			return r->anchors[i].node;
	return NULL;
}

static struct js_anchor *
find_anchor(struct js_resource *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->n_anchors; i++)
		if (strcmp(r->anchors[i].name, name) == 0)
			return &r->anchors[i];
	return NULL;
}

static struct js_resource *
add_resource(iachr_validator *v, const char *uri, const json_t *json,
    struct js_doc *doc, const char *pointer)
{
	struct js_resource *r, **grown;

	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	r->uri = iachrp_uri_strip_fragment(uri);
	r->pointer = strdup(pointer);
	r->json = json;
	r->doc = doc;
	r->vocab = JS_VOCAB_ALL;
	grown = grow(v->resources, v->n_resources, sizeof(*v->resources));
	if (r->uri == NULL || r->pointer == NULL || grown == NULL) {
		free(r->uri);
		free(r->pointer);
		free(r);
		return NULL;
	}
	v->resources = grown;
	v->resources[v->n_resources++] = r;
	return r;
}

static int
add_anchor(iachr_validator *v, struct js_resource *r, const char *name,
    const json_t *json, int dynamic)
{
	struct js_anchor a, *old;

	if ((old = find_anchor(r, name)) != NULL) {
		if (old->json != json)
			return bad(v, r->uri, "duplicate anchor", name);
		old->dynamic |= dynamic;
		return 0;
	}
	memset(&a, 0, sizeof(a));
	if ((a.name = strdup(name)) == NULL)
		return nomem(v);
	a.json = json;
	a.dynamic = dynamic;
	PUSH(v, r->anchors, r->n_anchors, a);
	return 0;
}

static struct js_doc *find_doc(iachr_validator *, const char *);

/* The vocabularies named by the meta-schema at uri. */
static unsigned
vocabularies(iachr_validator *v, const char *uri)
{
	struct js_doc *d;
	const json_t *vocab;
	const char *k;
	json_t *val;
	unsigned mask = 0;

	if (strcmp(uri, META "schema") == 0 || (d = find_doc(v, uri)) == NULL)
		return JS_VOCAB_ALL;
	vocab = json_object_get(d->json, "$vocabulary");
	if (!json_is_object(vocab))
		return JS_VOCAB_ALL;
	json_object_foreach((json_t *)vocab, k, val) {
		if (strcmp(k, META "vocab/applicator") == 0)
			mask |= JS_VOCAB_APPLICATOR;
		else if (strcmp(k, META "vocab/validation") == 0)
			mask |= JS_VOCAB_VALIDATION;
		else if (strcmp(k, META "vocab/unevaluated") == 0)
			mask |= JS_VOCAB_UNEVALUATED;
		else if (strcmp(k, META "vocab/format-assertion") == 0)
			mask |= JS_VOCAB_FORMAT_ASSERT;
	}
	return mask;
}

/* Keywords whose value is a subschema, keep sorted. */
static const char *const single_kw[] = {
	"additionalProperties", "contains", "contentSchema", "else", "if",
	"items", "not", "propertyNames", "then", "unevaluatedItems",
	"unevaluatedProperties"
};
/* Keywords whose value is an array of subschemas, keep sorted. */
static const char *const array_kw[] = {
	"allOf", "anyOf", "oneOf", "prefixItems"
};
/* Keywords whose value is an object of subschemas, keep sorted. */
static const char *const object_kw[] = {
	"$defs", "definitions", "dependencies", "dependentSchemas",
	"patternProperties", "properties"
};

static int
in_list(const char *k, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(k, list[i]) == 0)
			return 1;
	return 0;
}

#define IN(k, list) in_list((k), (list), sizeof(list) / sizeof(list[0]))

static int
scan_child(iachr_validator *v, struct js_doc *d, const json_t *json,
    const char *base, const char *loc, struct js_resource *r,
    unsigned vocab)
{
	int rc;

	if (loc == NULL)
		return nomem(v);
	rc = scan(v, d, json, base, loc, r, vocab);
	free((char *)loc);
	return rc;
}

/*
 * Records where each subschema of json sits (its base URI, location and
 * resource) and registers every "$id", "$anchor" and "$dynamicAnchor".
 */
static int
scan(iachr_validator *v, struct js_doc *d, const json_t *json,
    const char *base, const char *loc, struct js_resource *r,
    unsigned vocab)
{
	const char *k, *id, *anchor, *meta;
	const json_t *val, *sub;
	struct js_place *p;
	char *abs = NULL, *ptr;
	size_t i;
	int rc = 0;

	if (!json_is_object(json))
		return 0;
	if (place_get(v, json) != NULL)
		return 0;
	id = json_string_value(json_object_get(json, "$id"));
	if (id != NULL && json != d->json) {
		if ((abs = iachrp_uri_resolve(base, id)) == NULL)
			return nomem(v);
		ptr = strchr(loc, '#');
		if ((r = add_resource(v, abs, json, d, ptr + 1)) == NULL) {
			free(abs);
			return nomem(v);
		}
		r->vocab = vocab;
		base = r->uri;
	}
	meta = json_string_value(json_object_get(json, "$schema"));
	if (meta != NULL && (json == r->json))
		vocab = r->vocab = vocabularies(v, meta);
	if ((p = place_add(v, json)) == NULL) {
		free(abs);
		return nomem(v);
	}
	p->res = r;
	if ((p->base = strdup(base)) == NULL ||
	    (p->loc = strdup(loc)) == NULL) {
		free(abs);
		return nomem(v);
	}
	free(abs);
	base = p->base;
	anchor = json_string_value(json_object_get(json, "$anchor"));
	if (anchor != NULL && add_anchor(v, r, anchor, json, 0) != 0)
		return -1;
	anchor = json_string_value(json_object_get(json, "$dynamicAnchor"));
	if (anchor != NULL && add_anchor(v, r, anchor, json, 1) != 0)
		return -1;
	json_object_foreach((json_t *)json, k, val) {
		if (IN(k, single_kw))
			rc = scan_child(v, d, val, base, join(loc, k), r,
			    vocab);
		else if (IN(k, array_kw) && json_is_array(val)) {
			char *kl = join(loc, k);

			if (kl == NULL)
				return nomem(v);
			json_array_foreach(val, i, sub)
				if ((rc = scan_child(v, d, sub, base,
				    join_index(kl, i), r, vocab)) != 0)
					break;
			free(kl);
		} else if (IN(k, object_kw) && json_is_object(val)) {
			const char *name;
			char *kl = join(loc, k);

			if (kl == NULL)
				return nomem(v);
			json_object_foreach((json_t *)val, name, sub)
				if ((rc = scan_child(v, d, sub, base,
				    join(kl, name), r, vocab)) != 0)
					break;
			free(kl);
		}
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* Adds a document under its retrieval URI; json is borrowed. */
static struct js_doc *
add_doc(iachr_validator *v, const char *uri, const json_t *json)
{
	struct js_doc *d, **grown;
	struct js_resource *r;
	const char *id;
	char *loc, *abs;

	if ((d = calloc(1, sizeof(*d))) == NULL)
		return NULL;
	grown = grow(v->docs, v->n_docs, sizeof(*v->docs));
	if (grown != NULL)
		v->docs = grown;
	if (grown == NULL || (d->uri = iachrp_uri_strip_fragment(uri)) ==
	    NULL) {
		free(d);
		nomem(v);
		return NULL;
	}
	v->docs[v->n_docs++] = d;
	d->json = json_incref((json_t *)json);
	if ((r = add_resource(v, d->uri, json, d, "")) == NULL) {
		nomem(v);
		return NULL;
	}
	id = json_string_value(json_object_get(json, "$id"));
	abs = NULL;
	if (json_is_object(json) && id != NULL) {
		if ((abs = iachrp_uri_resolve(d->uri, id)) == NULL ||
		    (r = add_resource(v, abs, json, d, "")) == NULL) {
			free(abs);
			nomem(v);
			return NULL;
		}
		/* Both names must lead to the same anchors and places. */
		v->resources[v->n_resources - 2]->json = NULL;
	}
	if ((loc = malloc(strlen(d->uri) + 2)) == NULL) {
		free(abs);
		nomem(v);
		return NULL;
	}
	sprintf(loc, "%s#", d->uri);
	if (scan(v, d, json, r->uri, loc, r, JS_VOCAB_ALL) != 0)
		d = NULL;
	free(loc);
	free(abs);
	return d;
}

static struct js_doc *
find_doc(iachr_validator *v, const char *uri)
{
	json_t *json = NULL;
	struct js_doc *d;
	const char *text;
	size_t i, len;

	for (i = 0; i < v->n_docs; i++)
		if (strcmp(v->docs[i]->uri, uri) == 0)
			return v->docs[i];
	for (i = 0; i < v->n_resources; i++)
		if (v->resources[i]->json == NULL &&
		    strcmp(v->resources[i]->uri, uri) == 0)
			return v->resources[i]->doc;
	if (strncmp(uri, META, strlen(META)) == 0) {
		for (i = 0; i < sizeof(metas) / sizeof(metas[0]); i++) {
			if (strcmp(uri + strlen(META), metas[i].path) != 0)
				continue;
			text = iachr_schema_text(metas[i].file, &len);
			if (text != NULL)
				json = json_loadb(text, len, 0, NULL);
			break;
		}
	}
	if (json == NULL && v->loader != NULL)
		json = v->loader(v->loader_arg, uri);
	if (json == NULL)
		return NULL;
	d = add_doc(v, uri, json);
	json_decref(json);
	return d;
}

/* The resource named uri (no fragment), loading its document if need be. */
static struct js_resource *
get_resource(iachr_validator *v, const char *uri)
{
	struct js_resource *r;
	struct js_doc *d;
	size_t i;

	for (i = 0; i < v->n_resources; i++) {
		r = v->resources[i];
		if (strcmp(r->uri, uri) == 0 && r->json != NULL)
			return r;
	}
	if ((d = find_doc(v, uri)) == NULL)
		return NULL;
	for (i = 0; i < v->n_resources; i++) {
		r = v->resources[i];
		if (r->doc == d && r->json == d->json)
			return r;
	}
	return NULL;
}

struct target {
	const json_t *json;
	const char *base, *loc;
	struct js_resource *res;
	unsigned vocab;
	char *owned_loc;
};

/* The location of a resource's root: "uri#". */
static char *
join_fragment(const char *uri)
{
	size_t n = strlen(uri);
	char *loc;

	if ((loc = malloc(n + 2)) == NULL)
		return NULL;
	memcpy(loc, uri, n);
	memcpy(loc + n, "#", 2);
	return loc;
}

/* Finds what ref (relative to base) refers to; -1 with v->err set. */
static int
resolve(iachr_validator *v, const char *base, const char *ref,
    const char *at, struct target *t)
{
	char *abs, *uri, *frag = NULL, *tok, *save, *loc, *next;
	struct js_resource *r;
	struct js_place *p;
	const struct js_anchor *a;
	const json_t *json;
	const char *f;
	int rc = -1;

	memset(t, 0, sizeof(*t));
	if ((abs = iachrp_uri_resolve(base, ref)) == NULL)
		return nomem(v);
	if ((uri = iachrp_uri_strip_fragment(abs)) == NULL) {
		free(abs);
		return nomem(v);
	}
	if ((r = get_resource(v, uri)) == NULL) {
		bad(v, at, "cannot resolve reference", abs);
		goto out;
	}
	f = iachrp_uri_fragment(abs);
	if ((frag = iachrp_uri_unescape(f != NULL ? f : "")) == NULL) {
		nomem(v);
		goto out;
	}
	json = r->json;
	if (frag[0] != '\0' && frag[0] != '/') {
		if ((a = find_anchor(r, frag)) == NULL) {
			bad(v, at, "no such anchor", abs);
			goto out;
		}
		json = a->json;
	} else if (frag[0] == '/') {
		p = place_get(v, json);
		if ((loc = strdup(p != NULL ? p->loc : "")) == NULL) {
			nomem(v);
			goto out;
		}
		for (tok = frag + 1; tok != NULL; tok = save) {
			char *src, *dst;

			if ((save = strchr(tok, '/')) != NULL)
				*save++ = '\0';
			for (src = dst = tok; *src != '\0'; src++, dst++) {
				if (src[0] == '~' && (src[1] == '0' ||
				    src[1] == '1')) {
					*dst = src[1] == '0' ? '~' : '/';
					src++;
				} else
					*dst = *src;
			}
			*dst = '\0';
			if (json_is_array(json))
				json = json_array_get(json,
				    strtoul(tok, NULL, 10));
			else
				json = json_object_get(json, tok);
			next = join(loc, tok);
			free(loc);
			if ((loc = next) == NULL) {
				nomem(v);
				goto out;
			}
			if (json == NULL)
				break;
		}
		if (json == NULL) {
			free(loc);
			bad(v, at, "cannot resolve reference", abs);
			goto out;
		}
		t->owned_loc = loc;
	}
	t->json = json;
	t->res = r;
	t->vocab = r->vocab;
	if ((p = place_get(v, json)) != NULL) {
		t->base = p->base;
		t->loc = p->loc;
		t->res = p->res;
	} else {
		/* true and false are shared values, never in the places. */
		t->base = r->uri;
		if (t->owned_loc == NULL &&
		    (t->owned_loc = join_fragment(r->uri)) == NULL) {
			nomem(v);
			goto out;
		}
		t->loc = t->owned_loc;
	}
	rc = 0;
out:
	free(frag);
	free(uri);
	free(abs);
	return rc;
}

static struct js_node *
compile_target(iachr_validator *v, const char *base, const char *ref,
    const char *at)
{
	struct target t;
	struct js_node *n;

	if (resolve(v, base, ref, at, &t) != 0)
		return NULL;
	n = compile(v, t.json, t.base, t.loc, t.res, t.vocab);
	free(t.owned_loc);
	return n;
}

static int
get_count(iachr_validator *v, const json_t *s, const char *k, long long *out,
    const char *loc)
{
	const json_t *val = json_object_get(s, k);
	double d;

	*out = -1;
	if (val == NULL)
		return 0;
	if (json_is_integer(val) && json_integer_value(val) >= 0) {
		*out = json_integer_value(val);
		return 0;
	}
	d = json_is_real(val) ? json_real_value(val) : -1;
	if (d >= 0 && d == (double)(long long)d) {
		*out = (long long)d;
		return 0;
	}
	return bad(v, loc, "not a non-negative integer", k);
}

static int
get_number(iachr_validator *v, const json_t *s, const char *k,
    struct js_number *out, const char *loc)
{
	const json_t *val = json_object_get(s, k);

	memset(out, 0, sizeof(*out));
	if (val == NULL)
		return 0;
	if (!json_is_number(val))
		return bad(v, loc, "not a number", k);
	out->json = val;
	out->set = 1;
	out->is_int = json_is_integer(val);
	out->i = json_is_integer(val) ? json_integer_value(val) : 0;
	out->d = json_number_value(val);
	return 0;
}

static unsigned
type_bit(const char *name)
{
	static const char *const names[] = {
		"null", "boolean", "object", "array", "number", "string",
		"integer"
	};
	size_t i;

	for (i = 0; name != NULL && i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return 1u << i;
	return 0;
}

static struct js_node *
child(iachr_validator *v, struct js_node *n, const json_t *json,
    const char *base, const char *kw, const char *sub)
{
	char *loc = join(n->loc, kw), *loc2 = NULL;
	struct js_node *c;

	if (loc == NULL) {
		nomem(v);
		return NULL;
	}
	if (sub != NULL) {
		loc2 = join(loc, sub);
		free(loc);
		if ((loc = loc2) == NULL) {
			nomem(v);
			return NULL;
		}
	}
	c = compile(v, json, base, loc, n->res, n->vocab);
	free(loc);
	return c;
}

static int
compare_named(const void *a, const void *b)
{
	const struct js_named *x = a, *y = b;

	return strcmp(x->name, y->name);
}

static int
compile_list(iachr_validator *v, struct js_node *n, const json_t *s,
    const char *base, const char *kw, struct js_node ***out, size_t *nout)
{
	const json_t *arr = json_object_get(s, kw), *sub;
	char num[32];
	size_t i;

	if (arr == NULL)
		return 0;
	if (!json_is_array(arr) || json_array_size(arr) == 0)
		return bad(v, n->loc, "not a non-empty array", kw);
	if ((*out = calloc(json_array_size(arr), sizeof(**out))) == NULL)
		return nomem(v);
	*nout = json_array_size(arr);
	json_array_foreach(arr, i, sub) {
		snprintf(num, sizeof(num), "%zu", i);
		if (((*out)[i] = child(v, n, sub, base, kw, num)) == NULL)
			return -1;
	}
	return 0;
}

static int
compile_named(iachr_validator *v, struct js_node *n, const json_t *s,
    const char *base, const char *kw, struct js_named **out, size_t *nout)
{
	const json_t *obj = json_object_get(s, kw), *sub;
	const char *k;
	size_t i = 0;

	if (obj == NULL)
		return 0;
	if (!json_is_object(obj))
		return bad(v, n->loc, "not an object", kw);
	if (json_object_size(obj) == 0)
		return 0;
	if ((*out = calloc(json_object_size(obj), sizeof(**out))) == NULL)
		return nomem(v);
	json_object_foreach((json_t *)obj, k, sub) {
		(*out)[i].name = k;
		if (((*out)[i].node = child(v, n, sub, base, kw, k)) == NULL)
			return -1;
		i++;
	}
	*nout = i;
	qsort(*out, i, sizeof(**out), compare_named);
	return 0;
}

static struct iachrp_regex *
regex(iachr_validator *v, const char *loc, const char *pattern)
{
	struct iachrp_regex *re;
	char why[128];

	if ((re = iachrp_regex_compile(pattern, why, sizeof(why))) == NULL)
		bad(v, loc, why, pattern);
	return re;
}

/*
 * "dependencies", the draft 2019-09 predecessor of dependentRequired and
 * dependentSchemas, still found in schemas converted from older drafts.
 */
static int
compile_dependencies(iachr_validator *v, struct js_node *n,
    const json_t *deps, const char *base)
{
	struct js_named *grown;
	const json_t *sub;
	const char *k;

	json_object_foreach((json_t *)deps, k, sub) {
		if (json_is_array(sub))
			continue;
		grown = realloc(n->dependent_schemas,
		    (n->n_dependent_schemas + 1) * sizeof(*grown));
		if (grown == NULL)
			return nomem(v);
		n->dependent_schemas = grown;
		grown[n->n_dependent_schemas].name = k;
		grown[n->n_dependent_schemas].node = child(v, n, sub, base,
		    "dependencies", k);
		if (grown[n->n_dependent_schemas++].node == NULL)
			return -1;
	}
	return 0;
}

static int
compile_applicators(iachr_validator *v, struct js_node *n, const json_t *s,
    const char *base)
{
	const json_t *val;
	const char *k;
	size_t i;

	if (compile_list(v, n, s, base, "allOf", &n->all_of, &n->n_all_of) ||
	    compile_list(v, n, s, base, "anyOf", &n->any_of, &n->n_any_of) ||
	    compile_list(v, n, s, base, "oneOf", &n->one_of, &n->n_one_of) ||
	    compile_list(v, n, s, base, "prefixItems", &n->prefix_items,
	    &n->n_prefix_items) ||
	    compile_named(v, n, s, base, "properties", &n->properties,
	    &n->n_properties) ||
	    compile_named(v, n, s, base, "dependentSchemas",
	    &n->dependent_schemas, &n->n_dependent_schemas))
		return -1;
	val = json_object_get(s, "dependencies");
	if (json_is_object(val) && compile_dependencies(v, n, val, base) != 0)
		return -1;
#define SINGLE(kw, field) \
	if ((val = json_object_get(s, kw)) != NULL && \
	    (n->field = child(v, n, val, base, kw, NULL)) == NULL) \
		return -1
	SINGLE("additionalProperties", additional_properties);
	SINGLE("contains", contains);
	SINGLE("items", items);
	SINGLE("not", not_node);
	SINGLE("propertyNames", property_names);
	if ((val = json_object_get(s, "if")) != NULL) {
		SINGLE("if", if_node);
		SINGLE("then", then_node);
		SINGLE("else", else_node);
	}
	if (n->vocab & JS_VOCAB_UNEVALUATED) {
		SINGLE("unevaluatedItems", unevaluated_items);
		SINGLE("unevaluatedProperties", unevaluated_properties);
	}
#undef SINGLE
	val = json_object_get(s, "patternProperties");
	if (json_is_object(val) && json_object_size(val) > 0) {
		n->pattern_properties_json = val;
		n->pattern_properties = calloc(json_object_size(val),
		    sizeof(*n->pattern_properties));
		if (n->pattern_properties == NULL)
			return nomem(v);
		i = 0;
		json_object_foreach((json_t *)val, k, s) {
			struct js_pattern *pp = &n->pattern_properties[i];

			n->n_pattern_properties = ++i;
			if ((pp->re = regex(v, n->loc, k)) == NULL ||
			    (pp->node = child(v, n, s, base,
			    "patternProperties", k)) == NULL)
				return -1;
		}
	}
	return 0;
}

static int
add_dependent_required(iachr_validator *v, struct js_node *n,
    const json_t *deps)
{
	struct js_dependent *grown;
	const json_t *item;
	const char *k;

	if (!json_is_object(deps))
		return 0;
	json_object_foreach((json_t *)deps, k, item) {
		if (!json_is_array(item))
			continue;
		grown = realloc(n->dependent_required,
		    (n->n_dependent_required + 1) * sizeof(*grown));
		if (grown == NULL)
			return nomem(v);
		n->dependent_required = grown;
		grown[n->n_dependent_required].name = k;
		grown[n->n_dependent_required++].required = item;
	}
	return 0;
}

static int
compile_validation(iachr_validator *v, struct js_node *n, const json_t *s)
{
	const json_t *val, *item;
	size_t i;

	if ((val = json_object_get(s, "type")) != NULL) {
		if (json_is_string(val))
			n->types = type_bit(json_string_value(val));
		else if (json_is_array(val)) {
			json_array_foreach(val, i, item) {
				if (type_bit(json_string_value(item)) == 0)
					return bad(v, n->loc, "unknown type",
					    NULL);
				n->types |= type_bit(json_string_value(item));
			}
		}
		if (n->types == 0)
			return bad(v, n->loc, "unknown type", NULL);
	}
	n->const_value = json_object_get(s, "const");
	n->enum_values = json_object_get(s, "enum");
	if (n->enum_values != NULL && !json_is_array(n->enum_values))
		return bad(v, n->loc, "enum is not an array", NULL);
	if (get_number(v, s, "minimum", &n->minimum, n->loc) ||
	    get_number(v, s, "maximum", &n->maximum, n->loc) ||
	    get_number(v, s, "exclusiveMinimum", &n->exclusive_minimum,
	    n->loc) ||
	    get_number(v, s, "exclusiveMaximum", &n->exclusive_maximum,
	    n->loc) ||
	    get_number(v, s, "multipleOf", &n->multiple_of, n->loc) ||
	    get_count(v, s, "minLength", &n->min_length, n->loc) ||
	    get_count(v, s, "maxLength", &n->max_length, n->loc) ||
	    get_count(v, s, "minItems", &n->min_items, n->loc) ||
	    get_count(v, s, "maxItems", &n->max_items, n->loc) ||
	    get_count(v, s, "minContains", &n->min_contains, n->loc) ||
	    get_count(v, s, "maxContains", &n->max_contains, n->loc) ||
	    get_count(v, s, "minProperties", &n->min_properties, n->loc) ||
	    get_count(v, s, "maxProperties", &n->max_properties, n->loc))
		return -1;
	if (n->multiple_of.set && n->multiple_of.d <= 0)
		return bad(v, n->loc, "multipleOf is not positive", NULL);
	n->unique_items = json_is_true(json_object_get(s, "uniqueItems"));
	if ((val = json_object_get(s, "pattern")) != NULL) {
		if (!json_is_string(val))
			return bad(v, n->loc, "pattern is not a string", NULL);
		n->pattern_text = json_string_value(val);
		if ((n->pattern = regex(v, n->loc, n->pattern_text)) == NULL)
			return -1;
	}
	if ((val = json_object_get(s, "required")) != NULL) {
		if (!json_is_array(val))
			return bad(v, n->loc, "required is not an array",
			    NULL);
		n->required = val;
	}
	if (add_dependent_required(v, n, json_object_get(s,
	    "dependentRequired")) != 0 ||
	    add_dependent_required(v, n, json_object_get(s,
	    "dependencies")) != 0)
		return -1;
	return 0;
}

static struct js_node *
new_node(iachr_validator *v, const json_t *json, const char *loc,
    struct js_resource *res, unsigned vocab)
{
	struct js_node *n, **grown;

	if ((n = calloc(1, sizeof(*n))) == NULL)
		return NULL;
	grown = grow(v->nodes, v->n_nodes, sizeof(*v->nodes));
	if (grown == NULL || (n->loc = strdup(loc)) == NULL) {
		if (grown != NULL)
			v->nodes = grown;
		free(n);
		return NULL;
	}
	v->nodes = grown;
	v->nodes[v->n_nodes++] = n;
	n->json = json;
	n->res = res;
	n->vocab = vocab;
	n->boolean = json_is_boolean(json) ? json_is_true(json) : -1;
	n->min_length = n->max_length = -1;
	n->min_items = n->max_items = -1;
	n->min_contains = n->max_contains = -1;
	n->min_properties = n->max_properties = -1;
	return n;
}

static int
add_dynamic_name(iachr_validator *v, const char *name)
{
	size_t i;
	char *copy;

	for (i = 0; i < v->n_dynamic_names; i++)
		if (strcmp(v->dynamic_names[i], name) == 0)
			return 0;
	if ((copy = strdup(name)) == NULL)
		return nomem(v);
	PUSH(v, v->dynamic_names, v->n_dynamic_names, copy);
	return 0;
}

static int
compile_refs(iachr_validator *v, struct js_node *n, const json_t *s,
    const char *base)
{
	const char *ref;
	struct target t;

	if ((ref = json_string_value(json_object_get(s, "$ref"))) != NULL &&
	    (n->ref = compile_target(v, base, ref, n->loc)) == NULL)
		return -1;
	ref = json_string_value(json_object_get(s, "$dynamicRef"));
	if (ref == NULL)
		return 0;
	if ((n->dynamic_ref = compile_target(v, base, ref, n->loc)) == NULL)
		return -1;
	/*
	 * The reference is dynamic only when its static target carries a
	 * "$dynamicAnchor" of the same name (the "bookend").
	 */
	if (resolve(v, base, ref, n->loc, &t) != 0)
		return -1;
	free(t.owned_loc);
	ref = strchr(ref, '#');
	if (ref != NULL && ref[1] != '\0' && ref[1] != '/' &&
	    json_is_object(t.json) &&
	    json_is_string(json_object_get(t.json, "$dynamicAnchor")) &&
	    strcmp(json_string_value(json_object_get(t.json,
	    "$dynamicAnchor")), ref + 1) == 0) {
		n->dynamic_name = ref + 1;
		return add_dynamic_name(v, ref + 1);
	}
	return 0;
}

static struct js_node *
compile(iachr_validator *v, const json_t *json, const char *base,
    const char *loc, struct js_resource *res, unsigned vocab)
{
	struct js_place *p;
	struct js_node *n;

	if (json_is_boolean(json)) {
		if ((n = new_node(v, json, loc, res, vocab)) == NULL)
			nomem(v);
		return n;
	}
	if (!json_is_object(json)) {
		bad(v, loc, "not a schema", NULL);
		return NULL;
	}
	if ((p = place_get(v, json)) == NULL) {
		/* A schema inside an unknown keyword, reached by pointer. */
		if ((p = place_add(v, json)) == NULL ||
		    (p->base = strdup(base)) == NULL ||
		    (p->loc = strdup(loc)) == NULL) {
			nomem(v);
			return NULL;
		}
		p->res = res;
	}
	if (p->node != NULL)
		return p->node;
	if (p->res != NULL) {
		res = p->res;
		vocab = res->vocab;
	}
	if ((n = new_node(v, json, p->loc, res, vocab)) == NULL) {
		nomem(v);
		return NULL;
	}
	p->node = n;
	base = p->base;
	n->format = json_string_value(json_object_get(json, "format"));
	if (compile_refs(v, n, json, base) != 0 ||
	    ((vocab & JS_VOCAB_APPLICATOR) &&
	    compile_applicators(v, n, json, base) != 0) ||
	    ((vocab & JS_VOCAB_VALIDATION) &&
	    compile_validation(v, n, json) != 0))
		return NULL;
	return n;
}

/* Compiles every "$dynamicAnchor" a dynamic reference may land on. */
static int
compile_dynamic(iachr_validator *v)
{
	struct js_resource *r;
	struct js_anchor *a;
	struct js_place *p;
	size_t i, j, k, before;

	do {
		before = v->n_nodes;
		for (i = 0; i < v->n_resources; i++) {
			r = v->resources[i];
			for (j = 0; j < r->n_anchors; j++) {
				a = &r->anchors[j];
				if (!a->dynamic || a->node != NULL)
					continue;
				for (k = 0; k < v->n_dynamic_names; k++)
					if (strcmp(v->dynamic_names[k],
					    a->name) == 0)
						break;
				if (k == v->n_dynamic_names)
					continue;
				if ((p = place_get(v, a->json)) == NULL)
					continue;
				a->node = compile(v, a->json, p->base, p->loc,
				    p->res, p->res->vocab);
				if (a->node == NULL)
					return -1;
			}
		}
	} while (v->n_nodes != before);
	return 0;
}

/* Subschemas applied to the very value n is applied to. */
static size_t
count_in_place(const struct js_node *n)
{
	return 6 + n->n_all_of + n->n_any_of + n->n_one_of +
	    n->n_dependent_schemas;
}

/* The i-th of them (i < count_in_place(n)), or NULL when absent. */
static struct js_node *
in_place(const struct js_node *n, size_t i)
{
	struct js_node *const single[] = {
		n->ref, n->dynamic_ref, n->not_node, n->if_node, n->then_node,
		n->else_node
	};

	if (i < 6)
		return single[i];
	if ((i -= 6) < n->n_all_of)
		return n->all_of[i];
	if ((i -= n->n_all_of) < n->n_any_of)
		return n->any_of[i];
	if ((i -= n->n_any_of) < n->n_one_of)
		return n->one_of[i];
	return n->dependent_schemas[i - n->n_one_of].node;
}

/*
 * Refuses a schema that can reach itself without moving to a part of
 * the value ({"$ref": "#"}, two subschemas whose allOf name each other):
 * validating with it would never end.  A depth-first search over the
 * in-place applicators, with an explicit stack as loops may be long.
 */
static int
check_loops(iachr_validator *v)
{
	struct frame {
		struct js_node *n;
		size_t next;
	} *stack;
	struct js_node *to;
	size_t i, depth;
	int rc = 0;

	if ((stack = calloc(v->n_nodes + 1, sizeof(*stack))) == NULL)
		return nomem(v);
	for (i = 0; i < v->n_nodes; i++)
		v->nodes[i]->mark = 0;
	for (i = 0; i < v->n_nodes && rc == 0; i++) {
		if (v->nodes[i]->mark != 0)
			continue;
		v->nodes[i]->mark = 1;
		stack[0].n = v->nodes[i];
		stack[0].next = 0;
		depth = 1;
		while (depth > 0 && rc == 0) {
			struct frame *f = &stack[depth - 1];

			if (f->next == count_in_place(f->n)) {
				f->n->mark = 2;
				depth--;
				continue;
			}
			if ((to = in_place(f->n, f->next++)) == NULL ||
			    to->mark == 2)
				continue;
			if (to->mark == 1) {
				rc = bad(v, f->n->loc, "endless loop of "
				    "references back to", to->loc);
				break;
			}
			to->mark = 1;
			stack[depth].n = to;
			stack[depth].next = 0;
			depth++;
		}
	}
	free(stack);
	return rc;
}

iachr_validator *
iachr_validator_new(int flags)
{
	iachr_validator *v;

	if ((v = calloc(1, sizeof(*v))) == NULL)
		return NULL;
	v->flags = flags;
	return v;
}

int
iachr_validator_add(iachr_validator *v, const char *uri,
    const json_t *schema, iachr_error_t *err)
{
	v->err = err;
	if (!iachrp_uri_is_absolute(uri)) {
		iachr_error_set(err, IACHR_E_USAGE, NULL, 0, 0, -1,
		    "%s: not an absolute URI", uri);
		return -1;
	}
	return add_doc(v, uri, schema) != NULL ? 0 : -1;
}

int
iachr_validator_add_file(iachr_validator *v, const char *uri,
    const char *path, iachr_error_t *err)
{
	json_error_t je;
	json_t *json;
	int rc;

	if ((json = json_load_file(path, JSON_DECODE_ANY | JSON_ALLOW_NUL,
	    &je)) == NULL) {
		iachr_error_set(err, json_error_code(&je) ==
		    json_error_cannot_open_file ? IACHR_E_IO : IACHR_E_SYNTAX,
		    path, je.line, je.column, je.position, "%s", je.text);
		return -1;
	}
	rc = iachr_validator_add(v, uri, json, err);
	json_decref(json);
	return rc;
}

void
iachr_validator_set_loader(iachr_validator *v,
    json_t *(*load)(void *, const char *), void *arg)
{
	v->loader = load;
	v->loader_arg = arg;
}

int
iachr_validator_use(iachr_validator *v, const char *uri,
    iachr_error_t *err)
{
	struct js_resource *r;
	char *doc;

	v->err = err;
	if ((doc = iachrp_uri_strip_fragment(uri)) == NULL)
		return nomem(v);
	r = get_resource(v, doc);
	free(doc);
	if (r == NULL) {
		iachr_error_set(err, IACHR_E_USAGE, NULL, 0, 0, -1,
		    "%s: no such schema", uri);
		return -1;
	}
	v->root_doc = r->doc->uri;
	if ((v->root = compile_target(v, r->uri, uri, uri)) == NULL ||
	    compile_dynamic(v) != 0 || check_loops(v) != 0) {
		v->root = NULL;
		return -1;
	}
	return 0;
}

static void
free_node(struct js_node *n)
{
	size_t i;

	free(n->loc);
	iachrp_regex_free(n->pattern);
	free(n->prefix_items);
	free(n->properties);
	for (i = 0; i < n->n_pattern_properties; i++)
		iachrp_regex_free(n->pattern_properties[i].re);
	free(n->pattern_properties);
	free(n->dependent_required);
	free(n->dependent_schemas);
	free(n->all_of);
	free(n->any_of);
	free(n->one_of);
	free(n);
}

void
iachr_validator_free(iachr_validator *v)
{
	size_t i, j;

	if (v == NULL)
		return;
	for (i = 0; i < v->n_nodes; i++)
		free_node(v->nodes[i]);
	free(v->nodes);
	for (i = 0; i < v->cap_places; i++) {
		free(v->places[i].base);
		free(v->places[i].loc);
	}
	free(v->places);
	for (i = 0; i < v->n_resources; i++) {
		for (j = 0; j < v->resources[i]->n_anchors; j++)
			free(v->resources[i]->anchors[j].name);
		free(v->resources[i]->anchors);
		free(v->resources[i]->uri);
		free(v->resources[i]->pointer);
		free(v->resources[i]);
	}
	free(v->resources);
	for (i = 0; i < v->n_docs; i++) {
		json_decref(v->docs[i]->json);
		free(v->docs[i]->uri);
		free(v->docs[i]);
	}
	free(v->docs);
	for (i = 0; i < v->n_dynamic_names; i++)
		free(v->dynamic_names[i]);
	free(v->dynamic_names);
	free(v);
}
