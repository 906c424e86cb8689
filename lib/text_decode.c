/*
 * Input decoding: whatever a copy of a release page was saved as (UTF-8
 * with or without a byte order mark, ISO-8859-1 or Windows-1252, or
 * UTF-8 with some lines in one of those) becomes UTF-8.  Binary data is
 * refused here, before any rule looks at it.
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

/* The eight bytes at p, for the tests below that read them at once. */
static uint64_t
eight_at(const unsigned char *p)
{
	uint64_t x;

	memcpy(&x, p, 8);
	return x;
}

/*
 * Whether one of eight bytes is below 0x20: subtracting 0x20 from each
 * sets the top bit of the first such byte not set before.
 */
static int
has_control(uint64_t x)
{
	return ((x - 0x2020202020202020u) & ~x & 0x8080808080808080u) != 0;
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
		/* Most bytes are text: eight passed at once. */
		while (i + 8 <= len && !has_control(eight_at(p + i)))
			i += 8;
		if (i == len)
			break;
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

/* What a run of bytes holds besides ASCII. */
enum { HAS_MULTIBYTE = 1, HAS_INVALID = 2 };

static int
classify(const unsigned char *p, size_t len, size_t *first_invalid)
{
	size_t i = 0, n;
	int what = 0;

	while (i < len) {
		/* Runs of ASCII, most of a release, at once. */
		if (i + 8 <= len && iachrp_ascii8(p + i)) {
			i += 8;
			continue;
		}
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_valid_at(p + i, len - i)) == 0) {
			if (!(what & HAS_INVALID) && first_invalid != NULL)
				*first_invalid = i;
			what |= HAS_INVALID;
			i++;
			continue;
		}
		what |= HAS_MULTIBYTE;
		i += n;
	}
	return what;
}

int
iachrp_is_utf8(const unsigned char *in, size_t len)
{
	return !(classify(in, len, NULL) & HAS_INVALID);
}

/* Appends the n bytes at in + i as they are. */
static void
put_copy(struct iachrp_text *t, const unsigned char *in, size_t i, size_t n)
{
	size_t k;

	memcpy(t->s + t->len, in + i, n);
	if (t->org != NULL)
		for (k = 0; k < n; k++) {
			t->org[t->len + k].start = (uint32_t)(i + k);
			t->org[t->len + k].end = (uint32_t)(i + k + 1);
		}
	t->len += n;
}

/* Appends the byte at in + i read as Windows-1252; -1 when undefined. */
static int
put_single_byte(struct iachrp_text *t, const unsigned char *in, size_t i)
{
	unsigned cp = in[i];
	size_t k, n;

	if (cp >= 0x80 && cp <= 0x9f && (cp = cp1252[cp - 0x80]) == 0)
		return -1;
	n = put_utf8(t->s + t->len, cp);
	if (t->org != NULL)
		for (k = 0; k < n; k++) {
			t->org[t->len + k].start = (uint32_t)i;
			t->org[t->len + k].end = (uint32_t)(i + 1);
		}
	t->len += n;
	return 0;
}

/* Characters from the line start at a to the byte at i, plus one. */
static int
column_of(const unsigned char *in, size_t a, size_t i)
{
	int col = 1;

	for (; a < i; a++)
		col += (in[a] & 0xc0) != 0x80;
	return col;
}

/*
 * A file that is not UTF-8 as a whole is read line by line.  When no
 * line holds a UTF-8 sequence, it is a single-byte file; otherwise the
 * lines that are valid UTF-8 are read as UTF-8 and those with no UTF-8
 * sequence at all as Windows-1252.  A line that holds both cannot be
 * read without a guess that could give mojibake, so it is refused.
 */
static int
decode_lines(const unsigned char *in, size_t from, size_t len,
    int utf8_file, struct iachrp_text *t, const char *source,
    iachr_error_t *err)
{
	size_t a, b, i, bad = 0;
	int line = 1, what, c1 = 0;

	for (a = from; a < len; a = b, line++) {
		const unsigned char *nl = memchr(in + a, '\n', len - a);

		b = nl != NULL ? (size_t)(nl - in) + 1 : len;
		what = utf8_file ? classify(in + a, b - a, &bad) : HAS_INVALID;
		if (!(what & HAS_INVALID)) {
			put_copy(t, in, a, b - a);
			continue;
		}
		if (what & HAS_MULTIBYTE) {
			iachr_error_set(err, IACHR_E_ENCODING, source, line,
			    column_of(in, a, a + bad), (long long)(a + bad),
			    "byte 0x%02X is not UTF-8 in a line that holds "
			    "UTF-8 text; convert the line to UTF-8",
			    in[a + bad]);
			return -1;
		}
		for (i = a; i < b; i++) {
			/*
			 * Bytes 0x80-0x9F are control characters in
			 * ISO-8859-1 that never occur in text, so their
			 * presence means Windows-1252.
			 */
			c1 |= in[i] >= 0x80 && in[i] <= 0x9f;
			if (put_single_byte(t, in, i) != 0) {
				iachr_error_set(err, IACHR_E_ENCODING, source,
				    line, (int)(i - a) + 1, (long long)i,
				    "byte 0x%02X is neither UTF-8 nor "
				    "Windows-1252", in[i]);
				return -1;
			}
		}
	}
	t->encoding = c1 ? "windows-1252" : "ISO-8859-1";
	return 0;
}

int
iachrp_decode(const unsigned char *in, size_t len, int keep_origins,
    struct iachrp_text *t, const char *source, iachr_error_t *err)
{
	size_t from = 0, cap;
	int bom;

	memset(t, 0, sizeof(*t));
	if (len >= 2 && ((in[0] == 0xff && in[1] == 0xfe) ||
	    (in[0] == 0xfe && in[1] == 0xff))) {
		iachr_error_set(err, IACHR_E_ENCODING, source, 0, 0, 0,
		    "UTF-16 text is not supported; convert it to UTF-8");
		return -1;
	}
	if (len >= 5 && memcmp(in, "%PDF-", 5) == 0) {
		iachr_error_set(err, IACHR_E_NOT_RELEASE, source, 0, 0, -1,
		    "a PDF document, not a press release: convert it with "
		    "pdftotext first");
		return -1;
	}
	if (looks_binary(in, len)) {
		iachr_error_set(err, IACHR_E_NOT_RELEASE, source, 0, 0, -1,
		    "binary data, not a press release");
		return -1;
	}
	bom = len >= 3 && in[0] == 0xef && in[1] == 0xbb && in[2] == 0xbf;
	if (bom)
		from = 3;
	/* A single-byte character becomes at most three bytes of UTF-8. */
	cap = len - from;
	if (classify(in + from, len - from, NULL) & HAS_INVALID)
		cap *= 3;
	if ((t->s = iachrp_malloc(cap + 1)) == NULL || (keep_origins &&
	    (t->org = iachrp_malloc((cap + 1) * sizeof(*t->org))) == NULL))
		goto nomem;
	t->encoding = "UTF-8";
	if (cap == len - from)
		put_copy(t, in, from, len - from);
	else if (decode_lines(in, from, len, bom ||
	    (classify(in + from, len - from, NULL) & HAS_MULTIBYTE), t,
	    source, err) != 0) {
		iachrp_text_free(t);
		return -1;
	}
	t->s[t->len] = '\0';
	return 0;
nomem:
	iachrp_text_free(t);
	iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
	    "out of memory");
	return -1;
}

void
iachrp_text_free(struct iachrp_text *t)
{
	iachrp_free(t->s);
	iachrp_free(t->org);
	t->s = NULL;
	t->org = NULL;
}
