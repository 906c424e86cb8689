/*
 * Which language a release is written in, and whether a text is a
 * release about precautionary or provisional measures at all.
 */
#include <string.h>

#include "extract_private.h"

#define L(lang) (1 << (lang))
#define EN L(IACHRP_EN)
#define ES L(IACHRP_ES)
#define PT L(IACHRP_PT)
#define FR L(IACHRP_FR)

/*
 * Short function words (folded ASCII; keep sorted).  A word of one
 * language counts twice; a word two or three languages share counts once
 * for each.
 */
static const struct word {
	const char *word;
	int langs;
} words[] = {
	{ "a", ES | PT }, { "al", ES }, { "and", EN }, { "ao", PT },
	{ "au", FR }, { "aux", FR }, { "com", PT }, { "con", ES },
	{ "da", PT }, { "dans", FR }, { "das", PT }, { "de", ES | PT | FR },
	{ "del", ES }, { "des", FR }, { "do", PT }, { "dos", PT },
	{ "du", FR }, { "e", PT }, { "el", ES }, { "elle", FR }, { "em", PT },
	{ "en", ES | FR }, { "est", FR }, { "et", FR }, { "foi", PT },
	{ "fue", ES }, { "ha", ES }, { "has", EN }, { "il", FR }, { "is", EN },
	{ "its", EN }, { "la", ES | FR }, { "las", ES }, { "le", FR },
	{ "les", FR }, { "lo", ES }, { "los", ES }, { "muy", ES },
	{ "na", PT }, { "nao", PT }, { "nas", PT }, { "no", ES | PT },
	{ "nos", ES | PT }, { "of", EN }, { "on", EN }, { "ont", FR },
	{ "os", PT }, { "para", ES | PT }, { "pela", PT }, { "pelo", PT },
	{ "pelos", PT }, { "por", ES }, { "que", ES | PT | FR }, { "qui", FR },
	{ "sao", PT }, { "se", ES }, { "seus", PT }, { "sont", FR },
	{ "su", ES }, { "suas", PT }, { "sus", ES }, { "that", EN },
	{ "the", EN }, { "to", EN }, { "uma", PT }, { "una", ES },
	{ "une", FR }, { "which", EN }, { "with", EN }, { "y", ES }
};

/* Names of the Commission (folded ASCII; keep sorted). */
static const char *const commission[] = {
	"cidh", "comision interamericana", "comissao interamericana",
	"commission interamericaine", "iachr", "inter-american commission",
	"interamerican commission", NULL
};

/* Names of the measures (folded ASCII; keep sorted). */
static const char *const measures[] = {
	"cautelar*", "medida provisional", "medida provisoria",
	"medidas provisionais", "medidas provisionales", "medidas provisorias",
	"mesure conservatoire", "mesure provisoire",
	"mesures conservatoires", "mesures provisoires", "precautionary",
	"protection measure*", "provisional measure*", NULL
};

/* Adds the weight of the function word at p (n bytes) to count. */
static void
count_word(const char *p, size_t n, long *count)
{
	size_t i, l, nwords = sizeof(words) / sizeof(words[0]);
	int letter = iachrp_base_letter(p);

	for (i = iachrp_first_with(words, nwords, sizeof(words[0]), letter);
	    i < nwords && (unsigned char)words[i].word[0] == letter; i++) {
		int single;

		if (iachrp_match(p, words[i].word) != n)
			continue;
		single = (words[i].langs & (words[i].langs - 1)) == 0;
		for (l = 0; l < IACHRP_NLANG; l++)
			if (words[i].langs & L(l))
				count[l] += single ? 2 : 1;
		return;
	}
}

int
iachrp_detect_language(const struct iachrp_doc *doc)
{
	long count[IACHRP_NLANG] = { 0 };
	size_t i, n, seen = 0;
	int l, best = IACHRP_EN;

	/* A couple of hundred words settle the language. */
	for (i = 0; i < doc->npara && seen < 250; i++) {
		const struct iachrp_para *para = &doc->para[i];
		size_t k;

		if (para->kind == IACHRP_FURNITURE)
			continue;
		for (k = 0; k < para->nword && seen < 250; k++) {
			const char *p = para->f + para->word[k];

			n = iachrp_word_len(p);
			seen++;
			/* Function words are short. */
			if (n <= 5)
				count_word(p, n, count);
		}
	}
	for (l = 1; l < IACHRP_NLANG; l++)
		if (count[l] > count[best])
			best = l;
	return count[best] > 0 ? best : -1;
}

static int
mentions(const struct iachrp_doc *doc, const char *const *cues)
{
	const struct iachrp_para *p;
	size_t i, k;

	for (i = 0; i < doc->npara; i++) {
		p = &doc->para[i];
		if (p->kind == IACHRP_FURNITURE)
			continue;
		for (k = 0; k < p->nword; k++)
			if (iachrp_match_any(p->f + p->word[k], cues, NULL) > 0)
				return 1;
	}
	return 0;
}

int
iachrp_is_release(const struct iachrp_doc *doc)
{
	json_t *measure;
	int cited;

	if (!mentions(doc, commission))
		return 0;
	if (mentions(doc, measures))
		return 1;
	/* A measure's file number ("MC 563-20") names the measures too. */
	measure = iachrp_extract_measure(doc);
	cited = measure != NULL && !json_is_null(measure);
	json_decref(measure);
	return cited;
}
