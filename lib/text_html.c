/*
 * A release saved from the web as an HTML page becomes the text a copy
 * of the release holds: the headline, then the paragraphs of the page's
 * main content, one block a paragraph, list items one a line.  The page
 * is read with libxml2's HTML parser, never from the network, and the
 * page furniture (menus, scripts, footers, cookie banners) is dropped.
 *
 * libxml2 is loaded with the first page, not with the program: it brings
 * ICU, zlib, lzma and the C++ runtime along, and loading them took longer
 * than reading a release does, for inputs that are mostly text.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "extract_private.h"

/* Elements that never hold the release (keep sorted). */
static const char *const dropped_tags[] = {
	"aside", "button", "footer", "form", "iframe", "menu", "nav",
	"noscript", "script", "select", "style", "svg", "template", NULL
};

/* Class or id words of page furniture (keep sorted). */
static const char *const dropped_names[] = {
	"breadcrumb", "consent", "cookie", "footer", "menu", "nav", "share",
	"social", NULL
};

/* Class or id words of the element that holds the release. */
static const char *const content_names[] = {
	"article", "content", "main", NULL
};

/* Elements that end the paragraph before them and start a new one. */
static const char *const block_tags[] = {
	"address", "article", "blockquote", "body", "center", "dd", "div",
	"dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
	"h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
	"table", "td", "th", "tr", "ul", NULL
};

/* The functions of libxml2 this file calls, found once by name. */
struct libxml2 {
	htmlDocPtr (*read_memory)(const char *, int, const char *,
	    const char *, int);
	xmlNodePtr (*root_element)(const xmlDoc *);
	xmlChar *(*get_prop)(const xmlNode *, const xmlChar *);
	void (*free_doc)(xmlDocPtr);
	xmlFreeFunc *free_string;	/* libxml2's variable xmlFree */
	char error[IACHR_ERROR_TEXT_LENGTH];	/* why it is not loaded */
};

static struct libxml2 libxml2;
static pthread_once_t libxml2_once = PTHREAD_ONCE_INIT;

/* The largest start of a numbered list taken as written. */
#define IACHRP_HTML_MAX_START 1000000000L

struct page {
	char *s;
	size_t len, cap;
	int nomem;
	int in_para;		/* the paragraph being written has text */
	int space;		/* a space is due before the next text */
	int newline;		/* a line break is due before the next text */
	int item;		/* the paragraph is a list item */
	int after_item;		/* the last paragraph was a list item */
	char prefix[24];	/* "- " or "3. ", for the next list item */
	const xmlNode *skip;	/* the headline, written already */
	int whole_body;		/* no main content: the page header goes */
};

static int
in_list(const char *const *list, const char *s)
{
	for (; *list != NULL; list++)
		if (strcasecmp(*list, s) == 0)
			return 1;
	return 0;
}

static int
is_tag(const xmlNode *n, const char *tag)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcasecmp((const char *)n->name, tag) == 0;
}

/* Whether s holds word, in any case. */
static int
holds_word(const char *s, const char *word)
{
	size_t n = strlen(word);

	for (; *s != '\0'; s++)
		if (strncasecmp(s, word, n) == 0)
			return 1;
	return 0;
}

/* Whether the class or id of n holds one of words, in any case. */
static int
named(const xmlNode *n, const char *const *words)
{
	static const char *const attrs[] = { "class", "id" };
	size_t i;
	const char *const *w;

	for (i = 0; i < 2; i++) {
		xmlChar *v = libxml2.get_prop(n, (const xmlChar *)attrs[i]);

		if (v == NULL)
			continue;
		for (w = words; *w != NULL; w++)
			if (holds_word((const char *)v, *w))
				break;
		(*libxml2.free_string)(v);
		if (*w != NULL)
			return 1;
	}
	return 0;
}

static int
is_dropped(const struct page *pg, const xmlNode *n)
{
	if (n->type != XML_ELEMENT_NODE)
		return n->type != XML_TEXT_NODE;
	return in_list(dropped_tags, (const char *)n->name) ||
	    (pg->whole_body && is_tag(n, "header")) ||
	    named(n, dropped_names);
}

/*
 * The node after n in document order; its subtree is skipped when
 * descend is 0.  Stays within root; NULL at the end.
 */
static const xmlNode *
next_node(const xmlNode *n, const xmlNode *root, int descend)
{
	if (descend && n->children != NULL)
		return n->children;
	for (; n != root; n = n->parent)
		if (n->next != NULL)
			return n->next;
	return NULL;
}

/* The first element under root that pick accepts, furniture skipped. */
static const xmlNode *
find(const struct page *pg, const xmlNode *root,
    int (*pick)(const xmlNode *))
{
	const xmlNode *n = root;
	int dropped;

	while (n != NULL) {
		dropped = n != root && is_dropped(pg, n);
		if (!dropped && n->type == XML_ELEMENT_NODE && pick(n))
			return n;
		n = next_node(n, root, !dropped);
	}
	return NULL;
}

static int
pick_main(const xmlNode *n)
{
	return is_tag(n, "main");
}

static int
pick_article(const xmlNode *n)
{
	return is_tag(n, "article");
}

static int
pick_named(const xmlNode *n)
{
	return !is_tag(n, "body") && !is_tag(n, "html") &&
	    named(n, content_names);
}

static int
pick_body(const xmlNode *n)
{
	return is_tag(n, "body");
}

static int
pick_h1(const xmlNode *n)
{
	return is_tag(n, "h1");
}

static int
pick_title(const xmlNode *n)
{
	return is_tag(n, "title");
}

static void
put(struct page *pg, const char *s, size_t n)
{
	char *grown;
	size_t cap;

	if (pg->nomem)
		return;
	if (pg->len + n + 1 > pg->cap) {
		cap = pg->cap == 0 ? 4096 : pg->cap;
		while (cap < pg->len + n + 1)
			cap *= 2;
		if ((grown = iachrp_realloc(pg->s, cap)) == NULL) {
			pg->nomem = 1;
			return;
		}
		pg->s = grown;
		pg->cap = cap;
	}
	memcpy(pg->s + pg->len, s, n);
	pg->len += n;
}

/* Ends the paragraph being written; the next text starts a new one. */
static void
end_paragraph(struct page *pg)
{
	if (pg->in_para)
		pg->after_item = pg->item;
	pg->in_para = pg->space = pg->newline = pg->item = 0;
}

/* Starts a paragraph: blank line before it, one line between items. */
static void
start_paragraph(struct page *pg)
{
	int item = pg->prefix[0] != '\0';

	if (pg->len > 0)
		put(pg, "\n\n", item && pg->after_item ? 1 : 2);
	put(pg, pg->prefix, strlen(pg->prefix));
	pg->prefix[0] = '\0';
	pg->item = item;
	pg->in_para = 1;
}

/* Text with its runs of white space collapsed to one space. */
static void
put_text(struct page *pg, const char *s)
{
	for (; *s != '\0'; s++) {
		if (strchr(" \t\n\r\f", *s) != NULL) {
			pg->space = pg->in_para;
			continue;
		}
		if (!pg->in_para)
			start_paragraph(pg);
		else if (pg->newline)
			put(pg, "\n", 1);
		else if (pg->space)
			put(pg, " ", 1);
		pg->space = pg->newline = 0;
		put(pg, s, 1);
	}
}

/* The label of list item n: its number in an ordered list, else "- ". */
static void
set_item_prefix(struct page *pg, const xmlNode *n)
{
	const xmlNode *p = n->parent, *sib;
	long number = 1;
	xmlChar *start;

	if (p == NULL || !is_tag(p, "ol")) {
		snprintf(pg->prefix, sizeof(pg->prefix), "- ");
		return;
	}
	if ((start = libxml2.get_prop(p, (const xmlChar *)"start")) != NULL) {
		number = strtol((const char *)start, NULL, 10);
		(*libxml2.free_string)(start);
	}
	/* A number no list reaches would overflow when counted on. */
	if (number < -IACHRP_HTML_MAX_START || number > IACHRP_HTML_MAX_START)
		number = 1;
	for (sib = p->children; sib != NULL && sib != n; sib = sib->next)
		number += is_tag(sib, "li");
	snprintf(pg->prefix, sizeof(pg->prefix), "%ld. ", number);
}

static void
enter(struct page *pg, const xmlNode *n)
{
	if (n->type == XML_TEXT_NODE) {
		put_text(pg, (const char *)n->content);
		return;
	}
	if (is_tag(n, "br")) {
		pg->newline = pg->in_para;
		return;
	}
	if (in_list(block_tags, (const char *)n->name))
		end_paragraph(pg);
	if (is_tag(n, "li"))
		set_item_prefix(pg, n);
}

static void
leave(struct page *pg, const xmlNode *n)
{
	if (n->type == XML_ELEMENT_NODE &&
	    in_list(block_tags, (const char *)n->name))
		end_paragraph(pg);
	/* The next list's first item starts a paragraph of its own. */
	if (is_tag(n, "ol") || is_tag(n, "ul"))
		pg->after_item = 0;
}

/* Writes the text under root, furniture and the headline left out. */
static void
write_blocks(struct page *pg, const xmlNode *root)
{
	const xmlNode *n = root;
	int descend;

	while (n != NULL && !pg->nomem) {
		descend = n != pg->skip && (n == root || !is_dropped(pg, n));
		if (descend)
			enter(pg, n);
		if (descend && n->children != NULL) {
			n = n->children;
			continue;
		}
		for (;;) {
			leave(pg, n);
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
	end_paragraph(pg);
}

/* The element that holds the release: main, article, or one so named. */
static const xmlNode *
main_content(struct page *pg, const xmlNode *body)
{
	const xmlNode *n;

	if ((n = find(pg, body, pick_main)) != NULL ||
	    (n = find(pg, body, pick_article)) != NULL ||
	    (n = find(pg, body, pick_named)) != NULL)
		return n;
	pg->whole_body = 1;
	return body;
}

static void
write_page(struct page *pg, const xmlDoc *doc)
{
	const xmlNode *root = libxml2.root_element(doc), *body, *content,
	    *title;

	if (root == NULL)
		return;
	if ((body = find(pg, root, pick_body)) == NULL)
		body = root;
	content = main_content(pg, body);
	if ((title = find(pg, content, pick_h1)) == NULL &&
	    (title = find(pg, body, pick_h1)) == NULL)
		title = find(pg, root, pick_title);
	if (title != NULL) {
		write_blocks(pg, title);
		pg->skip = title;
	}
	write_blocks(pg, content);
}

/*
 * The page's character set, by one of the names the record schema
 * gives; libxml2 reads a page that declares none and is not UTF-8 as
 * ISO-8859-1.
 */
static const char *
charset_name(const xmlChar *declared, const unsigned char *in, size_t len)
{
	const char *s = (const char *)declared;

	if (s == NULL)
		return iachrp_is_utf8(in, len) ? "UTF-8" : "ISO-8859-1";
	if (strcasecmp(s, "ISO-8859-1") == 0 || strcasecmp(s, "latin1") ==
	    0 || strcasecmp(s, "ISO_8859-1") == 0)
		return "ISO-8859-1";
	if (strcasecmp(s, "windows-1252") == 0 || strcasecmp(s, "cp1252") ==
	    0)
		return "windows-1252";
	return "UTF-8";
}

int
iachrp_is_html(const unsigned char *in, size_t len)
{
	static const char *const starts[] = {
		"<!doctype html", "<html", "<head", "<body", NULL
	};
	const char *const *s;
	size_t i = 0, n;

	if (len >= 3 && in[0] == 0xef && in[1] == 0xbb && in[2] == 0xbf)
		i = 3;
	while (i < len && strchr(" \t\r\n\f", in[i]) != NULL && in[i] != 0)
		i++;
	for (s = starts; *s != NULL; s++) {
		n = strlen(*s);
		/* The tag name ends there: "<header" is no "<head". */
		if (len - i > n && strncasecmp((const char *)in + i, *s, n) ==
		    0 && strchr(" \t\r\n\f/>", in[i + n]) != NULL &&
		    in[i + n] != 0)
			return 1;
	}
	return 0;
}

/*
 * Loads libxml2, finds its functions and initialises it; on failure
 * libxml2.read_memory stays NULL and libxml2.error says why.  The
 * library stays loaded.  libxml2 (before 2.11) must be initialised once
 * before threads use it: pthread_once runs this before any page is read.
 */
static void
load_libxml2(void)
{
	void *lib = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
	void (*init_parser)(void) = NULL;
	const char *why;

	if (lib != NULL) {
		init_parser = (void (*)(void))dlsym(lib, "xmlInitParser");
		libxml2.root_element = (xmlNodePtr (*)(const xmlDoc *))
		    dlsym(lib, "xmlDocGetRootElement");
		libxml2.get_prop = (xmlChar *(*)(const xmlNode *,
		    const xmlChar *))dlsym(lib, "xmlGetNoNsProp");
		libxml2.free_doc = (void (*)(xmlDocPtr))dlsym(lib,
		    "xmlFreeDoc");
		libxml2.free_string = (xmlFreeFunc *)dlsym(lib, "xmlFree");
		if (init_parser != NULL && libxml2.root_element != NULL &&
		    libxml2.get_prop != NULL && libxml2.free_doc != NULL &&
		    libxml2.free_string != NULL) {
			init_parser();
			libxml2.read_memory = (htmlDocPtr (*)(const char *, int,
			    const char *, const char *, int))dlsym(lib,
			    "htmlReadMemory");
		}
	}
	if (libxml2.read_memory != NULL)
		return;
	why = dlerror();
	snprintf(libxml2.error, sizeof(libxml2.error),
	    "cannot load libxml2.so.2, which reads HTML pages%s%s",
	    why != NULL ? ": " : "", why != NULL ? why : "");
}

int
iachrp_html_text(const unsigned char *in, size_t len, struct iachrp_text *t,
    const char *source, iachr_error_t *err)
{
	struct page pg;
	htmlDocPtr doc;

	memset(t, 0, sizeof(*t));
	memset(&pg, 0, sizeof(pg));
	(void)pthread_once(&libxml2_once, load_libxml2);
	if (libxml2.read_memory == NULL) {
		iachr_error_set(err, IACHR_E_IO, source, 0, 0, -1, "%s",
		    libxml2.error);
		return -1;
	}
	doc = libxml2.read_memory((const char *)in, (int)len, NULL, NULL,
	    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_RECOVER);
	if (doc != NULL) {
		write_page(&pg, doc);
		t->encoding = charset_name(doc->encoding, in, len);
		libxml2.free_doc(doc);
	}
	put(&pg, "\n", 1);
	if (doc == NULL || pg.nomem) {
		iachrp_free(pg.s);
		iachr_error_set(err, IACHR_E_NOMEM, source, 0, 0, -1,
		    "out of memory");
		return -1;
	}
	pg.s[pg.len] = '\0';
	t->s = pg.s;
	t->len = pg.len;
	return 0;
}
