/*
 * A small backtracking matcher for the ECMA-262 regular expressions of
 * JSON Schema, working on Unicode code points (as with the "u" flag):
 * alternation, greedy and lazy quantifiers ({n,m} included), capturing,
 * non-capturing and named groups, backreferences, lookahead and
 * lookbehind (of any width), classes with \d \w \s and \p{...}, \b \B,
 * ^ and $ (no multiline), escapes \t \n \v \f \r \0 \cX \xHH \uHHHH
 * \u{H...}.
 *
 * \p{...} and \P{...} know the general categories and their groups (L,
 * Lu, ..., N, Nd, ..., P, S, Z, C and their long names), from tables
 * generated from the Unicode Character Database at build time, so that
 * no locale matters; scripts and binary properties are not supported.
 * There are no case-insensitive or multiline flags, as JSON Schema has
 * none.
 *
 * Patterns compile to a program for a virtual machine that keeps its
 * backtracking on a heap stack, so that long strings cannot exhaust the C
 * stack, and that counts its steps, so that a pathological pattern ends
 * with "too costly" (-1) rather than hanging.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_private.h"
#include "jsonschema_private.h"

#define MAX_PROG 20000
/* Steps one search may take: a base plus some per byte of the subject. */
#define STEPS_BASE 1000000L
#define STEPS_PER_BYTE 64L
#define MAX_GROUPS 100

enum op {
	OP_CHAR, OP_ANY, OP_CLASS, OP_SPLIT, OP_JMP, OP_SAVE, OP_BOL, OP_EOL,
	OP_WORDB, OP_NWORDB, OP_BACKREF, OP_LOOK, OP_LOOKBEHIND, OP_AT, OP_MARK,
	OP_PROGRESS, OP_MATCH
};

struct range {
	uint32_t lo, hi;
};

/* The Unicode general categories, in the order of the standard. */
enum uc_category {
	UC_Lu, UC_Ll, UC_Lt, UC_Lm, UC_Lo, UC_Mn, UC_Mc, UC_Me, UC_Nd, UC_Nl,
	UC_No, UC_Pc, UC_Pd, UC_Ps, UC_Pe, UC_Pi, UC_Pf, UC_Po, UC_Sm, UC_Sc,
	UC_Sk, UC_So, UC_Zs, UC_Zl, UC_Zp, UC_Cc, UC_Cf, UC_Cs, UC_Co, UC_Cn
};

/* From its first code point on, up to the next run's, one category. */
struct uc_run {
	uint32_t first;
	uint8_t category;
};

#include "unicode_categories.h"

/*
 * A named set is a mask: one bit per general category (\p{...}), and
 * above them the bits of \d, \w and \s.
 */
#define GC(x) ((uint64_t)1 << UC_##x)
#define GC_L (GC(Lu) | GC(Ll) | GC(Lt) | GC(Lm) | GC(Lo))
#define GC_M (GC(Mn) | GC(Mc) | GC(Me))
#define GC_N (GC(Nd) | GC(Nl) | GC(No))
#define GC_P (GC(Pc) | GC(Pd) | GC(Ps) | GC(Pe) | GC(Pi) | GC(Pf) | GC(Po))
#define GC_S (GC(Sm) | GC(Sc) | GC(Sk) | GC(So))
#define GC_Z (GC(Zs) | GC(Zl) | GC(Zp))
#define GC_C (GC(Cc) | GC(Cf) | GC(Cs) | GC(Co) | GC(Cn))
#define GC_ALL (GC_L | GC_M | GC_N | GC_P | GC_S | GC_Z | GC_C)
#define CL_DIGIT ((uint64_t)1 << 32)
#define CL_WORD ((uint64_t)1 << 33)
#define CL_SPACE ((uint64_t)1 << 34)

/* A class: code point ranges plus named sets. */
struct cls {
	struct range *r;
	size_t n;
	uint64_t sets;
	uint64_t nsets;		/* negated \d \w \s, each apart */
	/*
	 * Negated categories: as each code point has one category, the
	 * union of \P{A} and \P{B} is the complement of the categories
	 * A and B share, so one mask holds them all.
	 */
	uint64_t ncats;
	int has_ncats;
	int negated;
};

struct inst {
	enum op op;
	uint32_t c;		/* CHAR, SAVE slot, BACKREF group, MARK */
	int x, y;		/* SPLIT/JMP targets; LOOK: end, negated */
	struct cls *cls;
};

struct iachrp_regex {
	struct inst *prog;
	size_t n, cap;
	int ngroups;		/* capturing groups, 0 being the match */
	int nmarks;
	int anchored;
	char **names;		/* group names, indexed by group */
};

struct parser {
	struct iachrp_regex *re;
	const char *s;
	const char *err;
};

static uint32_t
utf8_decode(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;
	size_t left = len - *i;
	uint32_t c = p[0];

	if (c < 0x80 || left < 2) {
		*i += 1;
		return c;
	}
	if (c < 0xE0) {
		*i += 2;
		return ((c & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if (c < 0xF0 || left < 4) {
		if (left < 3) {
			*i += 1;
			return c;
		}
		*i += 3;
		return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) |
		    (p[2] & 0x3F);
	}
	*i += 4;
	return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
	    ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static int
is_space(uint32_t c)
{
	return (c >= 9 && c <= 13) || c == ' ' || c == 0xA0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
	    c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
	    c == 0xFEFF;
}

static int
is_word(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_';
}

/* The bit of c's general category: a binary search of the runs. */
static uint64_t
category_bit(uint32_t c)
{
	size_t lo = 0, hi = sizeof(uc_runs) / sizeof(uc_runs[0]), mid;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (uc_runs[mid].first <= c)
			lo = mid;
		else
			hi = mid;
	}
	return (uint64_t)1 << (c > 0x10FFFF ? UC_Cn : uc_runs[lo].category);
}

static int
in_set(uint64_t set, uint32_t c)
{
	if ((set & CL_DIGIT) && c >= '0' && c <= '9')
		return 1;
	if ((set & CL_WORD) && is_word(c))
		return 1;
	if ((set & CL_SPACE) && is_space(c))
		return 1;
	return (set & GC_ALL) != 0 && (set & category_bit(c)) != 0;
}

static int
class_match(const struct cls *k, uint32_t c)
{
	uint64_t b;
	size_t i;
	int in = 0;

	for (i = 0; i < k->n && !in; i++)
		in = c >= k->r[i].lo && c <= k->r[i].hi;
	if (!in && k->sets != 0)
		in = in_set(k->sets, c);
	if (!in && k->has_ncats)
		in = (k->ncats & category_bit(c)) == 0;
	for (b = CL_DIGIT; b <= CL_SPACE && !in; b <<= 1)
		in = (k->nsets & b) && !in_set(b, c);
	return in != k->negated;
}

/* Adds the named set (negated when neg) to class k. */
static void
add_set(struct cls *k, uint64_t set, int neg)
{
	if (!neg)
		k->sets |= set;
	else if ((set & GC_ALL) == 0)
		k->nsets |= set;
	else {
		k->ncats = k->has_ncats ? k->ncats & set : set;
		k->has_ncats = 1;
	}
}

/* --- compiling --- */

static int
emit(struct parser *p, enum op op, uint32_t c, int x, int y)
{
	struct iachrp_regex *re = p->re;
	struct inst *grown;

	if (re->n >= MAX_PROG) {
		p->err = "pattern too large";
		return -1;
	}
	if (re->n == re->cap) {
		re->cap = re->cap == 0 ? 32 : re->cap * 2;
		if ((grown = realloc(re->prog, re->cap * sizeof(*grown))) ==
		    NULL) {
			p->err = "out of memory";
			return -1;
		}
		re->prog = grown;
	}
	re->prog[re->n].op = op;
	re->prog[re->n].c = c;
	re->prog[re->n].x = x;
	re->prog[re->n].y = y;
	re->prog[re->n].cls = NULL;
	return (int)re->n++;
}

static int
hexdigit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int
hexn(struct parser *p, int n, uint32_t *out)
{
	int i, h;

	*out = 0;
	for (i = 0; i < n; i++) {
		if ((h = hexdigit((unsigned char)p->s[i])) < 0) {
			p->err = "bad hexadecimal escape";
			return -1;
		}
		*out = *out * 16 + (uint32_t)h;
	}
	p->s += n;
	return 0;
}

/* A general category or group, \p{Lu} or \p{Uppercase_Letter}. */
static uint64_t
property(struct parser *p)
{
	static const struct {
		const char *name;
		uint64_t set;
	} props[] = {	/* keep sorted */
		{ "C", GC_C }, { "Cased_Letter", GC(Lu) | GC(Ll) | GC(Lt) },
		{ "Cc", GC(Cc) }, { "Cf", GC(Cf) }, { "Close_Punctuation",
		GC(Pe) }, { "Cn", GC(Cn) }, { "Co", GC(Co) },
		{ "Combining_Mark", GC_M }, { "Connector_Punctuation",
		GC(Pc) }, { "Control", GC(Cc) }, { "Cs", GC(Cs) },
		{ "Currency_Symbol", GC(Sc) }, { "Dash_Punctuation", GC(Pd) },
		{ "Decimal_Number", GC(Nd) }, { "Enclosing_Mark", GC(Me) },
		{ "Final_Punctuation", GC(Pf) }, { "Format", GC(Cf) },
		{ "Initial_Punctuation", GC(Pi) }, { "L", GC_L },
		{ "LC", GC(Lu) | GC(Ll) | GC(Lt) }, { "Letter", GC_L },
		{ "Letter_Number", GC(Nl) }, { "Line_Separator", GC(Zl) },
		{ "Ll", GC(Ll) }, { "Lm", GC(Lm) }, { "Lo", GC(Lo) },
		{ "Lowercase_Letter", GC(Ll) }, { "Lt", GC(Lt) },
		{ "Lu", GC(Lu) }, { "M", GC_M }, { "Mark", GC_M },
		{ "Math_Symbol", GC(Sm) }, { "Mc", GC(Mc) }, { "Me", GC(Me) },
		{ "Mn", GC(Mn) }, { "Modifier_Letter", GC(Lm) },
		{ "Modifier_Symbol", GC(Sk) }, { "N", GC_N }, { "Nd", GC(Nd) },
		{ "Nl", GC(Nl) }, { "No", GC(No) }, { "Nonspacing_Mark",
		GC(Mn) }, { "Number", GC_N }, { "Open_Punctuation", GC(Ps) },
		{ "Other", GC_C }, { "Other_Letter", GC(Lo) },
		{ "Other_Number", GC(No) }, { "Other_Punctuation", GC(Po) },
		{ "Other_Symbol", GC(So) }, { "P", GC_P },
		{ "Paragraph_Separator", GC(Zp) }, { "Pc", GC(Pc) },
		{ "Pd", GC(Pd) }, { "Pe", GC(Pe) }, { "Pf", GC(Pf) },
		{ "Pi", GC(Pi) }, { "Po", GC(Po) }, { "Private_Use", GC(Co) },
		{ "Ps", GC(Ps) }, { "Punctuation", GC_P }, { "S", GC_S },
		{ "Sc", GC(Sc) }, { "Separator", GC_Z }, { "Sk", GC(Sk) },
		{ "Sm", GC(Sm) }, { "So", GC(So) }, { "Space_Separator",
		GC(Zs) }, { "Spacing_Mark", GC(Mc) }, { "Surrogate", GC(Cs) },
		{ "Symbol", GC_S }, { "Titlecase_Letter", GC(Lt) },
		{ "Unassigned", GC(Cn) }, { "Uppercase_Letter", GC(Lu) },
		{ "Z", GC_Z }, { "Zl", GC(Zl) }, { "Zp", GC(Zp) },
		{ "Zs", GC(Zs) }, { "cntrl", GC(Cc) }, { "digit", GC(Nd) },
		{ "punct", GC_P },
	};
	static const char *const prefixes[] = { "General_Category=", "gc=" };
	const char *name, *end;
	size_t i, n;

	if (*p->s != '{' || (end = strchr(p->s, '}')) == NULL) {
		p->err = "bad \\p escape";
		return 0;
	}
	name = p->s + 1;
	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0)
			name += strlen(prefixes[i]);
	n = (size_t)(end - name);
	for (i = 0; i < sizeof(props) / sizeof(props[0]); i++) {
		if (strlen(props[i].name) == n &&
		    strncmp(props[i].name, name, n) == 0) {
			p->s = end + 1;
			return props[i].set;
		}
	}
	p->err = "unsupported Unicode property";
	return 0;
}

/*
 * Parses an escape after the backslash.  Returns 1 with *c a code point,
 * 2 with *set (and *neg) a named set, 3 for \b inside a class handled by
 * the caller, or -1 on error.
 */
static int
escape(struct parser *p, uint32_t *c, uint64_t *set, int *neg, int in_class)
{
	char e = *p->s++;

	*neg = 0;
	switch (e) {
	case '\0':
		p->err = "trailing backslash";
		return -1;
	case 'd': case 'D':
		*set = CL_DIGIT;
		*neg = e == 'D';
		return 2;
	case 'w': case 'W':
		*set = CL_WORD;
		*neg = e == 'W';
		return 2;
	case 's': case 'S':
		*set = CL_SPACE;
		*neg = e == 'S';
		return 2;
	case 'p': case 'P':
		*neg = e == 'P';
		*set = property(p);
		return *set != 0 ? 2 : -1;
	case 't': *c = '\t'; return 1;
	case 'n': *c = '\n'; return 1;
	case 'v': *c = '\v'; return 1;
	case 'f': *c = '\f'; return 1;
	case 'r': *c = '\r'; return 1;
	case '0': *c = 0; return 1;
	case 'b':
		if (in_class) {
			*c = '\b';
			return 1;
		}
		return 3;
	case 'c':
		if ((*p->s | 32) >= 'a' && (*p->s | 32) <= 'z') {
			*c = (uint32_t)(*p->s++ % 32);
			return 1;
		}
		p->err = "bad \\c escape";
		return -1;
	case 'x':
		return hexn(p, 2, c) == 0 ? 1 : -1;
	case 'u':
		if (*p->s == '{') {
			p->s++;
			*c = 0;
			while (hexdigit((unsigned char)*p->s) >= 0 &&
			    *c <= 0x10FFFF)
				*c = *c * 16 +
				    (uint32_t)hexdigit((unsigned char)*p->s++);
			if (*p->s++ != '}' || *c > 0x10FFFF) {
				p->err = "bad \\u{} escape";
				return -1;
			}
			return 1;
		}
		if (hexn(p, 4, c) != 0)
			return -1;
		/* A surrogate pair written as two escapes. */
		if (*c >= 0xD800 && *c <= 0xDBFF && p->s[0] == '\\' &&
		    p->s[1] == 'u') {
			uint32_t lo;
			const char *save = p->s;

			p->s += 2;
			if (hexn(p, 4, &lo) == 0 && lo >= 0xDC00 &&
			    lo <= 0xDFFF) {
				*c = 0x10000 + ((*c - 0xD800) << 10) +
				    (lo - 0xDC00);
				return 1;
			}
			p->err = NULL;
			p->s = save;
		}
		return 1;
	default:
		if (is_word((unsigned char)e) && !(e >= '1' && e <= '9')) {
			p->err = "unknown escape";
			return -1;
		}
		*c = (unsigned char)e;
		return 1;
	}
}

static int
add_range(struct parser *p, struct cls *k, uint32_t lo, uint32_t hi)
{
	struct range *grown;

	if ((grown = realloc(k->r, (k->n + 1) * sizeof(*grown))) == NULL) {
		p->err = "out of memory";
		return -1;
	}
	k->r = grown;
	k->r[k->n].lo = lo;
	k->r[k->n].hi = hi;
	k->n++;
	return 0;
}

static int
next_cp(struct parser *p, uint32_t *c)
{
	size_t i = 0, len = strlen(p->s);

	*c = utf8_decode(p->s, len, &i);
	p->s += i;
	return 0;
}

static int
parse_class(struct parser *p)
{
	struct cls *k;
	uint32_t lo, hi;
	uint64_t set;
	int at, r, neg;

	if ((k = calloc(1, sizeof(*k))) == NULL) {
		p->err = "out of memory";
		return -1;
	}
	if ((at = emit(p, OP_CLASS, 0, 0, 0)) < 0) {
		free(k);
		return -1;
	}
	p->re->prog[at].cls = k;
	if (*p->s == '^') {
		k->negated = 1;
		p->s++;
	}
	while (*p->s != ']') {
		if (*p->s == '\0') {
			p->err = "unterminated class";
			return -1;
		}
		if (*p->s == '\\') {
			p->s++;
			if ((r = escape(p, &lo, &set, &neg, 1)) < 0)
				return -1;
			if (r == 2) {
				add_set(k, set, neg);
				continue;
			}
		} else
			next_cp(p, &lo);
		hi = lo;
		if (p->s[0] == '-' && p->s[1] != ']' && p->s[1] != '\0') {
			p->s++;
			if (*p->s == '\\') {
				p->s++;
				if ((r = escape(p, &hi, &set, &neg, 1)) < 0)
					return -1;
				if (r == 2) {
					p->err = "class escape in a range";
					return -1;
				}
			} else
				next_cp(p, &hi);
			if (hi < lo) {
				p->err = "range out of order";
				return -1;
			}
		}
		if (add_range(p, k, lo, hi) != 0)
			return -1;
	}
	p->s++;
	return 0;
}

static int parse_alt(struct parser *);

/* Copies prog[from..to) to the end, relocating jumps. */
static int
copy_code(struct parser *p, int from, int to)
{
	int i, at, shift;

	shift = (int)p->re->n - from;
	for (i = from; i < to; i++) {
		struct inst in = p->re->prog[i];

		if ((at = emit(p, in.op, in.c, in.x, in.y)) < 0)
			return -1;
		if (in.op == OP_SPLIT || in.op == OP_JMP) {
			p->re->prog[at].x += shift;
			p->re->prog[at].y += shift;
		} else if (in.op == OP_LOOK || in.op == OP_LOOKBEHIND)
			p->re->prog[at].x += shift;
		if (in.cls != NULL) {
			struct cls *k = malloc(sizeof(*k));

			if (k == NULL) {
				p->err = "out of memory";
				return -1;
			}
			*k = *in.cls;
			k->r = NULL;
			k->n = 0;
			p->re->prog[at].cls = k;
			if (in.cls->n > 0) {
				k->r = malloc(in.cls->n * sizeof(*k->r));
				if (k->r == NULL) {
					p->err = "out of memory";
					return -1;
				}
				memcpy(k->r, in.cls->r,
				    in.cls->n * sizeof(*k->r));
				k->n = in.cls->n;
			}
		}
	}
	return 0;
}

/* Wraps prog[start..] in a loop: zero or more times. */
static int
star(struct parser *p, int start, int greedy)
{
	int body_len = (int)p->re->n - start, split, mark = p->re->nmarks++;
	struct inst *prog;

	/* Make room for SPLIT and MARK in front of the body. */
	if (emit(p, OP_MATCH, 0, 0, 0) < 0 || emit(p, OP_MATCH, 0, 0, 0) < 0)
		return -1;
	prog = p->re->prog;
	memmove(prog + start + 2, prog + start,
	    (size_t)body_len * sizeof(*prog));
	for (split = start + 2; split < start + 2 + body_len; split++) {
		if (prog[split].op == OP_SPLIT || prog[split].op == OP_JMP) {
			prog[split].x += 2;
			prog[split].y += 2;
		} else if (prog[split].op == OP_LOOK ||
		    prog[split].op == OP_LOOKBEHIND)
			prog[split].x += 2;
	}
	split = start;
	prog[start + 1].op = OP_MARK;
	prog[start + 1].c = (uint32_t)mark;
	prog[start + 1].cls = NULL;
	if (emit(p, OP_PROGRESS, (uint32_t)mark, 0, 0) < 0 ||
	    emit(p, OP_JMP, 0, split, 0) < 0)
		return -1;
	prog = p->re->prog;
	prog[split].op = OP_SPLIT;
	prog[split].cls = NULL;
	prog[split].x = greedy ? split + 1 : (int)p->re->n;
	prog[split].y = greedy ? (int)p->re->n : split + 1;
	return 0;
}

/* Applies the quantifier {min,max} (max -1: unbounded) to prog[start..]. */
static int
quantify(struct parser *p, int start, long min, long max, int greedy)
{
	int end = (int)p->re->n, i, at;

	if (min == 1 && max == 1)
		return 0;
	if (min == 0 && max == 0) {
		while (p->re->n > (size_t)start) {
			struct inst *in = &p->re->prog[--p->re->n];

			if (in->cls != NULL) {
				free(in->cls->r);
				free(in->cls);
			}
		}
		return 0;
	}
	/* The body is kept as the first mandatory copy when min > 0. */
	for (i = 1; i < min; i++)
		if (copy_code(p, start, end) != 0)
			return -1;
	if (max < 0) {
		at = (int)p->re->n;
		if (min > 0 && copy_code(p, start, end) != 0)
			return -1;
		return star(p, min > 0 ? at : start, greedy);
	}
	if (min == 0) {
		/* x{0,m}: the body itself is the first optional copy. */
		int body = end - start;

		if (emit(p, OP_MATCH, 0, 0, 0) < 0)
			return -1;
		memmove(p->re->prog + start + 1, p->re->prog + start,
		    (size_t)body * sizeof(*p->re->prog));
		for (i = start + 1; i < start + 1 + body; i++) {
			struct inst *in = &p->re->prog[i];

			if (in->op == OP_SPLIT || in->op == OP_JMP) {
				in->x++;
				in->y++;
			} else if (in->op == OP_LOOK || in->op == OP_LOOKBEHIND)
				in->x++;
		}
		p->re->prog[start].op = OP_SPLIT;
		p->re->prog[start].cls = NULL;
		p->re->prog[start].x = greedy ? start + 1 : (int)p->re->n;
		p->re->prog[start].y = greedy ? (int)p->re->n : start + 1;
		start++;
		end++;
		min = 1;
	}
	for (i = (int)min; i < max; i++) {
		at = emit(p, OP_SPLIT, 0, 0, 0);
		if (at < 0 || copy_code(p, start, end) != 0)
			return -1;
		p->re->prog[at].x = greedy ? at + 1 : (int)p->re->n;
		p->re->prog[at].y = greedy ? (int)p->re->n : at + 1;
	}
	/* Later optional copies are only tried if earlier ones matched. */
	return 0;
}

static int
parse_number(struct parser *p, long *out)
{
	char *end;

	if (*p->s < '0' || *p->s > '9')
		return -1;
	*out = strtol(p->s, &end, 10);
	p->s = end;
	if (*out > 1000) {
		p->err = "repetition count too large";
		return -2;
	}
	return 0;
}

static int
parse_atom(struct parser *p)
{
	uint32_t c;
	uint64_t set;
	int r, neg, at, group;
	const char *name;
	size_t len;

	switch (*p->s) {
	case '^':
		p->s++;
		return emit(p, OP_BOL, 0, 0, 0) < 0 ? -1 : 0;
	case '$':
		p->s++;
		return emit(p, OP_EOL, 0, 0, 0) < 0 ? -1 : 0;
	case '.':
		p->s++;
		return emit(p, OP_ANY, 0, 0, 0) < 0 ? -1 : 0;
	case '[':
		p->s++;
		return parse_class(p);
	case '(':
		p->s++;
		if (p->s[0] == '?' && (p->s[1] == '=' || p->s[1] == '!')) {
			neg = p->s[1] == '!';
			p->s += 2;
			if ((at = emit(p, OP_LOOK, 0, 0, neg)) < 0 ||
			    parse_alt(p) != 0 || emit(p, OP_MATCH, 0, 0, 0) < 0)
				return -1;
			p->re->prog[at].x = (int)p->re->n;
		} else if (p->s[0] == '?' && p->s[1] == '<' &&
		    (p->s[2] == '=' || p->s[2] == '!')) {
			/* The body must end exactly where the lookbehind is. */
			neg = p->s[2] == '!';
			p->s += 3;
			if ((at = emit(p, OP_LOOKBEHIND, 0, 0, neg)) < 0 ||
			    parse_alt(p) != 0 || emit(p, OP_AT, 0, 0, 0) < 0 ||
			    emit(p, OP_MATCH, 0, 0, 0) < 0)
				return -1;
			p->re->prog[at].x = (int)p->re->n;
		} else if (p->s[0] == '?' && p->s[1] == ':') {
			p->s += 2;
			if (parse_alt(p) != 0)
				return -1;
		} else if (p->s[0] == '?' && p->s[1] == '<' &&
		    p->s[2] != '=' && p->s[2] != '!') {
			name = p->s + 2;
			len = strcspn(name, ">");
			if (name[len] != '>' || len == 0) {
				p->err = "bad group name";
				return -1;
			}
			p->s = name + len + 1;
			goto capture;
		} else if (p->s[0] == '?') {
			p->err = "unsupported group";
			return -1;
		} else {
			name = NULL;
			len = 0;
capture:
			if ((group = ++p->re->ngroups) >= MAX_GROUPS) {
				p->err = "too many groups";
				return -1;
			}
			if (name != NULL) {
				char **grown = realloc(p->re->names,
				    MAX_GROUPS * sizeof(*grown));

				if (grown == NULL) {
					p->err = "out of memory";
					return -1;
				}
				if (p->re->names == NULL)
					memset(grown, 0,
					    MAX_GROUPS * sizeof(*grown));
				p->re->names = grown;
				p->re->names[group] = strndup(name, len);
			}
			if (emit(p, OP_SAVE, (uint32_t)group * 2, 0, 0) < 0 ||
			    parse_alt(p) != 0 ||
			    emit(p, OP_SAVE, (uint32_t)group * 2 + 1, 0, 0) < 0)
				return -1;
		}
		if (*p->s != ')') {
			p->err = "missing )";
			return -1;
		}
		p->s++;
		return 0;
	case ')':
		p->err = "unmatched )";
		return -1;
	case '*': case '+': case '?':
		p->err = "nothing to repeat";
		return -1;
	case '\\':
		p->s++;
		if (*p->s >= '1' && *p->s <= '9') {
			long g = strtol(p->s, (char **)&p->s, 10);

			return emit(p, OP_BACKREF, (uint32_t)g, 0, 0) < 0 ?
			    -1 : 0;
		}
		if (p->s[0] == 'k' && p->s[1] == '<') {
			name = p->s + 2;
			len = strcspn(name, ">");
			p->s = name + len + (name[len] == '>');
			for (group = 1; p->re->names != NULL &&
			    group <= p->re->ngroups; group++)
				if (p->re->names[group] != NULL &&
				    strlen(p->re->names[group]) == len &&
				    strncmp(p->re->names[group], name,
				    len) == 0)
					return emit(p, OP_BACKREF,
					    (uint32_t)group, 0, 0) < 0 ? -1 : 0;
			p->err = "unknown group name";
			return -1;
		}
		if ((r = escape(p, &c, &set, &neg, 0)) < 0)
			return -1;
		if (r == 3)
			return emit(p, OP_WORDB, 0, 0, 0) < 0 ? -1 : 0;
		if (r == 2) {
			struct cls *k = calloc(1, sizeof(*k));

			if (k == NULL ||
			    (at = emit(p, OP_CLASS, 0, 0, 0)) < 0) {
				free(k);
				return -1;
			}
			add_set(k, set, neg);
			p->re->prog[at].cls = k;
			return 0;
		}
		return emit(p, OP_CHAR, c, 0, 0) < 0 ? -1 : 0;
	default:
		next_cp(p, &c);
		return emit(p, OP_CHAR, c, 0, 0) < 0 ? -1 : 0;
	}
}

static int
parse_term(struct parser *p)
{
	int start = (int)p->re->n, greedy, rc;
	long min, max;
	const char *save;

	if (p->s[0] == '\\' && p->s[1] == 'B') {
		p->s += 2;
		return emit(p, OP_NWORDB, 0, 0, 0) < 0 ? -1 : 0;
	}
	if (parse_atom(p) != 0)
		return -1;
	for (;;) {
		switch (*p->s) {
		case '*': min = 0; max = -1; p->s++; break;
		case '+': min = 1; max = -1; p->s++; break;
		case '?': min = 0; max = 1; p->s++; break;
		case '{':
			save = p->s++;
			if ((rc = parse_number(p, &min)) != 0) {
				if (rc == -2)
					return -1;
				p->s = save;
				return 0;
			}
			max = min;
			if (*p->s == ',') {
				p->s++;
				max = -1;
				if (*p->s != '}' &&
				    (rc = parse_number(p, &max)) != 0) {
					if (rc == -2)
						return -1;
					p->s = save;
					return 0;
				}
			}
			if (*p->s != '}') {
				p->s = save;
				return 0;
			}
			p->s++;
			if (max >= 0 && max < min) {
				p->err = "numbers out of order in {}";
				return -1;
			}
			break;
		default:
			return 0;
		}
		greedy = 1;
		if (*p->s == '?') {
			greedy = 0;
			p->s++;
		}
		if (quantify(p, start, min, max, greedy) != 0)
			return -1;
	}
}

static int
parse_seq(struct parser *p)
{
	while (*p->s != '\0' && *p->s != '|' && *p->s != ')')
		if (parse_term(p) != 0)
			return -1;
	return 0;
}

static int
parse_alt(struct parser *p)
{
	int start = (int)p->re->n, jmp, i, body, pending = -1, next;

	if (parse_seq(p) != 0)
		return -1;
	while (*p->s == '|') {
		p->s++;
		/* SPLIT alternative, rest; alternative; JMP end; rest. */
		body = (int)p->re->n - start;
		if (emit(p, OP_MATCH, 0, 0, 0) < 0)
			return -1;
		memmove(p->re->prog + start + 1, p->re->prog + start,
		    (size_t)body * sizeof(*p->re->prog));
		for (i = start + 1; i < start + 1 + body; i++) {
			struct inst *in = &p->re->prog[i];

			if (in->op == OP_SPLIT || in->op == OP_JMP) {
				in->x++;
				in->y++;
			} else if (in->op == OP_LOOK || in->op == OP_LOOKBEHIND)
				in->x++;
		}
		/* The JMPs wait for the end, chained through x. */
		if ((jmp = emit(p, OP_JMP, 0, pending, 0)) < 0)
			return -1;
		pending = jmp;
		p->re->prog[start].op = OP_SPLIT;
		p->re->prog[start].cls = NULL;
		p->re->prog[start].x = start + 1;
		p->re->prog[start].y = (int)p->re->n;
		start = (int)p->re->n;
		if (parse_seq(p) != 0)
			return -1;
	}
	for (; pending >= 0; pending = next) {
		next = p->re->prog[pending].x;
		p->re->prog[pending].x = (int)p->re->n;
	}
	return 0;
}

void
iachrp_regex_free(struct iachrp_regex *re)
{
	size_t i;

	if (re == NULL)
		return;
	for (i = 0; i < re->n; i++) {
		if (re->prog[i].cls != NULL) {
			free(re->prog[i].cls->r);
			free(re->prog[i].cls);
		}
	}
	if (re->names != NULL)
		for (i = 0; i < MAX_GROUPS; i++)
			free(re->names[i]);
	free(re->names);
	free(re->prog);
	free(re);
}

struct iachrp_regex *
iachrp_regex_compile(const char *pattern, char *why, size_t whylen)
{
	struct iachrp_regex *re;
	struct parser p;
	size_t i;

	if ((re = calloc(1, sizeof(*re))) == NULL) {
		snprintf(why, whylen, "out of memory");
		return NULL;
	}
	p.re = re;
	p.s = pattern;
	p.err = NULL;
	if (parse_alt(&p) != 0 || (*p.s == ')' && (p.err = "unmatched )")) ||
	    emit(&p, OP_MATCH, 0, 0, 0) < 0) {
		snprintf(why, whylen, "%s", p.err != NULL ? p.err :
		    "invalid pattern");
		iachrp_regex_free(re);
		return NULL;
	}
	for (i = 0; i < re->n; i++)
		if (re->prog[i].op == OP_BACKREF &&
		    (int)re->prog[i].c > re->ngroups) {
			snprintf(why, whylen, "backreference to no group");
			iachrp_regex_free(re);
			return NULL;
		}
	re->anchored = re->n > 0 && re->prog[0].op == OP_BOL;
	return re;
}

/* --- matching --- */

struct frame {
	int pc;			/* -1: undo a register */
	size_t sp;
	size_t reg;
	size_t old;
};

struct machine {
	const struct iachrp_regex *re;
	const char *s;
	size_t len;
	size_t *regs;		/* captures, then loop marks */
	size_t target;		/* where a lookbehind body must end */
	struct frame *stack;
	size_t n, cap;
	long steps, max_steps;
};

static int
push(struct machine *m, int pc, size_t sp, size_t reg, size_t old)
{
	struct frame *grown;

	if (m->n == m->cap) {
		m->cap = m->cap == 0 ? 64 : m->cap * 2;
		if ((grown = realloc(m->stack, m->cap * sizeof(*grown))) ==
		    NULL)
			return -1;
		m->stack = grown;
	}
	m->stack[m->n].pc = pc;
	m->stack[m->n].sp = sp;
	m->stack[m->n].reg = reg;
	m->stack[m->n].old = old;
	m->n++;
	return 0;
}

static int
word_at(const struct machine *m, size_t sp, int before)
{
	size_t i;

	if (before) {
		if (sp == 0)
			return 0;
		i = sp - 1;
		return is_word((unsigned char)m->s[i]);
	}
	return sp < m->len && is_word((unsigned char)m->s[sp]);
}

static int run(struct machine *, int, size_t, size_t *);
static int behind(struct machine *, int, size_t);

/* Runs a lookahead body at pc from sp: 1 match, 0 none, -1 error. */
static int
look(struct machine *m, int pc, size_t sp)
{
	size_t base = m->n, end;
	int rc;

	rc = run(m, pc, sp, &end);
	/* Undo register changes the lookahead made, down to base. */
	while (m->n > base) {
		m->n--;
		if (m->stack[m->n].pc == -1)
			m->regs[m->stack[m->n].reg] = m->stack[m->n].old;
	}
	return rc;
}

/*
 * Runs a lookbehind body at pc: 1 when it matches some text that ends at
 * sp, trying the nearest start first; 0 when none does; -1 on error.
 */
static int
behind(struct machine *m, int pc, size_t sp)
{
	size_t start = sp, saved = m->target;
	int rc;

	m->target = sp;
	for (;;) {
		if ((rc = look(m, pc, start)) != 0 || start == 0)
			break;
		do
			start--;
		while (start > 0 &&
		    ((unsigned char)m->s[start] & 0xC0) == 0x80);
	}
	m->target = saved;
	return rc;
}

/* Runs from pc at sp until MATCH: 1 with *end, 0 no match, -1 error. */
static int
run(struct machine *m, int pc, size_t sp, size_t *end)
{
	const struct inst *in;
	size_t base = m->n, i, a, b, glen;
	uint32_t c;
	int rc;

	for (;;) {
		if (++m->steps > m->max_steps)
			return -1;
		in = &m->re->prog[pc];
		switch (in->op) {
		case OP_CHAR:
			if (sp >= m->len)
				goto fail;
			i = sp;
			c = utf8_decode(m->s, m->len, &i);
			if (c != in->c)
				goto fail;
			sp = i;
			pc++;
			continue;
		case OP_ANY:
			if (sp >= m->len)
				goto fail;
			i = sp;
			c = utf8_decode(m->s, m->len, &i);
			if (c == '\n' || c == '\r' || c == 0x2028 ||
			    c == 0x2029)
				goto fail;
			sp = i;
			pc++;
			continue;
		case OP_CLASS:
			if (sp >= m->len)
				goto fail;
			i = sp;
			c = utf8_decode(m->s, m->len, &i);
			if (!class_match(in->cls, c))
				goto fail;
			sp = i;
			pc++;
			continue;
		case OP_SPLIT:
			if (push(m, in->y, sp, 0, 0) != 0)
				return -1;
			pc = in->x;
			continue;
		case OP_JMP:
			pc = in->x;
			continue;
		case OP_SAVE:
		case OP_MARK:
			i = in->op == OP_SAVE ? in->c :
			    (size_t)(m->re->ngroups + 1) * 2 + in->c;
			if (push(m, -1, 0, i, m->regs[i]) != 0)
				return -1;
			m->regs[i] = sp;
			pc++;
			continue;
		case OP_PROGRESS:
			i = (size_t)(m->re->ngroups + 1) * 2 + in->c;
			if (m->regs[i] == sp)
				goto fail;
			pc++;
			continue;
		case OP_BOL:
			if (sp != 0)
				goto fail;
			pc++;
			continue;
		case OP_EOL:
			if (sp != m->len)
				goto fail;
			pc++;
			continue;
		case OP_WORDB:
		case OP_NWORDB:
			if ((word_at(m, sp, 1) != word_at(m, sp, 0)) !=
			    (in->op == OP_WORDB))
				goto fail;
			pc++;
			continue;
		case OP_BACKREF:
			a = m->regs[in->c * 2];
			b = m->regs[in->c * 2 + 1];
			if (a != (size_t)-1 && b != (size_t)-1 && b >= a) {
				glen = b - a;
				if (sp + glen > m->len ||
				    memcmp(m->s + a, m->s + sp, glen) != 0)
					goto fail;
				sp += glen;
			}
			pc++;
			continue;
		case OP_LOOK:
			rc = look(m, pc + 1, sp);
			if (rc < 0)
				return -1;
			if (rc == in->y)
				goto fail;
			pc = in->x;
			continue;
		case OP_LOOKBEHIND:
			rc = behind(m, pc + 1, sp);
			if (rc < 0)
				return -1;
			if (rc == in->y)
				goto fail;
			pc = in->x;
			continue;
		case OP_AT:
			if (sp != m->target)
				goto fail;
			pc++;
			continue;
		case OP_MATCH:
			*end = sp;
			return 1;
		}
fail:
		for (;;) {
			if (m->n == base)
				return 0;
			m->n--;
			if (m->stack[m->n].pc == -1) {
				m->regs[m->stack[m->n].reg] =
				    m->stack[m->n].old;
				continue;
			}
			pc = m->stack[m->n].pc;
			sp = m->stack[m->n].sp;
			break;
		}
	}
}

int
iachrp_regex_search(const struct iachrp_regex *re, const char *s,
    size_t len)
{
	struct machine m;
	size_t start = 0, nregs, end, i;
	int rc = 0;

	memset(&m, 0, sizeof(m));
	m.re = re;
	m.s = s;
	m.len = len;
	m.max_steps = STEPS_BASE + (long)(len < 1000000 ? len : 1000000) *
	    STEPS_PER_BYTE;
	nregs = (size_t)(re->ngroups + 1) * 2 + (size_t)re->nmarks;
	if ((m.regs = malloc(nregs * sizeof(*m.regs))) == NULL)
		return -1;
	for (;;) {
		for (i = 0; i < nregs; i++)
			m.regs[i] = (size_t)-1;
		m.n = 0;
		if ((rc = run(&m, 0, start, &end)) != 0 || re->anchored ||
		    start >= len)
			break;
		utf8_decode(s, len, &start);
	}
	free(m.regs);
	free(m.stack);
	return rc;
}
