/*
 * Rights named as at risk or to be protected: the terms after "rights
 * to", "derechos a", "direitos à", "droits à", or after a verb of
 * protection ("protect the life and personal integrity", "preservar la
 * vida"), mapped to the record's codes.  The Commission's own words come
 * first; what only the applicants say counts where the Commission names
 * none.
 */
#include <string.h>

#include "extract_private.h"

struct right {
	const char *cue;	/* folded ASCII */
	const char *code;
};

/* Rights in the four languages (keep sorted by cue; longest wins). */
static const struct right rights[] = {
	{ "best interests of the child", "rights_of_the_child" },
	{ "children's rights", "rights_of_the_child" },
	{ "circulacion y residencia", "freedom_of_movement" },
	{ "cultural identity", "cultural_identity" },
	{ "debido proceso", "due_process" },
	{ "derechos de la ninez", "rights_of_the_child" },
	{ "derechos del nino", "rights_of_the_child" },
	{ "derechos politicos", "political_rights" },
	{ "devido processo", "due_process" },
	{ "direitos da crianca", "rights_of_the_child" },
	{ "direitos politicos", "political_rights" },
	{ "droits de l'enfant", "rights_of_the_child" },
	{ "droits politiques", "political_rights" },
	{ "due process", "due_process" },
	{ "fair trial", "due_process" },
	{ "family life", "family_protection" },
	{ "family unity", "family_protection" },
	{ "freedom of association", "freedom_of_association" },
	{ "freedom of expression", "freedom_of_expression" },
	{ "freedom of movement", "freedom_of_movement" },
	{ "freedom of thought and expression", "freedom_of_expression" },
	{ "garantias judiciais", "due_process" },
	{ "garantias judiciales", "due_process" },
	{ "garanties judiciaires", "due_process" },
	{ "health", "health" },
	{ "humane treatment", "personal_integrity" },
	{ "identidad", "identity" },
	{ "identidad cultural", "cultural_identity" },
	{ "identidade", "identity" },
	{ "identidade cultural", "cultural_identity" },
	{ "identite", "identity" },
	{ "identite culturelle", "cultural_identity" },
	{ "identity", "identity" },
	{ "integridad", "personal_integrity" },
	{ "integridad fisica", "personal_integrity" },
	{ "integridad personal", "personal_integrity" },
	{ "integridade", "personal_integrity" },
	{ "integridade fisica", "personal_integrity" },
	{ "integridade pessoal", "personal_integrity" },
	{ "integrite", "personal_integrity" },
	{ "integrite personnelle", "personal_integrity" },
	{ "integrite physique", "personal_integrity" },
	{ "integrity", "personal_integrity" },
	{ "interes superior del nino", "rights_of_the_child" },
	{ "interesse superior da crianca", "rights_of_the_child" },
	{ "interet superieur de l'enfant", "rights_of_the_child" },
	{ "judicial guarantees", "due_process" },
	{ "judicial protection", "judicial_protection" },
	{ "liberdade de associacao", "freedom_of_association" },
	{ "liberdade de circulacao", "freedom_of_movement" },
	{ "liberdade de expressao", "freedom_of_expression" },
	{ "liberdade pessoal", "personal_liberty" },
	{ "libertad de asociacion", "freedom_of_association" },
	{ "libertad de circulacion", "freedom_of_movement" },
	{ "libertad de expresion", "freedom_of_expression" },
	{ "libertad de pensamiento y expresion", "freedom_of_expression" },
	{ "libertad personal", "personal_liberty" },
	{ "liberte d'association", "freedom_of_association" },
	{ "liberte d'expression", "freedom_of_expression" },
	{ "liberte de circulation", "freedom_of_movement" },
	{ "liberte personnelle", "personal_liberty" },
	{ "liberty", "personal_liberty" },
	{ "life", "life" },
	{ "lives", "life" },
	{ "participacao politica", "political_rights" },
	{ "participacion politica", "political_rights" },
	{ "participation politique", "political_rights" },
	{ "personal freedom", "personal_liberty" },
	{ "personal integrity", "personal_integrity" },
	{ "personal liberty", "personal_liberty" },
	{ "physical integrity", "personal_integrity" },
	{ "political participation", "political_rights" },
	{ "political rights", "political_rights" },
	{ "privacidad", "privacy" },
	{ "privacidade", "privacy" },
	{ "privacy", "privacy" },
	{ "private life", "privacy" },
	{ "property", "property" },
	{ "propiedad", "property" },
	{ "propriedade", "property" },
	{ "propriete", "property" },
	{ "protecao da familia", "family_protection" },
	{ "protecao judicial", "judicial_protection" },
	{ "proteccion a la familia", "family_protection" },
	{ "proteccion de la familia", "family_protection" },
	{ "proteccion judicial", "judicial_protection" },
	{ "protection de la famille", "family_protection" },
	{ "protection judiciaire", "judicial_protection" },
	{ "protection of the family", "family_protection" },
	{ "rights of the child", "rights_of_the_child" },
	{ "salud", "health" },
	{ "sante", "health" },
	{ "saude", "health" },
	{ "territoire", "territory" },
	{ "territorio", "territory" },
	{ "territory", "territory" },
	{ "vida", "life" },
	{ "vida privada", "privacy" },
	{ "vie", "life" },
	{ "vie privee", "privacy" },
	{ NULL, NULL }
};

/* What introduces a list of rights (keep sorted). */
static const char *const triggers[] = {
	"ainsi que", "ameaca a", "ameacam", "amenaza a", "amenaza para",
	"as well as", "asegurar", "asi como", "assegurar", "bem como",
	"best interests of the child", "children's rights", "derecho a",
	"derechos a", "derechos de la ninez", "derechos del nino", "direito a",
	"direitos a", "direitos da crianca", "droit a", "droits a",
	"droits de l'enfant", "en riesgo", "endanger*", "ensure", "garantir",
	"garantizar", "guarantee", "interes superior del nino",
	"interesse superior da crianca", "interet superieur de l'enfant",
	"menace pour", "menacent", "ponen en riesgo", "preservar", "preserve",
	"preserver", "protect", "protecting", "protegeait", "protegeant",
	"proteger", "protegesse", "protegessem", "protegiera", "protegieran",
	"proteja", "protejan", "resguardar", "riesgo a", "riesgo para",
	"right to", "rights of the child", "rights to", "risco a",
	"risco para", "risk to", "risque pour", "safeguard", "salvaguardar",
	"sauvegarder", "threat to", "threaten*", "threats to", NULL
};

/*
 * Words between a trigger and its list: how, or the exercise of the
 * rights ("garantizar de manera efectiva la vida", "to ensure the
 * exercise of their political rights"; keep sorted).
 */
static const char *const leadins[] = {
	"de facon effective", "de forma efectiva", "de forma efetiva",
	"de maneira efetiva", "de manera efectiva", "efectivamente",
	"efetivamente", "effectively", "effectivement", "el ejercicio de",
	"el ejercicio de los", "el ejercicio del", "el goce de", "el pleno",
	"l'exercice de", "l'exercice des", "o exercicio de", "o exercicio dos",
	"the enjoyment of", "the exercise of", "the full", NULL
};

/* Words between the terms of a list (keep sorted). */
static const char *const fillers[] = {
	",", "a", "a la", "ainsi que", "al", "and", "ao", "aos", "as well as",
	"asi como", "au", "aux", "bem como", "e", "et", "her", "his", "its",
	"l'", "la", "las", "le", "les", "leur", "leurs", "los", "o", "os",
	"sa", "se", "ses", "seu", "seus", "son", "su", "sua", "suas", "sus",
	"the", "their", "to", "y", NULL
};

/* Sentences that report the applicants' words (keep sorted). */
static const char *const applicant_cues[] = {
	"according to the applicant", "according to the petitioner",
	"according to the request", "la parte solicitante",
	"los solicitantes", "os solicitantes", "segun la solicitud",
	"segundo os solicitantes", "selon les requerants",
	"the applicants", "the petitioners", NULL
};

#define MAXRIGHTS 32

struct found {
	const char *codes[MAXRIGHTS];
	int n;
	const char *longest[MAXRIGHTS];	/* the longest single list */
	int nlongest;
};

static void
add_code(const char **codes, int *n, const char *code)
{
	int i;

	for (i = 0; i < *n; i++)
		if (strcmp(codes[i], code) == 0)
			return;
	if (*n < MAXRIGHTS)
		codes[(*n)++] = code;
}

static const char *
right_at(const char *f, size_t *len)
{
	size_t i, n, best = 0;
	const char *code = NULL;
	int letter = iachrp_base_letter(f);

	/* The table is sorted: only the cues with f's first letter. */
	for (i = iachrp_first_with(rights, sizeof(rights) / sizeof(rights[0]) -
	    1, sizeof(rights[0]), letter); rights[i].cue != NULL &&
	    (unsigned char)rights[i].cue[0] == letter; i++) {
		if ((n = iachrp_match(f, rights[i].cue)) > best) {
			best = n;
			code = rights[i].code;
		}
	}
	*len = best;
	return code;
}

/* Reads the list of rights at p; adds its codes to out. */
static void
read_list(const char *p, struct found *out)
{
	const char *list[MAXRIGHTS];
	const char *code;
	size_t n;
	int count = 0, i;

	for (;;) {
		p = iachrp_skip_space(p);
		if ((code = right_at(p, &n)) != NULL) {
			add_code(list, &count, code);
			p += n;
			continue;
		}
		if ((n = iachrp_match_any(p, fillers, NULL)) > 0) {
			p += n;
			continue;
		}
		break;
	}
	for (i = 0; i < count; i++)
		add_code(out->codes, &out->n, list[i]);
	if (count > out->nlongest) {
		memcpy(out->longest, list, (size_t)count * sizeof(*list));
		out->nlongest = count;
	}
}

static void
read_sentence(const struct iachrp_para *para, size_t from, size_t to,
    const struct iachrp_cueset *set, struct found *out)
{
	const char *p;
	size_t n, m, k;

	for (k = iachrp_word_from(para, from); k < para->nword &&
	    para->word[k] < to; k++) {
		const char *q;

		p = para->f + para->word[k];
		if (!iachrp_cueset_may(set, p))
			continue;

		if ((n = iachrp_match_sorted(p, triggers,
		    IACHRP_NCUES(triggers), NULL)) == 0)
			continue;
		/*
		 * A right that names itself ("direitos da criança", "best
		 * interests of the child") opens its own list.
		 */
		if (right_at(p, &m) != NULL && m >= n) {
			read_list(p, out);
			continue;
		}
		/* The rest of a stem's word: "endangered". */
		for (q = p + n; iachrp_is_alpha_at(q); q += iachrp_char_len(q))
			;
		/* "garantizar de manera efectiva la vida" */
		q = iachrp_skip_space(q);
		while ((m = iachrp_match_any(q, leadins, NULL)) > 0)
			q = iachrp_skip_space(q + m);
		read_list(q, out);
	}
}

/*
 * Words of anonymity: identity protected by withholding names is no
 * right at risk (keep sorted).
 */
static const char *const anonymity_cues[] = {
	"iniciais", "iniciales", "initiales", "initials", "names", "nombres",
	"nomes", "noms", NULL
};

static void
drop_code(struct found *one, const char *code)
{
	int i, k;

	for (i = k = 0; i < one->n; i++)
		if (strcmp(one->codes[i], code) != 0)
			one->codes[k++] = one->codes[i];
	one->n = k;
	for (i = k = 0; i < one->nlongest; i++)
		if (strcmp(one->longest[i], code) != 0)
			one->longest[k++] = one->longest[i];
	one->nlongest = k;
}

/* Adds the rights of one sentence to those of its speaker. */
static void
merge(struct found *to, const struct found *one)
{
	int i;

	for (i = 0; i < one->n; i++)
		add_code(to->codes, &to->n, one->codes[i]);
	if (one->nlongest > to->nlongest) {
		memcpy(to->longest, one->longest,
		    (size_t)one->nlongest * sizeof(*one->longest));
		to->nlongest = one->nlongest;
	}
}

json_t *
iachrp_extract_rights(const struct iachrp_doc *doc)
{
	struct found own, applicants, *use;
	struct iachrp_cueset set;
	const char *codes[MAXRIGHTS];
	json_t *list;
	size_t i, from, to;
	int n = 0, k;

	memset(&own, 0, sizeof(own));
	memset(&applicants, 0, sizeof(applicants));
	iachrp_cueset_init(&set, triggers, IACHRP_NCUES(triggers),
	    sizeof(*triggers));
	for (i = 0; i < doc->npara; i++) {
		const struct iachrp_para *p = &doc->para[i];

		if (p->kind != IACHRP_BODY || p->mandate)
			continue;
		for (from = 0; from < p->len; from = to) {
			struct found one;

			to = iachrp_sentence_end(p->s, from);
			memset(&one, 0, sizeof(one));
			read_sentence(p, from, to, &set, &one);
			/* "para proteger su identidad, solo sus iniciales" */
			if (iachrp_contains(p->f, from, to, anonymity_cues))
				drop_code(&one, "identity");
			for (k = 0; k < one.n; k++)
				iachrp_trace_candidate(doc, "rights", (long)i,
				    from, to, "rights named in the sentence",
				    one.codes[k]);
			if (one.n > 0)
				merge(iachrp_contains(p->f, from, to,
				    applicant_cues) ? &applicants : &own, &one);
			while (to < p->len && p->s[to] == ' ')
				to++;
		}
	}
	use = own.n > 0 ? &own : &applicants;
	/* The fullest list sets the order; the others follow. */
	for (k = 0; k < use->nlongest; k++)
		add_code(codes, &n, use->longest[k]);
	for (k = 0; k < use->n; k++)
		add_code(codes, &n, use->codes[k]);
	if ((list = json_array()) == NULL)
		return NULL;
	for (k = 0; k < n; k++)
		json_array_append_new(list, json_string(codes[k]));
	return list;
}
