#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>
#include <jansson.h>
#include <libxml/xmlversion.h>

#include "cli.h"
#include "iachr_json_reader.h"
#include "iachr_record.h"
#include "iachr_schema.h"

static char progname[64] = "iachr";
/* A write error has been reported; it is reported once. */
static int write_error_reported;
/* The temporary output file to remove if a signal ends the run. */
static volatile sig_atomic_t have_tmp;
static char tmp_path[4096];

void
cli_init(char **argv)
{
	const char *argv0 = argv[0];
	const char *base = argv0 != NULL ? strrchr(argv0, '/') : NULL;

	base = base != NULL ? base + 1 : argv0;
	if (base != NULL && *base != '\0')
		snprintf(progname, sizeof(progname), "%s", base);
	argv[0] = progname;
	setlocale(LC_CTYPE, "");
	/* Past a file size limit, a write is to fail with EFBIG, not kill. */
	signal(SIGXFSZ, SIG_IGN);
}

const char *
cli_progname(void)
{
	return progname;
}

static void
vwarn(int with_errno, const char *fmt, va_list ap)
{
	int saved = errno;

	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	if (with_errno)
		fprintf(stderr, ": %s", strerror(saved));
	fputc('\n', stderr);
}

void
cli_warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(0, fmt, ap);
	va_end(ap);
}

void
cli_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(1, fmt, ap);
	va_end(ap);
}

void
cli_diag(const char *file, long line, long col, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	if (file != NULL && *file != '\0') {
		fputs(file, stderr);
		if (line > 0) {
			fprintf(stderr, ":%ld", line);
			if (col > 0)
				fprintf(stderr, ":%ld", col);
		}
		fputs(": ", stderr);
	}
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
cli_report(const char *file, const iachr_error_t *err)
{
	if (file == NULL)
		file = err->source;
	if (err->pointer[0] != '\0')
		cli_diag(file, err->line, err->column, "%s: %s", err->pointer,
		    err->text);
	else
		cli_diag(file, err->line, err->column, "%s", err->text);
}

/* The edit distance between two short strings; SIZE_MAX if too long. */
static size_t
edit_distance(const char *a, const char *b)
{
	size_t row[64], la = strlen(a), lb = strlen(b), i, j, diag, up;

	if (la >= 64 || lb >= 64)
		return SIZE_MAX;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		diag = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			up = row[j];
			row[j] = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < row[j])
				row[j] = up + 1;
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			diag = up;
		}
	}
	return row[lb];
}

/* Names the long option nearest to arg ("--name[=value]"), if near. */
static void
suggest_option(const char *arg, const struct option *longopts)
{
	char name[64];
	const char *best = NULL;
	size_t d, best_d = 3;

	if (strncmp(arg, "--", 2) != 0)
		return;
	snprintf(name, sizeof(name), "%.*s", (int)strcspn(arg + 2, "="),
	    arg + 2);
	for (; longopts->name != NULL; longopts++) {
		/* getopt has named the options a prefix is short for. */
		if (strncmp(longopts->name, name, strlen(name)) == 0)
			return;
		if ((d = edit_distance(name, longopts->name)) < best_d) {
			best_d = d;
			best = longopts->name;
		}
	}
	if (best != NULL)
		cli_warnx("did you mean --%s?", best);
}

int
cli_delimiter(const char *arg)
{
	if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
		return '\t';
	if (arg[0] != '\0' && arg[1] == '\0' && strchr("\"\r\n", arg[0]) ==
	    NULL && (unsigned char)arg[0] < 0x80)
		return (unsigned char)arg[0];
	return 0;
}

int
cli_dataset_format(const char *name)
{
	static const char *const formats[] = { "json", "yaml", "xml", "csv",
	    "tsv" };
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcmp(name, formats[i]) == 0)
			return 1;
	return 0;
}

void
cli_usage(FILE *fp, const char *const *synopsis)
{
	size_t i;

	for (i = 0; synopsis[i] != NULL; i++)
		fprintf(fp, "%s %s %s\n", i == 0 ? "usage:" : "      ",
		    progname, synopsis[i]);
}

/* More than any tool has: the size of cli_getopt's tables. */
#define MAX_OPTIONS 32
/* The column where --help starts an option's description. */
#define HELP_COLUMN 26

static int
option_has_arg(const struct cli_option *o)
{
	if (o->arg == NULL)
		return no_argument;
	return o->arg[0] == '[' ? optional_argument : required_argument;
}

static int
option_is_short(const struct cli_option *o)
{
	return o->key > 0 && o->key < CLI_OPT_VERSION;
}

/* Fills getopt_long's tables from options; aborts when they overflow. */
static void
build_getopt(const struct cli_option *options, struct option *longopts,
    char *optstring)
{
	size_t i, n = 0;
	char *p = optstring;

	for (i = 0; options[i].help != NULL; i++) {
		if (i == MAX_OPTIONS)
			abort();
		if (option_is_short(&options[i])) {
			*p++ = (char)options[i].key;
			if (option_has_arg(&options[i]) != no_argument)
				*p++ = ':';
			if (option_has_arg(&options[i]) == optional_argument)
				*p++ = ':';
		}
		if (options[i].name != NULL) {
			longopts[n].name = options[i].name;
			longopts[n].has_arg = option_has_arg(&options[i]);
			longopts[n].flag = NULL;
			longopts[n].val = options[i].key;
			n++;
		}
	}
	*p = '\0';
	memset(&longopts[n], 0, sizeof(longopts[n]));
}

int
cli_getopt(int argc, char **argv, const struct cli_option *options)
{
	static const struct cli_option *built;
	static struct option longopts[MAX_OPTIONS + 1];
	static char optstring[3 * MAX_OPTIONS + 1];
	int ch;

	if (built != options) {
		build_getopt(options, longopts, optstring);
		built = options;
	}
	ch = getopt_long(argc, argv, optstring, longopts, NULL);
	if (ch == '?' && optind > 1 && optind <= argc)
		suggest_option(argv[optind - 1], longopts);
	return ch;
}

/* "-o, --output=file", as --help shows the option; returns its length. */
static int
print_option_forms(const struct cli_option *o)
{
	const char *arg = o->arg != NULL ? o->arg : "";
	const char *sep = o->arg != NULL && o->arg[0] != '[' ? "=" : "";

	if (o->name == NULL)
		return printf("  -%c%s%s", o->key, *arg != '\0' ? " " : "",
		    arg);
	if (option_is_short(o))
		return printf("  -%c, --%s%s%s", o->key, o->name, sep, arg);
	return printf("      --%s%s%s", o->name, sep, arg);
}

void
cli_help(const char *const *synopsis, const struct cli_option *options,
    const char *example)
{
	size_t i;
	int width;

	cli_usage(stdout, synopsis);
	printf("\nOptions:\n");
	for (i = 0; options[i].help != NULL; i++) {
		width = print_option_forms(&options[i]);
		if (width >= HELP_COLUMN - 1) {
			putchar('\n');
			width = 0;
		}
		printf("%*s%s\n", HELP_COLUMN - width, "", options[i].help);
	}
	printf("\nExample:\n  %s\n\nSee %s(1).\n", example, progname);
}

int
cli_jobs(const char *arg)
{
	char *end;
	long jobs;

	errno = 0;
	jobs = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || jobs < 0) {
		cli_warnx("--jobs %s: expected a number, 0 or more", arg);
		return -1;
	}
	if (jobs == 0)
		jobs = sysconf(_SC_NPROCESSORS_ONLN);
	return jobs < 1 ? 1 : jobs > CLI_MAX_JOBS ? CLI_MAX_JOBS : (int)jobs;
}

int
cli_usage_error(const char *const *synopsis)
{
	cli_usage(stderr, synopsis);
	return CLI_ERROR;
}

void
cli_version(void)
{
	printf("%s (iachr-tools) %s\n", progname, iachr_version());
	printf("jansson %s, libxml2 %s, libyaml %s, libcsv %d.%d.%d\n",
	    JANSSON_VERSION, LIBXML_DOTTED_VERSION, CLI_LIBYAML_VERSION,
	    CSV_MAJOR, CSV_MINOR, CSV_RELEASE);
}

FILE *
cli_open_input(const char *path, const char **name)
{
	FILE *fp;

	if (path == NULL || strcmp(path, "-") == 0) {
		*name = "<stdin>";
		return stdin;
	}
	*name = path;
	if ((fp = fopen(path, "rb")) == NULL)
		cli_warn("%s", path);
	return fp;
}

void
cli_close_input(FILE *fp)
{
	if (fp != NULL && fp != stdin)
		fclose(fp);
}

static void
remove_tmp_on_signal(int sig)
{
	if (have_tmp)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

int
cli_output_open(struct cli_output *out, const char *path)
{
	struct stat st;
	const char *base, *dir;
	char *dir_copy;
	size_t size;
	int fd;
	mode_t mask;

	memset(out, 0, sizeof(*out));
	if (path == NULL || strcmp(path, "-") == 0) {
		out->fp = stdout;
		return 0;
	}
	/* A device or a FIFO is written to: renaming over it would replace it. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if ((out->path = strdup(path)) == NULL ||
		    (out->fp = fopen(path, "wb")) == NULL) {
			cli_warn("%s", path);
			free(out->path);
			out->path = NULL;
			return -1;
		}
		return 0;
	}
	if ((out->path = strdup(path)) == NULL ||
	    (dir_copy = strdup(path)) == NULL) {
		free(out->path);
		cli_warn("%s", path);
		return -1;
	}
	base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
	dir = dirname(dir_copy);
	size = strlen(dir) + strlen(base) + sizeof("/..XXXXXX");
	if ((out->tmp = malloc(size)) == NULL) {
		free(dir_copy);
		cli_warn("%s", path);
		cli_output_abort(out);
		return -1;
	}
	snprintf(out->tmp, size, "%s/.%s.XXXXXX", dir, base);
	free(dir_copy);
	if ((fd = mkstemp(out->tmp)) == -1) {
		cli_warn("%s", path);
		cli_output_abort(out);
		return -1;
	}
	/* Keep an existing target's mode; else what creat(2) would give. */
	if (stat(path, &st) == 0) {
		fchmod(fd, st.st_mode & 07777);
	} else {
		mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	snprintf(tmp_path, sizeof(tmp_path), "%s", out->tmp);
	have_tmp = 1;
	signal(SIGINT, remove_tmp_on_signal);
	signal(SIGTERM, remove_tmp_on_signal);
	signal(SIGHUP, remove_tmp_on_signal);
	signal(SIGPIPE, remove_tmp_on_signal);
	if ((out->fp = fdopen(fd, "wb")) == NULL) {
		cli_warn("%s", path);
		close(fd);
		cli_output_abort(out);
		return -1;
	}
	return 0;
}

int
cli_output_commit(struct cli_output *out)
{
	int failed;

	if (out->path == NULL)
		return 0;
	failed = fflush(out->fp) != 0 || ferror(out->fp);
	if (out->tmp != NULL)
		failed |= fsync(fileno(out->fp)) != 0;
	failed |= fclose(out->fp) != 0;
	out->fp = NULL;
	if (failed || (out->tmp != NULL && rename(out->tmp, out->path) != 0)) {
		cli_write_error(out->path);
		cli_output_abort(out);
		return -1;
	}
	have_tmp = 0;
	free(out->tmp);
	free(out->path);
	out->tmp = out->path = NULL;
	return 0;
}

void
cli_output_abort(struct cli_output *out)
{
	if (out->path != NULL && out->fp != NULL)
		fclose(out->fp);
	if (out->tmp != NULL) {
		unlink(out->tmp);
		have_tmp = 0;
	}
	free(out->tmp);
	free(out->path);
	memset(out, 0, sizeof(*out));
}

int
cli_output_end(struct cli_output *out, int status)
{
	if (status != CLI_OK) {
		cli_output_abort(out);
		return status;
	}
	return cli_output_commit(out) != 0 ? CLI_ERROR : status;
}

void
cli_write_error(const char *path)
{
	if (write_error_reported)
		return;
	write_error_reported = 1;
	if (path != NULL)
		cli_warn("%s", path);
	else
		cli_warn("write error");
}

void
cli_status_raise(int *status, int s)
{
	if (s > *status)
		*status = s;
}

int
cli_error_status(const iachr_error_t *err)
{
	return err->code == IACHR_E_IO || err->code == IACHR_E_NOMEM ?
	    CLI_ERROR : CLI_DATA;
}

static int
json_next(void *impl, json_t **value, iachr_error_t *err)
{
	return iachr_json_reader_next(impl, value, err);
}

/* The value's own text tells where err->pointer is. */
static void
json_locate(void *impl, const json_t *value, iachr_error_t *err)
{
	long line = iachr_json_reader_line(impl);
	long column = iachr_json_reader_column(impl);
	const char *text;
	size_t len;

	(void)value;
	text = iachr_json_reader_text(impl, &len);
	iachr_json_locate(text, len, err->pointer, &line, &column);
	err->line = (int)line;
	err->column = (int)column;
}

static void
json_free(void *impl)
{
	iachr_json_reader_free(impl);
}

int
cli_reader_set(struct cli_reader *rd, void *impl,
    int (*next)(void *, json_t **, iachr_error_t *),
    void (*locate)(void *, const json_t *, iachr_error_t *),
    void (*free_impl)(void *))
{
	if (impl == NULL) {
		cli_warnx("out of memory");
		return -1;
	}
	rd->impl = impl;
	rd->text = NULL;
	rd->next = next;
	rd->locate = locate;
	rd->free = free_impl;
	return 0;
}

int
cli_read_json(struct cli_reader *rd, FILE *fp, const char *name, void *arg)
{
	(void)arg;
	return cli_reader_set(rd, iachr_json_reader_new(fp, name), json_next,
	    json_locate, json_free);
}

/* Reports err about the input name, where c says, and raises c->status. */
static void
report_input(struct cli_convert *c, const char *name,
    const iachr_error_t *err)
{
	if (c->report != NULL)
		c->report(c->report_arg, name, err);
	else
		cli_report(name, err);
	cli_status_raise(&c->status, cli_error_status(err));
}

/* Reports err about value, the value rd read last, where it is in it. */
static void
report_value(struct cli_convert *c, const struct cli_reader *rd,
    const char *name, const json_t *value, iachr_error_t *err)
{
	rd->locate(rd->impl, value, err);
	report_input(c, name, err);
}

/* Validates and writes v; returns -1 when nothing more can be done. */
static int
convert_value(struct cli_convert *c, const struct cli_reader *rd,
    const char *name, const json_t *v)
{
	iachr_error_t err;
	int rc;

	iachr_error_init(&err);
	if ((c->validate == CLI_VALIDATE_ALL ||
	    (c->validate == CLI_VALIDATE_RECORDS && iachr_is_record(v))) &&
	    iachr_record_validate(v, &err) != 0) {
		report_value(c, rd, name, v, &err);
		return err.code == IACHR_E_NOMEM ? -1 : 0;
	}
	rc = c->write(c->arg, v, &err);
	if (rc == IACHR_OK)
		return 0;
	if (rc == IACHR_FAILED) {
		report_value(c, rd, name, v, &err);
		return 0;
	}
	if (err.code == IACHR_E_IO)
		cli_write_error(c->output);
	else
		cli_report(NULL, &err);
	cli_status_raise(&c->status, CLI_ERROR);
	return -1;
}

int
cli_convert_input(struct cli_convert *c, const char *path)
{
	struct cli_reader rd;
	iachr_error_t err;
	const char *name;
	json_t *v;
	FILE *fp;
	int rc, dead = 0;

	if ((fp = cli_open_input(path, &name)) == NULL) {
		cli_status_raise(&c->status, CLI_ERROR);
		return 0;
	}
	if (c->read(&rd, fp, name, c->read_arg) != 0) {
		cli_close_input(fp);
		cli_status_raise(&c->status, CLI_ERROR);
		return -1;
	}
	while (!dead) {
		iachr_error_init(&err);
		rc = rd.next(rd.impl, &v, &err);
		if (rc == IACHR_EOF)
			break;
		if (rc != IACHR_OK) {
			report_input(c, name, &err);
			if (rc == IACHR_FATAL) {
				c->stopped = 1;
				break;
			}
			continue;
		}
		c->input = &rd;
		dead = convert_value(c, &rd, name, v) != 0;
		c->input = NULL;
		json_decref(v);
	}
	rd.free(rd.impl);
	cli_close_input(fp);
	return dead ? -1 : 0;
}

int
cli_convert_inputs(struct cli_convert *c, int n, char *const *paths)
{
	int i;

	if (n == 0)
		return cli_convert_input(c, NULL);
	for (i = 0; i < n; i++)
		if (cli_convert_input(c, paths[i]) != 0)
			return -1;
	return 0;
}

int
cli_finish(int status)
{
	iachr_cleanup();
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		cli_write_error(NULL);
		return CLI_ERROR;
	}
	return status;
}
