/*
 * Internal declarations of the release extractor (iachr_extract.h): the
 * decoded document, its paragraphs and the rule families that read it.
 */
#ifndef EXTRACT_PRIVATE_H
#define EXTRACT_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "extract_private.h is internal to libiachr"
#endif

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <jansson.h>

#include "iachr_private.h"
#include "lexicon.h"

/* Languages of releases, in the order of enum values. */
enum iachrp_lang { IACHRP_EN, IACHRP_ES, IACHRP_PT, IACHRP_FR,
	IACHRP_NLANG };

/* What a line of the release is. */
enum iachrp_kind {
	IACHRP_BODY,		/* a paragraph of the release */
	IACHRP_TITLE,		/* the headline */
	IACHRP_FURNITURE	/* page furniture dragged along by a copy */
};

/*
 * One paragraph: s is the text (UTF-8, whitespace normalised, NUL
 * terminated) and f its folded twin, the same bytes lowercased so that
 * offsets into one are offsets into the other.  mandate tells that it is
 * the closing paragraph every release carries about the Commission's
 * mandate, which states no fact of the resolution.
 */
struct iachrp_para {
	char *s;
	char *f;
	size_t len;
	int kind;
	int mandate;
	const size_t *word;	/* offsets of its words' starts, in order */
	size_t nword;
};

/* A calendar date; year 0 when none. */
struct iachrp_date {
	int year;
	int month;
	int day;
};

/* The decoded release. */
struct iachrp_doc {
	char *buf;			/* storage of every s and f */
	struct iachrp_origin *org;	/* origins of buf's bytes, or NULL */
	size_t *words;			/* storage of every word index */
	struct iachrp_para *para;
	size_t npara;
	const char *encoding;		/* "UTF-8", "ISO-8859-1", ... */
	int lang;			/* enum iachrp_lang */
	struct iachrp_trace *trace;	/* NULL unless explaining */
	long title;			/* paragraph index, or -1 */
	long lead;			/* the lead paragraph, or -1 */
	struct iachrp_date released;	/* see iachrp_release_date */
	int *nomem;			/* set to 1 when an allocation fails */
};

/* A byte range [start, end) of one paragraph. */
struct iachrp_span {
	long para;
	size_t start;
	size_t end;
};

/* extract.c: {k1: v1, k2: v2}, taking both values; NULL when one is. */
json_t *iachrp_pair(const char *k1, json_t *v1, const char *k2, json_t *v2);

/*
 * extract.c: out of memory.  The rules cannot tell an allocation failure
 * from "nothing found", so they mark it in the document, and the
 * extraction then refuses the record instead of returning one with a
 * part missing.  iachrp_nomem marks it and returns NULL.  iachrp_append
 * appends value (stolen) to list and marks it when value is NULL or the
 * append fails; iachrp_set does the same for obj's key.  Both return 0,
 * or -1 when marked.
 */
json_t *iachrp_nomem(const struct iachrp_doc *doc);
int iachrp_append(const struct iachrp_doc *doc, json_t *list, json_t *value);
int iachrp_set(const struct iachrp_doc *doc, json_t *obj, const char *key,
    json_t *value);

/* Where a byte of text came from: the input bytes of its character. */
struct iachrp_origin {
	uint32_t start;
	uint32_t end;
};

/*
 * Text on its way from the input to paragraphs: s (UTF-8, NUL
 * terminated) and, when kept, the origin of each of its bytes.
 */
struct iachrp_text {
	char *s;
	size_t len;
	struct iachrp_origin *org;	/* NULL unless origins are kept */
	const char *encoding;		/* "UTF-8", "ISO-8859-1", ... */
};

/* text_decode.c: the input as UTF-8, origins kept when keep_origins. */
int iachrp_decode(const unsigned char *in, size_t len, int keep_origins,
    struct iachrp_text *t, const char *source, iachr_error_t *err);
void iachrp_text_free(struct iachrp_text *t);
/* Whether the len bytes at in are valid UTF-8. */
int iachrp_is_utf8(const unsigned char *in, size_t len);

/*
 * text_html.c: whether the input is an HTML page, by its first tag; and
 * the release text of a page as UTF-8, its encoding the page's own.
 */
int iachrp_is_html(const unsigned char *in, size_t len);
int iachrp_html_text(const unsigned char *in, size_t len,
    struct iachrp_text *t, const char *source, iachr_error_t *err);

/*
 * Whether the eight bytes at p are all ASCII: the passes over a whole
 * text step over most of it eight bytes at a time.
 */
static inline int
iachrp_ascii8(const void *p)
{
	uint64_t x;

	memcpy(&x, p, 8);
	return (x & 0x8080808080808080u) == 0;
}

/* text_nfc.c: t in Unicode NFC, origins mapped; -1 when out of memory. */
int iachrp_nfc(struct iachrp_text *t);

/* text_clean.c */
int iachrp_doc_load(struct iachrp_doc *doc, const struct iachrp_text *t,
    const char *source, iachr_error_t *err);
void iachrp_doc_free(struct iachrp_doc *doc);

/*
 * Writes to dst the len bytes of src lowercased, as a paragraph's folded
 * twin is, and a NUL after them.
 */
void iachrp_fold(char *dst, const char *src, size_t len);

/*
 * text_scan.c: matching ASCII cues against folded text.  Each returns
 * the bytes of f matched, 0 when the cue does not match there.
 */
size_t iachrp_match(const char *f, const char *cue);
/* As iachrp_match without the word boundary at the end. */
size_t iachrp_match_prefix(const char *f, const char *cue);
/* The unaccented lowercase letter at f, 0 when none. */
int iachrp_base_letter(const char *f);
/* The longest match of a table's cues; *which (may be NULL) its index. */
size_t iachrp_match_any(const char *f, const char *const *cues,
    size_t *which);
/*
 * In a table of n entries of size bytes, sorted by the string each entry
 * starts with: the index of the first whose string starts with letter or
 * a later byte.
 */
size_t iachrp_first_with(const void *table, size_t n, size_t size,
    int letter);
/* As iachrp_match_any over the n cues of a table that starts with letters. */
size_t iachrp_match_sorted(const char *f, const char *const *cues, size_t n,
    size_t *which);
/*
 * As iachrp_match_sorted over a lexicon table, by its index; and over a
 * table of pairs, where a text that starts with no letter matches none.
 * Called through iachrp_match_indexed and iachrp_match_pairs (below).
 */
size_t iachrp_search_indexed(const char *f, const char *const *cues,
    size_t n, const struct iachrp_lex_index *index, size_t *which);
size_t iachrp_search_pairs(const char *f,
    const struct iachrp_lex_pair *pairs, size_t n,
    const struct iachrp_lex_index *index, size_t *which);
/*
 * The same, where the entries [from, to) of the table, stride bytes
 * apart, are all that may match, and start with f's first two bytes.
 */
size_t iachrp_search_after_pair(const char *f, const void *table,
    size_t stride, size_t from, size_t to, size_t *which);
/*
 * The entries of a lexicon table before its NULL.  A pointer in place of
 * the array would give 0: refused at compile time.
 */
#define IACHRP_NCUES(table) \
	(sizeof(char[__builtin_types_compatible_p(__typeof__(table), \
	    __typeof__(&(table)[0])) ? -1 : 1]) * 0 + \
	    sizeof(table) / sizeof((table)[0]) - 1)
/*
 * The entries [*lo, *hi) of a lexicon table of n entries, stride bytes
 * apart, that start with the base letter at f, or none when its index
 * says that no entry can match there.
 */
void iachrp_index_range(const char *f, const void *table, size_t n,
    size_t stride, const struct iachrp_lex_index *index, size_t *lo,
    size_t *hi);
/* The index gen-lexicon.sh writes beside a lexicon table. */
#define IACHRP_INDEX(table) IACHRP_INDEX_OF(table)
#define IACHRP_INDEX_OF(table) (&table##_index)
/*
 * Whether a cue may start at f, by the pairs of first letters cues start
 * with (an index's, or struct iachrp_cueset's): iachrp_pair_bit says 1
 * or 0 where f starts with two lowercase ASCII letters, as most words
 * do, and -1 elsewhere, where iachrp_pairs_may says.  Inline, as most
 * lookups end there.
 */
static inline int
iachrp_pair_bit(const uint32_t pair[27], const char *f)
{
	unsigned a = (unsigned char)f[0] - 'a', b;

	if (a >= 26 || (b = (unsigned char)f[1] - 'a') >= 26)
		return -1;
	return (pair[a] >> b) & 1;
}
int iachrp_pairs_may(const uint32_t pair[27], const char *f);
static inline int
iachrp_pairs_allow(const uint32_t pair[27], const char *f)
{
	int bit = iachrp_pair_bit(pair, f);

	return bit >= 0 ? bit : iachrp_pairs_may(pair, f);
}

/* The bits set in x. */
static inline unsigned
iachrp_bit_count(uint32_t x)
{
	x -= (x >> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >> 2) & 0x33333333);
	x = (x + (x >> 4)) & 0x0f0f0f0f;
	return (x * 0x01010101) >> 24;
}

/*
 * What an index says of f where it starts with two lowercase ASCII letters:
 * NULL when no entry can match there (by the third and fourth letters too, when
 * they are ASCII), else the entries that start with them, all that may match.
 * Where it starts with another ASCII byte, NULL when no entry starts with one.
 * *known is 0 where it says nothing (f starts otherwise, or its first letter
 * takes any after it): the search says.
 */
static inline const struct iachrp_lex_letter_pair *
iachrp_index_pair(const struct iachrp_lex_index *index, const char *f,
    int *known)
{
	unsigned a = (unsigned char)f[0] - 'a', b, c, d, bit;
	const struct iachrp_lex_letter_pair *pair;
	uint32_t row;

	*known = 0;
	if (a >= 26) {
		*known = (unsigned char)f[0] < 0x80 && index->pair[26] == 0;
		return NULL;
	}
	if ((b = (unsigned char)f[1] - 'a') >= 26 ||
	    (row = index->pair[a]) == 0xffffffff)
		return NULL;
	*known = 1;
	if (((row >> b) & 1) == 0)
		return NULL;
	pair = &iachrp_lex_letter_pairs[index->pairs_at[a] +
	    iachrp_bit_count(row & ((1u << b) - 1))];
	if ((unsigned char)f[2] >= 0x80)
		return pair;
	c = (unsigned char)f[2] - 'a';
	c = c < 26 ? c : 26;
	if (((pair->third >> c) & 1) == 0)
		return NULL;
	if (f[2] == '\0' || (unsigned char)f[3] >= 0x80)
		return pair;
	d = (unsigned char)f[3] - 'a';
	bit = (27 * c + (d < 26 ? d : 26)) % 64;
	return ((pair->fourth[bit / 32] >> (bit % 32)) & 1) != 0 ? pair : NULL;
}

/* Whether an index rules out a match at f on its first letters. */
static inline int
iachrp_index_rules_out(const struct iachrp_lex_index *index, const char *f)
{
	int known;

	return iachrp_index_pair(index, f, &known) == NULL && known;
}

/* The lookups: most are settled inline on the first letters. */
static inline size_t
iachrp_match_indexed(const char *f, const char *const *cues, size_t n,
    const struct iachrp_lex_index *index, size_t *which)
{
	const struct iachrp_lex_letter_pair *pair;
	int known;

	if ((pair = iachrp_index_pair(index, f, &known)) != NULL)
		return iachrp_search_after_pair(f, cues, sizeof(*cues),
		    pair->from, pair->to, which);
	return known ? 0 : iachrp_search_indexed(f, cues, n, index, which);
}
static inline size_t
iachrp_match_pairs(const char *f, const struct iachrp_lex_pair *pairs,
    size_t n, const struct iachrp_lex_index *index, size_t *which)
{
	const struct iachrp_lex_letter_pair *pair;
	int known;

	if ((pair = iachrp_index_pair(index, f, &known)) != NULL)
		return iachrp_search_after_pair(f, pairs, sizeof(*pairs),
		    pair->from, pair->to, which);
	return known ? 0 : iachrp_search_pairs(f, pairs, n, index, which);
}

/* iachrp_match_any over a lexicon table, by its index. */
#define iachrp_match_in(f, table, which) \
	iachrp_match_indexed((f), (table), IACHRP_NCUES(table), \
	    IACHRP_INDEX(table), (which))
/* The same over a lexicon table of pairs. */
#define iachrp_pair_in(f, table, which) \
	iachrp_match_pairs((f), (table), IACHRP_NCUES(table), \
	    IACHRP_INDEX(table), (which))
const char *iachrp_find(const char *f, const char *cue, size_t *mlen);
/* Whether a cue of a lexicon table starts a word of f[from, to). */
int iachrp_contains_indexed(const char *f, size_t from, size_t to,
    const char *const *cues, size_t n, const struct iachrp_lex_index *index);
#define iachrp_contains(f, from, to, table) \
	iachrp_contains_indexed((f), (from), (to), (table), \
	    IACHRP_NCUES(table), IACHRP_INDEX(table))
/* The same over a paragraph's f, by its word index. */
int iachrp_para_contains_indexed(const struct iachrp_para *p, size_t from,
    size_t to, const char *const *cues, size_t n,
    const struct iachrp_lex_index *index);
#define iachrp_para_contains(p, from, to, table) \
	iachrp_para_contains_indexed((p), (from), (to), (table), \
	    IACHRP_NCUES(table), IACHRP_INDEX(table))
/*
 * The index of the paragraph's first word that starts at or after
 * offset off; p->nword when none does.  The rule families walk these
 * indexes instead of scanning the text for words again.
 */
size_t iachrp_word_from(const struct iachrp_para *p, size_t off);
/*
 * The pairs of first letters a table's cues start with, gathered once
 * for a run over many words: most words are then passed over without
 * a search.  A word may match only where iachrp_cueset_may says so.
 */
struct iachrp_cueset {
	uint32_t pair[27];	/* row: first letter a-z, else 26; bit:
				   second letter a-z, bit 26 any other */
};
/* From the first bytes of n strings, each at stride bytes from the last. */
void iachrp_cueset_init(struct iachrp_cueset *set, const void *table,
    size_t n, size_t stride);
static inline int
iachrp_cueset_may(const struct iachrp_cueset *set, const char *f)
{
	return iachrp_pairs_allow(set->pair, f);
}
/* The first word start at or after p in the string that starts at start. */
const char *iachrp_word_at(const char *start, const char *p);
/*
 * The start of the word after the one at p (a word start), or the end
 * of the string: as iachrp_word_at(start, p + 1), without looking back.
 */
const char *iachrp_word_after(const char *p);
/*
 * The offsets of f's word starts, in order, to out, which has room for
 * one every two bytes and two more; the starts iachrp_word_at and
 * iachrp_word_after find one by one.  Returns how many.
 */
size_t iachrp_word_starts(const char *f, size_t *out);
int iachrp_is_upper_at(const char *s);
int iachrp_is_alpha_at(const char *s);
size_t iachrp_char_len(const char *s);
const char *iachrp_skip_space(const char *s);
/*
 * extract_decisions.c: the date of the release, by a date line above the
 * lead or its dateline; else the latest year its body prints, day and
 * month 0; year 0 where none.
 */
struct iachrp_date iachrp_release_date(const struct iachrp_doc *doc);
/* The latest year f[from, to) prints, up to 2100, or 0. */
int iachrp_latest_year(const char *f, size_t from, size_t to);
/* The first byte c of s[from, len), by memchr: its index, or len. */
size_t iachrp_byte_from(const char *s, size_t from, size_t len, int c);
/* The end of the sentence of s that starts at from (after its stop). */
size_t iachrp_sentence_end(const char *s, size_t from);
size_t iachrp_word_len(const char *s);

/*
 * extract_trace.c: where each fact was decided.  Each call records the
 * paragraph bytes [start, end) and the rule for field; nothing happens
 * when doc->trace is NULL.  A candidate's span is kept only when key (a
 * name or code) made it into the field's value.
 */
struct iachrp_trace;
void iachrp_trace(const struct iachrp_doc *doc, const char *field,
    long para, size_t start, size_t end, const char *rule);
void iachrp_trace_candidate(const struct iachrp_doc *doc, const char *field,
    long para, size_t start, size_t end, const char *rule, const char *key);
/* As iachrp_trace_candidate for len bytes at p, in some paragraph's s or f. */
void iachrp_trace_at(const struct iachrp_doc *doc, const char *field,
    const char *p, size_t len, const char *rule, const char *key);
/*
 * Traces the first len bytes of want where a paragraph holds them; an
 * item joined from several lines of a list ("...: a) ...; b) ...")
 * piece by piece.
 */
void iachrp_trace_string(const struct iachrp_doc *doc, const char *field,
    const char *want, size_t len, const char *rule);
struct iachrp_trace *iachrp_trace_new(void);
void iachrp_trace_free(struct iachrp_trace *trace);
/* One explanation object per key of rec (see iachr_extract_explained). */
json_t *iachrp_trace_explain(const struct iachrp_doc *doc, const json_t *rec,
    const unsigned char *in, size_t len);

/* text_map.c: from paragraph bytes back to the input. */
struct iachrp_place {
	size_t start;		/* input bytes [start, end) */
	size_t end;
	int line;		/* of start, 1-based */
	int col;		/* characters, 1-based */
};
int iachrp_map_span(const struct iachrp_doc *doc, long para, size_t start,
    size_t end, const unsigned char *in, size_t len,
    struct iachrp_place *place);

/* extract_sha256.c */
void iachrp_sha256_hex(const void *data, size_t len, char hex[65]);

/* extract_lang.c */
int iachrp_detect_language(const struct iachrp_doc *doc);
int iachrp_is_release(const struct iachrp_doc *doc);

/* extract_dates.c */
size_t iachrp_parse_date(const char *f, int lang, struct iachrp_date *d);
/* "20/04/2021", "04.03.2024": day first but in English; bytes, or 0. */
size_t iachrp_parse_numeric_date(const char *f, int lang,
    struct iachrp_date *d);
/* A date in words or in figures at f: bytes read, or 0. */
size_t iachrp_parse_any_date(const char *f, int lang, struct iachrp_date *d);
/* "May 2022", "mayo de 2022", "2022" at f: bytes read, or 0. */
size_t iachrp_parse_month_year(const char *f);
/* "April 3", "3 de abril" at f, in the year given: bytes read, or 0. */
size_t iachrp_parse_day_month(const char *f, int year, struct iachrp_date *d);
int iachrp_date_is_valid(const struct iachrp_date *d);
json_t *iachrp_date_json(const struct iachrp_date *d);
int iachrp_year4(int year, size_t digits);

/* extract_numbers.c */
struct iachrp_decision;
json_t *iachrp_extract_resolution(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);
json_t *iachrp_extract_measure(const struct iachrp_doc *doc);
/*
 * The date printed with the citation of the resolution announced, or on
 * a line of the header block it opens: 1 with d and span set, or 0.
 */
/* The bytes of a decision cue of language lang at p ("desestimó"), or 0. */
size_t iachrp_decision_word(int lang, const char *p);
int iachrp_resolution_date(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec, struct iachrp_date *d,
    struct iachrp_span *span);
json_t *iachrp_extract_legal_basis(const struct iachrp_doc *doc);

/* extract_state.c */
json_t *iachrp_extract_state(const struct iachrp_doc *doc);
int iachrp_state_at(const char *f, size_t *mlen);
/*
 * The State of a region, department or city named at s (folded f) and
 * capitalised, of one State only ("Pará", "Cité Soleil"), or -1; *mlen
 * its length.
 */
int iachrp_region_at(const char *s, const char *f, size_t *mlen);

/* extract_decisions.c */
struct iachrp_decision {
	int decisions[8];	/* enum iachrp_decision_kind, in text order */
	int n;
	int provisional;
	struct iachrp_span sentence;	/* where the decision is stated */
	size_t verb;			/* offset of the first decision cue */
};
enum iachrp_decision_kind { IACHRP_GRANT, IACHRP_EXTENSION,
	IACHRP_FOLLOW_UP, IACHRP_MODIFICATION, IACHRP_LIFT,
	IACHRP_PARTIAL_LIFT, IACHRP_REQUEST, IACHRP_REJECT, IACHRP_NDECISION };
void iachrp_extract_decisions(const struct iachrp_doc *doc,
    struct iachrp_decision *dec);
const char *iachrp_decision_name(int kind);
size_t iachrp_decision_cue(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to);
/* As iachrp_decision_cue; *kind (may be NULL) the decision's kind. */
size_t iachrp_first_decision(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to, int *kind);
/*
 * The offset of the first decision cue of that kind in f[from, to), told
 * as an act or as history alike, or (size_t)-1.
 */
size_t iachrp_cue_of_kind(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to, int kind);
/*
 * The act a refusal at verb refuses, the first decision cue after it in
 * f[verb, to) ("dismissed the request ... to lift"): its offset and
 * *kind, or (size_t)-1.
 */
size_t iachrp_refused_act(const struct iachrp_doc *doc, const char *f,
    size_t verb, size_t to, int *kind);
/*
 * True when f[from, to) holds decision words and each tells an earlier
 * act ("As medidas foram outorgadas em 2020 e ampliadas em 2021").
 */
int iachrp_earlier_act(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to);
/* Where the first of those words stands, or (size_t)-1 where it is not so. */
size_t iachrp_earlier_act_at(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to);
json_t *iachrp_extract_date(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);

/* extract_beneficiaries.c */
json_t *iachrp_extract_beneficiaries(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);

/* extract_rights.c */
json_t *iachrp_extract_rights(const struct iachrp_doc *doc);

/* extract_requests.c */
json_t *iachrp_extract_requests(const struct iachrp_doc *doc);
int iachrp_asks(const char *f, size_t from, size_t to);

/* extract_release.c */
void iachrp_doc_layout(struct iachrp_doc *doc);
/*
 * A date that ends headline p after a dash ("La CIDH étend ses mesures
 * conservatoires ... - 4 mai 2022"): 1, d and the offset where the
 * date starts, or 0.
 */
int iachrp_headline_date(const struct iachrp_para *p, struct iachrp_date *d,
    size_t *at);
json_t *iachrp_extract_press_release(const struct iachrp_doc *doc);
/* Where the text after a dateline's dash starts in p, or 0. */
size_t iachrp_dateline_end(const struct iachrp_para *p);
/* True when a line starts a list item: "a)", "(1)", "2.", "iv)", "•". */
int iachrp_starts_item(const char *s);

#endif /* EXTRACT_PRIVATE_H */
