/*
 * Who the resolution protects.  The sentence that states the decision
 * names them after a cue ("in favor of", "a favor de", "em favor de",
 * "en faveur de", "to protect", "measures to", "medidas cautelares a",
 * "aux"); the phrase runs to the State ("in Peru", ", en Venezuela") or
 * to a clause (", whom", ", tras", ", afin de").  It is cut into entries
 * at commas and conjunctions; descriptions set off by commas ("a
 * university student"), relatives ("his family") and unnamed sets
 * ("three further beneficiaries") are dropped; roles and honorifics
 * before a name ("deputy", "señor") are taken off.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "extract_private.h"

/* The lexicon's classes (lexicon/LANG.tsv) under the names the rules use. */
#define strong_cues iachrp_lex_beneficiary_cue
#define coverage_cues iachrp_lex_coverage_cue
#define framework_cues iachrp_lex_framework_cue
#define measure_nouns iachrp_lex_measure_noun
#define measure_words iachrp_lex_measure_word
#define measure_preps iachrp_lex_measure_prep
#define protection_of iachrp_lex_protection_of
#define rights_heads iachrp_lex_rights_head
#define of_words iachrp_lex_of_word
#define bare_ends iachrp_lex_bare_end
#define state_preps iachrp_lex_state_prep
#define state_articles iachrp_lex_state_article
#define conjunctions iachrp_lex_list_joiner
#define list_preps iachrp_lex_list_prep
#define articles iachrp_lex_article
#define possessives iachrp_lex_possessive
#define lower_starts iachrp_lex_lower_start
#define group_nouns iachrp_lex_group_noun
#define membership iachrp_lex_membership
#define generic_nouns iachrp_lex_generic_noun
#define family_words iachrp_lex_family_word
#define kin_words iachrp_lex_kin
#define roles iachrp_lex_role
#define name_particles iachrp_lex_name_particle
#define org_particles iachrp_lex_org_particle
#define person_nouns iachrp_lex_person_noun
#define place_preps iachrp_lex_place_prep
#define naming_cues iachrp_lex_naming_cue
#define namely_cues iachrp_lex_namely_cue
#define date_preps iachrp_lex_date_prep
#define passive_aux iachrp_lex_passive_aux
#define passive_preps iachrp_lex_passive_prep
#define granted_words iachrp_lex_granted_word
#define beneficiary_nouns iachrp_lex_beneficiary_noun
#define naming_verbs iachrp_lex_naming_verb
#define joined_as iachrp_lex_joined_as
#define fronted_clauses iachrp_lex_fronted_clause
#define deciding_cues iachrp_lex_deciding_cue
#define institution_words iachrp_lex_institution_word
#define place_words iachrp_lex_place_word
#define belonging iachrp_lex_belonging
#define relation_cues iachrp_lex_relation_cue
#define among_cues iachrp_lex_among_cue
#define purpose_cues iachrp_lex_purpose_cue
#define listed_nouns iachrp_lex_listed_noun
#define naming_openers iachrp_lex_naming_opener
#define protect_verbs iachrp_lex_protect_verb
#define demonstratives iachrp_lex_demonstrative
#define other_words iachrp_lex_other_word
#define followed_cues iachrp_lex_followed_cue
#define place_nouns iachrp_lex_place_noun
#define membership_verbs iachrp_lex_membership_verb
#define location_words iachrp_lex_location_word
#define media_nouns iachrp_lex_media_noun
#define scope_cues iachrp_lex_scope_cue
#define protected_rels iachrp_lex_protected_rel
#define kept_cues iachrp_lex_kept_cue
#define listed_ahead_words iachrp_lex_listed_ahead
#define asked_extension_cues iachrp_lex_asked_extension
#define their_favour_cues iachrp_lex_their_favour
#define organisation_nouns iachrp_lex_organisation_noun
#define respectively_words iachrp_lex_respectively
#define covered_by iachrp_lex_covered_by
#define naming_adverbs iachrp_lex_naming_adverb
#define scope_subjects iachrp_lex_scope_subject
#define scope_verbs iachrp_lex_scope_verb
#define relative_pronouns iachrp_lex_relative_pronoun
#define risk_findings iachrp_lex_risk_finding
#define finding_that iachrp_lex_finding_that
#define protect_cues iachrp_lex_protect_cue
#define manner_adverbs iachrp_lex_manner_adverb

#define MAX_ENTRIES 500
/* A set counted by the list that follows it, however long. */
#define LISTED_AHEAD (-1)

struct ctx {
	const char *s;		/* the paragraph */
	const char *f;		/* folded */
	const struct iachrp_doc *doc;
	int lang;
	int extends;		/* an extension or a request to the Court */
	int lifts;		/* IACHRP_LIFT, IACHRP_PARTIAL_LIFT or 0 */
	int follows;		/* a follow-up too: it covers those kept */
	int requests;		/* a request to the Court */
	const struct iachrp_decision *dec;	/* what the resolution decided */
	size_t surname_a;	/* the last surname shared by given names */
	size_t surname_b;
	json_t *list;		/* the entries so far */
	size_t counted;		/* the first entry that is a counted set */
	int count;		/* its head count, 0 when there is none,
				 * LISTED_AHEAD for "the following persons" */
	/* The words that may start a cue, for find_cue's scan. */
	struct iachrp_cueset cue_starts;
};

static size_t
token_end(const char *s, size_t i, size_t end)
{
	while (i < end && s[i] != ' ')
		i++;
	return i;
}

static size_t
skip_spaces(const char *s, size_t i, size_t end)
{
	while (i < end && s[i] == ' ')
		i++;
	return i;
}

/*
 * The bytes of a role at f, an elided article before it counted ("l'avocat",
 * "l’enseignante"); 0 when no role starts there.
 */
static size_t
role_len(const char *f)
{
	size_t e = 0, n;

	if ((f[0] == 'l' || f[0] == 'd') && f[1] == '\'')
		e = 2;
	else if ((f[0] == 'l' || f[0] == 'd') &&
	    strncmp(f + 1, "\xe2\x80\x99", 3) == 0)
		e = 4;
	n = iachrp_match_in(f + e, roles, NULL);
	return n > 0 ? e + n : 0;
}

/* The n bytes matched at f + i followed by a space: bytes with it. */
static size_t
then_space(const char *f, size_t i, size_t n)
{
	if (n == 0)
		return 0;
	if (f[i + n] == ' ')
		return n + 1;
	return f[i + n - 1] == '\'' ? n : 0;
}

/* Matches one of a lexicon class at f + i followed by a space. */
#define word_then_space(f, i, list) \
	word_then_space_in((f), (i), (list), IACHRP_NCUES(list), \
	    IACHRP_INDEX(list))
static size_t
word_then_space_in(const char *f, size_t i, const char *const *list,
    size_t nlist, const struct iachrp_lex_index *index)
{
	return then_space(f, i, iachrp_match_indexed(f + i, list, nlist,
	    index, NULL));
}

/* The same for a list of words not known until run time. */
static size_t
word_of_then_space(const char *f, size_t i, const char *const *list)
{
	return then_space(f, i, iachrp_match_any(f + i, list, NULL));
}

/* A State named at i, after a preposition and article: the bytes, or 0. */
static size_t
state_phrase(const char *f, size_t i)
{
	size_t n, m, j = i;

	if ((n = word_then_space(f, j, state_preps)) == 0)
		return 0;
	j += n;
	if ((m = word_then_space(f, j, state_articles)) > 0 &&
	    iachrp_state_at(f + j + m, &n) >= 0)
		return j + m + n - i;
	if (iachrp_state_at(f + j, &n) >= 0)
		return j + n - i;
	return 0;
}

/* True when the stop at j ends an honorific: "Mr.", "Sra.", "Dr.". */
static int
honorific_before(const struct ctx *c, size_t i, size_t j)
{
	size_t k = j;

	while (k > i && c->f[k - 1] != ' ')
		k--;
	return role_len(c->f + k) == j + 1 - k;
}

/*
 * True when the stop at j ends a number sign that a number follows: "Los
 * Ríos No. 2", "Cárcel N. 4".
 */
static int
number_sign_before(const struct ctx *c, size_t i, size_t j)
{
	size_t k = j;

	while (k > i && c->f[k - 1] != ' ')
		k--;
	return k < j && iachrp_match_in(c->f + k, iachrp_lex_number_sign,
	    NULL) == j + 1 - k && c->f[j + 1] == ' ' && c->f[j + 2] >= '0' &&
	    c->f[j + 2] <= '9';
}

/* True when the word of f[i, j) that ends at j is "of", "de", "of". */
static int
ends_with_of(const char *f, size_t i, size_t j)
{
	size_t k = j;

	while (k > i && f[k - 1] != ' ')
		k--;
	return k < j && iachrp_match_in(f + k, of_words, NULL) == j - k;
}

/* The length of the opening quote at s (", ', “ or «), or 0. */
static size_t
opening_quote(const char *s)
{
	if (strncmp(s, "\xe2\x80\x9c", 3) == 0)
		return 3;
	if (strncmp(s, "\xc2\xab", 2) == 0)
		return 2;
	return *s == '"' || *s == '\'' ? 1 : 0;
}

/* True when a closing quote (”, » or ") is at s. */
static int
closing_quote(const char *s)
{
	return strncmp(s, "\xe2\x80\x9d", 3) == 0 ||
	    strncmp(s, "\xc2\xbb", 2) == 0 || *s == '"';
}

/*
 * After a name, an age or a nickname in brackets, which belongs to it
 * ("J.A.S.I. (14)", "X (« Ti Wil »)"): the offset of its ")", or j.
 */
static size_t
aside_in_brackets(const char *s, size_t j, size_t end)
{
	size_t k = j + 1;
	int digits = 1;

	/* A gloss of one word: "su rezador tradicional (nhanderu), A" */
	if (k < end && s[k] >= 'a' && s[k] <= 'z') {
		while (k < end && k < j + 24 && ((s[k] >= 'a' && s[k] <= 'z') ||
		    s[k] == '-' || (unsigned char)s[k] >= 0x80))
			k++;
		return k < end && s[k] == ')' ? k : j;
	}
	if (k < end && s[k] != '\'' && opening_quote(s + k) > 0)
		digits = 0;	/* a quote: ", «, “ */
	for (; k < end && k < j + 40 && s[k] != ')' && s[k] != '('; k++)
		if (digits && (s[k] < '0' || s[k] > '9'))
			return j;
	return k < end && s[k] == ')' && k > j + 1 ? k : j;
}

/* The length of a "namely" at f + i, a space, comma or colon after it. */
static size_t
namely_at(const char *f, size_t i)
{
	size_t n = iachrp_match_in(f + i, namely_cues, NULL);

	return n > 0 && strchr(" ,:", f[i + n]) != NULL ? n : 0;
}

/*
 * Words that open a clause after a comma, per language: the English "as"
 * is the Portuguese article of "X e seus filhos, as crianças A e B".
 */
static const char *const *const clause_words[IACHRP_NLANG] = {
	iachrp_lex_clause_word_en, iachrp_lex_clause_word_es,
	iachrp_lex_clause_word_pt, iachrp_lex_clause_word_fr
};

/* Short function words per language (lexicon class function_word). */
static const char *const *const function_words[IACHRP_NLANG] = {
	iachrp_lex_function_word_en, iachrp_lex_function_word_es,
	iachrp_lex_function_word_pt, iachrp_lex_function_word_fr
};

/*
 * True when a capitalised function word that is no name particle opens
 * s[k, end), as a sentence does after initials: "A.B. et F.D.B. Il
 * s'agit", not "J. de la Cruz".
 */
static int
sentence_opens(const struct ctx *c, size_t k, size_t end)
{
	size_t n, w;

	k = skip_spaces(c->s, k, end);
	if (k >= end || !iachrp_is_upper_at(c->s + k))
		return 0;
	w = token_end(c->s, k, end) - k;
	n = iachrp_match_any(c->f + k, function_words[c->lang], NULL);
	return n == w && iachrp_match_in(c->f + k, name_particles, NULL) != w;
}

static int initials_end(const char *s, size_t a, size_t b);

/*
 * True when a capitalised function word is at k ("La solicitud"), or a
 * capitalised word followed by a function word that no name holds
 * ("According to ...", not "Pérez de la Cruz"): after initials, the
 * next sentence.
 */
static int
capital_then_function(const struct ctx *c, size_t k, size_t end)
{
	size_t w;

	k = skip_spaces(c->s, k, end);
	if (k >= end || !iachrp_is_upper_at(c->s + k))
		return 0;
	/* "K.M.Z. La solicitud": after initials, an article opens */
	w = token_end(c->s, k, end) - k;
	if (iachrp_match_any(c->f + k, function_words[c->lang], NULL) == w)
		return 1;
	k = skip_spaces(c->s, k + w, end);
	w = token_end(c->s, k, end) - k;
	return k < end && !iachrp_is_upper_at(c->s + k) &&
	    iachrp_match_any(c->f + k, function_words[c->lang], NULL) == w &&
	    iachrp_match_in(c->f + k, name_particles, NULL) != w;
}

/*
 * True when the text at k, up to the first of stops, names a person by
 * a naming cue: "who is identified as J.A.C.R."; a comma that opens a
 * further clause does not stop it ("whose name is withheld, who is
 * identified as J.A.C.R.").
 */
static int
names_by_cue(const struct ctx *c, size_t k, size_t end, const char *stops)
{
	size_t j;

	for (j = k; j < end && j < k + 160; j++) {
		if (c->f[j] == ',' && c->f[j + 1] == ' ' && word_of_then_space(
		    c->f, j + 2, clause_words[c->lang]) > 0)
			continue;
		if (strchr(stops, c->f[j]) != NULL)
			break;
		if (c->f[j - 1] == ' ' &&
		    iachrp_match_in(c->f + j, naming_cues, NULL) > 0)
			return 1;
	}
	return 0;
}

/*
 * True when the stop at j of a phrase that starts at a ends an initial:
 * "J.", "K.E.", "R.A.J.-B.".
 */
static int
initial_stop(const char *s, size_t a, size_t j)
{
	size_t k = j;	/* the letter before, "Á" of "M.J.V.Á." too */

	if (j == a)
		return 0;
	while (--k > a && ((unsigned char)s[k] & 0xc0) == 0x80)
		;
	return iachrp_is_upper_at(s + k) && (k == a || s[k - 1] == ' ' ||
	    s[k - 1] == '.' || (s[k - 1] == '-' && k >= a + 2 &&
	    s[k - 2] == '.'));
}

/* The end of the beneficiary phrase that starts at i. */
static size_t
phrase_end(const struct ctx *c, size_t i, size_t end)
{
	const char *f = c->f;
	size_t j, k;

	for (j = i; j < end; j++) {
		if (f[j] == ';' || f[j] == ':')
			return j;
		if (f[j] == '.' && (j + 1 == end || f[j + 1] == ' ') &&
		    !initial_stop(c->s, i, j) &&
		    !honorific_before(c, i, j) && !number_sign_before(c, i, j))
			return j;
		/*
		 * The period of initials that also ends the sentence: "J.A.P.
		 * The ...", "J.A.P. According to ..."
		 */
		if (f[j] == '.' && j + 1 < end && f[j + 1] == ' ' &&
		    (sentence_opens(c, j + 1, end) || (initials_end(c->s, i,
		    j + 1) && capital_then_function(c, j + 1, end))))
			return j + 1;
		if (f[j] == '(') {
			/* An acronym in brackets belongs to the name. */
			for (k = j + 1; k < end && k < j + 16 &&
			    (iachrp_is_upper_at(c->s + k) ||
			    (c->s[k] >= '0' && c->s[k] <= '9') ||
			    c->s[k] == '-'); k++)
				;
			if ((k > j + 1 && c->s[k] == ')') ||
			    (k = aside_in_brackets(c->s, j, end)) > j) {
				j = k;
				continue;
			}
			return j;
		}
		if (f[j] != ' ' || j == i)
			continue;
		/* A clause ends it, unless it names: "..., who is
		 * identified as J.A.C.R." */
		if (f[j - 1] == ',' && word_of_then_space(f, j + 1,
		    clause_words[c->lang]) > 0 && !names_by_cue(c, j + 1, end, ",;:"))
			return j - 1;
		/* "... a favor de X y resolvió extender la protección a Y" */
		if ((k = word_then_space(f, j + 1, conjunctions)) > 0 &&
		    (iachrp_match_in(f + j + 1 + k, iachrp_lex_deciding_cue,
		    NULL) > 0 || iachrp_match_in(f + j + 1 + k,
		    iachrp_lex_resolve_verb, NULL) > 0))
			return f[j - 1] == ',' ? j - 1 : j;
		/* "... de la comunidad de San Miguel Tlacotepec, México.": a
		 * State that ends the sentence, not "X, in Colón, Honduras,
		 * together with his partner Y" */
		if (f[j - 1] == ',' && iachrp_state_at(f + j + 1, &k) >= 0 &&
		    (j + 1 + k == end || f[j + 1 + k] == '.' ||
		    f[j + 1 + k] == ';'))
			return j - 1;
		/* "the members of X, namely A, B and C": the set ends. */
		if (namely_at(f, j + 1) > 0)
			return f[j - 1] == ',' ? j - 1 : j;
		/* "three union leaders who, according to ..." */
		if ((((k = word_then_space(f, j + 1, bare_ends)) > 0 ||
		    ((k = iachrp_match_in(f + j + 1, bare_ends, NULL)) > 0 &&
		    f[j + 1 + k] == ',')) &&
		    iachrp_match_in(f + j + 1 + k, belonging, NULL) == 0 &&
		    !names_by_cue(c, j + 1, end, ",;:") &&
		    !(word_then_space(f, j + 1, demonstratives) > 0 &&
		    ends_with_of(f, i, j))) ||
		    state_phrase(f, j + 1) > 0)
			return f[j - 1] == ',' ? j - 1 : j;
	}
	return end;
}

/* Counts tokens of s[a, b) that start with a capital letter. */
static size_t
capitals(const char *s, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b; i = skip_spaces(s, token_end(s, i, b), b)) {
		if (iachrp_is_upper_at(s + i + opening_quote(s + i)))
			n++;
	}
	return n;
}

static int
is_group(const struct ctx *c, size_t a, size_t b)
{
	return iachrp_contains(c->f, a, b, group_nouns) ||
	    (c->f[a] >= '0' && c->f[a] <= '9');
}

/*
 * True when s[0, n) is the acronym of name, the initials of its
 * capitalised words: "ATCC" of "Asociación de Trabajadores Campesinos
 * del Carare", named again by its acronym.
 */
static int
acronym_of(const char *s, size_t n, const char *name)
{
	size_t i, k = 0;

	if (n < 2)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	for (i = 0; name[i] != '\0'; i++) {
		if (i > 0 && name[i - 1] != ' ')
			continue;
		if (!iachrp_is_upper_at(name + i))
			continue;
		if (k == n || name[i] != s[k])
			return 0;
		k++;
	}
	return k == n;
}

/* The head count that opens f[a, b) ("nueve personas", "26 persons"). */
static int
head_count(const struct ctx *c, size_t a, size_t b)
{
	size_t i, best;
	int n = 0;

	/* "outros seis estudantes", "otras tres personas" */
	a += word_then_space(c->f, a, other_words);
	for (i = a; i < b && c->f[i] >= '0' && c->f[i] <= '9' && n < 1000;
	    i++)
		n = n * 10 + (c->f[i] - '0');
	if (i > a)
		return c->f[i] == ' ' ? n : 0;
	/* A number in words: the longest that matches. */
	if ((best = iachrp_pair_in(c->f + a, iachrp_lex_count_word, &i)) > 0)
		n = iachrp_lex_count_word[i].number;
	/* Not a word of the release's language: Portuguese "dos" is "of the" */
	if (best > 0 && iachrp_match_any(c->f + a, function_words[c->lang],
	    NULL) == best)
		return 0;
	return n;
}

static int same_person(const char *s, size_t a, size_t b, const char *t);
static size_t counted_after_and(const struct ctx *c, size_t a, size_t b,
    size_t *before);
static int agent_ends(const struct ctx *c, size_t verb, size_t i);
static void add_full_form(struct ctx *c, size_t a, size_t b);
static size_t past_aside(const struct ctx *c, size_t at, size_t to);
static size_t end_before_article(const struct ctx *c, size_t a, size_t k);
static int holds_words(const char *name, const char *words);
static size_t sentence_start(const struct iachrp_para *p, size_t at);
static int described_person(const struct ctx *c, size_t a, size_t k);
static size_t named_from(const struct ctx *c, size_t a, size_t b);
static int persons_follow(const struct ctx *c, size_t a, size_t to);
static int name_soon(const struct ctx *c, size_t a, size_t to);
static int has_acronym(const char *s, size_t a, size_t b);
static size_t among_cue_at(const struct ctx *c, size_t k);
static int kin_of_noun(const struct ctx *c, size_t k);
static void beneficiaries_listed(struct ctx *c, const struct iachrp_doc *doc);
static int in_their_favour(struct ctx *c, size_t from, size_t verb, size_t to);
static int anchor_of_kin(const struct ctx *c, size_t from, size_t a);
static int lift_at(const struct ctx *c, size_t verb, size_t to);
static void lifted_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_para *p);
static void roles_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);
#define NO_WORD ((size_t)-1)
static size_t word_of_set(struct ctx *c, const struct iachrp_para *p,
    const char *name);
static void person_names(struct ctx *c, const struct iachrp_para *p,
    json_t *names);
static int an_entry(const struct ctx *c, size_t a, size_t b);
static int entry_named(const struct ctx *c, const char *t, size_t a,
    size_t b);
static int first_requested(const struct ctx *c, const struct iachrp_doc *doc,
    struct ctx *scratch);
static int named(const char *name);
static void requested_groups(struct ctx *c, const struct iachrp_doc *doc);
static void persons_of_phrase(struct ctx *c, size_t a, size_t b);
static json_t *surname_owner(struct ctx *c, const char *word);
static void members_of_noun_later(struct ctx *c,
    const struct iachrp_para *p, const char *name);
static void drop_named_in_lead(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names);

/*
 * Adds a person whose name the text prints in two pieces: the given
 * name at s[a, b) and the surname at s[sa, sb) ("Aníbal et Fabiola
 * Mendieta Castro": "Aníbal" and "Mendieta Castro").
 */
static void
add_shared_surname(struct ctx *c, size_t a, size_t b, size_t sa, size_t sb)
{
	size_t i;
	json_t *v, *name;

	if ((name = json_sprintf("%.*s %.*s", (int)(b - a), c->s + a,
	    (int)(sb - sa), c->s + sa)) == NULL) {
		iachrp_nomem(c->doc);
		return;
	}
	json_array_foreach(c->list, i, v)
		if (json_equal(json_object_get(v, "name"), name)) {
			json_decref(name);
			return;
		}
	c->surname_a = sa;
	c->surname_b = sb;
	if (iachrp_append(c->doc, c->list, iachrp_pair("name", name, "kind",
	    json_string("person"))) != 0)
		return;
	iachrp_trace_at(c->doc, "beneficiaries", c->s + a, sb - a,
	    "person named with the surname of the next", NULL);
}

/*
 * Where s[a, b) ends without an English possessive: a possessive names
 * its owner ("Mr. Pedraza Linares's rights").
 */
static size_t
without_possessive(const char *s, size_t a, size_t b)
{
	if (b > a + 2 && s[b - 1] == 's' && s[b - 2] == '\'')
		return b - 2;
	if (b > a + 4 && s[b - 1] == 's' &&
	    strncmp(s + b - 4, "\xe2\x80\x99", 3) == 0)
		return b - 4;
	return b;
}

static void
add_entry(struct ctx *c, size_t a, size_t b, int group)
{
	size_t i, n;
	json_t *v;

	while (b > a && strchr(" ,;.", c->s[b - 1]) != NULL &&
	    !(c->s[b - 1] == '.' && initial_stop(c->s, a, b - 1)))
		b--;
	b = without_possessive(c->s, a, b);
	if (b <= a)
		return;
	/* A place is no one: "Cité Soleil" */
	if (iachrp_region_at(c->s + a, c->f + a, &n) >= 0 && n == b - a)
		return;
	/* A release names a few; a text naming thousands is no release. */
	if (json_array_size(c->list) >= MAX_ENTRIES)
		return;
	json_array_foreach(c->list, i, v) {
		const char *name = json_string_value(json_object_get(v,
		    "name"));

		if ((strlen(name) == b - a &&
		    strncmp(name, c->s + a, b - a) == 0) ||
		    acronym_of(c->s + a, b - a, name))
			return;
		/* One person named two ways keeps the first form. */
		if (!group && strcmp(json_string_value(json_object_get(v,
		    "kind")), "person") == 0 && same_person(c->s, a, b, name))
			return;
	}
	if (group && c->count == 0 &&
	    (c->count = head_count(c, a, b)) > 0)
		c->counted = json_array_size(c->list);
	else if (group && c->count == 0 && capitals(c->s, a, b) == 0 &&
	    iachrp_contains(c->f, a, b, listed_ahead_words)) {
		c->count = LISTED_AHEAD;
		c->counted = json_array_size(c->list);
	}
	iachrp_append(c->doc, c->list, iachrp_pair("name",
	    json_stringn(c->s + a, b - a), "kind",
	    json_string(group ? "group" : "person")));
	iachrp_trace_at(c->doc, "beneficiaries", c->s + a, b - a, group ?
	    "group named by a beneficiary cue" :
	    "person named by a beneficiary cue", NULL);
}

/*
 * True when s[a, b), a clause after a person, gives the person's
 * nickname: a verb of calling, then a quote ("a quien sus compañeros
 * llaman "El Chele"", "whom his neighbours call "Tito"").
 */
static int
nickname_given(const struct ctx *c, size_t a, size_t b)
{
	size_t k, n;

	for (k = a; k < b; k = skip_spaces(c->s, token_end(c->s, k, b), b)) {
		if ((n = iachrp_match_in(c->f + k, iachrp_lex_calling_verb,
		    NULL)) == 0 || iachrp_is_alpha_at(c->f + k + n))
			continue;
		for (k += n; k < b; k++)
			if (opening_quote(c->s + k) > 0 &&
			    (k == 0 || c->s[k - 1] == ' '))
				return 1;
		return 0;
	}
	return 0;
}

/* A quoted name in s[a, b): sets its bounds without the quotes. */
static int
quoted(const char *s, size_t a, size_t b, size_t *qa, size_t *qb)
{
	size_t i, j;

	for (i = a; i < b; i++) {
		size_t open = 0;

		if (strncmp(s + i, "\xe2\x80\x9c", 3) == 0)
			open = 3;
		else if (strncmp(s + i, "\xc2\xab", 2) == 0)
			open = 2;
		else if (s[i] == '"')
			open = 1;
		if (open == 0)
			continue;
		for (j = i + open; j < b; j++) {
			if (closing_quote(s + j)) {
				*qa = skip_spaces(s, i + open, j);
				*qb = j;
				while (*qb > *qa && s[*qb - 1] == ' ')
					(*qb)--;
				return *qb > *qa && iachrp_is_upper_at(s + *qa);
			}
		}
		return 0;
	}
	return 0;
}

/*
 * The longest run of capitalised words in s[a, b), with particles inside
 * ("Pérez de la Cruz"), roles in front taken off.
 */
static int
name_run(const struct ctx *c, size_t a, size_t b, size_t *ra, size_t *rb)
{
	size_t i, start = 0, best = 0, words = 0;
	int in = 0;

	*ra = *rb = 0;
	for (i = a; i < b; i = skip_spaces(c->s, token_end(c->s, i, b), b)) {
		size_t e = token_end(c->s, i, b);

		/* A role opens a run, not goes on one: "Justo Pastor X". */
		if (iachrp_is_upper_at(c->s + i) && (in ||
		    iachrp_match_in(c->f + i, roles, NULL) != e - i)) {
			if (!in) {
				start = i;
				words = 0;
			}
			in = 1;
			/* Of runs as long, the later: the name after a title. */
			if (++words >= best) {
				best = words;
				*ra = start;
				*rb = e;
			}
			continue;
		}
		if (!in || iachrp_match_in(c->f + i, name_particles, NULL) !=
		    e - i)
			in = 0;
	}
	return best > 0;
}

static int
is_initials(const char *s, size_t a, size_t b)
{
	size_t i;

	if (b - a < 2 || b - a > 12)
		return 0;
	/* "R.A.J.-B.": a hyphen between two capitals' stops; "M.J.V.Á." */
	for (i = a; i < b; i += iachrp_char_len(s + i))
		if (!iachrp_is_upper_at(s + i) && s[i] != '.' &&
		    !(s[i] == '-' && i > a && s[i - 1] == '.' && i + 1 < b &&
		    iachrp_is_upper_at(s + i + 1)))
			return 0;
	return 1;
}

/*
 * "11 members of the X", "los miembros de la X", "membros dos povos":
 * where X starts, or a when the entry is not of that form.
 */
static size_t
members_of(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, k, n;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		if (iachrp_is_upper_at(c->s + i))
			return a;
		/* "of", "de", "dos", or "d'" glued to the next word */
		n = iachrp_match_in(c->f + i, of_words, NULL);
		if (n == 0 || (n != e - i && c->f[i + n - 1] != '\''))
			continue;
		k = n == e - i ? skip_spaces(c->s, e, b) : i + n;
		k += word_then_space(c->f, k, articles);
		if (k < b && (iachrp_is_upper_at(c->s + k) ||
		    iachrp_match_in(c->f + k, group_nouns, NULL) > 0) &&
		    iachrp_contains(c->f, a, i, membership))
			return k;
		return a;
	}
	return a;
}

/*
 * Where the name starts in a group described by its members: "workers of
 * the online newspaper El Faro" gives "El Faro".  Returns a when the
 * entry is not of that form.
 */
static size_t
named_tail(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, start = a, n = 0;
	int of = 0;

	if (iachrp_is_upper_at(c->s + a))
		return a;
	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		if (iachrp_is_upper_at(c->s + i)) {
			if (n++ == 0)
				start = i;
			continue;
		}
		if (n == 0) {
			if (iachrp_match_in(c->f + i, of_words, NULL) == e - i)
				of = 1;
			continue;
		}
		if (iachrp_match_in(c->f + i, org_particles, NULL) != e - i &&
		    c->s[i] != '(')
			return a;
	}
	return of && n >= 2 ? start : a;
}

/*
 * Where the last noun of a place in s[a, k) starts ("comunidad" of "las
 * familias de la comunidad maya q'eqchi' Las Pacayas"), or k.
 */
static size_t
place_head(const struct ctx *c, size_t a, size_t k)
{
	size_t i, at = k;

	for (i = a; i < k; i = skip_spaces(c->s, token_end(c->s, i, k), k))
		if (iachrp_match_in(c->f + i, place_nouns, NULL) ==
		    token_end(c->s, i, k) - i)
			at = i;
	return at;
}

/*
 * True when s[a, b) describes relatives through someone else ("the wife
 * and two children of journalist X", "los hijos de X"): X is named, they
 * are not.  "Children of the X people" are a group, not relatives.
 */
static int
kin_of(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e;
	int kin = 0;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		if (iachrp_is_upper_at(c->s + i))
			return 0;
		if (iachrp_match_in(c->f + i, kin_words, NULL) > 0)
			kin = 1;
		else if (kin && iachrp_match_in(c->f + i, of_words, NULL) ==
		    e - i) {
			/* "children of a people", "las familias del
			 * asentamiento X", "the families of the X
			 * settlement": a group, not someone's kin */
			i = skip_spaces(c->s, e, b);
			i += word_then_space(c->f, i, articles);
			return !is_group(c, e, b) &&
			    !iachrp_contains(c->f, i, b, place_nouns);
		}
	}
	return 0;
}

static int personal(const struct ctx *c, size_t a, size_t b);
static size_t trailing_name(const struct ctx *c, size_t a, size_t b);

/* The start of the word of s[a, e) that ends at e (past spaces). */
static size_t
word_before(const struct ctx *c, size_t a, size_t *e)
{
	size_t t;

	while (*e > a && c->s[*e - 1] == ' ')
		(*e)--;
	for (t = *e; t > a && c->s[t - 1] != ' '; t--)
		;
	return t;
}

/* True when s[t, e) is a media noun, perhaps after "l'": "l'hebdomadaire". */
static int
media_noun_at(const struct ctx *c, size_t t, size_t e)
{
	t += word_then_space(c->f, t, articles);
	return t < e && iachrp_match_in(c->f + t, media_nouns, NULL) == e - t;
}

/*
 * True when the noun of s[a, k) right before k, past articles and "of",
 * is a group's: "the community of Esperanza", "the newspaper El Faro";
 * also past a few adjectives, for a group that is no set of persons:
 * "la comunidad nativa kichwa Santa Rosillo".
 */
static int
after_group_noun(const struct ctx *c, size_t a, size_t k)
{
	size_t e = k, t, t2, e2;
	int i, of = 0;

	for (;;) {
		if ((t = word_before(c, a, &e)) >= e)
			return 0;
		if (iachrp_match_in(c->f + t, of_words, NULL) == e - t)
			of = 1;
		else if (iachrp_match_in(c->f + t, articles, NULL) != e - t)
			break;
		e = t;
	}
	/* "trade union leader X", "community authority X": a role names a
	 * person. */
	if (role_len(c->f + t) == e - t)
		return 0;
	e2 = t;
	if ((t2 = word_before(c, a, &e2)) < e2 &&
	    role_len(c->f + t2) == e - t2)
		return 0;
	/* "journalists of the station Radio X": a medium's name */
	if (media_noun_at(c, t, e))
		return 1;
	/* "estudiantes de la Escuela X" is of a group; "defenders X" not. */
	if (iachrp_match_in(c->f + t, group_nouns, NULL) > 0)
		return of || iachrp_match_in(c->f + t, person_nouns,
		    NULL) == 0;
	for (i = 0; i < 3 && t > a && c->s[e - 1] != ','; i++) {
		e = t;
		if ((t = word_before(c, a, &e)) >= e ||
		    iachrp_is_upper_at(c->s + t) || c->s[e - 1] == ',' ||
		    iachrp_match_in(c->f + t, of_words, NULL) == e - t)
			return 0;
		/* "journalistes identifiés de Radio X" */
		if (iachrp_match_in(c->f + t, group_nouns, NULL) > 0)
			return of || iachrp_match_in(c->f + t, person_nouns,
			    NULL) == 0;
		/* "del medio digital independiente X" */
		if (media_noun_at(c, t, e))
			return 1;
	}
	return 0;
}

/*
 * True when the name at k follows a preposition or a noun of place, past
 * articles: "persons deprived of liberty in the Litoral Penitentiary",
 * "lideresas de la vereda El Placer" name a place, not a person.
 */
static int
after_place_prep(const struct ctx *c, size_t a, size_t k)
{
	size_t e = k, t;

	for (;;) {
		while (e > a && c->s[e - 1] == ' ')
			e--;
		for (t = e; t > a && c->s[t - 1] != ' '; t--)
			;
		if (t >= e)
			return 0;
		if (iachrp_match_in(c->f + t, articles, NULL) != e - t &&
		    iachrp_match_in(c->f + t, of_words, NULL) != e - t)
			break;
		e = t;
	}
	/* "de la vereda El Placer": the place's noun names it a place */
	return iachrp_match_in(c->f + t, place_preps, NULL) == e - t ||
	    iachrp_match_in(c->f + t, place_nouns, NULL) == e - t;
}

/*
 * When s[a, b) ends in relatives named through a possessive and no one
 * else ("Ana Torres's son", whose name, if given, follows apart; "X and
 * Y's family"): where the entries before the owner end (a when there
 * are none).  Otherwise b.
 */
static size_t
possessed_kin(const struct ctx *c, size_t a, size_t b)
{
	size_t i, k, cut = a, n;

	for (i = a; i + 3 < b; i++) {
		if (c->f[i] == ' ' && (n = word_then_space(c->f, i + 1,
		    conjunctions)) > 0 && n == token_end(c->s, i + 1, b) -
		    i) {
			cut = i;
			continue;
		}
		if (c->f[i] == '\'')
			k = i + 1;
		else if (strncmp(c->f + i, "\xe2\x80\x99", 3) == 0)
			k = i + 3;
		else
			continue;
		if (k + 2 >= b || c->f[k] != 's' || c->f[k + 1] != ' ')
			continue;
		k += 2;
		if (iachrp_match_in(c->f + k, kin_words, NULL) == 0 ||
		    capitals(c->s, token_end(c->s, k, b), b) > 0)
			return b;
		return cut;
	}
	return b;
}

/*
 * A relative named by a possessive and a word of kin alone ("son fils",
 * "su hija", "his son"), whom the release names where the same words
 * stand in apposition to a name ("et à son fils, Kevin Alexander
 * Mairena"): adds that person.  Returns whether s[a, b) is such a
 * phrase.
 */
static int
kin_by_apposition(struct ctx *c, size_t a, size_t b)
{
	const char *s = c->s, *f = c->f;
	size_t n, i, k, at;

	if ((n = word_then_space(f, a, possessives)) == 0 ||
	    iachrp_match_in(f + a + n, kin_words, NULL) != b - a - n)
		return 0;
	for (i = 0; i < c->doc->npara; i++) {
		const struct iachrp_para *p = &c->doc->para[i];

		for (k = 0; k < p->nword; k++) {
			at = p->word[k] + (b - a);
			if (at + 2 >= p->len || strncmp(p->f + p->word[k],
			    f + a, b - a) != 0 || p->s[at] != ',' ||
			    p->s[at + 1] != ' ' ||
			    !iachrp_is_upper_at(p->s + at + 2))
				continue;
			c->s = p->s;
			c->f = p->f;
			persons_of_phrase(c, at + 2, phrase_end(c, at + 2,
			    iachrp_sentence_end(p->s, at + 2)));
			c->s = s;
			c->f = f;
			return 1;
		}
	}
	return 1;
}

/*
 * The bytes of a list label at s[a, b) with its space: "(1) ", "2) ",
 * "c) "; 0 when there is none.
 */
static size_t
label_len(const char *s, size_t a, size_t b)
{
	size_t i = a + (s[a] == '(');

	while (i < b && i < a + 4 && ((s[i] >= '0' && s[i] <= '9') ||
	    (s[i] >= 'a' && s[i] <= 'z')))
		i++;
	if (i == a + (s[a] == '(') || i + 1 >= b || s[i] != ')' ||
	    s[i + 1] != ' ' || (s[i - 1] >= 'a' && i - a > 2))
		return 0;
	return i + 2 - a;
}

/*
 * A person with a role and an affiliation: "journalist Juan Pérez of the
 * newspaper El Heraldo", "la defensora Ana Ruiz, del colectivo X": sets
 * the name's bounds.
 */
static int
affiliated(const struct ctx *c, size_t a, size_t b, size_t *ra, size_t *rb)
{
	size_t n, e, k;

	a += word_then_space(c->f, a, possessives);
	if ((n = word_then_space(c->f, a, roles)) == 0)
		return 0;
	a += n;
	for (e = a; e < b; e = skip_spaces(c->s, token_end(c->s, e, b), b)) {
		size_t t = token_end(c->s, e, b);

		if (!iachrp_is_upper_at(c->s + e) &&
		    iachrp_match_in(c->f + e, name_particles, NULL) != t - e)
			break;
		if (c->s[t - 1] == ',') {
			e = t;
			break;
		}
	}
	while (e > a && strchr(" ,", c->s[e - 1]) != NULL)
		e--;
	k = skip_spaces(c->s, e, b);
	if (k < b && c->s[k] == ',')
		k = skip_spaces(c->s, k + 1, b);
	if (k >= b || word_then_space(c->f, k, of_words) == 0 ||
	    !personal(c, a, e))
		return 0;
	*ra = a;
	*rb = e;
	return 1;
}

/*
 * The words of s[a, b) when each is capitalised or a name's particle
 * ("Pérez de la Cruz"); 0 when one is not.
 */
static size_t
name_words(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, n = 0;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		/* A nickname in quotes is part of the name: A "Coco" B. */
		if (!iachrp_is_upper_at(c->s + i + opening_quote(c->s + i)) &&
		    iachrp_match_in(c->f + i, name_particles, NULL) != e - i)
			return 0;
		n++;
	}
	return n;
}

/*
 * True when the quoted s[qa, qb) stands between the words of a name in
 * s[a, b): capitalised words before its opening quote and after its
 * closing one.
 */
static int
name_around(const struct ctx *c, size_t a, size_t qa, size_t qb, size_t b)
{
	size_t open = qa, close = qb;

	while (open > a && c->s[open - 1] != ' ')
		open--;
	while (close < b && c->s[close] != ' ')
		close++;
	return name_words(c, a, open) &&
	    name_words(c, skip_spaces(c->s, close, b), b);
}

/*
 * True when a role starts at k, or after one lower-case word there:
 * "peasant leader X", "student leader X".
 */
static int
role_ahead(const struct ctx *c, size_t k, size_t b)
{
	if (word_then_space(c->f, k, roles) > 0)
		return 1;
	if (k >= b || iachrp_is_upper_at(c->s + k))
		return 0;
	k = skip_spaces(c->s, token_end(c->s, k, b), b);
	return word_then_space(c->f, k, roles) > 0;
}

/*
 * True when the roles at a in s[a, b) ("journalist", "journalist and
 * human rights defender") are followed by a name: a capitalised word,
 * quoted or not.
 */
static int
titled(const struct ctx *c, size_t a, size_t b)
{
	size_t n;

	/* An adjective first: "peasant leader X" */
	if (word_then_space(c->f, a, roles) == 0 && role_ahead(c, a, b))
		a = skip_spaces(c->s, token_end(c->s, a, b), b);
	while ((n = word_then_space(c->f, a, roles)) > 0 ||
	    (n = word_then_space(c->f, a, conjunctions)) > 0)
		a += n;
	a = skip_spaces(c->s, a, b);
	/* The role's complement: "jueza de paz X", not "of the portal X" */
	if ((n = word_then_space(c->f, a, iachrp_lex_complement_prep)) > 0 &&
	    word_then_space(c->f, a + n, articles) == 0) {
		size_t k = a + n;
		int words;

		for (words = 0; words < 2 && k < b &&
		    !iachrp_is_upper_at(c->s + k) &&
		    word_then_space(c->f, k, list_preps) == 0 &&
		    word_then_space(c->f, k, articles) == 0 &&
		    word_then_space(c->f, k, of_words) == 0; words++)
			k = skip_spaces(c->s, token_end(c->s, k, b), b);
		/* "alcalde de Bogotá": a place, not a complement */
		if (words > 0 && k < b && iachrp_is_upper_at(c->s + k))
			return 1;
	}
	/* One adjective of the role: "líder social X", "priest X". */
	if (a < b && !iachrp_is_upper_at(c->s + a) &&
	    word_then_space(c->f, a, iachrp_lex_function_word) == 0 &&
	    word_then_space(c->f, a, list_preps) == 0 &&
	    word_then_space(c->f, a, articles) == 0 &&
	    word_then_space(c->f, a, of_words) == 0 &&
	    word_then_space(c->f, a, place_preps) == 0) {
		a = skip_spaces(c->s, token_end(c->s, a, b), b);
		/* "former provincial prosecutor X": the role after it */
		while ((n = word_then_space(c->f, a, roles)) > 0)
			a = skip_spaces(c->s, a + n, b);
	}
	if (a < b)
		a += opening_quote(c->s + a);
	return a < b && iachrp_is_upper_at(c->s + a);
}

/*
 * The last name in s[0, at) that an acronym in brackets follows ("the
 * Collectif des Femmes Solidaires de Cité Soleil (COFESCS)"): sets its
 * bounds and returns 1, or 0.
 */
static int
acronymed_before(const struct ctx *c, size_t at, size_t *ra, size_t *rb)
{
	size_t j, k, start;

	for (j = at; j-- > 1;) {
		if (c->s[j] != '(' || c->s[j - 1] != ' ' ||
		    !has_acronym(c->s, j + 1, token_end(c->s, j + 1, at)))
			continue;
		/* Back over capitalised words and the particles inside. */
		start = j - 1;
		for (k = start; k > 0 && c->s[k - 1] != ',' &&
		    c->s[k - 1] != ';' && c->s[k - 1] != '(';) {
			size_t w = k - 1;

			while (w > 0 && c->s[w - 1] != ' ')
				w--;
			if (!iachrp_is_upper_at(c->s + w) &&
			    word_then_space(c->f, w, name_particles) == 0 &&
			    word_then_space(c->f, w, of_words) == 0)
				break;
			if (iachrp_is_upper_at(c->s + w))
				start = w;
			k = w;
		}
		if (start < j - 1) {
			*ra = start;
			*rb = j - 1;
			return 1;
		}
		return 0;
	}
	return 0;
}

/*
 * "the members of that association", "los integrantes de dicha
 * organización", "las demás integrantes del colectivo": the group the
 * sentence named before with that head noun, capitalised ("the
 * Association of Women Victims of Cité Soleil (AFVCS)") or before its
 * name ("del colectivo Madres Buscadoras de Los Altos").  Sets its
 * bounds and returns 1, or 0.
 */
static int
antecedent(const struct ctx *c, size_t a, size_t b, size_t *ra, size_t *rb)
{
	size_t n, h, hlen, j, pointed;

	a += word_then_space(c->f, a, articles);
	a += word_then_space(c->f, a, other_words);
	if (iachrp_match_in(c->f + a, membership, NULL) == 0)
		return 0;
	a = skip_spaces(c->s, token_end(c->s, a, b), b);
	if ((n = word_then_space(c->f, a, of_words)) == 0)
		return 0;
	a += n;
	if ((pointed = word_then_space(c->f, a, demonstratives)) == 0) {
		/* "of the collective": the head noun alone ends the phrase */
		n = word_then_space(c->f, a, articles);
		if (token_end(c->s, a + n, b) != b)
			return 0;
	} else
		n = pointed;
	h = a + n;
	/* "de dicha Junta": a name's own head noun, pointed back to */
	if ((hlen = token_end(c->s, h, b) - h) == 0 ||
	    (iachrp_is_upper_at(c->s + h) && pointed == 0))
		return 0;
	/* "los integrantes de ese consejo Alberto Caal Ical": a person's */
	if (h + hlen < b && iachrp_is_upper_at(c->s + skip_spaces(c->s,
	    h + hlen, b)))
		return 0;
	for (j = a; j-- > 0;) {
		/* after a space or an elided article: "de l'organisation X" */
		if ((j > 0 && c->s[j - 1] != ' ' && c->f[j - 1] != '\'') ||
		    strncmp(c->f + j, c->f + h, hlen) != 0 ||
		    c->f[j + hlen] != ' ')
			continue;
		/* The name after a head noun in lower case: "colectivo X" */
		if (!iachrp_is_upper_at(c->s + j))
			j += hlen + 1;
		if (!iachrp_is_upper_at(c->s + j))
			return 0;
		*ra = j;
		for (*rb = j; *rb < a && c->s[*rb] != ',' && c->s[*rb] != ';' &&
		    strncmp(c->s + *rb, " (", 2) != 0; (*rb)++)
			;
		return *rb > *ra;
	}
	/* "membres de cette organisation": the last one named with its acronym */
	return iachrp_match_in(c->f + h, organisation_nouns, NULL) == hlen &&
	    acronymed_before(c, a, ra, rb);
}

/*
 * Where the group's name starts in s[a, b) when persons are described
 * as making it up ("que integran el Centro X", "who make up the X"),
 * or a.
 */
static size_t
made_up(const struct ctx *c, size_t a, size_t b)
{
	size_t k, n;

	for (k = a; k < b; k = skip_spaces(c->s, token_end(c->s, k, b), b)) {
		if ((n = iachrp_match_in(c->f + k, membership_verbs,
		    NULL)) == 0)
			continue;
		k = skip_spaces(c->s, k + n, b);
		k += word_then_space(c->f, k, articles);
		return k < b && iachrp_is_upper_at(c->s + k) ? k : a;
	}
	return a;
}

/* True when name holds the n bytes of word as one of its words. */
static int
holds_word(const char *name, const char *word, size_t n)
{
	size_t k;

	for (k = 0; name[k] != '\0'; k++)
		if ((k == 0 || name[k - 1] == ' ') &&
		    strncmp(name + k, word, n) == 0 &&
		    (name[k + n] == ' ' || name[k + n] == '\0'))
			return 1;
	return 0;
}

/* The persons the body names, the first 64 at most; c keeps its paragraph. */
static json_t *
body_person_names(struct ctx *c)
{
	const char *cs = c->s, *cf = c->f;
	json_t *names;
	size_t i;

	if ((names = json_array()) == NULL)
		return NULL;
	for (i = 0; i < c->doc->npara && json_array_size(names) < 64; i++)
		if (c->doc->para[i].kind == IACHRP_BODY &&
		    (long)i != c->doc->title)
			person_names(c, &c->doc->para[i], names);
	c->s = cs;
	c->f = cf;
	return names;
}

/*
 * The first fuller form the body gives the person name ("Mario Alberto
 * Quiñónez Girón" for "Quiñónez Girón"), or name itself; a new reference.
 */
static json_t *
full_form(struct ctx *c, const char *name)
{
	json_t *names = body_person_names(c), *v, *form = NULL;
	size_t i, n = strlen(name);

	json_array_foreach(names, i, v)
		if (json_string_length(v) > n && same_person(name, 0, n,
		    json_string_value(v))) {
			form = json_incref(v);
			break;
		}
	json_decref(names);
	return form != NULL ? form : json_string(name);
}

/*
 * Adds, for the surname s[a, b) said with an honorific ("Mr. Pichiri"),
 * the first full name of the release that holds it as a word ("Elías
 * Pichiri Quinchoker"), once; nothing where there is none.
 */
static void
add_full_name(struct ctx *c, size_t a, size_t b)
{
	json_t *name;
	const json_t *v;
	size_t i, n = b - a;
	char word[64];

	if (n >= sizeof(word))
		return;
	memcpy(word, c->s + a, n);
	word[n] = '\0';
	/* Named in full already: not a relative who shares the surname */
	json_array_foreach(c->list, i, v)
		if (holds_word(json_string_value(json_object_get(v, "name")),
		    word, n))
			return;
	if ((name = surname_owner(c, word)) == NULL)
		return;
	json_array_foreach(c->list, i, v)
		if (strcmp(json_string_value(json_object_get(v, "name")),
		    json_string_value(name)) == 0)
			break;
	if (i == json_array_size(c->list))
		iachrp_append(c->doc, c->list, iachrp_pair("name",
		    json_incref(name), "kind", json_string("person")));
	json_decref(name);
}

/*
 * The first full name of the body that holds the surname word ("Elías
 * Pichiri Quinchoker" for "Pichiri"), a new reference; NULL where none
 * does.
 */
static json_t *
surname_owner(struct ctx *c, const char *word)
{
	json_t *names, *owner = NULL;
	const json_t *v;
	size_t i;

	if ((names = body_person_names(c)) == NULL)
		return NULL;
	json_array_foreach(names, i, v)
		if (holds_word(json_string_value(v), word, strlen(word))) {
			owner = json_incref((json_t *)v);
			break;
		}
	json_decref(names);
	return owner;
}

/*
 * Where the bracketed aside that ends s[a, b) starts, spaces before it
 * included, when it holds lower-case words, an age or a quoted nickname;
 * otherwise a.
 */
static size_t
aside_start(const struct ctx *c, size_t a, size_t b)
{
	size_t k = b - 1, lower = 0;

	while (k > a && c->s[k] != '(') {
		if (c->s[k] >= 'a' && c->s[k] <= 'z')
			lower++;
		k--;
	}
	if (c->s[k] != '(' || (lower == 0 &&
	    aside_in_brackets(c->s, k, b) != b - 1))
		return a;
	while (k > a && c->s[k - 1] == ' ')
		k--;
	return k;
}

/* Cleans one entry s[a, b) and adds it. */
static void
entry(struct ctx *c, size_t a, size_t b)
{
	size_t n, m, qa, qb, ra, rb, k, t;
	int changed = 1;

	/*
	 * "dos de los cinco integrantes de la Junta X", "two of them": a
	 * part of a set, which describes the persons named before it.
	 */
	a = skip_spaces(c->s, a, b);
	k = a + word_then_space(c->f, a, other_words);	/* "otros dos" */
	if (head_count(c, a, b) > 0 && (n = word_then_space(c->f, k =
	    skip_spaces(c->s, token_end(c->s, k, b), b), of_words)) > 0) {
		/*
		 * "two of its ancestral authorities", "dos de sus
		 * dirigentes": new persons of the group, counted
		 */
		if ((m = word_then_space(c->f, k + n, possessives)) > 0 &&
		    iachrp_match_in(c->f + k + n + m, kin_words, NULL) == 0 &&
		    c->count == 0)
			add_entry(c, a, b, 1);
		return;
	}
	/* "une autre défenseure ... protégée sous les initiales K.M.R.L." */
	a = named_from(c, a, b);
	while (changed) {
		changed = 0;
		a = skip_spaces(c->s, a, b);
		if ((n = label_len(c->s, a, b)) > 0 ||
		    (n = word_then_space(c->f, a, conjunctions)) > 0 ||
		    ((n = word_then_space(c->f, a, list_preps)) > 0 &&
		    head_count(c, a, b) == 0) ||
		    (n = word_then_space(c->f, a, articles)) > 0) {
			a += n;
			changed = 1;
		}
	}
	while (b > a && c->s[b - 1] == ' ')
		b--;
	if (b <= a)
		return;
	/*
	 * An aside in brackets, not an acronym: "X (known as "Chayo")",
	 * "J.A.S.I. (14)"
	 */
	if (c->s[b - 1] == ')' && (k = aside_start(c, a, b)) > a)
		b = k;
	/* "and issued Follow-Up Resolution 31/22": an act, not a person */
	if (iachrp_contains(c->f, a, b, iachrp_lex_resolution_cue))
		return;
	/*
	 * "los dirigentes del Sindicato X (SINTRACEO) Gregorio A. Salcedo":
	 * the person named after the acronym of the body the role is in.
	 */
	for (k = b; k > a && c->s[k - 1] != ')'; k--)
		;
	if (k > a && k < b && c->s[k] == ' ' && personal(c, k + 1, b) &&
	    iachrp_is_upper_at(c->s + k + 1)) {
		add_entry(c, k + 1, b, 0);
		return;
	}
	/*
	 * "the following justice operators": a set that a list names, its
	 * place kept for the names (and left out if no list follows).
	 */
	if (c->count == 0 && capitals(c->s, a, b) == 0 &&
	    iachrp_contains(c->f, a, b, listed_ahead_words)) {
		add_entry(c, a, b, 1);
		return;
	}
	/*
	 * Roles not followed by a name describe the person before them ("X,
	 * journalist of the portal Voz do Sertão", "X, a reporter for the
	 * outlet Y", "X, journaliste et présentateur de ..."); a role before
	 * a name is a title.
	 */
	/* "Guatemalan community journalist X": a nationality before a title */
	if (iachrp_state_at(c->f + a, &n) >= 0 && a + n < b &&
	    c->f[a + n] == ' ' && !iachrp_is_upper_at(c->s + a + n + 1) &&
	    titled(c, a + n + 1, b))
		a += n + 1;
	if (word_then_space(c->f, a, roles) > 0 && !titled(c, a, b))
		return;
	/* "three persons linked to X": X is not one of them. */
	if ((n = head_count(c, a, b)) > 0 && iachrp_contains(c->f, a, b,
	    relation_cues)) {
		if (c->count == 0) {
			c->count = (int)n;
			c->counted = json_array_size(c->list);
		}
		add_entry(c, a, b, 1);
		return;
	}
	if (affiliated(c, a, b, &ra, &rb)) {
		add_entry(c, ra, rb, 0);
		return;
	}
	if (kin_by_apposition(c, a, b))
		return;
	if ((k = possessed_kin(c, a, b)) < b) {
		if (k > a)
			entry(c, a, k);
		return;
	}
	if ((iachrp_contains(c->f, a, b, family_words) &&
	    capitals(c->s, a, b) == 0) || kin_of(c, a, b))
		return;
	/* "her two children", "sus hijos": relatives, unnamed. */
	if (word_then_space(c->f, a, possessives) > 0 &&
	    capitals(c->s, a, b) == 0)
		return;
	if (antecedent(c, a, b, &ra, &rb)) {
		add_entry(c, ra, rb, 1);
		return;
	}
	/* "those two persons": whom the text has named, not an entry */
	if (word_then_space(c->f, a, demonstratives) > 0 &&
	    capitals(c->s, a, b) == 0)
		return;
	/* "personas defensoras que integran el Centro X": the Centro */
	if ((k = made_up(c, a, b)) > a) {
		add_entry(c, k, b, 1);
		return;
	}
	/*
	 * A quoted name that names the entry ("the newspaper "El Faro""),
	 * not the place of a counted set ("cuatro personas ... en el
	 * Sistema Penitenciario "Jorge Navarro"").
	 */
	if (head_count(c, a, b) == 0 && quoted(c->s, a, b, &qa, &qb)) {
		/* "Juzgado de Mayor Riesgo "D"": a court's letter */
		if (qb - qa < 3)
			return;
		/* A nickname inside a name: "Marvin Antonio "El Chele" Cruz". */
		if (name_around(c, a, qa, qb, b))
			add_entry(c, a, b, 0);
		else
			add_entry(c, qa, qb, 1);
		return;
	}
	if (is_group(c, a, b)) {
		n = head_count(c, a, b);
		a = members_of(c, a, b);
		/*
		 * "three further beneficiaries", "six others", "journalists":
		 * no one named.
		 */
		if (capitals(c->s, a, b) == 0 && (!iachrp_contains(c->f, a, b,
		    group_nouns) || token_end(c->s, a, b) >= b))
			return;
		if (capitals(c->s, a, b) == 0 && iachrp_contains(c->f, a, b,
		    generic_nouns) && token_end(c->s, skip_spaces(c->s,
		    token_end(c->s, a, b), b), b) >= b)
			return;
		k = named_tail(c, a, b);
		t = k > a ? k : trailing_name(c, a, b);
		/*
		 * "las personas defensoras de derechos humanos Ana Pérez
		 * Soto": a person's name after a description of persons,
		 * unlike "workers of the newspaper El Faro", whose name
		 * follows a group's noun.
		 */
		if (t > a && personal(c, t, b) && !after_group_noun(c, a, t) &&
		    !after_place_prep(c, a, t)) {
			add_entry(c, t, b, 0);
			return;
		}
		/*
		 * "workers of the newspaper El Faro" is El Faro; "personas
		 * privadas de libertad en el pabellón B de la Cárcel X" are
		 * the persons held there; "las familias de la comunidad maya
		 * Las Pacayas" are the community's.
		 */
		if (!iachrp_contains(c->f, a, k, place_preps))
			a = place_head(c, a, k);
		/* A bracketed acronym after the full name is left out. */
		if (c->s[b - 1] == ')') {
			size_t k = b;

			while (k > a && c->s[k - 1] != '(')
				k--;
			if (k > a + 1)
				b = k - 1;
			while (b > a && c->s[b - 1] == ' ')
				b--;
		}
		/*
		 * "três integrantes da diretoria da Associação X": a counted
		 * set, which a later sentence may name one by one.
		 */
		if (n > 0 && c->count == 0) {
			c->count = (int)n;
			c->counted = json_array_size(c->list);
		}
		add_entry(c, a, b, 1);
		return;
	}
	if (!name_run(c, a, b, &ra, &rb))
		return;
	/*
	 * "quatro oficiais da Força Armada Nacional Bolivariana": a counted
	 * set, the name after "of" its institution's, not a person's.
	 */
	if ((n = head_count(c, a, ra)) > 0 && ra > a && ends_with_of(c->f, a,
	    end_before_article(c, a, ra))) {
		if (c->count == 0) {
			c->count = (int)n;
			c->counted = json_array_size(c->list);
		}
		add_entry(c, a, b, 1);
		return;
	}
	/* "..., United States": the State, named after a place. */
	if (iachrp_state_at(c->f + ra, &n) >= 0 && ra + n >= rb)
		return;
	/* A single capitalised word is a place or a description. */
	if (token_end(c->s, ra, rb) >= rb && !is_initials(c->s, ra, rb)) {
		/* "Mr. Pichiri": the person the text named in full */
		if (ra >= a + 2 && honorific_before(c, a, ra - 2))
			add_full_name(c, ra, rb);
		return;
	}
	/*
	 * "del Ministerio Público de Guatemala": an institution; "de la
	 * vereda El Placer": a place
	 */
	if ((!personal(c, ra, rb) && !is_initials(c->s, ra, rb)) ||
	    after_place_prep(c, a, ra))
		return;
	/* "el señor Caal Bol": the full name the body gives him */
	if (capitals(c->s, ra, rb) == 2 && ra > a && described_person(c, a,
	    ra)) {
		add_full_form(c, ra, rb);
		return;
	}
	add_entry(c, ra, rb, 0);
}

/*
 * Adds the person s[a, b) names in the fuller form the body gives ("Marcos
 * Caal Bol" for "Caal Bol"), unless an entry names that person.
 */
static void
add_full_form(struct ctx *c, size_t a, size_t b)
{
	json_t *short_form = json_stringn(c->s + a, b - a), *name;

	if (short_form == NULL) {
		iachrp_nomem(c->doc);
		return;
	}
	name = full_form(c, json_string_value(short_form));
	json_decref(short_form);
	if (name == NULL) {
		iachrp_nomem(c->doc);
		return;
	}
	if (entry_named(c, json_string_value(name), 0,
	    json_string_length(name))) {
		json_decref(name);
		return;
	}
	iachrp_trace_string(c->doc, "beneficiaries", json_string_value(name),
	    json_string_length(name), "a person named by the surname, in "
	    "the full form the body gives");
	iachrp_append(c->doc, c->list, iachrp_pair("name", name, "kind",
	    json_string("person")));
}

/*
 * Where the words of s[a, k) end, spaces and an article before k left
 * out: "de" of "de la X", "of" of "of the X".
 */
static size_t
end_before_article(const struct ctx *c, size_t a, size_t k)
{
	size_t t = word_before(c, a, &k);

	if (t < k && iachrp_match_in(c->f + t, articles, NULL) == k - t)
		word_before(c, a, &t);
	else
		t = k;
	return t;
}

/* True when the last word of s[a, b) is one of the n sorted words. */
static int
last_word_is(const struct ctx *c, size_t a, size_t b,
    const char *const *words, size_t n)
{
	size_t k = b;

	while (k > a && c->s[k - 1] != ' ')
		k--;
	return k < b && iachrp_match_sorted(c->f + k, words, n, NULL) ==
	    b - k;
}

/*
 * True when s[a, b) reads as a person's name: two capitalised words or
 * more, or initials ("KLR", "M.A.R.G."), and no group noun.
 */
static int
personal(const struct ctx *c, size_t a, size_t b)
{
	size_t n;

	while (b > a && c->s[b - 1] == ' ')
		b--;
	/* "J.A.S.I. (14)": the name before the age or nickname */
	if (b > a && c->s[b - 1] == ')')
		b = aside_start(c, a, b);
	if (is_group(c, a, b))
		return 0;
	/* "Ministerio Público de Guatemala": an institution, not a person */
	if ((iachrp_match_in(c->f + a, institution_words, NULL) > 0 ||
	    iachrp_match_in(c->f + a, place_words, NULL) > 0) &&
	    iachrp_match_in(c->f + a, roles, NULL) == 0)
		return 0;
	/* "Bolivarian National Armed Forces": a run ending with a head */
	if (last_word_is(c, a, b, iachrp_lex_institution_head,
	    IACHRP_NCUES(iachrp_lex_institution_head)))
		return 0;
	/* "pabellón B de la Cárcel X": a letter alone opens no name. */
	if (token_end(c->s, a, b) == a + 1 && a + 1 < b)
		return 0;
	n = name_words(c, a, b);
	return n >= 2 || (n == 1 && is_initials(c->s, a, b));
}

/*
 * True when a role or a noun of persons stands right before k in s[a, k),
 * past two adjectives at most: "human rights defenders", "defensores
 * ambientales", not "el pabellón" nor "en la cárcel".
 */
static int
described_person(const struct ctx *c, size_t a, size_t k)
{
	size_t e = k, t, last = 0;
	int i;

	for (i = 0; i < 3; i++) {
		if ((t = word_before(c, a, &e)) >= e)
			return 0;
		if (last == 0)
			last = e;	/* where a role of several words ends */
		if (role_len(c->f + t) == e - t ||
		    role_len(c->f + t) == last - t ||
		    iachrp_match_in(c->f + t, person_nouns, NULL) > 0)
			return 1;
		if (iachrp_match_in(c->f + t, of_words, NULL) == e - t ||
		    iachrp_match_in(c->f + t, articles, NULL) == e - t ||
		    iachrp_match_in(c->f + t, place_preps, NULL) == e - t)
			return 0;
		e = t;
	}
	return 0;
}

/*
 * Where the run of capitalised words that ends s[a, b) starts, particles
 * inside it ("Vilma Núñez de Escorcia"); b when there is none.
 */
static size_t
final_capitals(const struct ctx *c, size_t a, size_t b)
{
	size_t start = b;

	while (start > a) {
		size_t t = start, e;

		while (t > a && c->s[t - 1] == ' ')
			t--;
		e = t;
		while (t > a && c->s[t - 1] != ' ')
			t--;
		if (!iachrp_is_upper_at(c->s + t) && (start == b ||
		    iachrp_match_in(c->f + t, name_particles, NULL) != e - t))
			break;
		start = t;
	}
	while (start < b && !iachrp_is_upper_at(c->s + start))
		start = skip_spaces(c->s, token_end(c->s, start, b), b);
	return start;
}

/*
 * Where the name that ends s[a, b) starts after a description in lower
 * case ("human rights defenders Lottie Cunningham"), or a when s[a, b)
 * is not of that form.
 */
static size_t
trailing_name(const struct ctx *c, size_t a, size_t b)
{
	size_t start = final_capitals(c, a, b);

	if (start <= a || start >= b || capitals(c->s, a, start) != 0 ||
	    !personal(c, start, b) || !described_person(c, a, start))
		return a;
	return start;
}

/* True when s[a, b) ends with a person's name: "las niñas M.A.R.G.". */
static int
ends_personal(const struct ctx *c, size_t a, size_t b)
{
	size_t start;

	while (b > a && c->s[b - 1] == ' ')
		b--;
	if (b > a && c->s[b - 1] == ')')
		b = aside_start(c, a, b);
	start = final_capitals(c, a, b);
	return start < b && personal(c, start, b);
}

/* Where the next conjunction after i in s[i, b) is, or b. */
static size_t
next_conjunction(const struct ctx *c, size_t i, size_t b)
{
	for (; i < b; i++)
		if (c->f[i] == ' ' && word_then_space(c->f, i + 1,
		    conjunctions) > 0)
			return i;
	return b;
}

/*
 * True when s[a, b) is one capitalised word that can be a given name: no
 * role, particle, initials or group noun.
 */
static int
given_name_only(const struct ctx *c, size_t a, size_t b)
{
	a = skip_spaces(c->s, a, b);
	while (b > a && c->s[b - 1] == ' ')
		b--;
	return b > a + 1 && token_end(c->s, a, b) == b &&
	    iachrp_is_upper_at(c->s + a) && !is_initials(c->s, a, b) &&
	    iachrp_match_in(c->f + a, roles, NULL) != b - a &&
	    iachrp_match_in(c->f + a, group_nouns, NULL) == 0 &&
	    iachrp_match_in(c->f + a, articles, NULL) != b - a &&
	    strchr(c->s + a, '.') != c->s + b - 1;
}

/*
 * True when a person's name opens s[k, b) past three lower-case words at
 * most that say who the person is: "rapper B", "visual artist B", not
 * "her son B", whose kin the rules on relatives read.
 */
static int
described_name_ahead(const struct ctx *c, size_t k, size_t b)
{
	size_t e;
	int i;

	if (word_then_space(c->f, k, possessives) > 0)
		return 0;
	/*
	 * Words that say who, not "the capital of", "la sede de"; a title
	 * too ("Ms. B", "Father B").
	 */
	for (i = 0; i < 3 && k < b; i++) {
		e = token_end(c->s, k, b);
		if (iachrp_is_upper_at(c->s + k) && role_len(c->f + k) != e - k)
			break;
		if (c->s[e - 1] == ',' || iachrp_match_any(c->f + k,
		    function_words[c->lang], NULL) == e - k ||
		    word_then_space(c->f, k, place_preps) > 0)
			return 0;
		k = skip_spaces(c->s, e, b);
	}
	return i > 0 && persons_follow(c, k, b);
}

/* True when the word right before k is one of kin: "irmãos A". */
static int
kin_before(const struct ctx *c, size_t k)
{
	size_t e = k, t = word_before(c, 0, &e);

	return t < e && iachrp_match_in(c->f + t, kin_words, NULL) > 0;
}

/*
 * Where the given name that ends s[a, i) starts, when only words that
 * say who the person is stand before it, in lower case or of kin
 * ("Brother and sister Julio", "the siblings Julio"): else i.
 */
static size_t
given_name_before(const struct ctx *c, size_t a, size_t i)
{
	size_t g = i, k, e, first = i;
	int kin = 0;

	while (g > a && c->s[g - 1] == ' ')
		g--;
	while (g > a && c->s[g - 1] != ' ')
		g--;
	if (!given_name_only(c, g, i))
		return i;
	for (k = skip_spaces(c->s, a, g); k < g; k = skip_spaces(c->s, e, g)) {
		e = token_end(c->s, k, g);
		if (iachrp_match_in(c->f + k, kin_words, NULL) > 0)
			kin = 1;
		else if (iachrp_is_upper_at(c->s + k) &&
		    iachrp_match_in(c->f + k, articles, NULL) != e - k) {
			if (first != i)
				return i;
			first = k;
		}
	}
	if (first == i)
		return g;
	/*
	 * "os irmãos Gustavo Adolfo e Luisa Fernanda Pernía Rangel": two
	 * given names, right before the last, after words of kin.
	 */
	return (kin || kin_before(c, first)) &&
	    token_end(c->s, first, g) + 1 == g &&
	    given_name_only(c, first, g) ? first : i;
}

/*
 * True when s[a, i), before a comma, is a role with its complement ("la
 * gobernadora del resguardo indígena Las Delicias", "the governor of the
 * X reserve") and a person's name follows at k: the role is that
 * person's, and its complement names no entry.
 */
static int
role_of_next(const struct ctx *c, size_t a, size_t i, size_t k, size_t b)
{
	size_t j, n;

	a = skip_spaces(c->s, a, i);
	/* "y del representante legal del Consejo, A" */
	a += word_then_space(c->f, a, conjunctions);
	a += word_then_space(c->f, a, list_preps);
	a += word_then_space(c->f, a, of_words);
	a += word_then_space(c->f, a, articles);
	if ((n = word_then_space(c->f, a, roles)) == 0 ||
	    word_then_space(c->f, a + n, of_words) == 0)
		return 0;
	for (j = k; j < b && c->s[j] != ',' && c->s[j] != ';'; j++)
		;
	while (j > k && strchr(" .", c->s[j - 1]) != NULL)
		j--;
	return personal(c, k, j);
}

/*
 * Splits one comma segment at conjunctions: "X and the members of his
 * family", "X y de otras personas", "Aminta D'Cárdenas Soroa and Carlos
 * Manuel Álvarez"; keeps "Yanomami and Ye'kwana Indigenous Peoples",
 * "children and adolescents of the X people" and "Alternative for
 * Community and Environmental Vindication" whole.
 */
static void
segment(struct ctx *c, size_t a, size_t b)
{
	size_t i, n, k, g;

	for (i = a; i < b; i++) {
		if (c->f[i] != ' ' || (n = word_then_space(c->f, i + 1,
		    conjunctions)) == 0)
			continue;
		k = i + 1 + n;
		k += label_len(c->s, k, b);
		/* Not inside a group's name: "comunidade indígena Guarani e
		 * Kaiowá do Tekoha Pyelito Rendy" */
		if ((g = given_name_before(c, a, i)) < i && !is_group(c, a, i) &&
		    personal(c, k, next_conjunction(c, k, b))) {
			/* "Marcos and Valeria Torres": each with the surname. */
			size_t e = next_conjunction(c, k, b), sa;

			while (e > k && strchr(" ,;.", c->s[e - 1]) != NULL)
				e--;
			sa = skip_spaces(c->s, token_end(c->s, k, e), e);
			/*
			 * "Tatiane e Cláudio Henrique Moreira Lins": of three
			 * capitalised words or more after the first, the last
			 * two are the surnames, as a name of the region has
			 * two ("Luana e Letícia Ferreira da Silva").
			 */
			while (capitals(c->s, sa, e) >= 3)
				sa = skip_spaces(c->s, token_end(c->s, sa, e),
				    e);
			if (sa < e) {
				add_shared_surname(c, g, i, sa, e);
				a = k;
				i = k - 1;
				continue;
			}
		}
		if (word_then_space(c->f, k, list_preps) > 0 ||
		    word_then_space(c->f, k, articles) > 0 ||
		    iachrp_match_in(c->f + k, lower_starts, NULL) > 0 ||
		    /* "A e três jornalistas do jornal X": a counted set */
		    head_count(c, k, next_conjunction(c, k, b)) > 0 ||
		    (role_ahead(c, k, b) &&
		    titled(c, k, next_conjunction(c, k, b))) ||
		    (ends_personal(c, a, i) &&
		    (personal(c, k, next_conjunction(c, k, b)) ||
		    described_name_ahead(c, k, b)))) {
			entry(c, a, i);
			a = k;
			i = k - 1;
		}
	}
	entry(c, a, b);
}

/*
 * True when s[a, b), set off by commas after a group, names the people
 * the group belongs to ("the Native Community X, of the Shipibo-Konibo
 * people,"; "comunidade indígena X, do povo Guarani e Kaiowá,").
 */
static int
peoples_of_group(const struct ctx *c, size_t a, size_t b)
{
	size_t n = json_array_size(c->list);

	return n > 0 && strcmp(json_string_value(json_object_get(
	    json_array_get(c->list, n - 1), "kind")), "group") == 0 &&
	    word_then_space(c->f, a, of_words) > 0 &&
	    iachrp_contains(c->f, a, b, iachrp_lex_people_noun);
}

/*
 * True when s[a, b), set off by commas after a person, names where the
 * person works: an institution ("de la Fiscalía Especial contra la
 * Impunidad", "of the Supreme Court"), not a group of persons.
 */
static int
affiliation(const struct ctx *c, size_t a, size_t b)
{
	size_t n = json_array_size(c->list);
	const char *kind;

	if (n == 0)
		return 0;
	kind = json_string_value(json_object_get(json_array_get(c->list,
	    n - 1), "kind"));
	a += word_then_space(c->f, a, list_preps);
	a += word_then_space(c->f, a, articles);
	/* "de la station Radio X", "of the newspaper X" */
	if (word_then_space(c->f, a, media_nouns) > 0 &&
	    strcmp(kind, "person") == 0)
		return 1;
	return strcmp(kind, "person") == 0 && a < b &&
	    iachrp_is_upper_at(c->s + a) &&
	    (iachrp_contains(c->f, a, token_end(c->s, a, b),
	    institution_words) || iachrp_match_in(c->f + a, place_words,
	    NULL) > 0) && !iachrp_contains(c->f, a, b, membership);
}

/* True when s at a, set off by commas, says where: "del territorio X". */
static int
in_a_place(const struct ctx *c, size_t a)
{
	size_t n;

	if ((n = word_then_space(c->f, a, list_preps)) == 0)
		return 0;
	a += n;
	a += word_then_space(c->f, a, articles);
	return iachrp_match_in(c->f + a, place_nouns, NULL) > 0;
}

/*
 * True when s[a, b) is only capitalised words and conjunctions, and no
 * item is a person's name: "Ye'kwana e Munduruku", not "Claudia Ortega
 * Ríos and Iván Saldaña Medina".
 */
static int
name_list_tail(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, item = a;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		if (iachrp_match_in(c->f + i, conjunctions, NULL) == e - i) {
			if (personal(c, item, i))
				return 0;
			item = skip_spaces(c->s, e, b);
			continue;
		}
		if (!iachrp_is_upper_at(c->s + i))
			return 0;
	}
	return !personal(c, item, b);
}

/*
 * "niños, niñas y adolescentes de las comunidades Wayuu", "women, men
 * and children of the X people", "15 niñas, niños y adolescentes
 * migrantes alojados en la Estación Migratoria Siglo XXI": common nouns
 * listed before "of" and a group, or before a name, are one group.
 * Returns where "of" or the name is, or a when s[a, b) does not start so.
 */
static size_t
nouns_of_group(const struct ctx *c, size_t a, size_t b)
{
	size_t i, e, k, nouns = 0;
	int joined = 0;

	for (i = a; i < b; i = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, i, b);
		/* "... migrantes alojados en la Estación Migratoria Siglo XXI" */
		if (iachrp_is_upper_at(c->s + i))
			return nouns >= 2 && joined ? i : a;
		/* A head count: "15 niñas, niños y adolescentes" */
		if (nouns == 0 && c->s[i] >= '0' && c->s[i] <= '9')
			continue;
		if (iachrp_match_in(c->f + i, of_words, NULL) == e - i) {
			k = skip_spaces(c->s, e, b);
			k += word_then_space(c->f, k, articles);
			if (nouns >= 2 && joined && k < b &&
			    iachrp_match_in(c->f + k, group_nouns, NULL) > 0)
				return i;
			return a;
		}
		if (iachrp_match_in(c->f + i, conjunctions, NULL) == e - i) {
			joined = 1;
			continue;
		}
		if (nouns == 0 && word_then_space(c->f, i, articles) > 0)
			continue;
		if (c->s[e - 1] == ',')
			joined = 1;
		else if (!joined && nouns > 0)
			return a;	/* two words in a row: no list */
		nouns++;
	}
	return a;
}

/*
 * True when the last person of s[a, b) is told by kin or role alone,
 * the name to follow: "Daymí Reyes Fonseca y del hijo de esta", "e de
 * sua liderança espiritual".
 */
static int
ends_with_kin(const struct ctx *c, size_t a, size_t b)
{
	size_t i, last = a;

	for (i = a; i < b; i = skip_spaces(c->s, token_end(c->s, i, b), b))
		if (word_then_space(c->f, i, conjunctions) > 0)
			last = i;
	return capitals(c->s, last, b) == 0 &&
	    (iachrp_contains(c->f, last, b, kin_words) ||
	    (iachrp_contains(c->f, last, b, possessives) &&
	    iachrp_contains(c->f, last, b, roles)));
}

/*
 * Where the names of s[a, b) start past a naming cue before them
 * ("crianças identificadas pelas iniciais A e B"); a when there is none.
 */
static size_t
named_from(const struct ctx *c, size_t a, size_t b)
{
	size_t i, m;

	for (i = a; i < b; i++) {
		/* past an acronym: "personnes LGBTI dont l'identité ..." */
		if ((i == a || c->s[i - 1] == ' ') &&
		    iachrp_is_upper_at(c->s + i)) {
			if (!has_acronym(c->s, i, token_end(c->s, i, b)))
				break;
			i = token_end(c->s, i, b);
			continue;
		}
		if ((i == a || c->s[i - 1] == ' ') &&
		    (m = iachrp_match_in(c->f + i, naming_cues, NULL)) > 0)
			return skip_spaces(c->s, i + m, b);
	}
	return a;
}

/*
 * True when s[k, b) names, one by one, as many persons as the head count
 * of the set s[a, i) before it counts: "two journalists of the daily El
 * Vigía, Claudia Ortega Ríos and Iván Saldaña Medina".  The names are
 * the entries, not the set.
 */
static int
counted_persons_follow(const struct ctx *c, size_t a, size_t i, size_t k,
    size_t b)
{
	int count = head_count(c, a, i), persons = 0;
	size_t e, n;

	if (count < 2)
		return 0;
	while (k < b) {
		k += word_then_space(c->f, k, conjunctions);
		e = next_conjunction(c, k, b);
		for (n = k; n < e && !(c->s[n] == ',' && c->s[n + 1] == ' ');
		    n++)
			;
		if (!personal(c, k, n) || ++persons > count)
			return 0;
		k = skip_spaces(c->s, n + (n < b && c->s[n] == ','), b);
	}
	return persons == count;
}

/* Cuts the phrase s[a, b) at commas and hands out the entries. */
static void
phrase(struct ctx *c, size_t a, size_t b)
{
	size_t start, i, k, n, m, nouns, given[8][2], ngiven = 0, g, e;
	int first = 1, kinship = 0, placed = 0, respective = 0;

	a = named_from(c, a, b);
	start = a;
	nouns = nouns_of_group(c, a, b);
	c->surname_a = c->surname_b = 0;

	for (i = a; i <= b; i++) {
		if (i < b && !(c->s[i] == ',' && c->s[i + 1] == ' '))
			continue;
		if (i < nouns)
			continue;
		k = skip_spaces(c->s, i + 1, b);
		if (i < b && name_list_tail(c, k, token_end(c->s, k, b)) &&
		    is_group(c, start, i)) {
			/* "povos Yanomami, Ye'kwana e Munduruku": one entry. */
			size_t j = k;

			while (j < b && !(c->s[j] == ',' && c->s[j + 1] == ' '))
				j++;
			if (name_list_tail(c, k, j)) {
				i = j - 1;
				continue;
			}
		}
		/*
		 * "sus hijos Dayana, Kevin y Samuel Cuesta Mosquera": a given
		 * name alone before a comma takes the surname the list's last
		 * names share.
		 */
		e = i < b ? i : b;
		while (e > start && strchr(" .", c->s[e - 1]) != NULL)
			e--;
		if (i < b && ngiven < 8 && (kinship || ngiven > 0 ||
		    (iachrp_contains(c->f, start, e, kin_words) &&
		    /* not "las familias de la comunidad Las Pacayas," */
		    !is_group(c, start, e))) &&
		    (g = given_name_before(c, start, e)) < e &&
		    given_name_only(c, g, e)) {
			given[ngiven][0] = g;
			given[ngiven++][1] = e;
		} else if (first && i < b && counted_persons_follow(c, start,
		    i, k, b))
			;	/* the set's members are named next */
		else if (i < b && role_of_next(c, start, i, k, b))
			placed = 0;	/* "la gobernadora del resguardo X, A" */
		else if (first) {
			segment(c, start, i < b ? i : b);
			kinship = ends_with_kin(c, start, i < b ? i : b);
		} else {
			size_t s0 = start;

			n = word_then_space(c->f, s0, conjunctions);
			s0 += n;
			s0 += label_len(c->s, s0, b);
			k = s0 + word_then_space(c->f, s0, articles);
			k += word_then_space(c->f, k, possessives);
			/* "A and B, president and secretary, respectively,
			 * of the Council X": the roles' affiliation */
			if (respective) {
				respective = 0;
				if (word_then_space(c->f, s0, of_words) > 0) {
					first = 0;
					start = i + 2;
					i++;
					continue;
				}
			}
			if (n == 0 && (iachrp_match_in(c->f + s0,
			    iachrp_lex_nickname_cue, NULL) > 0 ||
			    nickname_given(c, s0, i < b ? i : b)))
				;	/* "A, conocido como "El Chino"" */
			else if (token_end(c->s, s0, i < b ? i : b) ==
			    (i < b ? i : b) && iachrp_match_in(c->f + s0,
			    respectively_words, NULL) == (i < b ? i : b) - s0)
				respective = 1;
			else if ((m = named_from(c, s0, i < b ? i : b)) > s0 ||
			    (m = s0 + among_cue_at(c, s0)) > s0) {
				/*
				 * "..., entre ellos la lideresa X y ...", "...,
				 * as crianças identificadas pelas iniciais A e B"
				 */
				segment(c, m, i < b ? i : b);
				placed = 0;
			}
			else if (n == 0 && affiliation(c, s0, i < b ? i : b))
				;	/* "X, de la Fiscalía Especial, ..." */
			else if (n == 0 && peoples_of_group(c, s0,
			    i < b ? i : b))
				;	/* "Community X, of the Y people, ..." */
			else if (n == 0 && in_a_place(c, s0))
				;	/* "..., del territorio indígena X" */
			else if (n == 0 && (placed || word_then_space(c->f,
			    s0, location_words) > 0))
				/* "..., localizada no município de X, Y, ..." */
				placed = 1;
			else if (n == 0 && kinship &&
			    word_then_space(c->f, s0, of_words) > 0)
				;	/* "A y B, hija y yerno, de la periodista X" */
			else if (n > 0 || iachrp_is_upper_at(c->s + s0) ||
			    /* "..., reporter covering Miskitu communities"
			     * describes the person before it */
			    (word_then_space(c->f, k, roles) > 0 &&
			    name_soon(c, k, i < b ? i : b)) ||
			    /* "..., le dirigeant paysan B et la ..." */
			    (k > s0 && described_name_ahead(c, k,
			    i < b ? i : b)) ||
			    (word_then_space(c->f, s0, list_preps) > 0 &&
			    !(c->lang == IACHRP_EN &&
			    word_then_space(c->f, s0, articles) > 0)) ||
			    (kinship && capitals(c->s, s0, i < b ? i : b) > 0) ||
			    (word_then_space(c->f, s0, possessives) > 0 &&
			    iachrp_contains(c->f, s0, i < b ? i : b,
			    kin_words) && capitals(c->s, s0, i < b ? i : b) > 0)) {
				/*
				 * "del hijo de esta, el niño A.L.C.R., de 9
				 * años", "A, son épouse B et leur fils C"
				 */
				segment(c, start, i < b ? i : b);
				kinship = ends_with_kin(c, s0, i < b ? i : b);
				placed = 0;
			} else if (k > s0 && iachrp_contains(c->f, s0,
			    i < b ? i : b, kin_words))
				kinship = 1;	/* "..., su esposo, B" */
			/* "A y B, hermanos, comerciantes de X": what they are */
			/* else a description set off by commas */
		}
		first = 0;
		start = i + 2;
		i++;
	}
	for (k = 0; k < ngiven && c->surname_b > c->surname_a; k++)
		add_shared_surname(c, given[k][0], given[k][1], c->surname_a,
		    c->surname_b);
}

/*
 * After the measures, insertions set off by commas that hold a date or a
 * number ("medidas cautelares, el 21 de abril de 2022, mediante
 * Resolución 24/22, a los integrantes"): where the text goes on.
 */
static size_t
skip_insertions(const char *f, size_t j, size_t to)
{
	size_t k, n, next;
	int digit, times;

	if (j + 2 >= to || f[j] != ',' || f[j + 1] != ' ')
		return j;
	for (next = j + 2, times = 0; times < 3; times++) {
		digit = 0;
		for (k = next, n = 0; k < to && f[k] != ',' && n < 80; k++, n++)
			if (f[k] >= '0' && f[k] <= '9')
				digit = 1;
		if (k >= to || f[k] != ',' || !digit)
			break;
		j = skip_spaces(f, k + 1, to);
		next = j;
	}
	return j;
}

/*
 * A short insertion in brackets at j ("measures (MC-1067-18) to X"):
 * where the text goes on after it; j when there is none.
 */
static size_t
skip_bracket(const char *f, size_t j, size_t to)
{
	size_t k;

	if (j >= to || f[j] != '(')
		return j;
	for (k = j + 1; k < to && k < j + 40 && f[k] != ')' && f[k] != '('; k++)
		;
	if (k >= to || f[k] != ')')
		return j;
	return skip_spaces(f, k + 1, to);
}

/*
 * A date right after the measures ("granted precautionary measures on
 * March 2, 2024, to X", "on April 3 to X", "granted in 2019 to X"):
 * where the text goes on after it; j when there is none.
 */
static size_t
skip_date(const struct ctx *c, size_t j, size_t to)
{
	struct iachrp_date d;
	size_t k, n;

	if ((k = word_then_space(c->f, j, date_preps)) == 0 &&
	    (k = word_then_space(c->f, j, iachrp_lex_year_prep)) == 0)
		return j;
	/* a day without its year: checked against a leap year */
	if (((n = iachrp_parse_date(c->f + j + k, c->lang, &d)) == 0 &&
	    (n = iachrp_parse_day_month(c->f + j + k, 2024, &d)) == 0 &&
	    (n = iachrp_parse_month_year(c->f + j + k)) == 0) ||
	    j + k + n > to)
		return j;
	return skip_spaces(c->f, j + k + n, to);
}

/*
 * After the measures, their file number ("measures PM 1072-21 to X",
 * "medidas MC-745-22 a favor de"): where the text goes on.
 */
static size_t
skip_file_number(const char *f, size_t j, size_t to)
{
	size_t k = j, n, digits;

	if ((n = iachrp_match_in(f + k, iachrp_lex_measure_cue, NULL)) > 0)
		k += n;
	while (k < to && (f[k] == ' ' || f[k] == '-'))
		k++;
	if ((n = iachrp_match_in(f + k, iachrp_lex_number_sign, NULL)) > 0)
		k = skip_spaces(f, k + n, to);
	for (digits = 0; k < to && ((f[k] >= '0' && f[k] <= '9') ||
	    ((f[k] == '-' || f[k] == '/') && digits > 0)); k++)
		digits++;
	if (digits < 3 || k == j)
		return j;
	if (k < to && f[k] == ',')
		k++;
	return skip_spaces(f, k, to);
}

/* The first letters of the beneficiary cues and of the measures' nouns. */
static void
cue_starts(struct iachrp_cueset *set)
{
	struct iachrp_cueset nouns;
	int i;

	iachrp_cueset_init(set, strong_cues, IACHRP_NCUES(strong_cues),
	    sizeof(*strong_cues));
	iachrp_cueset_init(&nouns, measure_nouns, IACHRP_NCUES(measure_nouns),
	    sizeof(*measure_nouns));
	for (i = 0; i < 27; i++)
		set->pair[i] |= nouns.pair[i];
}

/*
 * After the measures, how they were granted ("the measures it had
 * granted in 2016 to X", "las medidas otorgadas en 2016 a X"): where the
 * text goes on; j when it does not say.
 */
static size_t
skip_grant(const struct ctx *c, size_t j, size_t to)
{
	size_t k = j, n;
	int words;

	/*
	 * "it had", "que había", "that had been": short words before the
	 * participle
	 */
	for (words = 0; words < 4 && k < to; words++) {
		if ((n = iachrp_match_in(c->f + k, granted_words, NULL)) > 0) {
			k = skip_spaces(c->f, token_end(c->f, k + n - 1, to),
			    to);
			return skip_date(c, k, to);
		}
		if (token_end(c->f, k, to) - k > 6 ||
		    !iachrp_is_alpha_at(c->f + k))
			break;
		k = skip_spaces(c->f, token_end(c->f, k, to), to);
	}
	return j;
}

/*
 * The first cue at or after offset from in s[from, to): sets *at to where
 * the beneficiaries start; returns 0 when there is none.
 */
static int
find_cue(const struct ctx *c, size_t from, size_t to, size_t *at)
{
	const char *f = c->f;
	size_t i, n, j, k;

	for (i = (size_t)(iachrp_word_at(f, f + from) - f); i < to;
	    i = (size_t)(iachrp_word_at(f, f + i + 1) - f)) {
		if (!iachrp_cueset_may(&c->cue_starts, f + i))
			continue;
		if ((n = iachrp_match_in(f + i, strong_cues, NULL)) > 0) {
			j = skip_spaces(f, i + n, to);
			if ((k = iachrp_match_in(f + j, rights_heads,
			    NULL)) > 0) {
				/* "protect the rights to life ... of X" */
				for (j += k; j < to; j++) {
					if (f[j] == ' ' && (k = word_then_space(
					    f, j + 1, of_words)) > 0) {
						j += 1 + k;
						break;
					}
				}
			}
			/*
			 * "with respect to the measures", "regarding
			 * Precautionary Measure No. 112-16": not persons.
			 */
			k = j + word_then_space(f, j, articles);
			while ((n = word_then_space(f, k, measure_words)) > 0)
				k += n;
			/* "regarding Nicaragua", "respecto de Guatemala" */
			if (iachrp_state_at(f + k, &n) >= 0 &&
			    !iachrp_is_alpha_at(f + k + n))
				continue;
			/* "relativa à MC 218-20": the measure, by its number */
			if (skip_file_number(f, k, to) != k)
				continue;
			if (j < to && iachrp_match_in(f + k, measure_nouns,
			    NULL) == 0) {
				*at = j;
				return 1;
			}
		}
		if ((n = iachrp_match_in(f + i, measure_nouns, NULL)) > 0) {
			j = skip_spaces(f, i + n, to);
			while ((k = word_then_space(f, j, measure_words)) > 0)
				j += k;
			if ((k = iachrp_match_in(f + j, measure_words,
			    NULL)) > 0 && f[j + k] == ',')
				j += k;
			j = skip_bracket(f, j, to);
			j = skip_file_number(f, j, to);
			j = skip_grant(c, j, to);
			k = j;
			j = skip_date(c, j, to);
			/* "on June 13, 2008, for X": the date's closing comma */
			if (j > k && j + 1 < to && f[j] == ',' &&
			    word_then_space(f, skip_spaces(f, j + 1, to),
			    measure_preps) > 0)
				j = skip_spaces(f, j + 1, to);
			j = skip_insertions(f, j, to);
			/* "medidas cautelares a favor de": the cue's turn. */
			if (iachrp_match_in(f + j, strong_cues, NULL) > 0)
				continue;
			if ((k = word_then_space(f, j, measure_preps)) > 0 &&
			    /* French "a", unaccented, is a verb: "a été" */
			    !(c->lang == IACHRP_FR && k == 2 && c->s[j] == 'a') &&
			    /* "à la demande de X": who asked, not for whom */
			    iachrp_match_in(f + j, iachrp_lex_request_of,
			    NULL) == 0) {
				j += k;
				/* "measures for the protection of X" */
				if ((k = word_then_space(f, j,
				    protection_of)) > 0)
					j += k;
				/* "measures to protect X" */
				if ((k = iachrp_match_in(f + j, strong_cues,
				    NULL)) > 0)
					continue;
				/* "relativa à MC 218-20, a Comissão avaliou" */
				if (iachrp_match_in(f + j + word_then_space(f, j,
				    articles), iachrp_lex_commission_word,
				    NULL) > 0)
					continue;
				*at = j;
				return 1;
			}
		}
	}
	return 0;
}

/*
 * When the verb at verb is a passive participle ("were granted"): where
 * its auxiliary starts; otherwise 0.
 */
static size_t
passive(const struct ctx *c, size_t verb)
{
	size_t i = verb, j;

	while (i > 0 && c->f[i - 1] == ' ')
		i--;
	j = i;
	while (j > 0 && c->f[j - 1] != ' ')
		j--;
	return i > j && iachrp_match_in(c->f + j, passive_aux, NULL) ==
	    i - j ? j : 0;
}

/*
 * After a passive decision verb at verb: where a ", to X" phrase naming
 * persons or groups starts (a capital, members or a group's noun
 * follows), or 0.
 */
static size_t
passive_target(const struct ctx *c, size_t verb, size_t to)
{
	size_t i, k, n, a;

	if (!passive(c, verb))
		return 0;
	for (i = verb; i + 1 < to; i++) {
		/* After a comma or the agent: "par la CIDH à la communauté" */
		if ((c->f[i] != ',' || c->f[i + 1] != ' ') &&
		    (c->f[i] != ' ' || !agent_ends(c, verb, i)))
			continue;
		k = c->f[i] == ',' ? i + 2 : i + 1;
		if ((n = word_then_space(c->f, k, passive_preps)) == 0 ||
		    k + n >= to || state_phrase(c->f, k) > 0)
			continue;
		a = k + n + word_then_space(c->f, k + n, articles);
		if (iachrp_is_upper_at(c->s + a) ||
		    iachrp_match_in(c->f + a, membership, NULL) > 0 ||
		    iachrp_match_in(c->f + a, group_nouns, NULL) > 0)
			return k + n;
	}
	return 0;
}

/*
 * True when the agent of a passive verb at verb ends at i: "étendues par
 * la CIDH", "... par la Commission interaméricaine des droits de
 * l'homme (CIDH)".
 */
static int
agent_ends(const struct ctx *c, size_t verb, size_t i)
{
	size_t k, n;

	for (k = verb; k < i; k++)
		if (c->f[k] == ' ' && (n = word_then_space(c->f, k + 1,
		    iachrp_lex_agent_prep)) > 0)
			break;
	if (k >= i || k > verb + 40)
		return 0;
	/* the agent's last word: the Commission's name or its acronym */
	for (k = i; k > verb && c->f[k - 1] != ' '; k--)
		;
	return c->f[i - 1] == ')' || iachrp_match_in(c->f + k,
	    iachrp_lex_commission_word, NULL) == i - k;
}

/*
 * True when s[a, b) describes persons without naming them: "nueve
 * personas privadas de libertad", "three journalists", no capital.
 */
static int
unnamed_set(const struct ctx *c, size_t a, size_t b)
{
	return capitals(c->s, a, b) == 0 && is_group(c, a, b);
}

/*
 * Where a group's name set off by a comma starts right after end (", la
 * Fundación X", ", the Y Indigenous Community"), or 0: capitalised, with
 * a group's head noun.
 */
static size_t
named_group_after(const struct ctx *c, size_t end, size_t to)
{
	size_t k, e;

	if (end + 2 >= to || c->s[end] != ',' || c->s[end + 1] != ' ')
		return 0;
	k = end + 2;
	k += word_then_space(c->f, k, articles);
	if (k >= to || !iachrp_is_upper_at(c->s + k))
		return 0;
	e = phrase_end(c, k, to);
	return e > k && is_group(c, k, e) ? end + 2 : 0;
}

/*
 * The colon or the "namely" that ends a phrase at end, right there or
 * past the places and words that qualify it ("... in Nicaragua:", "...,
 * en el municipio de Tumaco, departamento de Nariño:", "..., namely:",
 * "..., à savoir"): the offset of its last character, or 0.  *namely
 * tells which.
 */
static size_t
names_open_after(const struct ctx *c, size_t end, size_t to, int *namely)
{
	size_t k, n;

	*namely = 0;
	for (k = end; k < to && k < end + 160; k++) {
		if (c->f[k] == '(' && (n = skip_bracket(c->f, k, to)) > k) {
			k = n - 1;	/* "(community council)" */
			continue;
		}
		if (c->f[k] == ':')
			return k;
		if (c->f[k] == ';' || c->f[k] == '(')
			return 0;
		if (k > end && c->f[k - 1] == ' ' &&
		    (n = namely_at(c->f, k)) > 0) {
			k = skip_spaces(c->f, k + n, to);
			*namely = 1;
			/* "namely:", "a saber, A, B y C" */
			return k < to && (c->f[k] == ':' || c->f[k] == ',') ?
			    k : k - 1;
		}
	}
	return 0;
}

/*
 * After a phrase that ends at end, past the State: where the names of
 * "among them A and B" start, or 0.
 */
static size_t
among_after(const struct ctx *c, size_t end, size_t to)
{
	size_t k, n;

	/* Past the places that qualify the set: ", ubicada en X, Honduras," */
	for (k = end; k < to && k < end + 160 && c->f[k] != ';' &&
	    c->f[k] != ':'; k++) {
		if ((k > 0 && c->f[k - 1] != ' ') ||
		    (n = among_cue_at(c, k)) == 0)
			continue;
		k = skip_spaces(c->f, k + n, to);
		/*
		 * "entre ellos la lideresa X", "incluídas as lideranças X",
		 * "entre ellos su representante legal, X"
		 */
		return name_soon(c, k, to) ? k : 0;
	}
	return 0;
}

/*
 * The bytes of a cue of persons among a set at k ("entre ellos", "dont"),
 * or 0; not "dont" of whose role follows ("la POHAJ, dont la directrice
 * exécutive, Me X"), whose person is no member of the set.
 */
static size_t
among_cue_at(const struct ctx *c, size_t k)
{
	size_t n = iachrp_match_in(c->f + k, among_cues, NULL), t;

	if (n == 0 || iachrp_match_in(c->f + k, iachrp_lex_whose_cue,
	    NULL) != n)
		return n;
	t = skip_spaces(c->f, k + n, k + n + 2);
	t += word_then_space(c->f, t, articles);
	return word_then_space(c->f, t, roles) > 0 ? 0 : n;
}

/*
 * True when a person's name comes within a few words after a, past the
 * words that say who the person is ("sa compagne, la poétesse Y").
 */
static int
name_soon(const struct ctx *c, size_t a, size_t to)
{
	int i;

	for (i = 0; i < 10 && a < to && c->s[a] != ';' && c->s[a] != '.'; i++) {
		if (iachrp_is_upper_at(c->s + a))
			return persons_follow(c, a, to);
		/* "including by strengthening the Indigenous Guard" */
		if (word_then_space(c->f, a, iachrp_lex_agent_prep) > 0)
			return 0;
		a = skip_spaces(c->s, token_end(c->s, a, to), to);
	}
	return 0;
}

/* True when a person's name opens s[a, to): two capitalised words. */
static int
persons_follow(const struct ctx *c, size_t a, size_t to)
{
	size_t e = token_end(c->s, a, to), e2;

	if (a >= to || !iachrp_is_upper_at(c->s + a) || c->s[e - 1] == ',' ||
	    is_initials(c->s, a, e))
		return is_initials(c->s, a, e - (c->s[e - 1] == ','));
	e2 = token_end(c->s, skip_spaces(c->s, e, to), to);
	return e < to && personal(c, a, e2 - (c->s[e2 - 1] == ','));
}

/*
 * Where a purpose cue after verb in s[verb, to) starts, when persons or
 * a set follow it; otherwise verb.
 */
static size_t
purpose_at(const struct ctx *c, size_t verb, size_t to)
{
	const char *p;
	size_t n, k;

	for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
	    p = iachrp_word_at(c->f, p + 1)) {
		if ((n = iachrp_match_in(p, purpose_cues, NULL)) == 0)
			continue;
		k = skip_spaces(c->f, (size_t)(p - c->f) + n, to);
		k += word_then_space(c->f, k, list_preps);
		k += word_then_space(c->f, k, articles);
		if (k < to && (iachrp_is_upper_at(c->s + k) ||
		    head_count(c, k, to) > 0 ||
		    iachrp_match_in(c->f + k, membership, NULL) > 0 ||
		    iachrp_match_in(c->f + k, group_nouns, NULL) > 0 ||
		    (role_ahead(c, k, to) && titled(c, k, to))))
			return (size_t)(p - c->f);
	}
	return verb;
}

/*
 * In an extension, "the measures granted in favor of X, to Y": X is
 * protected already, Y is new.  Where Y starts, or verb when the
 * sentence is not of that form.
 */
static size_t
after_earlier_grant(const struct ctx *c, size_t verb, size_t to)
{
	const char *p;
	size_t n, k, at, end;

	for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
	    p = iachrp_word_at(c->f, p + 1)) {
		if ((n = iachrp_match_in(p, granted_words, NULL)) == 0)
			continue;
		/* Past the phrase, the rest of a stem's word, a date. */
		k = skip_spaces(c->f, token_end(c->f, (size_t)(p - c->f) +
		    n - 1, to), to);
		k = skip_date(c, k, to);
		if ((n = iachrp_match_in(c->f + k, strong_cues, NULL)) == 0)
			continue;
		at = skip_spaces(c->f, k + n, to);
		end = phrase_end(c, at, to);
		for (k = at; k <= end && k + 2 < to; k++) {
			if (c->f[k] != ',' || c->f[k + 1] != ' ' ||
			    (n = word_then_space(c->f, k + 2,
			    passive_preps)) == 0 || state_phrase(c->f, k + 2) > 0)
				continue;
			return k + 2 + n;
		}
		return verb;
	}
	return verb;
}

/*
 * A copy of c with an empty list of its own, for rules that look before
 * they add; 0, or -1 (marked out of memory).
 */
static int
new_scratch(struct ctx *scratch, const struct ctx *c)
{
	*scratch = *c;
	if ((scratch->list = json_array()) == NULL) {
		iachrp_nomem(c->doc);
		return -1;
	}
	return 0;
}

/* Adds the persons, and only those, that the phrase s[a, b) names. */
static void
persons_of_phrase(struct ctx *c, size_t a, size_t b)
{
	struct ctx scratch;
	const json_t *v, *w;
	const char *name;
	size_t i, k;

	if (b <= a || new_scratch(&scratch, c) != 0)
		return;
	scratch.count = 1;	/* no set of its own */
	phrase(&scratch, a, b);
	json_array_foreach(scratch.list, i, v) {
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0)
			continue;
		name = json_string_value(json_object_get(v, "name"));
		json_array_foreach(c->list, k, w)
			if (same_person(name, 0, strlen(name), json_string_value(
			    json_object_get(w, "name"))))
				break;
		if (k == json_array_size(c->list) &&
		    iachrp_append(c->doc, c->list, json_incref((json_t *)v)))
			break;
	}
	json_decref(scratch.list);
}

/*
 * A group protected by a grant whose members a later sentence names
 * "among them" ("the members of the Garífuna Community of Punta
 * Caimito, among them A and B, are in a serious and urgent situation"):
 * adds them, if persons.
 */
static void
members_among_later(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead)
{
	size_t n = json_array_size(c->list), e, i, j, k, to, len;
	const char *name, *at;

	for (j = 0; j < n; j++) {
		const json_t *v = json_array_get(c->list, j);

		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") != 0)
			continue;
		name = json_string_value(json_object_get(v, "name"));
		len = strlen(name);
		for (i = lead + 1; i < doc->npara; i++) {
			const struct iachrp_para *p = &doc->para[i];

			if (p->kind != IACHRP_BODY || p->mandate)
				continue;
			c->s = p->s;
			c->f = p->f;
			for (at = strstr(p->s, name); at != NULL;
			    at = strstr(at + len, name)) {
				e = (size_t)(at - p->s) + len;
				to = iachrp_sentence_end(p->s, e);
				if ((k = among_after(c, e, to)) > 0)
					persons_of_phrase(c, k, phrase_end(c, k,
					    to));
			}
			members_of_noun_later(c, p, name);
		}
	}
}

/* True when s[a, b) is a word of name, whatever its case. */
static int
word_of_name(const char *s, size_t a, size_t b, const char *name)
{
	const char *w;

	for (w = name; *w != '\0'; w++)
		if ((w == name || w[-1] == ' ') &&
		    strncasecmp(w, s + a, b - a) == 0 &&
		    (w[b - a] == ' ' || w[b - a] == '\0'))
			return 1;
	return 0;
}

/*
 * The members named after the group's head noun taken up again in a
 * later sentence: "La familia, integrada por nueve personas, entre ellas
 * A y su hijo B", "They cover the members of the community, among them
 * its leaders A and B".  Adds them.
 */
static void
members_of_noun_later(struct ctx *c, const struct iachrp_para *p,
    const char *name)
{
	size_t w, at, t, e, k, n;

	for (w = 0; w < p->nword; w++) {
		at = p->word[w];
		if ((n = word_then_space(p->f, at, articles)) == 0)
			continue;
		t = at + n;
		e = token_end(p->s, t, p->len);
		if (p->s[e - 1] == ',')
			e--;
		if (iachrp_match_in(p->f + t, group_nouns, NULL) == 0 ||
		    !word_of_name(p->s, t, e, name))
			continue;
		if ((k = among_after(c, e, iachrp_sentence_end(p->s, e))) > 0)
			persons_of_phrase(c, k, phrase_end(c, k,
			    iachrp_sentence_end(p->s, e)));
	}
}

/* True when s[t, e) is one word of the class words. */
static int
word_is(const struct ctx *c, size_t t, size_t e, const char *const *words,
    size_t nwords)
{
	return t < e && iachrp_match_sorted(c->f + t, words, nwords, NULL) ==
	    e - t;
}

/*
 * True when the capitalised run s[at, end) names something a person is
 * part of, not a person: after an article ("members of the Indigenous
 * Guard"), after kin, members or media and "of" ("the relatives of Berta
 * Cáceres"), a medium itself ("Radio Kalfou"), a nickname in quotes, or
 * a possessor of kin ("Berta Cáceres' relatives").
 */
static int
not_a_person_here(const struct ctx *c, size_t at, size_t end)
{
	size_t e1 = at, t1 = word_before(c, 0, &e1), e2 = t1, t2, k = end;

	t2 = word_before(c, 0, &e2);
	/* "a", "o" and "à" also stand before a person: "proteger a X". */
	if (e1 - t1 > iachrp_char_len(c->s + t1) &&
	    word_is(c, t1, e1, articles, IACHRP_NCUES(articles)))
		return 1;
	if (word_is(c, t1, e1, of_words, IACHRP_NCUES(of_words)) &&
	    (word_is(c, t2, e2, kin_words, IACHRP_NCUES(kin_words)) ||
	    iachrp_match_in(c->f + t2, membership, NULL) > 0 ||
	    media_noun_at(c, t2, e2)))
		return 1;
	if (media_noun_at(c, at, token_end(c->s, at, end)))
		return 1;
	/*
	 * "a organização solicitante, Justiça Global", "the applicant
	 * organization, Cristosal": an organisation's name
	 */
	if (e1 > t1 && c->s[e1 - 1] == ',' && (iachrp_match_in(c->f + t1,
	    organisation_nouns, NULL) == e1 - 1 - t1 ||
	    (iachrp_match_in(c->f + t1, iachrp_lex_ask_noun, NULL) ==
	    e1 - 1 - t1 && iachrp_match_in(c->f + t2, organisation_nouns,
	    NULL) == e2 - t2)))
		return 1;
	/* A nickname in quotes: Jocelyn Méus, dit « Ti Jo » */
	for (k = at; k > 0 && c->s[k - 1] == ' ' && k + 1 >= at; k--)
		;
	if (k > 0 && (c->s[k - 1] == '"' || (k >= 2 && strncmp(c->s + k - 2,
	    "\xc2\xab", 2) == 0) || (k >= 3 && strncmp(c->s + k - 3,
	    "\xe2\x80\x9c", 3) == 0)))
		return 1;
	k = end;
	if (c->s[k] == '\'' && c->s[k + 1] == 's')
		k += 2;
	else if (c->s[k] == '\'')
		k++;
	return k > end && iachrp_match_in(c->f + skip_spaces(c->s, k,
	    k + 2), kin_words, NULL) > 0;
}

/*
 * Drops from names, found in paragraph p from from on, those that its
 * text shows are not persons ("a delegate at the Bajo Grande refinery").
 */
static void
drop_not_persons_here(struct ctx *c, const struct iachrp_para *p,
    size_t from, json_t *names)
{
	const char *at, *name;
	size_t i;

	c->s = p->s;
	c->f = p->f;
	for (i = json_array_size(names); i-- > 0;) {
		name = json_string_value(json_array_get(names, i));
		if ((at = strstr(p->s + from, name)) != NULL &&
		    not_a_person_here(c, (size_t)(at - p->s),
		    (size_t)(at - p->s) + strlen(name)))
			json_array_remove(names, i);
	}
}

/*
 * Appends to names the initials that stand for persons in s[a, b)
 * ("Y.A.T., K.E.A. and D.E.A."), with their stops, unless entries.
 */
static void
initials_in(struct ctx *c, size_t a, size_t b, json_t *names)
{
	size_t t, e, end;

	for (t = skip_spaces(c->s, a, b); t < b; t = skip_spaces(c->s, e, b)) {
		e = token_end(c->s, t, b);
		for (end = e; end > t && strchr(",;:)", c->s[end - 1]) != NULL;)
			end--;
		/* "K.E.A." at the sentence's end keeps its last stop */
		if (end - t >= 4 && c->s[end - 1] == '.' &&
		    strchr(c->s + t, '.') < c->s + end - 1 &&
		    is_initials(c->s, t, end) && !an_entry(c, t, end) &&
		    !(end - t == 4 && strncmp(c->s + t, "D.C.", 4) == 0) &&
		    iachrp_append(c->doc, names, json_stringn(c->s + t,
		    end - t)) != 0)
			return;
	}
}

/* Appends to names the persons p[a, b) names, less those that are not. */
static void
persons_in(struct ctx *c, const struct iachrp_para *p, size_t a, size_t b,
    json_t *names)
{
	struct iachrp_para part = *p;

	part.s += a;
	part.f += a;
	part.len = b - a;
	person_names(c, &part, names);
	drop_not_persons_here(c, p, a, names);
}

/* True when a closing quote opens s, past a comma or a stop. */
static int
closing_quote_at(const char *s)
{
	if (*s == ',' || *s == '.')
		s++;
	if (*s == ' ')
		s++;
	return closing_quote(s) || *s == '\'';
}

/* True when an opening quote ends at offset k of s: "“Kevo", "« Ti Bob". */
static int
opened_before(const char *s, size_t k)
{
	size_t n;

	for (n = 1; n <= 3 && n <= k; n++)
		if (opening_quote(s + k - n) == n)
			return 1;
	return 0;
}

/*
 * When name opens with a nickname the release prints in quotes ("Kevo
 * Arzú" after 'Kevin Josué Arzú Suazo, ... known as "Kevo,"', "Mina
 * Tercero" after 'Yasmina del Socorro Tercero Huete, ... chamam de
 * "Mina"'): 1, and *owner the last person named before the quote in its
 * sentence who holds the rest of name (NULL where none does); else 0.
 */
static int
nicknamed(struct ctx *c, const char *name, json_t **owner)
{
	const struct iachrp_doc *doc = c->doc;
	size_t i, j, k, n, words, from;
	json_t *names;
	const char *cs = c->s, *cf = c->f;

	*owner = NULL;
	for (words = 1, n = 0; words <= 2; words++) {
		while (name[n] != '\0' && name[n] != ' ')
			n++;
		if (n < 2)
			return 0;
		for (i = 0; i < doc->npara; i++) {
			const struct iachrp_para *p = &doc->para[i];

			for (j = 1; j + n < p->len; j++) {
				if (p->s[j] != name[0] ||
				    memcmp(p->s + j, name, n) != 0)
					continue;
				k = p->s[j - 1] == ' ' ? j - 1 : j;
				if (!opened_before(p->s, k) ||
				    !closing_quote_at(p->s + j + n))
					continue;
				from = sentence_start(p, j);
				if ((names = json_array()) == NULL)
					return 1;
				persons_in(c, p, from, k, names);
				c->s = cs;
				c->f = cf;
				if (json_array_size(names) > 0 && holds_words(
				    json_string_value(json_array_get(names,
				    json_array_size(names) - 1)), name + n))
					*owner = json_incref(json_array_get(names,
					    json_array_size(names) - 1));
				json_decref(names);
				return 1;
			}
		}
		if (name[n] == '\0')
			return 0;
		n++;
	}
	return 0;
}

/* True when name holds every word of words (none at all counts). */
static int
holds_words(const char *name, const char *words)
{
	size_t e;

	while (*words == ' ')
		words++;
	for (; *words != '\0'; words += e) {
		for (e = 0; words[e] != '\0' && words[e] != ' '; e++)
			;
		if (!holds_word(name, words, e))
			return 0;
		while (words[e] == ' ')
			e++;
	}
	return 1;
}

/* Adds the persons s[a, b) of paragraph p names, each in its full form. */
static void
add_named_in(struct ctx *c, const struct iachrp_para *p, size_t a, size_t b,
    const char *why)
{
	json_t *names = json_array(), *name;
	size_t i;

	if (names == NULL) {
		iachrp_nomem(c->doc);
		return;
	}
	persons_in(c, p, a, b, names);
	initials_in(c, a, b, names);
	for (i = 0; i < json_array_size(names); i++) {
		const char *text = json_string_value(json_array_get(names, i));

		if (nicknamed(c, text, &name)) {
			if (name == NULL)
				continue;	/* someone named in full */
		} else
			name = full_form(c, text);
		if (name != NULL)
			iachrp_trace_string(c->doc, "beneficiaries",
			    json_string_value(name), json_string_length(name),
			    why);
		if (iachrp_append(c->doc, c->list, iachrp_pair("name", name,
		    "kind", json_string("person"))) != 0)
			break;
	}
	c->s = p->s;
	c->f = p->f;
	json_decref(names);
}

/* Where the last word of class words before k and from at least opens, or k. */
static size_t
last_word_before(const struct iachrp_para *p, size_t from, size_t k,
    const char *const *words, size_t nwords)
{
	size_t w, at = k;

	for (w = iachrp_word_from(p, from); w < p->nword && p->word[w] < k;
	    w++)
		if (iachrp_match_sorted(p->f + p->word[w], words, nwords,
		    NULL) > 0)
			at = p->word[w];
	return at;
}

/*
 * Adds the persons named after "among them", "in particular" and their
 * kin in s[from, to) of paragraph p, each up to the end of its clause.
 */
static void
named_among(struct ctx *c, const struct iachrp_para *p, size_t from,
    size_t to)
{
	size_t w, k, n, end;

	for (w = iachrp_word_from(p, from); w < p->nword && p->word[w] < to;
	    w++) {
		k = p->word[w];
		c->s = p->s;
		c->f = p->f;
		if ((n = among_cue_at(c, k)) == 0 ||
		    iachrp_is_alpha_at(p->f + k + n))
			continue;
		for (end = k + n; end < to && p->s[end] != ';' &&
		    (p->s[end] != ':' || end < k + n + 80); end++)
			;
		add_named_in(c, p, k + n, end, "a person named among those "
		    "to protect");
	}
}

/*
 * Whom a sentence of the body says is at risk, in a grant, a follow-up, a
 * request to the Court or an extension that names no one else: the persons the clause of the
 * Commission's finding names ("considered that the members of the
 * community, as well as Mr. Caal Choc and Ms. Tiul Pop, are in a serious
 * and urgent situation"), and those a set to protect names after "among
 * them" ("proteger la vida de las familias beneficiarias, incluido el
 * comisario X").  Adds them.
 */
static void
named_at_risk(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	struct iachrp_cueset protects, findings;
	size_t i, from, to, w, k, n;

	if ((c->extends && !c->requests && json_array_size(c->list) > 0) ||
	    c->lifts)
		return;
	iachrp_cueset_init(&protects, protect_cues, IACHRP_NCUES(protect_cues),
	    sizeof(*protect_cues));
	iachrp_cueset_init(&findings, risk_findings,
	    IACHRP_NCUES(risk_findings), sizeof(*risk_findings));
	for (i = lead; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		for (from = 0; from < p->len; from = (size_t)(
		    iachrp_skip_space(p->s + to) - p->s)) {
			int protective = 0;

			to = iachrp_sentence_end(p->s, from);
			for (w = iachrp_word_from(p, from); w < p->nword &&
			    p->word[w] < to; w++) {
				k = p->word[w];
				if (iachrp_cueset_may(&protects, p->f + k) &&
				    iachrp_match_in(p->f + k, protect_cues,
				    NULL) > 0)
					protective = 1;
				if (!iachrp_cueset_may(&findings, p->f + k) ||
				    iachrp_match_in(p->f + k, risk_findings,
				    NULL) == 0)
					continue;
				protective = 1;
				n = last_word_before(p, from, k, finding_that,
				    IACHRP_NCUES(finding_that));
				if (n < k)
					add_named_in(c, p, n, k, "a person "
					    "the Commission finds at risk");
			}
			if (protective)
				named_among(c, p, from, to);
		}
	}
}

/*
 * The semicolon that ends the list item whose name ends at end, past a
 * clause that describes the person (", who coordinates the committee;"):
 * its offset, or to.
 */
static size_t
semicolon_after(const struct ctx *c, size_t end, size_t to)
{
	size_t k;

	for (k = end; k < to; k++) {
		if (c->f[k] == ';')
			return k;
		/* "a student at the University of León (UNAN-León);" */
		if (c->f[k] == '(' && skip_bracket(c->f, k, to) > k) {
			k = skip_bracket(c->f, k, to) - 1;
			continue;
		}
		if (c->f[k] == ':' || c->f[k] == '(' || c->f[k] == '.')
			return to;
	}
	return to;
}

/* True when the last of the entries added after the first had is a person. */
static int
person_since(const struct ctx *c, size_t had)
{
	size_t n = json_array_size(c->list);

	return n > had && strcmp(json_string_value(json_object_get(
	    json_array_get(c->list, n - 1), "kind")), "person") == 0;
}

/*
 * The beneficiaries named at at in s[at, to): the phrase there, or the
 * names that a set's colon introduces; the persons "among them" after
 * it.  Returns where the phrase ends.
 */
static size_t
target(struct ctx *c, size_t at, size_t to)
{
	size_t end, n, k, next, semi, had;
	int counted = 0, namely;

	at = skip_spaces(c->s, at, to);
	/* "Los familiares incluidos en la ampliación son: ..." */
	if (at < to && c->s[at] == ':')
		at = skip_spaces(c->s, at + 1, to);
	at = past_aside(c, at, to);
	/* "que protege en Nicaragua al equipo X": past the State */
	if ((n = state_phrase(c->f, at)) > 0 && at + n < to &&
	    c->f[at + n] == ' ' && (k = word_then_space(c->f,
	    at + n + 1, passive_preps)) > 0)
		at = at + n + 1 + k;
	end = phrase_end(c, at, to);

	/* "A e de dois agentes pastorais: B e C": A, then the set's names */
	if (end > at && names_open_after(c, end, to, &namely) > 0 &&
	    (n = counted_after_and(c, at, end, &next)) > at) {
		phrase(c, at, next);
		at = n;
	}
	if (end > at && (n = names_open_after(c, end, to, &namely)) > 0 &&
	    (namely || unnamed_set(c, at, end) || head_count(c, at, end) > 0 ||
	    iachrp_contains(c->f, at, end, listed_ahead_words)) &&
	    name_soon(c, skip_spaces(c->s, n + 1, to), to)) {
		/*
		 * "nine persons deprived of liberty: A, B and C", "... in
		 * Nicaragua: A, B and C", "four persons, namely: A; B",
		 * "tres integrantes de la Junta X: A, B y C", "tres
		 * personas ...: el sacerdote A, ..."
		 */
		at = skip_spaces(c->s, n + 1, to);
		end = phrase_end(c, at, to);
		counted = 1;
	}
	/*
	 * "A; B; C; and D", "A, treasurer of X; B, who coordinates Y; and
	 * C": one list, whatever it is cut with, as long as each part it
	 * goes on with names a person.
	 */
	while ((semi = semicolon_after(c, end, to)) < to) {
		next = skip_spaces(c->s, semi + 1, to);
		next += word_then_space(c->f, next, conjunctions);
		/* "...; y la periodista C, directora de Y"; "...; and a
		 * clerk, whose name is withheld, identified as J.A.C.R." */
		if (!name_soon(c, next, to) && !names_by_cue(c, next, to, ";"))
			break;
		had = json_array_size(c->list);
		if (end > at)
			phrase(c, at, end);
		if (!counted && !person_since(c, had)) {
			at = end;	/* read */
			break;
		}
		at = next;
		end = phrase_end(c, at, to);
	}
	/*
	 * "a comunidade que ela representa, a Comunidade Quilombola X": the
	 * set's own name, in apposition, where the set has none
	 */
	for (k = at; k < end && c->s[k] != ',' && c->s[k] != '('; k++)
		;
	if (k < end && c->s[k] == ',' && unnamed_set(c, at, k) &&
	    (n = named_group_after(c, k, end)) > 0) {
		phrase(c, at, k);
		at = n;
	}
	if (end > at)
		phrase(c, at, end);
	/* "..., en Ecuador, entre ellas A y B": the set and A and B */
	if (end > at && (n = among_after(c, end, to)) > 0) {
		at = n;
		end = phrase_end(c, at, to);
		if (end > at)
			phrase(c, at, end);
	}
	return end;
}

/*
 * Past an aside set off by commas right after a cue, with no capital in
 * it ("afin de protéger, en plus des personnes déjà bénéficiaires, la
 * famille X"): where the persons start; at when there is none.
 */
static size_t
past_aside(const struct ctx *c, size_t at, size_t to)
{
	size_t k;

	if (at >= to || c->s[at] != ',')
		return at;
	for (k = at + 1; k < to && k < at + 80 && c->s[k] != ','; k++)
		if (iachrp_is_upper_at(c->s + k) || strchr(";:.", c->s[k]))
			return at;
	return k < to && c->s[k] == ',' ? skip_spaces(c->s, k + 1, to) : at;
}

/*
 * In s[a, b), a counted set joined to what comes before it ("A e de dois
 * agentes pastorais", "A and two of his colleagues"): where the set
 * starts, *before where the words before the conjunction end; a when
 * there is none.
 */
static size_t
counted_after_and(const struct ctx *c, size_t a, size_t b, size_t *before)
{
	size_t k, n, m;

	for (k = a + 1; k < b; k++) {
		if (c->f[k] != ' ' || (n = word_then_space(c->f, k + 1,
		    conjunctions)) == 0)
			continue;
		m = k + 1 + n;
		m += word_then_space(c->f, m, passive_preps);
		m += word_then_space(c->f, m, of_words);
		if (head_count(c, m, b) > 0) {
			*before = k;
			return m;
		}
	}
	return a;
}

/*
 * After a phrase that ends at end, past its relative clause: where a
 * second one joined by "and to" starts ("26 missing persons who
 * disappeared ... and to six women searchers", "X, connu sous le surnom
 * d'« El Tigre », et à sa compagne, la poétesse Y", "X (« Ti Wil »),
 * animateur de Radio Z, ainsi que de son épouse, Y"), or 0.
 */
static size_t
joined_after(const struct ctx *c, size_t end, size_t to)
{
	size_t k, n, m;

	for (k = end; k < to; k++) {
		if (c->f[k] == '(' && (n = skip_bracket(c->f, k, to)) > k) {
			k = n - 1;
			continue;
		}
		if (c->f[k] == ';' || c->f[k] == ':' || c->f[k] == '(')
			return 0;
		/*
		 * "A, who is held at X, and human rights defender B"; "the
		 * community X, in the municipality of Y, and two of its
		 * leaders, B and C"
		 */
		if (k > end && c->f[k - 1] == ',' && c->f[k] == ' ' &&
		    (n = word_then_space(c->f, k + 1, conjunctions)) > 0 &&
		    (described_name_ahead(c, k + 1 + n, to) ||
		    head_count(c, k + 1 + n, to) > 0))
			return k + 1 + n;
		if (c->f[k] != ' ' || (n = word_then_space(c->f, k + 1,
		    conjunctions)) == 0 || ((m = word_then_space(c->f,
		    k + 1 + n, passive_preps)) == 0 && (m = word_then_space(
		    c->f, k + 1 + n, of_words)) == 0))
			continue;
		k = skip_spaces(c->s, k + 1 + n + m, to);
		/*
		 * A set or a name, not "and to report on the actions"; "e da
		 * catequista B": a name after words that say who.
		 */
		if (head_count(c, k, to) > 0 || iachrp_is_upper_at(c->s + k) ||
		    word_then_space(c->f, k, articles) > 0 ||
		    described_name_ahead(c, k, to))
			return k;
		/* "his partner, Y", "seus dois filhos, as crianças A e B" */
		return word_then_space(c->f, k, possessives) > 0 &&
		    name_soon(c, k, to) ? k : 0;
	}
	return 0;
}

/* The phrase at at and those joined to it: where the last one ends. */
static size_t
joined_targets(struct ctx *c, size_t at, size_t to)
{
	size_t end, next;

	if ((end = target(c, at, to)) > at)
		at = end;
	while ((next = joined_after(c, at, to)) > 0 &&
	    (end = target(c, next, to)) > next)
		at = end;
	return at;
}

/* Reads the phrases after each cue of s[at, to). */
static void
from_cues(struct ctx *c, size_t at, size_t to)
{
	while (find_cue(c, at, to, &at))
		at = joined_targets(c, at, to);
}

/* The paragraph c reads, or NULL. */
static const struct iachrp_para *
current_para(const struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->doc->npara; i++)
		if (c->doc->para[i].s == c->s)
			return &c->doc->para[i];
	return NULL;
}

/*
 * Where the subject of the sentence at from starts, past a clause set
 * before it up to its comma, when that comes before at ("Tras documentarse
 * amenazas, el Consejo X y su representante, A, fueron incorporados").
 */
static size_t
subject_start(const struct ctx *c, size_t from, size_t at)
{
	const struct iachrp_para *p = current_para(c);
	const char *comma;
	size_t k;

	/* Past the dateline: "Washington, D.C. – Tras ..." */
	if (p != NULL && (k = iachrp_dateline_end(p)) > from && k < at)
		from = k;
	from = skip_spaces(c->s, from, at);
	if (iachrp_match_in(c->f + from, fronted_clauses, NULL) == 0 ||
	    (comma = strstr(c->s + from, ", ")) == NULL ||
	    (size_t)(comma - c->s) >= at)
		return from;
	return (size_t)(comma + 2 - c->s);
}

/*
 * In a lift, where s[from, to) starts to say whom the measures stay in
 * force for ("..., while keeping them in force for X"); to when it does
 * not.
 */
static size_t
kept_from(const struct ctx *c, size_t from, size_t to)
{
	size_t i;

	if (c->lifts == 0)
		return to;
	for (i = from; i < to; i++)
		if ((i == 0 || c->f[i - 1] == ' ') &&
		    iachrp_match_in(c->f + i, kept_cues, NULL) > 0)
			return i;
	return to;
}

/*
 * In a lift, the persons the measures protected, named by a relative
 * clause on them ("measures PM 455-17, which had protected X, were
 * lifted", "met fin à la protection dont bénéficiaient, depuis décembre
 * 2019, X", "lever les mesures qu'elle avait accordées en 2013 à X"):
 * reads them from s[from, to).  Returns whether it read someone; in a
 * partial lift, what names no person is the measure's whole set, and is
 * left out.
 */
static int
lifted_by_relative(struct ctx *c, size_t from, size_t to)
{
	size_t i, n, j, had = json_array_size(c->list);

	to = kept_from(c, from, to);
	for (i = from; i < to; i++) {
		if ((i > 0 && c->f[i - 1] != ' ') ||
		    (n = iachrp_match_in(c->f + i, protected_rels, NULL)) == 0 ||
		    iachrp_is_alpha_at(c->f + i + n))
			continue;
		j = skip_insertions(c->f, i + n, to);
		j = skip_spaces(c->s, j, to);
		/* "qu'elle avait accordées en 2013 à X" */
		if ((n = word_then_space(c->f, j, iachrp_lex_year_prep)) > 0 &&
		    j + n + 4 <= to && c->f[j + n] >= '1' && c->f[j + n] <= '2') {
			j = token_end(c->s, j + n, to);
			/* "in 2019, under file PM 408-19, to X" */
			if (c->f[j - 1] == ',')
				j--;
			j = skip_spaces(c->s, skip_insertions(c->f, j, to), to);
		}
		if ((n = iachrp_match_in(c->f + j, strong_cues, NULL)) > 0 ||
		    (n = word_then_space(c->f, j, passive_preps)) > 0)
			j = skip_spaces(c->s, j + n, to);
		joined_targets(c, j, to);
		break;
	}
	for (i = had; i < json_array_size(c->list); i++)
		if (c->lifts == IACHRP_LIFT || strcmp(json_string_value(
		    json_object_get(json_array_get(c->list, i), "kind")),
		    "person") == 0)
			return 1;
	/*
	 * A partial lift of measures "which protect journalists of the
	 * weekly X": the whole set, not those lifted.
	 */
	while (json_array_size(c->list) > had)
		json_array_remove(c->list, json_array_size(c->list) - 1);
	return 0;
}

/*
 * The persons p[a, b) names, in full or by an honorific and a surname
 * alone ("o senhor Lima", "Ms. Carrascal") where the body gives the full
 * name: the full names, into names.
 */
static void
persons_named_in(struct ctx *c, const struct iachrp_para *p, size_t a,
    size_t b, json_t *names)
{
	json_t *full;
	const json_t *v;
	char word[64];
	size_t k, n, t, e, i;

	persons_in(c, p, a, b, names);
	c->s = p->s;
	c->f = p->f;
	for (k = iachrp_word_from(p, a); k < p->nword && p->word[k] < b;
	    k++) {
		if ((n = word_then_space(p->f, p->word[k], roles)) == 0)
			continue;
		t = p->word[k] + n;
		e = token_end(p->s, t, b);
		while (e > t && strchr(",;:.)", p->s[e - 1]) != NULL)
			e--;
		/* One capitalised word, not the first of a full name */
		if (t >= b || e <= t || e - t >= sizeof(word) ||
		    !iachrp_is_upper_at(p->s + t) || (e + 1 < b &&
		    p->s[e] == ' ' && iachrp_is_upper_at(p->s + e + 1)))
			continue;
		memcpy(word, p->s + t, e - t);
		word[e - t] = '\0';
		json_array_foreach(names, i, v)
			if (holds_word(json_string_value(v), word, e - t))
				break;
		if (i == json_array_size(names) &&
		    (full = surname_owner(c, word)) != NULL)
			iachrp_append(c->doc, names, full);
	}
}

/*
 * Drops from names, found in paragraph p from from on, those named as
 * someone's relative ("Portillo's mother, Reina Isabel Menjívar, said").
 */
static void
drop_relatives(struct ctx *c, const struct iachrp_para *p, size_t from,
    json_t *names)
{
	const char *at;
	size_t i;

	c->s = p->s;
	c->f = p->f;
	for (i = json_array_size(names); i-- > 0;)
		if ((at = strstr(p->s + from, json_string_value(
		    json_array_get(names, i)))) != NULL &&
		    kin_before(c, (size_t)(at - p->s)))
			json_array_remove(names, i);
}

/*
 * "Ante ello, la CIDH decidió ampliar a su favor las medidas": a decision
 * "in their favour" right after its verb protects the persons the text
 * before it in the paragraph names.  Adds them; returns whether it did.
 */
static int
in_their_favour(struct ctx *c, size_t from, size_t verb, size_t to)
{
	const struct iachrp_para *para;
	const char *p, *end = c->f + (verb + 60 < to ? verb + 60 : to);
	json_t *names;
	size_t i, at, k, prev, stop, had = json_array_size(c->list);
	int kind;

	for (p = iachrp_word_at(c->f, c->f + verb); p < end;
	    p = iachrp_word_at(c->f, p + 1))
		if (iachrp_match_in(p, their_favour_cues, NULL) > 0)
			break;
	/* "decidiu levantar a medida em relação a essas duas pessoas" */
	if (p >= end && find_cue(c, verb, to, &at) &&
	    word_then_space(c->f, at, demonstratives) > 0) {
		for (k = at; k < to && c->s[k] != ','; k++)
			;
		if (capitals(c->s, at, k < to ? k : phrase_end(c, at, to)) == 0)
			p = c->f + at;
	}
	/* "decidió no otorgar las medidas solicitadas a su favor" */
	if (p >= end || (iachrp_first_decision(c->doc, c->f, from, to,
	    &kind) != (size_t)-1 && kind == IACHRP_REJECT))
		return 0;
	if ((para = current_para(c)) == NULL ||
	    (names = json_array()) == NULL)
		return 0;
	/*
	 * The sentence's own words before the verb ("... with respect to A
	 * and B, and lifted the measures in their favor"), else the nearest
	 * sentence before that names anyone: whom it names, it names last
	 * ("Quiñónez Girón left the country in 2022. [...] The IACHR decided
	 * to lift the measures in his favor").
	 */
	persons_named_in(c, para, from, verb, names);
	for (stop = from; stop > 0 && json_array_size(names) == 0;
	    stop = prev) {
		prev = 0;
		for (at = 0; (k = iachrp_sentence_end(para->s, at)) < stop;
		    at = (size_t)(iachrp_skip_space(para->s + k) - para->s))
			prev = at;
		/*
		 * Not those an earlier act protects ("Five more people are
		 * now covered by the measures that the IACHR granted in 2019
		 * to A. [...] extended the measure in their favor")
		 */
		k = iachrp_earlier_act_at(c->doc, para->f, prev, stop);
		persons_named_in(c, para, prev, k < stop ? k : stop, names);
		drop_relatives(c, para, prev, names);
	}
	c->s = para->s;
	c->f = para->f;
	for (i = 0; i < json_array_size(names); i++) {
		json_t *name = full_form(c, json_string_value(
		    json_array_get(names, i)));

		if (name != NULL)
			iachrp_trace_string(c->doc, "beneficiaries",
			    json_string_value(name), json_string_length(name),
			    "a person named before a decision taken in their "
			    "favour");
		iachrp_append(c->doc, c->list, iachrp_pair("name", name,
		    "kind", json_string("person")));
	}
	json_decref(names);
	return json_array_size(c->list) > had;
}

/*
 * True when the decision word at verb lifts measures, and no other
 * decision follows it before to ("la amplió a favor de A y la levantó
 * parcialmente respecto de B": the extension is not the lift).
 */
static int
lift_at(const struct ctx *c, size_t verb, size_t to)
{
	int kind;

	if (iachrp_first_decision(c->doc, c->f, verb, to, &kind) != verb ||
	    (kind != IACHRP_LIFT && kind != IACHRP_PARTIAL_LIFT))
		return 0;
	verb = (size_t)(iachrp_word_after(c->f + verb) - c->f);
	return verb >= to ||
	    iachrp_first_decision(c->doc, c->f, verb, to, NULL) == (size_t)-1;
}

/*
 * Reads the beneficiaries of the decision verb at verb in the sentence
 * s[from, to): named after it, or before it in a passive whose subject
 * holds them ("Medidas cautelares a favor de X fueron otorgadas por la
 * CIDH").
 */
static void
from_sentence(struct ctx *c, size_t from, size_t verb, size_t to)
{
	size_t at = verb, end, n, subject_end;
	const char *p, *rel;

	size_t before = json_array_size(c->list);

	from = subject_start(c, from, verb > from ? verb : to);
	/*
	 * Those the measures stay in force for are read apart: a follow-up
	 * decided too covers them ("levantar ... respecto de A y mantenerlas
	 * vigentes para B").
	 */
	if ((n = kept_from(c, verb, to)) < to && c->follows)
		joined_targets(c, skip_spaces(c->s, n + iachrp_match_in(c->f +
		    n, kept_cues, NULL), to), to);
	to = n;
	if (in_their_favour(c, from, verb, to))
		return;
	/*
	 * "levantar parcialmente las medidas ..., otorgadas a favor de X,
	 * respecto de dos de sus beneficiarios: 1) A y 2) B"
	 */
	if (c->lifts == IACHRP_PARTIAL_LIFT && !c->follows &&
	    lift_at(c, verb, to)) {
		for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
		    p = iachrp_word_at(c->f, p + 1)) {
			if ((n = iachrp_match_in(p, iachrp_lex_regarding_prep,
			    NULL)) > 0) {
				joined_targets(c, (size_t)(p - c->f) + n, to);
				return;
			}
		}
	}

	/* An extension that says whom it covers names them alone. */
	if (c->extends) {
		for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
		    p = iachrp_word_at(c->f, p + 1)) {
			if ((n = iachrp_match_in(p, coverage_cues,
			    NULL)) > 0) {
				joined_targets(c, (size_t)(p - c->f) + n, to);
				return;
			}
		}
	}
	if (c->extends) {
		/* "..., que protege a X": whom the measure protects already */
		for (rel = iachrp_word_at(c->f, c->f + verb); rel < c->f + to &&
		    (n = iachrp_match_in(rel, protected_rels, NULL)) == 0;
		    rel = iachrp_word_at(c->f, rel + 1))
			;
		/*
		 * A follow-up decided too covers them ("de seguimiento y
		 * ampliación, en el marco de la MC X, que protege a las
		 * familias de la comunidad Y").
		 */
		if (c->follows && rel < c->f + to)
			joined_targets(c, (size_t)(rel - c->f) + n, to);
		for (p = iachrp_word_at(c->f, c->f + verb); p < c->f + to;
		    p = iachrp_word_at(c->f, p + 1))
			if (iachrp_match_in(p, framework_cues, NULL) > 0)
				break;
		/*
		 * "ampliar las medidas en el marco de la MC X para proteger
		 * a Y", "ampliar a MC X, outorgada em favor de Z, para
		 * proteger nove pessoas: A, B": the persons after the purpose.
		 */
		if ((at = purpose_at(c, verb, to)) != verb) {
			from_cues(c, at, to);
			return;
		}
		to = (size_t)(p - c->f) < to ? (size_t)(p - c->f) : to;
		if ((at = after_earlier_grant(c, verb, to)) != verb) {
			joined_targets(c, at, to);
			return;
		}
		/*
		 * "ampliar las medidas cautelares MC 408-20, que protegen a
		 * X": whom the measure protects already is not new.
		 */
		if (rel < c->f + to)
			to = (size_t)(rel - c->f);
	}
	from_cues(c, at, to);
	if (json_array_size(c->list) == before &&
	    (at = passive_target(c, verb, to)) > 0)
		joined_targets(c, at, to);
	if (json_array_size(c->list) == before &&
	    (subject_end = passive(c, verb)) > from) {
		for (at = from; find_cue(c, at, subject_end, &at); at = end) {
			end = phrase_end(c, at, subject_end);
			if (end <= at)
				break;
			phrase(c, at, end);
		}
	}
}

/* Where an item's text starts after its label ("1.", "a)", "•"), or 0. */
static size_t
item_start(const char *s)
{
	size_t i = 0;

	/* "• ", "– ", "— ", "▪ " */
	if (strncmp(s, "\xe2\x80\xa2 ", 4) == 0 ||
	    strncmp(s, "\xe2\x80\x93 ", 4) == 0 ||
	    strncmp(s, "\xe2\x80\x94 ", 4) == 0 ||
	    strncmp(s, "\xe2\x96\xaa ", 4) == 0)
		return 4;
	if ((s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return 2;
	if (s[i] == '(')
		i++;
	while (i < 4 && ((s[i] >= '0' && s[i] <= '9') ||
	    (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
		i++;
	if (i == 0 || (s[i] != ')' && s[i] != '.'))
		return 0;
	i++;
	if (s[i] == '-')
		i++;
	return s[i] == ' ' ? i + 1 : 0;
}

/* True when s[a, b) ends with initials and their last period: "D.S.B." */
static int
initials_end(const char *s, size_t a, size_t b)
{
	size_t k = b;

	if (b == a || s[b - 1] != '.')
		return 0;
	while (k > a && s[k - 1] != ' ')
		k--;
	return is_initials(s, k, b);
}

/*
 * True when paragraph q, read through c, is a line of a list with no
 * label that opens with a person's name: "Nelson Pacheco Urdaneta, chef
 * de la rubrique politique ;".
 */
static int
name_line(const struct ctx *c, const struct iachrp_para *q)
{
	return q->len <= 200 && strstr(q->s, ". ") == NULL &&
	    persons_follow(c, 0, q->len);
}

/*
 * "a favor de las siguientes personas:" then one item per paragraph:
 * each item is an entry of the list.
 */
static void
listed(struct ctx *c, const struct iachrp_doc *doc, size_t at)
{
	size_t j, a, b, n;

	for (j = at + 1; j < doc->npara; j++) {
		const struct iachrp_para *q = &doc->para[j];

		if (q->kind == IACHRP_FURNITURE)
			continue;
		if (q->kind != IACHRP_BODY)
			break;
		c->s = q->s;
		c->f = q->f;
		if ((a = item_start(q->s)) == 0 && !name_line(c, q))
			break;
		b = q->len;
		for (;;) {
			while (b > a && strchr(" ,;.", q->s[b - 1]) != NULL &&
			    !initials_end(q->s, a, b))
				b--;
			n = b;
			while (n > a && q->s[n - 1] != ' ')
				n--;
			if (n <= a || iachrp_match_in(q->f + n, conjunctions,
			    NULL) != b - n)
				break;
			b = n;
		}
		phrase(c, a, b);
	}
}

/*
 * A list in s[at, to) whose parts, cut with semicolons, may open with a
 * heading of their own: "1) relatives of X: her mother, A; her sisters,
 * B and C; 2) a relative of Y: his brother, D".  The headings name whom
 * the persons are related to; the parts are read as phrases.
 */
static void
headed_list(struct ctx *c, size_t at, size_t to)
{
	size_t end, k;

	while (at < to) {
		end = phrase_end(c, at, to);
		/* "1) familiares de X — sua mãe, A": a heading, then a dash */
		for (k = at; k + 5 <= end; k++)
			if (c->s[k] == ' ' && (strncmp(c->s + k + 1,
			    "\xe2\x80\x94 ", 4) == 0 || strncmp(c->s + k + 1,
			    "\xe2\x80\x93 ", 4) == 0)) {
				at = k + 5;
				break;
			}
		if (end < to && c->s[end] == ':')
			;	/* a heading */
		else if (end > at)
			phrase(c, at, end);
		at = skip_spaces(c->s, end + 1, to);
	}
}

/*
 * When a sentence opens at word v of p with "Se trata de", "They are",
 * "Il s'agit de": where the names after it start, or 0; *to is then
 * where the sentence ends.
 */
static size_t
naming_opened(const struct iachrp_para *p, size_t v, size_t *to)
{
	size_t m;

	if ((v != 0 && (v < 2 || p->s[v - 2] != '.')) ||
	    (m = iachrp_match_in(p->f + v, naming_openers, NULL)) == 0)
		return 0;
	*to = iachrp_sentence_end(p->s, v);
	return skip_spaces(p->f, v + m + (p->f[v + m] == ':'), *to);
}

/*
 * Where the lead names no one: its list when it ends with a colon, else
 * the first later paragraph that names them, after the beneficiaries'
 * noun ("The proposed beneficiary, X, is") or a decision ("decided to
 * extend the measures to X").
 */
static void
later(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	size_t i, k, n, m, at, end;
	int kind;

	if (doc->para[lead].len > 0 &&
	    doc->para[lead].s[doc->para[lead].len - 1] == ':') {
		listed(c, doc, lead);
		return;
	}
	for (i = lead; i < doc->npara && json_array_size(c->list) == 0;
	    i++) {
		const struct iachrp_para *p = &doc->para[i];
		size_t from, to;

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		for (k = 0; k < p->nword; k++) {
			at = p->word[k];
			/* "Se trata de la periodista A y de su hija B" */
			if ((n = naming_opened(p, at, &to)) > 0) {
				target(c, n, to);
				continue;
			}
			if ((n = iachrp_match_in(p->f + at, beneficiary_nouns,
			    NULL)) == 0 || kin_of_noun(c, at))
				continue;
			at += n;
			to = iachrp_sentence_end(p->s, at);
			if (p->f[at] == ':') {
				/* "identified as beneficiaries: 1) ..." */
				headed_list(c, skip_spaces(p->s, at + 1, to), to);
				continue;
			}
			if (p->f[at] == ',' &&
			    !iachrp_is_upper_at(c->s + skip_spaces(p->f,
			    at + 1, to))) {
				/* "Les bénéficiaires, dont ..., sont X" */
				for (at++; at < to && p->f[at] != ','; at++)
					;
				if (at < to)
					at++;
			}
			if (p->f[at] == ',') {
				/* An apposition: "beneficiary, X, is" */
				at = skip_spaces(p->f, at + 1, to);
				for (end = at; end < to && p->f[end] != ',';
				    end++)
					;
			} else if ((m = word_then_space(p->f, at + 1,
			    naming_verbs)) > 0 && p->f[at] == ' ') {
				at += 1 + m;
				end = phrase_end(c, at, to);
				/*
				 * "The beneficiaries are the members of the X
				 * Community, ..., among them its governor, A"
				 */
				if (!iachrp_is_upper_at(c->s + at) &&
				    capitals(c->s, at, end) > 0 &&
				    is_group(c, at, end)) {
					/*
					 * Not "Les bénéficiaires sont membres
					 * du Comité X": where they belong
					 */
					if (iachrp_match_in(c->f + at,
					    membership, NULL) == 0)
						target(c, at, to);
					continue;
				}
			} else
				continue;
			/*
			 * A name, not "are at risk", "is 19 years old" nor
			 * "integrantes de una organización".
			 */
			if (end > at && iachrp_is_upper_at(c->s + at))
				target(c, at, to);	/* "A, ...; B, ...; and C" */
		}
		for (from = 0; from < p->len &&
		    json_array_size(c->list) == 0; from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			/* A refusal names no one protected. */
			if ((at = iachrp_first_decision(doc, p->f, from, to,
			    &kind)) != (size_t)-1 && kind != IACHRP_REJECT)
				from_sentence(c, from, at, to);
		}
	}
}

/* True when f[from, to) holds a year: the sentence tells an earlier act. */
static int
dated(const char *f, size_t from, size_t to)
{
	size_t i;

	for (i = from; i + 4 <= to; i++)
		if ((f[i] == '1' || f[i] == '2') && f[i + 1] >= '0' &&
		    f[i + 1] <= '9' && f[i + 2] >= '0' && f[i + 2] <= '9' &&
		    f[i + 3] >= '0' && f[i + 3] <= '9')
			return 1;
	return 0;
}

/* Where the sentence of paragraph p that holds offset at starts. */
static size_t
sentence_start(const struct iachrp_para *p, size_t at)
{
	size_t from = 0, k;

	while ((k = iachrp_sentence_end(p->s, from)) < at && k < p->len)
		from = (size_t)(iachrp_skip_space(p->s + k) - p->s);
	return from;
}

/*
 * Later paragraphs that tell a further decision with a verb of deciding
 * and no date ("decided to extend the measures to X"): their persons.
 */
static void
further_decisions(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	size_t i, k, n, to, at;
	int kind;

	for (i = lead + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (k = 0; k < p->nword; k++) {
			if ((n = iachrp_match_in(p->f + p->word[k],
			    deciding_cues, NULL)) == 0)
				continue;
			to = iachrp_sentence_end(p->s, p->word[k]);
			at = iachrp_first_decision(doc, p->f, p->word[k] + n,
			    to, &kind);
			/* A refusal names no one protected; a year in the
			 * sentence, an earlier act. */
			if (at == (size_t)-1 || at > p->word[k] + n + 2 ||
			    kind == IACHRP_REJECT || dated(p->f,
			    sentence_start(p, p->word[k]), to))
				continue;
			c->s = p->s;
			c->f = p->f;
			from_sentence(c, p->word[k], at, to);
		}
	}
}

/* True when the resolution took a decision of kind, a lift either way. */
static int
took(const struct ctx *c, int kind)
{
	int i;

	for (i = 0; i < c->dec->n; i++)
		if (c->dec->decisions[i] == kind ||
		    (kind == IACHRP_LIFT && c->lifts != 0))
			return 1;
	return 0;
}

/*
 * The items of the operative part ("The IACHR therefore resolved:" and
 * "2. To lift the precautionary measures with respect to A and B") that
 * open with a decision the resolution took: their persons.
 */
static void
operative_items(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	size_t i, n, at;
	int kind, operative = 0;

	for (i = lead + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		if ((n = item_start(p->s)) == 0) {
			operative = p->len > 0 && p->s[p->len - 1] == ':' &&
			    iachrp_contains(p->f, sentence_start(p, p->len - 1),
			    p->len, iachrp_lex_resolve_verb);
			continue;
		}
		/* The decision opens the item: "To lift", "Levantar". */
		at = iachrp_first_decision(doc, p->f, n, p->len, &kind);
		if (!operative || at == (size_t)-1 || at > n + 4 ||
		    kind == IACHRP_REJECT || !took(c, kind))
			continue;
		c->s = p->s;
		c->f = p->f;
		from_sentence(c, n, at, p->len);
	}
}

/* True when s[a, b) holds a word in capitals: "CIDH", "OEA". */
static int
has_acronym(const char *s, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z') {
			if (++n >= 2)
				return 1;
		} else
			n = 0;
	}
	return 0;
}

/*
 * True when one of s[a, b) and t holds every word of the other, two at
 * least, or when they are the same one word ("R.J.P.", "R.J.P").
 */
static int
same_person(const char *s, size_t a, size_t b, const char *t)
{
	const char *x = s + a, *y = t;
	size_t xn = b - a, yn = strlen(t), i, e, words = 0;

	/* one word each, a final stop aside: "R.A.J.-B" and "R.A.J.-B." */
	if (memchr(x, ' ', xn) == NULL && memchr(y, ' ', yn) == NULL) {
		while (xn > 0 && x[xn - 1] == '.')
			xn--;
		while (yn > 0 && y[yn - 1] == '.')
			yn--;
		return xn > 0 && xn == yn && memcmp(x, y, xn) == 0;
	}
	if (xn > yn) {
		const char *z = x;
		size_t zn = xn;

		x = y;
		xn = yn;
		y = z;
		yn = zn;
	}
	for (i = 0; i < xn; i = e + 1) {
		const char *w;
		int found = 0;

		for (e = i; e < xn && x[e] != ' '; e++)
			;
		for (w = y; (w = memchr(w, x[i], yn - (size_t)(w - y))) !=
		    NULL; w++) {
			if ((w == y || w[-1] == ' ') &&
			    (size_t)(w - y) + (e - i) <= yn &&
			    memcmp(w, x + i, e - i) == 0 &&
			    ((size_t)(w - y) + (e - i) == yn ||
			    w[e - i] == ' ')) {
				found = 1;
				break;
			}
		}
		if (!found)
			return 0;
		words++;
	}
	return words >= 2;
}

/*
 * True when the run s[a, b) is the end of a longer name, an
 * institution's ("the Directorate of Judicial Assistance (DAJ)", "the
 * Center for Legal Assistance to Rural Workers"): after "of" or "for"
 * and a capitalised word, or before an acronym in brackets.
 */
static int
part_of_a_name(const struct ctx *c, size_t a, size_t b)
{
	size_t k = a, e, end = b + strnlen(c->s + b, 14);

	if (end > b + 2 && c->s[b] == ' ' && c->s[b + 1] == '(' &&
	    has_acronym(c->s, b + 2, token_end(c->s, b + 2, end)))
		return 1;
	while (k > 0 && c->s[k - 1] == ' ')
		k--;
	e = k;
	while (k > 0 && c->s[k - 1] != ' ')
		k--;
	if (k == e || (iachrp_match_in(c->f + k, of_words, NULL) != e - k &&
	    iachrp_match_in(c->f + k, iachrp_lex_name_link, NULL) != e - k))
		return 0;
	while (k > 0 && c->s[k - 1] == ' ')
		k--;
	while (k > 0 && c->s[k - 1] != ' ')
		k--;
	return iachrp_is_upper_at(c->s + k);
}

/* True when t[a, b) names a person who is an entry already. */
static int
entry_named(const struct ctx *c, const char *t, size_t a, size_t b)
{
	size_t i;
	const json_t *v;

	json_array_foreach(c->list, i, v)
		if (same_person(t, a, b, json_string_value(
		    json_object_get(v, "name"))))
			return 1;
	return 0;
}

/* True when s[a, b) names a person who is an entry already. */
static int
an_entry(const struct ctx *c, size_t a, size_t b)
{
	return entry_named(c, c->s, a, b);
}

/*
 * The persons named in paragraph p, in order, each once, into names:
 * runs of two capitalised words or more, with particles inside ("Willem
 * Frederik de Rhoodes"), that name no group, State or institution.
 */
static void
person_names(struct ctx *c, const struct iachrp_para *p, json_t *names)
{
	size_t i = 0, e, j, a, b, k;
	json_t *v;
	int words;

	c->s = p->s;
	c->f = p->f;
	while (i < p->len) {
		e = token_end(p->s, i, p->len);
		if (!iachrp_is_upper_at(p->s + i)) {
			i = skip_spaces(p->s, e, p->len);
			continue;
		}
		a = i;
		b = e;
		words = 1;
		for (j = skip_spaces(p->s, e, p->len); j < p->len &&
		    strchr(",;:.)", p->s[b - 1]) == NULL; j = skip_spaces(
		    p->s, e, p->len)) {
			e = token_end(p->s, j, p->len);
			if (iachrp_is_upper_at(p->s + j)) {
				b = e;
				words++;
			} else if (opening_quote(p->s + j) > 0 &&
			    iachrp_is_upper_at(p->s + j + opening_quote(
			    p->s + j)) && strchr(",;:.)", p->s[e - 1]) ==
			    NULL) {
				/* a nickname inside: Luis Alfonso "Cheo" Parra */
				b = e;
			} else if (iachrp_match_in(p->f + j, name_particles,
			    NULL) != e - j)
				break;
		}
		i = skip_spaces(p->s, b, p->len);
		while (b > a && strchr(",;:.)", p->s[b - 1]) != NULL)
			b--;
		b = without_possessive(p->s, a, b);
		/*
		 * "The", "Dr.", "On" of "On April 12" and "Regarding" opening
		 * a sentence
		 */
		while ((k = word_then_space(p->f, a, articles)) > 0 ||
		    (k = word_then_space(p->f, a, roles)) > 0 ||
		    (k = word_then_space(p->f, a, date_preps)) > 0 ||
		    (k = word_then_space(p->f, a, iachrp_lex_topic_prep)) > 0) {
			a += k;
			words--;
		}
		/* "les Honduriens Walter López": a nationality first. */
		if (iachrp_state_at(p->f + a, &e) >= 0) {
			a = skip_spaces(p->s, token_end(p->s, a, b), b);
			words--;
		}
		if (words < 2 || is_group(c, a, b) ||
		    has_acronym(p->s, a, b) ||
		    iachrp_contains(p->f, a, b, institution_words) ||
		    /* "In Resolution 34/2023, adopted on May 22" */
		    iachrp_contains(p->f, a, b, iachrp_lex_resolution_cue) ||
		    iachrp_match_in(p->f + a, place_words, NULL) > 0 ||
		    after_place_prep(c, 0, a) || (iachrp_region_at(p->s + a,
		    p->f + a, &k) >= 0 && k == b - a))
			continue;
		for (k = a; k < b; k = skip_spaces(p->s, token_end(p->s, k,
		    b), b))
			if (iachrp_state_at(p->f + k, &e) >= 0)
				break;
		if (k < b)
			continue;
		json_array_foreach(names, k, v)
			if (same_person(p->s, a, b, json_string_value(v)))
				break;
		/*
		 * Nor one an entry is already, nor one of another measure
		 * ("Rolando Téllez Bustos (PM 1020-18)"): the set is of
		 * others.
		 */
		if (k == json_array_size(names) && !an_entry(c, a, b) &&
		    !(p->s[b] == ' ' && p->s[b + 1] == '(' &&
		    iachrp_match_in(p->f + b + 2, iachrp_lex_measure_cue,
		    NULL) > 0) && !part_of_a_name(c, a, b))
			iachrp_append(c->doc, names, json_stringn(p->s + a,
			    b - a));
	}
}


/*
 * A sentence after the lead that lists the persons by name: "The persons
 * added to the measures are: 1) A, 2) B and 3) C", "Las personas
 * beneficiarias son A y B".  Their names into names.
 */
static void
named_list(struct ctx *c, const struct iachrp_doc *doc, json_t *names)
{
	struct ctx scratch;
	size_t i, k, j, m, at, to, v;

	if (doc->lead < 0)
		return;
	if (new_scratch(&scratch, c) != 0)
		return;
	scratch.count = 1;	/* no set of its own */
	for (i = (size_t)doc->lead + 1; i < doc->npara &&
	    json_array_size(scratch.list) == 0; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		scratch.s = p->s;
		scratch.f = p->f;
		for (k = 0; k < p->nword; k++) {
			v = p->word[k];
			/* "Se trata de la periodista A, del activista B y ..." */
			if ((at = naming_opened(p, v, &to)) > 0) {
				target(&scratch, at, to);
				if (json_array_size(scratch.list) > 0)
					break;
			}
			if (iachrp_match_in(p->f + p->word[k], listed_nouns,
			    NULL) == 0)
				continue;
			to = iachrp_sentence_end(p->s, p->word[k]);
			for (j = k + 1; j < p->nword && j < k + 8 &&
			    p->word[j] < to; j++) {
				v = p->word[j];
				if ((m = iachrp_match_in(p->f + v, naming_verbs,
				    NULL)) == 0 || m + (p->f[v + m] == ':') !=
				    token_end(p->f, v, to) - v)
					continue;
				at = skip_spaces(p->f, v + m + (p->f[v + m] ==
				    ':'), to);
				/* "A, a rural leader; Sister B, ...; and C",
				 * "community authority A; her son, B; ..." */
				if (persons_follow(&scratch, at + label_len(p->s,
				    at, to), to) ||
				    described_name_ahead(&scratch, at, to))
					target(&scratch, at, to);
				break;
			}
			if (json_array_size(scratch.list) > 0)
				break;
		}
	}
	for (i = 0; i < json_array_size(scratch.list); i++)
		iachrp_append(doc, names, json_incref(json_object_get(
		    json_array_get(scratch.list, i), "name")));
	json_decref(scratch.list);
}

/*
 * Appends the names of list, a scratch list it then frees, to names when
 * every entry of it is a person; none otherwise.
 */
static void
persons_into(const struct ctx *c, json_t *list, json_t *names)
{
	const json_t *v;
	size_t i;

	json_array_foreach(list, i, v) {
		const char *name = json_string_value(json_object_get(v, "name"));

		/* A group entered already: its members named there count. */
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0 && entry_named(c, name, 0, strlen(name)))
			continue;
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0) {
			json_array_clear(names);
			break;
		}
		if (iachrp_append(c->doc, names,
		    json_incref(json_object_get(v, "name"))) != 0)
			break;
	}
	json_decref(list);
}

/*
 * True when the last sentence of p, which ends with a colon, speaks of
 * the persons: "Las personas beneficiarias son:", "The people concerned
 * are:".
 */
static int
heads_names(const struct iachrp_para *p)
{
	size_t k, from = sentence_start(p, p->len - 1);

	for (k = 0; k < p->nword; k++)
		if (p->word[k] >= from &&
		    (iachrp_match_in(p->f + p->word[k], listed_nouns,
		    NULL) > 0 || iachrp_match_in(p->f + p->word[k],
		    beneficiary_nouns, NULL) > 0))
			return 1;
	return 0;
}

/*
 * The persons of the first list of one item a paragraph that a
 * paragraph ending with a colon opens ("The beneficiaries are:", "a
 * saber:"), from the lead on, into names; nothing when an item is not
 * a person.  When headed, only a colon after words for the persons
 * ("Las personas beneficiarias son:") opens it, not the requests'.
 */
static void
listed_names(struct ctx *c, const struct iachrp_doc *doc, json_t *names,
    int headed)
{
	struct ctx scratch;
	size_t i;

	if (doc->lead < 0)
		return;
	if (new_scratch(&scratch, c) != 0)
		return;
	scratch.count = 1;	/* no set of its own */
	for (i = (size_t)doc->lead; i + 1 < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		scratch.s = doc->para[i + 1].s;
		scratch.f = doc->para[i + 1].f;
		if (p->kind != IACHRP_BODY || p->mandate || p->len == 0 ||
		    p->s[p->len - 1] != ':' ||
		    (item_start(doc->para[i + 1].s) == 0 &&
		    !name_line(&scratch, &doc->para[i + 1])) ||
		    (headed && !heads_names(p)))
			continue;
		listed(&scratch, doc, i);
		break;
	}
	persons_into(c, scratch.list, names);
}

/*
 * The persons an item of the list of requests asks the State to protect
 * ("1. Adopte las medidas necesarias para proteger la vida e integridad
 * personal de A, B y C;"), into names; nothing when an entry there is
 * not a person.
 */
static void
requested_names(struct ctx *c, const struct iachrp_doc *doc, json_t *names)
{
	struct ctx scratch;

	if (first_requested(c, doc, &scratch) == 0)
		persons_into(c, scratch.list, names);
}

/*
 * The entries of the first item of the list of requests that names any,
 * into scratch's list (a copy of c's context): 0, or -1 where there is
 * no lead or no memory.
 */
static int
first_requested(const struct ctx *c, const struct iachrp_doc *doc,
    struct ctx *scratch)
{
	size_t i, n;

	if (doc->lead < 0 || new_scratch(scratch, c) != 0)
		return -1;
	scratch->count = 1;	/* no set of its own */
	for (i = (size_t)doc->lead + 1; i < doc->npara &&
	    json_array_size(scratch->list) == 0; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate ||
		    (n = item_start(p->s)) == 0)
			continue;
		scratch->s = p->s;
		scratch->f = p->f;
		from_cues(scratch, n, p->len);
	}
	return 0;
}

/* Appends each of names to c's list as a person, traced by why. */
static void
add_persons(struct ctx *c, const json_t *names, const char *why)
{
	const json_t *v;
	size_t i;

	json_array_foreach(names, i, v) {
		if (entry_named(c, json_string_value(v), 0,
		    json_string_length(v)))
			continue;
		if (iachrp_append(c->doc, c->list, iachrp_pair("name",
		    json_incref((json_t *)v), "kind",
		    json_string("person"))) != 0)
			break;
		iachrp_trace_string(c->doc, "beneficiaries",
		    json_string_value(v), strlen(json_string_value(v)), why);
	}
}

/*
 * An extension to relatives the decision does not name ("ampliar la
 * medida en favor de la esposa y de los dos hijos del artista X"), named
 * later after a possessive and the same word of kin ("su esposa,
 * Yadira Mena Cruz", "Sus hijos, Osmany y Lisandra Pérez Mena"): adds
 * those persons.
 */
static void
kin_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *lead = &doc->para[dec->sentence.para];
	size_t kin[8], nkin = 0, i, k, j, n, at, e;
	int any_kin = 0;	/* "à deux proches de l'artiste X" */

	for (k = 0; k < lead->nword && nkin < 8; k++) {
		if (lead->word[k] < dec->verb ||
		    lead->word[k] >= dec->sentence.end)
			continue;
		if (iachrp_match_in(lead->f + lead->word[k],
		    iachrp_lex_relatives_noun, NULL) > 0)
			any_kin = 1;
		else if (iachrp_match_in(lead->f + lead->word[k], kin_words,
		    NULL) > 0)
			kin[nkin++] = lead->word[k];
	}
	for (i = (size_t)dec->sentence.para + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		for (k = 1; k < p->nword; k++) {
			at = p->word[k];
			e = token_end(p->f, at, p->len);
			if (p->f[e - 1] == ',')
				e--;
			for (j = 0; j < nkin; j++) {
				n = token_end(lead->f, kin[j], lead->len) - kin[j];
				if (lead->f[kin[j] + n - 1] == ',')
					n--;
				if (n == e - at && strncmp(p->f + at,
				    lead->f + kin[j], n) == 0)
					break;
			}
			if (j == nkin && !(any_kin && iachrp_match_in(p->f + at,
			    kin_words, NULL) == e - at))
				continue;
			if (iachrp_match_in(p->f + p->word[k - 1],
			    possessives, NULL) != at - 1 - p->word[k - 1])
				continue;
			at = skip_spaces(p->s, e + (p->s[e] == ','), p->len);
			if (at < p->len && iachrp_is_upper_at(p->s + at))
				persons_of_phrase(c, at, phrase_end(c, at,
				    iachrp_sentence_end(p->s, at)));
		}
	}
}

/* Where the first verb of protecting in p starts, or 0. */
static size_t
protect_cue_in(const struct iachrp_para *p)
{
	size_t k;

	for (k = 0; k < p->nword; k++)
		if (iachrp_match_in(p->f + p->word[k], protect_cues, NULL) > 0)
			return p->word[k];
	return 0;
}

/*
 * The persons each item of the list of requests asks the State to
 * protect, after its verb of protecting ("b) proteger la vida e
 * integridad personal de B"), into names; an item that names a set
 * gives none.  Items that ask for inquiries into what befell others
 * ("la relativa al asesinato del señor X") protect no one.
 */
static void
requested_in_every_item(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names)
{
	struct ctx scratch;
	json_t *item;
	size_t i, n;

	if (doc->lead < 0)
		return;
	for (i = (size_t)doc->lead + 1; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate ||
		    item_start(p->s) == 0 ||
		    (n = protect_cue_in(p)) == 0 ||
		    new_scratch(&scratch, c) != 0)
			continue;
		if ((item = json_array()) == NULL) {
			json_decref(scratch.list);
			iachrp_nomem(doc);
			return;
		}
		scratch.count = 1;	/* no set of its own */
		scratch.s = p->s;
		scratch.f = p->f;
		from_cues(&scratch, n, p->len);
		persons_into(c, scratch.list, item);
		json_array_extend(names, item);
		json_decref(item);
	}
}

/*
 * Adds the persons the list of requests asks the State to protect: after
 * each item's verb of protecting, and when whole, all that the first item
 * naming anyone names too (a follow-up's "1. To keep in force the
 * measures in favor of A and B").
 */
static void
add_requested(struct ctx *c, const struct iachrp_doc *doc, int whole,
    const char *why)
{
	json_t *names = json_array();

	if (names == NULL) {
		iachrp_nomem(doc);
		return;
	}
	if (whole)
		requested_names(c, doc, names);
	requested_in_every_item(c, doc, names);
	add_persons(c, names, why);
	json_decref(names);
}

/*
 * An extension to a set it does not name ("para proteger también a otras
 * personas de su entorno"): the persons the requests ask the State to
 * protect, but for those the lead names as protected already, replace
 * the set.
 */
static void
requested_new(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *names = json_array();

	if (names == NULL) {
		iachrp_nomem(doc);
		return;
	}
	requested_names(c, doc, names);
	drop_named_in_lead(c, doc, names);
	if (json_array_size(names) > 0) {
		json_array_clear(c->list);
		c->count = 0;
		add_persons(c, names, "a person the requests ask the State "
		    "to protect, new in the extension");
	}
	json_decref(names);
}

/*
 * Where no rule found whom the decision protects: the persons a later
 * list or sentence lists ("Las personas beneficiarias son:" and a list,
 * "The persons now covered by the measure are A; B; and C"), else those
 * the list of requests asks the State to protect.
 */
static void
listed_or_requested(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *names = json_array();
	int listed;

	if (names == NULL) {
		iachrp_nomem(doc);
		return;
	}
	listed_names(c, doc, names, 1);
	if (json_array_size(names) == 0)
		named_list(c, doc, names);
	if ((listed = json_array_size(names) > 0))
		add_persons(c, names, "a person a later sentence lists");
	json_decref(names);
	if (!listed)
		add_requested(c, doc, 1, "a person the requests ask the State "
		    "to protect");
}

/* Adds the persons of a list headed by words for them (see listed_names). */
static void
beneficiaries_listed(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *names = json_array();

	if (names == NULL) {
		iachrp_nomem(doc);
		return;
	}
	listed_names(c, doc, names, 1);
	add_persons(c, names, "a person a list of the beneficiaries names");
	json_decref(names);
}

/*
 * The groups the requests name, where they name no person ("proteger a
 * vida ... das pessoas privadas de liberdade na Penitenciária X"): the
 * measure's own, where nothing before named it but by pointing back
 * ("naquela unidade").
 */
static void
requested_groups(struct ctx *c, const struct iachrp_doc *doc)
{
	struct ctx scratch;
	const json_t *v;
	const char *name;
	size_t i;

	if (first_requested(c, doc, &scratch) != 0)
		return;
	json_array_foreach(scratch.list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") != 0 || !named(name))
			continue;
		if (iachrp_append(doc, c->list, json_incref((json_t *)v)))
			break;
		iachrp_trace_string(doc, "beneficiaries", name, strlen(name),
		    "a group the requests ask the State to protect");
	}
	json_decref(scratch.list);
}

/* True when name holds a capital letter: a name, not "a union leader". */
static int
named(const char *name)
{
	for (; *name != '\0'; name += iachrp_char_len(name))
		if (iachrp_is_upper_at(name))
			return 1;
	return 0;
}

/* Removes from names the persons c's list holds already. */
static void
drop_entered(const struct ctx *c, json_t *names)
{
	const json_t *w;
	const char *name;
	size_t i, k;

	for (i = json_array_size(names); i-- > 0;) {
		name = json_string_value(json_array_get(names, i));
		json_array_foreach(c->list, k, w)
			if (strcmp(json_string_value(json_object_get(w, "kind")),
			    "person") == 0 && same_person(name, 0, strlen(name),
			    json_string_value(json_object_get(w, "name"))))
				break;
		if (k < json_array_size(c->list))
			json_array_remove(names, i);
	}
}

/*
 * In an extension, drops from names the persons the lead names: those
 * the measure protects already ("valoró la situación del beneficiario X
 * y extendió la protección a otros dos presos").
 */
static void
drop_named_in_lead(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names)
{
	json_t *lead;
	const char *name;
	size_t i, k;

	if (!c->extends || doc->lead < 0 || (lead = json_array()) == NULL)
		return;
	person_names(c, &doc->para[doc->lead], lead);
	for (i = json_array_size(names); i-- > 0;) {
		name = json_string_value(json_array_get(names, i));
		for (k = 0; k < json_array_size(lead); k++)
			if (same_person(name, 0, strlen(name),
			    json_string_value(json_array_get(lead, k))))
				break;
		if (k < json_array_size(lead))
			json_array_remove(names, i);
	}
	json_decref(lead);
}

/*
 * The first sentence from the lead on that names as many new persons as
 * the counted set holds ("officers arrested A, the union's secretary;
 * B, a delegate; and C, its press officer"): their names into names.
 */
static void
names_of_one_sentence(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names)
{
	size_t i, from, to;

	for (i = doc->lead < 0 ? 0 : (size_t)doc->lead; i < doc->npara;
	    i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (from = 0; from < p->len; from = (size_t)(
		    iachrp_skip_space(p->s + to) - p->s)) {
			to = iachrp_sentence_end(p->s, from);
			json_array_clear(names);
			persons_in(c, p, from, to, names);
			/* "por lo que se las identifica como A.B. y C.D." */
			initials_in(c, from, to, names);
			/* The lead's own sentences name the set's persons. */
			if (i != (size_t)doc->lead)
				drop_named_in_lead(c, doc, names);
			if (json_array_size(names) == (size_t)c->count)
				return;
		}
	}
	json_array_clear(names);
}

/* How many entries of list after the one at index at are persons. */
static size_t
persons_after(const json_t *list, size_t at)
{
	size_t i, n = 0;

	for (i = at + 1; i < json_array_size(list); i++)
		if (strcmp(json_string_value(json_object_get(json_array_get(
		    list, i), "kind")), "person") == 0)
			n++;
	return n;
}

/*
 * Takes out of c's list its entries from index from on (those after its
 * counted set), so that the
 * set's members are sought as if none were entered yet: one entered
 * already by a later decision ("... lever les mesures à son égard") is
 * one of them, and counts.
 */
static json_t *
set_aside_after(struct ctx *c, size_t from)
{
	json_t *aside = json_array();

	while (aside != NULL && json_array_size(c->list) > from) {
		if (json_array_append(aside, json_array_get(c->list,
		    from)) != 0) {
			json_decref(aside);
			return NULL;
		}
		json_array_remove(c->list, from);
	}
	return aside;
}

/* Puts back into c's list the entries of aside it does not hold now. */
static void
put_back(struct ctx *c, json_t *aside)
{
	const json_t *v;
	const char *name;
	size_t i;

	json_array_foreach(aside, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (!entry_named(c, name, 0, strlen(name)) &&
		    iachrp_append(c->doc, c->list, json_incref((json_t *)v)))
			break;
	}
	json_decref(aside);
}

/*
 * A counted set of persons ("neuf personnes privées de liberté") whose
 * members the release names one by one, as many as it counts: the
 * entries are the names, in place of the set.
 */
static void
name_counted_set(struct ctx *c, const struct iachrp_doc *doc)
{
	json_t *names, *entry, *aside = NULL;
	const json_t *v;
	const char *name;
	size_t i, k;

	if (c->count < 2 && c->count != LISTED_AHEAD)
		return;
	/*
	 * A partial lift's counted set is the measure's, whose members are
	 * not all lifted: the scope, read later, says who is, and where it
	 * named them already the set is none of them.
	 */
	if (c->lifts == IACHRP_PARTIAL_LIFT && !c->follows) {
		v = json_array_get(c->list, c->counted);
		if (v != NULL && strcmp(json_string_value(json_object_get(v,
		    "kind")), "group") == 0 && persons_after(c->list,
		    c->counted) > 0)
			json_array_remove(c->list, c->counted);
		return;
	}
	/*
	 * Its members are the entries after it, as many as it counts;
	 * not in an extension, whose set is of the persons it adds.
	 */
	if (c->count > 0 && !c->extends && persons_after(c->list,
	    c->counted) >= (size_t)c->count) {
		v = json_array_get(c->list, c->counted);
		if (v != NULL && strcmp(json_string_value(json_object_get(v,
		    "kind")), "group") == 0)
			json_array_remove(c->list, c->counted);
		return;
	}
	/* An extension's later entries are others, those it adds. */
	if ((names = json_array()) == NULL ||
	    (aside = set_aside_after(c, c->extends ? SIZE_MAX :
	    c->counted + 1)) == NULL) {
		json_decref(names);
		iachrp_nomem(doc);
		return;
	}
	/* "the following persons:", then a list: as many as it holds */
	if (c->count == LISTED_AHEAD) {
		listed_names(c, doc, names, 0);
		if (json_array_size(names) > 0)
			c->count = (int)json_array_size(names);
		else if (!named(json_string_value(json_object_get(
		    json_array_get(c->list, c->counted), "name"))))
			json_array_remove(c->list, c->counted);
	} else
		named_list(c, doc, names);
	if (c->count > 0 && json_array_size(names) != (size_t)c->count) {
		json_array_clear(names);
		listed_names(c, doc, names, 0);
	}
	if (c->count > 0 && json_array_size(names) != (size_t)c->count) {
		json_array_clear(names);
		requested_names(c, doc, names);
		/* "proteger A, B e C", A protected already: B and C */
		drop_entered(c, names);
		if (json_array_size(names) != (size_t)c->count)
			drop_named_in_lead(c, doc, names);
	}
	if (c->count > 0 && json_array_size(names) != (size_t)c->count) {
		json_array_clear(names);
		for (i = doc->lead < 0 ? 0 : (size_t)doc->lead;
		    i < doc->npara && json_array_size(names) <=
		    (size_t)c->count; i++)
			if (doc->para[i].kind == IACHRP_BODY &&
			    !doc->para[i].mandate)
				persons_in(c, &doc->para[i], 0,
				    doc->para[i].len, names);
		if (json_array_size(names) != (size_t)c->count)
			drop_named_in_lead(c, doc, names);
	}
	if (c->count > 0 && json_array_size(names) != (size_t)c->count) {
		json_array_clear(names);
		names_of_one_sentence(c, doc, names);
	}
	if (json_array_size(names) == (size_t)c->count) {
		json_array_remove(c->list, c->counted);
		for (i = json_array_size(names); i-- > 0;) {
			name = json_string_value(json_array_get(names, i));
			/* Named already, as a follow-up's own list does */
			json_array_foreach(c->list, k, v)
				if (same_person(name, 0, strlen(name),
				    json_string_value(json_object_get(v,
				    "name"))))
					break;
			if (k < json_array_size(c->list))
				continue;
			entry = iachrp_pair("name", json_incref(
			    json_array_get(names, i)), "kind",
			    json_string("person"));
			if (entry == NULL ||
			    json_array_insert_new(c->list, c->counted, entry)) {
				iachrp_nomem(doc);
				break;
			}
			iachrp_trace_string(doc, "beneficiaries",
			    json_string_value(json_array_get(names, i)),
			    strlen(json_string_value(json_array_get(names, i))),
			    "a member of a counted set, named one by one");
		}
	}
	put_back(c, aside);
	json_decref(names);
}

/*
 * True when the one entry is a group the lead p tells by its members
 * ("levantar las medidas otorgadas a integrantes de la Junta Directiva del
 * Sindicato X"): the persons a later sentence names are those members.
 */
static int
members_only(struct ctx *c, const struct iachrp_para *p)
{
	const json_t *v = json_array_get(c->list, 0);

	size_t t;

	return json_array_size(c->list) == 1 && strcmp(json_string_value(
	    json_object_get(v, "kind")), "group") == 0 && (t = word_of_set(c,
	    p, json_string_value(json_object_get(v, "name")))) != NO_WORD &&
	    iachrp_match_in(c->f + t, membership, NULL) > 0;
}

/*
 * Where p tells the group name as a set of its persons, a noun, "of" and
 * perhaps an article before it ("integrantes de la Junta X", "dirigentes
 * del Consejo X"): the noun's offset in p, with c reading p; NO_WORD
 * where it does not.
 */
static size_t
word_of_set(struct ctx *c, const struct iachrp_para *p, const char *name)
{
	const char *at;
	size_t t, e;

	if ((at = strstr(p->s, name)) == NULL)
		return NO_WORD;
	c->s = p->s;
	c->f = p->f;
	/* Back over an article and "of" to the word. */
	e = (size_t)(at - p->s);
	t = word_before(c, 0, &e);
	if (word_is(c, t, e, articles, IACHRP_NCUES(articles))) {
		e = t;
		t = word_before(c, 0, &e);
	}
	if (!word_is(c, t, e, of_words, IACHRP_NCUES(of_words)))
		return NO_WORD;
	e = t;
	t = word_before(c, 0, &e);
	return t < e ? t : NO_WORD;
}

/*
 * A group the lead tells by its leaders ("relativas a dirigentes del
 * Consejo Comunitario X"), where persons are entries too: those are the
 * leaders, and the group, which the measures do not protect beyond them,
 * is none.  So is the group of members a partial lift names some of
 * ("vigente a favor de integrantes del Movimiento X, en lo que respecta
 * a A y B"): the measure's, not lifted.
 */
static void
drop_sets_of_named(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead)
{
	const json_t *v;
	size_t i, t, persons = 0;

	json_array_foreach(c->list, i, v)
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") == 0)
			persons++;
	for (i = json_array_size(c->list); persons > 0 && i-- > 0;) {
		v = json_array_get(c->list, i);
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") == 0 && (t = word_of_set(c, &doc->para[lead],
		    json_string_value(json_object_get(v, "name")))) !=
		    NO_WORD && (iachrp_match_in(c->f + t,
		    iachrp_lex_leader_noun, NULL) > 0 || (c->lifts ==
		    IACHRP_PARTIAL_LIFT && !c->follows &&
		    iachrp_match_in(c->f + t, membership, NULL) > 0)))
			json_array_remove(c->list, i);
	}
}

/* True when every entry is a group that names no one. */
static int
unnamed_only(const json_t *list)
{
	size_t i;
	const json_t *v;
	const char *name;

	if (json_array_size(list) == 0)
		return 0;
	json_array_foreach(list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "group") != 0 || named(name))
			return 0;
	}
	return 1;
}

/*
 * Whom an applicant asked to add to the measures in paragraph p ("LADES
 * pidió extender la protección a A y a B"), into c.
 */
static void
asked_extension_in(struct ctx *c, const struct iachrp_para *p)
{
	size_t k, n, to;

	if (p->kind != IACHRP_BODY || p->mandate)
		return;
	c->s = p->s;
	c->f = p->f;
	for (k = 0; k < p->nword; k++) {
		if ((n = iachrp_match_in(p->f + p->word[k],
		    asked_extension_cues, NULL)) == 0)
			continue;
		to = iachrp_sentence_end(p->s, p->word[k]);
		joined_targets(c, skip_spaces(p->s, p->word[k] + n, to), to);
		return;
	}
}

/*
 * At word k of p, a phrase that says whom the decision reaches: a cue
 * ("the lifting concerns"), or a verb of reach in a sentence whose
 * subject is the decision ("La decisión consta en la Resolución 22/25 y
 * alcanza a A y a B").  Its bytes, or 0.
 */
static size_t
scope_at(const struct iachrp_para *p, size_t k)
{
	size_t at = p->word[k], n, from, next;

	if ((n = iachrp_match_in(p->f + at, scope_cues, NULL)) == 0) {
		if ((n = iachrp_match_in(p->f + at, scope_verbs, NULL)) == 0 ||
		    iachrp_is_alpha_at(p->f + at + n))
			return 0;
		from = sentence_start(p, at);
		if (at > from + 120 || iachrp_match_in(p->f + from,
		    scope_subjects, NULL) == 0)
			return 0;
	}
	/* "The decision ... concerns PM 1606-18": the measure, no one */
	next = skip_spaces(p->s, at + n, p->len);
	if (iachrp_match_in(p->f + next, iachrp_lex_measure_cue, NULL) > 0 ||
	    skip_file_number(p->f, next, p->len) > next)
		return 0;
	return n;
}

/*
 * In an extension, a sentence after the decision that says whom the
 * measures now cover ("La résolution 14/24 vise désormais aussi A et B",
 * "Com a Resolução 91/24, passam a estar protegidos quatro integrantes
 * da equipe: A, B, C e D"), in the decision's paragraph or the next one,
 * or one on the extension's scope anywhere after ("The extension covers
 * A and B"): its entries replace those read so far, which tell of the
 * measures as they were, or join them when a follow-up is decided too.
 */
static void
covered_later(struct ctx *c, const struct iachrp_doc *doc, size_t para,
    size_t from)
{
	struct ctx scratch;
	size_t i, k, n, to;

	if (new_scratch(&scratch, c) != 0)
		return;
	for (i = para; i < doc->npara &&
	    json_array_size(scratch.list) == 0; i++, from = 0) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		scratch.s = p->s;
		scratch.f = p->f;
		for (k = 0; k < p->nword; k++) {
			/* "The extension covers A and B", anywhere after */
			if (p->word[k] < from || ((n = scope_at(p, k)) == 0 &&
			    (i > para + 1 || (n = iachrp_match_in(p->f +
			    p->word[k], coverage_cues, NULL)) == 0 ||
			    /* "... e ampliadas em 2021 para proteger também" */
			    iachrp_earlier_act(doc, p->f, sentence_start(p,
			    p->word[k]), p->word[k]))))
				continue;
			to = iachrp_sentence_end(p->s, p->word[k]);
			n = skip_spaces(p->s, p->word[k] + n, to);
			/* "A ampliação beneficia:" and a list */
			if (p->s[n] == ':' && skip_spaces(p->s, n + 1,
			    p->len) == p->len)
				listed(&scratch, doc, i);
			else
				joined_targets(&scratch, n, to);
			break;
		}
	}
	/* "LADES pidió extender la protección a A y a B", anywhere after */
	for (i = para; i < doc->npara && json_array_size(scratch.list) == 0;
	    i++)
		asked_extension_in(&scratch, &doc->para[i]);
	if (json_array_size(scratch.list) > 0 && !unnamed_only(scratch.list) &&
	    c->follows) {
		/* A follow-up decided too covers those named before. */
		if (json_array_extend(c->list, scratch.list) != 0)
			iachrp_nomem(doc);
		json_decref(scratch.list);
		c->count = 0;
	} else if (json_array_size(scratch.list) > 0 &&
	    !unnamed_only(scratch.list)) {
		json_decref(c->list);
		c->list = scratch.list;
		c->count = scratch.count;
		c->counted = scratch.counted;
	} else
		json_decref(scratch.list);
}

/*
 * True when the measures are the subject of the verb at word k of p:
 * "The measures protect", "The measure, granted through Resolution
 * 39/17, protects".
 */
static int
measures_subject(const struct iachrp_para *p, size_t k)
{
	size_t e = p->word[k], b;

	while (e > 0 && p->f[e - 1] == ' ')
		e--;
	/* Back over an aside set off by commas. */
	if (e > 0 && p->f[e - 1] == ',') {
		for (b = e - 1; b > 0 && b + 80 > e && p->f[b - 1] != ',';)
			b--;
		if (b == 0 || p->f[b - 1] != ',')
			return 0;
		e = b - 1;
	}
	for (b = e; b > 0 && p->f[b - 1] != ' ';)
		b--;
	return e > b && iachrp_match_in(p->f + b, measure_nouns, NULL) ==
	    e - b;
}

/* Appends the persons of list that are not entries of c yet. */
static void
add_new_persons(struct ctx *c, const json_t *list)
{
	const json_t *v;
	const char *name;
	size_t i;

	json_array_foreach(list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		if (strcmp(json_string_value(json_object_get(v, "kind")),
		    "person") != 0 || entry_named(c, name, 0, strlen(name)))
			continue;
		if (iachrp_append(c->doc, c->list, json_incref((json_t *)v)))
			break;
	}
}

/*
 * Gives a group of list named by its acronym ("all members of the CFM")
 * the full name an entry of c has ("Collectif des Femmes de Martissant").
 */
static void
named_in_full(const struct ctx *c, json_t *list)
{
	json_t *v, *full;
	const char *name;
	size_t i, k;

	json_array_foreach(list, i, v) {
		name = json_string_value(json_object_get(v, "name"));
		for (k = 0; k < json_array_size(c->list); k++) {
			full = json_object_get(json_array_get(c->list, k),
			    "name");
			if (acronym_of(name, strlen(name),
			    json_string_value(full))) {
				if (json_object_set(v, "name", full) != 0)
					iachrp_nomem(c->doc);
				break;
			}
		}
	}
}

/*
 * Where the lead names only a set ("en faveur de personnes détenues pour
 * des motifs politiques"), a later sentence whose subject is the
 * measures names whom they protect ("Les mesures protègent A et B"), or
 * one tells whom the decision reaches ("La decisión alcanza al exfiscal
 * A y a la jueza B"): those entries replace the set.  Whom a partial lift
 * reaches ("The lifting concerns A and B") replaces any entries.
 */
static void
protected_later(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	struct ctx scratch;
	size_t i, k, n, to;
	int empty = json_array_size(c->list) == 0;
	int unnamed = empty || unnamed_only(c->list) ||
	    members_only(c, &doc->para[lead]);
	int named_lead;

	/*
	 * A partial lift's scope replaces whatever the lead named, unless a
	 * follow-up covers those named too.  After a grant's named lead,
	 * the persons a later sentence says the measures protect are added
	 * ("Las medidas protegen de manera individualizada a tres
	 * integrantes de la junta directiva: 1) A; 2) B; y 3) C").
	 */
	named_lead = !unnamed && (c->lifts != IACHRP_PARTIAL_LIFT ||
	    c->follows);
	if (named_lead && (c->extends || c->lifts))
		return;
	if (new_scratch(&scratch, c) != 0)
		return;
	for (i = lead; i < doc->npara &&
	    json_array_size(scratch.list) == 0; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		scratch.s = p->s;
		scratch.f = p->f;
		/*
		 * "1. To lift the precautionary measures in favor of A and
		 * B;", "la CIDH a décidé de lever la mesure en faveur de A et
		 * de B, et de la maintenir pour C": a later sentence that
		 * lifts
		 */
		for (k = 0; k < p->nword; k++) {
			/* "La decisión alcanza al exfiscal X y a la jueza Y" */
			if (!named_lead && (n = scope_at(p, k)) > 0) {
				/* "... lifted with respect to A, and remain in
				 * force for B": A */
				to = kept_from(&scratch, p->word[k] + n,
				    iachrp_sentence_end(p->s, p->word[k]));
				n = skip_spaces(p->s, p->word[k] + n, to);
				/* "As pessoas ... levantada são:" and a list */
				if (p->s[n] == ':' && skip_spaces(p->s, n + 1,
				    p->len) == p->len)
					listed(&scratch, doc, i);
				else
					target(&scratch, n, to);
				break;
			}
			/* In the lead, once nothing else named anyone. */
			if ((!unnamed && !named_lead) || (i == lead && !empty) ||
			    !measures_subject(p, k) ||
			    (n = iachrp_match_in(p->f + p->word[k],
			    protect_verbs, NULL)) == 0)
				continue;
			to = iachrp_sentence_end(p->s, p->word[k]);
			n = skip_spaces(p->s, p->word[k] + n, to);
			n += iachrp_match_in(p->f + n, manner_adverbs, NULL);
			target(&scratch, skip_spaces(p->s, n, to), to);
			break;
		}
		if (c->lifts == IACHRP_PARTIAL_LIFT && i > lead &&
		    json_array_size(scratch.list) == 0)
			lifted_later(&scratch, doc, p);
	}
	if (named_lead) {
		add_new_persons(c, scratch.list);
		json_decref(scratch.list);
	} else if (json_array_size(scratch.list) > 0 &&
	    !unnamed_only(scratch.list)) {
		named_in_full(c, scratch.list);
		json_decref(c->list);
		c->list = scratch.list;
		c->count = 0;
	} else
		json_decref(scratch.list);
}

/*
 * Reads whom the first sentence of p in which the Commission lifts
 * measures lifts them for: "1. To lift ... in favor of A and B;", "la
 * CIDH a décidé de lever la mesure en faveur de A et de B, et de la
 * maintenir pour C", not "Ils ont sollicité la levée de la mesure".
 */
static void
lifted_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_para *p)
{
	size_t from, to, k, item = item_start(p->s);
	json_t *named;
	int kind;

	for (from = item; from < p->len; from = to) {
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
		to = iachrp_sentence_end(p->s, from);
		if ((k = iachrp_first_decision(doc, p->f, from, to,
		    &kind)) != (size_t)-1 &&
		    (kind == IACHRP_LIFT || kind == IACHRP_PARTIAL_LIFT) &&
		    (item > 0 || iachrp_contains(p->f, from, k,
		    iachrp_lex_commission_word))) {
			/*
			 * "la CIDH constató que respecto de A y de la señora B
			 * ya no subsisten las circunstancias ... y levantó las
			 * medidas en lo que a ellos concierne"
			 */
			if ((named = json_array()) == NULL) {
				iachrp_nomem(doc);
				return;
			}
			persons_in(c, p, from, k, named);
			c->s = p->s;
			c->f = p->f;
			if (json_array_size(named) == 0 ||
			    !in_their_favour(c, from, k, to))
				from_cues(c, k, kept_from(c, k, to));
			json_decref(named);
			return;
		}
	}
}

/*
 * True when word k of p is an adverb of manner or time: "originally",
 * "initialement", "inicialmente", "first".
 */
static int
adverb(const struct iachrp_para *p, size_t k)
{
	size_t e = token_end(p->f, p->word[k], p->len);
	size_t n = e - p->word[k];

	return (n > 4 && strncmp(p->f + e - 2, "ly", 2) == 0) ||
	    (n > 6 && strncmp(p->f + e - 4, "ment", 4) == 0) ||
	    (n > 7 && strncmp(p->f + e - 5, "mente", 5) == 0) ||
	    iachrp_match_in(p->f + p->word[k], iachrp_lex_time_adverb,
	    NULL) == n;
}

/*
 * True when word k of p ends the measures' name: their noun ("medidas",
 * "measures") or their file number ("medidas cautelares MC 408-21,").
 */
static int
measure_noun_word(const struct iachrp_para *p, size_t k)
{
	size_t e = token_end(p->f, p->word[k], p->len);

	if (iachrp_match_in(p->f + p->word[k], measure_nouns, NULL) ==
	    e - p->word[k])
		return 1;
	return k > 0 && skip_file_number(p->f, p->word[k - 1], p->len) >
	    p->word[k - 1] && skip_file_number(p->f, p->word[k - 1],
	    p->len) >= e;
}

/*
 * Where the names the text starts at a end: capitalised
 * words, particles inside names, and the commas and conjunctions that
 * join names ("Ana Pérez Soto y Luis Díaz"); a when there are none.
 */
static size_t
names_run_end(const struct ctx *c, size_t a, size_t to)
{
	size_t i, e, end = a, n;

	for (i = a; i < to; i = skip_spaces(c->s, e, to)) {
		e = token_end(c->s, i, to);
		if (iachrp_is_upper_at(c->s + i)) {
			end = e;
			if (c->s[e - 1] != ',')
				continue;
			end = e - 1;
		} else if ((n = iachrp_match_in(c->f + i, conjunctions,
		    NULL)) == 0 && iachrp_match_in(c->f + i, name_particles,
		    NULL) != e - i)
			break;
		else if (n > 0)
			e = i + n;
	}
	return end;
}

/*
 * In paragraph p, the persons whose situation a follow-up follows ("dio
 * seguimiento a la situación de A y B") and those the measure was
 * granted to ("The measures were granted in 2019 to protect A and B",
 * "las medidas otorgadas a favor de los integrantes del Consejo X").
 */
static void
followed_in(struct ctx *c, const struct iachrp_para *p)
{
	size_t k, n, to;

	if (p->kind != IACHRP_BODY || p->mandate)
		return;
	c->s = p->s;
	c->f = p->f;
	for (k = 0; k < p->nword; k++) {
		size_t at = p->word[k];

		if ((n = iachrp_match_in(p->f + at, followed_cues,
		    NULL)) > 0) {
			to = iachrp_sentence_end(p->s, at);
			target(c, skip_spaces(p->s, at + n, to), to);
		} else if ((n = iachrp_match_in(p->f + at, beneficiary_nouns,
		    NULL)) > 0 && at + n < p->len && p->s[at + n] == ' ' &&
		    persons_follow(c, at + n + 1, p->len)) {
			/* "valoró la situación del beneficiario X y ..." */
			to = names_run_end(c, at + n + 1, p->len);
			add_named_in(c, p, at + n + 1, to, "a person the "
			    "follow-up calls a beneficiary");
		} else if (k > 0 && (iachrp_match_in(p->f + p->word[k -
		    (k > 1 && adverb(p, k - 1) ? 2 : 1)], passive_aux,
		    NULL) > 0 || measure_noun_word(p, k - 1) ||
		    /* "La CIDH avait octroyé ces mesures ... au profit de" */
		    word_is(c, p->word[k - 1], at - 1, iachrp_lex_past_word,
		    IACHRP_NCUES(iachrp_lex_past_word))) &&
		    iachrp_match_in(p->f + at, granted_words, NULL) > 0) {
			to = iachrp_sentence_end(p->s, at);
			from_cues(c, at, to);
			/* "... à l'ensemble de la population carcérale, et en
			 * particulier à deux détenus : A et B" */
			named_among(c, p, at, to);
		}
	}
}

/*
 * Whom a follow-up covers besides those the lead names: the named
 * persons and groups of followed_in, from the lead on, each once.
 */
static void
followed(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	struct ctx scratch;
	size_t i, k;
	json_t *v, *w;

	if (new_scratch(&scratch, c) != 0)
		return;
	for (i = lead; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		scratch.count = 0;
		followed_in(&scratch, p);
		/* "... to protect the following justice operators:", a list */
		if (scratch.count == LISTED_AHEAD && p->len > 0 &&
		    p->s[p->len - 1] == ':') {
			json_array_remove(scratch.list, scratch.counted);
			listed(&scratch, doc, i);
		}
	}
	json_array_foreach(scratch.list, i, v) {
		json_array_foreach(c->list, k, w)
			if (json_equal(json_object_get(v, "name"),
			    json_object_get(w, "name")))
				break;
		if (k == json_array_size(c->list) && named(json_string_value(
		    json_object_get(v, "name"))) &&
		    iachrp_append(doc, c->list, json_incref(v)) != 0)
			break;
	}
	json_decref(scratch.list);
}

/* Where an adverb before the verb at k starts ("agora estão"), or k. */
static size_t
adverb_before(const struct ctx *c, size_t from, size_t k)
{
	size_t e = k, a = word_before(c, from, &e);

	return a < e && iachrp_match_in(c->f + a, naming_adverbs, NULL) ==
	    e - a ? a : k;
}

/*
 * The verb of naming that ends s[from, at) before a beneficiaries' noun,
 * past short words ("is now a beneficiary", "son beneficiarias") or a
 * passive of joining ("fueron incorporados como beneficiarios", "ont été
 * ajoutés comme bénéficiaires"): where it starts, or 0.
 */
static size_t
verb_before(const struct ctx *c, size_t from, size_t at)
{
	size_t k = at, e;
	int words, joined = 0;

	for (words = 0; words < 4 && k > from; words++) {
		while (k > from && c->s[k - 1] == ' ')
			k--;
		e = k;
		while (k > from && c->s[k - 1] != ' ')
			k--;
		if (iachrp_match_in(c->f + k, naming_verbs, NULL) == e - k ||
		    (joined && iachrp_match_in(c->f + k,
		    iachrp_lex_passive_aux, NULL) == e - k))
			return adverb_before(c, from, k);
		/* "fueron incorporados como beneficiarios" */
		if (!joined && iachrp_match_in(c->f + k, joined_as,
		    NULL) > 0) {
			joined = 1;
			continue;
		}
		if (e - k > 5 && iachrp_match_in(c->f + k, naming_adverbs,
		    NULL) != e - k)
			return 0;
	}
	return 0;
}

/*
 * True when word k of p says that a measure covers those before it:
 * "are now covered by Precautionary Measure 205-19", "están ahora
 * protegidos por las medidas cautelares".
 */
static int
covered_by_measure(const struct iachrp_para *p, size_t k)
{
	const char *f = p->f + p->word[k];
	size_t n;

	if ((n = iachrp_match_in(f, covered_by, NULL)) == 0 || f[n] != ' ')
		return 0;
	f += n + 1;
	if ((n = iachrp_match_in(f, articles, NULL)) > 0 && f[n] == ' ')
		f += n + 1;
	return iachrp_match_in(f, iachrp_lex_measure_cue, NULL) > 0 ||
	    iachrp_match_in(f, iachrp_lex_measure_name, NULL) > 0;
}

/*
 * True when a relative pronoun after a comma ends s[from, verb): "...
 * José Daniel Pérez Rivero, quien es beneficiario desde 2021" describes
 * the person before it, not the subject the sentence opens with.
 */
static int
relative_before(const struct ctx *c, size_t from, size_t verb)
{
	size_t e = verb, t = word_before(c, from, &e), k = t;

	while (k > from && c->s[k - 1] == ' ')
		k--;
	return k > from && c->s[k - 1] == ',' && e > t &&
	    iachrp_match_in(c->f + t, relative_pronouns, NULL) == e - t;
}

/*
 * True when, within a few words after at, a date says since when
 * ("beneficiario de medidas cautelares desde agosto de 2018"): the
 * person is protected already.
 */
static int
protected_since(const struct ctx *c, size_t at, size_t to)
{
	size_t k = at;
	int words;

	for (words = 0; words < 8 && k < to; words++) {
		k = skip_spaces(c->f, token_end(c->f, k, to), to);
		if (skip_date(c, k, to) > k)
			return 1;
	}
	return 0;
}

/*
 * Sentences that say who the beneficiaries are with the names first:
 * "X, a reporter for Y, is now a beneficiary of precautionary
 * measures", "La jueza A y el fiscal B son beneficiarios de las
 * medidas", "A and B are now covered by Precautionary Measure 205-19".
 * Read where the rest names no one.
 */
static void
declared(struct ctx *c, const struct iachrp_doc *doc, size_t lead)
{
	size_t i, k, from, to, verb;

	for (i = lead; i < doc->npara && json_array_size(c->list) == 0;
	    i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		c->s = p->s;
		c->f = p->f;
		from = i == lead ? iachrp_dateline_end(p) : 0;
		for (k = 0; k < p->nword; k++) {
			if (p->word[k] < from ||
			    (iachrp_match_in(p->f + p->word[k],
			    beneficiary_nouns, NULL) == 0 &&
			    !covered_by_measure(p, k)))
				continue;
			while ((to = iachrp_sentence_end(p->s, from)) <
			    p->word[k])
				from = (size_t)(iachrp_skip_space(p->s + to) -
				    p->s);
			from = subject_start(c, from, p->word[k]);
			/*
			 * A name, not "Ambas personas son beneficiarias", nor
			 * "other persons detained at X are also beneficiaries",
			 * of other measures.
			 */
			if ((verb = verb_before(c, from, p->word[k])) > from &&
			    capitals(c->s, token_end(c->s, from, verb),
			    verb) > 0 && !iachrp_contains(c->f, from, verb,
			    other_words) && !relative_before(c, from, verb) &&
			    !(c->extends && protected_since(c, p->word[k],
			    iachrp_sentence_end(p->s, p->word[k]))))
				phrase(c, from, verb);
		}
	}
}

/*
 * True when the name at a is brought in as a person: a role or a noun of
 * persons before it ("el periodista independiente A", "o defensor
 * ambiental A"), or a kin word in apposition ("sua companheira, A").
 */
static int
introduced(const struct ctx *c, size_t from, size_t a)
{
	size_t e = a, t;

	if (described_person(c, from, a))
		return 1;
	t = word_before(c, from, &e);
	return t + 1 < e && c->s[e - 1] == ',' &&
	    iachrp_match_in(c->f + t, kin_words, NULL) == e - 1 - t;
}

/*
 * True when the person named at a is whose relatives the text speaks of,
 * past up to three words that describe them: "relatives of activist A",
 * "tres familiares del activista comunitario A", "la familia de A".
 */
static int
anchor_of_kin(const struct ctx *c, size_t from, size_t a)
{
	size_t r = a, e, t;
	int words;

	for (words = 0; words <= 3; words++) {
		if (kin_of_noun(c, r))
			return 1;
		e = r;
		t = word_before(c, from, &e);
		if (t >= e || iachrp_is_upper_at(c->s + t) ||
		    word_is(c, t, e, of_words, IACHRP_NCUES(of_words)) ||
		    strchr(",;:", c->s[e - 1]) != NULL)
			return 0;
		r = t;
	}
	return 0;
}

/*
 * True when a word of kin and "of" stand before the noun at k ("La madre
 * del beneficiario, X", "the wife of the beneficiary"): what follows
 * names the relative, not the noun's person.
 */
static int
kin_of_noun(const struct ctx *c, size_t k)
{
	size_t e = k, t = word_before(c, 0, &e);

	if (word_is(c, t, e, articles, IACHRP_NCUES(articles))) {
		e = t;
		t = word_before(c, 0, &e);
	}
	if (!word_is(c, t, e, of_words, IACHRP_NCUES(of_words)))
		return 0;
	e = t;
	t = word_before(c, 0, &e);
	return t < e && iachrp_match_in(c->f + t, kin_words, NULL) > 0;
}

/*
 * Where the role or kin word at s[r, r + n) of paragraph p stands beside
 * a name: the person, added to c; returns whether it found one.  "the
 * reporter, A" and "his partner, B" (in apposition), "Union president
 * A" (a title), "A, secretary of conflicts" (after the name).
 */
static int
role_beside_name(struct ctx *c, const struct iachrp_para *p, size_t r,
    size_t n)
{
	size_t had = json_array_size(c->list), k, e;

	c->s = p->s;
	c->f = p->f;
	k = r + n;
	if (k + 2 < p->len && p->s[k] == ',' && p->s[k + 1] == ' ' &&
	    iachrp_is_upper_at(p->s + k + 2))
		persons_of_phrase(c, k + 2, phrase_end(c, k + 2,
		    iachrp_sentence_end(p->s, k + 2)));
	else if (k + 1 < p->len && p->s[k] == ' ' &&
	    iachrp_is_upper_at(p->s + k + 1))
		persons_of_phrase(c, k + 1, phrase_end(c, k + 1,
		    iachrp_sentence_end(p->s, k + 1)));
	else {
		/* "A, secretary of conflicts": the name ends before it */
		e = r;
		k = word_before(c, 0, &e);
		if (word_is(c, k, e, articles, IACHRP_NCUES(articles)))
			e = k;
		while (e > 0 && p->s[e - 1] == ' ')
			e--;
		if (e > 0 && p->s[e - 1] == ',' && (k = trailing_name(c,
		    sentence_start(p, e), e - 1)) < e - 1)
			persons_of_phrase(c, k, e - 1);
	}
	return json_array_size(c->list) > had;
}

/*
 * Where no rule found whom the decision protects, the persons its
 * sentence names only by their roles or kin ("to protect a reporter for
 * the weekly X and his partner", "to the president and the secretary of
 * conflicts of the union X"): each found where the release names the
 * holder of the same role beside a name.
 */
static void
roles_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *lead = &doc->para[dec->sentence.para];
	size_t k, n, i, w, at;

	for (k = 0; k < lead->nword; k++) {
		at = lead->word[k];
		if (at < dec->verb || at >= dec->sentence.end ||
		    ((n = role_len(lead->f + at)) == 0 &&
		    (n = iachrp_match_in(lead->f + at, kin_words, NULL)) == 0))
			continue;
		c->s = lead->s;
		c->f = lead->f;
		/* A role before a name is a title, read already. */
		if (iachrp_is_alpha_at(lead->f + at + n) ||
		    titled(c, at, dec->sentence.end))
			continue;
		for (i = dec->sentence.para; i < doc->npara; i++) {
			const struct iachrp_para *p = &doc->para[i];

			if (p->kind != IACHRP_BODY || p->mandate)
				continue;
			for (w = 0; w < p->nword; w++)
				if ((i != (size_t)dec->sentence.para ||
				    p->word[w] >= dec->sentence.end) &&
				    strncmp(p->f + p->word[w], lead->f + at,
				    n) == 0 && !iachrp_is_alpha_at(p->f +
				    p->word[w] + n) && role_beside_name(c, p,
				    p->word[w], n))
					break;
			if (w < p->nword)
				break;
		}
	}
}

/*
 * Where no rule found whom the decision protects, the persons its
 * paragraph introduces up to the end of the decision's sentence, in
 * order: "El riesgo que enfrentan el periodista A y la activista B ...
 * Así lo concluyó la CIDH en la Resolución 7/2023"; "Diante das ameaças
 * contra o defensor A e sua companheira, B, a CIDH submeteu ...".
 */
static void
named_around(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *para = &doc->para[dec->sentence.para];
	struct iachrp_para region = *para;
	json_t *names;
	size_t i, from;

	from = dec->sentence.para == doc->lead ? iachrp_dateline_end(para) : 0;
	if (para->kind != IACHRP_BODY || dec->sentence.end <= from ||
	    (names = json_array()) == NULL)
		return;
	region.s += from;
	region.f += from;
	region.len = dec->sentence.end - from;
	person_names(c, &region, names);
	c->s = para->s;
	c->f = para->f;
	for (i = 0; i < json_array_size(names); i++) {
		const char *name = json_string_value(json_array_get(names, i));
		const char *at = strstr(para->s + from, name);

		if (at == NULL || !introduced(c, from, (size_t)(at - para->s)) ||
		    anchor_of_kin(c, from, (size_t)(at - para->s)))
			continue;
		iachrp_append(doc, c->list, iachrp_pair("name",
		    json_string(name), "kind", json_string("person")));
		iachrp_trace_string(doc, "beneficiaries", name, strlen(name),
		    "a person introduced around a decision that names no one");
	}
	json_decref(names);
}

/*
 * A set that names no one ("two additional trade union leaders") beside
 * entries that do: those names are its members, or others'; it is no
 * entry of its own.
 */
static void
drop_unnamed_sets(json_t *list)
{
	size_t i;

	if (unnamed_only(list))
		return;
	for (i = json_array_size(list); i-- > 0;)
		if (!named(json_string_value(json_object_get(
		    json_array_get(list, i), "name"))))
			json_array_remove(list, i);
}

/*
 * One person named two ways, by rules that read different sentences
 * ("Lesbia del Carmen Gutiérrez Obando", later "la señora Gutiérrez
 * Obando"), is one entry: the fuller form, in the first one's place.
 */
static void
merge_same_persons(json_t *list)
{
	size_t i, j;
	json_t *x, *y;
	const char *a, *b;

	for (i = 0; i < json_array_size(list); i++) {
		x = json_array_get(list, i);
		if (strcmp(json_string_value(json_object_get(x, "kind")),
		    "person") != 0)
			continue;
		for (j = i + 1; j < json_array_size(list);) {
			y = json_array_get(list, j);
			a = json_string_value(json_object_get(x, "name"));
			b = json_string_value(json_object_get(y, "name"));
			if (strcmp(json_string_value(json_object_get(y,
			    "kind")), "person") != 0 ||
			    !same_person(a, 0, strlen(a), b)) {
				j++;
				continue;
			}
			if (strlen(b) > strlen(a))
				json_object_set(x, "name",
				    json_object_get(y, "name"));
			json_array_remove(list, j);
		}
	}
}

/*
 * Where the text first names name, as an offset into the release's
 * storage, body before title; (size_t)-1 where it never does (a name
 * the rules put together, "Marcos Torres" of "Marcos and Valeria Torres").
 */
static size_t
first_mention(const struct iachrp_doc *doc, const char *name)
{
	size_t i, k, n = strlen(name);
	const struct iachrp_para *p;
	int pass;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < doc->npara; i++) {
			p = &doc->para[i];
			if (p->kind != IACHRP_BODY || ((long)i == doc->title) !=
			    (pass == 1))
				continue;
			for (k = 0; n > 0 && (k = iachrp_byte_from(p->s, k,
			    p->len, name[0])) + n <= p->len; k++)
				if (p->s[k] == name[0] &&
				    memcmp(p->s + k, name, n) == 0)
					return (size_t)(p->s - doc->buf) + k;
		}
	return (size_t)-1;
}

/*
 * Where the text first names the given name name[0, n) alone in a list,
 * before a comma or a conjunction ("Dayana, Kevin y Samuel Cuesta"), as
 * an offset into the release's storage; (size_t)-1 where it never does.
 */
static size_t
given_alone(const struct iachrp_doc *doc, const char *name, size_t n)
{
	static const char *const joins[] = { ",", " y ", " e ", " and ",
	    " et ", NULL };
	const struct iachrp_para *p;
	size_t i, k, j;

	for (i = 0; i < doc->npara; i++) {
		p = &doc->para[i];
		if (p->kind != IACHRP_BODY || (long)i == doc->title)
			continue;
		for (k = 0; (k = iachrp_byte_from(p->s, k, p->len,
		    name[0])) + n < p->len; k++) {
			if (p->s[k] != name[0] || memcmp(p->s + k, name, n) != 0 ||
			    (k > 0 && p->s[k - 1] != ' '))
				continue;
			for (j = 0; joins[j] != NULL; j++)
				if (strncmp(p->s + k + n, joins[j],
				    strlen(joins[j])) == 0)
					return (size_t)(p->s - doc->buf) + k;
		}
	}
	return (size_t)-1;
}

/*
 * The entries in the order the text first names them, as the record
 * has them, whichever rule found each; one never named as such keeps
 * its place after the entry before it.
 */
static void
order_by_mention(const struct iachrp_doc *doc, json_t *list)
{
	size_t n = json_array_size(list), i, j, key[MAX_ENTRIES];
	json_t *v;

	if (n < 2 || n > MAX_ENTRIES)
		return;
	for (i = 0; i < n; i++) {
		const char *name = json_string_value(json_object_get(
		    json_array_get(list, i), "name"));
		const char *space = strchr(name, ' ');
		size_t alone;

		key[i] = first_mention(doc, name);
		/* "Dayana Cuesta Mosquera" of "Dayana, Kevin y Samuel Cuesta
		 * Mosquera": where its given name stands alone in a list */
		if (space != NULL && (alone = given_alone(doc, name,
		    (size_t)(space - name))) < key[i])
			key[i] = alone;
		if (key[i] == (size_t)-1)
			key[i] = i > 0 ? key[i - 1] : 0;
	}
	/* Insertion sort, stable: a few entries. */
	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && key[j - 1] > key[j]; j--) {
			size_t t = key[j];

			key[j] = key[j - 1];
			key[j - 1] = t;
			v = json_incref(json_array_get(list, j));
			json_array_remove(list, j);
			json_array_insert_new(list, j - 1, v);
		}
	}
}

/* Reads the sentences of the lead before the decision's, as if it were theirs. */
static void
asked_before(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	const struct iachrp_para *p = &doc->para[dec->sentence.para];
	size_t from, to;

	c->s = p->s;
	c->f = p->f;
	for (from = iachrp_dateline_end(p); from < dec->sentence.start;
	    from = to) {
		from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
		to = iachrp_sentence_end(p->s, from);
		if (to > dec->sentence.start)
			break;
		from_sentence(c, from, from, to);
	}
}

json_t *
iachrp_extract_beneficiaries(const struct iachrp_doc *doc,
    const struct iachrp_decision *dec)
{
	struct ctx c;
	const struct iachrp_para *p;
	int i;

	c.doc = doc;
	c.dec = dec;
	c.lang = doc->lang;
	cue_starts(&c.cue_starts);
	c.extends = 0;
	c.count = 0;
	c.counted = 0;
	c.lifts = 0;
	c.follows = 0;
	c.requests = 0;
	for (i = 0; i < dec->n; i++) {
		if (dec->decisions[i] == IACHRP_EXTENSION ||
		    dec->decisions[i] == IACHRP_REQUEST)
			c.extends = 1;
		if (dec->decisions[i] == IACHRP_REQUEST)
			c.requests = 1;
		if (dec->decisions[i] == IACHRP_LIFT ||
		    dec->decisions[i] == IACHRP_PARTIAL_LIFT)
			c.lifts = dec->decisions[i];
		if (dec->decisions[i] == IACHRP_FOLLOW_UP)
			c.follows = 1;
	}
	if ((c.list = json_array()) == NULL)
		return NULL;
	/* A refusal protects no one. */
	for (i = 0; i < dec->n && dec->decisions[i] == IACHRP_REJECT; i++)
		;
	if (dec->n > 0 && i == dec->n)
		return c.list;
	if (dec->sentence.para >= 0) {
		size_t from, to, at;
		int kind;

		p = &doc->para[dec->sentence.para];
		c.s = p->s;
		c.f = p->f;
		if (c.lifts == 0 || !lifted_by_relative(&c,
		    dec->sentence.start, dec->sentence.end))
			from_sentence(&c, dec->sentence.start, dec->verb,
			    dec->sentence.end);
		/* "La Résolution 61/23 met fin à la protection dont ..." */
		for (from = dec->sentence.end; c.lifts != 0 &&
		    json_array_size(c.list) == 0 && from < p->len; from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			lifted_by_relative(&c, from, to);
		}
		/*
		 * A whole lift: whom the grant it ends protected, as the
		 * lead tells it ("The Commission had granted those measures
		 * in 2012 to protect the life of A and B").
		 */
		if (c.lifts == IACHRP_LIFT && json_array_size(c.list) == 0)
			followed_in(&c, p);
		/*
		 * The lead's other sentences that state a decision, each of
		 * their decisions: "la Comisión evaluó la implementación de
		 * las medidas otorgadas a favor de X y resolvió extender la
		 * protección a Y".
		 */
		for (from = dec->sentence.end; from < p->len; from = to) {
			from = (size_t)(iachrp_skip_space(p->s + from) - p->s);
			to = iachrp_sentence_end(p->s, from);
			/* "... decided not to grant the measures requested in
			 * favor of X": a refusal protects no one. */
			for (at = from; (at = iachrp_first_decision(doc, p->f,
			    at, to, &kind)) != (size_t)-1 &&
			    kind != IACHRP_REJECT; at++)
				from_sentence(&c, from, at, to);
		}
	}
	/* Past the headline when the decision was read there. */
	if (c.extends && dec->sentence.para >= 0 &&
	    dec->sentence.para < doc->lead)
		covered_later(&c, doc, (size_t)doc->lead, 0);
	else if (c.extends && dec->sentence.para >= 0)
		covered_later(&c, doc, (size_t)dec->sentence.para,
		    dec->sentence.end);
	/*
	 * A lead that asks first and tells the act after: "The IACHR has
	 * asked the State of Guatemala to protect the life of X. The
	 * precautionary measures ... were granted on May 6, 2011."
	 */
	if (json_array_size(c.list) == 0 && dec->sentence.para >= 0 &&
	    dec->sentence.para == doc->lead && dec->sentence.start > 0)
		asked_before(&c, doc, dec);
	if (json_array_size(c.list) == 0 && dec->sentence.para >= 0)
		later(&c, doc, (size_t)dec->sentence.para);
	if (json_array_size(c.list) == 0 && doc->lead >= 0)
		declared(&c, doc, (size_t)doc->lead);
	else if (dec->sentence.para >= 0) {
		further_decisions(&c, doc, (size_t)dec->sentence.para);
		operative_items(&c, doc, (size_t)dec->sentence.para);
	}
	for (i = 0; i < dec->n && dec->sentence.para >= 0; i++)
		if (dec->decisions[i] == IACHRP_FOLLOW_UP)
			followed(&c, doc, (size_t)dec->sentence.para);
	name_counted_set(&c, doc);
	if (dec->sentence.para >= 0) {
		protected_later(&c, doc, (size_t)dec->sentence.para);
		members_among_later(&c, doc, (size_t)dec->sentence.para);
		named_at_risk(&c, doc, (size_t)dec->sentence.para);
	}
	/* A later list or the requests, where nothing before named anyone. */
	if (json_array_size(c.list) == 0)
		listed_or_requested(&c, doc);
	else if (c.follows)
		/*
		 * A follow-up covers everyone the measure protects: those its
		 * requests name too, kept after a partial lift or added by an
		 * extension told in numbers ("extended it to two more").
		 */
		add_requested(&c, doc, 1, "a person the follow-up's requests "
		    "ask the State to protect");
	else if (!c.extends && c.lifts == 0)
		add_requested(&c, doc, 0, "a person a request asks the State "
		    "to protect");
	/*
	 * "... a favor de A y de cinco integrantes de su familia. [...] La
	 * Comisión identificó como personas beneficiarias a las siguientes
	 * seis personas:" and a list: all of them.
	 */
	if (json_array_size(c.list) > 0 && !c.extends && c.lifts == 0 &&
	    !c.follows)
		beneficiaries_listed(&c, doc);
	/* Whom the finding of risk names, where an extension names no one. */
	if (json_array_size(c.list) == 0 && c.extends &&
	    dec->sentence.para >= 0)
		named_at_risk(&c, doc, (size_t)dec->sentence.para);
	/* Relatives an extension covers, named later by their kin. */
	if (json_array_size(c.list) == 0 && c.extends &&
	    dec->sentence.para >= 0)
		kin_named_later(&c, doc, dec);
	/* "para proteger también a otras personas de su entorno" */
	if (c.extends && !c.requests && json_array_size(c.list) > 0 &&
	    unnamed_only(c.list))
		requested_new(&c, doc);
	if (json_array_size(c.list) == 0 && dec->sentence.para >= 0)
		roles_named_later(&c, doc, dec);
	/* The title counts where the body names no one. */
	if (json_array_size(c.list) == 0 && doc->title >= 0) {
		p = &doc->para[doc->title];
		c.s = p->s;
		c.f = p->f;
		from_sentence(&c, 0, 0, p->len);
		name_counted_set(&c, doc);
	}
	if (json_array_size(c.list) == 0 && dec->sentence.para >= 0)
		named_around(&c, doc, dec);
	if (json_array_size(c.list) == 0 || unnamed_only(c.list))
		requested_groups(&c, doc);
	if (dec->sentence.para >= 0)
		drop_sets_of_named(&c, doc, (size_t)dec->sentence.para);
	merge_same_persons(c.list);
	drop_unnamed_sets(c.list);
	order_by_mention(doc, c.list);
	return c.list;
}
