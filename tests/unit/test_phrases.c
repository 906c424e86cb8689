/*
 * Phrase-level cases as data: each line of tests/phrases/LANG.tsv is a
 * short release and the facts its record must hold (see
 * tests/phrases/README).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract_helper.h"

#define PHRASES_DIR "tests/phrases"

/* Appends s to buf (of size bytes), cutting it short when full. */
static void
append(char *buf, size_t size, const char *s)
{
	strncat(buf, s, size - strlen(buf) - 1);
}

/*
 * A record value as the cases write it: strings as they are, arrays
 * joined by "|" (objects of an array by their name), JSON for the rest.
 */
static void
render(json_t *v, char *buf, size_t size)
{
	char *dump;
	size_t i;
	json_t *e;

	buf[0] = '\0';
	if (v == NULL) {
		append(buf, size, "null");	/* no such member */
		return;
	}
	if (json_is_string(v)) {
		append(buf, size, json_string_value(v));
		return;
	}
	if (json_is_array(v)) {
		json_array_foreach(v, i, e) {
			json_t *name = json_object_get(e, "name");
			char part[1024];

			if (i > 0)
				append(buf, size, "|");
			render(json_is_string(name) ? name : e, part,
			    sizeof(part));
			append(buf, size, part);
		}
		return;
	}
	dump = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	append(buf, size, dump != NULL ? dump : "?");
	free(dump);
}

/* The member at a dotted path ("state.code"), or NULL. */
static json_t *
member(json_t *rec, const char *path)
{
	char key[64];
	const char *dot;
	size_t n;

	while ((dot = strchr(path, '.')) != NULL) {
		n = (size_t)(dot - path);
		if (n >= sizeof(key))
			return NULL;
		memcpy(key, path, n);
		key[n] = '\0';
		rec = json_object_get(rec, key);
		path = dot + 1;
	}
	return json_object_get(rec, path);
}

/* Whether a field is a check, "key=value", rather than text. */
static int
is_check(const char *field)
{
	const char *p = field;

	while ((*p >= 'a' && *p <= 'z') || *p == '_' || *p == '.')
		p++;
	return p > field && *p == '=';
}

/* Turns each "\\n" of a text field into a line break, in place. */
static char *
line_breaks(char *s)
{
	char *r = s, *w = s;

	while (*r != '\0') {
		if (r[0] == '\\' && r[1] == 'n') {
			*w++ = '\n';
			r += 2;
		} else
			*w++ = *r++;
	}
	*w = '\0';
	return s;
}

/* Runs the case of one line; returns the number of checks made. */
static int
run_case(const char *file, int lineno, char *line)
{
	char *field[16], *text[3] = { NULL, NULL, NULL };
	int nfield = 0, ntext = 0, i, checks = 0;
	char *p = line, got[4096];
	json_t *rec;

	while (nfield < 16) {
		field[nfield++] = p;
		if ((p = strchr(p, '\t')) == NULL)
			break;
		*p++ = '\0';
	}
	for (i = 0; i < nfield && !is_check(field[i]); i++)
		if (ntext < 3)
			text[ntext++] = line_breaks(field[i]);
	cr_assert(ntext >= 2 && i < nfield,
	    "%s:%d: want headline, lead, [more,] then checks", file, lineno);
	rec = xt_record(xt_release(text[0], text[1], text[2]));
	for (; i < nfield; i++) {
		char *eq = strchr(field[i], '=');

		cr_assert(is_check(field[i]), "%s:%d: not a check: %s", file,
		    lineno, field[i]);
		*eq = '\0';
		render(member(rec, field[i]), got, sizeof(got));
		cr_expect_str_eq(got, eq + 1, "%s:%d: %s: want \"%s\", got "
		    "\"%s\"", file, lineno, field[i], eq + 1, got);
		checks++;
	}
	json_decref(rec);
	return checks;
}

static int
run_file(const char *path)
{
	char line[8192];
	int lineno = 0, cases = 0;
	FILE *fp = fopen(path, "r");

	cr_assert_not_null(fp, "%s: cannot open", path);
	while (fgets(line, sizeof(line), fp) != NULL) {
		size_t n = strlen(line);

		lineno++;
		cr_assert(n > 0 && line[n - 1] == '\n', "%s:%d: line too long "
		    "or without its newline", path, lineno);
		line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		cr_assert_gt(run_case(path, lineno, line), 0,
		    "%s:%d: no check", path, lineno);
		cases++;
	}
	fclose(fp);
	return cases;
}

Test(phrases, every_case_of_every_language)
{
	DIR *dir = opendir(PHRASES_DIR);
	struct dirent *e;
	char path[512];
	int files = 0;

	cr_assert_not_null(dir, "%s: cannot open", PHRASES_DIR);
	while ((e = readdir(dir)) != NULL) {
		size_t n = strlen(e->d_name);

		if (n < 5 || strcmp(e->d_name + n - 4, ".tsv") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", PHRASES_DIR, e->d_name);
		cr_expect_gt(run_file(path), 0, "%s: no case", path);
		files++;
	}
	closedir(dir);
	cr_assert_geq(files, 4, "%s: want one file per language",
	    PHRASES_DIR);
}
