/*
 * The reports of a checking tool (resvalidate): each error, each record
 * that passed and the closing counts, written for people (text on the
 * standard error) or for machines on the standard output: JSON Lines,
 * GitHub Actions workflow commands, SARIF 2.1.0 or JUnit XML.
 */
#ifndef CLI_ERRORS_H
#define CLI_ERRORS_H

enum cli_errors_format {
	CLI_ERRORS_TEXT,
	CLI_ERRORS_JSON,
	CLI_ERRORS_GITHUB,
	CLI_ERRORS_SARIF,
	CLI_ERRORS_JUNIT
};

/* What kind of error: the rules of SARIF, JUnit failure types. */
enum cli_errors_rule {
	CLI_RULE_INVALID,	/* a record fails its schema */
	CLI_RULE_MALFORMED,	/* an input cannot be read as its format */
	CLI_RULE_DUPLICATE,	/* two records of a file share their key */
	CLI_RULE_UNREADABLE	/* an input cannot be opened or read */
};

/* One error; every pointer is borrowed for the call only. */
struct cli_error {
	enum cli_errors_rule rule;
	const char *file;	/* as named on the command line; NULL: stdin */
	long line, column;	/* from 1; 0 when unknown */
	long record;		/* index in its file from 1; 0 for none */
	const char *id;		/* the record's id, or NULL */
	const char *pointer;	/* JSON Pointer of the value, or NULL */
	const char *schema;	/* location of the schema keyword, or NULL */
	const char *message;	/* what is wrong */
	const char *text;	/* the whole message for people */
};

/* The closing counts of a run. */
struct cli_errors_counts {
	long records, invalid, files, unreadable;
};

struct cli_errors;

/*
 * A new report in format; with CLI_ERRORS_GITHUB, only the first
 * max_annotations errors (0: all) are annotations, the others plain lines
 * of the log.  tool and version name the checker.  NULL when out of
 * memory or when no temporary file can be made.
 */
struct cli_errors *cli_errors_new(enum cli_errors_format format,
    long max_annotations, const char *tool, const char *version);

/* Reports one error. */
void cli_errors_add(struct cli_errors *e, const struct cli_error *err);

/* Reports that record (from 1) of file (NULL: stdin), named id, passed. */
void cli_errors_pass(struct cli_errors *e, const char *file, long record,
    const char *id);

/*
 * Ends the report of a run that ends with status: the closing counts,
 * and the rest of a SARIF or JUnit document.  Frees e (NULL is allowed).
 */
void cli_errors_end(struct cli_errors *e, const struct cli_errors_counts *c,
    int status);

#endif /* CLI_ERRORS_H */
