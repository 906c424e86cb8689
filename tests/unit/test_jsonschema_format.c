#include <string.h>

#include <criterion/criterion.h>

#include "jsonschema_private.h"

static int
ok(const char *format, const char *s)
{
	return iachrp_format_check(format, s, strlen(s));
}

Test(jsonschema_format, dates_and_times)
{
	cr_expect_eq(ok("date", "2024-02-29"), 1);
	cr_expect_eq(ok("date", "2023-02-29"), 0);
	cr_expect_eq(ok("date", "2021-7-01"), 0);
	cr_expect_eq(ok("time", "23:59:60Z"), 1);
	cr_expect_eq(ok("time", "22:59:60Z"), 0);
	cr_expect_eq(ok("time", "12:00:00.5+01:00"), 1);
	cr_expect_eq(ok("time", "12:00:00"), 0);
	cr_expect_eq(ok("date-time", "2021-07-30T17:15:00Z"), 1);
	cr_expect_eq(ok("duration", "P1Y2M3DT4H5M6S"), 1);
	cr_expect_eq(ok("duration", "P1Y3D"), 0);
	cr_expect_eq(ok("duration", "PT"), 0);
	cr_expect_eq(ok("duration", "P2W"), 1);
}

Test(jsonschema_format, addresses)
{
	cr_expect_eq(ok("ipv4", "192.168.0.1"), 1);
	cr_expect_eq(ok("ipv4", "192.168.0.01"), 0);
	cr_expect_eq(ok("ipv6", "::1"), 1);
	cr_expect_eq(ok("ipv6", "1:2:3:4:5:6:7:8:9"), 0);
	cr_expect_eq(ok("ipv6", "::ffff:192.0.2.1"), 1);
	cr_expect_eq(ok("hostname", "www.example.com"), 1);
	cr_expect_eq(ok("hostname", "-bad.example"), 0);
	cr_expect_eq(ok("email", "joe.bloggs@example.com"), 1);
	cr_expect_eq(ok("email", "joe..bloggs@example.com"), 0);
	cr_expect_eq(ok("email", "\"joe..b\"@example.com"), 1);
	cr_expect_eq(ok("uri", "https://example.com/a?b#c"), 1);
	cr_expect_eq(ok("uri", "/relative"), 0);
	cr_expect_eq(ok("uri-reference", "../a b"), 0);
	cr_expect_eq(ok("uri-reference", "../a%20b"), 1);
	cr_expect_eq(ok("iri", "https://ex.com/\xc3\xa9"), 1);
	cr_expect_eq(ok("uri", "https://ex.com/\xc3\xa9"), 0);
}

Test(jsonschema_format, others)
{
	cr_expect_eq(ok("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380"), 1);
	cr_expect_eq(ok("uuid", "2eb8aa08aa98-11ea-b4aa-73b441d16380"), 0);
	cr_expect_eq(ok("json-pointer", "/a~1b/0"), 1);
	cr_expect_eq(ok("json-pointer", "/a~2"), 0);
	cr_expect_eq(ok("relative-json-pointer", "1/a"), 1);
	cr_expect_eq(ok("relative-json-pointer", "01/a"), 0);
	cr_expect_eq(ok("regex", "^a(b|c)$"), 1);
	cr_expect_eq(ok("regex", "^a(b"), 0);
	cr_expect_eq(ok("no-such-format", "x"), -1);
}

Test(jsonschema_uri, resolution_rfc3986_examples)
{
	static const char *const cases[][2] = {
		{ "g", "http://a/b/c/g" }, { "./g", "http://a/b/c/g" },
		{ "g/", "http://a/b/c/g/" }, { "/g", "http://a/g" },
		{ "//g", "http://g" }, { "?y", "http://a/b/c/d;p?y" },
		{ "#s", "http://a/b/c/d;p?q#s" }, { "", "http://a/b/c/d;p?q" },
		{ "..", "http://a/b/" }, { "../..", "http://a/" },
		{ "../../../g", "http://a/g" },
		{ "g;x=1/../y", "http://a/b/c/y" },
	};
	size_t i;
	char *r;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		r = iachrp_uri_resolve("http://a/b/c/d;p?q", cases[i][0]);
		cr_expect_str_eq(r, cases[i][1], "ref %s", cases[i][0]);
		free(r);
	}
	r = iachrp_uri_resolve("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed",
	    "#/$defs/bar");
	cr_expect_str_eq(r, "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed"
	    "#/$defs/bar");
	free(r);
}
