/*
 * HTML pages to release text: the main content's blocks as paragraphs,
 * the page furniture dropped, entities decoded, the charset the page's.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "extract_private.h"
#include "iachr_extract.h"

/* The release text of page; "" when it is refused. */
static char *
text_of(const char *page, const char **encoding)
{
	static char out[4096];
	struct iachrp_text t;
	iachr_error_t err;

	iachr_error_init(&err);
	out[0] = '\0';
	if (iachrp_html_text((const unsigned char *)page, strlen(page), &t,
	    "page", &err) != 0)
		return out;
	snprintf(out, sizeof(out), "%s", t.s);
	if (encoding != NULL)
		*encoding = t.encoding;
	iachrp_text_free(&t);
	return out;
}

Test(text_html, detected_by_its_first_tag)
{
	static const char *const pages[] = {
		"<!DOCTYPE html><p>x", "\xef\xbb\xbf\n  <HTML lang=en>",
		"<head><title>x</title>", "\t<body>x</body>",
		"<!doctype HTML>", NULL
	};
	static const char *const texts[] = {
		"IACHR grants measures", "<header>x", "<htmlx>", "<!DOCTYPE "
		"svg>", "< html>", "<html", "", NULL
	};
	size_t i;

	for (i = 0; pages[i] != NULL; i++)
		cr_expect(iachrp_is_html((const unsigned char *)pages[i],
		    strlen(pages[i])), "%s", pages[i]);
	for (i = 0; texts[i] != NULL; i++)
		cr_expect(!iachrp_is_html((const unsigned char *)texts[i],
		    strlen(texts[i])), "%s", texts[i]);
}

Test(text_html, scripts_menus_and_footers_dropped)
{
	const char *page = "<html><head><title>T</title><style>p{}</style>"
	    "<script>var p = '<p>no</p>';</script></head><body>"
	    "<div class=\"cookie-banner\">We use cookies</div>"
	    "<header><nav><ul><li>Home</li></ul></nav></header>"
	    "<div id=\"left-menu\">Menu</div><h1>Headline</h1>"
	    "<p>Body  text\n here.</p><noscript>Enable</noscript>"
	    "<div class=\"share-buttons\">Share on X</div>"
	    "<form><p>Search</p></form><aside>Related</aside>"
	    "<footer>Footer</footer></body></html>";

	cr_expect_str_eq(text_of(page, NULL),
	    "Headline\n\nBody text here.\n");
}

Test(text_html, main_content_preferred)
{
	const char *page = "<!doctype html><body><h1>Site</h1><p>Intro</p>"
	    "<main><nav class=\"breadcrumb\">Home &gt; Press</nav>"
	    "<article><header><h1>Title</h1><p>Dateline</p></header>"
	    "<p>One</p></article></main><p>After</p></body>";
	const char *old = "<html><body><table><tr><td class=\"menu\">Home"
	    "</td><td id=\"content\"><h1>Title</h1><p>One</p><table><tr>"
	    "<td>Cell one</td><td>Cell two</td></tr></table></td></tr>"
	    "</table></body></html>";

	cr_expect_str_eq(text_of(page, NULL), "Title\n\nDateline\n\nOne\n");
	cr_expect_str_eq(text_of(old, NULL),
	    "Title\n\nOne\n\nCell one\n\nCell two\n");
}

Test(text_html, title_element_without_h1)
{
	cr_expect_str_eq(text_of("<html><head><title> The  title </title>"
	    "</head><body><p>Text</p></body></html>", NULL),
	    "The title\n\nText\n");
}

Test(text_html, entities_and_line_breaks)
{
	cr_expect_str_eq(text_of("<html><body><p>A &amp; B &lt;c&gt; "
	    "&eacute;&#233;&#xe9;&nbsp;d<br>second<br/>\nthird</p>"
	    "<div>direct <b>bold</b> text<div>inner</div>tail</div>"
	    "</body></html>", NULL),
	    "A & B <c> \xc3\xa9\xc3\xa9\xc3\xa9\xc2\xa0" "d\nsecond\nthird"
	    "\n\ndirect bold text\n\ninner\n\ntail\n");
}

Test(text_html, lists_one_item_a_line)
{
	cr_expect_str_eq(text_of("<html><body><p>Asked to:</p><ol><li>one"
	    "</li><li><p>two</p></li></ol><ol start=\"3\"><li>three</li>"
	    "</ol><ul><li>a</li><li>b</li></ul><p>End</p></body></html>",
	    NULL),
	    "Asked to:\n\n1. one\n2. two\n\n3. three\n\n- a\n- b\n\nEnd\n");
	cr_expect_str_eq(text_of("<html><body><ol start=\"99999999999999999999"
	    "\"><li>x</li><li>y</li></ol></body></html>", NULL),
	    "1. x\n2. y\n");
}

Test(text_html, charset_from_the_page)
{
	const char *encoding = NULL;

	cr_expect_str_eq(text_of("<html><head><meta http-equiv=\"Content-Type"
	    "\" content=\"text/html; charset=iso-8859-1\"></head><body><p>"
	    "Sol\xeds</p></body></html>", &encoding), "Sol\xc3\xads\n");
	cr_expect_str_eq(encoding, "ISO-8859-1");
	cr_expect_str_eq(text_of("<html><head><meta charset=\"windows-1252\">"
	    "</head><body><p>\x93quoted\x94</p></body></html>", &encoding),
	    "\xe2\x80\x9cquoted\xe2\x80\x9d\n");
	cr_expect_str_eq(encoding, "windows-1252");
	cr_expect_str_eq(text_of("<html><head><meta charset=\"utf-8\">"
	    "</head><body><p>Sol\xc3\xads</p></body></html>", &encoding),
	    "Sol\xc3\xads\n");
	cr_expect_str_eq(encoding, "UTF-8");
	cr_expect_str_eq(text_of("<html><body><p>Sol\xeds</p></body></html>",
	    &encoding), "Sol\xc3\xads\n");
	cr_expect_str_eq(encoding, "ISO-8859-1");
}

Test(text_html, pdf_refused_with_a_hint)
{
	const char pdf[] = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
	iachr_error_t err;

	iachr_error_init(&err);
	cr_assert_null(iachr_extract(pdf, sizeof(pdf) - 1, "r.pdf", &err));
	cr_expect_eq(err.code, IACHR_E_NOT_RELEASE);
	cr_expect_str_eq(err.text, "a PDF document, not a press release: "
	    "convert it with pdftotext first");
}

Test(text_html, page_not_explained)
{
	const char page[] = "<html><body><p>x</p></body></html>";
	iachr_error_t err;
	json_t *explanation;

	iachr_error_init(&err);
	cr_assert_null(iachr_extract_explained(page, sizeof(page) - 1, "p",
	    &explanation, &err));
	cr_expect_eq(err.code, IACHR_E_USAGE);
}
