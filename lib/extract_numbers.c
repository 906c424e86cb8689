/*
 * Numbers a release cites: the resolution ("Resolution 55/2021",
 * "Res. 55/21", "Resolución No. 55/21"), the precautionary measure file
 * ("PM 506-22", "MC 506-22", "medida cautelar No. 873-18", "PM 1068/20")
 * and the provisions invoked ("Article 25 of its Rules of Procedure",
 * "artículo 63.2 de la Convención Americana").
 */
#include <stdio.h>
#include <string.h>

#include "extract_private.h"

/* Skips spaces, hyphens and a number sign after a cue. */
static const char *
skip_sign(const char *p)
{
	size_t n;

	if (*p == '-' && p[1] >= '0' && p[1] <= '9')
		return p + 1;
	p = iachrp_skip_space(p);
	if ((n = iachrp_match_in(p, iachrp_lex_number_sign, NULL)) > 0)
		p = iachrp_skip_space(p + n);
	return p;
}

/*
 * "55/2021", "55/21", "506-22": number and four-digit year, and the
 * bytes read, or 0 when p holds no such pair.
 */
static int
number_year(const char *p, int *number, int *year, int dash)
{
	size_t i = 0, j;
	int num = 0, y = 0;

	while (p[i] >= '0' && p[i] <= '9' && i < 7)
		num = num * 10 + (p[i++] - '0');
	if (i == 0 || i > 6 || (p[i] != '/' && !(dash && p[i] == '-')))
		return 0;
	for (j = i + 1; p[j] >= '0' && p[j] <= '9' && j - i - 1 < 5; j++)
		y = y * 10 + (p[j] - '0');
	if (iachrp_is_alpha_at(p + j) || p[j] == '/')
		return 0;
	if ((y = iachrp_year4(y, j - i - 1)) < 1959 || y > 2099 || num < 1)
		return 0;
	*number = num;
	*year = y;
	return (int)j;
}

static json_t *
number_json(int number, int year)
{
	return iachrp_pair("number", json_integer(number), "year",
	    json_integer(year));
}

/*
 * After a cue, words that may come before the number ("Resolución de
 * Seguimiento y Ampliación 32/22", "résolution de suivi et de modification
 * 48/22"): skips at most six, and never a resolution's cue, whose number
 * is not the measure's ("medidas cautelares mediante la Resolución
 * 13/18").
 */
static const char *
skip_words(const char *p)
{
	const char *q = p;
	int words;

	for (words = 0; words < 6; words++) {
		size_t n;

		q = iachrp_skip_space(q);
		if ((n = iachrp_word_len(q)) == 0 || n > 16 ||
		    (*q >= '0' && *q <= '9') ||
		    iachrp_match_in(q, iachrp_lex_resolution_cue, NULL) > 0 ||
		    iachrp_match_in(q, iachrp_lex_number_sign, NULL) > 0)
			break;
		/* "a follow-up resolution on Precautionary Measure 205-21":
		 * the number is the measure's */
		if (iachrp_match_in(q, iachrp_lex_measure_cue, NULL) > 0)
			return "";
		q += n;
		/* "de ampliación, No. 44/2024", "d'extension 15/2023" */
		if (*q == '-' || *q == ',' || *q == '\'')
			q++;
		else if (strncmp(q, "\xe2\x80\x99", 3) == 0)
			q += 3;
	}
	return q;
}

/*
 * The first cue-number pair in the paragraph from its word *k on, or 0;
 * *k is left at the cue's word.  The ncues cues are a lexicon class,
 * read by its index.
 */
static int
find_cited(const struct iachrp_para *para, const char *const *cues,
    size_t ncues, const struct iachrp_lex_index *index, int dash,
    int *number, int *year, size_t *at, size_t *k)
{
	const char *f = para->f, *p;
	size_t n;

	for (; *k < para->nword; ++*k) {
		p = f + para->word[*k];
		if ((n = iachrp_match_indexed(p, cues, ncues, index,
		    NULL)) == 0)
			continue;
		if (number_year(skip_sign(p + n), number, year, dash) ||
		    number_year(skip_sign(skip_words(p + n)), number, year,
		    dash)) {
			if (at != NULL)
				*at = (size_t)(p - f);
			return 1;
		}
	}
	return 0;
}

/*
 * True when the citation at at tells of an earlier act: a participle of
 * granting or a clause of time shortly before it ("the measures granted
 * in Resolution 33/2020", "since 2020, when the Commission issued
 * Resolution 52/2020").
 */
static int
cites_earlier(const char *f, size_t at)
{
	size_t from = at > 60 ? at - 60 : 0, i;
	const char *p;

	for (p = f + from; p < f + at; p++) {
		for (i = 0; iachrp_lex_earlier_grant[i] != NULL; i++)
			if (strncmp(p, iachrp_lex_earlier_grant[i],
			    strlen(iachrp_lex_earlier_grant[i])) == 0)
				return 1;
		/* "since August 2020, when the Commission issued ..." */
		if ((p == f || p[-1] == ' ') &&
		    iachrp_match_in(p, iachrp_lex_when_word, NULL) > 0)
			return 1;
	}
	return 0;
}

/*
 * True when the citation at para, at tells the history: it stands in the
 * body, of a year before the release's, in a sentence before the
 * decision's ("Precautionary measures were granted ... by Resolution
 * 45/2019 (PM 612-19) ... On January 8, 2024, by means of Resolution
 * 2/24, the IACHR decided to extend") or of a year two years or more
 * before ("Back in March 2019, by means of Resolution 17/19, the
 * Commission had granted" in a release of 2024).
 */
static int
history_first(const struct iachrp_doc *doc, const struct iachrp_decision *dec,
    size_t para, size_t at, int year)
{
	if (dec->sentence.para < 0 || doc->released.year == 0 ||
	    year >= doc->released.year || (long)para < doc->lead ||
	    doc->para[para].kind == IACHRP_FURNITURE)
		return 0;
	return year + 1 < doc->released.year ||
	    (long)para < dec->sentence.para ||
	    ((long)para == dec->sentence.para && at < dec->sentence.start);
}

/*
 * The citation of the resolution announced: its paragraph and offset.
 * Headers and the lead name it; later paragraphs also cite the
 * resolutions it follows up ("The measure was first granted through
 * Resolution 79/2018 ... With Resolution 58/2023, the Commission now").
 * A citation of the history told first gives way to a later one.
 */
static int
announced(const struct iachrp_doc *doc, const struct iachrp_decision *dec,
    size_t *para, size_t *at, int *number, int *year)
{
	size_t i, k, first_para = 0, first_at = 0;
	int first_number = 0, first_year = 0, found = 0;

	for (i = 0; i < doc->npara; i++) {
		if (doc->para[i].kind == IACHRP_FURNITURE)
			continue;
		for (k = 0; find_cited(&doc->para[i], iachrp_lex_resolution_cue,
		    IACHRP_NCUES(iachrp_lex_resolution_cue),
		    IACHRP_INDEX(iachrp_lex_resolution_cue), 1, number, year,
		    at, &k); k++) {
			/* not in the decision's own sentence: "precautionary
			 * measures were granted through Resolution 17/2025" */
			if (doc->lead >= 0 && (long)i > doc->lead &&
			    cites_earlier(doc->para[i].f, *at) &&
			    !((long)i == dec->sentence.para &&
			    *at >= dec->sentence.start &&
			    *at < dec->sentence.end))
				continue;
			if (!history_first(doc, dec, i, *at, *year)) {
				*para = i;
				return 1;
			}
			if (!found) {
				found = 1;
				first_para = i;
				first_at = *at;
				first_number = *number;
				first_year = *year;
			}
		}
	}
	*para = first_para;
	*at = first_at;
	*number = first_number;
	*year = first_year;
	return found;
}

/*
 * The end of the citation at at: its sentence, or past its number where
 * an abbreviation's period ends the sentence first ("Rés. 33/19").
 */
static size_t
cited_end(const char *f, size_t at)
{
	size_t end = iachrp_sentence_end(f, at), k = at;

	while (f[k] != '\0' && (f[k] < '0' || f[k] > '9'))
		k++;
	while ((f[k] >= '0' && f[k] <= '9') || f[k] == '/' || f[k] == '-')
		k++;
	return k > end ? k : end;
}

json_t *
iachrp_extract_resolution(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	size_t i, at;
	int number, year;

	if (!announced(doc, dec, &i, &at, &number, &year))
		return json_null();
	iachrp_trace(doc, "resolution", (long)i, at,
	    cited_end(doc->para[i].f, at),
	    "first resolution cue with a number");
	return number_json(number, year);
}

/*
 * "was adopted on May 3, 2021", "fue adoptada el 3 de mayo de 2021",
 * "adopted on April 3" (in year, the resolution's): a few words that
 * tell the adoption, then its date.
 */
static int
adopted_on(const struct iachrp_doc *doc, const char *q, int year,
    struct iachrp_date *d)
{
	int words, adopted = 0;
	size_t n;

	for (words = 0; words < 5 && iachrp_is_alpha_at(q) &&
	    !iachrp_is_upper_at(q); words++) {
		if (iachrp_match_in(q, iachrp_lex_adoption, NULL) > 0)
			adopted = 1;
		else if (adopted && iachrp_parse_any_date(q, doc->lang, d) > 0)
			return d->day > 0;
		else if (adopted && iachrp_parse_day_month(q, year, d) > 0)
			return 1;
		if ((n = iachrp_word_len(q)) == 0)
			return 0;
		q = iachrp_skip_space(q + n);
	}
	if (!adopted)
		return 0;
	/* "adopted on April 3": in the resolution's year */
	return (iachrp_parse_any_date(q, doc->lang, d) > 0 && d->day > 0) ||
	    iachrp_parse_day_month(q, year, d) > 0;
}

/*
 * After the agent at q, "by the Inter-American Commission on Human
 * Rights (IACHR) on September 12, 2022": the date that follows the
 * Commission's name within a few words.
 */
static int
by_commission_on(const struct iachrp_doc *doc, const char *q,
    struct iachrp_date *d)
{
	int words, commission = 0;
	size_t n;

	for (words = 0; words < 20 && *q != '\0' && *q != '.' && *q != ';';
	    words++) {
		if (iachrp_match_in(q, iachrp_lex_commission_word, NULL) > 0)
			commission = 1;
		else if (commission && (n = iachrp_match_in(q,
		    iachrp_lex_date_prep, NULL)) > 0 &&
		    iachrp_parse_any_date(iachrp_skip_space(q + n), doc->lang,
		    d) > 0)
			return d->day > 0;
		n = iachrp_word_len(q);
		q = iachrp_skip_space(q + (n > 0 ? n : iachrp_char_len(q)));
	}
	return 0;
}

/*
 * The date right after a citation's number: "55/21, of May 3, 2021",
 * "44/21 on May 15, 2021", "31/24, datée du 7 mai 2024".
 */
static int
dated_citation(const struct iachrp_doc *doc, const char *p,
    struct iachrp_date *d)
{
	size_t n = iachrp_match_in(p, iachrp_lex_resolution_cue, NULL);
	const char *q = skip_sign(p + n);
	int number, year, len;

	if ((len = number_year(q, &number, &year, 1)) == 0) {
		q = skip_sign(skip_words(p + n));
		if ((len = number_year(q, &number, &year, 1)) == 0)
			return 0;
	}
	q += len;
	/* "55/21, of May 3", "67/2022 (adoptada el 10 de octubre de 2022)" */
	while (*q == ',' || *q == ' ' || *q == '(')
		q++;
	/* "57/2022 by the Inter-American Commission (IACHR) on May 3" */
	if (iachrp_match_in(q, iachrp_lex_agent_prep, NULL) > 0)
		return by_commission_on(doc, q, d);
	if ((n = iachrp_match_in(q, iachrp_lex_of_word, NULL)) > 0 ||
	    (n = iachrp_match_in(q, iachrp_lex_date_prep, NULL)) > 0)
		q = iachrp_skip_space(q + n);
	if ((n = iachrp_match_in(q, iachrp_lex_article, NULL)) > 0)
		q = iachrp_skip_space(q + n);
	if (iachrp_parse_any_date(q, doc->lang, d) > 0 && d->day > 0)
		return 1;
	return adopted_on(doc, q, year, d);
}

/*
 * A citation of resolution number/year from the lead on that dates it,
 * into d and span: 1, or 0.
 */
static int
dated_again(const struct iachrp_doc *doc, int number, int year,
    struct iachrp_date *d, struct iachrp_span *span)
{
	size_t i, k, at;
	int n, y;

	for (i = (size_t)doc->lead; i < doc->npara; i++) {
		if (doc->para[i].kind == IACHRP_FURNITURE)
			continue;
		for (k = 0; find_cited(&doc->para[i],
		    iachrp_lex_resolution_cue,
		    IACHRP_NCUES(iachrp_lex_resolution_cue),
		    IACHRP_INDEX(iachrp_lex_resolution_cue), 1, &n, &y, &at,
		    &k); k++)
			if (n == number && y == year && dated_citation(doc,
			    doc->para[i].f + at, d)) {
				span->para = (long)i;
				span->start = at;
				span->end = iachrp_sentence_end(doc->para[i].s,
				    at);
				return 1;
			}
	}
	return 0;
}

/*
 * True when word k of a header line follows the label of an adoption:
 * "· Adopted April 2, 2025 ·", "Date of adoption: 2 April 2025".
 */
static int
labelled_adoption(const struct iachrp_para *p, size_t k)
{
	size_t j;

	for (j = k; j-- > 0 && j + 4 > k;)
		if (iachrp_match_in(p->f + p->word[j], iachrp_lex_adoption,
		    NULL) > 0)
			return 1;
	return 0;
}

int
iachrp_resolution_date(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec, struct iachrp_date *d,
    struct iachrp_span *span)
{
	size_t i, j, at;
	int number, year;

	if (!announced(doc, dec, &i, &at, &number, &year))
		return 0;
	span->para = (long)i;
	span->start = at;
	span->end = iachrp_sentence_end(doc->para[i].s, at);
	if (dated_citation(doc, doc->para[i].f + at, d))
		return 1;
	/*
	 * A link line "Resolución 41/22" above the lead, the body citing
	 * the same resolution with its date: "mediante la Resolución 41/22
	 * del 25 de julio de 2022"
	 */
	if ((long)i < doc->lead && dated_again(doc, number, year, d, span))
		return 1;
	/*
	 * A header block above the lead: "Resolution 66/2022" ...
	 * "November 30, 2022", the date ending a line of it.
	 */
	for (j = i; (long)j < doc->lead; j++) {
		const struct iachrp_para *p = &doc->para[j];
		size_t k;

		for (k = 0; k < p->nword; k++)
			if (iachrp_parse_date(p->f + p->word[k], doc->lang,
			    d) > 0 && d->day > 0 && (iachrp_parse_date(p->f +
			    p->word[k], doc->lang, d) == p->len - p->word[k] ||
			    labelled_adoption(p, k))) {
				span->para = (long)j;
				span->start = p->word[k];
				span->end = p->len;
				return 1;
			}
	}
	return 0;
}

/* The words from a to b. */
static size_t
words_between(const char *a, const char *b)
{
	size_t n = 0;

	for (; a < b; a++)
		if (*a == ' ')
			n++;
	return n;
}

/*
 * True when the sentence of para that holds offset at speaks of others:
 * "ya ha otorgado medidas cautelares a otros medios ..., entre ellas las
 * del MC 1480-18", "had already granted measures (MC 12-07) for another
 * reporter".  A number cited there is another measure's.
 */
static int
of_others(const struct iachrp_para *para, size_t at)
{
	const char *p;
	size_t from = 0, to;

	for (;;) {
		to = iachrp_sentence_end(para->s, from);
		if (to > at || to >= para->len || to <= from)
			break;
		from = (size_t)(iachrp_skip_space(para->s + to) - para->s);
	}
	for (p = iachrp_word_at(para->f, para->f + from); p < para->f + to;
	    p = iachrp_word_after(p)) {
		if (iachrp_match_in(p, iachrp_lex_another_word, NULL) !=
		    iachrp_word_len(p))
			continue;
		/*
		 * Near the number: not "(PM 1187-22) ... do not constitute a
		 * prejudgment on ... the American Convention and other
		 * applicable instruments"
		 */
		if (p > para->f + at && words_between(para->f + at, p) > 8)
			break;
		/* "and of other members of its staff": the same measure's */
		if (iachrp_match_in(iachrp_word_after(p),
		    iachrp_lex_membership, NULL) == 0)
			return 1;
	}
	return 0;
}

json_t *
iachrp_extract_measure(const struct iachrp_doc *doc)
{
	size_t i, at, k;
	int number, year;

	for (i = 0; i < doc->npara; i++) {
		if (doc->para[i].kind == IACHRP_FURNITURE)
			continue;
		for (k = 0; find_cited(&doc->para[i], iachrp_lex_measure_cue,
		    IACHRP_NCUES(iachrp_lex_measure_cue),
		    IACHRP_INDEX(iachrp_lex_measure_cue), 1, &number, &year,
		    &at, &k); k++) {
			if ((long)i > doc->lead && doc->lead >= 0 &&
			    of_others(&doc->para[i], at))
				continue;
			iachrp_trace(doc, "measure", (long)i, at,
			    iachrp_sentence_end(doc->para[i].f, at),
			    "first measure cue with a number");
			return number_json(number, year);
		}
	}
	return json_null();
}

/*
 * Reads "25", "25(8)", "63.2" into buf as "25", "25(8)", "63(2)".
 * Returns the bytes read, 0 when p holds no article number.
 */
static size_t
article_number(const char *p, char *buf, size_t size)
{
	size_t i = 0, o = 0;

	while (p[i] >= '0' && p[i] <= '9' && i < 4)
		buf[o++] = p[i++];
	if (i == 0 || (p[i] >= '0' && p[i] <= '9'))
		return 0;
	while (o + 8 < size) {
		size_t j = i + 1, k;

		if ((p[i] == '(' || p[i] == '.') && p[j] >= '0' &&
		    p[j] <= '9') {
			for (k = j; p[k] >= '0' && p[k] <= '9' && k - j < 4;
			    k++)
				;
			if (p[i] == '(' && p[k] != ')')
				break;
			if (p[i] == '.' && p[k] >= '0' && p[k] <= '9')
				break;
			buf[o++] = '(';
			memcpy(buf + o, p + j, k - j);
			o += k - j;
			buf[o++] = ')';
			i = p[i] == '(' ? k + 1 : k;
			continue;
		}
		break;
	}
	buf[o] = '\0';
	return i;
}

static void
add_basis(const struct iachrp_doc *doc, json_t *list,
    const char *instrument, const char *article)
{
	size_t i;
	json_t *v;

	if (json_array_size(list) >= 64)
		return;	/* more is no release, and the search is quadratic */
	json_array_foreach(list, i, v) {
		if (strcmp(json_string_value(json_object_get(v, "instrument")),
		    instrument) == 0 && strcmp(json_string_value(
		    json_object_get(v, "article")), article) == 0)
			return;
	}
	iachrp_append(doc, list, iachrp_pair("instrument",
	    json_string(instrument), "article", json_string(article)));
}

/* The instrument named after an article number at p, or NULL. */
static const char *
instrument_at(const char *p)
{
	const struct iachrp_lex_pair *instruments = iachrp_lex_instrument;
	size_t n, i, words;

	for (words = 0; words < 6; words++) {
		p = iachrp_skip_space(p);
		for (i = 0; instruments[i].text != NULL; i++) {
			if ((n = iachrp_match(p, instruments[i].text)) == 0)
				continue;
			if (strcmp(instruments[i].value,
			    "IACHR Rules of Procedure") == 0 &&
			    p[n] == ' ' && iachrp_match_in(p + n + 1,
			    iachrp_lex_of_the_court, NULL) > 0)
				return "Rules of Procedure of the "
				    "Inter-American Court of Human Rights";
			return instruments[i].value;
		}
		n = iachrp_match_in(p, iachrp_lex_article_link, NULL);
		if (n == 0)
			return NULL;
		p += n;
	}
	return NULL;
}

/*
 * A Roman article number at s, in capitals as the American Declaration
 * numbers its articles ("Article XXV"): copies it to buf, returns its
 * bytes, 0 when there is none.
 */
static size_t
roman_article(const char *s, char *buf, size_t size)
{
	size_t i = 0;

	while (i < 7 && i + 1 < size && strchr("IVXL", s[i]) != NULL &&
	    s[i] != '\0') {
		buf[i] = s[i];
		i++;
	}
	if (i == 0 || (s[i] >= 'A' && s[i] <= 'Z') ||
	    (s[i] >= 'a' && s[i] <= 'z'))
		return 0;
	buf[i] = '\0';
	return i;
}

/* Words that join the numbers of a list of articles (keep sorted). */
static const char *const article_joins[] = {
	",", "and", "e", "et", "y", NULL
};

/*
 * The numbers of "articles 4, 5 and 25", "Articles I and XXV" from the
 * folded text at f (the text itself at s, for the Roman numerals' case)
 * into nums; returns how many, and sets *end past the last.
 */
static int
article_list(const char *s, const char *f, char nums[][32], int max,
    size_t *end)
{
	size_t k, at = 0, n;
	int count = 0;

	for (;;) {
		if ((k = article_number(f + at, nums[count], 32)) == 0 &&
		    (k = roman_article(s + at, nums[count], 32)) == 0)
			break;
		at += k;
		*end = at;
		if (++count == max)
			break;
		k = at;
		while ((n = iachrp_match_any(iachrp_skip_space(f + k),
		    article_joins, NULL)) > 0)
			k = (size_t)(iachrp_skip_space(f + k) - f) + n;
		if (k == at)
			break;
		at = (size_t)(iachrp_skip_space(f + k) - f);
	}
	return count;
}

json_t *
iachrp_extract_legal_basis(const struct iachrp_doc *doc)
{
	json_t *list = json_array();
	size_t i, n, k, w, end = 0;
	char nums[8][32];
	int count, j;

	for (i = 0; list != NULL && i < doc->npara; i++) {
		const char *f = doc->para[i].f;
		const char *p, *name;

		/* "article", "artículo", "artigo", "art." */
		if (doc->para[i].kind == IACHRP_FURNITURE ||
		    doc->para[i].mandate || strstr(f, "art") == NULL)
			continue;
		for (w = 0; w < doc->para[i].nword; w++) {
			p = f + doc->para[i].word[w];
			if ((n = iachrp_match_in(p, iachrp_lex_article_cue,
			    NULL)) == 0)
				continue;
			p = iachrp_skip_space(p + n);
			/* On from the number, as a scan would. */
			w = iachrp_word_from(&doc->para[i],
			    (size_t)(p - f) + 1) - 1;
			k = (size_t)(p - f);
			if ((count = article_list(doc->para[i].s + k, p, nums,
			    8, &end)) == 0 ||
			    (name = instrument_at(p + end)) == NULL)
				continue;
			for (j = 0; j < count; j++)
				if (!(nums[j][0] >= 'A' && nums[j][0] <= 'Z') ||
				    strncmp(name, "American Declaration",
				    20) == 0)
					add_basis(doc, list, name,
					    nums[j]);
			iachrp_trace(doc, "legal_basis", (long)i,
			    (size_t)(p - f), iachrp_sentence_end(f,
			    (size_t)(p - f)), "article cue, number, instrument");
		}
	}
	return list;
}
