/*
 * Unicode Normalization Form C (UAX #15): canonical decomposition,
 * canonical ordering and canonical composition, from tables generated
 * out of the Unicode Character Database at build time.  Text that
 * copies of a release carry in decomposed form ("e" and U+0301, as macOS
 * writes it) then reads as the precomposed text every cue is written in.
 */
#include <stdlib.h>
#include <string.h>

#include "extract_private.h"

struct nfc_class {
	uint32_t first, last;
	unsigned char ccc;
};
struct nfc_decomposition {
	uint32_t cp, first, second;	/* second 0 for a singleton */
};
struct nfc_pair {
	uint32_t first, second, composite;
};
struct nfc_range {
	uint32_t first, last;
};

#include "unicode_nfc.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Hangul syllables decompose and compose by arithmetic (Unicode 3.12). */
enum {
	S_BASE = 0xac00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11a7,
	L_COUNT = 19, V_COUNT = 21, T_COUNT = 28,
	N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT
};

/* Longest canonical decomposition of one code point, in code points. */
#define MAX_DECOMPOSITION 4

static int
in_ranges(const struct nfc_range *r, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < r[mid].first)
			hi = mid;
		else if (cp > r[mid].last)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

static unsigned
combining_class(uint32_t cp)
{
	size_t lo = 0, hi = NELEM(nfc_classes);

	if (cp < nfc_classes[0].first)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < nfc_classes[mid].first)
			hi = mid;
		else if (cp > nfc_classes[mid].last)
			lo = mid + 1;
		else
			return nfc_classes[mid].ccc;
	}
	return 0;
}

static const struct nfc_decomposition *
decomposition(uint32_t cp)
{
	size_t lo = 0, hi = NELEM(nfc_decompositions);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < nfc_decompositions[mid].cp)
			hi = mid;
		else if (cp > nfc_decompositions[mid].cp)
			lo = mid + 1;
		else
			return &nfc_decompositions[mid];
	}
	return NULL;
}

/* The primary composite of a and b, 0 when none. */
static uint32_t
composite(uint32_t a, uint32_t b)
{
	size_t lo = 0, hi = NELEM(nfc_pairs);

	if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE &&
	    b < V_BASE + V_COUNT)
		return S_BASE + ((a - L_BASE) * V_COUNT + b - V_BASE) *
		    T_COUNT;
	if (a >= S_BASE && a < S_BASE + S_COUNT &&
	    (a - S_BASE) % T_COUNT == 0 && b > T_BASE &&
	    b < T_BASE + T_COUNT)
		return a + b - T_BASE;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct nfc_pair *p = &nfc_pairs[mid];

		if (a < p->first || (a == p->first && b < p->second))
			hi = mid;
		else if (a > p->first || b > p->second)
			lo = mid + 1;
		else
			return p->composite;
	}
	return 0;
}

/* The code point of the valid UTF-8 sequence at s; *n its length. */
static uint32_t
utf8_at(const unsigned char *s, size_t *n)
{
	if (s[0] < 0x80) {
		*n = 1;
		return s[0];
	}
	if (s[0] < 0xe0) {
		*n = 2;
		return (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
	}
	if (s[0] < 0xf0) {
		*n = 3;
		return (uint32_t)(s[0] & 0x0f) << 12 |
		    (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
	}
	*n = 4;
	return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 |
	    (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
}

static size_t
put_utf8(char *out, uint32_t cp)
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
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | cp >> 12);
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | cp >> 18);
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/*
 * Whether NFC may change the text: only a character that combines, is
 * a non-starter or decomposes for good may.  Every code point below
 * U+0300, whose UTF-8 starts with a byte below 0xCC, is stable, so text
 * in Latin scripts is passed over a byte at a time, and ASCII eight.
 */
static int
may_change(const unsigned char *s, size_t len)
{
	size_t i = 0, n;

	while (i < len) {
		if (i + 8 <= len && iachrp_ascii8(s + i)) {
			i += 8;
			continue;
		}
		if (s[i] < 0xcc) {
			i++;
			continue;
		}
		if (in_ranges(nfc_unstable, NELEM(nfc_unstable),
		    utf8_at(s + i, &n)))
			return 1;
		i += n;
	}
	return 0;
}

/* Appends the full canonical decomposition of cp, all from one origin. */
static size_t
decompose(uint32_t cp, uint32_t *out)
{
	const struct nfc_decomposition *d;
	size_t n;

	if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
		uint32_t s = cp - S_BASE;

		out[0] = L_BASE + s / N_COUNT;
		out[1] = V_BASE + s % N_COUNT / T_COUNT;
		if (s % T_COUNT == 0)
			return 2;
		out[2] = T_BASE + s % T_COUNT;
		return 3;
	}
	if (cp < 0xc0 || (d = decomposition(cp)) == NULL) {
		out[0] = cp;
		return 1;
	}
	n = decompose(d->first, out);
	if (d->second != 0)
		n += decompose(d->second, out + n);
	return n;
}

/* Canonical ordering: each run of non-starters sorted stably by class. */
static void
reorder(uint32_t *cp, struct iachrp_origin *org, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		unsigned c = combining_class(cp[i]);

		for (j = i; c != 0 && j > 0 &&
		    combining_class(cp[j - 1]) > c; j--) {
			uint32_t t = cp[j];
			struct iachrp_origin o = org[j];

			cp[j] = cp[j - 1];
			org[j] = org[j - 1];
			cp[j - 1] = t;
			org[j - 1] = o;
		}
	}
}

/* Canonical composition in place; returns the new count. */
static size_t
compose(uint32_t *cp, struct iachrp_origin *org, size_t n)
{
	size_t i, starter = 0, w = 1;
	unsigned last;
	uint32_t c;

	if (n == 0)
		return 0;
	last = combining_class(cp[0]) != 0 ? 256 : 0;
	for (i = 1; i < n; i++) {
		unsigned cc = combining_class(cp[i]);

		if ((last < cc || last == 0) &&
		    (c = composite(cp[starter], cp[i])) != 0) {
			cp[starter] = c;
			if (org[i].start < org[starter].start)
				org[starter].start = org[i].start;
			if (org[i].end > org[starter].end)
				org[starter].end = org[i].end;
			continue;
		}
		if (cc == 0)
			starter = w;
		last = cc;
		cp[w] = cp[i];
		org[w++] = org[i];
	}
	return w;
}

int
iachrp_nfc(struct iachrp_text *t)
{
	const unsigned char *s = (const unsigned char *)t->s;
	uint32_t *cp = NULL;
	struct iachrp_origin *org = NULL, *norg = NULL;
	size_t i, k, n = 0, len, bytes = 0;
	char *out = NULL;

	if (!may_change(s, t->len))
		return 0;
	if ((cp = iachrp_calloc(t->len * MAX_DECOMPOSITION,
	    sizeof(*cp))) == NULL || (org = iachrp_calloc(t->len *
	    MAX_DECOMPOSITION, sizeof(*org))) == NULL)
		goto nomem;
	for (i = 0; i < t->len; i += len) {
		uint32_t c = utf8_at(s + i, &len);
		size_t m = decompose(c, cp + n);

		for (k = n; k < n + m; k++) {
			org[k].start = t->org != NULL ? t->org[i].start :
			    (uint32_t)i;
			org[k].end = t->org != NULL ? t->org[i + len - 1].end :
			    (uint32_t)(i + len);
		}
		n += m;
	}
	reorder(cp, org, n);
	n = compose(cp, org, n);
	for (i = 0; i < n; i++) {
		char tmp[4];

		bytes += put_utf8(tmp, cp[i]);
	}
	if ((out = iachrp_malloc(bytes + 1)) == NULL || (t->org != NULL &&
	    (norg = iachrp_malloc((bytes + 1) * sizeof(*norg))) == NULL))
		goto nomem;
	for (i = 0, len = 0; i < n; i++) {
		size_t m = put_utf8(out + len, cp[i]);

		for (k = 0; norg != NULL && k < m; k++)
			norg[len + k] = org[i];
		len += m;
	}
	out[len] = '\0';
	iachrp_free(t->s);
	iachrp_free(t->org);
	t->s = out;
	t->org = norg;
	t->len = len;
	iachrp_free(cp);
	iachrp_free(org);
	return 0;
nomem:
	iachrp_free(cp);
	iachrp_free(org);
	iachrp_free(out);
	return -1;
}
