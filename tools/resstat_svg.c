/*
 * resstat's charts as SVG 1.1.  Everything is laid out here in user units
 * (pixels at 100%).  No font metrics are at hand, so the width of a text
 * is estimated from its characters, generously.  Each decision has a fill
 * pattern as well as a colour, so that the stacks read in print and for
 * readers who do not tell colours apart.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resstat_svg.h"

#define WIDTH_MIN 960
#define MARGIN 20
#define LEGEND_W 170		/* the year chart's legend, right of it */
#define PLOT_H 300		/* the year chart's plot */
#define BAR_W_MAX 48		/* a year's bar, at most */
#define ROW_H 20		/* a State's row */
#define STATES_SHOWN 40		/* States charted one by one; the rest: one bar */
#define YEAR_SPAN_MAX 200	/* up to this span, every year has its place */
#define TICK_GAP 40		/* a year label's room, at least */
#define FONT "font-family=\"sans-serif\" font-size=\"12\""

/*
 * The look of each decision, in the record schema's order, and of "none";
 * a decision outside the schema (--no-validate) takes them in turn.  The
 * colours are Okabe and Ito's, told apart by most colour-blind readers.
 */
static const struct kind_style {
	const char *name, *label, *colour;
	const char *marks;	/* drawn over the colour in an 8x8 tile */
} styles[] = {
	{ "grant", "grant", "#E69F00", "<path d=\"M-2,2 L2,-2 M0,8 L8,0 "
	    "M6,10 L10,6\"/>" },
	{ "extension", "extension", "#56B4E9", "<path d=\"M-2,6 L2,10 "
	    "M0,0 L8,8 M6,-2 L10,2\"/>" },
	{ "follow_up", "follow-up", "#009E73", "<path d=\"M0,4 H8\"/>" },
	{ "modification", "modification", "#F0E442", "<path d=\"M4,0 V8\"/>" },
	{ "lift", "lift", "#0072B2", "<path d=\"M0,4 H8 M4,0 V8\"/>" },
	{ "partial_lift", "partial lift", "#D55E00", "<path d=\"M0,0 L8,8 "
	    "M0,8 L8,0\"/>" },
	{ "request", "request", "#CC79A7", "<circle cx=\"4\" cy=\"4\" "
	    "r=\"1.5\" stroke=\"none\"/>" },
	{ "reject", "reject", "#999999", "<rect width=\"4\" height=\"4\" "
	    "stroke=\"none\"/><rect x=\"4\" y=\"4\" width=\"4\" height=\"4\" "
	    "stroke=\"none\"/>" },
	{ "none", "none named", "#FFFFFF", "" },
};
#define NSTYLES (sizeof(styles) / sizeof(styles[0]))

struct svg {
	FILE *fp;
	const struct resstat_charts *c;
	int width;
	const char **kinds;	/* the decisions charted, in stack order */
	size_t nkinds;
};

/* A year's place on the year chart. */
struct slot {
	char label[16];
	const json_t *counts;	/* NULL: a year without records */
	int year;		/* -1: not a year (no date) */
};

/* Writes s as XML character data, also good inside quoted attributes. */
static void
put_escaped(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&apos;", fp);
			break;
		default:
			/* XML 1.0 has no place for other control characters. */
			putc((unsigned char)*s < 0x20 ? ' ' : *s, fp);
		}
}

/* A text; attrs are more attributes, such as the anchor, or "". */
static void
text(struct svg *g, double x, double y, const char *attrs, const char *s)
{
	fprintf(g->fp, "<text x=\"%.1f\" y=\"%.1f\" %s>", x, y, attrs);
	put_escaped(g->fp, s);
	fputs("</text>\n", g->fp);
}

static void
number(struct svg *g, double x, double y, const char *attrs, json_int_t n)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%" JSON_INTEGER_FORMAT, n);
	text(g, x, y, attrs, buf);
}

/* An estimate of the width of s in the 12px font, at most. */
static int
text_width(const char *s)
{
	int w = 0;

	for (; *s != '\0'; s++) {
		unsigned char ch = (unsigned char)*s;

		/* From U+0800 on, many scripts (CJK) are wide. */
		if ((ch & 0xC0) != 0x80)
			w += ch >= 0xE0 ? 12 : 7;
	}
	return w;
}

static int
digits_width(json_int_t n)
{
	char buf[32];

	return 7 * snprintf(buf, sizeof(buf), "%" JSON_INTEGER_FORMAT, n);
}

/* A tick step of 1, 2 or 5 times a power of ten: about five to max. */
static json_int_t
tick_step(json_int_t max)
{
	json_int_t step = 1;

	for (;;) {
		if (max <= 5 * step)
			return step;
		if (max <= 10 * step)
			return 2 * step;
		if (max <= 25 * step)
			return 5 * step;
		step *= 10;
	}
}

/* The axis's end: max rounded up to a tick, at least one tick. */
static json_int_t
axis_top(json_int_t max)
{
	json_int_t step = tick_step(max);

	return max <= 0 ? step : (max + step - 1) / step * step;
}

static json_int_t
count_of(const json_t *counts, const char *key)
{
	return json_integer_value(json_object_get(counts, key));
}

static const struct kind_style *
style_of(struct svg *g, size_t k)
{
	size_t i;

	for (i = 0; i < NSTYLES; i++)
		if (strcmp(styles[i].name, g->kinds[k]) == 0)
			return &styles[i];
	return &styles[k % (NSTYLES - 1)];
}

/* The legend's name of kind k: the decision's own outside the schema. */
static const char *
kind_label(struct svg *g, size_t k)
{
	const struct kind_style *st = style_of(g, k);

	return strcmp(st->name, g->kinds[k]) == 0 ? st->label : g->kinds[k];
}

static int
has_kind(struct svg *g, const char *name)
{
	size_t k;

	for (k = 0; k < g->nkinds; k++)
		if (strcmp(g->kinds[k], name) == 0)
			return 1;
	return 0;
}

/* The decisions of any year: the schema's in its order, then others. */
static int
find_kinds(struct svg *g)
{
	const struct resstat_charts *c = g->c;
	const char *key;
	json_t *v;
	size_t i, y, most = NSTYLES;

	for (y = 0; y < c->nyears; y++)
		most += json_object_size(json_object_get(c->year_decisions,
		    c->years[y]));
	if ((g->kinds = calloc(most, sizeof(*g->kinds))) == NULL)
		return -1;
	for (i = 0; i < NSTYLES; i++)
		for (y = 0; y < c->nyears; y++)
			if (json_object_get(json_object_get(c->year_decisions,
			    c->years[y]), styles[i].name) != NULL &&
			    !has_kind(g, styles[i].name)) {
				g->kinds[g->nkinds++] = styles[i].name;
			}
	for (y = 0; y < c->nyears; y++)
		json_object_foreach(json_object_get(c->year_decisions,
		    c->years[y]), key, v)
			if (!has_kind(g, key))
				g->kinds[g->nkinds++] = key;
	return 0;
}

static void
put_patterns(struct svg *g)
{
	const struct kind_style *st;
	size_t k;

	fputs("<defs>\n", g->fp);
	for (k = 0; k < g->nkinds; k++) {
		st = style_of(g, k);
		fprintf(g->fp, "<pattern id=\"k%zu\" width=\"8\" height=\"8\" "
		    "patternUnits=\"userSpaceOnUse\"><rect width=\"8\" "
		    "height=\"8\" fill=\"%s\"/><g stroke=\"#000\" "
		    "stroke-width=\"1.2\" fill=\"#000\">%s</g></pattern>\n",
		    k, st->colour, st->marks);
	}
	fputs("</defs>\n", g->fp);
}

static int
is_year(const char *s)
{
	return strlen(s) == 4 && strspn(s, "0123456789") == 4;
}

/*
 * The year chart's places: every year from the first to the last (when
 * the span is sane), then, after an empty place, the records without a
 * date.  Returns the array, *n set, or NULL when out of memory.
 */
static struct slot *
year_slots(const struct resstat_charts *c, size_t *n)
{
	struct slot *s;
	size_t i, most = c->nyears + YEAR_SPAN_MAX + 1;
	int y, first = -1, last = -1, every;

	for (i = 0; i < c->nyears; i++)
		if (is_year(c->years[i])) {
			last = atoi(c->years[i]);
			if (first < 0)
				first = last;
		}
	every = first >= 0 && last - first < YEAR_SPAN_MAX;
	if ((s = calloc(most, sizeof(*s))) == NULL)
		return NULL;
	*n = 0;
	if (every)
		for (y = first; y <= last; y++) {
			snprintf(s[*n].label, sizeof(s->label), "%d", y);
			s[(*n)++].year = y;
		}
	for (i = 0; i < c->nyears; i++) {
		if (is_year(c->years[i]) && every) {
			s[atoi(c->years[i]) - first].counts = json_object_get(
			    c->year_decisions, c->years[i]);
			continue;
		}
		if (!is_year(c->years[i]) && *n > 0 && s[*n - 1].year >= 0)
			(*n)++;		/* the gap before "no date" */
		snprintf(s[*n].label, sizeof(s->label), "%s",
		    strcmp(c->years[i], "none") == 0 ? "no date" :
		    c->years[i]);
		s[*n].year = is_year(c->years[i]) ? atoi(c->years[i]) : -1;
		s[(*n)++].counts = json_object_get(c->year_decisions,
		    c->years[i]);
	}
	return s;
}

static json_int_t
slot_total(const struct slot *s)
{
	const char *key;
	json_t *v;
	json_int_t n = 0;

	json_object_foreach((json_t *)s->counts, key, v)
		n += json_integer_value(v);
	return n;
}

/* The y axis of the year chart: gridlines, ticks and their numbers. */
static void
put_count_axis_y(struct svg *g, double x0, double y0, double w,
    json_int_t top)
{
	json_int_t v, step = tick_step(top);
	double y;

	for (v = 0; v <= top; v += step) {
		y = y0 + PLOT_H - (double)v * PLOT_H / (double)top;
		fprintf(g->fp, "<path d=\"M%.1f,%.1f H%.1f\" stroke=\"%s\"/>\n",
		    x0 - 4, y, x0 + w, v == 0 ? "#000" : "#ccc");
		number(g, x0 - 7, y + 4, "text-anchor=\"end\"", v);
	}
}

/* The year labels: every k-th year, k such that they do not meet. */
static void
put_year_labels(struct svg *g, const struct slot *s, size_t n, double x0,
    double sw, double y)
{
	static const int every[] = { 1, 2, 5, 10, 20, 50, 100 };
	size_t i, j, e = 0;
	double x, near;

	while (e + 1 < sizeof(every) / sizeof(every[0]) &&
	    every[e] * sw < TICK_GAP)
		e++;
	for (i = 0; i < n; i++) {
		x = x0 + (i + 0.5) * sw;
		if (s[i].label[0] == '\0' ||
		    (s[i].year >= 0 && s[i].year % every[e] != 0))
			continue;
		/* A year too near a "no date" label gives way to it. */
		for (j = i + 1, near = 0; j < n && near == 0; j++)
			if (s[j].year < 0 && s[j].label[0] != '\0' &&
			    (j - i) * sw < 1.5 * TICK_GAP)
				near = 1;
		if (s[i].year < 0 || near == 0) {
			fprintf(g->fp, "<path d=\"M%.1f,%.1f v4\" "
			    "stroke=\"#000\"/>\n", x, y - 18);
			text(g, x, y, "text-anchor=\"middle\"", s[i].label);
		}
	}
}

/* One year's stack; its segments numbered where the number fits. */
static void
put_stack(struct svg *g, const struct slot *s, double x, double bw,
    double base, json_int_t top)
{
	json_int_t v;
	double h, y = base;
	size_t k;

	for (k = 0; k < g->nkinds; k++) {
		if ((v = count_of(s->counts, g->kinds[k])) == 0)
			continue;
		h = (double)v * PLOT_H / (double)top;
		y -= h;
		fprintf(g->fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"%.1f\" fill=\"url(#k%zu)\" stroke=\"#000\" "
		    "stroke-width=\"0.6\"/>\n", x, y, bw, h, k);
		if (h >= 16 && bw >= digits_width(v) + 6) {
			fprintf(g->fp, "<rect x=\"%.1f\" y=\"%.1f\" "
			    "width=\"%d\" height=\"13\" fill=\"#fff\"/>\n",
			    x + bw / 2 - digits_width(v) / 2.0 - 2,
			    y + h / 2 - 7, digits_width(v) + 4);
			number(g, x + bw / 2, y + h / 2 + 4,
			    "text-anchor=\"middle\"", v);
		}
	}
	if (y < base && bw >= digits_width(slot_total(s)))
		number(g, x + bw / 2, y - 4, "text-anchor=\"middle\" "
		    "font-weight=\"bold\"", slot_total(s));
}

static void
put_legend(struct svg *g, double x, double y)
{
	size_t k;

	text(g, x, y, "font-weight=\"bold\"", "Decision");
	for (k = 0; k < g->nkinds; k++) {
		y += 22;
		fprintf(g->fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"22\" "
		    "height=\"16\" fill=\"url(#k%zu)\" stroke=\"#000\" "
		    "stroke-width=\"0.6\"/>\n", x, y - 12, k);
		text(g, x + 30, y, "", kind_label(g, k));
	}
}

/* The chart of records per year, its top at y; returns its bottom. */
static double
put_year_chart(struct svg *g, double y)
{
	struct slot *s;
	size_t n, i;
	json_int_t top = 0;
	double x0 = 70, y0 = y + 64, sw, bw;
	double w = g->width - x0 - LEGEND_W - MARGIN;

	if ((s = year_slots(g->c, &n)) == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (slot_total(&s[i]) > top)
			top = slot_total(&s[i]);
	top = axis_top(top);
	sw = w / (double)n;
	bw = sw * 0.8 < BAR_W_MAX ? sw * 0.8 : BAR_W_MAX;
	fputs("<g id=\"years\">\n", g->fp);
	text(g, MARGIN, y + 20, "font-size=\"16\" font-weight=\"bold\"",
	    "Resolutions per year, stacked by decision");
	text(g, MARGIN, y + 38, "", "A resolution that takes several "
	    "decisions counts once under each; \"no date\": resolutions "
	    "without a date.");
	fprintf(g->fp, "<rect id=\"years-plot\" x=\"%.1f\" y=\"%.1f\" "
	    "width=\"%.1f\" height=\"%d\" fill=\"none\"/>\n", x0, y0, w,
	    PLOT_H);
	put_count_axis_y(g, x0, y0, w, top);
	for (i = 0; i < n; i++)
		if (s[i].counts != NULL)
			put_stack(g, &s[i], x0 + i * sw + (sw - bw) / 2, bw,
			    y0 + PLOT_H, top);
	fprintf(g->fp, "<path d=\"M%.1f,%.1f V%.1f\" stroke=\"#000\"/>\n",
	    x0, y0, y0 + PLOT_H);
	put_year_labels(g, s, n, x0, sw, y0 + PLOT_H + 18);
	text(g, x0 + w / 2, y0 + PLOT_H + 42, "text-anchor=\"middle\" "
	    "font-weight=\"bold\"", "Year");
	fprintf(g->fp, "<text transform=\"translate(%d,%.1f) rotate(-90)\" "
	    "text-anchor=\"middle\" font-weight=\"bold\">Resolutions</text>\n",
	    MARGIN + 4, y0 + PLOT_H / 2.0);
	put_legend(g, x0 + w + 24, y0 + 10);
	fputs("</g>\n", g->fp);
	free(s);
	return y0 + PLOT_H + 50;
}

/* The States charted: those shown one by one, and one more for others. */
static size_t
state_rows(const struct resstat_charts *c)
{
	return c->nstates > STATES_SHOWN ? STATES_SHOWN + 1 : c->nstates;
}

/* Row r's label and count; the last row may sum the States left. */
static json_int_t
state_row(const struct resstat_charts *c, size_t r, char *label,
    size_t size)
{
	json_int_t n = 0;
	size_t i;

	if (r < STATES_SHOWN) {
		snprintf(label, size, "%s", strcmp(c->states[r], "none") == 0 ?
		    "no State named" : c->states[r]);
		return count_of(c->state_counts, c->states[r]);
	}
	for (i = STATES_SHOWN; i < c->nstates; i++)
		n += count_of(c->state_counts, c->states[i]);
	snprintf(label, size, "%zu other States", c->nstates - STATES_SHOWN);
	return n;
}

/* Room for the widest State name, left of the State chart. */
static int
state_labels_width(const struct resstat_charts *c)
{
	char label[512];
	size_t r;
	int w = 60;

	for (r = 0; r < state_rows(c); r++) {
		state_row(c, r, label, sizeof(label));
		if (text_width(label) > w)
			w = text_width(label);
	}
	return w;
}

/* The x axis of the State chart: gridlines, ticks and their numbers. */
static void
put_count_axis_x(struct svg *g, double x0, double y0, double w, double h,
    json_int_t top)
{
	json_int_t v, step = tick_step(top);
	double x;

	for (v = 0; v <= top; v += step) {
		x = x0 + (double)v * w / (double)top;
		fprintf(g->fp, "<path d=\"M%.1f,%.1f V%.1f\" stroke=\"%s\"/>\n",
		    x, y0, y0 + h + 4, v == 0 ? "#000" : "#ccc");
		number(g, x, y0 + h + 18, "text-anchor=\"middle\"", v);
	}
}

/* The chart of records by State, its top at y; returns its bottom. */
static double
put_state_chart(struct svg *g, double y)
{
	const struct resstat_charts *c = g->c;
	char label[512];
	size_t r, rows = state_rows(c);
	json_int_t v, top = 0;
	double x0 = MARGIN + 28 + state_labels_width(c), y0 = y + 64, bar;
	double w = g->width - x0 - 60, h = (double)rows * ROW_H;

	for (r = 0; r < rows; r++)
		if ((v = state_row(c, r, label, sizeof(label))) > top)
			top = v;
	top = axis_top(top);
	fputs("<g id=\"states\">\n", g->fp);
	text(g, MARGIN, y + 20, "font-size=\"16\" font-weight=\"bold\"",
	    "Resolutions by State");
	text(g, MARGIN, y + 38, "", "Most first; a State is named as its "
	    "first record names it.");
	fprintf(g->fp, "<rect id=\"states-plot\" x=\"%.1f\" y=\"%.1f\" "
	    "width=\"%.1f\" height=\"%.1f\" fill=\"none\"/>\n", x0, y0, w, h);
	put_count_axis_x(g, x0, y0, w, h, top);
	for (r = 0; r < rows; r++) {
		v = state_row(c, r, label, sizeof(label));
		bar = (double)v * w / (double)top;
		fprintf(g->fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"14\" fill=\"#0072B2\" stroke=\"#000\" "
		    "stroke-width=\"0.6\"/>\n", x0, y0 + r * ROW_H + 3, bar);
		text(g, x0 - 7, y0 + r * ROW_H + 14, "text-anchor=\"end\"",
		    label);
		number(g, x0 + bar + 4, y0 + r * ROW_H + 14, "", v);
	}
	text(g, x0 + w / 2, y0 + h + 42, "text-anchor=\"middle\" "
	    "font-weight=\"bold\"", "Resolutions");
	fprintf(g->fp, "<text transform=\"translate(%d,%.1f) rotate(-90)\" "
	    "text-anchor=\"middle\" font-weight=\"bold\">State</text>\n",
	    MARGIN + 4, y0 + h / 2);
	fputs("</g>\n", g->fp);
	return y0 + h + 50;
}

static void
put_head(struct svg *g, int height, const char *title)
{
	fprintf(g->fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
	    "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" " FONT ">\n"
	    "<title>", g->width, height, g->width, height);
	put_escaped(g->fp, title);
	fprintf(g->fp, "</title>\n<rect width=\"%d\" height=\"%d\" "
	    "fill=\"#fff\"/>\n", g->width, height);
}

/* The height of the whole document, the charts' layout being known. */
static int
charts_height(const struct resstat_charts *c)
{
	return 50 + (64 + PLOT_H + 50) + 30 +
	    (64 + (int)state_rows(c) * ROW_H + 50) + MARGIN;
}

int
resstat_svg_write(FILE *fp, const struct resstat_charts *c)
{
	struct svg g = { fp, c, WIDTH_MIN, NULL, 0 };
	char title[128];
	double y;
	int n;

	n = snprintf(title, sizeof(title), "IACHR resolutions: %ld %s, ",
	    c->records, c->records == 1 ? "record" : "records");
	if (c->first != NULL)
		snprintf(title + n, sizeof(title) - n, "%s to %s", c->first,
		    c->last);
	else
		snprintf(title + n, sizeof(title) - n, "none dated");
	if (c->records == 0) {
		put_head(&g, 100, "IACHR resolutions: no records");
		text(&g, MARGIN, 40, "font-size=\"16\" font-weight=\"bold\"",
		    "IACHR resolutions");
		text(&g, MARGIN, 70, "", "No records: there is nothing to "
		    "chart.");
		fputs("</svg>\n", fp);
		return 0;
	}
	if (MARGIN + 28 + state_labels_width(c) + 460 > g.width)
		g.width = MARGIN + 28 + state_labels_width(c) + 460;
	if (find_kinds(&g) != 0)
		return -1;
	put_head(&g, charts_height(c), title);
	put_patterns(&g);
	text(&g, MARGIN, 30, "font-size=\"18\" font-weight=\"bold\"", title);
	y = put_year_chart(&g, 50);
	if (y >= 0)
		put_state_chart(&g, y + 30);
	fputs("</svg>\n", fp);
	free(g.kinds);
	return y >= 0 ? 0 : -1;
}
