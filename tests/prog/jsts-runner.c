/*
 * Runs the JSON-Schema-Test-Suite (draft 2020-12) against the validator:
 * every test of the files SUITE/tests/draft2020-12/NAME.json is
 * required, those under optional/ are counted and listed apart
 * ("format" ones with formats asserted).  http://localhost:1234/ is served from SUITE/remotes/.
 * Prints each failure and the counts; exits 1 when a required test fails.
 * usage: jsts-runner [-v] SUITE
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "iachr_record.h"
#include "iachr_schema.h"

#define REMOTE "http://localhost:1234/"

static const char *suite;
static int verbose;

struct counts {
	long passed, failed;
};

static json_t *
load_remote(void *arg, const char *uri)
{
	char path[4096];

	(void)arg;
	if (strncmp(uri, REMOTE, strlen(REMOTE)) != 0)
		return NULL;
	snprintf(path, sizeof(path), "%s/remotes/%s", suite,
	    uri + strlen(REMOTE));
	return json_load_file(path, JSON_ALLOW_NUL, NULL);
}

static void
run_file(const char *path, const char *name, int formats, struct counts *c)
{
	json_t *groups, *group, *test;
	iachr_validator *v;
	iachr_error_t err;
	size_t i, j;
	int got, want;
	long fails = 0, total = 0;

	if ((groups = json_load_file(path, JSON_ALLOW_NUL, NULL)) == NULL) {
		printf("%s: cannot read\n", path);
		c->failed++;
		return;
	}
	json_array_foreach(groups, i, group) {
		const char *desc = json_string_value(json_object_get(group,
		    "description"));
		json_t *tests = json_object_get(group, "tests");

		iachr_error_init(&err);
		v = iachr_validator_new(formats ? IACHR_VALIDATE_FORMATS : 0);
		iachr_validator_set_loader(v, load_remote, NULL);
		if (iachr_validator_add(v, "https://suite.test/schema.json",
		    json_object_get(group, "schema"), &err) != 0 ||
		    iachr_validator_use(v, "https://suite.test/schema.json",
		    &err) != 0) {
			printf("FAIL %s: %s: schema: %s\n", name, desc,
			    err.text);
			total += (long)json_array_size(tests);
			fails += (long)json_array_size(tests);
			iachr_validator_free(v);
			continue;
		}
		json_array_foreach(tests, j, test) {
			want = json_is_true(json_object_get(test, "valid"));
			got = iachr_validator_check(v, json_object_get(test,
			    "data"), NULL, NULL) == 0;
			total++;
			if (got != want) {
				fails++;
				printf("FAIL %s: %s: %s (expected %s)\n", name,
				    desc, json_string_value(json_object_get(
				    test, "description")),
				    want ? "valid" : "invalid");
			} else if (verbose)
				printf("ok %s: %s\n", name, desc);
		}
		iachr_validator_free(v);
	}
	json_decref(groups);
	c->passed += total - fails;
	c->failed += fails;
}

static void
run_dir(const char *dir, const char *prefix, int formats, struct counts *c)
{
	struct dirent **names;
	char path[4096], name[512];
	int i, n;
	size_t len;

	if ((n = scandir(dir, &names, NULL, alphasort)) < 0) {
		perror(dir);
		exit(2);
	}
	for (i = 0; i < n; i++) {
		len = strlen(names[i]->d_name);
		if (len > 5 && strcmp(names[i]->d_name + len - 5, ".json") ==
		    0) {
			snprintf(path, sizeof(path), "%s/%s", dir,
			    names[i]->d_name);
			snprintf(name, sizeof(name), "%s%s", prefix,
			    names[i]->d_name);
			run_file(path, name, formats, c);
		}
		free(names[i]);
	}
	free(names);
}

int
main(int argc, char **argv)
{
	struct counts req = { 0, 0 }, opt = { 0, 0 };
	char dir[4096];
	int ch;

	while ((ch = getopt(argc, argv, "v")) != -1) {
		switch (ch) {
		case 'v':
			verbose = 1;
			break;
		default:
			fprintf(stderr, "usage: jsts-runner [-v] SUITE\n");
			return 2;
		}
	}
	if (argc - optind != 1) {
		fprintf(stderr, "usage: jsts-runner [-v] SUITE\n");
		return 2;
	}
	suite = argv[optind];
	snprintf(dir, sizeof(dir), "%s/tests/draft2020-12", suite);
	run_dir(dir, "", 0, &req);
	printf("required: %ld passed, %ld failed\n", req.passed, req.failed);
	snprintf(dir, sizeof(dir), "%s/tests/draft2020-12/optional", suite);
	run_dir(dir, "optional/", 0, &opt);
	snprintf(dir, sizeof(dir), "%s/tests/draft2020-12/optional/format",
	    suite);
	run_dir(dir, "optional/format/", 1, &opt);
	printf("required: %ld passed, %ld failed; optional: %ld passed, "
	    "%ld failed\n", req.passed, req.failed, opt.passed, opt.failed);
	iachr_cleanup();
	return req.failed == 0 ? 0 : 1;
}
