/*
 * The report formats of a checking tool.  Each writes as the errors come,
 * so that memory stays flat however many there are: SARIF streams its
 * results and closes the run at the end; JUnit keeps the test cases of
 * the file being read, and then the test suites, in temporary files, for
 * their counts must come first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"
#include "cli_errors.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

static const struct rule {
	const char *id;
	const char *title;
	const char *description;
} rules[] = {	/* in the order of enum cli_errors_rule */
	{ "invalid-record", "Invalid record",
	    "A record does not satisfy its schema." },
	{ "malformed-input", "Malformed input",
	    "An input cannot be read as its format." },
	{ "duplicate-record", "Duplicate record",
	    "Two records of a file have the same key." },
	{ "unreadable-file", "Unreadable file",
	    "An input cannot be opened or read." },
};

struct cli_errors {
	enum cli_errors_format format;
	const char *tool, *version;
	long max_annotations;
	long errors;		/* reported so far */
	/* SARIF */
	int results;		/* any result written */
	/* JUnit: the suites written, and the cases of the current one */
	FILE *suites, *cases;
	char *suite;		/* its file, or NULL before the first */
	long tests, failures, failed;	/* of the suite */
	long all_tests, all_failures, all_failed;
	int case_open;
	long case_record;
};

static const char *
file_name(const char *file)
{
	return file != NULL ? file : "<stdin>";
}

/* Prints s for a workflow command, escaped as GitHub requires. */
static void
github_escape(const char *s, int property)
{
	for (; *s != '\0'; s++) {
		if (*s == '%')
			fputs("%25", stdout);
		else if (*s == '\r')
			fputs("%0D", stdout);
		else if (*s == '\n')
			fputs("%0A", stdout);
		else if (property && *s == ':')
			fputs("%3A", stdout);
		else if (property && *s == ',')
			fputs("%2C", stdout);
		else
			putchar(*s);
	}
}

/*
 * An annotation while under the cap; past it a plain line of the log,
 * escaped all the same so that no message can start a command.
 */
static void
github_error(struct cli_errors *e, const struct cli_error *err)
{
	if (e->max_annotations > 0 && e->errors > e->max_annotations) {
		printf("%s: ", e->tool);
		if (err->file != NULL) {
			github_escape(err->file, 0);
			if (err->line > 0)
				printf(":%ld", err->line);
			if (err->line > 0 && err->column > 0)
				printf(":%ld", err->column);
			fputs(": ", stdout);
		}
		github_escape(err->text, 0);
		putchar('\n');
		return;
	}
	fputs("::error ", stdout);
	if (err->file != NULL) {
		fputs("file=", stdout);
		github_escape(err->file, 1);
		if (err->line > 0)
			printf(",line=%ld", err->line);
		if (err->line > 0 && err->column > 0)
			printf(",col=%ld", err->column);
		putchar(',');
	}
	fputs("title=", stdout);
	github_escape(rules[err->rule].title, 1);
	fputs("::", stdout);
	github_escape(err->text, 0);
	putchar('\n');
}

static json_t *
integer_or_null(long n)
{
	return n > 0 ? json_integer(n) : json_null();
}

/* Prints v on a line of its own; steals v. */
static void
print_json(json_t *v)
{
	if (v == NULL) {
		cli_warnx("out of memory");
		return;
	}
	json_dumpf(v, stdout, JSON_COMPACT);
	putchar('\n');
	json_decref(v);
}

static void
json_error(const struct cli_error *err)
{
	print_json(json_pack("{s:i, s:s, s:s, s:s?, s:o, s:o, s:o, s:s?, "
	    "s:s?, s:s?, s:s}", "version", 1, "kind", "error",
	    "rule", rules[err->rule].id, "file", err->file,
	    "line", integer_or_null(err->line),
	    "column", integer_or_null(err->column),
	    "record", integer_or_null(err->record), "id", err->id,
	    "pointer", err->pointer, "schema", err->schema,
	    "message", err->message));
}

/*
 * A file name as a URI reference: relative names stay relative (without
 * a leading "./"), absolute ones become file: URIs; bytes a path may not
 * hold are percent-encoded, and so is ':', which would read as a scheme.
 */
static char *
file_uri(const char *path)
{
	static const char keep[] = "-._~!$&'()*+,;=@/";
	const unsigned char *s;
	char *uri, *p;

	while (strncmp(path, "./", 2) == 0)
		path += 2;
	if ((uri = malloc(strlen(path) * 3 + 8)) == NULL)
		return NULL;
	p = uri;
	if (*path == '/')
		p += sprintf(p, "file://");
	for (s = (const unsigned char *)path; *s != '\0'; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || strchr(keep, *s) != NULL)
			*p++ = (char)*s;
		else
			p += sprintf(p, "%%%02X", *s);
	*p = '\0';
	return uri;
}

static json_t *
sarif_location(const struct cli_error *err)
{
	json_t *region = NULL;
	char *uri;
	json_t *loc;

	if (err->file == NULL || (uri = file_uri(err->file)) == NULL)
		return json_array();
	if (err->line > 0)
		region = err->column > 0 ? json_pack("{s:i, s:i}",
		    "startLine", (json_int_t)err->line, "startColumn",
		    (json_int_t)err->column) : json_pack("{s:i}", "startLine",
		    (json_int_t)err->line);
	loc = json_pack("[{s:{s:{s:s}, s:o*}}]", "physicalLocation",
	    "artifactLocation", "uri", uri, "region", region);
	free(uri);
	return loc;
}

static void
sarif_error(struct cli_errors *e, const struct cli_error *err)
{
	json_t *props, *result;

	props = json_pack("{s:o*, s:s*, s:s*, s:s*}", "record",
	    err->record > 0 ? json_integer(err->record) : NULL, "id", err->id,
	    "pointer", err->pointer, "schema", err->schema);
	fputs(e->results ? ",\n" : "\n", stdout);
	e->results = 1;
	if (props != NULL && json_object_size(props) == 0) {
		json_decref(props);
		props = NULL;
	}
	result = json_pack("{s:s, s:i, s:s, s:{s:s}, s:o, s:o*}",
	    "ruleId", rules[err->rule].id, "ruleIndex", (int)err->rule,
	    "level", "error", "message", "text", err->text,
	    "locations", sarif_location(err), "properties", props);
	json_dumpf(result, stdout, JSON_COMPACT);
	json_decref(result);
}

/* The opening of the log, up to its results. */
static void
sarif_begin(const struct cli_errors *e)
{
	json_t *list = json_array(), *driver;
	size_t i;

	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++)
		json_array_append_new(list, json_pack("{s:s, s:{s:s}, s:{s:s}}",
		    "id", rules[i].id, "shortDescription", "text",
		    rules[i].title, "fullDescription", "text",
		    rules[i].description));
	driver = json_pack("{s:s, s:s, s:s, s:o}", "name", e->tool,
	    "version", e->version, "semanticVersion", e->version,
	    "rules", list);
	printf("{\"$schema\":\"%s\",\"version\":\"2.1.0\",\"runs\":[{"
	    "\"tool\":{\"driver\":", SARIF_SCHEMA);
	json_dumpf(driver, stdout, JSON_COMPACT);
	/* Our columns count characters, not UTF-16 code units. */
	fputs("},\"columnKind\":\"unicodeCodePoints\",\"results\":[", stdout);
	json_decref(driver);
}

static void
sarif_end(int status)
{
	json_t *invocation = json_pack("{s:b, s:i}", "executionSuccessful",
	    status != CLI_ERROR, "exitCode", status);

	fputs("\n],\"invocations\":[", stdout);
	json_dumpf(invocation, stdout, JSON_COMPACT);
	fputs("]}]}\n", stdout);
	json_decref(invocation);
}

/* Writes s as XML character data, or inside an attribute's quotes. */
static void
xml_escape(FILE *fp, const char *s, int attribute)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '&')
			fputs("&amp;", fp);
		else if (*p == '<')
			fputs("&lt;", fp);
		else if (*p == '>')
			fputs("&gt;", fp);
		else if (*p == '"' && attribute)
			fputs("&quot;", fp);
		else if ((*p == '\n' || *p == '\r' || *p == '\t') &&
		    attribute)
			fprintf(fp, "&#%d;", *p);
		else if (*p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t')
			/* No XML 1.0 document may hold these. */
			fputs("\xef\xbf\xbd", fp);
		else
			fputc(*p, fp);
	}
}

/* Copies what was written to from to the end of to, and empties from. */
static void
move_contents(FILE *from, FILE *to)
{
	char buf[8192];
	size_t n;

	fflush(from);
	rewind(from);
	while ((n = fread(buf, 1, sizeof(buf), from)) > 0)
		fwrite(buf, 1, n, to);
	rewind(from);
	if (ftruncate(fileno(from), 0) != 0)
		cli_warn("temporary file");
}

static void
junit_case_end(struct cli_errors *e)
{
	if (e->case_open)
		fputs("    </testcase>\n", e->cases);
	e->case_open = 0;
}

static void
junit_suite_end(struct cli_errors *e)
{
	junit_case_end(e);
	if (e->suite == NULL)
		return;
	fputs("  <testsuite name=\"", e->suites);
	xml_escape(e->suites, e->suite, 1);
	fprintf(e->suites, "\" tests=\"%ld\" failures=\"%ld\" errors=\"%ld\">"
	    "\n", e->tests, e->failures, e->failed);
	move_contents(e->cases, e->suites);
	fputs("  </testsuite>\n", e->suites);
	e->all_tests += e->tests;
	e->all_failures += e->failures;
	e->all_failed += e->failed;
	e->tests = e->failures = e->failed = 0;
	free(e->suite);
	e->suite = NULL;
}

/* Makes file's suite the current one, and opens a case for record. */
static void
junit_case_begin(struct cli_errors *e, const char *file, long record,
    const char *id, int open)
{
	if (e->suite != NULL && strcmp(e->suite, file) != 0)
		junit_suite_end(e);
	if (e->suite == NULL && (e->suite = strdup(file)) == NULL) {
		cli_warnx("out of memory");
		return;
	}
	if (e->case_open && e->case_record == record)
		return;
	junit_case_end(e);
	e->tests++;
	fputs("    <testcase classname=\"", e->cases);
	xml_escape(e->cases, file, 1);
	if (record > 0)
		fprintf(e->cases, "\" name=\"record %ld", record);
	else
		fputs("\" name=\"file", e->cases);
	if (id != NULL) {
		fputs(" (", e->cases);
		xml_escape(e->cases, id, 1);
		fputc(')', e->cases);
	}
	fputs(open ? "\">\n" : "\"/>\n", e->cases);
	e->case_open = open;
	e->case_record = record;
}

static void
junit_error(struct cli_errors *e, const struct cli_error *err)
{
	/* JUnit's error: the check could not run; failure: it failed. */
	const char *element = err->rule == CLI_RULE_UNREADABLE ? "error" :
	    "failure";

	if (!e->case_open || e->case_record != err->record) {
		junit_case_begin(e, file_name(err->file), err->record, err->id,
		    1);
		if (err->rule == CLI_RULE_UNREADABLE)
			e->failed++;
		else
			e->failures++;
	}
	fprintf(e->cases, "      <%s type=\"%s\" message=\"", element,
	    rules[err->rule].id);
	xml_escape(e->cases, err->text, 1);
	fputs("\">", e->cases);
	xml_escape(e->cases, file_name(err->file), 0);
	if (err->line > 0)
		fprintf(e->cases, ":%ld", err->line);
	if (err->line > 0 && err->column > 0)
		fprintf(e->cases, ":%ld", err->column);
	fputs(": ", e->cases);
	xml_escape(e->cases, err->text, 0);
	fprintf(e->cases, "</%s>\n", element);
}

static void
junit_end(struct cli_errors *e)
{
	junit_suite_end(e);
	printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<testsuites name=\"%s\" tests=\"%ld\" failures=\"%ld\" "
	    "errors=\"%ld\">\n", e->tool, e->all_tests, e->all_failures,
	    e->all_failed);
	fflush(stdout);
	move_contents(e->suites, stdout);
	fputs("</testsuites>\n", stdout);
}

struct cli_errors *
cli_errors_new(enum cli_errors_format format, long max_annotations,
    const char *tool, const char *version)
{
	struct cli_errors *e;

	if ((e = calloc(1, sizeof(*e))) == NULL) {
		cli_warnx("out of memory");
		return NULL;
	}
	e->format = format;
	e->max_annotations = max_annotations;
	e->tool = tool;
	e->version = version;
	if (format == CLI_ERRORS_JUNIT && ((e->suites = tmpfile()) == NULL ||
	    (e->cases = tmpfile()) == NULL)) {
		cli_warn("temporary file");
		cli_errors_end(e, NULL, 0);
		return NULL;
	}
	if (format == CLI_ERRORS_SARIF)
		sarif_begin(e);
	return e;
}

void
cli_errors_add(struct cli_errors *e, const struct cli_error *err)
{
	e->errors++;
	switch (e->format) {
	case CLI_ERRORS_JSON:
		json_error(err);
		break;
	case CLI_ERRORS_GITHUB:
		github_error(e, err);
		break;
	case CLI_ERRORS_SARIF:
		sarif_error(e, err);
		break;
	case CLI_ERRORS_JUNIT:
		junit_error(e, err);
		break;
	default:
		/* Unreadable files have been reported as they were met. */
		if (err->rule != CLI_RULE_UNREADABLE)
			cli_diag(file_name(err->file), err->line, err->column,
			    "%s", err->text);
		break;
	}
}

void
cli_errors_pass(struct cli_errors *e, const char *file, long record,
    const char *id)
{
	if (e->format == CLI_ERRORS_JUNIT)
		junit_case_begin(e, file_name(file), record, id, 0);
}

static void
json_summary(const struct cli_errors *e, const struct cli_errors_counts *c,
    int status)
{
	print_json(json_pack("{s:i, s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:i}",
	    "version", 1, "kind", "summary", "records",
	    (json_int_t)c->records, "valid", (json_int_t)(c->records -
	    c->invalid), "invalid", (json_int_t)c->invalid, "files",
	    (json_int_t)c->files, "unreadable", (json_int_t)c->unreadable,
	    "errors", (json_int_t)e->errors, "status", status));
}

static void
github_summary(const struct cli_errors *e, const struct cli_errors_counts *c)
{
	if (e->max_annotations > 0 && e->errors > e->max_annotations)
		printf("::notice title=%s::%ld more error%s not shown as "
		    "annotations, only in the log above (--max-errors %ld)\n",
		    e->tool, e->errors - e->max_annotations,
		    e->errors - e->max_annotations == 1 ? "" : "s",
		    e->max_annotations);
	printf("::notice title=%s::%ld record%s checked, %ld valid, %ld "
	    "invalid, %ld file%s", e->tool, c->records,
	    c->records == 1 ? "" : "s", c->records - c->invalid, c->invalid,
	    c->files, c->files == 1 ? "" : "s");
	if (c->unreadable > 0)
		printf(", %ld unreadable", c->unreadable);
	putchar('\n');
}

void
cli_errors_end(struct cli_errors *e, const struct cli_errors_counts *c,
    int status)
{
	if (e == NULL)
		return;
	if (c != NULL) {
		if (e->format == CLI_ERRORS_JSON)
			json_summary(e, c, status);
		else if (e->format == CLI_ERRORS_GITHUB)
			github_summary(e, c);
		else if (e->format == CLI_ERRORS_SARIF)
			sarif_end(status);
		else if (e->format == CLI_ERRORS_JUNIT)
			junit_end(e);
	}
	if (e->suites != NULL)
		fclose(e->suites);
	if (e->cases != NULL)
		fclose(e->cases);
	free(e->suite);
	free(e);
}
