/*
 * What only the command-line tools need: program name, diagnostics,
 * inputs, atomic output files and --version.  Not part of libiachr.
 */
#ifndef CLI_H
#define CLI_H

#include <stdio.h>

#include "iachr.h"

/* Exit statuses shared by every tool. */
enum {
	CLI_OK = 0,	/* success */
	CLI_DATA = 1,	/* bad data: invalid record, parse error, refusal */
	CLI_ERROR = 2	/* usage, I/O or system error */
};

/*
 * Sets the program name from argv[0]'s basename, and argv[0] to it so
 * that getopt's own messages name the program as ours do; sets LC_CTYPE.
 */
void cli_init(char **argv);
const char *cli_progname(void);

/* "prog: message" on stderr. */
void cli_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "prog: message: strerror(errno)" on stderr. */
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "prog: file:line:col: message" (line/col left out when 0). */
void cli_diag(const char *file, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Prints err as cli_diag does. */
void cli_report(const iachr_error_t *err);

/* Prints the usage text (lines of the man SYNOPSIS) to fp. */
void cli_usage(FILE *fp, const char *const *synopsis);
/* Prints "usage: ..." to stderr and returns CLI_ERROR. */
int cli_usage_error(const char *const *synopsis);
/* Prints the tool's and the libraries' versions on stdout. */
void cli_version(void);

/*
 * Opens an input operand: "-" (or NULL) is stdin.  On failure prints
 * "prog: path: strerror" and returns NULL.  *name is set to the name
 * used in diagnostics ("<stdin>" for stdin).
 */
FILE *cli_open_input(const char *path, const char **name);
/* Closes what cli_open_input returned (stdin is left open). */
void cli_close_input(FILE *fp);

/*
 * Where a tool writes: stdout, or with -o a temporary file beside the
 * target, renamed into place only by cli_output_commit, so that a failed
 * run never leaves a half-written file.
 */
struct cli_output {
	FILE *fp;
	char *path;	/* target, NULL for stdout */
	char *tmp;	/* temporary file while open */
};

/* Returns 0, or prints the reason and returns -1. */
int cli_output_open(struct cli_output *out, const char *path);
/* Flushes and moves the file into place; prints and returns -1 on error. */
int cli_output_commit(struct cli_output *out);
/* Removes the temporary file, if any. */
void cli_output_abort(struct cli_output *out);
/*
 * Ends the output of a run that ends with status: after an I/O or system
 * error (CLI_ERROR) an -o target is left as it was, otherwise the output
 * is committed.  Returns status, or CLI_ERROR when committing fails.
 */
int cli_output_end(struct cli_output *out, int status);

/* The status err calls for: CLI_ERROR for I/O or memory, else CLI_DATA. */
int cli_error_status(const iachr_error_t *err);

/*
 * Ends main: closes stdout, checking for write errors ("prog: write
 * error: ..." and CLI_ERROR), frees library caches, returns the status.
 */
int cli_finish(int status);

#endif /* CLI_H */
