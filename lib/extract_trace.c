/*
 * The trace of an extraction: each rule family records, where it
 * decides, the words a fact came from and the rule that took it.  The
 * explanation then gives each field of the record its spans in the
 * input file, its rule, or why it is null.
 */
#include <stdlib.h>
#include <string.h>

#include "extract_private.h"

struct event {
	const char *field;
	const char *rule;
	const char *key;	/* NULL, or kept only when in the value */
	long para;
	size_t start;
	size_t end;
};

struct iachrp_trace {
	struct event *ev;
	size_t n;
	size_t cap;
};

struct iachrp_trace *
iachrp_trace_new(void)
{
	return iachrp_calloc(1, sizeof(struct iachrp_trace));
}

void
iachrp_trace_free(struct iachrp_trace *trace)
{
	if (trace == NULL)
		return;
	iachrp_free(trace->ev);
	iachrp_free(trace);
}

void
iachrp_trace_candidate(const struct iachrp_doc *doc, const char *field,
    long para, size_t start, size_t end, const char *rule, const char *key)
{
	struct iachrp_trace *t = doc->trace;
	struct event *tmp;

	if (t == NULL)
		return;
	if (t->n == t->cap) {
		size_t cap = t->cap == 0 ? 64 : t->cap * 2;

		/* A lost span leaves the field unexplained, nothing worse. */
		if ((tmp = iachrp_realloc(t->ev, cap * sizeof(*tmp))) == NULL)
			return;
		t->ev = tmp;
		t->cap = cap;
	}
	t->ev[t->n].field = field;
	t->ev[t->n].rule = rule;
	t->ev[t->n].key = key;
	t->ev[t->n].para = para;
	t->ev[t->n].start = start;
	t->ev[t->n].end = end;
	t->n++;
}

void
iachrp_trace(const struct iachrp_doc *doc, const char *field, long para,
    size_t start, size_t end, const char *rule)
{
	iachrp_trace_candidate(doc, field, para, start, end, rule, NULL);
}

void
iachrp_trace_at(const struct iachrp_doc *doc, const char *field,
    const char *p, size_t len, const char *rule, const char *key)
{
	size_t i;

	if (doc->trace == NULL)
		return;
	for (i = 0; i < doc->npara; i++) {
		const struct iachrp_para *q = &doc->para[i];
		const char *base = p >= q->s && p <= q->s + q->len ? q->s :
		    p >= q->f && p <= q->f + q->len ? q->f : NULL;

		if (base != NULL) {
			iachrp_trace_candidate(doc, field, (long)i,
			    (size_t)(p - base), (size_t)(p - base) + len, rule,
			    key);
			return;
		}
	}
}

void
iachrp_trace_string(const struct iachrp_doc *doc, const char *field,
    const char *want, size_t len, const char *rule)
{
	size_t k;
	const char *at, *end;

	if (len == 0)
		return;
	for (k = 0; k < doc->npara; k++)
		for (at = strchr(doc->para[k].s, want[0]); at != NULL;
		    at = strchr(at + 1, want[0]))
			if (strncmp(at, want, len) == 0) {
				iachrp_trace_at(doc, field, at, len, rule,
				    NULL);
				return;
			}
	for (end = want; end < want + len && !((*end == ';' || *end == ':') &&
	    end[1] == ' '); end++)
		;
	if (end < want + len) {
		iachrp_trace_string(doc, field, want, (size_t)(end - want),
		    rule);
		iachrp_trace_string(doc, field, end + 2,
		    len - (size_t)(end + 2 - want), rule);
	}
}

/* Whether key, as a JSON string, is part of value. */
static int
key_in(const char *key, const json_t *value)
{
	char *dump = json_dumps(value, JSON_COMPACT | JSON_ENCODE_ANY);
	size_t n = strlen(key);
	const char *p;
	int found = 0;

	for (p = dump; p != NULL && !found && (p = strchr(p, '"')) != NULL;
	    p++)
		found = strncmp(p + 1, key, n) == 0 && p[n + 1] == '"';
	free(dump);
	return found;
}

static json_t *
span_json(const struct iachrp_doc *doc, long para, size_t start, size_t end,
    const unsigned char *in, size_t len)
{
	struct iachrp_place pl;

	if (iachrp_map_span(doc, para, start, end, in, len, &pl) != 0)
		return NULL;
	return json_pack("{s:i, s:i, s:I, s:I, s:s%}", "line", pl.line,
	    "col", pl.col, "start", (json_int_t)pl.start, "end",
	    (json_int_t)pl.end, "text", doc->para[para].s + start,
	    end - start);
}

/* Appends span to spans unless an equal one is there; steals span. */
static void
add_span(json_t *spans, json_t *span)
{
	size_t i;
	json_t *v;

	if (span == NULL)
		return;
	json_array_foreach(spans, i, v)
		if (json_equal(v, span)) {
			json_decref(span);
			return;
		}
	json_array_append_new(spans, span);
}

/* Rules of the fields no rule family decides. */
static const struct {
	const char *field;
	const char *rule;
	const char *from;	/* the field whose spans it shares, or NULL */
} derived[] = {
	{ "schema", "constant: the record schema", NULL },
	{ "id", "derived: resolution, else measure, else press release "
	  "number, else the input's SHA-256", NULL },
	{ "language", "most function words of the language", NULL },
	{ "collective", "derived: true when a beneficiary is a group",
	  "beneficiaries" },
	{ "text", "every paragraph of the body", NULL },
	{ "source", "the input file as read", NULL },
};

static const char *
derived_rule(const char *field, const char **from)
{
	size_t i;

	*from = NULL;
	for (i = 0; i < sizeof(derived) / sizeof(derived[0]); i++)
		if (strcmp(derived[i].field, field) == 0) {
			*from = derived[i].from;
			return derived[i].rule;
		}
	return NULL;
}

/* The spans and rules traced for field, with value the record's. */
static void
gather(const struct iachrp_doc *doc, const char *field, const json_t *value,
    const unsigned char *in, size_t len, json_t *spans, char *rules,
    size_t size)
{
	const struct iachrp_trace *t = doc->trace;
	size_t i;

	for (i = 0; i < t->n; i++) {
		const struct event *e = &t->ev[i];

		if (strcmp(e->field, field) != 0 ||
		    (e->key != NULL && !key_in(e->key, value)))
			continue;
		add_span(spans, span_json(doc, e->para, e->start, e->end, in,
		    len));
		if (strstr(rules, e->rule) != NULL)
			continue;
		if (rules[0] != '\0')
			strncat(rules, "; ", size - strlen(rules) - 1);
		strncat(rules, e->rule, size - strlen(rules) - 1);
	}
}

/* Null, an empty list or an object of nulls: nothing the text stated. */
static int
is_empty(const json_t *value)
{
	const char *key;
	const json_t *v;

	if (json_is_object(value)) {
		json_object_foreach((json_t *)value, key, v)
			if (!json_is_null(v))
				return 0;
		return 1;
	}
	return json_is_null(value) || (json_is_array(value) &&
	    json_array_size(value) == 0);
}

json_t *
iachrp_trace_explain(const struct iachrp_doc *doc, const json_t *rec,
    const unsigned char *in, size_t len)
{
	json_t *list = json_array(), *value, *spans;
	const char *field, *rule, *from;
	char rules[512];
	size_t i;

	json_object_foreach((json_t *)rec, field, value) {
		if (list == NULL || (spans = json_array()) == NULL)
			break;
		rules[0] = '\0';
		rule = derived_rule(field, &from);
		gather(doc, from != NULL ? from : field, from != NULL ?
		    json_object_get(rec, from) : value, in, len, spans, rules,
		    sizeof(rules));
		if (strcmp(field, "text") == 0)
			for (i = 0; i < doc->npara; i++)
				if (doc->para[i].kind == IACHRP_BODY)
					add_span(spans, span_json(doc, (long)i,
					    0, doc->para[i].len, in, len));
		if (rule == NULL)
			rule = rules[0] != '\0' ? rules : is_empty(value) ?
			    "no cue: the text states no such fact" :
			    "not traced";
		json_array_append_new(list, json_pack("{s:s, s:O, s:o, s:s}",
		    "field", field, "value", value, "spans", spans, "rule",
		    rule));
	}
	return list;
}
