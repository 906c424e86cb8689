#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>
#include <jansson.h>
#include <libxml/xmlversion.h>
#include <yaml.h>

#include "cli.h"
#include "iachr_record.h"

static char progname[64] = "iachr";
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
cli_report(const iachr_error_t *err)
{
	if (err->pointer[0] != '\0')
		cli_diag(err->source, err->line, err->column, "%s: %s",
		    err->pointer, err->text);
	else
		cli_diag(err->source, err->line, err->column, "%s",
		    err->text);
}

void
cli_usage(FILE *fp, const char *const *synopsis)
{
	size_t i;

	for (i = 0; synopsis[i] != NULL; i++)
		fprintf(fp, "%s %s %s\n", i == 0 ? "usage:" : "      ",
		    progname, synopsis[i]);
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
	    JANSSON_VERSION, LIBXML_DOTTED_VERSION, yaml_get_version_string(),
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
		cli_warn("%s", out->path);
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
	if (status == CLI_ERROR) {
		cli_output_abort(out);
		return status;
	}
	return cli_output_commit(out) != 0 ? CLI_ERROR : status;
}

int
cli_error_status(const iachr_error_t *err)
{
	return err->code == IACHR_E_IO || err->code == IACHR_E_NOMEM ?
	    CLI_ERROR : CLI_DATA;
}

int
cli_finish(int status)
{
	iachr_cleanup();
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		cli_warn("write error");
		return CLI_ERROR;
	}
	return status;
}
