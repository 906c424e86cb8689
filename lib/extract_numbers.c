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

/* Words that introduce a resolution number (keep sorted). */
static const char *const resolution_cues[] = {
	"res.", "resolucao", "resolucion", "resolution", NULL
};

/* Words that introduce a measure file number (keep sorted). */
static const char *const measure_cues[] = {
	"mc", "medida cautelar", "medidas cautelares", "mesure conservatoire",
	"mesures conservatoires", "mp", "pm", "precautionary measure",
	"precautionary measures", NULL
};

/* Number signs between a cue and the number (keep sorted). */
static const char *const number_signs[] = {
	"#", "n.", "no", "no.", "nos.", "nro.", "num.", "number", "n\xc2\xb0",
	"n\xc2\xba", NULL
};

/* Skips spaces, hyphens and a number sign after a cue. */
static const char *
skip_sign(const char *p)
{
	size_t n;

	if (*p == '-' && p[1] >= '0' && p[1] <= '9')
		return p + 1;
	p = iachrp_skip_space(p);
	if ((n = iachrp_match_any(p, number_signs, NULL)) > 0)
		p = iachrp_skip_space(p + n);
	return p;
}

/*
 * "55/2021", "55/21", "506-22": number and four-digit year, or 0 when p
 * holds no such pair.
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
	return 1;
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
		    iachrp_match_any(q, resolution_cues, NULL) > 0)
			break;
		q += n;
		if (*q == '-')
			q++;
	}
	return q;
}

/* The first cue-number pair in the paragraph, or 0. */
static int
find_cited(const struct iachrp_para *para, const char *const *cues,
    int dash, int *number, int *year, size_t *at)
{
	const char *f = para->f, *p;
	size_t n, k;

	for (k = 0; k < para->nword; k++) {
		p = f + para->word[k];
		if ((n = iachrp_match_any(p, cues, NULL)) == 0)
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

/* Grant cues that show a resolution cited later is an earlier one. */
static const char *const earlier_cues[] = {
	"granted", "otorgad", "outorgad", "accordee", NULL
};

static int
cites_earlier(const char *f, size_t at)
{
	size_t from = at > 60 ? at - 60 : 0, i;
	const char *p;

	for (p = f + from; p < f + at; p++)
		for (i = 0; earlier_cues[i] != NULL; i++)
			if (strncmp(p, earlier_cues[i],
			    strlen(earlier_cues[i])) == 0)
				return 1;
	return 0;
}

json_t *
iachrp_extract_resolution(const struct iachrp_doc *doc)
{
	size_t i, at;
	int number, year;

	/*
	 * Headers and the lead name the resolution announced; later
	 * paragraphs also cite the resolutions it follows up.
	 */
	for (i = 0; i < doc->npara; i++) {
		if (doc->para[i].kind == IACHRP_FURNITURE)
			continue;
		if (!find_cited(&doc->para[i], resolution_cues, 1, &number,
		    &year, &at))
			continue;
		if (doc->lead < 0 || (long)i <= doc->lead ||
		    !cites_earlier(doc->para[i].f, at)) {
			iachrp_trace(doc, "resolution", (long)i, at,
			    iachrp_sentence_end(doc->para[i].f, at),
			    "first resolution cue with a number");
			return number_json(number, year);
		}
	}
	return json_null();
}

json_t *
iachrp_extract_measure(const struct iachrp_doc *doc)
{
	size_t i, at;
	int number, year;

	for (i = 0; i < doc->npara; i++) {
		if (doc->para[i].kind == IACHRP_FURNITURE)
			continue;
		if (find_cited(&doc->para[i], measure_cues, 1, &number, &year,
		    &at)) {
			iachrp_trace(doc, "measure", (long)i, at,
			    iachrp_sentence_end(doc->para[i].f, at),
			    "first measure cue with a number");
			return number_json(number, year);
		}
	}
	return json_null();
}

struct instrument {
	const char *cue;	/* folded ASCII */
	const char *name;
};

/* Instruments the Commission invokes (keep sorted by cue). */
static const struct instrument instruments[] = {
	{ "american convention", "American Convention on Human Rights" },
	{ "american declaration",
	  "American Declaration of the Rights and Duties of Man" },
	{ "convencao americana", "American Convention on Human Rights" },
	{ "convencion americana", "American Convention on Human Rights" },
	{ "convention americaine", "American Convention on Human Rights" },
	{ "declaracao americana",
	  "American Declaration of the Rights and Duties of Man" },
	{ "declaracion americana",
	  "American Declaration of the Rights and Duties of Man" },
	{ "declaration americaine",
	  "American Declaration of the Rights and Duties of Man" },
	{ "estatuto", "Statute of the IACHR" },
	{ "reglamento", "IACHR Rules of Procedure" },
	{ "reglement", "IACHR Rules of Procedure" },
	{ "regulamento", "IACHR Rules of Procedure" },
	{ "rules of procedure", "IACHR Rules of Procedure" },
	{ "statut", "Statute of the IACHR" },
	{ "statute", "Statute of the IACHR" },
	{ NULL, NULL }
};

/* Words between an article number and the instrument (keep sorted). */
static const char *const article_links[] = {
	"cidh", "da", "de", "del", "do", "du", "el", "iachr", "its", "l'",
	"la", "of", "son", "su", "sus", "the", NULL
};

/* After "Rules of Procedure": the Court's rules rather than the IACHR's. */
static const char *const court_cues[] = {
	" da corte", " de la corte", " de la cour", " du tribunal",
	" of the court", " of the inter-american court", NULL
};

static const char *const article_cues[] = {
	"art.", "article", "articles", "articulo", "articulos", "artigo",
	"artigos", NULL
};

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
add_basis(json_t *list, const char *instrument, const char *article)
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
	json_array_append_new(list, iachrp_pair("instrument",
	    json_string(instrument), "article", json_string(article)));
}

/* The instrument named after an article number at p, or NULL. */
static const char *
instrument_at(const char *p)
{
	size_t n, i, words;

	for (words = 0; words < 6; words++) {
		p = iachrp_skip_space(p);
		for (i = 0; instruments[i].cue != NULL; i++) {
			if ((n = iachrp_match(p, instruments[i].cue)) == 0)
				continue;
			if (strcmp(instruments[i].name,
			    "IACHR Rules of Procedure") == 0 &&
			    iachrp_match_any(p + n, court_cues, NULL) > 0)
				return "Rules of Procedure of the "
				    "Inter-American Court of Human Rights";
			return instruments[i].name;
		}
		if ((n = iachrp_match_any(p, article_links, NULL)) == 0)
			return NULL;
		p += n;
	}
	return NULL;
}

json_t *
iachrp_extract_legal_basis(const struct iachrp_doc *doc)
{
	json_t *list = json_array();
	size_t i, n, k, w;
	char article[32];

	for (i = 0; list != NULL && i < doc->npara; i++) {
		const char *f = doc->para[i].f;
		const char *p, *name;

		/* "article", "artículo", "artigo", "art." */
		if (doc->para[i].kind == IACHRP_FURNITURE ||
		    doc->para[i].mandate || strstr(f, "art") == NULL)
			continue;
		for (w = 0; w < doc->para[i].nword; w++) {
			p = f + doc->para[i].word[w];
			if ((n = iachrp_match_sorted(p, article_cues,
			    IACHRP_NCUES(article_cues), NULL)) == 0)
				continue;
			p = iachrp_skip_space(p + n);
			/* On from the number, as a scan would. */
			w = iachrp_word_from(&doc->para[i],
			    (size_t)(p - f) + 1) - 1;
			if ((k = article_number(p, article,
			    sizeof(article))) == 0)
				continue;
			if ((name = instrument_at(p + k)) == NULL)
				continue;
			add_basis(list, name, article);
			iachrp_trace(doc, "legal_basis", (long)i,
			    (size_t)(p - f), iachrp_sentence_end(f,
			    (size_t)(p - f)), "article cue, number, instrument");
		}
	}
	return list;
}
