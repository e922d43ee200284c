/*
 * The practice workbook's Comparison sheet (interface.md 7.5): the
 * practice's figures beside those of the other practices of its care
 * group, its region and all practices, from the gathered comparisons
 * (report_data.h, compare.h). Other practices appear only as a
 * distribution, never by name.
 *
 * On top, two charts against all practices: the shares on their own
 * scale, the other figures as a share of the others' median (a rate per
 * day and a time in seconds share no axis). Both are scatter charts:
 * LibreOffice draws neither up-down bars nor high-low lines of a line
 * chart, and this library cannot combine chart types, so the middle half
 * is a thick vertical segment, the median and the practice short
 * horizontal ones (markers would disappear under the segments).
 */
#include <math.h>
#include <string.h>

#include "report_sheet.h"
#include "util.h"

enum cmp_label {
    C_SUBTITLE, C_SUBTITLE2, C_CHART_SHARES, C_CHART_OTHERS, C_AXIS_METRIC, C_AXIS_SHARE, C_AXIS_OF_MEDIAN, C_SERIES_BAND,
    C_SERIES_MEDIAN, C_SERIES_PRACTICE, C_FIGURES, C_COMPARED_WITH, C_METRIC, C_BETTER, C_HIGHER, C_LOWER,
    C_PRACTICE, C_NUMERATOR, C_DENOMINATOR, C_PEERS, C_P25, C_MEDIAN, C_P75, C_RANK, C_POOLED, C_LO95, C_HI95,
    C_LO998, C_HI998, C_FUNNEL, C_SET_CARE_GROUP, C_SET_REGION, C_SET_INSURER, C_SET_ALL, C_FEW, C_NO_SHARES,
    C_CHART_DATA, C_CHART_DATA_NOTE, C_NO, C_POSITION, C_BAND, C_MEDIAN_AT, C_PRACTICE_AT, C_OF_MEDIAN, C_ZERO_MEDIAN,
    C_BEYOND, C_LABEL_COUNT
};

static const char *const LABELS[C_LABEL_COUNT][2] = {
    [C_SUBTITLE] = {"The practice's figures from {} to {} beside those of the other practices: the middle half of "
                    "their figures (p25 to p75), their median and the share of them the practice does better than.",
                    "De cijfers van de praktijk van {} tot en met {} naast die van de andere praktijken: de middelste "
                    "helft van hun cijfers (p25 tot p75), hun mediaan en het deel van hen waar de praktijk beter "
                    "scoort."},
    [C_SUBTITLE2] = {"For shares the funnel limits: how far from the others' pooled share chance alone takes a "
                     "practice with this many records. Other practices appear only as a distribution, never by name.",
                     "Bij aandelen de trechtergrenzen: hoe ver toeval alleen een praktijk met zoveel records van het "
                     "samengenomen aandeel van de anderen brengt. Andere praktijken staan er alleen als verdeling in, "
                     "nooit met naam."},
    [C_CHART_SHARES] = {"Shares: the practice against all other practices",
                        "Aandelen: de praktijk tegenover alle andere praktijken"},
    [C_CHART_OTHERS] = {"Other figures, as a share of the other practices' median",
                        "Overige cijfers, als deel van de mediaan van de andere praktijken"},
    [C_AXIS_METRIC] = {"Metric (No. in the chart data below)", "Indicator (Nr. in de grafiekgegevens hieronder)"},
    [C_AXIS_SHARE] = {"Share", "Aandeel"},
    [C_AXIS_OF_MEDIAN] = {"Of the others' median", "Van de mediaan van de anderen"},
    [C_SERIES_BAND] = {"Middle half of the others (p25-p75)", "Middelste helft van de anderen (p25-p75)"},
    [C_SERIES_MEDIAN] = {"Median of the others", "Mediaan van de anderen"},
    [C_SERIES_PRACTICE] = {"This practice", "Deze praktijk"},
    [C_FIGURES] = {"Figures", "Cijfers"},
    [C_COMPARED_WITH] = {"Compared with", "Vergeleken met"},
    [C_METRIC] = {"Metric", "Indicator"},
    [C_BETTER] = {"Better when", "Beter als"},
    [C_HIGHER] = {"higher", "hoger"},
    [C_LOWER] = {"lower", "lager"},
    [C_PRACTICE] = {"Practice", "Praktijk"},
    [C_NUMERATOR] = {"Numerator", "Teller"},
    [C_DENOMINATOR] = {"Denominator", "Noemer"},
    [C_PEERS] = {"Others with a value", "Anderen met een waarde"},
    [C_P25] = {"P25", "P25"},
    [C_MEDIAN] = {"Median", "Mediaan"},
    [C_P75] = {"P75", "P75"},
    [C_RANK] = {"Better than (share of the others)", "Beter dan (deel van de anderen)"},
    [C_POOLED] = {"Others pooled", "Anderen samen"},
    [C_LO95] = {"95% limit, low", "95%-grens, laag"},
    [C_HI95] = {"95% limit, high", "95%-grens, hoog"},
    [C_LO998] = {"99.8% limit, low", "99,8%-grens, laag"},
    [C_HI998] = {"99.8% limit, high", "99,8%-grens, hoog"},
    [C_FUNNEL] = {"Funnel", "Trechter"},
    [C_SET_CARE_GROUP] = {"Care group: {} ({} others)", "Zorggroep: {} ({} andere)"},
    [C_SET_REGION] = {"Region: {} ({} others)", "Regio: {} ({} andere)"},
    [C_SET_INSURER] = {"Insurer: {} ({} others)", "Zorgverzekeraar: {} ({} andere)"},
    [C_SET_ALL] = {"All practices ({} others)", "Alle praktijken ({} andere)"},
    [C_FEW] = {"Where fewer than {} other practices have a value, no distribution, pooled ratio or funnel limits are "
               "shown: so few would show single practices' figures.",
               "Waar minder dan {} andere praktijken een waarde hebben, staan er geen verdeling, samengenomen "
               "verhouding of trechtergrenzen: zo weinig zou cijfers van afzonderlijke praktijken tonen."},
    [C_NO_SHARES] = {"No metric has a distribution over all other practices in this period.",
                     "Geen indicator heeft in deze periode een verdeling over alle andere praktijken."},
    [C_CHART_DATA] = {"Chart data: all other practices", "Grafiekgegevens: alle andere praktijken"},
    [C_CHART_DATA_NOTE] = {"The charts above read these rows: per metric its number, the others' p25 and p75, their "
                           "median and the practice, each with the position it is drawn at.",
                           "De grafieken hierboven lezen deze regels: per indicator het nummer, p25 en p75 van de "
                           "anderen, hun mediaan en de praktijk, elk met de positie waarop het getekend wordt."},
    [C_NO] = {"No.", "Nr."},
    [C_POSITION] = {"Position", "Positie"},
    [C_BAND] = {"Others p25, p75", "Anderen p25, p75"},
    [C_MEDIAN_AT] = {"Median position", "Positie mediaan"},
    [C_PRACTICE_AT] = {"Practice position", "Positie praktijk"},
    [C_OF_MEDIAN] = {"(as a share of the median)", "(als deel van de mediaan)"},
    [C_ZERO_MEDIAN] = {"Not in the chart of the other metrics, as the others' median is 0 and a share of it means "
                       "nothing: {}.",
                       "Niet in de grafiek van de andere indicatoren, omdat de mediaan van de anderen 0 is en een "
                       "deel daarvan niets zegt: {}."},
    [C_BEYOND] = {"No funnel limits where the others' pooled share is above 100% (portal accounts beyond the list "
                  "sizes in the register: are they out of date?): {}.",
                  "Geen trechtergrenzen waar het samengenomen aandeel van de anderen boven 100% ligt "
                  "(portaalaccounts boven de lijstgrootte in het register: is die verouderd?): {}."},
};

static const char *L(const struct writer *w, enum cmp_label l)
{
    return LABELS[l][w->nl];
}

enum { CHART_ROWS = 21 };
static const lxw_color_t BAND_COLOUR = 0x9DC3E6, MEDIAN_COLOUR = 0x1F4E78, PRACTICE_COLOUR = 0xE07B00;

static const char *set_text(struct writer *w, const struct comparison *c)
{
    static const enum cmp_label l[] = {
        [PEERS_CARE_GROUP] = C_SET_CARE_GROUP, [PEERS_REGION] = C_SET_REGION, [PEERS_INSURER] = C_SET_INSURER,
        [PEERS_ALL] = C_SET_ALL,
    };
    const char *n = itoa_kept(w, (long long)c->practices);
    return c->set == PEERS_ALL ? subst(w, L(w, l[c->set]), 1, n) : subst(w, L(w, l[c->set]), 2, c->set_name, n);
}

/* A numerator or denominator: whole counts as counts, days / 7 with a decimal. */
static void put_part(struct sheet *s, lxw_col_t col, bool has, double v)
{
    if (has) put_num(s, col, v, v == floor(v) ? NF_INT : NF_DEC2, false);
}

static int write_figures(struct writer *w, struct sheet *s)
{
    const struct report *r = w->r;
    enum { F_SET, F_METRIC, F_BETTER, F_VALUE, F_NUM, F_DEN, F_PEERS, F_P25, F_MEDIAN, F_P75, F_RANK, F_POOLED,
           F_LO95, F_HI95, F_LO998, F_HI998, F_FUNNEL, F_COUNT };
    const char *hdr[F_COUNT] = {
        [F_SET] = L(w, C_COMPARED_WITH), [F_METRIC] = L(w, C_METRIC), [F_BETTER] = L(w, C_BETTER),
        [F_VALUE] = L(w, C_PRACTICE), [F_NUM] = L(w, C_NUMERATOR), [F_DEN] = L(w, C_DENOMINATOR),
        [F_PEERS] = L(w, C_PEERS), [F_P25] = L(w, C_P25), [F_MEDIAN] = L(w, C_MEDIAN), [F_P75] = L(w, C_P75),
        [F_RANK] = L(w, C_RANK), [F_POOLED] = L(w, C_POOLED), [F_LO95] = L(w, C_LO95), [F_HI95] = L(w, C_HI95),
        [F_LO998] = L(w, C_LO998), [F_HI998] = L(w, C_HI998), [F_FUNNEL] = L(w, C_FUNNEL),
    };
    table_header(s, hdr, F_COUNT, true);
    bool few = false;
    /* Each metric named once, though every peer set has a row of it. */
    const struct metric_def *beyond[MAX_COLS];
    size_t nbeyond = 0;
    for (size_t k = 0; k < r->ncomparisons; k++) {
        const struct comparison *c = &r->comparisons[k];
        const char *set = set_text(w, c);
        for (size_t i = 0; i < c->nrows; i++) {
            const struct compare_row *row = &c->rows[i];
            const struct metric_def *m = row->metric;
            enum numfmt nf = metric_numfmt(m);
            put_text(s, F_SET, set, NULL);
            put_text(s, F_METRIC, metric_header(w, m), NULL);
            put_text(s, F_BETTER, L(w, m->higher_better ? C_HIGHER : C_LOWER), NULL);
            if (row->has_value) put_num(s, F_VALUE, row->value, nf, false);
            put_part(s, F_NUM, row->has_numerator, row->numerator);
            put_part(s, F_DEN, row->has_denominator, row->denominator);
            put_num(s, F_PEERS, (double)row->peers, NF_INT, false);
            if (row->has_distribution) {
                put_num(s, F_P25, row->p25, nf, false);
                put_num(s, F_MEDIAN, row->median, nf, false);
                put_num(s, F_P75, row->p75, nf, false);
            }
            few |= !row->has_distribution;
            if (row->has_pooled && row->pooled > 1 && metric_is_proportion(m)) {
                size_t j = 0;
                while (j < nbeyond && beyond[j] != m) j++;
                if (j == nbeyond && nbeyond < MAX_COLS) beyond[nbeyond++] = m;
            }
            if (row->has_rank) put_num(s, F_RANK, row->rank_pct / 100.0, NF_PCT, false);
            if (row->has_pooled) put_num(s, F_POOLED, row->pooled, nf, false);
            if (row->has_funnel) {
                const double lim[4] = {row->limits.lo95, row->limits.hi95, row->limits.lo998, row->limits.hi998};
                for (int j = 0; j < 4; j++) put_num(s, (lxw_col_t)(F_LO95 + j), lim[j], NF_PCT, false);
                char words[96];
                compare_funnel_words(row, w->nl ? "nl" : "en", words, sizeof words);
                put_text(s, F_FUNNEL, words, NULL);
            }
            table_row_done(s);
        }
    }
    table_end(s);
    if (few) {
        next_row(s);
        put_long_text(s, 0, subst(w, L(w, C_FEW), 1, itoa_kept(w, PEER_MIN)), w->f.subtitle);
        next_row(s);
    }
    if (nbeyond) {
        struct sbuf names = {0};
        for (size_t i = 0; i < nbeyond; i++) sbuf_addf(&names, "%s%s", i ? ", " : "", metric_header(w, beyond[i]));
        if (!few) next_row(s);
        put_long_text(s, 0, subst(w, L(w, C_BEYOND), 1, keepf(w, "%s", sbuf_str(&names))), w->f.subtitle);
        next_row(s);
        sbuf_free(&names);
    }
    return EH_OK;
}

/* What one chart draws: the rows of all practices with a distribution,
 * shares on their scale or the others as a share of their median. */
struct chart_rows {
    const struct compare_row *rows[MAX_COLS];
    size_t n;
    bool of_median;
    lxw_row_t first, last;          /* the rows of its data block */
    const struct compare_row *zero_median[MAX_COLS];    /* left out: no share of a median of 0 */
    size_t nzero;
};

static void pick_rows(const struct comparison *all, bool shares, struct chart_rows *out)
{
    memset(out, 0, sizeof *out);
    out->of_median = !shares;
    for (size_t i = 0; all && i < all->nrows && out->n < MAX_COLS; i++) {
        const struct compare_row *row = &all->rows[i];
        if (!row->has_distribution || (row->metric->unit == UNIT_RATIO) != shares) continue;
        if (!shares && !(row->median > 0)) {
            out->zero_median[out->nzero++] = row;
            continue;
        }
        out->rows[out->n++] = row;
    }
}

enum { D_NO, D_METRIC, D_X, D_BAND, D_MEDIAN_X, D_MEDIAN, D_PRACTICE_X, D_PRACTICE, D_COUNT };

/* Three rows per metric: the segments' two ends, then a blank row that
 * breaks the lines between metrics. */
static void write_chart_data(struct writer *w, struct sheet *s, struct chart_rows *c)
{
    if (!c->n) return;
    c->first = s->row;
    for (size_t i = 0; i < c->n; i++) {
        const struct compare_row *row = c->rows[i];
        double scale = c->of_median ? row->median : 1.0, x = (double)(i + 1);
        const double band[2] = {row->p25 / scale, row->p75 / scale};
        for (int end = 0; end < 2; end++) {
            if (end == 0) {
                put_num(s, D_NO, x, NF_INT, false);
                put_text(s, D_METRIC, c->of_median ? keepf(w, "%s %s", metric_header(w, row->metric), L(w, C_OF_MEDIAN))
                                                   : metric_header(w, row->metric), NULL);
            }
            put_num(s, D_X, x, NF_INT, false);
            put_num(s, D_BAND, band[end], NF_PCT, false);
            put_num(s, D_MEDIAN_X, x + (end ? 0.25 : -0.25), NF_DEC2, false);
            put_num(s, D_MEDIAN, row->median / scale, NF_PCT, false);
            if (row->has_value) {
                put_num(s, D_PRACTICE_X, x + (end ? 0.14 : -0.14), NF_DEC2, false);
                put_num(s, D_PRACTICE, row->value / scale, NF_PCT, false);
            }
            next_row(s);
        }
        next_row(s);
    }
    c->last = s->row - 2;
}

static void add_series(struct writer *w, struct sheet *s, lxw_chart *chart, const struct chart_rows *c, lxw_col_t x,
                       lxw_col_t y, enum cmp_label name, lxw_color_t colour, float width)
{
    lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
    if (!series) {
        note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
        return;
    }
    chart_series_set_categories(series, s->name, c->first, x, c->last, x);
    chart_series_set_values(series, s->name, c->first, y, c->last, y);
    chart_series_set_name(series, L(w, name));
    lxw_chart_line line = {.color = colour, .width = width};
    chart_series_set_line(series, &line);
    chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
}

static void add_chart(struct writer *w, struct sheet *s, const struct chart_rows *c, enum cmp_label title,
                      enum cmp_label axis, lxw_row_t at_row, int x_offset)
{
    if (!c->n) return;
    lxw_chart *chart = workbook_add_chart(w->wb, LXW_CHART_SCATTER_STRAIGHT);
    if (!chart) {
        note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
        return;
    }
    /* The band a little narrower than the space of a metric at 14 of them. */
    add_series(w, s, chart, c, D_X, D_BAND, C_SERIES_BAND, BAND_COLOUR, 16.0f);
    add_series(w, s, chart, c, D_MEDIAN_X, D_MEDIAN, C_SERIES_MEDIAN, MEDIAN_COLOUR, 2.5f);
    add_series(w, s, chart, c, D_PRACTICE_X, D_PRACTICE, C_SERIES_PRACTICE, PRACTICE_COLOUR, 4.5f);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
    chart_title_set_name(chart, L(w, title));
    lxw_chart_font title_font = {.size = 12, .bold = LXW_TRUE};
    chart_title_set_name_font(chart, &title_font);
    /* Whole numbers 1 .. n under the metrics; the ends of the axis blank. */
    chart_axis_set_min(chart->x_axis, 0);
    chart_axis_set_max(chart->x_axis, (double)c->n + 1);
    chart_axis_set_major_unit(chart->x_axis, 1);
    chart_axis_set_num_format(chart->x_axis, keepf(w, "[<1]\"\";[>%zu]\"\";0", c->n));
    chart_axis_set_name(chart->x_axis, L(w, C_AXIS_METRIC));
    chart_axis_set_name(chart->y_axis, L(w, axis));
    chart_axis_set_num_format(chart->y_axis, "0%");
    chart_axis_set_min(chart->y_axis, 0);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options opt = {.x_offset = x_offset, .y_offset = 4, .x_scale = 1.3, .y_scale = 1.35};
    insert_chart(s, at_row, chart, &opt);
}

int write_comparison(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    sheet_title(&s, sheet_heading(w, s.name), subst(w, L(w, C_SUBTITLE), 2, w->date_from, w->date_to));
    put_long_text(&s, 0, L(w, C_SUBTITLE2), w->f.subtitle);
    next_row(&s);
    if (r->opt.days == DAYS_WORKING) {
        put_long_text(&s, 0, T(w, L_WORKING_DAYS), w->f.subtitle);
        next_row(&s);
    }
    lxw_row_t chart_row = s.row;
    const struct comparison *all = NULL;
    for (size_t k = 0; k < r->ncomparisons; k++)
        if (r->comparisons[k].set == PEERS_ALL) all = &r->comparisons[k];
    struct chart_rows shares, others;
    pick_rows(all, true, &shares);
    pick_rows(all, false, &others);
    /* The charts go over the tables, where a reader looks first. */
    if (shares.n || others.n) {
        s.row = chart_row + CHART_ROWS;
    } else {
        put_long_text(&s, 0, L(w, C_NO_SHARES), NULL);
        next_row(&s);
    }
    if (others.nzero) {
        struct sbuf names = {0};
        for (size_t i = 0; i < others.nzero; i++)
            sbuf_addf(&names, "%s%s", i ? ", " : "", metric_header(w, others.zero_median[i]->metric));
        put_long_text(&s, 0, subst(w, L(w, C_ZERO_MEDIAN), 1, keepf(w, "%s", sbuf_str(&names))), w->f.subtitle);
        next_row(&s);
        sbuf_free(&names);
    }
    section(&s, L(w, C_FIGURES));
    int rc = write_figures(w, &s);
    if (!rc && (shares.n || others.n)) {
        section(&s, L(w, C_CHART_DATA));
        put_long_text(&s, 0, L(w, C_CHART_DATA_NOTE), w->f.subtitle);
        next_row(&s);
        const char *hdr[D_COUNT] = {
            [D_NO] = L(w, C_NO), [D_METRIC] = L(w, C_METRIC), [D_X] = L(w, C_POSITION), [D_BAND] = L(w, C_BAND),
            [D_MEDIAN_X] = L(w, C_MEDIAN_AT), [D_MEDIAN] = L(w, C_MEDIAN), [D_PRACTICE_X] = L(w, C_PRACTICE_AT),
            [D_PRACTICE] = L(w, C_PRACTICE),
        };
        table_header(&s, hdr, D_COUNT, false);
        write_chart_data(w, &s, &shares);
        write_chart_data(w, &s, &others);
        add_chart(w, &s, &shares, C_CHART_SHARES, C_AXIS_SHARE, chart_row, 0);
        add_chart(w, &s, &others, C_CHART_OTHERS, C_AXIS_OF_MEDIAN, chart_row, shares.n ? 640 : 0);
    }
    sheet_end(&s, false, 0, 45);
    return rc;
}
