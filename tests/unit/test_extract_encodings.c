/*
 * Input encodings and refusals: UTF-8 with or without a byte order mark,
 * ISO-8859-1, Windows-1252, CRLF, no-break spaces; empty, binary and
 * unrelated input; and the SHA-256 of the input.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract_helper.h"
#include "extract_private.h"
#include "iachr_extract.h"

static const char lead[] = "Washington, D.C. - The IACHR granted "
    "precautionary measures to Ana P\xc3\xa9rez G\xc3\xb3mez in Peru.";

static json_t *
extract(const char *buf, size_t len, iachr_error_t *err)
{
	iachr_error_init(err);
	return iachr_extract(buf, len, "in.txt", err);
}

static const char *
encoding_of(json_t *rec)
{
	return json_string_value(json_object_get(json_object_get(rec,
	    "source"), "encoding"));
}

Test(extract_encodings, utf8_with_bom_and_crlf)
{
	char buf[512];
	iachr_error_t err;
	json_t *rec;

	snprintf(buf, sizeof(buf), "\xef\xbb\xbfTitle\r\n\r\n%s\r\n", lead);
	rec = extract(buf, strlen(buf), &err);
	cr_assert_not_null(rec);
	cr_assert_str_eq(encoding_of(rec), "UTF-8");
	cr_assert_str_eq(xt_names(rec), "Ana P\xc3\xa9rez G\xc3\xb3mez");
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(rec,
	    "source"), "bytes")), (json_int_t)strlen(buf));
	json_decref(rec);
}

Test(extract_encodings, latin1_and_windows_1252)
{
	const char latin1[] = "Washington, D.C. - The IACHR granted "
	    "precautionary measures to Ana P\xe9rez G\xf3mez in Peru.";
	const char cp1252[] = "Washington, D.C. - The IACHR granted "
	    "precautionary measures to \x93" "Ana P\xe9rez G\xf3mez\x94 in "
	    "Peru.";
	iachr_error_t err;
	json_t *rec;

	rec = extract(latin1, strlen(latin1), &err);
	cr_assert_not_null(rec);
	cr_assert_str_eq(encoding_of(rec), "ISO-8859-1");
	cr_assert_str_eq(xt_names(rec), "Ana P\xc3\xa9rez G\xc3\xb3mez");
	json_decref(rec);
	rec = extract(cp1252, strlen(cp1252), &err);
	cr_assert_not_null(rec);
	cr_assert_str_eq(encoding_of(rec), "windows-1252");
	cr_assert_str_eq(xt_names(rec), "Ana P\xc3\xa9rez G\xc3\xb3mez");
	json_decref(rec);
}

Test(extract_encodings, no_break_spaces_are_spaces)
{
	const char text[] = "Washington, D.C.\xc2\xa0- The IACHR granted "
	    "precautionary\xc2\xa0measures to Ana\xc2\xa0P\xc3\xa9rez in "
	    "Peru.";
	iachr_error_t err;
	json_t *rec = extract(text, strlen(text), &err);

	cr_assert_not_null(rec);
	cr_assert_str_eq(xt_names(rec), "Ana P\xc3\xa9rez");
	cr_assert_str_eq(json_string_value(json_array_get(xt_get(rec, "text"),
	    0)), "Washington, D.C. - The IACHR granted precautionary measures "
	    "to Ana P\xc3\xa9rez in Peru.");
	json_decref(rec);
}

Test(extract_encodings, refusals)
{
	const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
	const char unrelated[] = "Lasagne\n\nLayer the pasta with the sauce "
	    "and bake for forty minutes.\n";
	const char utf16[] = "\xff\xfeW\0a\0";
	const char bad1252[] = "Washington - The IACHR granted precautionary "
	    "measures \x81 to Ana.";
	iachr_error_t err;

	cr_assert_null(extract("", 0, &err));
	cr_assert_eq(err.code, IACHR_E_NOT_RELEASE);
	cr_assert_str_eq(err.text, "empty input, not a press release");
	cr_assert_str_eq(err.source, "in.txt");
	cr_assert_null(extract(" \n\r\n\t\n", 6, &err));
	cr_assert_eq(err.code, IACHR_E_NOT_RELEASE);
	cr_assert_null(extract(binary, sizeof(binary) - 1, &err));
	cr_assert_eq(err.code, IACHR_E_NOT_RELEASE);
	cr_assert_str_eq(err.text, "binary data, not a press release");
	cr_assert_null(extract(unrelated, strlen(unrelated), &err));
	cr_assert_eq(err.code, IACHR_E_NOT_RELEASE);
	cr_assert_str_eq(err.text, "not an IACHR press release on "
	    "precautionary or provisional measures");
	cr_assert_null(extract(utf16, sizeof(utf16) - 1, &err));
	cr_assert_eq(err.code, IACHR_E_ENCODING);
	cr_assert_null(extract(bad1252, strlen(bad1252), &err));
	cr_assert_eq(err.code, IACHR_E_ENCODING);
	cr_assert_eq(err.offset, 54);
}

Test(extract_encodings, too_large)
{
	size_t len = IACHR_EXTRACT_MAX_BYTES + 1;
	char *big = malloc(len);
	iachr_error_t err;

	cr_assert_not_null(big);
	memset(big, 'a', len);
	cr_assert_null(extract(big, len, &err));
	cr_assert_eq(err.code, IACHR_E_LIMIT);
	free(big);
}

Test(extract_encodings, sha256)
{
	char hex[65];

	iachrp_sha256_hex("", 0, hex);
	cr_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b"
	    "934ca495991b7852b855");
	iachrp_sha256_hex("abc", 3, hex);
	cr_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177"
	    "a9cb410ff61f20015ad");
	iachrp_sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnop"
	    "nopq", 56, hex);
	cr_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2"
	    "167f6ecedd419db06c1");
}

Test(extract_encodings, wrapped_lines_are_joined_headline_kept)
{
	const char text[] = "IACHR Grants Precautionary Measures to Kevin "
	    "Roberto Solís in Nicaragua\nWashington, D.C. - The "
	    "Inter-American Commission on Human Rights (IACHR) decided to "
	    "grant precautionary measures to\nKevin Roberto Solís, a "
	    "university student, after concluding that his situation\nin "
	    "Nicaragua is serious.\n";
	iachr_error_t err;
	json_t *rec = extract(text, strlen(text), &err);

	cr_assert_not_null(rec);
	cr_assert_str_eq(json_string_value(json_object_get(xt_get(rec,
	    "press_release"), "title")), "IACHR Grants Precautionary Measures "
	    "to Kevin Roberto Solís in Nicaragua");
	cr_assert_eq(json_array_size(xt_get(rec, "text")), 1);
	cr_assert_str_eq(xt_names(rec), "Kevin Roberto Solís");
	json_decref(rec);
}

Test(extract_encodings, furniture_is_left_out)
{
	char buf[1024];
	iachr_error_t err;
	json_t *rec;

	snprintf(buf, sizeof(buf), "Skip to main content\nEnglish | Español | "
	    "Français\nHome > Press Releases > 2021\nPress Release\nA+ A-\n"
	    "Share\n\n%s\n\nRelated links\nContact info\niachr@oas.org\n",
	    lead);
	rec = extract(buf, strlen(buf), &err);
	cr_assert_not_null(rec);
	cr_assert_eq(json_array_size(xt_get(rec, "text")), 1);
	json_decref(rec);
}

Test(extract_encodings, utf8_with_one_latin1_line)
{
	const char text[] = "IACHR Grants Measures to Jos\xc3\xa9 P\xc3\xa9rez\n"
	    "\n"
	    "Washington, D.C. - The IACHR granted precautionary measures to "
	    "Ana P\xe9rez G\xf3mez in Peru.\r\n"
	    "\r\n"
	    "The State must protect Jos\xc3\xa9.\r\n";
	iachr_error_t err;
	json_t *rec = extract(text, strlen(text), &err);

	cr_assert_not_null(rec, "%s", err.text);
	cr_assert_str_eq(encoding_of(rec), "ISO-8859-1");
	cr_assert_str_eq(xt_names(rec), "Ana P\xc3\xa9rez G\xc3\xb3mez");
	cr_assert_str_eq(json_string_value(json_object_get(xt_get(rec,
	    "press_release"), "title")), "IACHR Grants Measures to "
	    "Jos\xc3\xa9 P\xc3\xa9rez");
	cr_assert_str_eq(json_string_value(json_array_get(xt_get(rec, "text"),
	    1)), "The State must protect Jos\xc3\xa9.");
	json_decref(rec);
}

Test(extract_encodings, line_mixing_encodings_is_refused)
{
	const char text[] = "Title\n"
	    "Washington - The IACHR granted measures to Jos\xc3\xa9 P\xe9rez.\n";
	iachr_error_t err;

	cr_assert_null(extract(text, strlen(text), &err));
	cr_assert_eq(err.code, IACHR_E_ENCODING);
	cr_assert_eq(err.line, 2);
	cr_assert_eq(err.column, 50);
	cr_assert_eq(err.offset, 56);
	cr_assert_str_eq(err.text, "byte 0xE9 is not UTF-8 in a line that "
	    "holds UTF-8 text; convert the line to UTF-8");
}

Test(extract_encodings, decomposed_text_reads_as_composed)
{
	const char nfd[] = "Washington, D.C. - The IACHR granted "
	    "precautionary measures to Ana Pe\xcc\x81rez Go\xcc\x81mez in "
	    "Peru\xcc\x81.";
	iachr_error_t err;
	json_t *rec = extract(nfd, strlen(nfd), &err);

	cr_assert_not_null(rec);
	cr_assert_str_eq(xt_names(rec), "Ana P\xc3\xa9rez G\xc3\xb3mez");
	json_decref(rec);
}

static char *
nfc(const char *s)
{
	struct iachrp_text t = { NULL, strlen(s), NULL, "UTF-8" };

	t.s = iachrp_strdup(s);
	cr_assert_eq(iachrp_nfc(&t), 0);
	return t.s;
}

Test(extract_encodings, nfc_composes_reorders_and_keeps)
{
	static const char *const cases[][2] = {
		/* Latin: marks composed, a second mark kept. */
		{ "Pe\xcc\x81rez Nun\xcc\x83""ez", "P\xc3\xa9rez Nu\xc3\xb1""ez" },
		{ "a\xcc\xa3\xcc\x82", "\xe1\xba\xad" },
		/* Marks out of canonical order. */
		{ "a\xcc\x82\xcc\xa3", "\xe1\xba\xad" },
		/* Greek and Cyrillic. */
		{ "\xce\xb1\xcc\x81\xce\xb8\xce\xb7\xcc\x81\xce\xbd\xce\xb1",
		  "\xce\xac\xce\xb8\xce\xae\xce\xbd\xce\xb1" },
		{ "\xd0\x99\xd0\xbe\xd1\x88\xd0\xba\xd0\xb0\xd1\x80-\xd0\x95"
		  "\xcc\x88", "\xd0\x99\xd0\xbe\xd1\x88\xd0\xba\xd0\xb0\xd1\x80-"
		  "\xd0\x81" },
		/* Singletons: the ohm sign is omega. */
		{ "\xe2\x84\xa6", "\xce\xa9" },
		/* Hangul jamo compose to a syllable. */
		{ "\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8", "\xea\xb0\x81" },
		/* A mark with nothing to compose with stays. */
		{ "\xcc\x81x", "\xcc\x81x" },
		{ "plain ASCII", "plain ASCII" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = nfc(cases[i][0]);

		cr_assert_str_eq(got, cases[i][1], "case %zu", i);
		iachrp_free(got);
	}
}

Test(extract_encodings, explained_spans_map_through_decoding)
{
	/* A Latin-1 line in UTF-8 text, then decomposed accents. */
	const char text[] = "T\n\nWashington - The IACHR granted "
	    "precautionary measures to Jos\xe9 P\xe9rez in Peru.\r\n"
	    "Also Pe\xcc\x81rez.\n";
	iachr_error_t err;
	json_t *rec, *explanation, *e, *span = NULL;
	size_t i;

	iachr_error_init(&err);
	rec = iachr_extract_explained(text, strlen(text), "in.txt",
	    &explanation, &err);
	cr_assert_not_null(rec, "%s", err.text);
	json_array_foreach(explanation, i, e)
		if (strcmp(json_string_value(json_object_get(e, "field")),
		    "beneficiaries") == 0)
			span = json_array_get(json_object_get(e, "spans"), 0);
	cr_assert_not_null(span);
	cr_assert_eq(json_integer_value(json_object_get(span, "line")), 3);
	cr_assert_eq(json_integer_value(json_object_get(span, "col")), 58);
	cr_assert_eq(json_integer_value(json_object_get(span, "start")), 60);
	cr_assert_eq(json_integer_value(json_object_get(span, "end")), 70);
	cr_assert_str_eq(json_string_value(json_object_get(span, "text")),
	    "Jos\xc3\xa9 P\xc3\xa9rez");
	json_decref(explanation);
	json_decref(rec);
}
