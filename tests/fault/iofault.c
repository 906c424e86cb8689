/*
 * iofault: an LD_PRELOAD shim that makes one I/O call fail, so that the
 * tools' handling of errors they rarely meet can be tested.
 *
 *   IOFAULT_CALLS  functions to count, comma-separated: dlopen, fclose,
 *                  fflush, fopen, fread, fsync, fwrite, mkstemp, open,
 *                  pread, read, rename, write
 *   IOFAULT_N      the call to fail, counting from 1 over those functions
 *                  (default 1); only that one call fails
 *   IOFAULT_ERRNO  EIO (default), ENOSPC or a number
 *   IOFAULT_LOG    a file to which a line "function N" is appended when
 *                  the call is failed, so that a test knows it happened
 *
 * Diagnostics must get through, so writes to stderr (fd 2) are never
 * counted; nor are fclose and fflush on a stream opened for reading only,
 * where there is nothing to lose, nor the opening and reading of
 * /dev/urandom, from which jansson seeds its hashes, falling back quietly.  A failed stream call sets the stream's
 * error indicator as a real failure would; a failed fclose still closes.
 * glibc's stdio calls its own internals directly, so putc and fprintf are
 * only caught when they reach fflush or fclose.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef _IO_ERR_SEEN
#error "iofault needs glibc's stdio"
#endif

static long calls;
static int random_fd = -1;

static int
wanted(const char *fn)
{
	const char *list = getenv("IOFAULT_CALLS");
	size_t len = strlen(fn);
	const char *p;

	if (list == NULL)
		return 0;
	for (p = list; (p = strstr(p, fn)) != NULL; p += len)
		if ((p == list || p[-1] == ',') &&
		    (p[len] == ',' || p[len] == '\0'))
			return 1;
	return 0;
}

static int
fault_errno(void)
{
	const char *e = getenv("IOFAULT_ERRNO");

	if (e == NULL || strcmp(e, "EIO") == 0)
		return EIO;
	if (strcmp(e, "ENOSPC") == 0)
		return ENOSPC;
	return atoi(e) > 0 ? atoi(e) : EIO;
}

static void
note(const char *fn)
{
	static __typeof__(&write) real_write;
	static __typeof__(&open) real_open;
	const char *log = getenv("IOFAULT_LOG");
	char line[64];
	int fd, n;

	if (log == NULL)
		return;
	if (real_write == NULL)
		real_write = (__typeof__(&write))dlsym(RTLD_NEXT, "write");
	if (real_open == NULL)
		real_open = (__typeof__(&open))dlsym(RTLD_NEXT, "open");
	n = snprintf(line, sizeof(line), "%s %ld\n", fn, calls);
	if ((fd = real_open(log, O_WRONLY | O_CREAT | O_APPEND, 0644)) >= 0) {
		(void)real_write(fd, line, (size_t)n);
		close(fd);
	}
}

/*
 * Counts a call to fn; returns 1 (errno set) if this one is to fail.
 */
static int
fail_now(const char *fn)
{
	const char *n = getenv("IOFAULT_N");
	long nth = n != NULL ? atol(n) : 1;

	if (!wanted(fn))
		return 0;
	if (++calls != nth)
		return 0;
	note(fn);
	errno = fault_errno();
	return 1;
}

static int
read_only(FILE *fp)
{
	int fl = fcntl(fileno(fp), F_GETFL);

	return fl != -1 && (fl & O_ACCMODE) == O_RDONLY;
}

/* The next definition of fn: libc's, or a sanitizer's before it. */
#define REAL(fn) \
	static __typeof__(&fn) real_##fn; \
	if (real_##fn == NULL) \
		real_##fn = (__typeof__(&fn))dlsym(RTLD_NEXT, #fn)

ssize_t
read(int fd, void *buf, size_t len)
{
	REAL(read);
	if (fd != random_fd && fail_now("read"))
		return -1;
	return real_read(fd, buf, len);
}

ssize_t
write(int fd, const void *buf, size_t len)
{
	REAL(write);
	if (fd != STDERR_FILENO && fail_now("write"))
		return -1;
	return real_write(fd, buf, len);
}

ssize_t
pread(int fd, void *buf, size_t len, off_t off)
{
	REAL(pread);
	if (fail_now("pread"))
		return -1;
	return real_pread(fd, buf, len, off);
}

int
open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;
	int fd;

	REAL(open);
	if ((flags & O_CREAT) != 0) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if (strcmp(path, "/dev/urandom") == 0 ||
	    strcmp(path, "/dev/random") == 0) {
		fd = real_open(path, flags, mode);
		random_fd = fd;
		return fd;
	}
	if (fail_now("open"))
		return -1;
	return real_open(path, flags, mode);
}

int
close(int fd)
{
	REAL(close);
	if (fd == random_fd)
		random_fd = -1;
	return real_close(fd);
}

FILE *
fopen(const char *path, const char *mode)
{
	REAL(fopen);
	if (fail_now("fopen"))
		return NULL;
	return real_fopen(path, mode);
}

size_t
fread(void *buf, size_t size, size_t n, FILE *fp)
{
	REAL(fread);
	if (fail_now("fread")) {
		fp->_flags |= _IO_ERR_SEEN;
		return 0;
	}
	return real_fread(buf, size, n, fp);
}

size_t
fwrite(const void *buf, size_t size, size_t n, FILE *fp)
{
	REAL(fwrite);
	if (fp != stderr && fail_now("fwrite")) {
		fp->_flags |= _IO_ERR_SEEN;
		return 0;
	}
	return real_fwrite(buf, size, n, fp);
}

int
fflush(FILE *fp)
{
	REAL(fflush);
	if (fp != stderr && (fp == NULL || !read_only(fp)) &&
	    fail_now("fflush")) {
		if (fp != NULL)
			fp->_flags |= _IO_ERR_SEEN;
		return EOF;
	}
	return real_fflush(fp);
}

int
fclose(FILE *fp)
{
	int e;

	REAL(fclose);
	if (fp != stderr && !read_only(fp) && fail_now("fclose")) {
		e = errno;
		real_fclose(fp);
		errno = e;
		return EOF;
	}
	return real_fclose(fp);
}

int
fsync(int fd)
{
	REAL(fsync);
	if (fail_now("fsync"))
		return -1;
	return real_fsync(fd);
}

int
rename(const char *from, const char *to)
{
	REAL(rename);
	if (fail_now("rename"))
		return -1;
	return real_rename(from, to);
}

int
mkstemp(char *template)
{
	REAL(mkstemp);
	if (fail_now("mkstemp"))
		return -1;
	return real_mkstemp(template);
}

/* A library that will not load, as when it is not installed. */
void *
dlopen(const char *file, int mode)
{
	REAL(dlopen);
	if (fail_now("dlopen"))
		return NULL;
	return real_dlopen(file, mode);
}
