#include <locale.h>
#include <string.h>

#include <criterion/criterion.h>

#include "jsonschema_private.h"

static int
search(const char *pattern, const char *s)
{
	struct iachrp_regex *re;
	char why[128];
	int rc;

	re = iachrp_regex_compile(pattern, why, sizeof(why));
	cr_assert_not_null(re, "%s: %s", pattern, why);
	rc = iachrp_regex_search(re, s, strlen(s));
	iachrp_regex_free(re);
	return rc;
}

static const char *
compile_error(const char *pattern)
{
	static char why[128];
	struct iachrp_regex *re;

	why[0] = '\0';
	re = iachrp_regex_compile(pattern, why, sizeof(why));
	iachrp_regex_free(re);
	return re == NULL ? why : NULL;
}

Test(jsonschema_regex, ecma_anchors_and_classes)
{
	cr_expect_eq(search("^[0-9]{4}-[0-9]{2}$", "2021-07"), 1);
	cr_expect_eq(search("^[0-9]{4}-[0-9]{2}$", "2021-07\n"), 0);
	cr_expect_eq(search("\\d+", "ab12"), 1);
	cr_expect_eq(search("^\\w+\\s\\W$", "ab_9 !"), 1);
	cr_expect_eq(search("^\\S$", "\xc2\xa0"), 0);
	cr_expect_eq(search("^[^a-c]$", "d"), 1);
	cr_expect_eq(search("^.$", "\n"), 0);
}

Test(jsonschema_regex, code_points_not_bytes)
{
	cr_expect_eq(search("^.$", "\xf0\x9f\x90\xb2"), 1);
	cr_expect_eq(search("^\xf0\x9f\x90\xb2*$",
	    "\xf0\x9f\x90\xb2\xf0\x9f\x90\xb2"), 1);
	cr_expect_eq(search("^\\p{Letter}+$", "\xcf\x80x"), 1);
	cr_expect_eq(search("^\\p{Letter}+$", "123"), 0);
	cr_expect_eq(search("^\\u00e9$", "\xc3\xa9"), 1);
	cr_expect_eq(search("^\\u{1F432}$", "\xf0\x9f\x90\xb2"), 1);
}

/* The categories come from the Unicode database, whatever the locale. */
Test(jsonschema_regex, unicode_categories_without_a_locale)
{
	cr_assert_not_null(setlocale(LC_ALL, "C"));
	cr_expect_eq(search("^\\p{L}+$", "\xc3\xa9\xd0\x96\xe4\xb8\xad"), 1);
	cr_expect_eq(search("^\\p{Lu}\\p{Ll}$", "\xd0\x96\xc3\xa9"), 1);
	cr_expect_eq(search("^\\p{Lt}$", "\xc7\x85"), 1);
	cr_expect_eq(search("^\\p{Lm}\\p{Lo}$", "\xca\xb0\xe4\xb8\xad"), 1);
	cr_expect_eq(search("^\\p{Nd}\\p{Nl}\\p{No}$",
	    "\xd9\xa3\xe2\x85\xa0\xc2\xbd"), 1);
	cr_expect_eq(search("^\\p{Number}{3}$", "\xd9\xa3\xe2\x85\xa0\xc2\xbd"),
	    1);
	cr_expect_eq(search("^\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}\\p{Pd}$",
	    "\xc2\xab\xc2\xbb(]-"), 1);
	cr_expect_eq(search("^\\p{Sc}\\p{Sm}\\p{So}$", "\xe2\x82\xac+\xc2\xa9"),
	    1);
	cr_expect_eq(search("^\\p{Zs}\\p{Zl}\\p{Cc}\\p{Cf}$",
	    "\xe3\x80\x80\xe2\x80\xa8\t\xc2\xad"), 1);
	cr_expect_eq(search("^\\p{Co}\\p{Cn}$", "\xee\x80\x80\xcd\xb8"), 1);
	cr_expect_eq(search("^\\p{Uppercase_Letter}$", "\xc3\xa9"), 0);
	cr_expect_eq(search("^\\P{L}+$", "1\xd9\xa3 "), 1);
	cr_expect_eq(search("^\\P{L}$", "\xe4\xb8\xad"), 0);
	cr_expect_eq(search("^[\\P{L}\\P{N}]$", "x"), 1);
	cr_expect_eq(search("^[\\P{L}\\p{Lu}]+$", "A1"), 1);
	cr_expect_eq(search("^[\\P{L}\\p{Lu}]+$", "a"), 0);
	cr_expect_eq(search("^\\p{gc=Lo}$", "\xe4\xb8\xad"), 1);
	cr_expect_str_eq(compile_error("\\p{Greek}"),
	    "unsupported Unicode property");
}

Test(jsonschema_regex, groups_alternation_quantifiers)
{
	cr_expect_eq(search("^(ab|cd|ef)+$", "abefcd"), 1);
	cr_expect_eq(search("^(ab|cd|ef)+$", "abefc"), 0);
	cr_expect_eq(search("^a{2,3}$", "aaaa"), 0);
	cr_expect_eq(search("^a{2,}$", "aaaa"), 1);
	cr_expect_eq(search("^a{0,2}b$", "b"), 1);
	cr_expect_eq(search("^(a)\\1$", "aa"), 1);
	cr_expect_eq(search("^(?<x>a)\\k<x>$", "ab"), 0);
	cr_expect_eq(search("^a+?$", "aaa"), 1);
	cr_expect_eq(search("^(?:a|b)*c", "ababc"), 1);
	cr_expect_eq(search("foo(?=bar)", "foobaz"), 0);
	cr_expect_eq(search("foo(?!bar)", "foobaz"), 1);
	cr_expect_eq(search("^(a*)*$", "aaaa"), 1);
	cr_expect_eq(search("\\bfoo\\b", "a foo b"), 1);
	cr_expect_eq(search("(?<=\\$)\\d+", "cost $42"), 1);
	cr_expect_eq(search("(?<=\\$)\\d+", "cost 42"), 0);
	cr_expect_eq(search("(?<!ab+)c", "abbbc"), 0);
	cr_expect_eq(search("(?<!ab+)c", "xc"), 1);
}

Test(jsonschema_regex, pathological_pattern_gives_up)
{
	char s[64];

	memset(s, 'a', 40);
	s[40] = '!';
	s[41] = '\0';
	cr_expect_eq(search("^(a|a)*$", s), -1);
}

Test(jsonschema_regex, syntax_errors)
{
	cr_expect_str_eq(compile_error("a(b"), "missing )");
	cr_expect_str_eq(compile_error("a)"), "unmatched )");
	cr_expect_str_eq(compile_error("*a"), "nothing to repeat");
	cr_expect_str_eq(compile_error("[b-a]"), "range out of order");
	cr_expect_str_eq(compile_error("\\a"), "unknown escape");
	cr_expect_str_eq(compile_error("a{3,2}"), "numbers out of order in {}");
	cr_expect_null(compile_error("a{,2}"));
}
