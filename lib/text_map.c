/*
 * From a span of a paragraph back to the input file: paragraphs are
 * whitespace-normalised copies of the decoded, NFC text, so each of
 * their bytes carries the input bytes of its character (struct
 * iachrp_origin, kept only when explaining).
 */
#include "extract_private.h"

/* Line and column (characters, both 1-based) of byte off of in. */
static void
line_col(const unsigned char *in, size_t off, int *line, int *col)
{
	size_t i, start = 0;

	*line = 1;
	for (i = 0; i < off; i++)
		if (in[i] == '\n') {
			(*line)++;
			start = i + 1;
		}
	*col = 1;
	for (i = start; i < off; i++)
		*col += (in[i] & 0xc0) != 0x80;
}

int
iachrp_map_span(const struct iachrp_doc *doc, long para, size_t start,
    size_t end, const unsigned char *in, size_t len,
    struct iachrp_place *place)
{
	const struct iachrp_para *p;
	const struct iachrp_origin *org;

	if (doc->org == NULL || para < 0 || (size_t)para >= doc->npara)
		return -1;
	p = &doc->para[para];
	if (end > p->len)
		end = p->len;
	if (start >= end)
		return -1;
	org = doc->org + (p->s - doc->buf);
	place->start = org[start].start;
	place->end = org[end - 1].end;
	if (place->end > len || place->start >= place->end)
		return -1;
	line_col(in, place->start, &place->line, &place->col);
	return 0;
}
