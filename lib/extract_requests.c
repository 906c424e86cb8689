/*
 * The measures requested, as an enumerated list: one paragraph per item
 * after an introduction that asks ("requested that the State of Peru:",
 * "la CIDH solicitó a Cuba que:", "a demandé à l'État haïtien :"), or
 * items inline ("a) ...; b) ...", "(a) ... and (b) ...").  Items with
 * another label style under an item are its sub-items.
 */
#include <stdlib.h>
#include <string.h>

#include "extract_private.h"

enum style { NONE, LOWER, UPPER, DIGIT, ROMAN, UROMAN, BULLET };

struct label {
	enum style style;
	int value;		/* 1 for a, 1, i */
	char text[9];
	size_t len;		/* bytes of the label with its marks */
};

static int
roman_value(const char *s, size_t n)
{
	static const char *const numerals[] = {
		"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
		"xi", "xii", "xiii", "xiv", "xv", NULL
	};
	int i;

	/* Most words are none: every numeral starts with i, v or x. */
	if (n == 0 || strchr("ivx", *s) == NULL)
		return 0;
	for (i = 0; numerals[i] != NULL; i++)
		if (strlen(numerals[i]) == n && strncmp(s, numerals[i], n) == 0)
			return i + 1;
	return 0;
}

/* Whether a label may start with c: a letter, a digit, "(", "-", "*". */
static int
opens_label(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '(' || c == '-' || c == '*' ||
	    c == 0xc2 || c == 0xe2;
}

/*
 * A label at s: "a)", "(a)", "a.", "A.", "1.", "1.-", "1-", "1)", "iv)",
 * "IV.", "•", "-".
 * Fills lab and returns 1, or 0.
 */
static int
label_at(const char *s, struct label *lab)
{
	const char *p = s;
	size_t n = 0, mark;
	int paren = 0;

	memset(lab, 0, sizeof(*lab));
	if (!opens_label((unsigned char)*p))
		return 0;
	if (((unsigned char)*p >= 0x80 || *p == '-' || *p == '*') &&
	    (strncmp(s, "\xe2\x80\xa2 ", 4) == 0 ||
	    strncmp(s, "\xe2\x96\xaa ", 4) == 0 ||
	    strncmp(s, "\xc2\xb7 ", 3) == 0 ||
	    strncmp(s, "\xe2\x80\x93 ", 4) == 0 ||
	    strncmp(s, "- ", 2) == 0 || strncmp(s, "* ", 2) == 0)) {
		lab->style = BULLET;
		lab->len = (size_t)(strchr(s, ' ') - s) + 1;
		return 1;
	}
	if (*p == '(') {
		paren = 1;
		p++;
	}
	if (*p >= '0' && *p <= '9') {
		while (p[n] >= '0' && p[n] <= '9' && n < 3)
			lab->value = lab->value * 10 + (p[n++] - '0');
		lab->style = DIGIT;
	} else if (*p >= 'a' && *p <= 'z') {
		while (p[n] >= 'a' && p[n] <= 'z' && n < 5)
			n++;
		/* Most words are no label: settle them before the numerals. */
		if (p[n] != ')' && p[n] != '.')
			return 0;
		if ((lab->value = roman_value(p, n)) > 0 && n > 1)
			lab->style = ROMAN;
		else if (n == 1 && *p == 'i')
			lab->style = ROMAN;	/* "i" is settled by the list */
		else if (n == 1) {
			lab->style = LOWER;
			lab->value = *p - 'a' + 1;
		} else
			return 0;
	} else if (*p >= 'A' && *p <= 'Z') {
		char low[6] = { 0 };

		while (p[n] >= 'A' && p[n] <= 'Z' && n < 5) {
			low[n] = (char)(p[n] - 'A' + 'a');
			n++;
		}
		if ((lab->value = roman_value(low, n)) > 0 &&
		    (n > 1 || *p == 'I'))
			lab->style = UROMAN;	/* "I" is settled by the list */
		else if (n == 1) {
			lab->style = UPPER;
			lab->value = *p - 'A' + 1;
		} else
			return 0;
	} else {
		return 0;
	}
	/* "1)", "1.", "(1)", and for numbers "1-" */
	if (n == 0 || (p[n] != ')' && !(p[n] == '.' && !paren) &&
	    !(p[n] == '-' && !paren && lab->style == DIGIT)))
		return 0;
	if (paren && p[n] != ')')
		return 0;
	/* "1.-", "1.–", "a)-": a dash may follow the mark. */
	mark = n + 1;
	if (p[n] != '-' && p[mark] == '-')
		mark++;
	else if (p[n] != '-' && strncmp(p + mark, "\xe2\x80\x93", 3) == 0)
		mark += 3;
	if (p[mark] != ' ')
		return 0;
	memcpy(lab->text, p, n);
	lab->text[n] = '\0';
	lab->len = (size_t)(p + mark + 1 - s);
	return 1;
}

/* Whether next follows cur in a list that started with first. */
static int
follows(const struct label *first, const struct label *cur,
    const struct label *next)
{
	if (first->style == BULLET)
		return next->style == BULLET;
	if (first->style == LOWER) {
		/* After "h)", "i)" is a letter. */
		if (next->style == ROMAN && strcmp(next->text, "i") == 0)
			return cur->value == 8;
		return next->style == LOWER && next->value == cur->value + 1;
	}
	if (first->style == UPPER) {
		if (next->style == UROMAN && strcmp(next->text, "I") == 0)
			return cur->value == 8;
		return next->style == UPPER && next->value == cur->value + 1;
	}
	/* After "iv)", "v)" is a numeral, read as a letter alone. */
	if ((first->style == ROMAN && next->style == LOWER) ||
	    (first->style == UROMAN && next->style == UPPER)) {
		char low[2] = { (char)(next->text[0] | 0x20), '\0' };

		return next->text[1] == '\0' &&
		    roman_value(low, 1) == cur->value + 1;
	}
	return next->style == first->style && next->value == cur->value + 1;
}

/*
 * Whether a label that starts a list, not with a bullet, may start with
 * c: "a)", "A.", "1.", "01.", "i)", "I.", "(a)".
 */
static int
may_open(char c)
{
	return c == 'a' || c == 'A' || c == '1' || c == '0' || c == 'i' ||
	    c == 'I' || c == '(';
}

/* Whether a list may start with lab. */
static int
starts_list(const struct label *lab)
{
	return lab->style == BULLET || lab->value == 1 ||
	    (lab->style == ROMAN && strcmp(lab->text, "i") == 0) ||
	    (lab->style == UROMAN && strcmp(lab->text, "I") == 0);
}

/* The item's text s[a, b) without the list's trailing marks. */
static json_t *
item_json(const struct label *lab, const char *s, const char *f, size_t a,
    size_t b)
{
	size_t n, i;
	int changed = 1;

	while (changed && b > a) {
		changed = 0;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == ';' ||
		    s[b - 1] == ',')) {
			b--;
			changed = 1;
		}
		for (i = 0; iachrp_lex_conjunction[i] != NULL; i++) {
			const char *conj = iachrp_lex_conjunction[i];

			n = strlen(conj);
			if (b - a > n && s[b - n - 1] == ' ' &&
			    iachrp_match(f + b - n, conj) == n) {
				b -= n;
				changed = 1;
			}
		}
	}
	if (b <= a)
		return NULL;
	return iachrp_pair("label", lab->style == BULLET ? json_null() :
	    json_string(lab->text), "text", json_stringn(s + a, b - a));
}

/* Where the first word of f[from, to) that asks starts, or -1. */
static size_t
ask_at(const char *f, size_t from, size_t to)
{
	const char *p, *q;
	size_t n;

	for (p = iachrp_word_at(f, f + from); p < f + to;
	    p = iachrp_word_after(p)) {
		if (iachrp_match_in(p, iachrp_lex_ask_verb, NULL) == 0 ||
		    iachrp_match_in(p, iachrp_lex_ask_noun, NULL) > 0)
			continue;
		/* The word before p. */
		for (q = p; q > f && q[-1] == ' '; q--)
			;
		n = 0;
		while (q > f && q[-1] != ' ') {
			q--;
			n++;
		}
		if (n == 0 || iachrp_match_in(q,
		    iachrp_lex_request_determiner, NULL) != n)
			return (size_t)(p - f);
	}
	return (size_t)-1;
}

int
iachrp_asks(const char *f, size_t from, size_t to)
{
	return ask_at(f, from, to) != (size_t)-1;
}

/*
 * Whether the paragraph leads into what follows: it ends with ':' or
 * without a full stop ("asked the State of Peru to").
 */
static int
open_ended(const struct iachrp_para *p)
{
	return strchr(".!?", p->s[p->len - 1]) == NULL;
}

/* True when the word at f + a, of n bytes, is a noun of persons. */
static int
persons_noun(const char *f, size_t n)
{
	return n > 0 && (iachrp_match_in(f, iachrp_lex_person_noun, NULL) ==
	    n || iachrp_match_in(f, iachrp_lex_listed_noun, NULL) == n ||
	    iachrp_match_in(f, iachrp_lex_beneficiary_noun, NULL) == n);
}

/*
 * True when p[from, len) announces persons to follow: a word of what
 * follows beside a noun of persons ("the following four persons:", "parmi
 * lesquels les personnes suivantes, ont reçu ... :").
 */
static int
announces_persons(const struct iachrp_para *p, size_t from)
{
	size_t k, e, prev = 0, prev_len = 0, n, next;

	for (k = from; k < p->len; k = next) {
		for (e = k; e < p->len && iachrp_is_alpha_at(p->f + e); e++)
			;
		for (next = e; next < p->len &&
		    !iachrp_is_alpha_at(p->f + next); next++)
			;
		if (e == k)
			continue;
		if ((n = iachrp_match_in(p->f + k, iachrp_lex_listed_ahead,
		    NULL)) == e - k) {
			size_t w = next, we;
			int i;

			if (persons_noun(p->f + prev, prev_len))
				return 1;
			/* "following persons", "following four persons" */
			for (i = 0; i < 2 && w < p->len; i++) {
				for (we = w; we < p->len &&
				    iachrp_is_alpha_at(p->f + we); we++)
					;
				if (persons_noun(p->f + w, we - w))
					return 1;
				for (w = we; w < p->len &&
				    !iachrp_is_alpha_at(p->f + w); w++)
					;
			}
		}
		prev = k;
		prev_len = e - k;
	}
	return 0;
}

/*
 * True when the last sentence of p opens with the persons it lists: "Las
 * personas a favor de quienes se pide la ampliación son:", "The
 * beneficiaries are:", "São eles:".
 */
static int
lists_persons(const struct iachrp_para *p)
{
	size_t from = 0, last = 0, n;

	while (from < p->len) {
		last = from;
		from = iachrp_sentence_end(p->s, from);
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
	}
	/*
	 * Past a colon before the last: "... a favor de las siguientes
	 * personas: A y R.M.F.A. De conformidad ..., solicitó a Cuba que:",
	 * whose initials hide a sentence's end, lists no one at its end.
	 */
	for (n = p->len - 1; n > last; n--)
		if (p->s[n - 1] == ':') {
			last = n;
			break;
		}
	/* "... decided to lift the measures for the following four persons:" */
	if (p->s[p->len - 1] == ':' && announces_persons(p, last))
		return 1;
	if ((n = iachrp_match_in(p->f + last, iachrp_lex_article, NULL)) > 0 &&
	    p->f[last + n] == ' ')
		last += n + 1;
	return iachrp_match_in(p->f + last, iachrp_lex_listed_noun, NULL) > 0 ||
	    iachrp_match_in(p->f + last, iachrp_lex_beneficiary_noun, NULL) > 0 ||
	    iachrp_match_in(p->f + last, iachrp_lex_listing_opener, NULL) > 0;
}

/*
 * Whether the paragraph introduces a list of measures: it asks and leads
 * into what follows, or its last sentence states the State's duty, or
 * it ends with a colon after a verb of deciding ("a décidé :"), or with
 * a colon and its first item asks for measures to be adopted ("Under
 * Article 25, the Commission decided that Peru:" then "a) adopt the
 * necessary measures ...").
 */
static int
introduces(const struct iachrp_para *p, const struct iachrp_para *item)
{
	size_t from = 0, last = 0;

	if (lists_persons(p))
		return 0;
	if (open_ended(p))
		return iachrp_asks(p->f, 0, p->len) ||
		    iachrp_contains(p->f, 0, p->len, iachrp_lex_duty_word) ||
		    (p->s[p->len - 1] == ':' && (iachrp_contains(p->f, 0,
		    p->len, iachrp_lex_resolve_verb) || (item != NULL &&
		    iachrp_contains(item->f, 0, item->len,
		    iachrp_lex_measure_verb))));
	while (from < p->len) {
		last = from;
		from = iachrp_sentence_end(p->s, from);
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
	}
	return iachrp_contains(p->f, last, p->len, iachrp_lex_duty_word);
}

/* Items inline after the asking verb: "a) ...; b) ...". */
static json_t *
inline_items(const struct iachrp_doc *doc, const struct iachrp_para *p)
{
	struct label first, cur, next;
	json_t *list = NULL;
	size_t i, start = 0, ask = (size_t)-1;
	int found = 0;

	/* A label follows a space: from one space to the next. */
	for (i = 1; (i = iachrp_byte_from(p->s, i - 1, p->len, ' ') + 1) <
	    p->len; i++) {
		if ((!found && !may_open(p->s[i])) ||
		    !label_at(p->s + i, &next) || next.style == BULLET)
			continue;
		if (!found) {
			if (!starts_list(&next))
				continue;
			/*
			 * Items follow the asking verb, not only its sentence:
			 * "extended the measures to (1) A, (2) B" lists
			 * persons.
			 */
			if (ask == (size_t)-1)
				ask = ask_at(p->f, 0, p->len);
			if (ask == (size_t)-1 || ask >= i)
				continue;
			first = cur = next;
			found = 1;
			start = i + next.len;
			if ((list = json_array()) == NULL)
				return iachrp_nomem(doc);
			continue;
		}
		if (!follows(&first, &cur, &next))
			continue;
		iachrp_append(doc, list, item_json(&cur, p->s, p->f, start,
		    i));
		cur = next;
		start = i + next.len;
	}
	if (!found)
		return NULL;
	if (json_array_size(list) == 0) {
		json_decref(list);
		return NULL;
	}
	/* The last item ends with its sentence. */
	iachrp_append(doc, list, item_json(&cur, p->s, p->f, start,
	    iachrp_sentence_end(p->s, start)));
	return list;
}

/*
 * The item whose label is lab and whose text runs over paragraphs
 * [from, to) (the first after its label, then its sub-items), joined by
 * spaces.
 */
static json_t *
joined_item(const struct iachrp_doc *doc, const struct label *lab,
    size_t from, size_t to)
{
	size_t j, len = 0, o = 0;
	char *s, *f;
	json_t *item;

	for (j = from; j < to; j++)
		len += doc->para[j].len + 1;
	if ((s = iachrp_malloc(2 * len + 2)) == NULL)
		return NULL;
	f = s + len + 1;
	for (j = from; j < to; j++) {
		const struct iachrp_para *q = &doc->para[j];
		size_t skip = j == from ? lab->len : 0;

		if (q->kind == IACHRP_FURNITURE)
			continue;
		if (o > 0) {
			s[o] = f[o] = ' ';
			o++;
		}
		memcpy(s + o, q->s + skip, q->len - skip);
		memcpy(f + o, q->f + skip, q->len - skip);
		o += q->len - skip;
	}
	s[o] = f[o] = '\0';
	item = item_json(lab, s, f, 0, o);
	iachrp_free(s);
	return item;
}

/* The list in the paragraphs after paragraph i, which introduces it. */
static json_t *
list_items(const struct iachrp_doc *doc, size_t i)
{
	struct label first, cur, lab, top;
	json_t *list;
	size_t j, from = i + 1;

	if ((list = json_array()) == NULL)
		return iachrp_nomem(doc);
	label_at(doc->para[i + 1].s, &first);
	cur = top = first;
	for (j = i + 2; j < doc->npara; j++) {
		const struct iachrp_para *q = &doc->para[j];

		if (q->kind == IACHRP_FURNITURE)
			continue;
		if (!label_at(q->s, &lab))
			break;
		/* Another style under an item: a sub-item, kept inside. */
		if (!follows(&first, &cur, &lab))
			continue;
		iachrp_append(doc, list, joined_item(doc, &top, from, j));
		cur = top = lab;
		from = j;
	}
	iachrp_append(doc, list, joined_item(doc, &top, from, j));
	return list;
}

#define MAX_PLAIN_ITEM 600

/* A paragraph opens with a letter, not a digit, quote or bracket. */
static int
opens_with_letter(const struct iachrp_para *q)
{
	unsigned char ch = (unsigned char)q->f[0];

	return (ch >= 'a' && ch <= 'z') || ch >= 0xc3;
}
#define MAX_PLAIN_ITEMS 15

/*
 * Items without labels, one a paragraph, after an introduction that
 * asks and ends with a colon ("Therefore, the IACHR asks the State of
 * Honduras to:" then "Adopt the necessary measures ..."): each opens
 * with a letter and a verb, not an article; the first that does not
 * ends them.
 */
static json_t *
plain_items(const struct iachrp_doc *doc, size_t i)
{
	static const struct label none = { BULLET, 1, "", 0 };
	json_t *list;
	size_t j, n;

	if ((list = json_array()) == NULL)
		return iachrp_nomem(doc);
	for (j = i + 1; j < doc->npara &&
	    json_array_size(list) < MAX_PLAIN_ITEMS; j++) {
		const struct iachrp_para *q = &doc->para[j];

		if (q->kind == IACHRP_FURNITURE)
			continue;
		if (q->kind != IACHRP_BODY || q->mandate ||
		    q->len > MAX_PLAIN_ITEM || !opens_with_letter(q))
			break;
		n = iachrp_match_in(q->f, iachrp_lex_prose_opener, NULL);
		if (n > 0 && (q->f[n] == ' ' || q->f[n] == '.' ||
		    q->f[n - 1] == '\''))
			break;
		iachrp_append(doc, list, item_json(&none, q->s, q->f, 0,
		    q->len));
	}
	/* One paragraph after a colon is prose, not a list. */
	if (json_array_size(list) < 2) {
		json_decref(list);
		return NULL;
	}
	return list;
}

json_t *
iachrp_extract_requests(const struct iachrp_doc *doc)
{
	struct label first;
	json_t *list;
	size_t i;

	for (i = 0; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		if ((list = inline_items(doc, p)) != NULL)
			return list;
		/* An introduction that asks, and items below it. */
		if (p->len > 0 && i + 1 < doc->npara &&
		    label_at(doc->para[i + 1].s, &first) &&
		    starts_list(&first) && introduces(p, &doc->para[i + 1]))
			return list_items(doc, i);
		if (p->len > 0 && p->s[p->len - 1] == ':' &&
		    i + 1 < doc->npara && !label_at(doc->para[i + 1].s,
		    &first) && iachrp_asks(p->f, 0, p->len) &&
		    (list = plain_items(doc, i)) != NULL)
			return list;
	}
	return json_array();
}
