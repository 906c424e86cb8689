/*
 * Internal declarations of the JSON Schema (draft 2020-12) validator:
 * compiled schema nodes, the registry of schema resources, URIs, regular
 * expressions and formats.
 */
#ifndef JSONSCHEMA_PRIVATE_H
#define JSONSCHEMA_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "jsonschema_private.h is internal to libiachr"
#endif

#include <stddef.h>

#include <jansson.h>

#include "iachr_schema.h"

/* Instance types, as bits of a mask. */
enum {
	JS_NULL = 1 << 0,
	JS_BOOLEAN = 1 << 1,
	JS_OBJECT = 1 << 2,
	JS_ARRAY = 1 << 3,
	JS_NUMBER = 1 << 4,
	JS_STRING = 1 << 5,
	JS_INTEGER = 1 << 6
};

/* Vocabularies a schema resource uses, as bits of a mask. */
enum {
	JS_VOCAB_APPLICATOR = 1 << 0,
	JS_VOCAB_VALIDATION = 1 << 1,
	JS_VOCAB_UNEVALUATED = 1 << 2,
	JS_VOCAB_FORMAT_ASSERT = 1 << 3,
	JS_VOCAB_ALL = JS_VOCAB_APPLICATOR | JS_VOCAB_VALIDATION |
	    JS_VOCAB_UNEVALUATED
};

struct iachrp_regex;
struct js_node;
struct js_resource;

struct js_named {		/* a property name and its subschema */
	const char *name;	/* borrowed from the schema document */
	struct js_node *node;
};

struct js_pattern {		/* a patternProperties entry */
	struct iachrp_regex *re;
	struct js_node *node;
};

struct js_dependent {		/* a dependentRequired entry */
	const char *name;
	const json_t *required;	/* array of strings */
};

struct js_number {		/* a numeric limit */
	const json_t *json;	/* the keyword's value */
	int set;
	int is_int;
	long long i;
	double d;
};

/* A compiled subschema.  Every pointer into the schema is borrowed. */
struct js_node {
	const json_t *json;
	char *loc;		/* "uri#pointer" of the subschema */
	struct js_resource *res;	/* resource the node belongs to */
	int boolean;		/* -1: an object; 0: false; 1: true */
	unsigned vocab;

	unsigned types;		/* 0: no "type" keyword */
	const json_t *const_value;	/* NULL: no "const" */
	const json_t *enum_values;
	struct js_number minimum, maximum, exclusive_minimum,
	    exclusive_maximum, multiple_of;
	long long min_length, max_length;	/* -1: unset */
	struct iachrp_regex *pattern;
	const char *pattern_text;
	const char *format;

	struct js_node **prefix_items;
	size_t n_prefix_items;
	struct js_node *items;
	struct js_node *contains;
	long long min_contains, max_contains;
	long long min_items, max_items;
	int unique_items;
	struct js_node *unevaluated_items;

	struct js_named *properties;	/* sorted by name */
	size_t n_properties;
	struct js_pattern *pattern_properties;
	size_t n_pattern_properties;
	const json_t *pattern_properties_json;
	struct js_node *additional_properties;
	struct js_node *property_names;
	struct js_node *unevaluated_properties;
	const json_t *required;
	struct js_dependent *dependent_required;
	size_t n_dependent_required;
	struct js_named *dependent_schemas;
	size_t n_dependent_schemas;
	long long min_properties, max_properties;

	struct js_node **all_of, **any_of, **one_of;
	size_t n_all_of, n_any_of, n_one_of;
	struct js_node *not_node;
	struct js_node *if_node, *then_node, *else_node;

	struct js_node *ref;
	struct js_node *dynamic_ref;	/* the statically resolved target */
	const char *dynamic_name;	/* set when resolved dynamically */

	int mark;		/* search for loops: 1 on the path, 2 done */
};

struct js_anchor {
	char *name;
	const json_t *json;
	int dynamic;
	struct js_node *node;	/* compiled when needed */
};

/* A schema resource: a document's root or a subschema with an "$id". */
struct js_resource {
	char *uri;		/* absolute, without fragment */
	const json_t *json;
	struct js_doc *doc;
	char *pointer;		/* location of json in its document */
	struct js_anchor *anchors;
	size_t n_anchors;
	unsigned vocab;
};

struct js_doc {
	char *uri;		/* retrieval URI */
	json_t *json;		/* owned reference */
};

/* Where a subschema sits: what its compilation needs to know. */
struct js_place {
	const json_t *json;
	char *base;
	char *loc;
	struct js_resource *res;
	struct js_node *node;
};

struct iachr_validator {
	int flags;
	struct js_doc **docs;
	size_t n_docs;
	struct js_resource **resources;
	size_t n_resources;
	struct js_place *places;	/* open hash keyed by json pointer */
	size_t n_places, cap_places;
	struct js_node **nodes;
	size_t n_nodes;
	char **dynamic_names;
	size_t n_dynamic_names;
	json_t *(*loader)(void *, const char *);
	void *loader_arg;
	struct js_node *root;
	const char *root_doc;	/* uri of the root's document */
	iachr_error_t *err;	/* the compilation's error */
};

/* Compilation (jsonschema_compile.c). */
struct js_resource *iachrp_js_find_resource(const struct iachr_validator *v,
    const char *uri);
struct js_node *iachrp_js_anchor_node(const struct js_resource *r,
    const char *name, int dynamic);

/* Validation (jsonschema_validate.c). */
int iachrp_js_equal(const json_t *a, const json_t *b);
unsigned iachrp_js_type(const json_t *v);

/* URIs (jsonschema_uri.c); results are malloc'd, NULL when out of memory. */
char *iachrp_uri_resolve(const char *base, const char *ref);
char *iachrp_uri_strip_fragment(const char *uri);
const char *iachrp_uri_fragment(const char *uri);	/* NULL: none */
int iachrp_uri_is_absolute(const char *uri);
char *iachrp_uri_unescape(const char *s);
#define IACHRP_URI_REFERENCE 0x1	/* relative references allowed */
#define IACHRP_URI_IRI 0x2		/* non-ASCII characters allowed */
int iachrp_uri_check(const char *s, int flags);

/* Regular expressions (jsonschema_regex.c), ECMA-262 syntax. */
struct iachrp_regex *iachrp_regex_compile(const char *pattern,
    char *why, size_t whylen);
/* 1: s contains a match; 0: it does not; -1: too costly to decide. */
int iachrp_regex_search(const struct iachrp_regex *re, const char *s,
    size_t len);
void iachrp_regex_free(struct iachrp_regex *re);

/* Formats (jsonschema_format.c): 1 valid, 0 invalid, -1 unknown format. */
int iachrp_format_check(const char *format, const char *s, size_t len);

/* UTF-8 (jsonschema_validate.c): code points in s[0..len). */
size_t iachrp_utf8_length(const char *s, size_t len);

#endif /* JSONSCHEMA_PRIVATE_H */
