/*
 * The YAML reader: typing of plain scalars, tags, numbers, keys, aliases
 * and their budget, merge keys, limits and error positions.
 */
#include <stdio.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_yaml.h"

struct doc {
	FILE *fp;
	iachr_yaml_reader *r;
	iachr_error_t err;
};

static void
open_doc(struct doc *d, const char *text, size_t len)
{
	d->fp = fmemopen((void *)text, len, "r");
	cr_assert_not_null(d->fp);
	d->r = iachr_yaml_reader_new(d->fp, "in.yaml");
	cr_assert_not_null(d->r);
	iachr_error_init(&d->err);
}

static void
close_doc(struct doc *d)
{
	iachr_yaml_reader_free(d->r);
	fclose(d->fp);
}

/* The first document of text as compact JSON, or NULL if rejected. */
static char *
load(const char *text)
{
	struct doc d;
	json_t *v;
	char *s = NULL;

	open_doc(&d, text, strlen(text));
	if (iachr_yaml_reader_next(d.r, &v, &d.err) == IACHR_OK) {
		s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		json_decref(v);
	}
	close_doc(&d);
	return s;
}

static void
expect_json(const char *yaml, const char *want)
{
	char *got = load(yaml);

	cr_expect_not_null(got, "%s: rejected", yaml);
	if (got != NULL)
		cr_expect_str_eq(got, want, "%s", yaml);
	free(got);
}

/* The first document fails as want_status with the whole error pinned. */
static void
expect_error(const char *yaml, size_t len, int want_status, int code,
    int line, int column, long long offset, const char *text)
{
	struct doc d;
	json_t *v;

	open_doc(&d, yaml, len);
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), want_status,
	    "%.60s", yaml);
	cr_expect_null(v);
	cr_expect_eq(d.err.code, code, "%.60s: code %d", yaml, d.err.code);
	cr_expect_str_eq(d.err.source, "in.yaml");
	cr_expect_eq(d.err.line, line, "%.60s: line %d", yaml, d.err.line);
	cr_expect_eq(d.err.column, column, "%.60s: column %d", yaml,
	    d.err.column);
	cr_expect_eq(d.err.offset, offset, "%.60s: offset %lld", yaml,
	    d.err.offset);
	cr_expect_str_eq(d.err.text, text);
	close_doc(&d);
}

Test(yaml_load, core_schema_typing_of_plain_scalars)
{
	expect_json("[null, Null, NULL, ~, ]", "[null,null,null,null]");
	expect_json("k:", "{\"k\":null}");
	expect_json("[true, True, TRUE, false, FALSE]",
	    "[true,true,true,false,false]");
	expect_json("[0, -17, +5, 017, 0o17, 0x1F, 0xff]",
	    "[0,-17,5,17,15,31,255]");
	expect_json("[1.5, -.5, 1e3, 2.5E-3, 0.]",
	    "[1.5,-0.5,1000.0,0.0025000000000000001,0.0]");
	/* YAML 1.1-only forms stay strings. */
	expect_json("[yes, No, on, OFF, y, n, 0b101, 1_000, 12:30, 190:20:30,"
	    " 2021-07-25, 0o18, 0X1F, +0x1, .5e]",
	    "[\"yes\",\"No\",\"on\",\"OFF\",\"y\",\"n\",\"0b101\","
	    "\"1_000\",\"12:30\",\"190:20:30\",\"2021-07-25\",\"0o18\","
	    "\"0X1F\",\"+0x1\",\".5e\"]");
	/* Quoted and block scalars are strings. */
	expect_json("- \"1\"\n- 'true'\n- \"null\"\n- |\n  12\n",
	    "[\"1\",\"true\",\"null\",\"12\\n\"]");
}

Test(yaml_load, core_tags)
{
	expect_json("[!!str 1, !!str true, !!int \"12\", !!float 1, "
	    "!!float '0.5', !!bool \"false\", !!null '', !!str '']",
	    "[\"1\",\"true\",12,1.0,0.5,false,null,\"\"]");
	expect_json("!!map {a: !!seq [x]}", "{\"a\":[\"x\"]}");
	expect_json("[!local 12, !<tag:example.com,2000:x> true]",
	    "[\"12\",\"true\"]");
	expect_error("v: !!int abc\n", 12, IACHR_FAILED, IACHR_E_SYNTAX, 1, 4,
	    -1, "not a valid !!int");
	expect_error("!!map [a]\n", 10, IACHR_FAILED, IACHR_E_SYNTAX, 1, 1,
	    -1, "tag !!map on a collection");
	expect_error("!!seq a\n", 8, IACHR_FAILED, IACHR_E_SYNTAX, 1, 1, -1,
	    "tag !!seq on a scalar");
}

Test(yaml_load, numbers_exact_or_errors)
{
	expect_json("[9223372036854775807, -9223372036854775808]",
	    "[9223372036854775807,-9223372036854775808]");
	expect_json("[0.1, 0.10000000000000001, 1.7976931348623157e308]",
	    "[0.10000000000000001,0.10000000000000001,"
	    "1.7976931348623157e308]");
	expect_error("n: 9223372036854775808\n", 23, IACHR_FAILED,
	    IACHR_E_INVALID, 1, 4, -1, "integer out of range");
	expect_error("- 0x10000000000000000\n", 22, IACHR_FAILED,
	    IACHR_E_INVALID, 1, 3, -1, "integer out of range");
	expect_error("n: 1.00000000000000001\n", 23, IACHR_FAILED,
	    IACHR_E_INVALID, 1, 4, -1,
	    "number cannot be held exactly as a double");
	expect_error("n: 1e-400\n", 10, IACHR_FAILED, IACHR_E_INVALID, 1, 4,
	    -1, "number cannot be held exactly as a double");
	expect_error("n: 1e400\n", 9, IACHR_FAILED, IACHR_E_INVALID, 1, 4,
	    -1, "number out of range");
	expect_error("n: -.inf\n", 9, IACHR_FAILED, IACHR_E_INVALID, 1, 4,
	    -1, "infinity and NaN have no JSON form");
}

Test(yaml_load, keys)
{
	expect_json("1: a\ntrue: b\nnull: c\n\"x\": d\n",
	    "{\"1\":\"a\",\"true\":\"b\",\"null\":\"c\",\"x\":\"d\"}");
	expect_json("&k key: v\nm: {*k : w}\n",
	    "{\"key\":\"v\",\"m\":{\"key\":\"w\"}}");
	expect_error("a: 1\nb: 2\na: 3\n", 15, IACHR_FAILED, IACHR_E_SYNTAX,
	    3, 1, -1, "duplicate key \"a\"");
	expect_error("{1: a, \"1\": b}", 14, IACHR_FAILED, IACHR_E_SYNTAX, 1,
	    8, -1, "duplicate key \"1\"");
	expect_error("? [a]\n: b\n", 10, IACHR_FAILED, IACHR_E_INVALID, 1, 3,
	    -1, "a mapping or sequence cannot be a key");
	expect_error("x: &m {a: 1}\n? *m\n: b\n", 22, IACHR_FAILED,
	    IACHR_E_INVALID, 2, 3, -1,
	    "a mapping or sequence cannot be a key");
}

Test(yaml_load, aliases_and_merge_keys)
{
	expect_json("a: &x [1, {b: 2}]\nc: *x\nd: &s str\ne: *s\n",
	    "{\"a\":[1,{\"b\":2}],\"c\":[1,{\"b\":2}],\"d\":\"str\","
	    "\"e\":\"str\"}");
	expect_json("b: &b {x: 1, y: 2}\no: &o {z: 0, x: 9}\n"
	    "m:\n  <<: [*b, *o]\n  y: 3\n",
	    "{\"b\":{\"x\":1,\"y\":2},\"o\":{\"z\":0,\"x\":9},"
	    "\"m\":{\"y\":3,\"x\":1,\"z\":0}}");
	expect_json("\"<<\": 1\n", "{\"<<\":1}");
	expect_error("a: *nope\n", 9, IACHR_FAILED, IACHR_E_SYNTAX, 1, 4, -1,
	    "undefined alias \"nope\"");
	expect_error("&a [1, *a]\n", 11, IACHR_FAILED, IACHR_E_INVALID, 1, 8,
	    -1, "alias \"a\" refers to a node that contains it");
	expect_error("m:\n  <<: 1\n", 11, IACHR_FAILED, IACHR_E_SYNTAX, 2, 7,
	    -1, "the value of a merge key (<<) must be a mapping or a "
	    "sequence of mappings");
	expect_error("m: {<<: {a: 1}, <<: {b: 2}}\n", 28, IACHR_FAILED,
	    IACHR_E_SYNTAX, 1, 17, -1, "duplicate key \"<<\"");
}

Test(yaml_load, nul_character_in_a_string_is_an_error)
{
	const char *nul = "NUL character (U+0000) in a string";

	expect_error("a: \"Pe\\0ru\"\n", 12, IACHR_FAILED, IACHR_E_SYNTAX,
	    1, 4, -1, nul);
	expect_error("- !!str \"\\0\"\n", 13, IACHR_FAILED, IACHR_E_SYNTAX,
	    1, 3, -1, nul);
	expect_error("\"k\\0\": 1\n", 9, IACHR_FAILED, IACHR_E_SYNTAX, 1, 1,
	    -1, nul);
	expect_json("a: \"\\\\0\"\n", "{\"a\":\"\\\\0\"}");
}

Test(yaml_load, alias_bomb_is_a_limit_error)
{
	const char *bomb =
	    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
	    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
	    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
	    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
	    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
	    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
	    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
	    "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
	    "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n"
	    "---\nafter: bomb\n";
	struct doc d;
	json_t *v;

	open_doc(&d, bomb, strlen(bomb));
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_FAILED);
	cr_expect_eq(d.err.code, IACHR_E_LIMIT);
	cr_expect_str_eq(d.err.text, "aliases expand the document past "
	    "16777216 bytes (the larger of 16 MiB and 32 times its size so "
	    "far)");
	cr_expect_eq(d.err.line, 7);
	cr_expect_eq(d.err.column, 24);
	/* The stream goes on after the bad document. */
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_OK);
	cr_expect_str_eq(json_string_value(json_object_get(v, "after")),
	    "bomb");
	cr_expect_eq(iachr_yaml_reader_line(d.r), 10);
	json_decref(v);
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_EOF);
	close_doc(&d);
}

Test(yaml_load, deep_nesting_is_a_limit_error)
{
	static char deep[100001];
	char alias_deep[4000];
	int i, n = 0;

	memset(deep, '[', sizeof(deep) - 1);
	expect_error(deep, sizeof(deep) - 1, IACHR_FATAL, IACHR_E_LIMIT, 1,
	    1001, -1, "nesting deeper than 1000");
	/* Aliases cannot stack past the limit either. */
	n += snprintf(alias_deep, sizeof(alias_deep), "a: &a ");
	for (i = 0; i < 600; i++)
		alias_deep[n++] = '[';
	for (i = 0; i < 600; i++)
		alias_deep[n++] = ']';
	n += snprintf(alias_deep + n, sizeof(alias_deep) - n, "\nb: ");
	for (i = 0; i < 500; i++)
		alias_deep[n++] = '[';
	n += snprintf(alias_deep + n, sizeof(alias_deep) - n, "*a");
	for (i = 0; i < 500; i++)
		alias_deep[n++] = ']';
	expect_error(alias_deep, (size_t)n, IACHR_FAILED, IACHR_E_LIMIT, 2,
	    504, -1, "nesting deeper than 1000");
}

Test(yaml_load, syntax_errors_end_the_stream_with_marks)
{
	struct doc d;
	json_t *v;

	expect_error("a: [1, 2\n", 9, IACHR_FATAL, IACHR_E_SYNTAX, 2, 1, -1,
	    "did not find expected ',' or ']' while parsing a flow sequence");
	expect_error("a: b: c\n", 8, IACHR_FATAL, IACHR_E_SYNTAX, 1, 5, -1,
	    "mapping values are not allowed in this context");
	expect_error("a: \"unterminated\n", 17, IACHR_FATAL, IACHR_E_SYNTAX,
	    2, 1, -1, "found unexpected end of stream while scanning a "
	    "quoted scalar");
	expect_error("a: \xff\n", 5, IACHR_FATAL, IACHR_E_ENCODING, 0, 0, 3,
	    "invalid leading UTF-8 octet at byte 3");
	open_doc(&d, "a: [1\n", 6);
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_FATAL);
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_FATAL);
	close_doc(&d);
}

Test(yaml_load, stream_of_documents)
{
	const char *text = "---\na: 1\n...\n%YAML 1.2\n---\n- x\n--- 7\n";
	struct doc d;
	json_t *v;

	open_doc(&d, text, strlen(text));
	cr_assert_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_OK);
	cr_expect_eq(json_integer_value(json_object_get(v, "a")), 1);
	cr_expect_eq(iachr_yaml_reader_line(d.r), 1);
	json_decref(v);
	cr_assert_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_OK);
	cr_expect_str_eq(json_string_value(json_array_get(v, 0)), "x");
	cr_expect_eq(iachr_yaml_reader_line(d.r), 4);
	json_decref(v);
	cr_assert_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_OK);
	cr_expect_eq(json_integer_value(v), 7);
	json_decref(v);
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_EOF);
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_EOF);
	cr_expect_eq(d.err.code, IACHR_E_NONE);
	close_doc(&d);
}

Test(yaml_load, directives_need_a_document_end_marker)
{
	struct doc d;
	json_t *v;
	const char *text = "a: 1\n%YAML 1.2\n---\nb: 2\n";

	open_doc(&d, text, strlen(text));
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_OK);
	json_decref(v);
	cr_expect_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_FAILED);
	cr_expect_eq(d.err.code, IACHR_E_SYNTAX);
	cr_expect_eq(d.err.line, 2);
	cr_expect_str_eq(d.err.text,
	    "directives must follow a document end marker (...)");
	close_doc(&d);
}

Test(yaml_load, locate_values_by_json_pointer)
{
	const char *text = "---\na: 1\nb:\n  - x\n  - {c: [1, 2], "
	    "\"d/e~f\": 3}\nm:\n  <<: {z: 1}\n  y: 2\n";
	static const struct {
		const char *pointer;
		long line, column;
	} cases[] = {
		{ "/a", 2, 1 }, { "/b", 3, 1 }, { "/b/1", 5, 5 },
		{ "/b/1/c/1", 5, 13 }, { "/b/1/d~1e~0f", 5, 17 },
		{ "/m/y", 8, 3 }, { "/m/z", 6, 1 },	/* merged: the map */
	};
	struct doc d;
	json_t *v;
	long line, column;
	size_t i;

	open_doc(&d, text, strlen(text));
	cr_assert_eq(iachr_yaml_reader_next(d.r, &v, &d.err), IACHR_OK);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		line = column = 0;
		cr_expect_eq(iachr_yaml_reader_locate(d.r, v,
		    cases[i].pointer, &line, &column), 0, "%s",
		    cases[i].pointer);
		cr_expect(line == cases[i].line &&
		    column == cases[i].column, "%s: %ld:%ld",
		    cases[i].pointer, line, column);
	}
	line = column = 7;
	cr_expect_eq(iachr_yaml_reader_locate(d.r, v, "/nope", &line,
	    &column), -1);
	cr_expect(line == 7 && column == 7);
	json_decref(v);
	close_doc(&d);
}

Test(yaml_load, faults_libyaml_lets_through)
{
	expect_error("[a, -]\n", 7, IACHR_FAILED, IACHR_E_SYNTAX, 1, 5, -1,
	    "a plain scalar cannot be a lone \"-\"");
	expect_error("key: [a,\nb]\n", 12, IACHR_FAILED, IACHR_E_SYNTAX, 2, 1,
	    -1, "flow content must be indented more than its block "
	    "collection");
	expect_json("[a,\nb]\n", "[\"a\",\"b\"]");
	expect_json("key: [a,\n b]\n", "{\"key\":[\"a\",\"b\"]}");
	expect_json("\"-\": -x\n", "{\"-\":\"-x\"}");
}
