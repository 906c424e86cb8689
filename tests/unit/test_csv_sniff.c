/*
 * The CSV reader's delimiter sniffing (delimiter 0): the one of ',', ';'
 * and tab found most often outside quotes in the first line, after a
 * byte order mark; ',' when there is none or on a tie.
 */
#include <stdio.h>
#include <string.h>

#include <criterion/criterion.h>

#include "iachr_csv.h"

/*
 * Reads the first row of text with the delimiter sniffed; returns the
 * delimiter, its number of fields in *fields.
 */
static int
sniffed(const char *text, size_t *fields)
{
	iachr_csv_reader *r;
	FILE *fp;
	int delim;

	cr_assert_not_null(fp = fmemopen((void *)text, strlen(text), "rb"));
	cr_assert_not_null(r = iachr_csv_reader_new(fp, "mem", 0, 0, NULL));
	cr_assert_eq(iachr_csv_reader_delimiter(r), 0);
	cr_assert_eq(iachr_csv_reader_next_row(r, NULL), IACHR_OK);
	delim = iachr_csv_reader_delimiter(r);
	*fields = iachr_csv_reader_fields(r);
	iachr_csv_reader_free(r);
	fclose(fp);
	return delim;
}

static void
assert_sniffed(const char *text, int want, size_t want_fields)
{
	size_t fields;
	int delim = sniffed(text, &fields);

	cr_assert_eq(delim, want, "\"%s\": delimiter '%c', want '%c'", text,
	    delim, want);
	cr_assert_eq(fields, want_fields, "\"%s\": %zu fields, want %zu",
	    text, fields, want_fields);
}

Test(csv_sniff, each_delimiter)
{
	assert_sniffed("a,b,c\n1,2,3\n", ',', 3);
	assert_sniffed("a;b;c\n1;2;3\n", ';', 3);
	assert_sniffed("a\tb\tc\n1\t2\t3\n", '\t', 3);
}

/* json2csv's Excel recipe: a byte order mark, ";" and CR LF. */
Test(csv_sniff, excel)
{
	assert_sniffed("\xEF\xBB\xBFschema;id;language\r\nx;y;en\r\n", ';',
	    3);
}

Test(csv_sniff, most_often_wins)
{
	assert_sniffed("a,b;c;d\n", ';', 3);
	assert_sniffed("a;b,c,d\n", ',', 3);
	assert_sniffed("a;b\tc\td\n", '\t', 3);
}

Test(csv_sniff, comma_by_default_and_on_a_tie)
{
	assert_sniffed("name\n", ',', 1);
	assert_sniffed("a;b,c\n", ',', 2);
	assert_sniffed("a;b\tc\n", ';', 2);
}

Test(csv_sniff, quoted_delimiters_do_not_count)
{
	assert_sniffed("\"a;b;c\",d\n", ',', 2);
	assert_sniffed("\"x,\ny,z\";w\n", ';', 2);
}

Test(csv_sniff, first_line_only)
{
	assert_sniffed("a;b\n1,2,3,4,5\n", ';', 2);
}

Test(csv_sniff, given_delimiter_is_kept)
{
	iachr_csv_reader *r;
	const char *text = "a;b;c\n";
	FILE *fp;

	cr_assert_not_null(fp = fmemopen((void *)text, strlen(text), "rb"));
	cr_assert_not_null(r = iachr_csv_reader_new(fp, "mem", ',', 0, NULL));
	cr_assert_eq(iachr_csv_reader_next_row(r, NULL), IACHR_OK);
	cr_assert_eq(iachr_csv_reader_delimiter(r), ',');
	cr_assert_eq(iachr_csv_reader_fields(r), 1);
	iachr_csv_reader_free(r);
	fclose(fp);
}

/* A record table read with the delimiter sniffed. */
Test(csv_sniff, records)
{
	iachr_csv_reader *r;
	iachr_error_t err;
	json_t *v;
	FILE *fp;
	const char *text = "schema;id\n";

	cr_assert_not_null(fp = fmemopen((void *)text, strlen(text), "rb"));
	cr_assert_not_null(r = iachr_csv_reader_new(fp, "mem", 0, 0, NULL));
	iachr_error_init(&err);
	/* Both names are the table's: the header is split at ';'. */
	cr_assert_eq(iachr_csv_reader_next(r, &v, &err), IACHR_FATAL);
	cr_assert_str_eq(err.text, "header: missing column \"language\"");
	iachr_csv_reader_free(r);
	fclose(fp);
}
