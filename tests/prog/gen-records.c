/*
 * Writes N valid records, varied to stress conversions: nulls, empty
 * arrays, unicode (accents, CJK, right-to-left, astral), quotes, <&>,
 * backslashes, tabs, newlines, CRs, leading and trailing spaces, and
 * strings that other formats would read as numbers, booleans, nulls,
 * dates, times, formulas or markup.  Same seed, same records.
 * usage: gen-records [-n count] [-s seed] [-l paragraph-length]
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "iachr_record.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static long max_paragraph = 400;

static uint64_t
rng(void)
{
	/* xorshift64*: small, fast and the same everywhere. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1Du;
}

static long
pick(long n)
{
	return (long)(rng() % (uint64_t)n);
}

static const char *const tricky[] = {
	"", " ", "  leading", "trailing  ", "yes", "no", "on", "off", "y",
	"n", "true", "False", "null", "Null", "~", "NaN", ".inf", "-.Inf",
	"1e3", "0o17", "0x1F", "007", "-1", "+1", "3.14", "1_000", "12:30",
	"12:30:45", "2021-07-25", "2001-12-14t21:59:43.10-05:00", "=SUM(A1:A9)",
	"+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\tindented", "\rcarriage",
	"- item", "? key", ": value", "key: value", "# not a comment", "---",
	"...", "%TAG", "*alias", "&anchor", "!tag", "|", ">", "[a, b]",
	"{a: b}", "'single'", "\"double\"", "a \"quoted\" word", "back\\slash",
	"<b>bold</b> & more", "&amp; &lt;", "]]>", "<!-- x -->", "a,b;c\td",
	"line one\nline two", "crlf\r\nend", "trailing newline\n",
	"José Domingo Pérez Gómez", "Ñandú", "São Paulo", "Ça va", "Straße",
	"日本語のテキスト", "مرحبا بالعالم", "עברית", "emoji 😀 🇵🇪",
	"𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "zero\u200Bwidth", "nbsp\u00A0here", "\u2028sep",
	"combining é", "ID-1234", "0", "00", "1", "-0", "0.0", "1.",
};

static const char *const words[] = {
	"the", "Commission", "requested", "State", "adopt", "measures",
	"protect", "life", "integrity", "beneficiaries", "community",
	"Indigenous", "people", "journalist", "defender", "risk", "urgent",
	"irreparable", "harm", "resolution", "precautionary", "of", "and",
	"in", "to", "a", "derechos", "humanos", "medidas", "cautelares",
	"proteção", "comunidade", "défenseur", "peuple",
};

static void
append(char *buf, size_t size, size_t *len, const char *s)
{
	size_t n = strlen(s);

	if (*len + n + 1 > size)
		n = 0;
	memcpy(buf + *len, s, n);
	*len += n;
	buf[*len] = '\0';
}

/* A string of words and tricky pieces, at most max bytes or so. */
static json_t *
text(long max)
{
	static char buf[1 << 20];
	size_t len = 0;
	long n, i;

	buf[0] = '\0';
	if (pick(4) == 0)
		return json_string(tricky[pick(sizeof(tricky) /
		    sizeof(tricky[0]))]);
	n = 1 + pick(max / 6 + 1);
	for (i = 0; i < n && len < (size_t)max; i++) {
		if (i > 0)
			append(buf, sizeof(buf), &len, pick(10) == 0 ? ", " : " ");
		if (pick(8) == 0)
			append(buf, sizeof(buf), &len,
			    tricky[pick(sizeof(tricky) / sizeof(tricky[0]))]);
		else
			append(buf, sizeof(buf), &len,
			    words[pick(sizeof(words) / sizeof(words[0]))]);
	}
	return json_string(buf);
}

static json_t *
nonempty_text(long max)
{
	json_t *s;

	while ((s = text(max)) != NULL && json_string_length(s) == 0)
		json_decref(s);
	return s;
}

static json_t *
maybe_null(json_t *v)
{
	if (pick(4) == 0) {
		json_decref(v);
		return json_null();
	}
	return v;
}

static json_t *
number_year(void)
{
	return json_pack("{s:I,s:I}", "number", (json_int_t)(1 + pick(999)),
	    "year", (json_int_t)(1959 + pick(141)));
}

static json_t *
date(void)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%04ld-%02ld-%02ld", 1959 + pick(141),
	    1 + pick(12), 1 + pick(28));
	return json_string(buf);
}

static json_t *
subset(const char *const *vocab, size_t n)
{
	json_t *a = json_array();
	size_t i, start = (size_t)pick((long)n);

	for (i = 0; i < n; i++)
		if (pick(3) == 0)
			json_array_append_new(a,
			    json_string(vocab[(start + i) % n]));
	return a;
}

static json_t *
record(void)
{
	static const char *const decisions[] = { "grant", "extension",
	    "follow_up", "modification", "lift", "partial_lift", "request",
	    "reject" };
	static const char *const rights[] = { "life", "personal_integrity",
	    "health", "personal_liberty", "freedom_of_expression",
	    "family_protection", "rights_of_the_child", "due_process",
	    "judicial_protection", "freedom_of_association",
	    "political_rights", "property", "cultural_identity", "territory",
	    "freedom_of_movement", "privacy", "identity" };
	static const char *const langs[] = { "en", "es", "pt", "fr" };
	static const char *const labels[] = { "a", "b", "1", "2", "iv", "A",
	    "10" };
	static const char *const articles[] = { "25", "63(2)", "25.1", "41",
	    "106", "76(1)(a)" };
	static const char *const encodings[] = { "UTF-8", "ISO-8859-1",
	    "windows-1252" };
	json_t *rec, *list, *res, *pm;
	char id[64], code[3], hex[65], hhmm[6];
	long i, n;
	int group = 0;

	res = maybe_null(number_year());
	pm = maybe_null(number_year());
	if (json_is_object(res))
		snprintf(id, sizeof(id), "iachr-res-%" JSON_INTEGER_FORMAT
		    "-%" JSON_INTEGER_FORMAT,
		    json_integer_value(json_object_get(res, "year")),
		    json_integer_value(json_object_get(res, "number")));
	else if (json_is_object(pm))
		snprintf(id, sizeof(id), "iachr-pm-%" JSON_INTEGER_FORMAT
		    "-%" JSON_INTEGER_FORMAT,
		    json_integer_value(json_object_get(pm, "year")),
		    json_integer_value(json_object_get(pm, "number")));
	else
		snprintf(id, sizeof(id), "iachr-sha-%012" PRIx64,
		    rng() & 0xFFFFFFFFFFFFu);
	for (i = 0; i < 64; i++)
		hex[i] = "0123456789abcdef"[pick(16)];
	hex[64] = '\0';
	code[0] = (char)('A' + pick(26));
	code[1] = (char)('A' + pick(26));
	code[2] = '\0';
	snprintf(hhmm, sizeof(hhmm), "%02ld:%02ld", pick(24), pick(60));

	rec = json_object();
	json_object_set_new(rec, "schema", json_string(IACHR_RECORD_SCHEMA_ID));
	json_object_set_new(rec, "id", json_string(id));
	json_object_set_new(rec, "language", json_string(langs[pick(4)]));
	json_object_set_new(rec, "instrument", json_string(pick(5) == 0 ?
	    "provisional_measures" : "precautionary_measures"));
	json_object_set_new(rec, "decisions", subset(decisions, 8));
	json_object_set_new(rec, "resolution", res);
	json_object_set_new(rec, "measure", pm);
	json_object_set_new(rec, "date", maybe_null(date()));
	json_object_set_new(rec, "state", json_pack("{s:o,s:o}",
	    "name", maybe_null(nonempty_text(30)),
	    "code", maybe_null(json_string(code))));
	list = json_array();
	n = pick(5) == 0 ? 0 : pick(pick(8) == 0 ? 60 : 6);
	for (i = 0; i < n; i++) {
		int is_group = pick(3) == 0;

		group |= is_group;
		json_array_append_new(list, json_pack("{s:o,s:s}",
		    "name", nonempty_text(60),
		    "kind", is_group ? "group" : "person"));
	}
	json_object_set_new(rec, "beneficiaries", list);
	json_object_set_new(rec, "collective", json_boolean(group));
	json_object_set_new(rec, "rights", subset(rights, 17));
	list = json_array();
	n = pick(4) == 0 ? 0 : pick(8);
	for (i = 0; i < n; i++)
		json_array_append_new(list, json_pack("{s:o,s:o}",
		    "label", pick(6) == 0 ? json_null() :
		    json_string(labels[pick(7)]), "text",
		    nonempty_text(max_paragraph)));
	json_object_set_new(rec, "requests", list);
	list = json_array();
	n = pick(4);
	for (i = 0; i < n; i++)
		json_array_append_new(list, json_pack("{s:o,s:s}",
		    "instrument", nonempty_text(40),
		    "article", articles[pick(6)]));
	json_object_set_new(rec, "legal_basis", list);
	json_object_set_new(rec, "press_release", json_pack(
	    "{s:o,s:o,s:o,s:o,s:o,s:o}",
	    "number", maybe_null(json_integer(1 + pick(400))),
	    "year", maybe_null(json_integer(1959 + pick(141))),
	    "place", maybe_null(nonempty_text(20)),
	    "date", maybe_null(date()),
	    "time", maybe_null(json_string(hhmm)),
	    "title", maybe_null(nonempty_text(120))));
	list = json_array();
	n = pick(6) == 0 ? 0 : 1 + pick(12);
	for (i = 0; i < n; i++)
		json_array_append_new(list, text(max_paragraph));
	json_object_set_new(rec, "text", list);
	json_object_set_new(rec, "source", json_pack("{s:s,s:I,s:s}",
	    "sha256", hex, "bytes", (json_int_t)pick(1L << 40),
	    "encoding", encodings[pick(3)]));
	return rec;
}

int
main(int argc, char **argv)
{
	long count = 1000, i;
	json_t *rec, *canon;
	int c;

	while ((c = getopt(argc, argv, "l:n:s:")) != -1) {
		switch (c) {
		case 'l':
			max_paragraph = strtol(optarg, NULL, 10);
			break;
		case 'n':
			count = strtol(optarg, NULL, 10);
			break;
		case 's':
			rng_state ^= strtoull(optarg, NULL, 10) *
			    0xBF58476D1CE4E5B9u;
			break;
		default:
			fprintf(stderr, "usage: gen-records [-n count] "
			    "[-s seed] [-l paragraph-length]\n");
			return 2;
		}
	}
	if (max_paragraph < 6 || max_paragraph > 1 << 19)
		max_paragraph = 400;
	for (i = 0; i < count; i++) {
		rec = record();
		canon = iachr_record_canonical(rec);
		if (canon == NULL || iachr_record_dump(canon, stdout, 0) != 0)
			return 2;
		json_decref(canon);
		json_decref(rec);
	}
	iachr_cleanup();
	return fflush(stdout) == 0 ? 0 : 2;
}
