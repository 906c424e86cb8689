/*
 * What the resolution does.  Decisions are read from the headline and
 * the lead paragraph, where releases announce them ("IACHR Grants",
 * "CIDH amplía", "decided to lift", "a demandé à la Cour ... des mesures
 * provisoires"); verbs that tell of earlier decisions ("it had granted",
 * "those granted on", "accordées") are passed over.  Also gives the date
 * of the decision.
 */
#include <string.h>

#include "extract_private.h"

/* Decision cues per language (lexicon class decision). */
static const struct iachrp_lex_pair *const cues[IACHRP_NLANG] = {
	iachrp_lex_decision_en, iachrp_lex_decision_es,
	iachrp_lex_decision_pt, iachrp_lex_decision_fr
};

static const size_t ncues[IACHRP_NLANG] = {
	IACHRP_NCUES(iachrp_lex_decision_en),
	IACHRP_NCUES(iachrp_lex_decision_es),
	IACHRP_NCUES(iachrp_lex_decision_pt),
	IACHRP_NCUES(iachrp_lex_decision_fr)
};

static const struct iachrp_lex_index *const cue_index[IACHRP_NLANG] = {
	IACHRP_INDEX(iachrp_lex_decision_en),
	IACHRP_INDEX(iachrp_lex_decision_es),
	IACHRP_INDEX(iachrp_lex_decision_pt),
	IACHRP_INDEX(iachrp_lex_decision_fr)
};

const char *
iachrp_decision_name(int kind)
{
	static const char *const names[IACHRP_NDECISION] = {
		"grant", "extension", "follow_up", "modification", "lift",
		"partial_lift", "request", "reject"
	};

	return kind >= 0 && kind < IACHRP_NDECISION ? names[kind] : NULL;
}

/* The kind a decision cue of the lexicon names. */
static int
kind_named(const char *name)
{
	int kind;

	for (kind = 0; kind < IACHRP_NDECISION; kind++)
		if (strcmp(iachrp_decision_name(kind), name) == 0)
			return kind;
	return -1;
}

/* The word before p in f, copied into buf. */
static void
previous_word(const char *f, const char *p, char *buf, size_t size)
{
	const char *end = p, *start;
	size_t n;

	for (;;) {
		while (end > f && end[-1] == ' ')
			end--;
		for (start = end; start > f && start[-1] != ' '; start--)
			;
		/* Past "partially" of "were partially lifted". */
		if (start == end || iachrp_match_in(start,
		    iachrp_lex_aux_adverb, NULL) != (size_t)(end - start))
			break;
		end = start;
	}
	/* "(IACHR)" is read as "IACHR" */
	if (end - start >= 2 && *start == '(' && end[-1] == ')') {
		start++;
		end--;
	}
	n = (size_t)(end - start);
	if (n >= size)
		n = size - 1;
	memcpy(buf, start, n);
	buf[n] = '\0';
	while (n > 0 && strchr(",;:", buf[n - 1]) != NULL)
		buf[--n] = '\0';
}

static int
in_list(const char *word, const char *const *list)
{
	size_t i, len = strlen(word);

	for (i = 0; list[i] != NULL; i++)
		if (len > 0 && iachrp_match(word, list[i]) == len)
			return 1;
	return 0;
}

static int preceded_by(const char *f, size_t at, const char *const *list,
    int n);

/* True when word is a file number: "860-20", "143-21", "1135/21". */
static int
file_number(const char *word)
{
	int digits = 0, sep = 0;

	for (; *word != '\0'; word++) {
		if (*word >= '0' && *word <= '9')
			digits++;
		else if ((*word == '-' || *word == '/') && digits > 0)
			sep++;
		else
			return 0;
	}
	return digits >= 3 && sep == 1;
}

/*
 * True when the cue at p opens a relative clause on the measures, which tells
 * of the act that granted them: "the precautionary measures it granted in
 * 2019", "las medidas cautelares que otorgó", "Precautionary Measures 860-20,
 * which it granted", "la medida cautelar MC 143-21, que fue otorgada".
 */
static int
relative_on_measures(const char *f, const char *p)
{
	const char *q = p;
	char before[32];
	int words, named = 0;

	previous_word(f, q, before, sizeof(before));
	/*
	 * "which the Commission granted", "that the Inter-American
	 * Commission on Human Rights (IACHR) granted": back over the
	 * subject, its name and its article; "que fue otorgada", "which
	 * had been granted": over the auxiliaries
	 */
	for (words = 0; words < 10 && ((in_list(before,
	    iachrp_lex_commission_word) && (named = 1)) ||
	    (named && (in_list(before, iachrp_lex_article) ||
	    in_list(before, iachrp_lex_commission_name_word))) ||
	    in_list(before, iachrp_lex_passive_aux) ||
	    in_list(before, iachrp_lex_past_word)); words++) {
		while (q > f && q[-1] == ' ')
			q--;
		while (q > f && q[-1] != ' ')
			q--;
		previous_word(f, q, before, sizeof(before));
	}
	if (!in_list(before, iachrp_lex_relative_subject))
		return 0;
	/* Back over "which", the file number, "No." and its cue. */
	for (words = 0; words < 5; words++) {
		while (q > f && q[-1] == ' ')
			q--;
		while (q > f && q[-1] != ' ')
			q--;
		previous_word(f, q, before, sizeof(before));
		if (in_list(before, iachrp_lex_measure_noun) ||
		    in_list(before, iachrp_lex_measure_cue))
			return 1;
		/* "las medidas cautelares que otorgó": past the adjective */
		if (!file_number(before) &&
		    !in_list(before, iachrp_lex_number_sign) &&
		    !in_list(before, iachrp_lex_relative_subject) &&
		    !in_list(before, iachrp_lex_measure_word))
			return 0;
	}
	return 0;
}

/*
 * True when a modal verb stands in f[from, p) ("the Commission may, on
 * its own initiative, ask a State to adopt precautionary measures"): the
 * sentence tells what the Commission can do, not what it did.  "May"
 * before a day or a year is the month.
 */
static int
modal_before(const char *f, size_t from, const char *p)
{
	const char *q, *next;
	size_t n;
	int decided = 0;

	for (q = iachrp_word_at(f, f + from); q < p;
	    q = iachrp_word_after(q)) {
		/* "it was decided that the measures would be extended" */
		if (iachrp_match_in(q, iachrp_lex_deciding_cue, NULL) > 0)
			decided = 1;
		if (decided || (n = iachrp_match_in(q, iachrp_lex_modal_word,
		    NULL)) == 0 || iachrp_is_alpha_at(q + n))
			continue;
		/* "May 10", "the 10th of May, 2023" */
		next = iachrp_skip_space(q + n + (q[n] == ','));
		if (!(*next >= '0' && *next <= '9'))
			return 1;
	}
	return 0;
}

/*
 * The start of the word before end, in f[start, end), past spaces; start
 * when none.  *stop is where that word ends.
 */
static const char *
word_back(const char *start, const char *end, const char **stop)
{
	while (end > start && end[-1] == ' ')
		end--;
	*stop = end;
	while (end > start && end[-1] != ' ')
		end--;
	return end;
}

/*
 * The first word before w, in f[start, w), that is no article, past at
 * most n articles ("the", "a la"); NULL where none.  *stop is where it
 * ends.
 */
static const char *
past_articles(const char *start, const char *w, int n, const char **stop)
{
	while (n-- > 0) {
		w = word_back(start, w, stop);
		if (w == *stop)
			return NULL;
		if (iachrp_match_in(w, iachrp_lex_article, NULL) !=
		    (size_t)(*stop - w))
			return w;
	}
	return NULL;
}

/*
 * True when a noun of danger is the subject of the cue at p, a few words
 * before it in its clause, with no Commission between ("the risk has
 * escalated and now extends to his mother"): the danger spreads, no
 * measure does.
 */
static int
hazard_subject(const char *f, size_t from, const char *p)
{
	const char *w = p, *stop;
	int words;

	for (words = 0; words < 5; words++) {
		w = word_back(f + from, w, &stop);
		if (w == stop || strchr(",;:", stop[-1]) != NULL ||
		    iachrp_match_in(w, iachrp_lex_commission_word, NULL) > 0 ||
		    iachrp_match_in(w, iachrp_lex_commission_name, NULL) > 0)
			return 0;
		if (iachrp_match_in(w, iachrp_lex_hazard_noun, NULL) ==
		    (size_t)(stop - w))
			return 1;
	}
	return 0;
}

/*
 * True when the cue at p, after prev, is a reflexive passive whose
 * subject is the measure: "La medida se otorgó", "Estas medidas
 * cautelares se otorgaron".
 */
static int
reflexive_on_measure(const char *f, const char *p, const char *prev)
{
	char before[32];
	const char *stop;

	if (!in_list(prev, iachrp_lex_reflexive_mark))
		return 0;
	previous_word(f, word_back(f, p, &stop), before, sizeof(before));
	return in_list(before, iachrp_lex_measure_noun) ||
	    in_list(before, iachrp_lex_measure_word);
}

/*
 * True when the cue at p, after prev, is a reflexive passive, perhaps
 * with a pronoun between: "se otorgaron", "se le otorgaron".
 */
static int
reflexive_passive(const char *f, const char *p, const char *prev)
{
	char before[32];
	const char *stop;

	if (in_list(prev, iachrp_lex_reflexive_mark))
		return 1;
	previous_word(f, word_back(f, p, &stop), before, sizeof(before));
	return in_list(before, iachrp_lex_reflexive_mark);
}

/*
 * True when the cue at p names what a request asks ("se pronunció sobre la
 * solicitud de levantamiento presentada por el Estado", "the State's
 * request to lift", "the request for the lifting of"): the request, not
 * the act.
 */
static int
requested_act(const char *f, size_t from, const char *p)
{
	const char *start = f + from, *w, *stop;
	int i;

	w = word_back(start, p, &stop);
	/* "havia solicitado o levantamento": the noun a verb of asking asks */
	if (w != stop && iachrp_match_in(w, iachrp_lex_article, NULL) ==
	    (size_t)(stop - w)) {
		const char *v = word_back(start, w, &stop);

		if (v != stop && iachrp_match_in(v, iachrp_lex_ask_verb,
		    NULL) > 0)
			return 1;
		w = word_back(start, p, &stop);
	}
	if (w == stop || (iachrp_match_in(w, iachrp_lex_of_word, NULL) !=
	    (size_t)(stop - w) && iachrp_match_in(w,
	    iachrp_lex_addressee_link, NULL) != (size_t)(stop - w) &&
	    iachrp_match_in(w, iachrp_lex_request_prep, NULL) !=
	    (size_t)(stop - w)))
		return 0;
	/* "the request", "a request from his representatives to extend" */
	for (i = 0; i < 5; i++) {
		w = word_back(start, w, &stop);
		if (w == stop)
			return 0;
		if (iachrp_match_in(w, iachrp_lex_request_noun, NULL) ==
		    (size_t)(stop - w))
			return 1;
	}
	return 0;
}

/*
 * True when a phrase of what came before ("después de", "after") opens
 * one of the n words before p, in f[from, p).
 */
static int
fronted_before(const char *f, size_t from, const char *p, int n)
{
	const char *stop;

	while (n-- > 0) {
		p = word_back(f + from, p, &stop);
		if (p == stop)
			return 0;
		if (iachrp_match_in(p, iachrp_lex_fronted_clause, NULL) > 0)
			return 1;
	}
	return 0;
}

/* True when a comma stands right before the word at p, past spaces. */
static int
comma_before(const char *f, const char *p)
{
	while (p > f && p[-1] == ' ')
		p--;
	return p > f && p[-1] == ',';
}

/*
 * True when the cue at p is what someone asks of the Commission ("his
 * lawyer asked the Commission to extend that protection", "solicitó a la
 * CIDH que amplíe"): the request, not the act.
 */
static int
asked_of_commission(const char *f, size_t from, const char *p)
{
	const char *start = f + from, *w, *stop, *end;

	/* "to", "que"; or two words, "para que" */
	if ((w = word_back(start, p, &end)) == end)
		return 0;
	if (iachrp_match_in(w, iachrp_lex_addressee_link, NULL) !=
	    (size_t)(end - w) && ((w = word_back(start, w, &stop)) == stop ||
	    iachrp_match_in(w, iachrp_lex_addressee_link, NULL) !=
	    (size_t)(end - w)))
		return 0;
	w = word_back(start, w, &stop);
	if (w == stop || iachrp_match_in(w, iachrp_lex_commission_word,
	    NULL) != (size_t)(stop - w))
		return 0;
	/* "the", "a la", "à" */
	w = past_articles(start, w, 3, &stop);
	return w != NULL && iachrp_match_in(w, iachrp_lex_ask_verb, NULL) > 0;
}

/* True when a phrase of list, of n words at most, ends right before p. */
static int
phrase_before(const char *f, const char *p, const char *const *list, int n)
{
	const char *q = p, *end;
	int words;

	while (q > f && q[-1] == ' ')
		q--;
	end = q;
	for (words = 0; words < n && q > f; words++) {
		while (q > f && q[-1] == ' ')
			q--;
		while (q > f && q[-1] != ' ')
			q--;
		if (iachrp_match_any(q, list, NULL) == (size_t)(end - q))
			return 1;
	}
	return 0;
}

/*
 * True when a phrase of time that tells an earlier act ends right before
 * the cue at p: "Três anos depois de outorgar medidas", "después de
 * otorgar", "après avoir accordé".
 */
static int
past_phrase_before(const char *f, const char *p)
{
	return phrase_before(f, p, iachrp_lex_past_phrase, 3);
}

/* True when the word at p (of wlen bytes) ends like a participle. */
static int
is_participle(const char *p, size_t wlen)
{
	size_t i, n, k;

	for (i = 0; iachrp_lex_participle_ending[i] != NULL; i++) {
		const char *ending = iachrp_lex_participle_ending[i];

		n = strlen(ending);
		for (k = n; k <= n + 1 && k < wlen; k++)
			if (iachrp_match(p + wlen - k, ending) == k)
				return 1;
	}
	return 0;
}

static void
add(struct iachrp_decision *dec, int kind)
{
	int i;

	for (i = 0; i < dec->n; i++)
		if (dec->decisions[i] == kind)
			return;
	/* A partial lift is the lift, told more precisely. */
	if (kind == IACHRP_PARTIAL_LIFT) {
		for (i = 0; i < dec->n; i++)
			if (dec->decisions[i] == IACHRP_LIFT) {
				dec->decisions[i] = kind;
				return;
			}
	}
	if (kind == IACHRP_LIFT)
		for (i = 0; i < dec->n; i++)
			if (dec->decisions[i] == IACHRP_PARTIAL_LIFT)
				return;
	if (dec->n < 8)
		dec->decisions[dec->n++] = kind;
}

/* Adds the decisions of from that dec lacks, in from's order. */
static void
add_all(struct iachrp_decision *dec, const struct iachrp_decision *from)
{
	int i;

	for (i = 0; i < from->n; i++)
		add(dec, from->decisions[i]);
	if (from->provisional)
		dec->provisional = 1;
}

/*
 * The year of "in 2015", "in October 2019", "en marzo de 2022" or
 * "entre 2022 e 2024" at p, in f[.., to): a year alone or after a month
 * (*month, else 0), no day; 0 where none.  "vigentes desde 2017" is
 * none: a since dates the measures, not an act.
 */
static int
year_phrase_at(const char *f, const char *p, size_t to, int *month)
{
	const char *q;
	size_t n = iachrp_match_in(p, iachrp_lex_year_prep, NULL), i;

	*month = 0;
	/* "entre 2022 e 2024": earlier acts, as "in 2015" */
	if ((i = iachrp_match_in(p, iachrp_lex_year_range, NULL)) > 0 &&
	    i == iachrp_word_len(p))
		n = i;
	else if (n == 0 || n != iachrp_word_len(p) ||
	    iachrp_match_in(p, iachrp_lex_date_past_word, NULL) == n)
		return 0;
	q = iachrp_word_at(f, p + n);
	if (q < f + to && iachrp_pair_in(q, iachrp_lex_month, &i) ==
	    iachrp_word_len(q)) {
		*month = iachrp_lex_month[i].number;
		q = iachrp_word_at(f, q + iachrp_word_len(q));
		if (iachrp_match_in(q, iachrp_lex_of_word, NULL) ==
		    iachrp_word_len(q))
			q = iachrp_word_at(f, q + iachrp_word_len(q));
	}
	if (q >= f + to || iachrp_word_len(q) < 4 || q[0] < '1' ||
	    q[0] > '2' || q[1] < '0' || q[1] > '9' || q[2] < '0' ||
	    q[2] > '9' || q[3] < '0' || q[3] > '9' ||
	    (q[4] >= '0' && q[4] <= '9'))
		return 0;
	return (q[0] - '0') * 1000 + (q[1] - '0') * 100 + (q[2] - '0') * 10 +
	    (q[3] - '0');
}

/*
 * True when f[p, to) dates its act by a year alone, or a month and a
 * year ("were granted by the IACHR in 2015", "in October 2019"), as a
 * sentence about an earlier act does.
 */
static int
bare_year(const char *f, const char *p, size_t to)
{
	int month;

	for (; p < f + to; p = iachrp_word_at(f, p + 1)) {
		/* "... las medidas que habían sido otorgadas en 2018": the
		 * relative clause's act, not this one */
		if (iachrp_match_in(p, iachrp_lex_relative_pronoun, NULL) ==
		    iachrp_word_len(p))
			break;
		if (year_phrase_at(f, p, to, &month) > 0)
			return 1;
	}
	return 0;
}

/*
 * True when f[p, to) dates the act by day and cites its resolution
 * ("were lifted on September 12, 2023, through Resolution 66/2023", "By
 * means of Resolution 71/2022, adopted on October 27, 2022, measures were
 * extended"): a passive that tells the act itself, whoever its agent.
 */
static int
dated_by_resolution(const char *f, const char *p, size_t to)
{
	struct iachrp_date d;
	int dated = 0, cited = 0;

	for (p = iachrp_word_at(f, p); p < f + to && !(dated && cited);
	    p = iachrp_word_after(p)) {
		if (!dated && iachrp_parse_date(p, 0, &d) > 0 && d.day > 0)
			dated = 1;
		if (!cited && iachrp_match_in(p, iachrp_lex_resolution_cue,
		    NULL) > 0)
			cited = 1;
	}
	return dated && cited;
}

/* "Washington, DC, November 4, 2024 –": see extract_private.h. */
struct iachrp_date
iachrp_release_date(const struct iachrp_doc *doc)
{
	struct iachrp_date d, none = { 0, 0, 0 };
	const char *p;
	size_t end;
	long i;
	int y;

	for (i = 0; i < doc->lead; i++)
		if (iachrp_parse_date(doc->para[i].f, 0, &d) > 0 && d.day > 0)
			return d;
	if (doc->lead < 0)
		return none;
	end = iachrp_dateline_end(&doc->para[doc->lead]);
	for (p = doc->para[doc->lead].f; p < doc->para[doc->lead].f + end;
	    p = iachrp_word_after(p))
		if (iachrp_parse_date(p, 0, &d) > 0 && d.day > 0)
			return d;
	for (i = doc->lead; i < (long)doc->npara; i++)
		if (doc->para[i].kind == IACHRP_BODY && (y = iachrp_latest_year(
		    doc->para[i].f, 0, doc->para[i].len)) > none.year)
			none.year = y;
	return none;
}

/* Days from 1 March of year 0 to the date (a proleptic Gregorian count). */
static long
day_count(int year, int month, int day)
{
	long y = month <= 2 ? year - 1 : year, era = y / 400;
	long yoe = y - era * 400, mp = (month + 9) % 12;
	long doy = (153 * mp + 2) / 5 + day - 1;

	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

/*
 * True when an act of that year, month (0 unknown) and day (0 unknown) is
 * earlier than the release allows for its own: a year or a month before
 * the release's year (a December may be the year before), a day two years
 * before.
 */
static int
earlier_than_release(const struct iachrp_doc *doc, int year, int month,
    int day)
{
	int ry = doc->released.year;

	if (year == 0 || ry == 0)
		return 0;
	if (day > 0 || month == 12)
		return year + 1 < ry;
	return year < ry;
}

/*
 * True when the act's own day d is earlier than the release allows: as
 * above, or more than two months before the release's day ("were granted
 * by the CIDH on December 19, 2022" in a release of March 23, 2023; the
 * Commission publishes its resolutions within weeks).  Not for the days
 * of events told before the act.
 */
static int
act_day_before_release(const struct iachrp_doc *doc,
    const struct iachrp_date *d)
{
	const struct iachrp_date *r = &doc->released;

	if (d->day > 0 && r->day > 0 && day_count(r->year, r->month, r->day) -
	    day_count(d->year, d->month, d->day) > 61)
		return 1;
	return earlier_than_release(doc, d->year, d->month, d->day);
}

/*
 * True when f[p, to) dates its act by a day earlier than the release
 * allows (see act_day_before_release: "were granted on June 12, 2015" in
 * a release of 2024): an earlier act.
 */
static int
dated_before_release(const struct iachrp_doc *doc, const char *f,
    const char *p, size_t to)
{
	struct iachrp_date d;

	for (p = iachrp_word_at(f, p); p < f + to; p = iachrp_word_after(p))
		if (iachrp_parse_date(p, 0, &d) > 0 && d.day > 0)
			return act_day_before_release(doc, &d);
	return 0;
}

/*
 * True when the verb at p, of k bytes, is a passive with the Commission
 * as agent that tells the current act (see iachrp_lex_passive_aux).
 */
static int
passive_of_commission(const char *f, size_t from, const char *p, size_t k,
    size_t to, const char *prev, int opens_lead)
{
	const char *q, *w;
	char before[32];
	int i;

	if (!in_list(prev, iachrp_lex_passive_aux))
		return 0;
	/* "had been granted", "avaient été accordées": an earlier act */
	if (in_list(prev, iachrp_lex_been_word)) {
		for (w = p; w > f && w[-1] == ' '; w--)
			;
		while (w > f && w[-1] != ' ')
			w--;
		previous_word(f, w, before, sizeof(before));
		if (!in_list(before, iachrp_lex_present_aux))
			return 0;
	}
	/* The agent may follow the subject, the date or the persons:
	 * "fueron otorgadas medidas cautelares por la CIDH", "accordées le
	 * 17 novembre 2025 par la CIDH", "were granted in favor of X, a
	 * reporter for Y, by the Inter-American Commission". */
	q = iachrp_word_at(f, p + k);
	for (i = 0; i < 24 && q < f + to && iachrp_match_in(q,
	    iachrp_lex_agent_prep, NULL) != iachrp_word_len(q); i++)
		q = iachrp_word_at(f, q + iachrp_word_len(q));
	/*
	 * No agent: the act itself where a resolution dates it, or where
	 * the passive opens the lead ("Washington, D.C. - Precautionary
	 * measures were granted on November 2, 2016 in favor of"), unless
	 * a bare year sets it earlier ("were granted in 2014").
	 */
	if (q >= f + to || iachrp_match_in(q, iachrp_lex_agent_prep,
	    NULL) != iachrp_word_len(q))
		return dated_by_resolution(f, f + from, to) ||
		    (opens_lead && !bare_year(f, p, to));
	/* "by the Inter-American Commission", "por la CIDH" */
	for (i = 0; i < 3 && *q != '\0'; i++) {
		q = iachrp_word_at(f, q + iachrp_word_len(q));
		if (iachrp_match_in(q, iachrp_lex_commission_word, NULL) > 0)
			return !bare_year(f, q, to);
		if (iachrp_match(q, "inter-american") > 0 ||
		    iachrp_match(q, "interameric") > 0)
			return !bare_year(f, q, to);
	}
	return 0;
}

/*
 * The longest decision cue of the release's language at p: its bytes, 0
 * when none; *kind (may be NULL) the decision it states.
 */
static size_t
cue_at(const struct iachrp_doc *doc, const char *p, int *kind)
{
	size_t i, n;

	n = iachrp_match_pairs(p, cues[doc->lang], ncues[doc->lang],
	    cue_index[doc->lang], &i);
	if (n > 0 && kind != NULL)
		*kind = kind_named(cues[doc->lang][i].value);
	return n;
}

/* See extract_private.h. */
size_t
iachrp_decision_word(int lang, const char *p)
{
	size_t i;

	return iachrp_match_pairs(p, cues[lang], ncues[lang], cue_index[lang],
	    &i);
}

/*
 * After a refusal at p: the next word of f[.., to) that follows a
 * conjunction and opens with a decision cue, or NULL.
 */
static const char *
next_decision(const struct iachrp_doc *doc, const char *f, const char *p,
    size_t to)
{
	const char *q;
	size_t n;
	int i;

	for (p = iachrp_word_at(f, p); p < f + to;
	    p = iachrp_word_after(p)) {
		n = iachrp_match_in(p, iachrp_lex_conjunction, NULL);
		if (n == 0 || n != iachrp_word_len(p))
			continue;
		q = iachrp_word_at(f, p + n);
		/* "e, na mesma Resolução 40/2024, realizou": past the aside */
		if (p[n] == ',')
			for (i = 0; i < 8 && q < f + to && q[iachrp_word_len(q)] !=
			    ','; i++)
				q = iachrp_word_after(q);
		if (p[n] == ',' && q < f + to && q[iachrp_word_len(q)] == ',')
			q = iachrp_word_after(q);
		if (q >= f + to)
			return NULL;
		if (cue_at(doc, q, NULL) > 0)
			return q;
		/*
		 * "and issued a follow-up resolution", "realizou o
		 * seguimento": the act a verb of doing names
		 */
		for (i = 0, p = iachrp_word_after(q); i < 3 && p < f + to &&
		    (iachrp_match_in(q, iachrp_lex_adoption, NULL) > 0 ||
		    iachrp_match_in(q, iachrp_lex_act_verb, NULL) > 0); i++,
		    p = iachrp_word_after(p))
			if (cue_at(doc, p, NULL) > 0)
				return p;
		p = q;
	}
	return NULL;
}

/*
 * Whether the clause after a lift verb limits it to some persons; not
 * "respecto de Perú", which names the State.
 */
static int
lift_is_partial(const char *f, size_t at, size_t to)
{
	const char *p, *q;
	size_t end = at, n;

	while (end < to && f[end] != ';' && f[end] != '.')
		end++;
	for (p = iachrp_word_at(f, f + at); p < f + end;
	    p = iachrp_word_after(p)) {
		if ((n = iachrp_match_in(p, iachrp_lex_partial_cue, NULL)) == 0)
			continue;
		q = iachrp_word_at(f, p + n);
		if (iachrp_match_in(q, iachrp_lex_article, NULL) ==
		    iachrp_word_len(q))
			q = iachrp_word_at(f, q + iachrp_word_len(q));
		if (iachrp_state_at(q, &n) < 0)
			return 1;
	}
	return 0;
}

/*
 * True when the verb at p, of k bytes, is a participle set off by a
 * comma, which describes an earlier act: "extend measures MC 455-19,
 * granted in favor of X, to Y".
 */
static int
participle_clause(const struct iachrp_doc *doc, const char *f,
    const char *p, size_t k)
{
	const char *q = p;

	while (q > f && q[-1] == ' ')
		q--;
	if (q == f || q[-1] != ',')
		return 0;
	/* "..., granted in favor of": not "followed up on, extended and" */
	q = iachrp_word_at(f, p + k);
	if (iachrp_match_in(q, iachrp_lex_participle_prep, NULL) !=
	    iachrp_word_len(q))
		return 0;
	if (doc->lang == IACHRP_EN)
		return k > 2 && p[k - 2] == 'e' && p[k - 1] == 'd';
	return is_participle(p, k);
}

/* True when f[from, ...) is the lead's first sentence, past its dateline. */
static int
opens_lead(const struct iachrp_doc *doc, const char *f, size_t from)
{
	const struct iachrp_para *lead;

	if (doc->lead < 0)
		return 0;
	lead = &doc->para[doc->lead];
	return f == lead->f && from <= iachrp_dateline_end(lead) + 1;
}

/*
 * True when the date at q opens its sentence f[from, ..), past a dateline's
 * dash and "on" ("Washington, D.C. - On April 3, 2014, the IACHR"), as the
 * day of the act the sentence tells does.
 */
static int
opens_sentence(const char *f, size_t from, const char *q)
{
	const char *stop, *w = word_back(f + from, q, &stop);

	if (w < stop && iachrp_match_in(w, iachrp_lex_date_prep, NULL) ==
	    (size_t)(stop - w))
		q = w;
	while (q > f + from && q[-1] == ' ')
		q--;
	return q == f + from || q[-1] == '-' || (q - f >= 3 + (long)from &&
	    (strncmp(q - 3, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(q - 3, "\xe2\x80\x94", 3) == 0));
}

/*
 * The last date told in f[0, to): a day, or a year with its month where
 * known; zero where none.
 */
static struct iachrp_date
date_told_before(const char *f, size_t to)
{
	struct iachrp_date d, last = { 0, 0, 0 };
	const char *q;
	int y, m;

	for (q = iachrp_word_at(f, f); q < f + to; q = iachrp_word_after(q))
		if ((y = year_phrase_at(f, q, to, &m)) > 0) {
			last.year = y;
			last.month = m;
			last.day = 0;
		} else if (iachrp_parse_date(q, 0, &d) > 0 && d.year > 0)
			last = d;
	return last;
}

/*
 * True when the last date told in f[from, p), before a cue at p and
 * before any other, is earlier than the release allows for its own act
 * ("In 2018, the Commission extended", "En junio de 2023, la CIDH
 * amplió" in a release of December 2024; see earlier_than_release).  A
 * date after another cue is that act's ("las medidas
 * otorgadas en 2016 ... fueron levantadas").
 */
static int
dated_earlier_before(const struct iachrp_doc *doc, const char *f,
    size_t from, const char *p)
{
	struct iachrp_date d, last = { 0, 0, 0 };
	const char *q;
	int y, m, opening = 0;

	for (q = iachrp_word_at(f, f + from); q < p && cue_at(doc, q, NULL) == 0;
	    q = iachrp_word_after(q))
		if ((y = year_phrase_at(f, q, (size_t)(p - f), &m)) > 0) {
			last.year = y;
			last.month = m;
			last.day = 0;
			opening = 0;
		} else if (iachrp_parse_date(q, 0, &d) > 0 && d.year > 0) {
			last = d;
			opening = opens_sentence(f, from, q);
		} else if (last.year == 0 && iachrp_match_in(q,
		    iachrp_lex_time_anaphor, NULL) > 0) {
			/* "Semanas después, el 26 de julio de ese año, la CIDH
			 * otorgó": the year of the date told before */
			last = date_told_before(f, from);
			last.day = 0;
		} else if (iachrp_match_in(q, iachrp_lex_consequence_link,
		    NULL) > 0)
			/* "falleció en agosto de 2022 ..., por lo que resolvió
			 * levantar": the date is the cause's */
			last.year = 0;
	/* "On April 3, 2014, the IACHR granted": the act's own day */
	if (opening)
		return act_day_before_release(doc, &last);
	return earlier_than_release(doc, last.year, last.month, last.day);
}

/*
 * True when the decision noun at p is dated by its adoption, a few words
 * on, earlier than the release allows ("in a follow-up resolution adopted
 * in August 2023" in a release of June 2024): an earlier act.
 */
static int
adopted_earlier_after(const struct iachrp_doc *doc, const char *f,
    const char *p, size_t to)
{
	struct iachrp_date d;
	const char *q = iachrp_word_after(p);
	int i, y, m;

	for (i = 0; i < 4 && q < f + to; i++, q = iachrp_word_after(q))
		if (iachrp_match_in(q, iachrp_lex_adoption, NULL) > 0)
			break;
	if (i == 4 || q >= f + to)
		return 0;
	for (i = 0, q = iachrp_word_after(q); i < 3 && q < f + to;
	    i++, q = iachrp_word_after(q)) {
		if ((y = year_phrase_at(f, q, to, &m)) > 0)
			return earlier_than_release(doc, y, m, 0);
		if (iachrp_parse_date(q, 0, &d) > 0 && d.year > 0)
			return act_day_before_release(doc, &d);
	}
	return 0;
}

/*
 * True when a day a few words after the cue at p, in the same clause,
 * dates the act earlier than the release allows ("granted her
 * precautionary measures on November 19, 2021" in a release of 2023).
 */
static int
dated_earlier_after(const struct iachrp_doc *doc, const char *f,
    const char *p, size_t to)
{
	struct iachrp_date d;
	const char *q;
	int i, year, month;

	for (i = 0, q = iachrp_word_after(p); i < 14 && q < f + to;
	    i++, q = iachrp_word_after(q)) {
		if (iachrp_parse_date(q, 0, &d) > 0 && d.day > 0 && d.year > 0)
			return act_day_before_release(doc, &d);
		/*
		 * "levantar las medidas que había otorgado en 2015", "lift
		 * the measures it had granted in 2016", "lever les mesures
		 * qu'elle avait octroyées en 2020": another act's year
		 */
		if (iachrp_match_in(q, iachrp_lex_relative_pronoun, NULL) ==
		    iachrp_word_len(q) || strncmp(q, "qu'", 3) == 0 ||
		    cue_at(doc, q, NULL) > 0 || iachrp_match_in(q,
		    iachrp_lex_pluperfect_aux, NULL) == iachrp_word_len(q))
			return 0;
		/* "granted measures to X in February 2024" in a 2025 release */
		if ((year = year_phrase_at(f, q, to, &month)) > 0)
			return earlier_than_release(doc, year, month, 0);
		/* "to X, who was detained on March 3": another event's day */
		if (q[iachrp_word_len(q)] == ',' || q[iachrp_word_len(q)] == ';')
			return 0;
	}
	return 0;
}

/*
 * True when the verb at p, of k bytes, is a passive that tells the
 * release's own act (see passive_of_commission); with dated, not one
 * dated by day years before the release ("were granted by the IACHR in
 * favour of X on July 3, 2019" in a release of 2024).
 */
static int
passive_tells_act(const struct iachrp_doc *doc, const char *f, size_t from,
    const char *p, size_t k, size_t to, const char *prev, int lead_passive,
    int dated)
{
	int old = -1;

	if (dated || lead_passive || opens_lead(doc, f, from))
		old = dated_before_release(doc, f, p, to);
	if (!passive_of_commission(f, from, p, k, to, prev,
	    (lead_passive || opens_lead(doc, f, from)) && !old))
		return 0;
	return !(dated && old);
}

/*
 * True when f[from, to) speaks of a request or of measures, as a refusal
 * the Commission decides does ("rejected the request", "decided not to
 * grant the measures").
 */
static int
refusal_of_request(const char *f, size_t from, size_t to)
{
	return iachrp_contains(f, from, to, iachrp_lex_request_noun) ||
	    iachrp_contains(f, from, to, iachrp_lex_measure_noun) ||
	    iachrp_contains(f, from, to, iachrp_lex_measure_cue);
}

/*
 * True when the cue at p, of k bytes, is a noun of something new: "la
 * ampliación de un proyecto minero", "the extension of a mine".
 */
static int
of_something_new(const char *f, const char *p, size_t k)
{
	const char *q = iachrp_word_at(f, p + k);
	size_t n = iachrp_match_in(q, iachrp_lex_of_word, NULL);

	if (n == 0 || n != iachrp_word_len(q))
		return 0;
	q = iachrp_word_at(f, q + n);
	n = iachrp_match_in(q, iachrp_lex_indefinite, NULL);
	return n > 0 && n == iachrp_word_len(q);
}

/*
 * True when the refusal at p, after prev, is told by a relative clause
 * of something other than the Commission: "dos resoluciones judiciales
 * que rechazaron su solicitud", "the court, which rejected".
 */
static int
others_refusal(const char *f, const char *p, const char *prev)
{
	const char *stop;

	if (!in_list(prev, iachrp_lex_relative_pronoun))
		return 0;
	return !preceded_by(f, (size_t)(word_back(f, p, &stop) - f),
	    iachrp_lex_commission_word, 2);
}

/*
 * True when a word of "since" opens the clause of the passive at p, four
 * words before it at most: "since the measures were granted", not
 * "measures in force since 2022 were extended", whose "since" dates
 * their force.
 */
static int
since_clause_before(const char *f, const char *p)
{
	const char *q = p, *next;
	char word[32];
	int n;

	for (n = 0; n < 4 && q > f; n++) {
		previous_word(f, q, word, sizeof(word));
		while (q > f && q[-1] == ' ')
			q--;
		while (q > f && q[-1] != ' ')
			q--;
		if (in_list(word, iachrp_lex_date_past_word)) {
			next = iachrp_word_after(q);
			return !(*next >= '0' && *next <= '9');
		}
	}
	return 0;
}

/*
 * True when a decision cue stands in f[p, to): "Desde julho de 2022,
 * quando a CIDH outorgou medidas ..., em 2 de junho de 2023 decidiu
 * ampliar": the act of a clause of time has the sentence's own after it.
 */
static int
cue_after(const struct iachrp_doc *doc, const char *f, const char *p,
    size_t to)
{
	for (p = iachrp_word_at(f, p); p < f + to; p = iachrp_word_after(p))
		if (cue_at(doc, p, NULL) > 0)
			return 1;
	return 0;
}

/*
 * Reads the decisions stated in f[from, to).  Returns the offset of the
 * first, or (size_t)-1 when there is none.  history: the decision is
 * told already; lead_passive: a passive without its agent tells the act;
 * dated: an act dated before the release's year is an earlier one (in
 * the search for the release's own decision, not for acts told later).
 */
static size_t
read_sentence(const struct iachrp_doc *doc, const char *f, size_t from,
    size_t to, struct iachrp_decision *dec, int history, int lead_passive,
    int dated)
{
	const char *p;
	size_t first = (size_t)-1, best, k;
	char prev[32];
	int kind;

	if (iachrp_contains(f, from, to, iachrp_lex_court) &&
	    iachrp_contains(f, from, to, iachrp_lex_provisional) &&
	    (iachrp_asks(f, from, to) ||
	    (iachrp_contains(f, from, to, iachrp_lex_filing_verb) &&
	    iachrp_contains(f, from, to, iachrp_lex_request_noun)))) {
		/* What the Court is asked to do is not the IACHR's act. */
		add(dec, IACHRP_REQUEST);
		dec->provisional = 1;
		return from;
	}
	for (p = iachrp_word_at(f, f + from); p < f + to;
	    p = iachrp_word_at(f, p + 1)) {
		kind = -1;
		best = cue_at(doc, p, &kind);
		if (kind < 0)
			continue;
		k = iachrp_word_len(p);
		previous_word(f, p, prev, sizeof(prev));
		/*
		 * After the decision, a clause of time tells an earlier act
		 * ("..., when the Commission granted Resolution 33/2020").
		 */
		if ((history && preceded_by(f, (size_t)(p - f),
		    iachrp_lex_when_word, 4)) || (preceded_by(f, (size_t)(p -
		    f), iachrp_lex_when_word, 10) && cue_after(doc, f, p + k,
		    to)) || modal_before(f, from, p) ||
		    /* "... has deteriorated since the measures were granted",
		     * "desde que se le otorgaron medidas" */
		    ((in_list(prev, iachrp_lex_passive_aux) ||
		    reflexive_passive(f, p, prev)) &&
		    (preceded_by(f, (size_t)(p - f), iachrp_lex_when_word, 4) ||
		    since_clause_before(f, p))) ||
		    /* "a beneficiary since the IACHR granted PM 640-20" */
		    (!history && since_clause_before(f, p) &&
		    preceded_by(f, (size_t)(p - f),
		    iachrp_lex_commission_word, 2)) ||
		    relative_on_measures(f, p) || past_phrase_before(f, p) ||
		    /* "En el marco del seguimiento, el Estado informó" */
		    phrase_before(f, p, iachrp_lex_framework_cue, 4) ||
		    asked_of_commission(f, from, p) ||
		    requested_act(f, from, p) ||
		    (dated && (dated_earlier_before(doc, f, from, p) ||
		    adopted_earlier_after(doc, f, p, to) ||
		    dated_earlier_after(doc, f, p, to))) ||
		    /*
		     * A noun of the act with its article: the measure's
		     * grant, once the decision is told ("a situação de
		     * risco que levou à outorga") or after "since" ("se
		     * ha agravado desde el otorgamiento de las medidas"), or
		     * with its possessive after "after" ("Casi una década
		     * después de su otorgamiento, la CIDH decidió levantar").
		     */
		    (in_list(prev, iachrp_lex_article) && (history ||
		    preceded_by(f, (size_t)(p - f), iachrp_lex_date_past_word,
		    2))) ||
		    /* "... la situación de riesgo que motivó su otorgamiento",
		     * once the sentence has told its own act */
		    (in_list(prev, iachrp_lex_possessive) &&
		    (fronted_before(f, from, p, 3) || first != (size_t)-1)) ||
		    /* "La medida se otorgó luego de que ...": the measure's
		     * own grant told, as by a passive */
		    (reflexive_on_measure(f, p, prev) && !(history == 0 &&
		    passive_tells_act(doc, f, from, p, k, to, prev,
		    lead_passive, dated))) ||
		    (!(history == 0 && passive_tells_act(doc, f, from, p, k,
		    to, prev, lead_passive, dated)) &&
		    /* "the measures granted in 2010", not "followed up on
		     * the measure, extended it to X" */
		    ((in_list(prev, iachrp_lex_past_word) &&
		    !comma_before(f, p)) ||
		    participle_clause(doc, f, p, k) ||
		    (doc->lang != IACHRP_EN && best <= k + 1 &&
		    is_participle(p, k))))) {
			/*
			 * Once the decision is told, a sentence about an
			 * earlier act tells of earlier acts to its end ("had
			 * been granted in 2010 and extended in 2015").
			 */
			if (history)
				break;
			p += k > 0 ? k - 1 : 0;
			continue;
		}
		/*
		 * "Francisco X was dismissed from his job": a refusal of
		 * no request and no measure is the story's, not the IACHR's;
		 * so is a danger that extends to someone.
		 */
		/* "las facultades que le otorga el artículo 25": a power */
		if ((kind == IACHRP_REJECT && (!refusal_of_request(f, from,
		    to) || others_refusal(f, p, prev))) ||
		    (kind == IACHRP_EXTENSION && (hazard_subject(f, from,
		    p) || of_something_new(f, p, k))) ||
		    (kind == IACHRP_GRANT && preceded_by(f, (size_t)(p -
		    f), iachrp_lex_power_noun, 3))) {
			p += k > 0 ? k - 1 : 0;
			continue;
		}
		if (kind == IACHRP_LIFT && lift_is_partial(f, (size_t)(p - f),
		    to))
			kind = IACHRP_PARTIAL_LIFT;
		/* "El otorgamiento de esta medida ... no suponen
		 * prejuzgamiento": read once a cue is met, as few are */
		if (first == (size_t)-1 && iachrp_contains(f, from, to,
		    iachrp_lex_disclaimer_word))
			return (size_t)-1;
		add(dec, kind);
		if (first == (size_t)-1)
			first = (size_t)(p - f);
		/*
		 * What a refusal refuses is not decided ("desestimar la
		 * solicitud de levantamiento", "declined the request to
		 * lift"); a decision of its own follows a conjunction
		 * ("rechazó la solicitud ... y amplió la medida").
		 */
		if (kind == IACHRP_REJECT) {
			if ((p = next_decision(doc, f, p + best, to)) == NULL)
				break;
			p--;
			continue;
		}
		p += best - 1;
	}
	return first;
}

size_t
iachrp_cue_of_kind(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to, int kind)
{
	const char *p;
	int k;

	for (p = iachrp_word_at(f, f + from); p < f + to;
	    p = iachrp_word_after(p))
		if (cue_at(doc, p, &k) > 0 && k == kind)
			return (size_t)(p - f);
	return (size_t)-1;
}

size_t
iachrp_refused_act(const struct iachrp_doc *doc, const char *f,
    size_t verb, size_t to, int *kind)
{
	const char *p;

	for (p = iachrp_word_after(f + verb); p < f + to;
	    p = iachrp_word_after(p))
		if (cue_at(doc, p, kind) > 0)
			return (size_t)(p - f);
	return (size_t)-1;
}

size_t
iachrp_decision_cue(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to)
{
	return iachrp_first_decision(doc, f, from, to, NULL);
}

size_t
iachrp_first_decision(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to, int *kind)
{
	struct iachrp_decision scratch;
	size_t at;

	memset(&scratch, 0, sizeof(scratch));
	at = read_sentence(doc, f, from, to, &scratch, 0, 0, 0);
	if (kind != NULL)
		*kind = scratch.n > 0 ? scratch.decisions[0] : -1;
	return at;
}

size_t
iachrp_earlier_act_at(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to)
{
	const char *p;

	for (p = iachrp_word_at(f, f + from); p < f + to;
	    p = iachrp_word_after(p))
		if (cue_at(doc, p, NULL) > 0)
			return iachrp_first_decision(doc, f, from, to, NULL) ==
			    (size_t)-1 ? (size_t)(p - f) : (size_t)-1;
	return (size_t)-1;
}

int
iachrp_earlier_act(const struct iachrp_doc *doc, const char *f, size_t from,
    size_t to)
{
	return iachrp_earlier_act_at(doc, f, from, to) != (size_t)-1;
}

/*
 * A refusal told after the decision, in a paragraph of its own: "The
 * IACHR therefore decided not to grant precautionary measures in his
 * favor", "decidió no otorgar las medidas solicitadas a su favor",
 * "elle a donc rejeté la demande".
 */
static void
later_refusals(const struct iachrp_doc *doc, struct iachrp_decision *dec)
{
	struct iachrp_cueset set, refusals;
	size_t i, k, n, from, to, at;
	char prev[32];
	int kind, j;

	iachrp_cueset_init(&set, iachrp_lex_deciding_cue,
	    IACHRP_NCUES(iachrp_lex_deciding_cue),
	    sizeof(*iachrp_lex_deciding_cue));
	iachrp_cueset_init(&refusals, iachrp_lex_refusal_cue,
	    IACHRP_NCUES(iachrp_lex_refusal_cue),
	    sizeof(*iachrp_lex_refusal_cue));
	for (j = 0; j < 27; j++)
		set.pair[j] |= refusals.pair[j];
	for (i = (size_t)dec->sentence.para + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (from = 0, to = 0, k = 0; k < p->nword; k++) {
			kind = -1;
			if (!iachrp_cueset_may(&set, p->f + p->word[k]))
				continue;
			/* "decided not to grant", "rejected the request" */
			if ((n = iachrp_match_in(p->f + p->word[k],
			    iachrp_lex_refusal_cue, NULL)) > 0)
				kind = IACHRP_REJECT;
			else if ((n = iachrp_match_in(p->f + p->word[k],
			    iachrp_lex_deciding_cue, NULL)) == 0)
				continue;
			/* The sentence the cue is in, and where it starts. */
			while ((to = iachrp_sentence_end(p->s, from)) <
			    p->word[k])
				from = (size_t)(iachrp_skip_space(p->s + to) -
				    p->s);
			if (kind != IACHRP_REJECT) {
				at = iachrp_first_decision(doc, p->f,
				    p->word[k] + n, to, &kind);
				if (at == (size_t)-1 ||
				    at > p->word[k] + n + 2 ||
				    kind != IACHRP_REJECT)
					continue;
			}
			/*
			 * The Commission's, not another body's earlier act:
			 * named in the sentence, or in the one before where
			 * this one opens with the verb ("La CIDH observó que
			 * ... Por isso, decidiu não outorgar")
			 */
			previous_word(p->f, p->f + p->word[k], prev,
			    sizeof(prev));
			if (in_list(prev, iachrp_lex_past_word) ||
			    (!iachrp_contains(p->f, from, p->word[k],
			    iachrp_lex_commission_word) &&
			    !(k >= 3 && p->word[k - 3] < from &&
			    iachrp_contains(p->f, 0, from,
			    iachrp_lex_commission_word))))
				continue;
			iachrp_trace(doc, "decisions", (long)i, p->word[k], to,
			    "a refusal told later");
			add(dec, IACHRP_REJECT);
			return;
		}
	}
}

/*
 * A refusal in the decision's paragraph, after its sentence: "In the same
 * resolution, a request from his representatives to extend the measures
 * to his cousin, X, was declined."
 */
static void
refusal_after(const struct iachrp_doc *doc, struct iachrp_decision *dec)
{
	const struct iachrp_para *p = &doc->para[dec->sentence.para];
	size_t from, to;
	int kind;

	for (from = dec->sentence.end; from < p->len; from = to) {
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
		to = iachrp_sentence_end(p->s, from);
		if (iachrp_first_decision(doc, p->f, from, to, &kind) !=
		    (size_t)-1 && kind == IACHRP_REJECT) {
			iachrp_trace(doc, "decisions", dec->sentence.para, from,
			    to, "a refusal told after the decision");
			add(dec, IACHRP_REJECT);
			return;
		}
	}
}

/*
 * True when only the closing disclaimer tells the act: "The granting of
 * precautionary measures and their adoption by the State do not
 * constitute a prejudgment", where no sentence and no headline states a
 * decision.
 */
static int
granted_by_disclaimer(const struct iachrp_doc *doc)
{
	const struct iachrp_para *p;
	const char *w;
	size_t i, from, to;
	int kind;

	for (i = 0; i < doc->npara; i++) {
		p = &doc->para[i];
		if (p->kind != IACHRP_BODY)
			continue;
		for (from = 0; from < p->len; from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			if (!iachrp_contains(p->f, from, to,
			    iachrp_lex_disclaimer_word))
				continue;
			for (w = iachrp_word_at(p->f, p->f + from);
			    w < p->f + to; w = iachrp_word_after(w))
				if (cue_at(doc, w, &kind) > 0 &&
				    kind == IACHRP_GRANT)
					return 1;
		}
	}
	return 0;
}

/*
 * A resolution that grants for some and declines the others is told
 * grant then reject, whichever the text names first ("decidió no otorgar
 * las medidas respecto de otros socios" in a lead that tells the grant
 * after it): the refusal moves past the grant.  Not past an extension:
 * one that refuses a State's request to lift comes first, as told.
 */
static void
refusal_after_grant(struct iachrp_decision *dec)
{
	int i, k;

	for (i = 0; i < dec->n && dec->decisions[i] != IACHRP_REJECT; i++)
		;
	for (k = dec->n - 1; k > i && dec->decisions[k] != IACHRP_GRANT; k--)
		;
	if (k <= i)
		return;
	memmove(dec->decisions + i, dec->decisions + i + 1,
	    (size_t)(k - i) * sizeof(*dec->decisions));
	dec->decisions[k] = IACHRP_REJECT;
}

void
iachrp_extract_decisions(const struct iachrp_doc *doc,
    struct iachrp_decision *dec)
{
	struct iachrp_decision title;
	size_t from, to, at, i;
	long start;

	memset(dec, 0, sizeof(*dec));
	memset(&title, 0, sizeof(title));
	dec->sentence.para = -1;
	if (doc->title >= 0) {
		const struct iachrp_para *t = &doc->para[doc->title];

		read_sentence(doc, t->f, 0, t->len, &title, 0, 0, 0);
	}
	start = doc->lead;
	if (start < 0) {
		add_all(dec, &title);
		return;
	}
	for (i = (size_t)start; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY)
			continue;
		for (from = 0; from < p->len; from = to) {
			to = iachrp_sentence_end(p->s, from);
			at = read_sentence(doc, p->f, from, to, dec,
			    dec->sentence.para >= 0, 0, 1);
			if (at != (size_t)-1 && dec->sentence.para < 0) {
				dec->sentence.para = (long)i;
				dec->sentence.start = from;
				dec->sentence.end = to;
				dec->verb = at;
			}
			while (to < p->len && p->s[to] == ' ')
				to++;
		}
		/* The lead announces; later paragraphs only when it did not. */
		if (dec->sentence.para >= 0)
			break;
	}
	/*
	 * Nothing stated: a passive without its agent in the lead ("The
	 * precautionary measures, registered as PM 112-11, were granted on
	 * May 6, 2011") tells the act, as one opening the lead does.
	 */
	for (from = 0; dec->sentence.para < 0 && from < doc->para[start].len;
	    from = to) {
		const struct iachrp_para *p = &doc->para[start];

		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
		to = iachrp_sentence_end(p->s, from);
		if ((at = read_sentence(doc, p->f, from, to, dec, 0, 1, 1)) !=
		    (size_t)-1) {
			dec->sentence.para = start;
			dec->sentence.start = from;
			dec->sentence.end = to;
			dec->verb = at;
		}
	}
	/* The lead tells them in order; the headline may shorten it. */
	add_all(dec, &title);
	if (dec->n == 0 && granted_by_disclaimer(doc))
		add(dec, IACHRP_GRANT);
	if (dec->sentence.para >= 0 && dec->n > 0) {
		refusal_after(doc, dec);
		later_refusals(doc, dec);
	}
	refusal_after_grant(dec);
	if (dec->sentence.para < 0) {
		dec->sentence.para = start;
		dec->sentence.start = 0;
		dec->sentence.end = iachrp_sentence_end(doc->para[start].s, 0);
		dec->verb = 0;
	}
	for (i = 0; i < (size_t)dec->n; i++)
		if (dec->decisions[i] == IACHRP_REQUEST)
			dec->provisional = 1;
}

/*
 * Where f[from, to) tells the act the decision sentence told, even
 * by a passive without its agent: "The measures were granted on June
 * 16, 2008 (PM 145/08).", "La medida ... fue otorgada el 15 de abril".
 * An act of another kind ("were originally granted" in an extension) is
 * an earlier one.  (size_t)-1 where it tells none.
 */
static size_t
act_told(const struct iachrp_doc *doc, const struct iachrp_decision *dec,
    const char *f, size_t from, size_t to)
{
	struct iachrp_decision scratch;
	size_t at;

	memset(&scratch, 0, sizeof(scratch));
	if (dec->n == 0 || (at = read_sentence(doc, f, from, to, &scratch, 0,
	    1, 0)) == (size_t)-1 || scratch.decisions[0] != dec->decisions[0])
		return (size_t)-1;
	return at;
}

/* True when one of the n words before offset at is in list. */
static int
preceded_by(const char *f, size_t at, const char *const *list, int n)
{
	const char *p = f + at;
	char word[32];

	while (n-- > 0 && p > f) {
		previous_word(f, p, word, sizeof(word));
		if (in_list(word, list))
			return 1;
		while (p > f && p[-1] == ' ')
			p--;
		while (p > f && p[-1] != ' ')
			p--;
	}
	return 0;
}

/*
 * True when one of the three words before offset at states a decision
 * dec did not take: "amplió las medidas MC 245-11, otorgadas el 3 de
 * octubre de 2011", "expanded the measures it granted on June 28, 2009"
 * date the earlier grant.
 */
static int
other_act_before(const struct iachrp_doc *doc, const char *f, size_t at,
    const struct iachrp_decision *dec)
{
	const char *p = f + at;
	int n, i, kind;

	for (n = 0; n < 3 && p > f; n++) {
		while (p > f && p[-1] == ' ')
			p--;
		while (p > f && p[-1] != ' ')
			p--;
		if (cue_at(doc, p, &kind) == 0)
			continue;
		for (i = 0; i < dec->n && dec->decisions[i] != kind; i++)
			;
		return i == dec->n;
	}
	return 0;
}

/*
 * True when the sentence at f[from] opens, within its first three words,
 * with a clause of what came before ("After months of threats ..., a
 * shooting on January 14, 2024 ..., precautionary measures were granted",
 * "Eleven weeks after ...", "Tras su detención el 11 de julio de 2021"):
 * its dates are those events', not the decision's.
 */
static int
opens_with_fronted_clause(const char *f, size_t from)
{
	const char *p = iachrp_word_at(f, f + from);
	int i;

	for (i = 0; i < 3 && *p != '\0'; i++, p = iachrp_word_after(p))
		if (iachrp_match_in(p, iachrp_lex_fronted_clause, NULL) > 0)
			return 1;
	return 0;
}

/*
 * The first date of f[from, to) that is not a dateline's ("Washington,
 * D.C., 5 de junio de 2023 –" dates the release) nor of an earlier act,
 * nor, with dec, of an act dec did not take; with of_acts, nor one after
 * "of", which dates an event ("the protests of July 11").
 */
static int
date_in(const struct iachrp_doc *doc, const char *f, size_t from, size_t to,
    struct iachrp_date *d, int of_acts, const struct iachrp_decision *dec)
{
	const char *p, *q;
	size_t n;

	for (p = iachrp_word_at(f, f + from); p < f + to;
	    p = iachrp_word_after(p)) {
		if ((n = iachrp_parse_any_date(p, doc->lang, d)) == 0)
			continue;
		q = iachrp_skip_space(p + n);
		if (*q == '-' || strncmp(q, "\xe2\x80\x93", 3) == 0 ||
		    strncmp(q, "\xe2\x80\x94", 3) == 0)
			continue;
		/* "it had granted on August 22, 2017", "since 2018" */
		if (preceded_by(f, (size_t)(p - f), iachrp_lex_date_past_word,
		    3) || (dec != NULL && other_act_before(doc, f,
		    (size_t)(p - f), dec)))
			continue;
		/*
		 * "detenidos tras las protestas del 11 de julio", "desde su
		 * detención el 1 de agosto": an event's
		 */
		if (of_acts && (preceded_by(f, (size_t)(p - f),
		    iachrp_lex_of_word, 1) || preceded_by(f, (size_t)(p - f),
		    iachrp_lex_event_noun, 2)))
			continue;
		return 1;
	}
	return 0;
}

/* The full date the dateline of para, ending at end, prints. */
static int
dateline_date(const struct iachrp_doc *doc, const struct iachrp_para *para,
    size_t end, struct iachrp_date *d)
{
	const char *p;

	for (p = iachrp_word_at(para->f, para->f); p < para->f + end;
	    p = iachrp_word_after(p))
		if (iachrp_parse_any_date(p, doc->lang, d) > 0 && d->day > 0)
			return 1;
	return 0;
}

/*
 * A day and month without a year in para->f[from, to), before the
 * decision's verb ("El pasado 10 de mayo, la CIDH otorgó"): in the
 * dateline's year, or the year before where the day would come after the
 * dateline's.
 */
static int
day_in_dateline_year(const struct iachrp_doc *doc,
    const struct iachrp_para *para, size_t from, size_t to,
    struct iachrp_date *d)
{
	struct iachrp_date release;
	const char *p;
	size_t end = iachrp_dateline_end(para);

	if (end == 0 || end > from || !dateline_date(doc, para, end, &release))
		return 0;
	for (p = iachrp_word_at(para->f, para->f + from); p < para->f + to;
	    p = iachrp_word_after(p)) {
		/* Not a full date, nor an event's ("las protestas del 11") */
		if (iachrp_parse_any_date(p, doc->lang, d) > 0 ||
		    iachrp_parse_day_month(p, release.year, d) == 0 ||
		    preceded_by(para->f, (size_t)(p - para->f),
		    iachrp_lex_of_word, 1))
			continue;
		if (d->month > release.month || (d->month == release.month &&
		    d->day > release.day))
			d->year--;
		return iachrp_date_is_valid(d);
	}
	return 0;
}

/*
 * True when the sentence f[from, to) opens with a day and then names the
 * Commission, its subject ("On February 6, 2023, the IACHR ruled on",
 * "El 6 de febrero de 2023, la CIDH se pronunció"): the day into d.
 */
static int
dated_by_commission(const struct iachrp_doc *doc, const char *f,
    size_t from, size_t to, struct iachrp_date *d)
{
	const char *p = iachrp_word_at(f, f + from), *q;
	size_t n;
	int i;

	/* Past a short phrase of time: "Six years later, on December 2" */
	for (i = 0, q = p; i < 4 && q < f + to; i++, q = iachrp_word_after(q))
		if (q[iachrp_word_len(q)] == ',') {
			if (iachrp_parse_any_date(p, doc->lang, d) == 0 &&
			    iachrp_match_in(p, iachrp_lex_date_prep,
			    NULL) == 0)
				p = iachrp_word_after(q);
			break;
		}
	if ((n = iachrp_match_in(p, iachrp_lex_date_prep, NULL)) > 0 &&
	    n == iachrp_word_len(p))
		p = iachrp_word_at(f, p + n);
	if ((n = iachrp_parse_any_date(p, doc->lang, d)) == 0 || d->day == 0)
		return 0;
	p = iachrp_word_at(f, p + n);
	for (i = 0; i < 3 && p < f + to; i++, p = iachrp_word_after(p))
		if (iachrp_match_in(p, iachrp_lex_commission_word, NULL) ==
		    iachrp_word_len(p))
			return 1;
	return 0;
}

/*
 * The date of a sentence of paragraph i on the resolution's adoption
 * into d: 1, or 0 where none has one.
 */
static int
adoption_date(const struct iachrp_doc *doc, size_t i, struct iachrp_date *d)
{
	const struct iachrp_para *q = &doc->para[i];
	size_t from, to;

	if (q->kind != IACHRP_BODY || q->mandate)
		return 0;
	/* Past a dateline, whose date is the release's. */
	for (from = iachrp_dateline_end(q); from < q->len; from = to) {
		from = (size_t)(iachrp_skip_space(q->s + from) - q->s);
		to = iachrp_sentence_end(q->s, from);
		if (iachrp_contains(q->f, from, to, iachrp_lex_adoption) &&
		    (iachrp_contains(q->f, from, to,
		    iachrp_lex_resolution_cue) ||
		    iachrp_contains(q->f, from, to, iachrp_lex_act_noun)) &&
		    date_in(doc, q->f, from, to, d, 0, NULL)) {
			iachrp_trace(doc, "date", (long)i, from, to,
			    "date in a sentence on the resolution's adoption");
			return 1;
		}
	}
	return 0;
}

/*
 * The date of a sentence of paragraph i that tells the decision's act
 * again (see act_told), not a request for it, into d: 1, or 0
 * where none does.
 */
static int
act_date(const struct iachrp_doc *doc, const struct iachrp_decision *dec,
    size_t i, struct iachrp_date *d)
{
	const struct iachrp_para *q = &doc->para[i];
	size_t from, to, at;

	if (q->kind != IACHRP_BODY || q->mandate)
		return 0;
	for (from = 0; from < q->len; from = to) {
		from = (size_t)(iachrp_skip_space(q->s + from) - q->s);
		to = iachrp_sentence_end(q->s, from);
		/* "La solicitud de ampliación alega que el 29 de agosto" */
		if (iachrp_contains(q->f, from, to, iachrp_lex_request_noun) ||
		    (at = act_told(doc, dec, q->f, from, to)) == (size_t)-1)
			continue;
		/*
		 * The date after the act's word, else before it: "habían
		 * sido otorgadas el 14 de junio de 2011; la ampliación fue
		 * otorgada el 8 de octubre", "On April 9, 2010, the
		 * Commission granted".
		 */
		if (date_in(doc, q->f, at, to, d, 0, NULL) ||
		    date_in(doc, q->f, from, at, d, 0, NULL)) {
			iachrp_trace(doc, "date", (long)i, from, to,
			    "date in a later sentence that tells the act");
			return 1;
		}
	}
	return 0;
}

json_t *
iachrp_extract_date(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *para;
	struct iachrp_date d;
	struct iachrp_span span;
	size_t from, to, i;

	if (dec->sentence.para < 0)
		return json_null();
	para = &doc->para[dec->sentence.para];
	/* The dateline's date is the release's, not the decision's. */
	from = dec->sentence.start;
	if ((to = iachrp_dateline_end(para)) > from && to < dec->sentence.end)
		from = to;
	/*
	 * The date printed with the resolution's number in the decision
	 * sentence, before any other there ("taking part in the protests of
	 * July 11, 2021 ..., following the adoption of Resolution 14/24 by
	 * the IACHR on February 26, 2024").
	 */
	if (iachrp_resolution_date(doc, dec, &d, &span) &&
	    span.para == dec->sentence.para && span.start >= from &&
	    span.start < dec->sentence.end) {
		iachrp_trace(doc, "date", span.para, span.start, span.end,
		    "date printed with the resolution's number");
		return iachrp_date_json(&d);
	}
	/* past the clause, to the verb; none where the verb is unknown */
	if (opens_with_fronted_clause(para->f, from))
		from = dec->verb > from && dec->verb < dec->sentence.end ?
		    dec->verb : dec->sentence.end;
	if (date_in(doc, para->f, from, dec->sentence.end, &d, 1, dec)) {
		iachrp_trace(doc, "date", dec->sentence.para, from,
		    dec->sentence.end, "date in the decision sentence");
		return iachrp_date_json(&d);
	}
	if (dec->verb > from &&
	    day_in_dateline_year(doc, para, from, dec->verb, &d)) {
		iachrp_trace(doc, "date", dec->sentence.para, from,
		    dec->sentence.end, "day in the decision sentence, of the "
		    "dateline's year");
		return iachrp_date_json(&d);
	}
	/*
	 * "La resolución fue adoptada el 1º de junio de 2023.", "The IACHR
	 * decided to grant them on April 17, 2024".
	 */
	for (from = dec->sentence.end; from < para->len; from = to) {
		from = (size_t)(iachrp_skip_space(para->s + from) - para->s);
		to = iachrp_sentence_end(para->s, from);
		/* To the Court: "La solicitud fue presentada el 30 de julio" */
		if ((iachrp_contains(para->f, from, to, iachrp_lex_adoption) ||
		    iachrp_decision_cue(doc, para->f, from, to) != (size_t)-1 ||
		    act_told(doc, dec, para->f, from, to) != (size_t)-1 ||
		    (dec->provisional && iachrp_contains(para->f, from, to,
		    iachrp_lex_request_made))) &&
		    date_in(doc, para->f, from, to, &d, 0, dec)) {
			iachrp_trace(doc, "date", dec->sentence.para, from, to,
			    "date in a sentence on the adoption");
			return iachrp_date_json(&d);
		}
	}
	/* "El 6 de febrero de 2023, la CIDH se pronunció sobre ...", the
	 * act read in a later sentence of the same paragraph */
	for (from = iachrp_dateline_end(para); from < dec->sentence.start;
	    from = to) {
		from = (size_t)(iachrp_skip_space(para->s + from) - para->s);
		to = iachrp_sentence_end(para->s, from);
		if (to <= dec->sentence.start &&
		    dated_by_commission(doc, para->f, from, to, &d)) {
			iachrp_trace(doc, "date", dec->sentence.para, from, to,
			    "date opening a sentence of the Commission's before "
			    "the act's");
			return iachrp_date_json(&d);
		}
	}
	/*
	 * A later paragraph: "The decision was adopted on July 18, 2022,
	 * through Resolution 38/2022."  Or the lead, where the decision was
	 * read after it: "X are now covered by precautionary measures. The
	 * IACHR reached that decision on August 9, 2023, when it adopted
	 * Resolution 58/2023."
	 */
	if (doc->lead >= 0 && doc->lead < dec->sentence.para &&
	    adoption_date(doc, (size_t)doc->lead, &d))
		return iachrp_date_json(&d);
	/* "In Resolution 66/19 of December 6, 2019, the Commission ...",
	 * read in the decision's paragraph */
	if (iachrp_resolution_date(doc, dec, &d, &span) &&
	    span.para == dec->sentence.para) {
		iachrp_trace(doc, "date", span.para, span.start, span.end,
		    "date printed with the resolution's number");
		return iachrp_date_json(&d);
	}
	for (i = (size_t)dec->sentence.para + 1; i < doc->npara; i++)
		if (adoption_date(doc, i, &d))
			return iachrp_date_json(&d);
	if (iachrp_resolution_date(doc, dec, &d, &span)) {
		iachrp_trace(doc, "date", span.para, span.start, span.end,
		    "date printed with the resolution's number");
		return iachrp_date_json(&d);
	}
	/*
	 * Older releases tell the day further on: "The Commission granted
	 * the precautionary measures on April 9, 2010, and asked ...", "la
	 * ampliación fue otorgada el 8 de octubre de 2013".
	 */
	for (i = (size_t)dec->sentence.para + 1; i < doc->npara; i++)
		if (act_date(doc, dec, i, &d))
			return iachrp_date_json(&d);
	from = dec->sentence.start;
	if ((to = iachrp_dateline_end(para)) > from && to < dec->sentence.end &&
	    opens_with_fronted_clause(para->f, to))
		from = dec->verb > to && dec->verb < dec->sentence.end ?
		    dec->verb : dec->sentence.end;
	if (date_in(doc, para->f, from, dec->sentence.end, &d, 0, dec)) {
		iachrp_trace(doc, "date", dec->sentence.para,
		    dec->sentence.start, dec->sentence.end,
		    "date of the dateline of the decision sentence");
		return iachrp_date_json(&d);
	}
	/* "a adopté aujourd'hui la Résolution 37/16": the dateline's day */
	if ((to = iachrp_dateline_end(para)) > dec->sentence.start &&
	    iachrp_contains(para->f, to, dec->sentence.end,
	    iachrp_lex_today) && dateline_date(doc, para, to, &d)) {
		iachrp_trace(doc, "date", dec->sentence.para,
		    dec->sentence.start, dec->sentence.end,
		    "the dateline's date, which \"today\" refers to");
		return iachrp_date_json(&d);
	}
	/* "... a adopté aujourd'hui", the headline dated "- 4 mai 2022" */
	if (doc->title >= 0 && iachrp_contains(para->f, dec->sentence.start,
	    dec->sentence.end, iachrp_lex_today) &&
	    iachrp_headline_date(&doc->para[doc->title], &d, &to)) {
		iachrp_trace(doc, "date", doc->title, to,
		    doc->para[doc->title].len,
		    "the headline's date, which \"today\" refers to");
		return iachrp_date_json(&d);
	}
	return json_null();
}
