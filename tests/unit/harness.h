/*
 * Running the built tools from tests: paths, a child process with its
 * stdin from a file and its stdout and stderr captured.
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <stddef.h>

struct run_result {
	int status;		/* exit status, or 128 + signal */
	char *out, *err;	/* captured, NUL-terminated */
	size_t out_len, err_len;
};

/* The directory of the tools under test: $BIN, else "bin". */
const char *harness_bin_dir(void);

/*
 * Runs tool (a name in harness_bin_dir()) with args (NULL-terminated),
 * stdin from stdin_path (NULL: /dev/null), in directory cwd (NULL: the
 * current one), under $IACHR_WRAPPER if set (e.g. a valgrind command
 * line).  Returns 0, or -1 if the child could not be run.
 */
int harness_run(const char *tool, const char *const *args,
    const char *stdin_path, const char *cwd, struct run_result *res);

void harness_result_free(struct run_result *res);

/* A file's contents, NUL-terminated (malloc'd), or NULL. */
char *harness_read_file(const char *path, size_t *len);

#endif /* HARNESS_H */
