/*
 * Matching the rules' cues against folded text.  Cues are written in
 * lowercase ASCII; a cue letter also matches its accented forms (so "e"
 * matches "é", "è", "ê"), an apostrophe matches the typographic ones, and
 * a cue ending in a letter or digit must end at a word boundary.  A cue
 * ending in '*' is a stem: "otorg*" matches "otorga" and "otorgó"; a stem
 * may stand inside a phrase too ("adopt* medidas cautelares").
 * Tables of cues are sorted (strcmp order) and start with ASCII.
 */
#include <string.h>
#include <strings.h>

#include "extract_private.h"

/* Base letters of U+00E0-U+00FF (lowercase Latin-1), 0 where none. */
static const char latin1_base[32] = "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";

static unsigned
decode(const char *s, size_t *n)
{
	const unsigned char *p = (const unsigned char *)s;

	if (p[0] < 0x80) {
		*n = 1;
		return p[0];
	}
	if ((p[0] & 0xe0) == 0xc0 && (p[1] & 0xc0) == 0x80) {
		*n = 2;
		return (unsigned)(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
	}
	if ((p[0] & 0xf0) == 0xe0 && (p[1] & 0xc0) == 0x80 &&
	    (p[2] & 0xc0) == 0x80) {
		*n = 3;
		return (unsigned)(p[0] & 0x0f) << 12 |
		    (unsigned)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
	}
	if ((p[0] & 0xf8) == 0xf0 && (p[1] & 0xc0) == 0x80 &&
	    (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80) {
		*n = 4;
		return (unsigned)(p[0] & 0x07) << 18 |
		    (unsigned)(p[1] & 0x3f) << 12 |
		    (unsigned)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
	}
	*n = 1;
	return 0xfffd;
}

size_t
iachrp_char_len(const char *s)
{
	size_t n;

	if (*s == '\0')
		return 0;
	decode(s, &n);
	return n;
}

/*
 * What each byte is to the word scanners: 1 an ASCII letter or digit, 0
 * any other ASCII byte, 2 the start or rest of a character that is not
 * ASCII (read by decode), 3 the string's end.
 */
enum { CLASS_OTHER, CLASS_ALNUM, CLASS_WIDE, CLASS_END };
static const unsigned char char_class[256] = {
	3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

static int
cp_is_alpha(unsigned cp)
{
	if (cp < 0x80)
		return char_class[cp] == CLASS_ALNUM;
	if (cp >= 0xc0 && cp <= 0x24f)
		return cp != 0xd7 && cp != 0xf7;
	if (cp == 0xaa || cp == 0xba)
		return 1;	/* ª º as in "1º" */
	return cp >= 0x370 && cp < 0x2000;
}


static int
ascii_alnum(unsigned char c)
{
	return char_class[c] == CLASS_ALNUM;
}

int
iachrp_is_alpha_at(const char *s)
{
	size_t n;

	if ((unsigned char)*s < 0x80)
		return ascii_alnum((unsigned char)*s);
	return cp_is_alpha(decode(s, &n));
}

int
iachrp_is_upper_at(const char *s)
{
	size_t n;
	unsigned cp = decode(s, &n);

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xc0 && cp <= 0xde)
		return cp != 0xd7;
	if (cp >= 0x100 && cp <= 0x17f) {
		if ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179)
			return cp % 2 == 1;
		return cp % 2 == 0;
	}
	return 0;
}

/* True when p (inside the string that starts at start) begins a word. */
static int
boundary_before(const char *start, const char *p)
{
	const char *q = p;
	size_t n;

	if (p == start)
		return 1;
	if ((unsigned char)p[-1] < 0x80)
		return !ascii_alnum((unsigned char)p[-1]);
	q--;
	while (q > start && ((unsigned char)*q & 0xc0) == 0x80)
		q--;
	return !cp_is_alpha(decode(q, &n));
}

/* Row or bit of a letter: a-z as 0-25, anything else 26. */
static int
pair_slot(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' : 26;
}

void
iachrp_cueset_init(struct iachrp_cueset *set, const void *table, size_t n,
    size_t stride)
{
	const char *base = table;
	size_t i;

	memset(set, 0, sizeof(*set));
	for (i = 0; i < n; i++) {
		const unsigned char *cue =
		    *(const unsigned char *const *)(base + i * stride);
		int row = pair_slot(cue[0]);

		if (row == 26 || cue[0] >= 0x80) {
			/* Not a plain letter first: every word may match. */
			memset(set->pair, 0xff, sizeof(set->pair));
			return;
		}
		if (cue[1] == '*' || cue[1] >= 0x80)
			set->pair[row] = 0xffffffff;
		else
			set->pair[row] |= (uint32_t)1 << pair_slot(cue[1]);
	}
}

int
iachrp_pairs_may(const uint32_t pair[27], const char *f)
{
	unsigned char a = (unsigned char)f[0], b;
	int c0, c1;

	if (a == '\0')
		return 0;
	/* Most words start with two ASCII bytes: they are their letters. */
	b = (unsigned char)f[1];
	if (a < 0x80 && b < 0x80)
		return (pair[pair_slot(a)] >> pair_slot(b)) & 1;
	c0 = iachrp_base_letter(f);
	c1 = iachrp_base_letter(f + iachrp_char_len(f));
	return (pair[pair_slot(c0)] >> pair_slot(c1)) & 1;
}

size_t
iachrp_word_from(const struct iachrp_para *p, size_t off)
{
	size_t lo = 0, hi = p->nword;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (p->word[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const char *
iachrp_word_at(const char *start, const char *p)
{
	while (((unsigned char)*p & 0xc0) == 0x80)
		p++;
	/* Inside a word: on from its end, as from a word's start. */
	if (!boundary_before(start, p))
		return iachrp_word_after(p);
	/* Spaces and punctuation are ASCII: step over them fast. */
	for (;;) {
		unsigned k = char_class[(unsigned char)*p];

		if (k == CLASS_ALNUM || k == CLASS_END)
			return p;
		if (k == CLASS_WIDE && iachrp_is_alpha_at(p))
			return p;
		p += k == CLASS_OTHER ? 1 : iachrp_char_len(p);
	}
}

size_t
iachrp_word_starts(const char *f, size_t *out)
{
	const unsigned char *p = (const unsigned char *)f;
	size_t n = 0, len;
	unsigned alpha, in_word = 0;

	/*
	 * A word starts where a letter or digit follows something else.
	 * The offset is written at every character and kept only at a
	 * start, without a branch on it, which would be missed at most
	 * words: out needs room for one more than it gets.
	 */
	while (*p != '\0') {
		if (*p < 0x80) {
			alpha = char_class[*p] == CLASS_ALNUM;
			len = 1;
		} else {
			alpha = (unsigned)cp_is_alpha(decode((const char *)p,
			    &len));
		}
		out[n] = (size_t)((const char *)p - f);
		n += alpha & ~in_word;
		in_word = alpha;
		p += len;
	}
	return n;
}

const char *
iachrp_word_after(const char *p)
{
	unsigned k;
	size_t n;

	for (;;) {
		while ((k = char_class[(unsigned char)*p]) == CLASS_ALNUM)
			p++;
		if (k != CLASS_WIDE || !cp_is_alpha(decode(p, &n)))
			break;
		p += n;
	}
	for (;;) {
		while ((k = char_class[(unsigned char)*p]) == CLASS_OTHER)
			p++;
		if (k != CLASS_WIDE || cp_is_alpha(decode(p, &n)))
			return p;
		p += n;
	}
}

/*
 * Cue bytes that match only themselves: ASCII but for the end, a stem's
 * '*' and the apostrophe (which matches the typographic ones too).
 */
static int
plain_cue_byte(unsigned char c)
{
	return c != '\0' && c < 0x80 && c != '*' && c != '\'';
}

size_t
iachrp_match(const char *f, const char *cue)
{
	const char *p = f;
	const char *c = cue;
	size_t n, cn;
	unsigned cp, cc;

	for (;;) {
		/* Most of a match is the same plain bytes on both sides. */
		while (*c == *p && plain_cue_byte((unsigned char)*c)) {
			p++;
			c++;
		}
		if (*c == '\0')
			break;
		if (*c == '*' && c[1] == '\0')
			return (size_t)(p - f);	/* a stem: no boundary */
		if (*c == '*') {
			/* A stem inside a phrase: the rest of its word. */
			while (*p != '\0' && iachrp_is_alpha_at(p))
				p += iachrp_char_len(p);
			c++;
			continue;
		}
		if (*p == '\0' || ((unsigned char)*p < 0x80 &&
		    plain_cue_byte((unsigned char)*c)))
			return 0;
		cp = decode(p, &n);
		cc = decode(c, &cn);
		if (cc == '\'') {
			if (cp != '\'' && cp != 0x2019 && cp != 0x2018)
				return 0;
		} else if (cc < 0x80 && cp >= 0xe0 && cp <= 0xff) {
			if ((unsigned char)latin1_base[cp - 0xe0] != cc)
				return 0;
		} else if (cp != cc) {
			return 0;
		}
		p += n;
		c += cn;
	}
	if (cp_is_alpha((unsigned char)c[-1]) && iachrp_is_alpha_at(p))
		return 0;
	return (size_t)(p - f);
}

size_t
iachrp_match_prefix(const char *f, const char *cue)
{
	const char *p = f;
	const char *c = cue;
	size_t n, cn;
	unsigned cp, cc;

	while (*c != '\0') {
		if (*p == '\0')
			return 0;
		if ((unsigned char)*p < 0x80 && (unsigned char)*c < 0x80) {
			if (*p++ != *c++)
				return 0;
			continue;
		}
		cp = decode(p, &n);
		cc = decode(c, &cn);
		if (cc < 0x80 && cp >= 0xe0 && cp <= 0xff) {
			if ((unsigned char)latin1_base[cp - 0xe0] != cc)
				return 0;
		} else if (cp != cc) {
			return 0;
		}
		p += n;
		c += cn;
	}
	return (size_t)(p - f);
}

int
iachrp_base_letter(const char *f)
{
	const unsigned char *p = (const unsigned char *)f;

	if (p[0] < 0x80)
		return p[0];
	if (p[0] == 0xc3 && p[1] >= 0xa0 && p[1] <= 0xbf)
		return latin1_base[p[1] - 0xa0];
	return 0;
}

size_t
iachrp_match_any(const char *f, const char *const *cues, size_t *which)
{
	size_t i, n, best = 0;
	int letter = iachrp_base_letter(f);

	for (i = 0; cues[i] != NULL; i++) {
		unsigned char c0 = (unsigned char)cues[i][0];

		/*
		 * Only cues that can start here: the same first letter.  The
		 * tables are sorted, so past that letter none can.
		 */
		if (letter != 0 && c0 < 0x80 && c0 != '\'' && c0 != letter) {
			if (c0 > letter)
				break;
			continue;
		}
		if ((n = iachrp_match(f, cues[i])) > best) {
			best = n;
			if (which != NULL)
				*which = i;
		}
	}
	return best;
}

const char *
iachrp_find(const char *f, const char *cue, size_t *mlen)
{
	const char *p;
	size_t n;

	for (p = iachrp_word_at(f, f); *p != '\0';
	    p = iachrp_word_at(f, p + 1)) {
		if ((n = iachrp_match(p, cue)) > 0) {
			if (mlen != NULL)
				*mlen = n;
			return p;
		}
	}
	return NULL;
}

size_t
iachrp_first_with(const void *table, size_t n, size_t size, int letter)
{
	const char *base = table;
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *key = *(const char *const *)(base + mid * size);

		if ((unsigned char)key[0] < letter)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The byte a cue holds where it matches the character at p, as
 * iachrp_match compares them: an ASCII character itself, an accented
 * Latin-1 letter its base letter, a typographic apostrophe '\''.  Any
 * other character gives 0x80: no ASCII cue byte matches it.  *n is the
 * character's length.
 */
static unsigned char
cue_byte(const char *p, size_t *n)
{
	unsigned cp;

	if ((unsigned char)*p < 0x80) {
		*n = 1;
		return (unsigned char)*p;
	}
	cp = decode(p, n);
	if (cp >= 0xe0 && cp <= 0xff && latin1_base[cp - 0xe0] != '\0')
		return (unsigned char)latin1_base[cp - 0xe0];
	if (cp == 0x2018 || cp == 0x2019)
		return '\'';
	return 0x80;
}

/* A table's entries start with their text, stride bytes apart. */
struct table {
	const char *base;
	size_t stride;
};

static const char *
cue_of(const struct table *t, size_t i)
{
	return *(const char *const *)(t->base + i * t->stride);
}

/*
 * In entries [lo, hi), sorted and alike in their first d bytes: the
 * first whose byte d is b or above.
 */
static size_t
first_byte_from(const struct table *t, size_t lo, size_t hi, size_t d,
    unsigned char b)
{
	size_t n = hi - lo, half, i, below = 0;

	/*
	 * Halving without a branch on the comparison, half of which would
	 * be missed: lo moves by half or by nothing, masked.  Each step
	 * waits for the last one's two loads, so the last few entries are
	 * counted instead, their loads side by side: sorted, the entries
	 * below b are the first ones.
	 */
	while (n > 8) {
		half = n / 2;
		lo += half & -(size_t)((unsigned char)cue_of(t, lo + half)[d] <
		    b);
		n -= half;
	}
	for (i = 0; i < n; i++)
		below += (unsigned char)cue_of(t, lo + i)[d] < b;
	return lo + below;
}

/* The longest match so far, and among equals the first entry's index. */
struct best_match {
	size_t len;
	size_t which;
};

/*
 * Tries entries [from, to), alike in their first d bytes with the text
 * at f, where b is the byte the text holds for a cue's byte d (see
 * cue_byte; 0 at its end).  An entry whose byte d is plain and not b
 * cannot match and is passed over.
 */
static void
try_cues(const char *f, const struct table *t, size_t from, size_t to,
    size_t d, unsigned char b, struct best_match *best)
{
	size_t i, len;

	for (i = from; i < to; i++) {
		const char *cue = cue_of(t, i);

		if (plain_cue_byte((unsigned char)cue[d]) &&
		    (unsigned char)cue[d] != b)
			continue;
		len = iachrp_match(f, cue);
		if (len > best->len || (len == best->len && len > 0 &&
		    i < best->which)) {
			best->len = len;
			best->which = i;
		}
	}
}

/*
 * The longest match at f of the entries [lo, hi) that start with f's base
 * letter, or with its first d bytes (ASCII), the first among equals in *which
 * (may be NULL).  They are read as a trie: the entries that agree with the text
 * so far narrow by one byte at a time, by binary search where they part, and
 * iachrp_match settles those that end there, reach a stem or a byte that is not
 * ASCII (which matches otherwise), and the last few.
 */
static size_t
match_range(const char *f, const struct table *t, size_t lo, size_t hi,
    size_t d, size_t *which)
{
	struct best_match best = { 0, 0 };
	const char *p = f + d;
	size_t end, stem, other, step = 0;
	unsigned char b, first, last;

	while (lo < hi) {
		b = *p == '\0' ? 0 : cue_byte(p, &step);
		if (hi - lo <= 4) {
			try_cues(f, t, lo, hi, d, b, &best);
			break;
		}
		first = (unsigned char)cue_of(t, lo)[d];
		last = (unsigned char)cue_of(t, hi - 1)[d];
		/* Sorted: when the first and last agree, so do all between. */
		if (first == last && plain_cue_byte(first)) {
			if (b != first)
				break;
			p += step;
			d++;
			continue;
		}
		for (end = lo; end < hi && cue_of(t, end)[d] == '\0'; end++)
			;
		try_cues(f, t, lo, end, d, b, &best);
		if (end < hi && (unsigned char)cue_of(t, end)[d] <= '*') {
			stem = first_byte_from(t, end, hi, d, '*');
			try_cues(f, t, stem, first_byte_from(t, stem, hi, d,
			    '*' + 1), d, b, &best);
		}
		other = hi;
		if (last >= 0x80) {
			other = first_byte_from(t, end, hi, d, 0x80);
			try_cues(f, t, other, hi, d, b, &best);
		}
		if (b == '\0' || b >= 0x80)
			break;
		lo = first_byte_from(t, end, other, d, b);
		hi = first_byte_from(t, lo, other, d, b + 1);
		p += step;
		d++;
	}
	if (best.len > 0 && which != NULL)
		*which = best.which;
	return best.len;
}

/* Entries [lo, hi) of an indexed table that start with letter. */
static void
letter_range(const struct table *t, size_t n,
    const struct iachrp_lex_index *index, int letter, size_t *lo,
    size_t *hi)
{
	if (letter >= 'a' && letter <= 'z') {
		*lo = index->start[letter - 'a'];
		*hi = index->start[letter - 'a' + 1];
		return;
	}
	*lo = iachrp_first_with(t->base, n, t->stride, letter);
	*hi = iachrp_first_with(t->base, n, t->stride, letter + 1);
}

void
iachrp_index_range(const char *f, const void *table, size_t n,
    size_t stride, const struct iachrp_lex_index *index, size_t *lo,
    size_t *hi)
{
	struct table t = { table, stride };

	*lo = *hi = 0;
	if (iachrp_pairs_allow(index->pair, f))
		letter_range(&t, n, index, iachrp_base_letter(f), lo, hi);
}

size_t
iachrp_match_sorted(const char *f, const char *const *cues, size_t n,
    size_t *which)
{
	struct table t = { (const char *)cues, sizeof(*cues) };
	int letter = iachrp_base_letter(f);

	if (letter == 0)
		return iachrp_match_any(f, cues, which);
	return match_range(f, &t, iachrp_first_with(cues, n, sizeof(*cues),
	    letter), iachrp_first_with(cues, n, sizeof(*cues), letter + 1), 0,
	    which);
}

size_t
iachrp_search_indexed(const char *f, const char *const *cues, size_t n,
    const struct iachrp_lex_index *index, size_t *which)
{
	struct table t = { (const char *)cues, sizeof(*cues) };
	int letter;
	size_t lo, hi;

	if (!iachrp_pairs_allow(index->pair, f))
		return 0;
	if ((letter = iachrp_base_letter(f)) == 0)
		return iachrp_match_any(f, cues, which);
	letter_range(&t, n, index, letter, &lo, &hi);
	return match_range(f, &t, lo, hi, 0, which);
}

size_t
iachrp_search_pairs(const char *f, const struct iachrp_lex_pair *pairs,
    size_t n, const struct iachrp_lex_index *index, size_t *which)
{
	struct table t = { (const char *)pairs, sizeof(*pairs) };
	int letter;
	size_t lo, hi;

	if (!iachrp_pairs_allow(index->pair, f) ||
	    (letter = iachrp_base_letter(f)) == 0)
		return 0;
	letter_range(&t, n, index, letter, &lo, &hi);
	return match_range(f, &t, lo, hi, 0, which);
}

int
iachrp_para_contains_indexed(const struct iachrp_para *p, size_t from,
    size_t to, const char *const *cues, size_t n,
    const struct iachrp_lex_index *index)
{
	size_t k;

	for (k = iachrp_word_from(p, from); k < p->nword && p->word[k] < to;
	    k++)
		if (iachrp_match_indexed(p->f + p->word[k], cues, n, index,
		    NULL) > 0)
			return 1;
	return 0;
}

size_t
iachrp_search_after_pair(const char *f, const void *table, size_t stride,
    size_t from, size_t to, size_t *which)
{
	struct table t = { table, stride };

	return match_range(f, &t, from, to, 2, which);
}

int
iachrp_contains_indexed(const char *f, size_t from, size_t to,
    const char *const *cues, size_t n, const struct iachrp_lex_index *index)
{
	const char *p;

	for (p = iachrp_word_at(f, f + from); p < f + to;
	    p = iachrp_word_after(p))
		if (iachrp_match_indexed(p, cues, n, index, NULL) > 0)
			return 1;
	return 0;
}

size_t
iachrp_byte_from(const char *s, size_t from, size_t len, int c)
{
	const char *p = from < len ? memchr(s + from, c, len - from) : NULL;

	return p != NULL ? (size_t)(p - s) : len;
}

const char *
iachrp_skip_space(const char *s)
{
	while (*s == ' ')
		s++;
	return s;
}

size_t
iachrp_word_len(const char *s)
{
	const char *p = s;

	for (;;) {
		unsigned char c = (unsigned char)*p;

		if (char_class[c] == CLASS_ALNUM)
			p++;
		else if (c >= 0x80 && iachrp_is_alpha_at(p))
			p += iachrp_char_len(p);
		else
			return (size_t)(p - s);
	}
}

/*
 * Whether the wl bytes at w, a word in any case, accents kept ("Rés"),
 * are one of the abbreviations (lowercase, in their lexicon class).
 */
static int
is_abbreviation(const char *w, size_t wl)
{
	char buf[32];

	if (wl == 0 || wl >= sizeof(buf))
		return 0;
	iachrp_fold(buf, w, wl);
	buf[wl] = '\0';
	return iachrp_match_in(buf, iachrp_lex_abbreviation, NULL) == wl;
}

size_t
iachrp_sentence_end(const char *s, size_t from)
{
	const char *f = s;
	const char *p = s + from;

	/* The stops are few: the bytes between are passed at once. */
	for (;; p++) {
		const char *w;
		size_t wl;

		if (*(p += strcspn(p, ".!?")) == '\0')
			break;
		if (p[1] != ' ' && p[1] != '\0')
			continue;
		if (p[1] == '\0')
			return (size_t)(p + 1 - f);
		/* The next sentence starts with a capital, digit or quote. */
		w = p + 2;
		if (*w >= 'a' && *w <= 'z')
			continue;
		if (*p == '.') {
			/* the word before, its accented letters too ("Rés.") */
			for (w = p; w > f && (((unsigned char)w[-1] & 0x80) != 0 ||
			    iachrp_is_alpha_at(w - 1)); w--)
				;
			wl = (size_t)(p - w);
			/* An initial (not "November 7."), or an abbreviation. */
			if ((wl == 1 && !(*w >= '0' && *w <= '9') && (w == f ||
			    w[-1] == ' ' || w[-1] == '.' || w[-1] == '(')) ||
			    is_abbreviation(w, wl))
				continue;
		}
		return (size_t)(p + 1 - f);
	}
	return (size_t)(p - f);
}

/* The latest year f[from, to) prints, up to 2100, or 0. */
int
iachrp_latest_year(const char *f, size_t from, size_t to)
{
	size_t i;
	int year, latest = 0;

	for (i = from; i + 4 <= to; i++) {
		/* the digits first, the cheaper test */
		if ((f[i] != '1' && f[i] != '2') || f[i + 1] < '0' ||
		    f[i + 1] > '9' || f[i + 2] < '0' || f[i + 2] > '9' ||
		    f[i + 3] < '0' || f[i + 3] > '9' ||
		    (f[i + 4] >= '0' && f[i + 4] <= '9') ||
		    (i > from && ((f[i - 1] >= '0' && f[i - 1] <= '9') ||
		    iachrp_is_alpha_at(f + i - 1))) ||
		    iachrp_is_alpha_at(f + i + 4))
			continue;
		year = (f[i] - '0') * 1000 + (f[i + 1] - '0') * 100 +
		    (f[i + 2] - '0') * 10 + f[i + 3] - '0';
		if (year > latest && year <= 2100)
			latest = year;
	}
	return latest;
}
