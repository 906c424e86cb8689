/*
 * Which language a release is written in, and whether a text is a
 * release about precautionary or provisional measures at all.
 */
#include <string.h>

#include "extract_private.h"

/*
 * Short function words that are frequent in one of the four languages
 * and rare in the others (folded ASCII; keep each list sorted).
 */
static const char *const stopwords[IACHRP_NLANG][20] = {
	{ "and", "has", "is", "its", "of", "on", "that", "the", "to",
	  "which", "with", NULL },
	{ "al", "con", "del", "el", "las", "los", "por", "se", "su", "una",
	  "y", NULL },
	{ "ao", "com", "da", "das", "do", "dos", "e", "em", "na", "nao",
	  "nas", "no", "nos", "os", "pela", "pelo", "uma", NULL },
	{ "au", "aux", "dans", "des", "du", "est", "et", "le", "les", "qui",
	  "une", NULL }
};

#define L(lang) (1 << (lang))

/*
 * Function words two or three of the languages share: each counts half
 * as much for every language that has it (keep sorted).
 */
static const struct shared {
	const char *word;
	int langs;
} shared_words[] = {
	{ "a", L(IACHRP_ES) | L(IACHRP_PT) },
	{ "de", L(IACHRP_ES) | L(IACHRP_PT) | L(IACHRP_FR) },
	{ "en", L(IACHRP_ES) | L(IACHRP_FR) },
	{ "la", L(IACHRP_ES) | L(IACHRP_FR) },
	{ "para", L(IACHRP_ES) | L(IACHRP_PT) },
	{ "que", L(IACHRP_ES) | L(IACHRP_PT) | L(IACHRP_FR) },
	{ NULL, 0 }
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
	"medidas provisionales", "medidas provisorias",
	"mesure conservatoire", "mesure provisoire",
	"mesures conservatoires", "mesures provisoires", "precautionary",
	"protection measure*", "provisional measure*", NULL
};

int
iachrp_detect_language(const struct iachrp_doc *doc)
{
	long count[IACHRP_NLANG] = { 0 };
	size_t i, l, w, words = 0;
	int best = IACHRP_EN;

	/* A few hundred words settle the language. */
	for (i = 0; i < doc->npara && words < 400; i++) {
		const char *f = doc->para[i].f;
		const char *p = f;

		if (doc->para[i].kind == IACHRP_FURNITURE)
			continue;
		while (*p != '\0' && words++ < 400) {
			size_t n = iachrp_word_len(p);

			if (n == 0) {
				p += iachrp_char_len(p);
				continue;
			}
			/* Function words are short. */
			if (n > 5) {
				p += n;
				continue;
			}
			for (l = 0; l < IACHRP_NLANG; l++)
				if (iachrp_match_any(p, stopwords[l], NULL) == n)
					count[l] += 2;
			for (w = 0; shared_words[w].word != NULL; w++) {
				if (iachrp_match(p, shared_words[w].word) != n)
					continue;
				for (l = 0; l < IACHRP_NLANG; l++)
					if (shared_words[w].langs & L(l))
						count[l]++;
			}
			p += n;
		}
	}
	for (l = 1; l < IACHRP_NLANG; l++)
		if (count[l] > count[best])
			best = (int)l;
	return count[best] > 0 ? best : -1;
}

static int
mentions(const struct iachrp_doc *doc, const char *const *cues)
{
	size_t i, c;

	for (i = 0; i < doc->npara; i++) {
		if (doc->para[i].kind == IACHRP_FURNITURE)
			continue;
		for (c = 0; cues[c] != NULL; c++)
			if (iachrp_find(doc->para[i].f, cues[c], NULL) != NULL)
				return 1;
	}
	return 0;
}

int
iachrp_is_release(const struct iachrp_doc *doc)
{
	return mentions(doc, commission) && mentions(doc, measures);
}
