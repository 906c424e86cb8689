/*
 * Runs the JSON reader over JSONTestSuite's test_parsing files: each y_
 * file must read as exactly one value, each n_ file must not (an error,
 * or not exactly one value), and i_ files may go either way but must
 * end cleanly.  Prints the counts and every miss.
 * usage: json-suite DIR
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_json_reader.h"

/* Number of values read before EOF, or -1 on the first error. */
static int
count_values(const char *path)
{
	iachr_json_reader *r;
	iachr_error_t err;
	json_t *v;
	FILE *fp;
	int n = 0, status;

	if ((fp = fopen(path, "rb")) == NULL) {
		perror(path);
		exit(2);
	}
	if ((r = iachr_json_reader_new(fp, path)) == NULL)
		exit(2);
	iachr_error_init(&err);
	while ((status = iachr_json_reader_next(r, &v, &err)) == IACHR_OK) {
		json_decref(v);
		n++;
	}
	iachr_json_reader_free(r);
	fclose(fp);
	return status == IACHR_EOF ? n : -1;
}

/* True when name is listed at the start of a line of exceptions. */
static int
is_exception(const char *exceptions, const char *name)
{
	const char *p = exceptions;
	size_t len = strlen(name);

	while (p != NULL && *p != '\0') {
		if (strncmp(p, name, len) == 0 && p[len] == '\t')
			return 1;
		p = strchr(p, '\n');
		p = p != NULL ? p + 1 : NULL;
	}
	return 0;
}

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long len;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 ||
	    (len = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0 ||
	    (buf = malloc((size_t)len + 1)) == NULL) {
		perror(path);
		exit(2);
	}
	buf[fread(buf, 1, (size_t)len, fp)] = '\0';
	fclose(fp);
	return buf;
}

int
main(int argc, char **argv)
{
	struct dirent **names;
	char path[4096];
	char *exceptions;
	int i, n, values, ok, pass = 0, fail = 0, impl = 0, listed = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: json-suite DIR EXCEPTIONS\n");
		return 2;
	}
	exceptions = slurp(argv[2]);
	if ((n = scandir(argv[1], &names, NULL, alphasort)) < 0) {
		perror(argv[1]);
		return 2;
	}
	for (i = 0; i < n; i++) {
		const char *name = names[i]->d_name;

		if (strlen(name) > 2 && name[1] == '_' && strchr("iny",
		    name[0]) != NULL) {
			snprintf(path, sizeof(path), "%s/%s", argv[1], name);
			values = count_values(path);
			if (name[0] == 'i') {
				impl++;
			} else {
				ok = name[0] == 'y' ? values == 1 : values != 1;
				if (is_exception(exceptions, name)) {
					ok = !ok;
					listed++;
				}
				if (ok) {
					pass++;
				} else {
					fail++;
					printf("json-suite: miss: %s (%d values)\n",
					    name, values);
				}
			}
		}
		free(names[i]);
	}
	free(names);
	free(exceptions);
	printf("json-suite: %d passed (%d of them listed exceptions), "
	    "%d failed, %d implementation-defined read without crashing\n",
	    pass, listed, fail, impl);
	return fail == 0 ? 0 : 1;
}
