/*
 * Golden tests: each folder tests/golden/<tool>/<case>/ holds args (one
 * argument per line), input (stdin), expected.out, expected.err and
 * status (each optional: no arguments, empty stdin, empty output, exit
 * 0).  The tool runs in a private copy of the folder, under LC_ALL=C;
 * stdout, stderr and the status must match exactly.  The copy is kept
 * when the case fails.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "harness.h"

#define GOLDEN_DIR "tests/golden"

struct golden_case {
	char tool[256];
	char name[256];
};

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Calls fn for each subfolder name of path, in sorted order. */
static size_t
each_subdir(const char *path, void (*fn)(const char *, const char *, void *),
    void *arg)
{
	struct dirent **names;
	char child[2048];
	int i, n;
	size_t count = 0;

	if ((n = scandir(path, &names, NULL, alphasort)) < 0)
		return 0;
	for (i = 0; i < n; i++) {
		snprintf(child, sizeof(child), "%s/%s", path, names[i]->d_name);
		if (names[i]->d_name[0] != '.' && is_dir(child)) {
			fn(path, names[i]->d_name, arg);
			count++;
		}
		free(names[i]);
	}
	free(names);
	return count;
}

struct collect {
	struct golden_case *cases;
	size_t n;
	const char *tool;
};

static void
add_case(const char *parent, const char *name, void *arg)
{
	struct collect *c = arg;

	(void)parent;
	if (c->cases != NULL) {
		snprintf(c->cases[c->n].tool, sizeof(c->cases[c->n].tool),
		    "%s", c->tool);
		snprintf(c->cases[c->n].name, sizeof(c->cases[c->n].name),
		    "%s", name);
	}
	c->n++;
}

static void
add_tool(const char *parent, const char *tool, void *arg)
{
	struct collect *c = arg;
	char path[2048];

	snprintf(path, sizeof(path), "%s/%s", parent, tool);
	c->tool = tool;
	each_subdir(path, add_case, c);
}

static void
free_cases(struct criterion_test_params *params)
{
	cr_free(params->params);
}

ParameterizedTestParameters(golden, run)
{
	struct collect c = { NULL, 0, NULL };

	each_subdir(GOLDEN_DIR, add_tool, &c);
	/* An empty parameter array is an error for Criterion. */
	c.cases = cr_calloc(c.n > 0 ? c.n : 1, sizeof(*c.cases));
	c.n = 0;
	each_subdir(GOLDEN_DIR, add_tool, &c);
	if (c.n == 0)
		snprintf(c.cases[0].tool, sizeof(c.cases[0].tool), "-");
	return cr_make_param_array(struct golden_case, c.cases,
	    c.n > 0 ? c.n : 1, free_cases);
}

/* Reads the case's args file into a NULL-terminated vector. */
static char **
read_args(const char *dir, char **buf)
{
	char path[2048], *line, *save;
	char **argv;
	size_t n = 0;

	snprintf(path, sizeof(path), "%s/args", dir);
	argv = calloc(65, sizeof(*argv));
	if ((*buf = harness_read_file(path, NULL)) == NULL)
		return argv;
	for (line = strtok_r(*buf, "\n", &save); line != NULL && n < 64;
	    line = strtok_r(NULL, "\n", &save))
		argv[n++] = line;
	return argv;
}

static char *
read_expected(const char *dir, const char *file, size_t *len)
{
	char path[2048];
	char *text;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if ((text = harness_read_file(path, len)) == NULL) {
		text = strdup("");
		*len = 0;
	}
	return text;
}

ParameterizedTest(struct golden_case *gc, golden, run)
{
	char src[1024], work[] = "/tmp/iachr-golden.XXXXXX", cmd[2200];
	char input[1100], *args_buf = NULL, **args;
	char *want_out, *want_err, *want_status;
	size_t out_len, err_len;
	struct run_result res;
	int status, ok;

	if (strcmp(gc->tool, "-") == 0)
		cr_skip_test("no golden cases");
	snprintf(src, sizeof(src), "%s/%s/%s", GOLDEN_DIR, gc->tool, gc->name);
	cr_assert_not_null(mkdtemp(work));
	snprintf(cmd, sizeof(cmd), "cp -R '%s/.' '%s'", src, work);
	cr_assert_eq(system(cmd), 0);
	args = read_args(src, &args_buf);
	snprintf(input, sizeof(input), "%s/input", work);
	cr_assert_eq(harness_run(gc->tool, (const char *const *)args,
	    access(input, R_OK) == 0 ? input : NULL, work, &res), 0,
	    "%s/%s: cannot run", gc->tool, gc->name);
	want_out = read_expected(src, "expected.out", &out_len);
	want_err = read_expected(src, "expected.err", &err_len);
	want_status = read_expected(src, "status", &(size_t){ 0 });
	status = atoi(want_status);
	ok = res.status == status && res.out_len == out_len &&
	    memcmp(res.out, want_out, out_len) == 0 &&
	    res.err_len == err_len && memcmp(res.err, want_err, err_len) == 0;
	if (ok) {
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", work);
		cr_expect_eq(system(cmd), 0);
	}
	cr_expect_eq(res.status, status, "%s/%s: status %d, want %d",
	    gc->tool, gc->name, res.status, status);
	cr_expect(res.out_len == out_len &&
	    memcmp(res.out, want_out, out_len) == 0,
	    "%s/%s: stdout differs (kept in %s):\n%s", gc->tool, gc->name,
	    work, res.out);
	cr_expect(res.err_len == err_len &&
	    memcmp(res.err, want_err, err_len) == 0,
	    "%s/%s: stderr differs (kept in %s):\n%s", gc->tool, gc->name,
	    work, res.err);
	harness_result_free(&res);
	free(want_out);
	free(want_err);
	free(want_status);
	free(args_buf);
	free(args);
}
