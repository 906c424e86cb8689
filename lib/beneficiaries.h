/*
 * Shared by the files that find the beneficiaries (beneficiary_*.c and
 * extract_beneficiaries.c): the lexicon's classes under the names the
 * rules use, the context of one paragraph, and the functions one file
 * lends another, each under an iachrp_ben_ name outside these files.
 */
#ifndef IACHR_BENEFICIARIES_H
#define IACHR_BENEFICIARIES_H

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

/* A word index that no word has. */
#define NO_WORD ((size_t)-1)

/* Matches one of a lexicon class at f + i followed by a space. */
#define word_then_space(f, i, list) \
	word_then_space_in((f), (i), (list), IACHRP_NCUES(list), \
	    IACHRP_INDEX(list))

#define clause_words iachrp_ben_clause_words
#define articles_of iachrp_ben_articles_of
#define function_words iachrp_ben_function_words
extern const char *const *const clause_words[IACHRP_NLANG];
extern const char *const *const articles_of[IACHRP_NLANG];
extern const char *const *const function_words[IACHRP_NLANG];

/* beneficiary_words.c */
#define token_end iachrp_ben_token_end
#define em_dash_at iachrp_ben_em_dash_at
#define skip_spaces iachrp_ben_skip_spaces
#define role_len iachrp_ben_role_len
#define is_adverb iachrp_ben_is_adverb
#define skip_adverb iachrp_ben_skip_adverb
#define word_then_space_in iachrp_ben_word_then_space_in
#define state_phrase iachrp_ben_state_phrase
#define honorific_before iachrp_ben_honorific_before
#define ends_with_of iachrp_ben_ends_with_of
#define opening_quote iachrp_ben_opening_quote
#define closing_quote iachrp_ben_closing_quote
#define aside_in_brackets iachrp_ben_aside_in_brackets
#define namely_at iachrp_ben_namely_at
#define names_by_cue iachrp_ben_names_by_cue
#define phrase_end iachrp_ben_phrase_end
#define capitals iachrp_ben_capitals
#define is_group iachrp_ben_is_group
#define acronym_of iachrp_ben_acronym_of
#define head_count iachrp_ben_head_count
#define add_shared_surname iachrp_ben_add_shared_surname
#define without_possessive iachrp_ben_without_possessive
#define add_entry iachrp_ben_add_entry
#define nickname_given iachrp_ben_nickname_given
#define quoted iachrp_ben_quoted
size_t token_end(const char *s, size_t i, size_t end);
int em_dash_at(const char *f);
size_t skip_spaces(const char *s, size_t i, size_t end);
size_t role_len(const char *f);
int is_adverb(const char *f, size_t a, size_t e);
size_t skip_adverb(const char *f, size_t k, size_t to);
size_t word_then_space_in(const char *f, size_t i, const char *const *list,
    size_t nlist, const struct iachrp_lex_index *index);
size_t state_phrase(const char *f, size_t i);
int honorific_before(const struct ctx *c, size_t i, size_t j);
int ends_with_of(const char *f, size_t i, size_t j);
size_t opening_quote(const char *s);
int closing_quote(const char *s);
size_t aside_in_brackets(const char *s, size_t j, size_t end);
size_t namely_at(const char *f, size_t i);
int names_by_cue(const struct ctx *c, size_t k, size_t end, const char *stops);
size_t phrase_end(const struct ctx *c, size_t i, size_t end);
size_t capitals(const char *s, size_t a, size_t b);
int is_group(const struct ctx *c, size_t a, size_t b);
int acronym_of(const char *s, size_t n, const char *name);
int head_count(const struct ctx *c, size_t a, size_t b);
void add_shared_surname(struct ctx *c, size_t a, size_t b, size_t sa,
    size_t sb);
size_t without_possessive(const char *s, size_t a, size_t b);
void add_entry(struct ctx *c, size_t a, size_t b, int group);
int nickname_given(const struct ctx *c, size_t a, size_t b);
int quoted(const char *s, size_t a, size_t b, size_t *qa, size_t *qb);

/* beneficiary_phrase.c */
#define is_initials iachrp_ben_is_initials
#define word_before iachrp_ben_word_before
#define media_noun_at iachrp_ben_media_noun_at
#define after_place_prep iachrp_ben_after_place_prep
#define label_len iachrp_ben_label_len
#define after_institution iachrp_ben_after_institution
#define role_ahead iachrp_ben_role_ahead
#define titled iachrp_ben_titled
#define holds_word iachrp_ben_holds_word
#define full_form iachrp_ben_full_form
#define surname_owner iachrp_ben_surname_owner
#define acronymed_before iachrp_ben_acronymed_before
#define add_full_name iachrp_ben_add_full_name
#define entry iachrp_ben_entry
#define add_full_form iachrp_ben_add_full_form
#define end_before_article iachrp_ben_end_before_article
#define personal iachrp_ben_personal
#define described_person iachrp_ben_described_person
#define trailing_name iachrp_ben_trailing_name
#define described_name_ahead iachrp_ben_described_name_ahead
#define kin_before iachrp_ben_kin_before
#define named_from iachrp_ben_named_from
#define phrase iachrp_ben_phrase
int is_initials(const char *s, size_t a, size_t b);
size_t word_before(const struct ctx *c, size_t a, size_t *e);
int media_noun_at(const struct ctx *c, size_t t, size_t e);
int after_place_prep(const struct ctx *c, size_t a, size_t k);
size_t label_len(const char *s, size_t a, size_t b);
size_t after_institution(const struct ctx *c, size_t a, size_t b);
int role_ahead(const struct ctx *c, size_t k, size_t b);
int titled(const struct ctx *c, size_t a, size_t b);
int holds_word(const char *name, const char *word, size_t n);
json_t *full_form(struct ctx *c, const char *name);
json_t *surname_owner(struct ctx *c, const char *word);
int acronymed_before(const struct ctx *c, size_t at, size_t *ra,
    size_t *rb);
void add_full_name(struct ctx *c, size_t a, size_t b);
void entry(struct ctx *c, size_t a, size_t b);
void add_full_form(struct ctx *c, size_t a, size_t b);
size_t end_before_article(const struct ctx *c, size_t a, size_t k);
int personal(const struct ctx *c, size_t a, size_t b);
int described_person(const struct ctx *c, size_t a, size_t k);
size_t trailing_name(const struct ctx *c, size_t a, size_t b);
int described_name_ahead(const struct ctx *c, size_t k, size_t b);
int kin_before(const struct ctx *c, size_t k);
size_t named_from(const struct ctx *c, size_t a, size_t b);
void phrase(struct ctx *c, size_t a, size_t b);

/* beneficiary_target.c */
#define skip_date iachrp_ben_skip_date
#define skip_file_number iachrp_ben_skip_file_number
#define fill_cue_starts iachrp_ben_fill_cue_starts
#define agent_ends iachrp_ben_agent_ends
#define among_cue_at iachrp_ben_among_cue_at
#define among_after iachrp_ben_among_after
#define name_soon iachrp_ben_name_soon
#define persons_follow iachrp_ben_persons_follow
#define new_scratch iachrp_ben_new_scratch
#define persons_of_phrase iachrp_ben_persons_of_phrase
#define members_among_later iachrp_ben_members_among_later
#define members_of_noun_later iachrp_ben_members_of_noun_later
#define word_is iachrp_ben_word_is
#define initials_in iachrp_ben_initials_in
#define persons_in iachrp_ben_persons_in
#define holds_words iachrp_ben_holds_words
#define add_named_in iachrp_ben_add_named_in
#define named_among iachrp_ben_named_among
#define named_at_risk iachrp_ben_named_at_risk
#define target iachrp_ben_target
#define past_aside iachrp_ben_past_aside
#define counted_after_and iachrp_ben_counted_after_and
#define joined_targets iachrp_ben_joined_targets
#define from_cues iachrp_ben_from_cues
#define subject_start iachrp_ben_subject_start
#define kept_from iachrp_ben_kept_from
#define lifted_by_relative iachrp_ben_lifted_by_relative
#define in_their_favour iachrp_ben_in_their_favour
#define lift_at iachrp_ben_lift_at
#define from_sentence iachrp_ben_from_sentence
size_t skip_date(const struct ctx *c, size_t j, size_t to);
size_t skip_file_number(const char *f, size_t j, size_t to);
void fill_cue_starts(struct iachrp_cueset *set);
int agent_ends(const struct ctx *c, size_t verb, size_t i);
size_t among_cue_at(const struct ctx *c, size_t k);
size_t among_after(const struct ctx *c, size_t end, size_t to);
int name_soon(const struct ctx *c, size_t a, size_t to);
int persons_follow(const struct ctx *c, size_t a, size_t to);
int new_scratch(struct ctx *scratch, const struct ctx *c);
void persons_of_phrase(struct ctx *c, size_t a, size_t b);
void members_among_later(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead);
void members_of_noun_later(struct ctx *c, const struct iachrp_para *p,
    const char *name);
int word_is(const struct ctx *c, size_t t, size_t e, const char *const *words,
    size_t nwords);
void initials_in(struct ctx *c, size_t a, size_t b, json_t *names);
void persons_in(struct ctx *c, const struct iachrp_para *p, size_t a, size_t b,
    json_t *names);
int holds_words(const char *name, const char *words);
void add_named_in(struct ctx *c, const struct iachrp_para *p, size_t a,
    size_t b, const char *why);
void named_among(struct ctx *c, const struct iachrp_para *p, size_t from,
    size_t to);
void named_at_risk(struct ctx *c, const struct iachrp_doc *doc, size_t lead);
size_t target(struct ctx *c, size_t at, size_t to);
size_t past_aside(const struct ctx *c, size_t at, size_t to);
size_t counted_after_and(const struct ctx *c, size_t a, size_t b,
    size_t *before);
size_t joined_targets(struct ctx *c, size_t at, size_t to);
void from_cues(struct ctx *c, size_t at, size_t to);
size_t subject_start(const struct ctx *c, size_t from, size_t at);
size_t kept_from(const struct ctx *c, size_t from, size_t to);
int lifted_by_relative(struct ctx *c, size_t from, size_t to);
int in_their_favour(struct ctx *c, size_t from, size_t verb, size_t to);
int lift_at(const struct ctx *c, size_t verb, size_t to);
void from_sentence(struct ctx *c, size_t from, size_t verb, size_t to);

/* beneficiary_lists.c */
#define item_start iachrp_ben_item_start
#define initials_end iachrp_ben_initials_end
#define listed iachrp_ben_listed
#define later iachrp_ben_later
#define sentence_start iachrp_ben_sentence_start
#define further_decisions iachrp_ben_further_decisions
#define operative_items iachrp_ben_operative_items
#define has_acronym iachrp_ben_has_acronym
#define same_person iachrp_ben_same_person
#define entry_named iachrp_ben_entry_named
#define an_entry iachrp_ben_an_entry
#define person_names iachrp_ben_person_names
#define listed_groups iachrp_ben_listed_groups
#define named_list iachrp_ben_named_list
#define next_conjunction iachrp_ben_next_conjunction
#define listed_names iachrp_ben_listed_names
#define requested_names iachrp_ben_requested_names
#define first_requested iachrp_ben_first_requested
#define kin_named_later iachrp_ben_kin_named_later
#define dated iachrp_ben_dated
#define latest_year iachrp_latest_year
#define family_named_later iachrp_ben_family_named_later
#define members_composed_later iachrp_ben_members_composed_later
#define add_requested iachrp_ben_add_requested
#define requested_new iachrp_ben_requested_new
#define listed_or_requested iachrp_ben_listed_or_requested
#define beneficiaries_listed iachrp_ben_beneficiaries_listed
#define requested_groups iachrp_ben_requested_groups
size_t item_start(const char *s);
int initials_end(const char *s, size_t a, size_t b);
void listed(struct ctx *c, const struct iachrp_doc *doc, size_t at, int cued);
void later(struct ctx *c, const struct iachrp_doc *doc, size_t lead);
size_t sentence_start(const struct iachrp_para *p, size_t at);
void further_decisions(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead);
void operative_items(struct ctx *c, const struct iachrp_doc *doc, size_t lead);
int has_acronym(const char *s, size_t a, size_t b);
int same_person(const char *s, size_t a, size_t b, const char *t);
int entry_named(const struct ctx *c, const char *t, size_t a, size_t b);
int an_entry(const struct ctx *c, size_t a, size_t b);
void person_names(struct ctx *c, const struct iachrp_para *p, json_t *names);
void listed_groups(struct ctx *c, const struct iachrp_doc *doc,
    json_t *entries);
size_t next_conjunction(const struct ctx *c, size_t i, size_t b);
void named_list(struct ctx *c, const struct iachrp_doc *doc, json_t *names,
    int entries);
void listed_names(struct ctx *c, const struct iachrp_doc *doc, json_t *names,
    int headed);
void requested_names(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names);
int first_requested(const struct ctx *c, const struct iachrp_doc *doc,
    struct ctx *scratch);
void kin_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);
int dated(const char *f, size_t from, size_t to);
void members_composed_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);
void family_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);
void add_requested(struct ctx *c, const struct iachrp_doc *doc, int whole,
    const char *why);
void requested_new(struct ctx *c, const struct iachrp_doc *doc);
void listed_or_requested(struct ctx *c, const struct iachrp_doc *doc);
void beneficiaries_listed(struct ctx *c, const struct iachrp_doc *doc);
void requested_groups(struct ctx *c, const struct iachrp_doc *doc);

/* beneficiary_scope.c */
#define drop_lifted_before iachrp_ben_drop_lifted_before
#define drop_refused iachrp_ben_drop_refused
#define named iachrp_ben_named
#define drop_named_in_lead iachrp_ben_drop_named_in_lead
#define granted_persons_lifted iachrp_ben_granted_persons_lifted
#define name_counted_set iachrp_ben_name_counted_set
#define word_of_set iachrp_ben_word_of_set
#define drop_sets_of_named iachrp_ben_drop_sets_of_named
#define unnamed_only iachrp_ben_unnamed_only
#define covered_later iachrp_ben_covered_later
#define also_covered iachrp_ben_also_covered
#define protected_later iachrp_ben_protected_later
#define lifted_later iachrp_ben_lifted_later
#define followed_in iachrp_ben_followed_in
#define followed iachrp_ben_followed
#define declared iachrp_ben_declared
#define anchor_of_kin iachrp_ben_anchor_of_kin
#define kin_of_noun iachrp_ben_kin_of_noun
#define roles_named_later iachrp_ben_roles_named_later
#define named_around iachrp_ben_named_around
int named(const char *name);
void granted_persons_lifted(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead);
void drop_named_in_lead(struct ctx *c, const struct iachrp_doc *doc,
    json_t *names);
void name_counted_set(struct ctx *c, const struct iachrp_doc *doc);
void drop_lifted_before(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);
void drop_refused(struct ctx *c, const struct iachrp_doc *doc);
size_t word_of_set(struct ctx *c, const struct iachrp_para *p,
    const char *name);
void drop_sets_of_named(struct ctx *c, const struct iachrp_doc *doc,
    size_t lead);
int unnamed_only(const json_t *list);
void also_covered(struct ctx *c, const struct iachrp_para *p, size_t from);
void covered_later(struct ctx *c, const struct iachrp_doc *doc, size_t para,
    size_t from);
void protected_later(struct ctx *c, const struct iachrp_doc *doc, size_t lead);
void lifted_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_para *p);
void followed_in(struct ctx *c, const struct iachrp_para *p);
void followed(struct ctx *c, const struct iachrp_doc *doc, size_t lead);
void declared(struct ctx *c, const struct iachrp_doc *doc, size_t lead);
int anchor_of_kin(const struct ctx *c, size_t from, size_t a);
int kin_of_noun(const struct ctx *c, size_t k);
void roles_named_later(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec, int identified);
void named_around(struct ctx *c, const struct iachrp_doc *doc,
    const struct iachrp_decision *dec);

#endif
