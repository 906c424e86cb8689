/*
 * The YAML reader: libyaml's events built into one JSON value per
 * document, with aliases shared rather than copied and their expansion
 * budgeted, so that a small hostile input cannot make a huge value.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "iachr_yaml.h"
#include "yaml_private.h"

#define TAG_PREFIX "tag:yaml.org,2002:"

enum { RUNNING, ENDED, DEAD };

struct anchor {
	json_t *value;		/* NULL while its node is being read */
	json_t *key;		/* a scalar's text, to serve as a key */
	unsigned long long bytes;	/* what an alias to it writes */
	size_t height;
};

/* Where a member of a mapping or sequence was written. */
struct spot {
	const json_t *parent;
	size_t index;		/* position in the parent */
	size_t line, column;	/* 0-based, of the key in a mapping */
};

/* A mapping or sequence being read. */
struct frame {
	json_t *value;
	json_t *key;		/* mapping: the key waiting for its value */
	json_t *merges;		/* mapping: values of "<<", in order */
	int merge_pending;	/* mapping: the waiting key is "<<" */
	int has_merge;
	long anchor;		/* index in anchors, -1 when none */
	unsigned long long bytes, merge_bytes;	/* see node_bytes() */
	size_t height;
	int flow;		/* a flow collection */
	long indent;		/* column of the nearest block collection */
	size_t flow_line;	/* line of the outermost flow collection */
	yaml_mark_t start, key_mark;
};

struct iachr_yaml_reader {
	yaml_parser_t parser;
	char *source;
	int state;
	long doc_line;
	struct frame *stack;
	size_t depth, stack_cap;
	struct anchor *anchors;
	size_t n_anchors, anchors_cap;
	json_t *anchor_index;	/* name -> index in anchors */
	json_t *result;
	struct spot *spots;	/* of the last document's members */
	size_t n_spots, spots_cap;
	size_t doc_start;	/* character index where the document began */
	unsigned long long expanded;	/* bytes aliases and merges add */
	int open_ended;		/* the last document had no "..." */
	int abandon;		/* the document is too deep to skip */
};

static unsigned long long
sat_add(unsigned long long a, unsigned long long b)
{
	return a > ~0ULL - b ? ~0ULL : a + b;
}

/*
 * The least a scalar of n bytes, or a key of n bytes, adds to the JSON
 * written: its text and two bytes of quotes or punctuation.  An empty
 * collection counts as an empty scalar.
 */
static unsigned long long
node_bytes(size_t n)
{
	return sat_add(n, 2);
}

iachr_yaml_reader *
iachr_yaml_reader_new(FILE *fp, const char *source)
{
	iachr_yaml_reader *r;

	if ((r = iachrp_calloc(1, sizeof(*r))) == NULL)
		return NULL;
	if ((r->source = iachrp_strdup(source != NULL ? source : "")) == NULL ||
	    (r->anchor_index = json_object()) == NULL ||
	    yaml_parser_initialize(&r->parser) == 0) {
		json_decref(r->anchor_index);
		iachrp_free(r->source);
		iachrp_free(r);
		return NULL;
	}
	yaml_parser_set_input_file(&r->parser, fp);
	return r;
}

/* Drops what the current document holds. */
static void
reset_document(iachr_yaml_reader *r)
{
	size_t i;

	while (r->depth > 0) {
		r->depth--;
		json_decref(r->stack[r->depth].value);
		json_decref(r->stack[r->depth].key);
		json_decref(r->stack[r->depth].merges);
	}
	for (i = 0; i < r->n_anchors; i++) {
		json_decref(r->anchors[i].value);
		json_decref(r->anchors[i].key);
	}
	r->n_anchors = 0;
	json_object_clear(r->anchor_index);
	json_decref(r->result);
	r->result = NULL;
	r->expanded = 0;
}

void
iachr_yaml_reader_free(iachr_yaml_reader *r)
{
	if (r == NULL)
		return;
	reset_document(r);
	yaml_parser_delete(&r->parser);
	json_decref(r->anchor_index);
	iachrp_free(r->spots);
	iachrp_free(r->anchors);
	iachrp_free(r->stack);
	iachrp_free(r->source);
	iachrp_free(r);
}

long
iachr_yaml_reader_line(const iachr_yaml_reader *r)
{
	return r->doc_line;
}

static void
fail_at(iachr_yaml_reader *r, iachr_error_t *err, int code, yaml_mark_t mark,
    const char *fmt, const char *arg)
{
	iachr_error_set(err, code, r->source, (int)mark.line + 1,
	    (int)mark.column + 1, -1, fmt, arg);
}

static void
no_memory(iachr_yaml_reader *r, iachr_error_t *err)
{
	iachr_error_set(err, IACHR_E_NOMEM, r->source, 0, 0, -1,
	    "out of memory");
}

static void
parser_failed(iachr_yaml_reader *r, iachr_error_t *err)
{
	yaml_parser_t *p = &r->parser;
	const char *problem = p->problem != NULL ? p->problem : "bad YAML";

	switch (p->error) {
	case YAML_MEMORY_ERROR:
		iachr_error_set(err, IACHR_E_NOMEM, r->source, 0, 0, -1,
		    "out of memory");
		break;
	case YAML_READER_ERROR:
		/* libyaml's file reader gives up right after fread fails. */
		if (strcmp(problem, "input error") == 0)
			iachr_error_set(err, IACHR_E_IO, r->source, 0, 0, -1,
			    "read error: %s", strerror(errno));
		else
			iachr_error_set(err, IACHR_E_ENCODING, r->source, 0,
			    0, (long long)p->problem_offset, "%s at byte %zu",
			    problem, p->problem_offset);
		break;
	default:
		if (p->context != NULL)
			iachr_error_set(err, IACHR_E_SYNTAX, r->source,
			    (int)p->problem_mark.line + 1,
			    (int)p->problem_mark.column + 1, -1, "%s %s",
			    problem, p->context);
		else
			iachr_error_set(err, IACHR_E_SYNTAX, r->source,
			    (int)p->problem_mark.line + 1,
			    (int)p->problem_mark.column + 1, -1, "%s",
			    problem);
		break;
	}
}

static int
is_tag(const yaml_char_t *tag, const char *name)
{
	size_t len = sizeof(TAG_PREFIX) - 1;

	return tag != NULL &&
	    strncmp((const char *)tag, TAG_PREFIX, len) == 0 &&
	    strcmp((const char *)tag + len, name) == 0;
}

static const char *const scalar_tags[] = { "str", "null", "bool", "int",
    "float", NULL };

/* The "!!x" of a core tag that does not fit a node, or NULL. */
static const char *
misplaced_tag(const yaml_char_t *tag, const char *own)
{
	static const char *const all[] = { "str", "null", "bool", "int",
	    "float", "map", "seq", NULL };
	size_t i;

	for (i = 0; all[i] != NULL; i++)
		if (strcmp(all[i], own) != 0 && is_tag(tag, all[i]))
			return all[i];
	return NULL;
}

/* The JSON value of a scalar event, or NULL with err set. */
static json_t *
scalar_value(iachr_yaml_reader *r, const yaml_event_t *ev,
    iachr_error_t *err)
{
	const char *s = (const char *)ev->data.scalar.value, *why = NULL;
	size_t n = ev->data.scalar.length, i;
	const yaml_char_t *tag = ev->data.scalar.tag;
	enum iachrp_yaml_kind kind, want;
	json_t *v;

	if (tag == NULL && ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
		kind = iachrp_yaml_core_kind(s, n);
	} else if (is_tag(tag, "map") || is_tag(tag, "seq")) {
		fail_at(r, err, IACHR_E_SYNTAX, ev->start_mark,
		    "tag !!%s on a scalar", is_tag(tag, "map") ? "map" : "seq");
		return NULL;
	} else {
		kind = IACHRP_YAML_STR;
		for (i = 1; scalar_tags[i] != NULL; i++)
			if (is_tag(tag, scalar_tags[i]))
				break;
		if (scalar_tags[i] != NULL) {
			want = i == 1 ? IACHRP_YAML_NULL :
			    i == 2 ? IACHRP_YAML_BOOL :
			    i == 3 ? IACHRP_YAML_INT : IACHRP_YAML_FLOAT;
			kind = iachrp_yaml_core_kind(s, n);
			/* A decimal integer is a float's lexical form too. */
			if (want == IACHRP_YAML_FLOAT &&
			    kind == IACHRP_YAML_INT && !(n > 2 &&
			    s[0] == '0' && (s[1] == 'o' || s[1] == 'x')))
				kind = IACHRP_YAML_FLOAT;
			if (kind != want && !(want == IACHRP_YAML_FLOAT &&
			    kind == IACHRP_YAML_SPECIAL)) {
				fail_at(r, err, IACHR_E_SYNTAX,
				    ev->start_mark, "not a valid !!%s",
				    scalar_tags[i]);
				return NULL;
			}
		}
	}
	if (kind == IACHRP_YAML_STR && memchr(s, '\0', n) != NULL) {
		fail_at(r, err, IACHR_E_SYNTAX, ev->start_mark, "%s",
		    IACHRP_NUL_STRING);
		return NULL;
	}
	if (kind == IACHRP_YAML_STR) {
		/*
		 * libyaml hands out valid UTF-8 only: its reader rejects
		 * malformed, overlong and surrogate sequences in the input,
		 * its scanner escapes that name a surrogate or go beyond
		 * U+10FFFF; jansson need not check every string again.
		 */
		if ((v = json_stringn_nocheck(s, n)) == NULL)
			no_memory(r, err);
		return v;
	}
	if ((v = iachrp_yaml_core_value(s, n, kind, &why)) == NULL)
		fail_at(r, err, strcmp(why, "out of memory") == 0 ?
		    IACHR_E_NOMEM : IACHR_E_INVALID, ev->start_mark, "%s",
		    why);
	return v;
}

/* A new anchor slot for name, its value still unknown; -1 on no memory. */
static long
anchor_begin(iachr_yaml_reader *r, const yaml_char_t *name)
{
	struct anchor *grown;
	size_t cap;

	if (r->n_anchors == r->anchors_cap) {
		cap = r->anchors_cap == 0 ? 16 : r->anchors_cap * 2;
		if ((grown = iachrp_realloc(r->anchors,
		    cap * sizeof(*grown))) == NULL)
			return -1;
		r->anchors = grown;
		r->anchors_cap = cap;
	}
	if (json_object_set_new_nocheck(r->anchor_index, (const char *)name,
	    json_integer((json_int_t)r->n_anchors)) != 0)
		return -1;
	memset(&r->anchors[r->n_anchors], 0, sizeof(r->anchors[0]));
	return (long)r->n_anchors++;
}

static struct anchor *
anchor_find(iachr_yaml_reader *r, const yaml_char_t *name)
{
	json_t *idx = json_object_get(r->anchor_index, (const char *)name);

	return idx != NULL ? &r->anchors[json_integer_value(idx)] : NULL;
}

/* The frame waiting for a key, or NULL. */
static struct frame *
wants_key(iachr_yaml_reader *r)
{
	struct frame *f;

	if (r->depth == 0)
		return NULL;
	f = &r->stack[r->depth - 1];
	return json_is_object(f->value) && f->key == NULL ? f : NULL;
}

/* Takes key (stolen) as the waiting key of mapping frame f. */
static int
set_key(iachr_yaml_reader *r, struct frame *f, json_t *key, int merge,
    yaml_mark_t mark, iachr_error_t *err)
{
	const char *s = json_string_value(key);
	size_t n = json_string_length(key);

	if (memchr(s, '\0', n) != NULL) {
		fail_at(r, err, IACHR_E_SYNTAX, mark, "%s", IACHRP_NUL_STRING);
		json_decref(key);
		return -1;
	}
	if (merge ? f->has_merge : json_object_getn(f->value, s, n) != NULL) {
		fail_at(r, err, IACHR_E_SYNTAX, mark, "duplicate key \"%s\"",
		    s);
		json_decref(key);
		return -1;
	}
	f->key = key;
	f->key_mark = mark;
	f->merge_pending = merge;
	f->has_merge |= merge;
	return 0;
}

/*
 * Places a finished value (stolen) of the given size into its parent, or
 * makes it the document's value.
 */
static int
place(iachr_yaml_reader *r, json_t *v, unsigned long long bytes,
    size_t height, yaml_mark_t mark, iachr_error_t *err)
{
	struct frame *f;
	struct spot *grown;
	json_t *it;
	size_t i, cap;
	int rc;

	if (r->depth == 0) {
		r->result = v;
		return 0;
	}
	f = &r->stack[r->depth - 1];
	if (r->n_spots == r->spots_cap) {
		cap = r->spots_cap == 0 ? 256 : r->spots_cap * 2;
		if ((grown = iachrp_realloc(r->spots,
		    cap * sizeof(*grown))) == NULL) {
			json_decref(v);
			no_memory(r, err);
			return -1;
		}
		r->spots = grown;
		r->spots_cap = cap;
	}
	if (!f->merge_pending) {
		if (json_is_object(f->value))
			mark = f->key_mark;
		r->spots[r->n_spots].parent = f->value;
		r->spots[r->n_spots].index = json_is_object(f->value) ?
		    json_object_size(f->value) : json_array_size(f->value);
		r->spots[r->n_spots].line = mark.line;
		r->spots[r->n_spots].column = mark.column;
		r->n_spots++;
	}
	if (json_is_array(f->value)) {
		rc = json_array_append_new(f->value, v);
	} else if (f->merge_pending) {
		json_array_foreach(v, i, it)
			if (!json_is_object(it))
				break;
		if (!json_is_object(v) && !(json_is_array(v) &&
		    i == json_array_size(v))) {
			json_decref(v);
			fail_at(r, err, IACHR_E_SYNTAX, mark, "%s",
			    "the value of a merge key (<<) must be a mapping "
			    "or a sequence of mappings");
			return -1;
		}
		if (f->merges == NULL && (f->merges = json_array()) == NULL) {
			json_decref(v);
			rc = -1;
		} else {
			rc = json_array_append_new(f->merges, v);
		}
		f->merge_bytes = sat_add(f->merge_bytes, bytes);
		json_decref(f->key);
	} else {
		rc = json_object_setn_new_nocheck(f->value,
		    json_string_value(f->key), json_string_length(f->key), v);
		bytes = sat_add(bytes,
		    node_bytes(json_string_length(f->key)));
		json_decref(f->key);
	}
	f->key = NULL;
	f->merge_pending = 0;
	f->bytes = sat_add(f->bytes, bytes);
	if (height + 1 > f->height)
		f->height = height + 1;
	if (rc != 0)
		no_memory(r, err);
	return rc;
}

/*
 * Lines of a flow collection inside a block collection must be indented
 * more than the block collection; libyaml does not check this.
 */
static int
check_flow_indent(iachr_yaml_reader *r, yaml_mark_t mark, iachr_error_t *err)
{
	struct frame *f;

	if (r->depth == 0)
		return 0;
	f = &r->stack[r->depth - 1];
	if (!f->flow || mark.line <= f->flow_line ||
	    (long)mark.column > f->indent)
		return 0;
	fail_at(r, err, IACHR_E_SYNTAX, mark, "%s",
	    "flow content must be indented more than its block collection");
	return -1;
}

static int
on_scalar(iachr_yaml_reader *r, const yaml_event_t *ev, iachr_error_t *err)
{
	struct frame *f = wants_key(r);
	const char *s = (const char *)ev->data.scalar.value;
	size_t n = ev->data.scalar.length;
	json_t *v, *text = NULL;
	struct anchor *a;
	long idx;
	int merge;

	if (check_flow_indent(r, ev->start_mark, err) != 0)
		return -1;
	/*
	 * A plain scalar cannot be a lone "-" (it must be followed by a safe
	 * character); libyaml lets one through in flow collections ("[-]").
	 */
	if (ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && n == 1 &&
	    s[0] == '-') {
		fail_at(r, err, IACHR_E_SYNTAX, ev->start_mark, "%s",
		    "a plain scalar cannot be a lone \"-\"");
		return -1;
	}
	if (f != NULL || ev->data.scalar.anchor != NULL) {
		/* UTF-8 already checked: see scalar_value(). */
		if ((text = json_stringn_nocheck(s, n)) == NULL) {
			no_memory(r, err);
			return -1;
		}
	}
	if (f != NULL) {
		/* A key's typed value matters only if it is aliased. */
		v = ev->data.scalar.anchor != NULL ?
		    scalar_value(r, ev, NULL) : NULL;
		if (ev->data.scalar.anchor != NULL && v == NULL)
			v = json_incref(text);
	} else if ((v = scalar_value(r, ev, err)) == NULL) {
		json_decref(text);
		return -1;
	}
	if (ev->data.scalar.anchor != NULL) {
		if ((idx = anchor_begin(r, ev->data.scalar.anchor)) < 0) {
			json_decref(v);
			json_decref(text);
			no_memory(r, err);
			return -1;
		}
		a = &r->anchors[idx];
		a->value = json_incref(v);
		a->key = json_incref(text);
		a->bytes = node_bytes(n);
	}
	if (f != NULL) {
		json_decref(v);
		merge = ev->data.scalar.tag == NULL &&
		    ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
		    n == 2 && memcmp(s, "<<", 2) == 0;
		return set_key(r, f, text, merge, ev->start_mark, err);
	}
	json_decref(text);
	return place(r, v, node_bytes(n), 0, ev->start_mark, err);
}

/*
 * Each alias writes its anchor's node again, and the JSON written for a
 * document grows with it: what aliases and merge keys add may not pass
 * IACHR_YAML_EXPAND_FACTOR times the document's characters read so far,
 * or IACHR_YAML_EXPAND_FLOOR for a short one, so that output stays
 * proportional to input.
 */
static int
check_budget(iachr_yaml_reader *r, yaml_mark_t mark, iachr_error_t *err)
{
	unsigned long long read = mark.index - r->doc_start, limit;

	limit = read > IACHR_YAML_EXPAND_FLOOR / IACHR_YAML_EXPAND_FACTOR ?
	    read * IACHR_YAML_EXPAND_FACTOR : IACHR_YAML_EXPAND_FLOOR;
	if (r->expanded <= limit)
		return 0;
	iachr_error_set(err, IACHR_E_LIMIT, r->source, (int)mark.line + 1,
	    (int)mark.column + 1, -1, "aliases expand the document past %llu "
	    "bytes (the larger of %llu MiB and %llu times its size so far)",
	    limit, IACHR_YAML_EXPAND_FLOOR >> 20, IACHR_YAML_EXPAND_FACTOR);
	return -1;
}

static int
on_alias(iachr_yaml_reader *r, const yaml_event_t *ev, iachr_error_t *err)
{
	const yaml_char_t *name = ev->data.alias.anchor;
	struct anchor *a = anchor_find(r, name);
	struct frame *f = wants_key(r);

	if (check_flow_indent(r, ev->start_mark, err) != 0)
		return -1;
	if (a == NULL) {
		fail_at(r, err, IACHR_E_SYNTAX, ev->start_mark,
		    "undefined alias \"%s\"", (const char *)name);
		return -1;
	}
	if (a->value == NULL) {
		fail_at(r, err, IACHR_E_INVALID, ev->start_mark,
		    "alias \"%s\" refers to a node that contains it",
		    (const char *)name);
		return -1;
	}
	if (f != NULL) {
		if (a->key == NULL) {
			fail_at(r, err, IACHR_E_INVALID, ev->start_mark,
			    "%s", "a mapping or sequence cannot be a key");
			return -1;
		}
		return set_key(r, f, json_incref(a->key), 0, ev->start_mark,
		    err);
	}
	r->expanded = sat_add(r->expanded, a->bytes);
	if (check_budget(r, ev->start_mark, err) != 0)
		return -1;
	if (r->depth + a->height > IACHR_YAML_MAX_DEPTH) {
		iachr_error_set(err, IACHR_E_LIMIT, r->source,
		    (int)ev->start_mark.line + 1,
		    (int)ev->start_mark.column + 1, -1,
		    "nesting deeper than %d", IACHR_YAML_MAX_DEPTH);
		return -1;
	}
	return place(r, json_incref(a->value), a->bytes, a->height,
	    ev->start_mark, err);
}

static int
on_start(iachr_yaml_reader *r, const yaml_event_t *ev, iachr_error_t *err)
{
	int is_map = ev->type == YAML_MAPPING_START_EVENT;
	const yaml_char_t *tag = is_map ? ev->data.mapping_start.tag :
	    ev->data.sequence_start.tag;
	const yaml_char_t *anchor = is_map ? ev->data.mapping_start.anchor :
	    ev->data.sequence_start.anchor;
	const char *bad = misplaced_tag(tag, is_map ? "map" : "seq");
	int flow = is_map ?
	    ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE :
	    ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
	struct frame *f, *grown, *up;
	size_t cap;

	if (check_flow_indent(r, ev->start_mark, err) != 0)
		return -1;
	if (wants_key(r) != NULL) {
		fail_at(r, err, IACHR_E_INVALID, ev->start_mark, "%s",
		    "a mapping or sequence cannot be a key");
		return -1;
	}
	if (bad != NULL) {
		fail_at(r, err, IACHR_E_SYNTAX, ev->start_mark,
		    "tag !!%s on a collection", bad);
		return -1;
	}
	if (r->depth >= IACHR_YAML_MAX_DEPTH) {
		iachr_error_set(err, IACHR_E_LIMIT, r->source,
		    (int)ev->start_mark.line + 1,
		    (int)ev->start_mark.column + 1, -1,
		    "nesting deeper than %d", IACHR_YAML_MAX_DEPTH);
		/*
		 * Skipping the rest would make libyaml scan all of it, in
		 * time that grows with the square of the depth.
		 */
		r->abandon = 1;
		return -1;
	}
	if (r->depth == r->stack_cap) {
		cap = r->stack_cap == 0 ? 16 : r->stack_cap * 2;
		if ((grown = iachrp_realloc(r->stack, cap * sizeof(*grown))) ==
		    NULL) {
			no_memory(r, err);
			return -1;
		}
		r->stack = grown;
		r->stack_cap = cap;
	}
	f = &r->stack[r->depth];
	memset(f, 0, sizeof(*f));
	f->anchor = -1;
	f->bytes = node_bytes(0);
	f->start = ev->start_mark;
	up = r->depth > 0 ? &r->stack[r->depth - 1] : NULL;
	f->flow = flow;
	if (!flow) {
		f->indent = (long)ev->start_mark.column;
	} else if (up != NULL && up->flow) {
		f->indent = up->indent;
		f->flow_line = up->flow_line;
	} else {
		f->indent = up != NULL ? up->indent : -1;
		f->flow_line = ev->start_mark.line;
	}
	if ((f->value = is_map ? json_object() : json_array()) == NULL ||
	    (anchor != NULL && (f->anchor = anchor_begin(r, anchor)) < 0)) {
		json_decref(f->value);
		no_memory(r, err);
		return -1;
	}
	r->depth++;
	return 0;
}

/* Adds the keys of the merged mappings that the mapping lacks. */
static int
apply_merges(iachr_yaml_reader *r, struct frame *f, yaml_mark_t mark,
    iachr_error_t *err)
{
	json_t *src, *it;
	size_t i, j;

	r->expanded = sat_add(r->expanded, f->merge_bytes);
	if (check_budget(r, mark, err) != 0)
		return -1;
	json_array_foreach(f->merges, i, src) {
		if (json_is_object(src)) {
			if (json_object_update_missing(f->value, src) != 0)
				goto nomem;
			continue;
		}
		json_array_foreach(src, j, it)
			if (json_object_update_missing(f->value, it) != 0)
				goto nomem;
	}
	return 0;
nomem:
	no_memory(r, err);
	return -1;
}

static int
on_end(iachr_yaml_reader *r, const yaml_event_t *ev, iachr_error_t *err)
{
	struct frame f = r->stack[r->depth - 1];
	struct anchor *a;

	r->depth--;
	if (f.merges != NULL && apply_merges(r, &f, ev->start_mark, err) != 0) {
		json_decref(f.merges);
		json_decref(f.value);
		return -1;
	}
	json_decref(f.merges);
	if (f.anchor >= 0) {
		a = &r->anchors[f.anchor];
		a->value = json_incref(f.value);
		a->bytes = f.bytes;
		a->height = f.height;
	}
	return place(r, f.value, f.bytes, f.height, f.start, err);
}

/*
 * libyaml lets directives follow a document that was not ended with
 * "...", which YAML forbids: the directives would be taken as content.
 */
static int
check_directives(iachr_yaml_reader *r, const yaml_event_t *ev,
    iachr_error_t *err)
{
	if (!r->open_ended || (ev->data.document_start.version_directive ==
	    NULL && ev->data.document_start.tag_directives.start ==
	    ev->data.document_start.tag_directives.end))
		return 0;
	fail_at(r, err, IACHR_E_SYNTAX, ev->start_mark, "%s",
	    "directives must follow a document end marker (...)");
	return -1;
}

/* Reads events up to the end of the current document. */
static int
skip_document(iachr_yaml_reader *r, iachr_error_t *err)
{
	yaml_event_t ev;
	yaml_event_type_t type;

	reset_document(r);
	do {
		if (yaml_parser_parse(&r->parser, &ev) == 0) {
			parser_failed(r, err);
			r->state = DEAD;
			return IACHR_FATAL;
		}
		type = ev.type;
		if (type == YAML_DOCUMENT_END_EVENT)
			r->open_ended = ev.data.document_end.implicit;
		yaml_event_delete(&ev);
	} while (type != YAML_DOCUMENT_END_EVENT &&
	    type != YAML_STREAM_END_EVENT);
	if (type == YAML_STREAM_END_EVENT)
		r->state = ENDED;
	return IACHR_FAILED;
}

int
iachr_yaml_reader_next(iachr_yaml_reader *r, json_t **out,
    iachr_error_t *err)
{
	yaml_event_t ev;
	int rc;

	*out = NULL;
	if (r->state == ENDED)
		return IACHR_EOF;
	if (r->state == DEAD)
		return IACHR_FATAL;
	for (;;) {
		if (yaml_parser_parse(&r->parser, &ev) == 0) {
			parser_failed(r, err);
			reset_document(r);
			r->state = DEAD;
			return IACHR_FATAL;
		}
		rc = 0;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			yaml_event_delete(&ev);
			r->state = ENDED;
			return IACHR_EOF;
		case YAML_DOCUMENT_START_EVENT:
			reset_document(r);
			r->n_spots = 0;
			r->doc_line = (long)ev.start_mark.line + 1;
			r->doc_start = ev.start_mark.index;
			rc = check_directives(r, &ev, err);
			break;
		case YAML_DOCUMENT_END_EVENT:
			r->open_ended = ev.data.document_end.implicit;
			yaml_event_delete(&ev);
			*out = r->result != NULL ? r->result : json_null();
			r->result = NULL;
			reset_document(r);
			return IACHR_OK;
		case YAML_SCALAR_EVENT:
			rc = on_scalar(r, &ev, err);
			break;
		case YAML_ALIAS_EVENT:
			rc = on_alias(r, &ev, err);
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			rc = on_start(r, &ev, err);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			rc = on_end(r, &ev, err);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
		if (rc != 0 && r->abandon) {
			reset_document(r);
			r->state = DEAD;
			return IACHR_FATAL;
		}
		if (rc != 0)
			return skip_document(r, err);
	}
}

/* The next reference token of a JSON Pointer, unescaped, into buf. */
static const char *
next_token(const char *p, char *buf, size_t size, size_t *len)
{
	size_t n = 0;

	for (p++; *p != '\0' && *p != '/'; p++) {
		if (*p == '~' && (p[1] == '0' || p[1] == '1'))
			buf[n] = *++p == '0' ? '~' : '/';
		else
			buf[n] = *p;
		if (n + 1 < size)
			n++;
	}
	buf[n] = '\0';
	*len = n;
	return p;
}

int
iachr_yaml_reader_locate(const iachr_yaml_reader *r, const json_t *doc,
    const char *pointer, long *line, long *column)
{
	char token[1024];
	const char *key, *p = pointer;
	json_t *cur = (json_t *)(uintptr_t)doc, *child, *it;
	size_t len, index, i;
	int found = 0;

	while (p != NULL && *p == '/' && cur != NULL) {
		p = next_token(p, token, sizeof(token), &len);
		child = NULL;
		index = 0;
		if (json_is_object(cur)) {
			json_object_keylen_foreach(cur, key, i, it) {
				if (i == len && memcmp(key, token, len) == 0) {
					child = it;
					break;
				}
				index++;
			}
		} else if (json_is_array(cur) && len > 0 &&
		    strspn(token, "0123456789") == len) {
			index = strtoul(token, NULL, 10);
			child = json_array_get(cur, index);
		}
		if (child == NULL)
			break;
		for (i = 0; i < r->n_spots; i++) {
			if (r->spots[i].parent == cur &&
			    r->spots[i].index == index) {
				*line = (long)r->spots[i].line + 1;
				*column = (long)r->spots[i].column + 1;
				found = 1;
				break;
			}
		}
		cur = child;
	}
	return found ? 0 : -1;
}
