/*
 * resvalidate: checks that every record of JSON, JSON Lines, YAML, Akoma
 * Ntoso XML or CSV files is valid against the record schema (or JSON and
 * YAML against any JSON Schema), and says where and why when one is not,
 * for people (text) or for machines (cli_errors.c).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"
#include "cli_errors.h"
#include "iachr_csv.h"
#include "iachr_dataset.h"
#include "iachr_json_reader.h"
#include "iachr_record.h"
#include "iachr_schema.h"
#include "iachr_xml.h"
#include "iachr_yaml.h"

#define RECORD_URI "https://iachr-tools.org/schemas/resolution/1"
#define META_URI "https://json-schema.org/draft/2020-12/schema"
/* The schema of a row of the beneficiary table, made from its columns. */
#define BENEFICIARY_ROW_URI \
	"https://iachr-tools.org/schemas/beneficiaries-csv/1/row"
/* Errors shown for one record at most; the rest are counted. */
#define MAX_RECORD_ERRORS 100
/* The error annotations GitHub shows for one step. */
#define GITHUB_ANNOTATIONS 10

static const char *const synopsis[] = {
	"[-d delim] [--errors text|json|github|sarif|junit] "
	    "[--format json|yaml|xml|csv|tsv] [--formats] [--max-errors N] "
	    "[--ref URI=PATH]... [--schema FILE] [FILE ...]",
	NULL
};

enum {
	OPT_ERRORS = CLI_OPT_TOOL, OPT_FORMAT, OPT_FORMATS, OPT_MAX_ERRORS,
	OPT_REF, OPT_SCHEMA
};

struct resvalidate;

/* Finds where the value at a JSON Pointer of the record was written. */
typedef void (*locator)(const struct resvalidate *, const char *, long *,
    long *);

struct resvalidate {
	iachr_validator *v;
	struct cli_errors *report;
	const char *format;	/* from --format, or NULL */
	int delim;		/* CSV: from -d, or 0 to sniff it */
	int formats;		/* --formats was given */
	int own_schema;		/* --schema: values need not be records */
	long records, invalid, files, unreadable;
	int status;

	/* The record being checked, for the report function. */
	const char *file;
	const char *report_file;	/* file, or NULL for stdin */
	long record;
	const char *id;
	const char *text;	/* JSON: the record's text */
	size_t text_len;
	const iachr_yaml_reader *yaml;	/* YAML: the reader and record */
	const json_t *doc;
	locator locate;
	long line, column;	/* where the record begins */
	long record_errors;
	iachr_dataset_keys *keys;	/* of the file's records, or NULL */
	json_t *fields;		/* CSV: the table's fields */
	const char *fields_of;	/* CSV: the table schema fields is from */
	iachr_validator *rows;	/* CSV: of beneficiary table rows, or NULL */
	int in_csv;		/* columns are the table's */
	int in_view;		/* rows of a derived table, not records */
	int in_xsd;		/* errors name the record without a pointer */
	int any_schema;		/* --schema: any JSON value is a record */
	long xsd_bad;		/* XML: the last record found invalid */
	long xsd_invalid;	/* XML: records invalid, or 1 for a document */
};

/* The record an error belongs to, for people: "record 3 (id)". */
static void
describe(const struct resvalidate *st, long column, const char *pointer,
    const char *schema, const char *message, char *text, size_t size)
{
	const char *name = NULL;
	int n = 0;

	if (st->in_csv && column > 0)
		name = json_string_value(json_object_get(json_array_get(
		    st->fields, (size_t)column - 1), "name"));
	if (pointer != NULL || (st->in_xsd && st->record > 0))
		n = snprintf(text, size, "record %ld%s%s%s%s%s: %s%s",
		    st->record, st->id ? " (" : "", st->id ? st->id : "",
		    st->id ? ")" : "", name != NULL ? ", column " : "",
		    name != NULL ? name : "", pointer != NULL ? pointer : "",
		    pointer != NULL && *pointer != '\0' ? ": " : "");
	if (n < 0 || (size_t)n >= size)
		n = 0;
	if (schema != NULL)
		snprintf(text + n, size - (size_t)n, "%s (schema %s)", message,
		    schema);
	else
		snprintf(text + n, size - (size_t)n, "%s", message);
}

/*
 * Reports one error of the record being checked.  pointer is NULL for an
 * error that is not about a value of a record (a malformed file, an XML
 * Schema error), schema NULL for one that is not a schema violation.
 */
static void
emit(struct resvalidate *st, enum cli_errors_rule rule, long line,
    long column, const char *pointer, const char *schema,
    const char *message)
{
	char text[2048];
	struct cli_error err = { rule, st->report_file, line, column,
	    st->record, st->id, pointer, schema, message, text };

	describe(st, column, pointer, schema, message, text, sizeof(text));
	cli_errors_add(st->report, &err);
}

/*
 * Reports an input, file or NULL for stdin, that cannot be opened or read
 * (told on stderr too).
 */
static void
unreadable(struct resvalidate *st, const char *file, const char *message)
{
	struct cli_error err = { CLI_RULE_UNREADABLE, file, 0, 0, 0, NULL,
	    NULL, NULL, message, message };

	st->unreadable++;
	cli_errors_add(st->report, &err);
	cli_status_raise(&st->status, CLI_ERROR);
}

static int
report(void *arg, const char *instance, const char *schema,
    const char *message)
{
	struct resvalidate *st = arg;
	long line = st->line, column = st->column;

	if (++st->record_errors > MAX_RECORD_ERRORS)
		return 1;
	if (st->locate != NULL)
		st->locate(st, instance, &line, &column);
	emit(st, CLI_RULE_INVALID, line, column, instance, schema, message);
	return 0;
}

/*
 * Adds the record's key, its id and language, to those of the file; a
 * key seen before is reported at the record's id.  A release in two
 * languages is one resolution in two expressions, two records that share
 * an id.
 */
static void
check_key(struct resvalidate *st, const json_t *rec)
{
	const char *id = json_string_value(json_object_get(rec, "id"));
	const char *language = json_string_value(json_object_get(rec,
	    "language"));
	long line = st->line, column = st->column, first;
	char msg[512];

	if (st->keys == NULL || id == NULL || language == NULL)
		return;
	if (st->locate != NULL)
		st->locate(st, "/id", &line, &column);
	if ((first = iachr_dataset_keys_add(st->keys, id, language,
	    line)) == 0)
		return;
	if (first < 0) {
		cli_warnx("out of memory");
		cli_status_raise(&st->status, CLI_ERROR);
		return;
	}
	snprintf(msg, sizeof(msg), "duplicate record: id %.200s language "
	    "%.40s first seen at line %ld", id, language, first);
	emit(st, CLI_RULE_DUPLICATE, line, column, NULL, NULL, msg);
	if (st->record_errors++ == 0)
		st->invalid++;
	cli_status_raise(&st->status, CLI_DATA);
}

/*
 * Says so when rec is an object with half the members a record must have
 * or fewer, such as a jq projection of a record (jq '{id, date}'), rather
 * than listing each member it lacks.  Returns whether it did.
 */
static int
check_part(struct resvalidate *st, const json_t *rec)
{
	const json_t *required = json_object_get(iachr_record_schema(),
	    "required");
	char lacks[512], msg[1024];
	size_t i, has = 0, len = 0;
	json_t *name;

	if (st->any_schema || !json_is_object(rec))
		return 0;
	lacks[0] = '\0';
	json_array_foreach(required, i, name) {
		if (json_object_get(rec, json_string_value(name)) != NULL)
			has++;
		else if (len < sizeof(lacks) - 1)
			len += (size_t)snprintf(lacks + len, sizeof(lacks) - len,
			    "%s%s", len > 0 ? ", " : "",
			    json_string_value(name));
	}
	if (has * 2 > json_array_size(required))
		return 0;
	snprintf(msg, sizeof(msg), "not a whole record: %zu of its %zu "
	    "members missing (%s); only whole records are accepted: check "
	    "the records before a jq projection, or give the projection its "
	    "own schema with --schema", json_array_size(required) - has,
	    json_array_size(required), lacks);
	emit(st, CLI_RULE_INVALID, st->line, st->column, "", "#/required",
	    msg);
	return 1;
}

/*
 * Validates one record, and checks its key; each error is shown where
 * st->locate finds it.
 */
static void
check_record(struct resvalidate *st, const json_t *rec)
{
	st->records++;
	st->record++;
	st->record_errors = 0;
	st->id = json_string_value(json_object_get(rec, "id"));
	if (!st->in_view && check_part(st, rec)) {
		st->invalid++;
		cli_status_raise(&st->status, CLI_DATA);
		return;
	}
	if (iachr_validator_check(st->in_view ? st->rows : st->v, rec, report,
	    st) != 0) {
		st->invalid++;
		cli_status_raise(&st->status, CLI_DATA);
		if (st->record_errors > MAX_RECORD_ERRORS)
			emit(st, CLI_RULE_INVALID, st->line, st->column, "",
			    "#", "more errors in this record not shown");
	}
	/* Rows of the beneficiary table repeat their record's key. */
	if (!st->in_view)
		check_key(st, rec);
	if (st->record_errors == 0)
		cli_errors_pass(st->report, st->report_file, st->record,
		    st->id);
}

static void
malformed(struct resvalidate *st, const iachr_error_t *err)
{
	/* A read error is no fault of the data. */
	if (err->code == IACHR_E_IO || err->code == IACHR_E_NOMEM) {
		cli_report(st->file, err);
		unreadable(st, st->report_file, err->text);
		return;
	}
	st->id = NULL;
	st->records++;
	st->invalid++;
	emit(st, CLI_RULE_MALFORMED, err->line, err->column, NULL, NULL,
	    err->text);
	cli_status_raise(&st->status, CLI_DATA);
}

static void
locate_json(const struct resvalidate *st, const char *pointer, long *line,
    long *column)
{
	iachr_json_locate(st->text, st->text_len, pointer, line, column);
}

static void
check_json(struct resvalidate *st, FILE *fp)
{
	iachr_json_reader *r;
	iachr_error_t err;
	json_t *rec;
	int rc;

	if ((r = iachr_json_reader_new(fp, st->file)) == NULL) {
		cli_warnx("out of memory");
		cli_status_raise(&st->status, CLI_ERROR);
		return;
	}
	iachr_json_reader_allow_nul(r, st->any_schema);
	for (;;) {
		iachr_error_init(&err);
		rc = iachr_json_reader_next(r, &rec, &err);
		if (rc == IACHR_EOF)
			break;
		if (rc != IACHR_OK) {
			/*
			 * A file whose first value does not parse is no JSON:
			 * one error says so, not one per line.
			 */
			if (st->record++ == 0)
				rc = IACHR_FATAL;
			malformed(st, &err);
			if (rc == IACHR_FATAL)
				break;
			continue;
		}
		st->text = iachr_json_reader_text(r, &st->text_len);
		st->line = iachr_json_reader_line(r);
		st->column = iachr_json_reader_column(r);
		st->locate = locate_json;
		check_record(st, rec);
		st->locate = NULL;
		json_decref(rec);
	}
	iachr_json_reader_free(r);
}

static void
locate_yaml(const struct resvalidate *st, const char *pointer, long *line,
    long *column)
{
	iachr_yaml_reader_locate(st->yaml, st->doc, pointer, line, column);
}

/* Each YAML document is one record. */
static void
check_yaml(struct resvalidate *st, FILE *fp)
{
	iachr_yaml_reader *r;
	iachr_error_t err;
	json_t *doc;
	int rc;

	if ((r = iachr_yaml_reader_new(fp, st->file)) == NULL) {
		cli_warnx("out of memory");
		cli_status_raise(&st->status, CLI_ERROR);
		return;
	}
	for (;;) {
		iachr_error_init(&err);
		rc = iachr_yaml_reader_next(r, &doc, &err);
		if (rc == IACHR_EOF)
			break;
		if (rc != IACHR_OK) {
			st->record++;
			malformed(st, &err);
			if (rc == IACHR_FATAL)
				break;
			continue;
		}
		st->line = iachr_yaml_reader_line(r);
		st->column = 1;
		st->yaml = r;
		st->doc = doc;
		st->locate = locate_yaml;
		check_record(st, doc);
		st->locate = NULL;
		json_decref(doc);
	}
	iachr_yaml_reader_free(r);
}

/*
 * The CSV column of a JSON Pointer into a record: the member's own
 * column, or for a nested object's member the flattened one
 * (/state/name is state_name), counted from 1 in the order of the
 * table's fields; 0 when unknown.
 */
static long
csv_column(const json_t *fields, const char *pointer)
{
	char name[256];
	const char *text;
	size_t i, first, second;
	int pass;
	json_t *f;

	if (*pointer++ != '/')
		return 0;
	first = strcspn(pointer, "/");
	second = pointer[first] == '/' ? strcspn(pointer + first + 1, "/") :
	    0;
	for (pass = 0; pass < 2; pass++) {
		if (pass == 0 && second > 0)
			snprintf(name, sizeof(name), "%.*s_%.*s", (int)first,
			    pointer, (int)second, pointer + first + 1);
		else
			snprintf(name, sizeof(name), "%.*s", (int)first,
			    pointer);
		json_array_foreach(fields, i, f) {
			text = json_string_value(json_object_get(f, "name"));
			if (text != NULL && strcmp(text, name) == 0)
				return (long)i + 1;
		}
	}
	return 0;
}

static void
locate_csv(const struct resvalidate *st, const char *pointer, long *line,
    long *column)
{
	long col = csv_column(st->fields, pointer);

	(void)line;
	if (col > 0)
		*column = col;
}

/* st->fields: the fields of the bundled table schema table. */
static int
load_fields(struct resvalidate *st, const char *table)
{
	const char *text;
	size_t len;
	json_t *schema;

	if (st->fields_of != NULL && strcmp(st->fields_of, table) == 0)
		return 0;
	json_decref(st->fields);
	text = iachr_schema_text(table, &len);
	schema = text != NULL ? json_loadb(text, len, 0, NULL) : NULL;
	st->fields = json_incref(json_object_get(schema, "fields"));
	json_decref(schema);
	st->fields_of = st->fields != NULL ? table : NULL;
	return st->fields != NULL ? 0 : -1;
}

/*
 * The schema of a beneficiary table row, made from the table's fields:
 * each member is the record schema's of that name, /beneficiary an
 * item of its beneficiaries, so that a row holds what the records do.
 */
static json_t *
beneficiary_row_schema(const json_t *fields)
{
	json_t *schema, *props, *required, *f;
	const char *pointer;
	char key[64], ref[256];
	size_t i, n;

	schema = json_pack("{s:s, s:{}, s:[], s:b}", "type", "object",
	    "properties", "required", "additionalProperties", 0);
	props = json_object_get(schema, "properties");
	required = json_object_get(schema, "required");
	json_array_foreach(fields, i, f) {
		pointer = json_string_value(json_object_get(f, "jsonPointer"));
		if (schema == NULL || pointer == NULL || *pointer++ != '/' ||
		    (n = strcspn(pointer, "/")) >= sizeof(key))
			break;
		snprintf(key, sizeof(key), "%.*s", (int)n, pointer);
		if (json_object_get(props, key) != NULL)
			continue;
		snprintf(ref, sizeof(ref), "%s#/properties/%s", RECORD_URI,
		    strcmp(key, "beneficiary") == 0 ? "beneficiaries/items" :
		    key);
		if (json_object_set_new(props, key, json_pack("{s:s}", "$ref",
		    ref)) != 0 || json_array_append_new(required,
		    json_string(key)) != 0)
			break;
	}
	if (i < json_array_size(fields)) {
		json_decref(schema);
		return NULL;
	}
	return schema;
}

/* st->rows, once: the validator of beneficiary table rows. */
static int
load_row_validator(struct resvalidate *st)
{
	iachr_error_t err;
	json_t *schema;
	int rc;

	if (st->rows != NULL)
		return 0;
	iachr_error_init(&err);
	if ((st->rows = iachr_validator_new(st->formats ?
	    IACHR_VALIDATE_FORMATS : 0)) == NULL ||
	    (schema = beneficiary_row_schema(st->fields)) == NULL) {
		cli_warnx("out of memory");
		return -1;
	}
	rc = iachr_validator_add(st->rows, RECORD_URI, iachr_record_schema(),
	    &err) != 0 || iachr_validator_add(st->rows, BENEFICIARY_ROW_URI,
	    schema, &err) != 0 || iachr_validator_use(st->rows,
	    BENEFICIARY_ROW_URI, &err) != 0 ? -1 : 0;
	json_decref(schema);
	if (rc != 0)
		cli_report(NULL, &err);
	return rc;
}

/*
 * After the header: the table's fields, and for the beneficiary table
 * the validator of its rows.  Returns 0, or -1 when they cannot be had.
 */
static int
set_table(struct resvalidate *st, const iachr_csv_reader *r)
{
	const char *table = iachr_csv_reader_table(r);

	st->in_view = strcmp(table, "beneficiaries.csv.json") == 0;
	if (load_fields(st, table) != 0) {
		cli_warnx("out of memory");
		return -1;
	}
	return st->in_view ? load_row_validator(st) : 0;
}

/*
 * Rows of the record table (schemas/resolution.csv.json): the reader
 * checks the header and decodes each cell by its column's type; the
 * record is then checked against the record schema.  Rows of the
 * beneficiary table (schemas/beneficiaries.csv.json), known by their
 * header, are checked against what the record schema says of the
 * members they hold.
 */
static void
check_csv(struct resvalidate *st, FILE *fp, int delim)
{
	iachr_csv_reader *r;
	iachr_error_t err;
	json_t *rec;
	int rc, have_table = 0;

	iachr_error_init(&err);
	if ((r = iachr_csv_reader_new(fp, st->file, delim,
	    IACHR_CSV_BENEFICIARIES, &err)) == NULL) {
		cli_report(st->file, &err);
		unreadable(st, st->report_file, err.text);
		return;
	}
	for (;;) {
		iachr_error_init(&err);
		rc = iachr_csv_reader_next(r, &rec, &err);
		if (rc == IACHR_EOF)
			break;
		if (rc != IACHR_OK) {
			/* The header (line 1) is no record. */
			if (err.line != 1)
				st->record++;
			cli_csv_header_hint(r, 0, &err);
			malformed(st, &err);
			if (rc == IACHR_FATAL)
				break;
			continue;
		}
		if (!have_table++ && set_table(st, r) != 0) {
			cli_status_raise(&st->status, CLI_ERROR);
			json_decref(rec);
			break;
		}
		st->line = iachr_csv_reader_line(r);
		st->column = 1;
		st->locate = locate_csv;
		st->in_csv = 1;
		check_record(st, rec);
		st->locate = NULL;
		json_decref(rec);
	}
	st->in_csv = 0;
	st->in_view = 0;
	iachr_csv_reader_free(r);
}

/* An error of the XML Schema pass, in record number record or in none. */
static void
xsd_report(void *arg, int code, long line, long column, long record,
    const char *id, const char *message)
{
	struct resvalidate *st = arg;

	st->record = record;
	st->id = id;
	if (record > 0 && record != st->xsd_bad) {
		st->xsd_bad = record;
		st->xsd_invalid++;
	} else if (record == 0 && st->xsd_invalid == 0)
		st->xsd_invalid = 1;
	st->in_xsd = 1;
	emit(st, code == IACHR_E_INVALID ? CLI_RULE_INVALID :
	    CLI_RULE_MALFORMED, line, column, NULL, code == IACHR_E_INVALID ?
	    "resolution.xsd" : NULL, message);
	st->in_xsd = 0;
	st->id = NULL;
}

/*
 * Akoma Ntoso: the document is checked against schemas/resolution.xsd
 * first; when it passes, each record it holds is read and checked against
 * the record schema for what the XML Schema cannot express.  Both passes
 * need the input twice, so a pipe is spooled to a temporary file first.
 */
static void
check_xml(struct resvalidate *st, FILE *fp)
{
	iachr_xml_reader *r;
	iachr_error_t err;
	FILE *in = fp, *tmp = NULL;
	json_t *rec;
	char buf[65536];
	size_t n;
	off_t start;
	long statements;
	int rc;

	if ((start = ftello(fp)) < 0 || fseeko(fp, start, SEEK_SET) != 0) {
		if ((tmp = tmpfile()) == NULL) {
			cli_warn("temporary file");
			cli_status_raise(&st->status, CLI_ERROR);
			return;
		}
		while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
			if (fwrite(buf, 1, n, tmp) != n)
				break;
		if (ferror(fp) || fflush(tmp) != 0 || ferror(tmp)) {
			cli_warn("%s", st->file);
			unreadable(st, st->report_file, strerror(errno));
			fclose(tmp);
			return;
		}
		rewind(tmp);
		in = tmp;
		start = 0;
	}
	iachr_error_init(&err);
	st->record = 0;
	st->id = NULL;
	st->xsd_bad = 0;
	st->xsd_invalid = 0;
	rc = iachr_xsd_validate(in, st->file, "resolution.xsd", xsd_report,
	    st, &statements, &err);
	st->record = 0;
	if (rc == -2) {
		cli_report(st->file, &err);
		unreadable(st, st->report_file, err.text);
	} else if (rc != 0) {
		/* A document in error counts as one record at least. */
		st->records += statements > st->xsd_invalid ? statements :
		    st->xsd_invalid;
		st->invalid += st->xsd_invalid;
		cli_status_raise(&st->status, CLI_DATA);
	} else if (fseeko(in, start, SEEK_SET) != 0) {
		cli_warn("%s", st->file);
		unreadable(st, st->report_file, strerror(errno));
	} else if ((r = iachr_xml_reader_new(in, st->file)) == NULL) {
		cli_warnx("out of memory");
		cli_status_raise(&st->status, CLI_ERROR);
	} else {
		for (;;) {
			iachr_error_init(&err);
			rc = iachr_xml_reader_next(r, &rec, &err);
			if (rc == IACHR_EOF)
				break;
			if (rc != IACHR_OK) {
				st->record++;
				malformed(st, &err);
				if (rc == IACHR_FATAL)
					break;
				continue;
			}
			st->line = iachr_xml_reader_line(r);
			st->column = 0;
			check_record(st, rec);
			json_decref(rec);
		}
		iachr_xml_reader_free(r);
	}
	if (tmp != NULL)
		fclose(tmp);
}

/* The input format: --format, else the file name's extension. */
static const char *
format_of(const struct resvalidate *st, const char *path)
{
	static const char *const formats[][2] = {
		{ ".csv", "csv" }, { ".tsv", "tsv" }, { ".xml", "xml" },
		{ ".yaml", "yaml" }, { ".yml", "yaml" }
	};
	const char *dot;
	size_t i;

	if (st->format != NULL)
		return st->format;
	if (path == NULL || (dot = strrchr(path, '.')) == NULL)
		return "json";
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcasecmp(dot, formats[i][0]) == 0)
			return formats[i][1];
	return "json";
}

/* A missing file named like a format was meant for --format. */
static void
hint_format(const struct resvalidate *st, const char *path)
{
	if (st->formats && cli_dataset_format(path))
		cli_warnx("did you mean --format %s? --formats checks "
		    "the string formats and takes no value", path);
}

/*
 * 1 when fp, a file, starts as a PDF document does, else 0; fp stays where
 * it was.  -1 with errno set when it cannot be read.
 */
static int
is_pdf(FILE *fp)
{
	char head[5];
	off_t start;
	size_t n;

	/* A pipe cannot be read back; its reader will find it malformed. */
	if ((start = ftello(fp)) < 0)
		return 0;
	n = fread(head, 1, sizeof(head), fp);
	if (ferror(fp) || fseeko(fp, start, SEEK_SET) != 0)
		return -1;
	clearerr(fp);
	return n == sizeof(head) && memcmp(head, "%PDF-", sizeof(head)) == 0;
}

static void
check_file(struct resvalidate *st, const char *path)
{
	const char *name, *format = format_of(st, path);
	int csv = strcmp(format, "csv") == 0 || strcmp(format, "tsv") == 0;
	FILE *fp;
	int pdf, saved;

	if ((fp = cli_open_input(path, &name)) == NULL) {
		unreadable(st, path, strerror(errno));
		hint_format(st, path);
		return;
	}
	st->files++;
	st->file = name;
	st->report_file = fp == stdin ? NULL : name;
	st->record = 0;
	if ((pdf = is_pdf(fp)) < 0) {
		saved = errno;
		cli_warn("%s", name);
		unreadable(st, st->report_file, strerror(saved));
		cli_close_input(fp);
		return;
	}
	if (pdf) {
		st->id = NULL;
		st->records++;
		st->invalid++;
		emit(st, CLI_RULE_MALFORMED, 0, 0, NULL, NULL, "a PDF "
		    "document, not records: convert it with pdftotext first, "
		    "then to records with iachr2json (pdftotext file.pdf - | "
		    "iachr2json | resvalidate)");
		cli_status_raise(&st->status, CLI_DATA);
		cli_close_input(fp);
		return;
	}
	/* XML and CSV hold records only, whatever the schema. */
	if ((!st->own_schema || strcmp(format, "xml") == 0 || csv) &&
	    (st->keys = iachr_dataset_keys_new()) == NULL) {
		cli_warnx("out of memory");
		cli_status_raise(&st->status, CLI_ERROR);
		cli_close_input(fp);
		return;
	}
	if (strcmp(format, "yaml") == 0)
		check_yaml(st, fp);
	else if (strcmp(format, "xml") == 0)
		check_xml(st, fp);
	else if (csv)
		check_csv(st, fp, st->delim != 0 ? st->delim :
		    strcmp(format, "tsv") == 0 ? '\t' : 0);
	else
		check_json(st, fp);
	iachr_dataset_keys_free(st->keys);
	st->keys = NULL;
	cli_close_input(fp);
}

struct meta_error {
	const char *path;
	int seen;
};

static int
meta_report(void *arg, const char *instance, const char *schema,
    const char *message)
{
	struct meta_error *m = arg;

	cli_warnx("%s: unusable schema: %s%s%s (meta-schema %s)",
	    m->path, instance, *instance != '\0' ? ": " : "", message, schema);
	return ++m->seen >= 10;
}

/* Checks a user's schema against the 2020-12 meta-schema. */
static int
check_schema(const char *path, const json_t *schema)
{
	struct meta_error m = { path, 0 };
	iachr_validator *meta;
	iachr_error_t err;
	const char *draft;
	int rc;

	/* Earlier drafts give the same keywords other meanings. */
	draft = json_string_value(json_object_get(schema, "$schema"));
	if (draft != NULL && (strstr(draft, "json-schema.org/draft-0") !=
	    NULL || strstr(draft, "json-schema.org/draft/2019-09/") !=
	    NULL)) {
		cli_warnx("%s: unusable schema: $schema %s: only draft "
		    "2020-12 is supported",
		    path, draft);
		return -1;
	}

	if ((meta = iachr_validator_new(0)) == NULL) {
		cli_warnx("out of memory");
		return -1;
	}
	iachr_error_init(&err);
	if (iachr_validator_use(meta, META_URI, &err) != 0) {
		cli_report(NULL, &err);
		iachr_validator_free(meta);
		return -1;
	}
	rc = iachr_validator_check(meta, schema, meta_report, &m);
	iachr_validator_free(meta);
	return rc;
}

/* Registers one --ref URI=PATH before the schema is compiled. */
static int
add_ref(iachr_validator *v, const char *arg)
{
	const char *eq = strchr(arg, '=');
	iachr_error_t err;
	char *uri;
	int rc;

	if (eq == NULL || eq == arg || eq[1] == '\0') {
		cli_warnx("--ref %s: expected URI=PATH", arg);
		return -1;
	}
	if ((uri = strndup(arg, (size_t)(eq - arg))) == NULL) {
		cli_warnx("out of memory");
		return -1;
	}
	iachr_error_init(&err);
	rc = iachr_validator_add_file(v, uri, eq + 1, &err);
	if (rc != 0)
		cli_report(NULL, &err);
	free(uri);
	return rc;
}

/*
 * Sets up the validator: the documents of --ref, then the schema to
 * validate against, --schema FILE or the record schema.
 */
static int
load_schema(struct resvalidate *st, const char *path, int flags,
    char **refs, int nrefs)
{
	iachr_error_t err;
	json_error_t je;
	json_t *schema;
	const char *id, *uri;
	char *real = NULL, *file_uri = NULL;
	int i, rc;

	if ((st->v = iachr_validator_new(flags)) == NULL) {
		cli_warnx("out of memory");
		return -1;
	}
	for (i = 0; i < nrefs; i++)
		if (add_ref(st->v, refs[i]) != 0)
			return -1;
	iachr_error_init(&err);
	if (path == NULL) {
		if ((schema = json_incref((json_t *)iachr_record_schema())) ==
		    NULL) {
			cli_warnx("out of memory");
			return -1;
		}
		uri = RECORD_URI;
	} else {
		st->any_schema = 1;
		/* A schema may be any value, true or false included. */
		schema = json_load_file(path, JSON_DECODE_ANY | JSON_ALLOW_NUL,
		    &je);
		if (schema == NULL) {
			cli_diag(path, je.line, je.column, "%s", je.text);
			return -1;
		}
		if (check_schema(path, schema) != 0) {
			json_decref(schema);
			return -1;
		}
		id = json_string_value(json_object_get(schema, "$id"));
		if (id != NULL && strchr(id, ':') != NULL)
			uri = id;
		else {
			/* Relative references resolve against the file. */
			if (path[0] != '/' && (real = getcwd(NULL, 0)) ==
			    NULL) {
				cli_warn("getcwd");
				json_decref(schema);
				return -1;
			}
			file_uri = malloc(strlen(path) + (real != NULL ?
			    strlen(real) : 0) + 9);
			if (file_uri == NULL) {
				free(real);
				json_decref(schema);
				cli_warnx("out of memory");
				return -1;
			}
			sprintf(file_uri, "file://%s%s%s", real != NULL ?
			    real : "", real != NULL ? "/" : "", path);
			uri = file_uri;
		}
	}
	rc = iachr_validator_add(st->v, uri, schema, &err) != 0 ||
	    iachr_validator_use(st->v, uri, &err) != 0 ? -1 : 0;
	if (rc != 0) {
		if (err.code == IACHR_E_INVALID)
			cli_diag(err.source[0] != '\0' ? err.source : path,
			    err.line, err.column, "unusable schema: %s",
			    err.text);
		else
			cli_report(err.source[0] == '\0' ? path : NULL, &err);
	}
	json_decref(schema);
	free(real);
	free(file_uri);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct cli_option options[] = {	/* keep sorted */
		{ 'd', "delimiter", "delim",
		    "CSV cells separated by delim, not sniffed from the header" },
		{ OPT_ERRORS, "errors", "text|json|github|sarif|junit",
		    "how errors are reported" },
		{ OPT_FORMAT, "format", "json|yaml|xml|csv|tsv",
		    "the format of the inputs, not from their names" },
		{ OPT_FORMATS, "formats", NULL, "check the format keyword too" },
		CLI_OPTION_HELP,
		{ OPT_MAX_ERRORS, "max-errors", "N",
		    "with --errors github, annotate N errors at most (10)" },
		{ OPT_REF, "ref", "URI=PATH", "load the schema in PATH as URI" },
		{ OPT_SCHEMA, "schema", "FILE", "check against the schema in FILE" },
		CLI_OPTION_VERSION,
		CLI_OPTION_END
	};
	struct resvalidate st;
	struct cli_errors_counts counts;
	enum cli_errors_format errors = CLI_ERRORS_TEXT;
	long max_errors = -1;
	const char *schema = NULL;
	char **refs, *end;
	int ch, flags = 0, i, nrefs = 0;

	cli_init(argv);
	memset(&st, 0, sizeof(st));
	if ((refs = calloc((size_t)argc, sizeof(*refs))) == NULL) {
		cli_warnx("out of memory");
		return CLI_ERROR;
	}
	while ((ch = cli_getopt(argc, argv, options)) != -1) {
		switch (ch) {
		case OPT_FORMATS:
			flags |= IACHR_VALIDATE_FORMATS;
			st.formats = 1;
			break;
		case CLI_OPT_VERSION:
			free(refs);
			cli_version();
			return cli_finish(CLI_OK);
		case 'd':
			if ((st.delim = cli_delimiter(optarg)) == 0) {
				cli_warnx("-d: must be one ASCII character "
				    "other than a quote, CR or LF: %s", optarg);
				free(refs);
				return cli_usage_error(synopsis);
			}
			break;
		case OPT_ERRORS:
			if (strcmp(optarg, "text") == 0)
				errors = CLI_ERRORS_TEXT;
			else if (strcmp(optarg, "json") == 0)
				errors = CLI_ERRORS_JSON;
			else if (strcmp(optarg, "github") == 0)
				errors = CLI_ERRORS_GITHUB;
			else if (strcmp(optarg, "sarif") == 0)
				errors = CLI_ERRORS_SARIF;
			else if (strcmp(optarg, "junit") == 0)
				errors = CLI_ERRORS_JUNIT;
			else {
				cli_warnx("--errors %s: expected text, json, "
				    "github, sarif or junit", optarg);
				free(refs);
				return cli_usage_error(synopsis);
			}
			break;
		case OPT_FORMAT:
			if (!cli_dataset_format(optarg)) {
				cli_warnx("--format %s: expected json, yaml, "
				    "xml, csv or tsv", optarg);
				free(refs);
				return cli_usage_error(synopsis);
			}
			st.format = optarg;
			break;
		case 'h':
			free(refs);
			cli_help(synopsis, options, "resvalidate dataset.csv");
			return cli_finish(CLI_OK);
		case OPT_MAX_ERRORS:
			errno = 0;
			max_errors = strtol(optarg, &end, 10);
			if (errno != 0 || end == optarg || *end != '\0' ||
			    max_errors < 0) {
				cli_warnx("--max-errors %s: expected a number, 0 "
				    "or more", optarg);
				free(refs);
				return cli_usage_error(synopsis);
			}
			break;
		case OPT_REF:
			refs[nrefs++] = optarg;
			break;
		case OPT_SCHEMA:
			schema = optarg;
			st.own_schema = 1;
			break;
		default:
			free(refs);
			return cli_usage_error(synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (load_schema(&st, schema, flags, refs, nrefs) != 0) {
		free(refs);
		iachr_validator_free(st.v);
		return cli_finish(CLI_ERROR);
	}
	free(refs);
	if (max_errors < 0)
		max_errors = errors == CLI_ERRORS_GITHUB ? GITHUB_ANNOTATIONS : 0;
	if ((st.report = cli_errors_new(errors, max_errors, cli_progname(),
	    iachr_version())) == NULL) {
		iachr_validator_free(st.v);
		return cli_finish(CLI_ERROR);
	}
	if (argc == 0)
		check_file(&st, NULL);
	for (i = 0; i < argc; i++)
		check_file(&st, argv[i]);
	counts.records = st.records;
	counts.invalid = st.invalid;
	counts.files = st.files;
	counts.unreadable = st.unreadable;
	cli_errors_end(st.report, &counts, st.status);
	fflush(stdout);
	/* With no file read, the messages about each have said it all. */
	if (st.files > 0)
		cli_warnx("%ld record%s checked, %ld invalid, %ld file%s",
		    st.records, st.records == 1 ? "" : "s", st.invalid,
		    st.files, st.files == 1 ? "" : "s");
	iachr_validator_free(st.v);
	iachr_validator_free(st.rows);
	json_decref(st.fields);
	return cli_finish(st.status);
}
