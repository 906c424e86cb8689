/*
 * Input decoding: whatever a copy of a release page was saved as (UTF-8
 * with or without a byte order mark, ISO-8859-1 or Windows-1252) becomes
 * UTF-8.  Binary data is refused here, before any rule looks at it.
 */
#include <stdlib.h>
#include <string.h>

#include "extract_private.h"

/*
 * Windows-1252 0x80-0x9F as Unicode code points; 0 where the code page
 * leaves the byte undefined.
 */
static const unsigned short cp1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};

/* Length of the valid UTF-8 sequence at p, 0 when invalid. */
static size_t
utf8_valid_at(const unsigned char *p, size_t left)
{
	unsigned c = p[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return left >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (left < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
			return 0;
		if (c == 0xe0 && p[1] < 0xa0)
			return 0;	/* overlong */
		if (c == 0xed && p[1] >= 0xa0)
			return 0;	/* surrogate */
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (left < 4 || (p[1] & 0xc0) != 0x80 ||
		    (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
			return 0;
		if ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] >= 0x90))
			return 0;
		return 4;
	}
	return 0;
}

static int
is_utf8(const unsigned char *p, size_t len)
{
	size_t i = 0, n;

	while (i < len) {
		/* Runs of ASCII, most of a release, at once. */
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_valid_at(p + i, len - i)) == 0)
			return 0;
		i += n;
	}
	return 1;
}

static size_t
put_utf8(char *out, unsigned cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	out[0] = (char)(0xe0 | cp >> 12);
	out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[2] = (char)(0x80 | (cp & 0x3f));
	return 3;
}

/*
 * Text has no NUL bytes and few control characters; a file that does is
 * an image, an archive or some other binary, not a release.
 */
static int
looks_binary(const unsigned char *p, size_t len)
{
	size_t i, ctl = 0;

	for (i = 0; i < len; i++) {
		if (p[i] >= 0x20)
			continue;
		if (p[i] == 0)
			return 1;
		if (p[i] != '\n' && p[i] != '\r' && p[i] != '\t' &&
		    p[i] != '\f')
			ctl++;
	}
	return ctl * 100 > len;
}

int
iachrp_decode(const unsigned char *in, size_t len, char **out,
    size_t *outlen, const char **encoding, const char *source,
    iachr_error_t *err)
{
	char *buf;
	size_t i, o = 0;
	int c1 = 0;

	*out = NULL;
	if (len >= 2 && ((in[0] == 0xff && in[1] == 0xfe) ||
	    (in[0] == 0xfe && in[1] == 0xff))) {
		iachr_error_set(err, IACHR_E_ENCODING, source, 0, 0, 0,
		    "UTF-16 text is not supported; convert it to UTF-8");
		return -1;
	}
	if (looks_binary(in, len)) {
		iachr_error_set(err, IACHR_E_NOT_RELEASE, source, 0, 0, -1,
		    "binary data, not a press release");
		return -1;
	}
	if (len >= 3 && in[0] == 0xef && in[1] == 0xbb && in[2] == 0xbf) {
		in += 3;
		len -= 3;
		if (!is_utf8(in, len)) {
			iachr_error_set(err, IACHR_E_ENCODING, source, 0, 0,
			    -1, "invalid UTF-8 after a UTF-8 byte order mark");
			return -1;
		}
	}
	if (is_utf8(in, len)) {
		if ((buf = malloc(len + 1)) == NULL)
			goto nomem;
		memcpy(buf, in, len);
		buf[len] = '\0';
		*out = buf;
		*outlen = len;
		*encoding = "UTF-8";
		return 0;
	}
	/*
	 * Not UTF-8: a single-byte Western code page.  Bytes 0x80-0x9F are
	 * control characters in ISO-8859-1 that never occur in text, so
	 * their presence means Windows-1252.
	 */
	for (i = 0; i < len; i++)
		if (in[i] >= 0x80 && in[i] <= 0x9f)
			c1 = 1;
	if ((buf = malloc(len * 3 + 1)) == NULL)
		goto nomem;
	for (i = 0; i < len; i++) {
		unsigned cp = in[i];

		if (cp >= 0x80 && cp <= 0x9f) {
			cp = cp1252[cp - 0x80];
			if (cp == 0) {
				free(buf);
				iachr_error_set(err, IACHR_E_ENCODING, source,
				    0, 0, (long long)i, "byte 0x%02X is "
				    "neither UTF-8 nor Windows-1252", in[i]);
				return -1;
			}
		}
		o += put_utf8(buf + o, cp);
	}
	buf[o] = '\0';
	*out = buf;
	*outlen = o;
	*encoding = c1 ? "windows-1252" : "ISO-8859-1";
	return 0;
nomem:
	iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
	    "out of memory");
	return -1;
}
