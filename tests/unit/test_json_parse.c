#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "harness.h"
#include "json_parse_private.h"

/*
 * The fast path must build exactly what jansson builds, or decline:
 * never accept what jansson rejects.  Returns 1 when it took the text.
 */
static int
same_as_jansson(const char *text, size_t len)
{
	json_t *fast = iachrp_json_parse(text, len), *slow;
	char *a, *b;

	slow = json_loadb(text, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES,
	    NULL);
	if (fast == NULL) {
		json_decref(slow);
		return 0;
	}
	cr_assert_not_null(slow, "accepted what jansson rejects: %.*s",
	    (int)len, text);
	a = json_dumps(fast, JSON_ENCODE_ANY | JSON_COMPACT);
	b = json_dumps(slow, JSON_ENCODE_ANY | JSON_COMPACT);
	cr_expect_str_eq(a, b);
	cr_expect_eq(json_typeof(fast), json_typeof(slow), "%s", a);
	free(a);
	free(b);
	json_decref(fast);
	json_decref(slow);
	return 1;
}

static int
fast(const char *text)
{
	return same_as_jansson(text, strlen(text));
}

Test(json_parse, takes_plain_values)
{
	cr_expect(fast("{\"a\":[1,-0,2.5e3,true,false,null],\"b\":{}}"));
	cr_expect(fast(" \"caf\xc3\xa9 \\u00e9\\ud83d\\ude00\\n\\\"\" "));
	cr_expect(fast("-9223372036854775808"));
	cr_expect(fast("9223372036854775807"));
	cr_expect(fast("1e-400"));
	cr_expect(fast("{\"k\\u00e9y\":{\"k\\u00e9y\":1}}"));
}

Test(json_parse, declines_what_jansson_must_judge)
{
	static const char *const texts[] = {
		"9223372036854775808", "1e400", "\"a\\u0000b\"",
		"{\"a\":1,\"a\":2}", "\"\\ud800\"", "\"\\udc00x\"",
		"\"\xed\xa0\x80\"", "\"\xc0\xaf\"", "[1,]", "01", "1.",
		"{\"a\" 1}", "\"tab\there\"", "[1] x", "", "tru",
	};
	size_t i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		cr_expect(!fast(texts[i]), "took %s", texts[i]);
}

Test(json_parse, agrees_with_jansson_on_the_json_test_suite)
{
	char dir[4096], path[8192], *text;
	struct dirent *d;
	const char *shared = getenv("SHARED");
	DIR *dp;
	size_t len;
	int n = 0;

	snprintf(dir, sizeof(dir), "%s/suites/json-test-suite/test_parsing",
	    shared != NULL ? shared : "../shared");
	if ((dp = opendir(dir)) == NULL)
		cr_skip_test("%s not found", dir);
	while ((d = readdir(dp)) != NULL) {
		if (d->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, d->d_name);
		if ((text = harness_read_file(path, &len)) == NULL)
			continue;
		n += same_as_jansson(text, len);
		free(text);
	}
	closedir(dp);
	cr_expect_gt(n, 50);
}
