/*
 * From decoded text to paragraphs: line ends and Unicode spaces are
 * normalised, lines wrapped by a mail client or editor are joined, the
 * page furniture a copy of the website drags along ("Share", "A+ A-",
 * menus, contact boxes) is marked, and the headline and the lead
 * paragraph are found.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_private.h"

/*
 * Lines that are furniture when they make up the whole line (folded
 * ASCII, see text_scan.c; keep sorted).
 */
static const char *const furniture_lines[] = {
	"a+ a-", "a- a+", "accueil", "anterior", "back",
	"bureau de presse de la cidh", "buscar", "cidh",
	"communique de presse", "compartilhar", "compartir",
	"comunicado de imprensa", "comunicado de prensa", "contact",
	"contact de presse", "contact info", "contact information", "contacto",
	"contacto de prensa", "contato", "contato de imprensa",
	"datos de contacto", "descargar", "descarregar", "distribution list",
	"download", "email", "email this page", "english", "enlaces",
	"enlaces relacionados", "enlaces utiles", "espanol", "facebook",
	"follow us", "francais", "home", "iachr",
	"iachr press and communication office", "iachr press office",
	"imprensa da cidh", "imprimer", "imprimir", "inicio", "liens connexes",
	"liens utiles", "links relacionados", "links uteis",
	"lista de distribucion", "lista de distribuicao", "liste de diffusion",
	"mais sobre a cidh", "mas sobre la cidh", "menu", "more on the iachr",
	"next", "oficina de prensa de la cidh",
	"oficina de prensa y comunicacion de la cidh", "partager", "pdf",
	"pesquisar", "plus sur la cidh", "portugues", "press office",
	"press release", "previous", "print", "print this page", "rechercher",
	"related links", "search", "share", "siganos", "siguiente",
	"skip to main content", "suivez-nous", "telecharger", "temas", "top",
	"topics", "tweet", "twitter", "whatsapp", NULL
};

/* Lines that are furniture when they start with one of these. */
static const char *const furniture_starts[] = {
	"[email", "abonnez-vous", "compartilhar no ", "compartir en ",
	"fax:", "follow us on ", "http://", "https://", "inscreva-se",
	"partager sur ", "phone:", "share on ", "siganos en ", "subscribe to",
	"suivez-nous sur ", "suscribase", "tel.", "tel:", "telefone",
	"telefono", "telephone", "www.", NULL
};

static int
is_furniture(const char *f)
{
	size_t n, len = strlen(f);
	const char *p;
	int spaces = 0;

	if ((n = iachrp_match_sorted(f, furniture_lines,
	    IACHRP_NCUES(furniture_lines), NULL)) == len)
		return 1;
	for (n = 0; furniture_starts[n] != NULL; n++)
		if (iachrp_match_prefix(f, furniture_starts[n]) > 0)
			return 1;
	/* A bare e-mail address or one with a label; only few spaces count. */
	for (p = f; *p != '\0' && spaces <= 12; p++)
		spaces += *p == ' ';
	if (strchr(f, '@') != NULL && spaces <= 2)
		return 1;
	/*
	 * Menus and breadcrumbs: "English | Español", "Home > Press"; not
	 * a date and its time, "18 de octubre de 2023 | 15:30".
	 */
	if (spaces <= 12 && len < 100 && !(*f >= '0' && *f <= '9') &&
	    (strstr(f, " | ") != NULL ||
	    strstr(f, " > ") != NULL || strstr(f, " \xc2\xbb ") != NULL ||
	    strstr(f, " \xe2\x80\xba ") != NULL))
		return 1;
	return 0;
}

/* Bytes of a space-like character at p to be written as one space. */
static size_t
space_at(const unsigned char *p)
{
	if (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\v')
		return 1;
	if (p[0] == 0xc2 && p[1] == 0xa0)
		return 2;	/* no-break space */
	if (p[0] == 0xe2 && p[1] == 0x80 &&
	    ((p[2] >= 0x80 && p[2] <= 0x8a) || p[2] == 0xaf))
		return 3;	/* en quad .. hair space, narrow no-break */
	if (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0x9f)
		return 3;	/* medium mathematical space */
	if (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80)
		return 3;	/* ideographic space */
	return 0;
}

/* Bytes of an invisible character at p to be dropped, 0 when none. */
static size_t
invisible_at(const unsigned char *p)
{
	if (*p < 0x20 && *p != '\n')
		return 1;
	if (p[0] == 0xc2 && (p[1] == 0xad || (p[1] >= 0x80 && p[1] <= 0x9f)))
		return 2;	/* soft hyphen, C1 controls */
	if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0x8b && p[2] <= 0x8d)
		return 3;	/* zero-width space and joiners */
	if (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0xa0)
		return 3;	/* word joiner */
	if (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
		return 3;	/* stray byte order mark */
	return 0;
}

/* Printable ASCII but the space. */
static int
printable(unsigned char c)
{
	return c > ' ' && c < 0x7f;
}

/*
 * Rewrites text in place: one '\n' per line end, spaces collapsed, lines
 * trimmed.  org (NULL allowed) follows the bytes it belongs to.  Returns
 * the new length.
 */
static size_t
normalise(char *text, size_t len, struct iachrp_origin *org)
{
	const unsigned char *p = (const unsigned char *)text;
	const unsigned char *end = p + len;
	char *o = text;
	char *line = text;
	size_t n, space = 0;
	int pending = 0;

/* The byte at p goes to o, its origin along. */
#define KEEP() do {							\
	if (org != NULL)						\
		org[o - text] = org[(const char *)p - text];		\
	*o++ = (char)*p++;						\
} while (0)
/* The space of a collapsed run, from its first space. */
#define PUT_SPACE() do {						\
	if (org != NULL)						\
		org[o - text] = org[space];				\
	*o++ = ' ';							\
} while (0)

	while (p < end) {
		/* Most bytes are printable ASCII: a run copied at once. */
		if (*p > ' ' && *p < 0x7f) {
			if (pending)
				PUT_SPACE();
			pending = 0;
			/*
			 * Where nothing was dropped yet, printable bytes and
			 * single spaces between them stay as they are (tested
			 * with & and |: a branch at each space would miss).
			 */
			if (o == (const char *)p) {
				do
					p++;
				while (p < end && (printable(p[0]) |
				    ((p[0] == ' ') & printable(p[1]))));
				o = text + ((const char *)p - text);
				continue;
			}
			if (org != NULL) {
				KEEP();
				continue;
			}
			while (p < end && *p > ' ' && *p < 0x7f)
				*o++ = (char)*p++;
			continue;
		}
		if (*p == '\r' || *p == '\n') {
			if (org != NULL)
				org[o - text] = org[(const char *)p - text];
			if (*p++ == '\r' && p < end && *p == '\n')
				p++;
			*o++ = '\n';
			line = o;
			pending = 0;
			continue;
		}
		if ((n = space_at(p)) > 0) {
			if (!pending)
				space = (size_t)((const char *)p - text);
			p += n;
			pending = o > line;
			continue;
		}
		if ((n = invisible_at(p)) > 0) {
			p += n;
			continue;
		}
		if (pending)
			PUT_SPACE();
		pending = 0;
		KEEP();
	}
#undef KEEP
#undef PUT_SPACE
	*o = '\0';
	return (size_t)(o - text);
}

/*
 * When the eight bytes at src are ASCII, writes them to dst with A-Z
 * lowered and returns 1: a byte's top bit says whether adding 0x3f and
 * adding 0x25 to it passed 0x7f, that is whether it is 'A' or above and
 * above 'Z'; no carry leaves a byte below 0x80.
 */
static int
ascii_lowered(char *dst, const char *src)
{
	const uint64_t top = 0x8080808080808080u;
	uint64_t x;

	memcpy(&x, src, 8);
	if ((x & top) != 0)
		return 0;
	x |= ((x + 0x3f3f3f3f3f3f3f3fu) & ~(x + 0x2525252525252525u) & top) >>
	    2;
	memcpy(dst, &x, 8);
	return 1;
}

void
iachrp_fold(char *dst, const char *src, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c, d;

		/* Most of the text is ASCII: eight bytes lowered at once. */
		while (i + 8 <= len && ascii_lowered(dst + i, src + i))
			i += 8;
		if (i == len)
			break;
		c = (unsigned char)src[i];
		if (c < 0x80) {
			dst[i] = (char)((unsigned)(c - 'A') < 26 ? c + 'a' - 'A' :
			    c);
			continue;
		}
		dst[i] = (char)c;
		if ((c != 0xc3 && c != 0xc5) || i + 1 >= len)
			continue;
		/* The second byte of an uppercase Latin letter. */
		d = (unsigned char)src[++i];
		if (c == 0xc3 && d >= 0x80 && d <= 0x9e && d != 0x97)
			d += 0x20;
		else if (c == 0xc5 && (d == 0xa0 || d == 0xbd))
			d += 1;
		/* The ligature as the lexicon spells it: "mise en oeuvre". */
		if (c == 0xc5 && (d == 0x92 || d == 0x93)) {
			dst[i - 1] = 'o';
			d = 'e';
		}
		dst[i] = (char)d;
	}
	dst[len] = '\0';
}

int
iachrp_starts_item(const char *s)
{
	const char *p = s;

	if (strncmp(s, "\xe2\x80\xa2", 3) == 0 || strncmp(s, "- ", 2) == 0 ||
	    strncmp(s, "* ", 2) == 0 || strncmp(s, "\xc2\xb7", 2) == 0 ||
	    strncmp(s, "\xe2\x80\x93 ", 4) == 0 ||
	    strncmp(s, "\xe2\x96\xaa", 3) == 0)
		return 1;
	if (*p == '(')
		p++;
	if (*p >= '0' && *p <= '9') {
		while (*p >= '0' && *p <= '9')
			p++;
	} else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
		while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
			p++;
		if (p - s > 5)
			return 0;
	} else {
		return 0;
	}
	/* "1)", "1.", and for numbers "1-" */
	if (*p != ')' && *p != '.' && !(*p == '-' && p[-1] >= '0' &&
	    p[-1] <= '9'))
		return 0;
	/* "1.-", "1.–", "a)-" */
	if (*p != '-' && p[1] == '-')
		p++;
	else if (*p != '-' && strncmp(p + 1, "\xe2\x80\x93", 3) == 0)
		p += 3;
	return p[1] == ' ';
}

/* True when a dash follows the first words, as in a dateline. */
static int
dash_early(const char *s)
{
	const char *p;

	for (p = s; *p != '\0' && p - s < 60; p++)
		if (strncmp(p, "\xe2\x80\x94", 3) == 0 ||
		    strncmp(p, "\xe2\x80\x93", 3) == 0 ||
		    strncmp(p, " - ", 3) == 0)
			return 1;
	return 0;
}

/* Whether w, of n bytes, is one of the words of list in any case. */
static int
word_in(const char *w, size_t n, const char *const *list)
{
	size_t k;

	for (k = 0; list[k] != NULL; k++)
		if (strlen(list[k]) == n && strncasecmp(w, list[k], n) == 0)
			return 1;
	return 0;
}

/*
 * True when the line ends a list item: a semicolon and a conjunction
 * ("...; and", "... ; et", "...; y", "...; or").
 */
static int
item_end(const char *s, size_t len)
{
	size_t i = len, n;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	n = len - i;
	for (; i > 0 && s[i - 1] == ' '; i--)
		;
	if (i == 0 || s[i - 1] != ';')
		return 0;
	return word_in(s + len - n, n, iachrp_lex_conjunction) ||
	    word_in(s + len - n, n, iachrp_lex_disjunction);
}

/* True when line is a date alone, as under a headline: "June 15, 2020". */
static int
date_only(const char *line)
{
	char f[64];
	size_t len = strlen(line);
	struct iachrp_date d;

	if (len >= sizeof(f))
		return 0;
	iachrp_fold(f, line, len);
	f[len] = '\0';
	return iachrp_parse_date(f, 0, &d) == len;
}

/*
 * A line wrapped by an editor goes on in the next line: it is long, ends
 * without closing punctuation, and the next line is not a list item; the
 * next line starts in lowercase, or the line ends with a lowercase word
 * and the next is not a dateline.  A headline followed by the dateline or
 * by a date alone stays apart.
 */
static int
continues(const char *prev, size_t plen, const char *next)
{
	unsigned char last;

	if (plen < 60)
		return 0;
	last = (unsigned char)prev[plen - 1];
	if (strchr(".:;!?)\"", last) != NULL || last >= 0x80 ||
	    iachrp_starts_item(next) || item_end(prev, plen) || date_only(next))
		return 0;
	if ((*next >= 'a' && *next <= 'z') || (*next >= '0' && *next <= '9'))
		return 1;
	return last >= 'a' && last <= 'z' && !dash_early(next);
}

/*
 * Indexes the words of every paragraph, in one block: a word start
 * follows a byte that is no letter, so a paragraph of len bytes holds at
 * most len / 2 + 1 of them (and iachrp_word_starts writes one more).
 */
static int
index_words(struct iachrp_doc *doc)
{
	size_t i, total = 0, n = 0;

	for (i = 0; i < doc->npara; i++)
		total += doc->para[i].len / 2 + 2;
	if ((doc->words = iachrp_malloc(total * sizeof(*doc->words))) == NULL)
		return -1;
	for (i = 0; i < doc->npara; i++) {
		doc->para[i].word = doc->words + n;
		doc->para[i].nword = iachrp_word_starts(doc->para[i].f,
		    doc->words + n);
		n += doc->para[i].nword;
	}
	return 0;
}

/* Copies n bytes of the working text at from to o, origins along. */
static char *
put(struct iachrp_doc *doc, char *o, const char *work,
    const struct iachrp_origin *worg, const char *from, size_t n)
{
	if (worg != NULL)
		memcpy(doc->org + (o - doc->buf), worg + (from - work),
		    n * sizeof(*worg));
	memcpy(o, from, n);
	return o + n;
}

/*
 * True when the line [line, end) is a trail of links, "Accueil | Salle
 * de presse | Communiqués": three cells or more, of a few words and no
 * digit each.  It stays one line, read as page furniture.
 */
static int
link_trail(const char *line, const char *end)
{
	const char *p;
	int cells = 1, words = 1;

	for (p = line; p < end; p++) {
		if (*p >= '0' && *p <= '9')
			return 0;
		if (p + 3 <= end && p[0] == ' ' && p[1] == '|' && p[2] == ' ') {
			cells++;
			words = 1;
			p += 2;
		} else if (*p == ' ' && ++words > 4)
			return 0;
	}
	return cells >= 3;
}

/*
 * A short line of cells cut with bars, as a page's header prints them
 * ("Resolução 71/21 | MC 302-15 | 24 de setembro de 2021", "20 de marzo
 * de 2024 | Comunicado de prensa No. 58/24"): each cell a paragraph of
 * its own.  The bar and its spaces become line ends, so that every byte
 * keeps its place.
 */
static void
split_cells(char *text)
{
	char *line, *end, *p;

	for (line = text; *line != '\0'; line = *end != '\0' ? end + 1 :
	    end) {
		if ((end = strchr(line, '\n')) == NULL)
			end = line + strlen(line);
		if (end - line > 200 || link_trail(line, end))
			continue;
		for (p = line; p + 3 <= end; p++)
			if (p[0] == ' ' && p[1] == '|' && p[2] == ' ')
				memset(p, '\n', 3);
	}
}

int
iachrp_doc_load(struct iachrp_doc *doc, const struct iachrp_text *t,
    const char *source, iachr_error_t *err)
{
	char *work, *line, *next, *o;
	struct iachrp_origin *worg = NULL;
	size_t cap = 16, n = 0, wlen;
	struct iachrp_para *para = NULL, *tmp;
	int blank = 0;

	memset(doc, 0, sizeof(*doc));
	doc->title = doc->lead = -1;
	doc->encoding = t->encoding;
	if ((work = iachrp_malloc(t->len + 1)) == NULL)
		goto nomem;
	memcpy(work, t->s, t->len);
	work[t->len] = '\0';
	if (t->org != NULL) {
		if ((worg = iachrp_malloc((t->len + 1) *
		    sizeof(*worg))) == NULL)
			goto nomem;
		memcpy(worg, t->org, t->len * sizeof(*worg));
	}
	wlen = normalise(work, t->len, worg);
	split_cells(work);
	/* s and f of each paragraph, each NUL terminated. */
	if ((doc->buf = iachrp_malloc(2 * wlen + 2)) == NULL ||
	    (para = iachrp_malloc(cap * sizeof(*para))) == NULL ||
	    (worg != NULL && (doc->org = iachrp_calloc(2 * wlen + 2,
	    sizeof(*doc->org))) == NULL))
		goto nomem;
	o = doc->buf;
	for (line = work; line != NULL; line = next) {
		size_t llen;

		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		llen = strlen(line);
		if (llen == 0) {
			blank = 1;
			continue;
		}
		if (n > 0 && !blank && continues(para[n - 1].s,
		    para[n - 1].len, line)) {
			/*
			 * Extend the previous paragraph, still at the end;
			 * the joining space stands for the line end.
			 */
			o = para[n - 1].s + para[n - 1].len;
			o = put(doc, o, work, worg, line - 1, 1);
			o[-1] = ' ';
			o = put(doc, o, work, worg, line, llen);
			*o++ = '\0';
			para[n - 1].len += llen + 1;
			continue;
		}
		if (n == cap) {
			cap *= 2;
			if ((tmp = iachrp_realloc(para,
			    cap * sizeof(*para))) == NULL)
				goto nomem;
			para = tmp;
		}
		para[n].s = o;
		para[n].len = llen;
		para[n].kind = IACHRP_BODY;
		para[n].mandate = 0;
		o = put(doc, o, work, worg, line, llen + 1);
		n++;
		blank = 0;
	}
	/* Folded twins after all paragraphs are complete. */
	for (wlen = 0; wlen < n; wlen++) {
		para[wlen].f = o;
		iachrp_fold(o, para[wlen].s, para[wlen].len);
		o += para[wlen].len + 1;
		if (is_furniture(para[wlen].f))
			para[wlen].kind = IACHRP_FURNITURE;
		/* Every cue names the Commission a "principal" organ. */
		para[wlen].mandate = strstr(para[wlen].f, "principal") != NULL &&
		    iachrp_contains(para[wlen].f, 0, para[wlen].len,
		    iachrp_lex_mandate_cue);
	}
	iachrp_free(work);
	iachrp_free(worg);
	doc->para = para;
	doc->npara = n;
	if (index_words(doc) != 0) {
		iachrp_doc_free(doc);
		iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
		    "out of memory");
		return -1;
	}
	return 0;
nomem:
	iachrp_free(work);
	iachrp_free(worg);
	iachrp_free(para);
	iachrp_free(doc->buf);
	iachrp_free(doc->org);
	doc->buf = NULL;
	doc->org = NULL;
	iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
	    "out of memory");
	return -1;
}

void
iachrp_doc_free(struct iachrp_doc *doc)
{
	if (doc == NULL)
		return;
	iachrp_free(doc->buf);
	iachrp_free(doc->para);
	iachrp_free(doc->words);
	iachrp_free(doc->org);
	doc->buf = NULL;
	doc->org = NULL;
	doc->words = NULL;
	doc->para = NULL;
	doc->npara = 0;
}
