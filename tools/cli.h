/*
 * What only the command-line tools need: program name, diagnostics,
 * inputs, atomic output files and --version.  Not part of libiachr.
 */
#ifndef CLI_H
#define CLI_H

#include <getopt.h>
#include <stdio.h>

#include <jansson.h>

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
/*
 * Prints err as cli_diag does, naming file (whole; the library's copy in
 * err->source may be shortened), or err->source when file is NULL.
 */
void cli_report(const char *file, const iachr_error_t *err);

/*
 * A -d/--delimiter argument: one ASCII character other than a quote, CR
 * or LF, or "\t" or "tab" for a tab; 0 for anything else.
 */
int cli_delimiter(const char *arg);

/* True when name is a dataset format --format takes: json, yaml, xml,
 * csv or tsv. */
int cli_dataset_format(const char *name);

/* Prints the usage text (lines of the man SYNOPSIS) to fp. */
void cli_usage(FILE *fp, const char *const *synopsis);

/*
 * One option of a tool.  A tool's table of them, ended by an entry whose
 * help is NULL, is where both getopt_long's tables and the --help text
 * come from, so that the two cannot disagree.
 */
struct cli_option {
	/*
	 * What cli_getopt returns for the option: its short form, or for an
	 * option with a long form only, one of the CLI_OPT_ values below or
	 * a tool's own value from CLI_OPT_TOOL on.
	 */
	int key;
	const char *name;	/* long form; NULL: short form only */
	/*
	 * The argument as --help shows it; NULL: none.  In brackets, such as
	 * "[=json|text]", the argument is optional (--name=value).
	 */
	const char *arg;
	const char *help;	/* one line */
};

enum { CLI_OPT_VERSION = 256, CLI_OPT_NO_VALIDATE, CLI_OPT_TOOL };

/* Entries many tools share: every tool has help and version. */
#define CLI_OPTION_HELP	{ 'h', "help", NULL, "print this help and exit" }
#define CLI_OPTION_NO_VALIDATE { CLI_OPT_NO_VALIDATE, "no-validate", NULL, \
	"do not check records against the record schema" }
#define CLI_OPTION_OUTPUT { 'o', "output", "file", \
	"write to file, not stdout; replaced only on success" }
#define CLI_OPTION_VERSION { CLI_OPT_VERSION, "version", NULL, \
	"print the tool's and libraries' versions and exit" }
#define CLI_OPTION_END	{ 0, NULL, NULL, NULL }

/*
 * getopt_long(3) over the options of the table options; after an unknown
 * long option that is a near miss of one, also says "did you mean --name?".
 */
int cli_getopt(int argc, char **argv, const struct cli_option *options);
/*
 * Prints --help on stdout: the usage lines, each option with its line of
 * help, the example (a command line) and where the manual is.
 */
void cli_help(const char *const *synopsis, const struct cli_option *options,
    const char *example);

/* The most threads a tool's --jobs starts. */
#define CLI_MAX_JOBS 64

/*
 * The threads of a -j/--jobs argument: n, or with 0 one per online core,
 * at most CLI_MAX_JOBS.  Says why and returns -1 when arg is not a number
 * of 0 or more.
 */
int cli_jobs(const char *arg);

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
 * Ends the output of a run that ends with status: an -o target is
 * replaced only when status is CLI_OK, otherwise it is left as it was.
 * Returns status, or CLI_ERROR when committing fails.
 */
int cli_output_end(struct cli_output *out, int status);

/*
 * Reports a failed write to the file path (stdout when NULL) with
 * strerror(errno), once per run: later calls, cli_output_commit and
 * cli_finish stay silent about it.
 */
void cli_write_error(const char *path);

/*
 * The one rule for a tool's exit status: raises *status to s, so that
 * the run ends with CLI_ERROR if any usage, I/O or system error
 * occurred, else CLI_DATA if any data was bad, else CLI_OK.
 */
void cli_status_raise(int *status, int s);

/* The status err calls for: CLI_ERROR for I/O or memory, else CLI_DATA. */
int cli_error_status(const iachr_error_t *err);

/* Which values a conversion validates against the record schema. */
enum cli_validate {
	CLI_NO_VALIDATE,
	CLI_VALIDATE_RECORDS,	/* values that are records; others pass */
	CLI_VALIDATE_ALL	/* every value must be a valid record */
};

/*
 * Writes one value (borrowed).  Returns IACHR_OK; IACHR_FAILED when the
 * value is refused (err says why, err->pointer where); IACHR_FATAL when
 * the output cannot go on (err->code IACHR_E_IO for a write error).
 */
typedef int (*cli_write_fn)(void *arg, const json_t *value,
    iachr_error_t *err);

/*
 * An input read value by value, by one of the library's readers.  impl
 * is the reader; the functions take it.
 */
struct cli_reader {
	void *impl;
	/*
	 * As the library readers' _next: IACHR_OK, _EOF, _FAILED, _FATAL.
	 * *value is NULL from a reader that gives only text.
	 */
	int (*next)(void *impl, json_t **value, iachr_error_t *err);
	/* The value read last as JSON text, or NULL: see cli_read_csv. */
	const char *(*text)(void *impl, size_t *len);
	/*
	 * Sets err->line and err->column to where err->pointer is in value,
	 * the value read last, as near as the format tells.
	 */
	void (*locate)(void *impl, const json_t *value, iachr_error_t *err);
	void (*free)(void *impl);
};

/*
 * Makes *rd a reader of fp (borrowed), named name in diagnostics, with
 * the opener's own arg.  Returns 0, or reports why and returns -1.
 */
typedef int (*cli_reader_open_fn)(struct cli_reader *rd, FILE *fp,
    const char *name, void *arg);
/*
 * Sets up rd over impl, a new reader, for the openers (cli_read_*.c);
 * says "out of memory" and returns -1 when impl is NULL.
 */
int cli_reader_set(struct cli_reader *rd, void *impl,
    int (*next)(void *, json_t **, iachr_error_t *),
    void (*locate)(void *, const json_t *, iachr_error_t *),
    void (*free_impl)(void *));

/* Readers of JSON values (JSON Lines, concatenated or pretty)... */
int cli_read_json(struct cli_reader *rd, FILE *fp, const char *name,
    void *arg);
/* ...of the documents of a YAML stream... */
int cli_read_yaml(struct cli_reader *rd, FILE *fp, const char *name,
    void *arg);
/* ...and of the records of Akoma Ntoso documents; arg is unused. */
int cli_read_xml(struct cli_reader *rd, FILE *fp, const char *name,
    void *arg);

/* How cli_read_csv reads: its arg. */
struct cli_csv_options {
	int delim;
	int flags;	/* IACHR_CSV_* reader flags */
	int values;	/* also give each row's value, e.g. to validate it */
	int raw_hint;	/* a column not the table's suggests --raw */
};

struct iachr_csv_reader;

/*
 * Adds to err, an error about the header of r, what to do about it: a
 * whole line read as one column calls for -d; with raw_hint, a column
 * that is not the record table's for --raw.
 */
void cli_csv_header_hint(const struct iachr_csv_reader *r, int raw_hint,
    iachr_error_t *err);

/*
 * A reader of CSV rows that gives each row's canonical JSON text
 * (iachr_csv_reader_next_text), and its value too only when asked.
 */
int cli_read_csv(struct cli_reader *rd, FILE *fp, const char *name,
    void *arg);

/* A conversion from an input format, through JSON values, to an output. */
struct cli_convert {
	cli_reader_open_fn read;	/* opens each input */
	void *read_arg;			/* passed to read */
	const char *output;		/* named in write errors; NULL: stdout */
	enum cli_validate validate;
	cli_write_fn write;
	void *arg;			/* passed to write */
	int status;			/* raised by each input */
	const struct cli_reader *input;	/* the one read, while writing */
	/*
	 * Where diagnostics about the values go, NULL: cli_report.  err
	 * is borrowed for the call.
	 */
	void (*report)(void *report_arg, const char *file,
	    const iachr_error_t *err);
	void *report_arg;
	int stopped;	/* set when an input's reader could not go on */
};

/*
 * Converts the values of the input path ("-" or NULL for stdin): a
 * malformed value, an invalid one or one the writer refuses is reported
 * where it is in the input, left out, and the values after it are
 * converted.  Raises c->status.  Returns -1 when the output cannot go
 * on, else 0.
 */
int cli_convert_input(struct cli_convert *c, const char *path);

/*
 * Converts the n inputs paths, or stdin when there are none, until the
 * output cannot go on; then returns -1, else 0.
 */
int cli_convert_inputs(struct cli_convert *c, int n, char *const *paths);

/*
 * Ends main: closes stdout, checking for write errors ("prog: write
 * error: ..." and CLI_ERROR), frees library caches, returns the status.
 */
int cli_finish(int status);

#endif /* CLI_H */
