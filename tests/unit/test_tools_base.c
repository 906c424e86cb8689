/*
 * What every tool must do: -h and --help print the same usage on stdout
 * and exit 0; --version names the tool and the libraries; a bad option
 * is a usage error (2); a missing file is an I/O error (2) named with
 * the file; a write error on stdout is an error (2).
 */
#include <sys/stat.h>

#include <sys/wait.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "harness.h"

struct tool {
	char name[256];
};

static void
free_tools(struct criterion_test_params *params)
{
	cr_free(params->params);
}

static size_t
list_tools(struct tool *tools, size_t max)
{
	struct dirent **names;
	char path[4096];
	struct stat st;
	size_t n = 0;
	int i, count;

	count = scandir(harness_bin_dir(), &names, NULL, alphasort);
	for (i = 0; i < count; i++) {
		snprintf(path, sizeof(path), "%s/%s", harness_bin_dir(),
		    names[i]->d_name);
		if (names[i]->d_name[0] != '.' && stat(path, &st) == 0 &&
		    S_ISREG(st.st_mode) && (st.st_mode & 0111) != 0) {
			if (tools != NULL && n < max)
				snprintf(tools[n].name, sizeof(tools[n].name),
				    "%s", names[i]->d_name);
			n++;
		}
		free(names[i]);
	}
	if (count >= 0)
		free(names);
	return n;
}

ParameterizedTestParameters(tools, base)
{
	size_t n = list_tools(NULL, 0);
	struct tool *tools = cr_calloc(n > 0 ? n : 1, sizeof(*tools));

	if (n == 0)
		snprintf(tools[0].name, sizeof(tools[0].name), "-");
	else
		list_tools(tools, n);
	return cr_make_param_array(struct tool, tools, n > 0 ? n : 1,
	    free_tools);
}

ParameterizedTest(struct tool *t, tools, base)
{
	const char *help_long[] = { "--help", NULL };
	const char *help_short[] = { "-h", NULL };
	const char *version[] = { "--version", NULL };
	const char *bad_option[] = { "--no-such-option", NULL };
	const char *missing[] = { "/nonexistent/input", NULL };
	struct run_result a, b;
	char want[600], cmd[4800];

	if (strcmp(t->name, "-") == 0)
		cr_skip_test("no tools built");

	cr_assert_eq(harness_run(t->name, help_long, NULL, NULL, &a), 0);
	cr_assert_eq(harness_run(t->name, help_short, NULL, NULL, &b), 0);
	cr_expect_eq(a.status, 0, "%s --help: status %d", t->name, a.status);
	cr_expect_eq(a.err_len, 0, "%s --help: stderr %s", t->name, a.err);
	snprintf(want, sizeof(want), "usage: %s ", t->name);
	cr_expect_eq(strncmp(a.out, want, strlen(want)), 0,
	    "%s --help: %s", t->name, a.out);
	cr_expect_str_eq(a.out, b.out, "%s: -h and --help differ", t->name);
	cr_expect_eq(b.status, 0);
	harness_result_free(&a);
	harness_result_free(&b);

	cr_assert_eq(harness_run(t->name, version, NULL, NULL, &a), 0);
	snprintf(want, sizeof(want), "%s (iachr-tools) ", t->name);
	cr_expect_eq(a.status, 0);
	cr_expect_eq(strncmp(a.out, want, strlen(want)), 0,
	    "%s --version: %s", t->name, a.out);
	cr_expect_not_null(strstr(a.out, "jansson "), "%s", a.out);
	harness_result_free(&a);

	cr_assert_eq(harness_run(t->name, bad_option, NULL, NULL, &a), 0);
	cr_expect_eq(a.status, 2, "%s --no-such-option: status %d", t->name,
	    a.status);
	cr_expect_eq(a.out_len, 0);
	cr_expect_not_null(strstr(a.err, "usage: "), "%s", a.err);
	snprintf(want, sizeof(want), "%s: ", t->name);
	cr_expect_eq(strncmp(a.err, want, strlen(want)), 0,
	    "%s: the message does not start with the name: %s", t->name,
	    a.err);
	harness_result_free(&a);

	cr_assert_eq(harness_run(t->name, missing, NULL, NULL, &a), 0);
	snprintf(want, sizeof(want), "%s: /nonexistent/input: "
	    "No such file or directory\n", t->name);
	cr_expect_eq(a.status, 2, "%s missing file: status %d", t->name,
	    a.status);
	cr_expect_str_eq(a.err, want);
	harness_result_free(&a);

	snprintf(cmd, sizeof(cmd), "'%s/%s' --version >/dev/full 2>/dev/null",
	    harness_bin_dir(), t->name);
	cr_expect_eq(WEXITSTATUS(system(cmd)), 2,
	    "%s: write error not reported", t->name);
}
