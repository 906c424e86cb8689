/*
 * json2csv: records (JSON Lines, concatenated or pretty JSON) to CSV rows
 * under the bundled table schema's header.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "iachr_csv.h"
#include "iachr_dataset.h"
#include "iachr_json_reader.h"
#include "iachr_record.h"
#include "iachr_schema.h"

static const char *const synopsis[] = {
	"[-o file] [--no-header] [--append file] [--beneficiaries] [-d delim] "
	    "[--crlf] [--bom] [--safe-formulas] [--no-validate] [file ...]",
	NULL
};

enum {
	OPT_APPEND = CLI_OPT_TOOL, OPT_BENEFICIARIES, OPT_BOM, OPT_CRLF,
	OPT_NO_HEADER, OPT_SAFE
};

/* keep sorted */
static const struct cli_option options[] = {
	{ OPT_APPEND, "append", "file",
	    "add the rows to file, its header written once" },
	{ OPT_BENEFICIARIES, "beneficiaries", NULL,
	    "one row per beneficiary: a derived view, not read back" },
	{ OPT_BOM, "bom", NULL, "begin with a UTF-8 byte order mark" },
	{ OPT_CRLF, "crlf", NULL, "end rows with CR LF" },
	{ 'd', "delimiter", "delim", "separate cells with ';' or tab, not ','" },
	CLI_OPTION_HELP,
	{ OPT_NO_HEADER, "no-header", NULL, "write no header row" },
	CLI_OPTION_NO_VALIDATE,
	CLI_OPTION_OUTPUT,
	{ OPT_SAFE, "safe-formulas", NULL,
	    "escape cells that spreadsheets would run as formulas" },
	CLI_OPTION_VERSION,
	CLI_OPTION_END
};

struct json2csv {
	const char *append;	/* --append FILE */
	const char *output;	/* -o FILE */
	int appending;		/* to --append FILE, or stdout opened with >> */
	const char *dataset;	/* the file appended to, in messages */
	iachr_dataset_keys *keys;	/* appending: keys of the file's rows */
	long rows;		/* appending: rows in the file */
	int delim;		/* 0 until -d or --append decides */
	int flags;
	int bom, header;
	struct cli_output out;
	off_t append_from;	/* --append: the file's length before */
	int write_failed;
	FILE *fp;
	iachr_csv_writer *w;
};

static int
new_writer(struct json2csv *j)
{
	iachr_error_t err;

	iachr_error_init(&err);
	if ((j->w = iachr_csv_writer_new(j->fp, j->delim != 0 ? j->delim : ',',
	    j->flags, &err)) == NULL) {
		cli_warnx("%s", err.text);
		return -1;
	}
	return 0;
}

/*
 * Reads the start of an existing file: does its first line hold the
 * header with delimiter delim?  Sets *crlf from its line end.  Returns
 * -1 (errno set) if it cannot be read.
 */
static int
header_matches(int fd, const char *header, size_t hlen, int delim,
    int *crlf)
{
	char *buf;
	size_t i, k, want = hlen + 5;
	ssize_t n;
	int match = 0;

	if ((buf = malloc(want)) == NULL)
		return -1;
	if ((n = pread(fd, buf, want, 0)) == -1)
		match = -1;
	else if (n > 0) {
		i = n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
		if ((size_t)n - i > hlen) {
			match = 1;
			for (k = 0; k < hlen && match; k++)
				match = header[k] == ',' ? buf[i + k] == delim :
				    buf[i + k] == header[k];
			i += hlen;
			*crlf = buf[i] == '\r';
			if (*crlf)
				match = match && (size_t)n > i + 1 &&
				    buf[i + 1] == '\n';
			else
				match = match && buf[i] == '\n';
		}
	}
	free(buf);
	return match;
}

/*
 * Adds the key of rec, row row of the dataset, to j->keys.  Returns 0
 * when it is new or rec has none, the row that has it already, or -1
 * when out of memory.
 */
static long
add_key(struct json2csv *j, const json_t *rec, long row)
{
	const char *id = json_string_value(json_object_get(rec, "id"));
	const char *language = json_string_value(json_object_get(rec,
	    "language"));

	if (id == NULL || language == NULL)
		return 0;
	return iachr_dataset_keys_add(j->keys, id, language, row);
}

/*
 * Reads the keys of the rows already in the dataset from fd, so that no
 * record is appended twice.  A row that does not read
 * as a record has no key: resvalidate reports it.
 */
static int
read_keys(struct json2csv *j, int fd)
{
	iachr_csv_reader *r;
	iachr_error_t err;
	json_t *rec;
	FILE *fp;
	int rc;

	iachr_error_init(&err);
	if ((fd = dup(fd)) == -1 || (fp = fdopen(fd, "rb")) == NULL) {
		cli_warn("%s", j->dataset);
		if (fd != -1)
			close(fd);
		return CLI_ERROR;
	}
	if ((r = iachr_csv_reader_new(fp, j->dataset, j->delim,
	    j->flags & IACHR_CSV_BENEFICIARIES, &err)) == NULL) {
		cli_report(j->dataset, &err);
		fclose(fp);
		return CLI_ERROR;
	}
	while ((rc = iachr_csv_reader_next(r, &rec, &err)) != IACHR_EOF &&
	    rc != IACHR_FATAL) {
		j->rows++;
		if (rc == IACHR_OK && add_key(j, rec, j->rows) < 0)
			iachr_error_set(&err, IACHR_E_NOMEM, NULL, 0, 0, -1,
			    "out of memory");
		json_decref(rec);
		if (err.code == IACHR_E_NOMEM)
			break;
		iachr_error_init(&err);
	}
	iachr_csv_reader_free(r);
	fclose(fp);
	if (err.code == IACHR_E_IO || err.code == IACHR_E_NOMEM) {
		cli_report(j->dataset, &err);
		return CLI_ERROR;
	}
	return CLI_OK;
}

/*
 * Appends to j->fp, whose file is size bytes long, read through fd: a
 * new or empty file gets the header; an existing one
 * must hold our header (its delimiter and line end are kept) and end
 * with a line break, else nothing is written to it.
 */
static int
append_to(struct json2csv *j, int fd, off_t size)
{
	static const int delims[] = { ',', ';', '\t' };
	const char *header;
	size_t hlen, i;
	ssize_t n;
	char last;
	int crlf = 0, found = 0, want, rc;

	j->appending = 1;
	j->append_from = size;
	if ((j->keys = iachr_dataset_keys_new()) == NULL) {
		cli_warnx("out of memory");
		return CLI_ERROR;
	}
	if (size == 0)
		return new_writer(j) == 0 ? CLI_OK : CLI_ERROR;
	j->header = 0;
	j->bom = 0;
	/* The header with commas, to compare with any delimiter. */
	want = j->delim;
	j->delim = ',';
	if (new_writer(j) != 0)
		return CLI_ERROR;
	header = iachr_csv_writer_header_text(j->w, &hlen);
	for (i = 0; i < 3 && !found; i++)
		if (want == 0 || want == delims[i]) {
			rc = header_matches(fd, header, hlen, delims[i], &crlf);
			if (rc == -1) {
				cli_warn("%s", j->dataset);
				return CLI_ERROR;
			}
			if (rc == 1)
				found = delims[i];
		}
	if (!found) {
		cli_warnx("%s: the first line is not json2csv's header%s; "
		    "not appending", j->dataset, want != 0 ?
		    " with this delimiter" : "");
		return CLI_DATA;
	}
	if ((n = pread(fd, &last, 1, size - 1)) == -1) {
		cli_warn("%s", j->dataset);
		return CLI_ERROR;
	}
	if (n != 1 || last != '\n') {
		cli_warnx("%s: does not end with a line break; not appending",
		    j->dataset);
		return CLI_DATA;
	}
	iachr_csv_writer_free(j->w);
	j->w = NULL;
	j->delim = found;
	j->flags = crlf ? j->flags | IACHR_CSV_CRLF :
	    j->flags & ~IACHR_CSV_CRLF;
	if ((rc = read_keys(j, fd)) != CLI_OK)
		return rc;
	return new_writer(j) == 0 ? CLI_OK : CLI_ERROR;
}

/* --append FILE: created if need be. */
static int
open_append(struct json2csv *j)
{
	struct stat st;
	int fd, rfd, status;

	j->dataset = j->append;
	if ((fd = open(j->append, O_WRONLY | O_CREAT | O_APPEND, 0666)) ==
	    -1 || fstat(fd, &st) == -1 ||
	    (rfd = open(j->append, O_RDONLY)) == -1) {
		cli_warn("%s", j->append);
		if (fd != -1)
			close(fd);
		return CLI_ERROR;
	}
	if ((j->fp = fdopen(fd, "ab")) == NULL) {
		cli_warn("%s", j->append);
		close(fd);
		close(rfd);
		return CLI_ERROR;
	}
	status = append_to(j, rfd, st.st_size);
	close(rfd);
	return status;
}

/*
 * Is stdout a regular file opened for appending (">>")?  Then rows go
 * after those in it, as with --append, so that a loop of runs builds one
 * dataset with one header.
 */
static int
stdout_appends(struct stat *st)
{
	int fl;

	return fstat(STDOUT_FILENO, st) == 0 && S_ISREG(st->st_mode) &&
	    (fl = fcntl(STDOUT_FILENO, F_GETFL)) != -1 &&
	    (fl & O_APPEND) != 0;
}

/*
 * Appends to stdout, whose file is read back through a descriptor of its
 * own: ">>" opens it for writing only.
 */
static int
open_stdout_append(struct json2csv *j, const struct stat *out)
{
	struct stat st;
	int fd, status;

	j->dataset = "<stdout>";
	j->fp = stdout;
	if (out->st_size == 0)
		return append_to(j, -1, 0);
	if ((fd = open("/dev/fd/1", O_RDONLY)) == -1 || fstat(fd, &st) == -1 ||
	    st.st_dev != out->st_dev || st.st_ino != out->st_ino) {
		cli_warnx("standard output: cannot read back the file it "
		    "appends to; --append FILE appends to it");
		if (fd != -1)
			close(fd);
		return CLI_ERROR;
	}
	status = append_to(j, fd, out->st_size);
	close(fd);
	return status;
}

static int
open_output(struct json2csv *j)
{
	struct stat st;
	int status;

	if (j->append != NULL || (j->output == NULL && j->header &&
	    stdout_appends(&st))) {
		status = j->append != NULL ? open_append(j) :
		    open_stdout_append(j, &st);
		if (status != CLI_OK)
			return status;
	} else {
		if (cli_output_open(&j->out, j->output) != 0)
			return CLI_ERROR;
		j->fp = j->out.fp;
		if (new_writer(j) != 0)
			return CLI_ERROR;
	}
	if (j->header) {
		iachr_error_t err;

		iachr_error_init(&err);
		if (iachr_csv_writer_header(j->w, j->bom, &err) != IACHR_OK) {
			j->write_failed = 1;
			cli_write_error(j->appending ? j->append : j->out.path);
			return CLI_ERROR;
		}
	}
	return CLI_OK;
}

/*
 * Appending, adds rec's key (id, language) to those of the dataset; a
 * record whose key is there already is refused.
 */
static int
check_key(struct json2csv *j, const json_t *rec, iachr_error_t *err)
{
	long first;

	if (j->keys == NULL || (first = add_key(j, rec, j->rows + 1)) == 0)
		return IACHR_OK;
	if (first < 0) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return IACHR_FATAL;
	}
	iachr_error_set(err, IACHR_E_INVALID, NULL, 0, 0, -1,
	    "duplicate record: row %ld of %s has id %.100s language %.20s "
	    "already; not appended", first, j->dataset,
	    json_string_value(json_object_get(rec, "id")),
	    json_string_value(json_object_get(rec, "language")));
	iachr_error_set_pointer(err, "/id");
	return IACHR_FAILED;
}

/* The number of rows rec makes: one, or one per beneficiary. */
static long
rows_of(const struct json2csv *j, const json_t *rec)
{
	if ((j->flags & IACHR_CSV_BENEFICIARIES) == 0)
		return 1;
	return (long)json_array_size(json_object_get(rec, "beneficiaries"));
}

static int
write_row(void *arg, const json_t *rec, iachr_error_t *err)
{
	struct json2csv *j = arg;
	long rows = rows_of(j, rec);
	int rc;

	/* A record that makes no row leaves no key in the file. */
	if (rows > 0 && (rc = check_key(j, rec, err)) != IACHR_OK)
		return rc;
	if ((rc = iachr_csv_writer_write(j->w, rec, err)) == IACHR_FATAL)
		j->write_failed = 1;
	if (rc == IACHR_OK)
		j->rows += rows;
	return rc;
}

/*
 * Ends --append: the rows are kept only if all were written whole, else
 * the file is cut back to its length before, so that it still parses
 * and can be appended to again.
 */
static int
finish_append(struct json2csv *j)
{
	int failed = j->write_failed;

	if (fflush(j->fp) != 0 || ferror(j->fp)) {
		cli_write_error(j->append);
		failed = 1;
	}
	if (failed && ftruncate(fileno(j->fp), j->append_from) != 0)
		cli_warn("%s: cannot cut back what was appended", j->dataset);
	/* cli_finish closes stdout. */
	if (j->fp != stdout && fclose(j->fp) != 0) {
		cli_write_error(j->append);
		if (!failed && truncate(j->append, j->append_from) != 0)
			cli_warn("%s: cannot cut back what was appended",
			    j->append);
		failed = 1;
	}
	j->fp = NULL;
	return failed ? CLI_ERROR : CLI_OK;
}

static int
finish_output(struct json2csv *j, int status)
{
	if (j->appending)
		return j->fp != NULL ? finish_append(j) : status;
	return cli_output_end(&j->out, status);
}

int
main(int argc, char **argv)
{
	struct json2csv j = { .header = 1 };
	struct cli_convert c = { .read = cli_read_json,
	    .validate = CLI_VALIDATE_ALL, .write = write_row };
	int ch;

	cli_init(argv);
	while ((ch = cli_getopt(argc, argv, options)) != -1) {
		switch (ch) {
		case 'd':
			if ((j.delim = cli_delimiter(optarg)) == 0 ||
			    strchr(",;\t", j.delim) == NULL) {
				cli_warnx("-d: must be ',', ';' or a tab: %s",
				    optarg);
				return cli_usage_error(synopsis);
			}
			break;
		case 'h':
			cli_help(synopsis, options,
			    "iachr2json < r.txt | json2csv >> dataset.csv");
			return cli_finish(CLI_OK);
		case 'o':
			j.output = optarg;
			break;
		case OPT_APPEND:
			j.append = optarg;
			break;
		case OPT_BENEFICIARIES:
			j.flags |= IACHR_CSV_BENEFICIARIES;
			break;
		case OPT_BOM:
			j.bom = 1;
			break;
		case OPT_CRLF:
			j.flags |= IACHR_CSV_CRLF;
			break;
		case OPT_NO_HEADER:
			j.header = 0;
			break;
		case CLI_OPT_NO_VALIDATE:
			c.validate = CLI_NO_VALIDATE;
			break;
		case OPT_SAFE:
			j.flags |= IACHR_CSV_SAFE_FORMULAS;
			break;
		case CLI_OPT_VERSION:
			cli_version();
			return cli_finish(CLI_OK);
		default:
			return cli_usage_error(synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (j.append != NULL && (j.output != NULL || !j.header)) {
		cli_warnx("--append cannot go with -o or --no-header");
		return cli_usage_error(synopsis);
	}
	c.arg = &j;
	if ((c.status = open_output(&j)) == CLI_OK) {
		c.output = j.appending ? j.append : j.out.path;
		cli_convert_inputs(&c, argc, argv);
	}
	if (j.w != NULL && iachr_csv_writer_formula_cells(j.w) > 0)
		cli_warnx("warning: %lu cells start with =, +, -, @, tab or "
		    "CR, which spreadsheets may run as formulas; "
		    "--safe-formulas escapes them",
		    iachr_csv_writer_formula_cells(j.w));
	iachr_csv_writer_free(j.w);
	iachr_dataset_keys_free(j.keys);
	cli_status_raise(&c.status, finish_output(&j, c.status));
	return cli_finish(c.status);
}
