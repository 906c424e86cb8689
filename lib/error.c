#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "iachr.h"
#include "iachr_version.h"

void
iachr_error_init(iachr_error_t *err)
{
	if (err == NULL)
		return;
	memset(err, 0, sizeof(*err));
	err->offset = -1;
}

/* Copies src into dst, keeping its right end ("...tail") when too long. */
static void
copy_source(char *dst, size_t size, const char *src)
{
	size_t len = strlen(src);

	if (len < size) {
		memcpy(dst, src, len + 1);
		return;
	}
	memcpy(dst, "...", 3);
	memcpy(dst + 3, src + len - (size - 4), size - 4);
	dst[size - 1] = '\0';
}

void
iachr_error_set(iachr_error_t *err, int code, const char *source, int line,
    int column, long long offset, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || err->code != IACHR_E_NONE)
		return;
	err->code = code;
	copy_source(err->source, sizeof(err->source),
	    source != NULL ? source : "");
	err->line = line;
	err->column = column;
	err->offset = offset;
	va_start(ap, fmt);
	vsnprintf(err->text, sizeof(err->text), fmt, ap);
	va_end(ap);
}

void
iachr_error_set_pointer(iachr_error_t *err, const char *pointer)
{
	if (err == NULL)
		return;
	snprintf(err->pointer, sizeof(err->pointer), "%s", pointer);
}

const char *
iachr_version(void)
{
	return IACHR_VERSION;
}
