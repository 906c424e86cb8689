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
#include "iachr_json_reader.h"
#include "iachr_record.h"
#include "iachr_schema.h"

static const char *const synopsis[] = {
	"[-o file] [--no-header] [--append file] [-d delim] [--crlf] [--bom] "
	    "[--safe-formulas] [--no-validate] [file ...]",
	NULL
};

enum {
	OPT_APPEND = CLI_OPT_TOOL, OPT_BOM, OPT_CRLF, OPT_NO_HEADER, OPT_SAFE
};

/* keep sorted */
static const struct cli_option options[] = {
	{ OPT_APPEND, "append", "file",
	    "add the rows to file, its header written once" },
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
	int delim;		/* 0 until -d or --append decides */
	int flags;
	int bom, header;
	struct cli_output out;
	off_t append_from;	/* --append: the file's length before */
	int write_failed;
	FILE *fp;
	iachr_csv_writer *w;
};

/* ",", ";", a tab, or "\t" or "tab" for one. */
static int
parse_delim(const char *arg)
{
	if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
		return '\t';
	if (arg[0] != '\0' && arg[1] == '\0' && strchr(",;\t", arg[0]) != NULL)
		return (unsigned char)arg[0];
	return 0;
}

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
 * --append: a new or empty file gets the header; an existing one must
 * hold our header (its delimiter and line end are kept) and end with a
 * line break, else nothing is written to it.
 */
static int
open_append(struct json2csv *j)
{
	static const int delims[] = { ',', ';', '\t' };
	struct stat st;
	const char *header;
	size_t hlen, i;
	ssize_t n;
	char last;
	int fd, crlf = 0, found = 0, want, rc;

	if ((fd = open(j->append, O_RDWR | O_CREAT | O_APPEND, 0666)) == -1 ||
	    fstat(fd, &st) == -1) {
		cli_warn("%s", j->append);
		if (fd != -1)
			close(fd);
		return CLI_ERROR;
	}
	if ((j->fp = fdopen(fd, "ab")) == NULL) {
		cli_warn("%s", j->append);
		close(fd);
		return CLI_ERROR;
	}
	j->append_from = st.st_size;
	if (st.st_size == 0)
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
				cli_warn("%s", j->append);
				return CLI_ERROR;
			}
			if (rc == 1)
				found = delims[i];
		}
	if (!found) {
		cli_warnx("%s: the first line is not json2csv's header%s; "
		    "not appending", j->append, want != 0 ?
		    " with this delimiter" : "");
		return CLI_DATA;
	}
	if ((n = pread(fd, &last, 1, st.st_size - 1)) == -1) {
		cli_warn("%s", j->append);
		return CLI_ERROR;
	}
	if (n != 1 || last != '\n') {
		cli_warnx("%s: does not end with a line break; not appending",
		    j->append);
		return CLI_DATA;
	}
	iachr_csv_writer_free(j->w);
	j->w = NULL;
	j->delim = found;
	j->flags = crlf ? j->flags | IACHR_CSV_CRLF :
	    j->flags & ~IACHR_CSV_CRLF;
	return new_writer(j) == 0 ? CLI_OK : CLI_ERROR;
}

static int
open_output(struct json2csv *j)
{
	int status;

	if (j->append != NULL) {
		if ((status = open_append(j)) != CLI_OK)
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
			cli_write_error(j->append != NULL ? j->append : j->out.path);
			return CLI_ERROR;
		}
	}
	return CLI_OK;
}

static int
write_row(void *arg, const json_t *rec, iachr_error_t *err)
{
	struct json2csv *j = arg;
	int rc;

	if ((rc = iachr_csv_writer_write(j->w, rec, err)) == IACHR_FATAL)
		j->write_failed = 1;
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
		cli_write_error(j->append != NULL ? j->append : j->out.path);
		failed = 1;
	}
	if (failed && ftruncate(fileno(j->fp), j->append_from) != 0)
		cli_warn("%s: cannot cut back what was appended",
		    j->append);
	if (fclose(j->fp) != 0) {
		cli_write_error(j->append != NULL ? j->append : j->out.path);
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
	if (j->append != NULL)
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
			if ((j.delim = parse_delim(optarg)) == 0) {
				cli_warnx("-d: must be ',', ';' or a tab: %s",
				    optarg);
				return cli_usage_error(synopsis);
			}
			break;
		case 'h':
			cli_help(synopsis, options,
			    "iachr2json < r.txt | json2csv --append dataset.csv");
			return cli_finish(CLI_OK);
		case 'o':
			j.output = optarg;
			break;
		case OPT_APPEND:
			j.append = optarg;
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
		c.output = j.append != NULL ? j.append : j.out.path;
		cli_convert_inputs(&c, argc, argv);
	}
	if (j.w != NULL && iachr_csv_writer_formula_cells(j.w) > 0)
		cli_warnx("warning: %lu cells start with =, +, -, @, tab or "
		    "CR, which spreadsheets may run as formulas; "
		    "--safe-formulas escapes them",
		    iachr_csv_writer_formula_cells(j.w));
	iachr_csv_writer_free(j.w);
	cli_status_raise(&c.status, finish_output(&j, c.status));
	return cli_finish(c.status);
}
