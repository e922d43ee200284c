/*
 * The Spread sheet of region, care-group and insurer workbooks
 * (interface.md 7.5): per metric the lowest, p10, p25, median, p75, p90
 * and highest figure over the scope's practices, and the funnel chart of
 * the e-consult share with the practices outside its 99.8% limits listed
 * under it, from the gathered spread (report_data.h, compare.h).
 *
 * Privacy as on the other sheets of a shared workbook: a practice whose
 * figure the rule would hide (a ratio on fewer than --min-cell records)
 * is left out of the distribution and of the funnel, and counted in a
 * column of its own; a statistic of counts below --min-cell shows as <N.
 */
#include <math.h>
#include <string.h>

#include "report_sheet.h"
#include "util.h"

enum spread_label {
    S_SUBTITLE, S_LEFT_OUT_NOTE, S_METRIC, S_BETTER, S_HIGHER, S_LOWER, S_PRACTICES, S_LEFT_OUT, S_LOWEST, S_P10,
    S_P25, S_MEDIAN, S_P75, S_P90, S_HIGHEST, S_FUNNEL, S_FUNNEL_NOTE, S_FUNNEL_NOTE2, S_FUNNEL_NONE, S_OUTSIDE, S_NONE_OUTSIDE,
    S_AGB, S_PRACTICE, S_CARE_GROUP, S_WHERE, S_CHART_DATA, S_POINTS, S_LIMITS, S_POOLED, S_LO95, S_HI95,
    S_LO998, S_HI998, S_LIMITS_95, S_LIMITS_998, S_IN_PERIOD, S_CHART_TITLE, S_FUNNEL_LEFT_OUT, S_FUNNEL_LEFT_OUT1,
    S_K_CONSULTS, S_K_MESSAGES, S_K_CALLS, S_K_SURVEY, S_K_REGISTRATIONS,
    S_LABEL_COUNT
};

static const char *const LABELS[S_LABEL_COUNT][2] = {
    [S_SUBTITLE] = {"Per metric, each practice's figure over {} to {}: the lowest, the 10th, 25th, 50th (median), "
                    "75th and 90th percentile and the highest over the practices in scope. A quarter of the "
                    "practices lies below p25, a quarter above p75.",
                    "Per indicator het cijfer van elke praktijk over {} tot en met {}: het laagste, het 10e, 25e, "
                    "50e (mediaan), 75e en 90e percentiel en het hoogste over de praktijken in de afbakening. Een "
                    "kwart van de praktijken ligt onder p25, een kwart boven p75."},
    [S_LEFT_OUT_NOTE] = {"A practice whose figure rests on fewer than {} records is left out of the distribution and "
                         "the funnel (column Left out).",
                         "Een praktijk waarvan het cijfer op minder dan {} records rust, telt niet mee in de "
                         "verdeling en de trechter (kolom Niet meegeteld)."},
    [S_METRIC] = {"Metric", "Indicator"},
    [S_BETTER] = {"Better when", "Beter als"},
    [S_HIGHER] = {"higher", "hoger"},
    [S_LOWER] = {"lower", "lager"},
    [S_PRACTICES] = {"Practices", "Praktijken"},
    [S_LEFT_OUT] = {"Left out (few records)", "Niet meegeteld (weinig records)"},
    [S_LOWEST] = {"Lowest", "Laagste"},
    [S_P10] = {"P10", "P10"},
    [S_P25] = {"P25", "P25"},
    [S_MEDIAN] = {"Median", "Mediaan"},
    [S_P75] = {"P75", "P75"},
    [S_P90] = {"P90", "P90"},
    [S_HIGHEST] = {"Highest", "Hoogste"},
    [S_FUNNEL] = {"Funnel: {} by the number of records", "Trechter: {} naar het aantal records"},
    [S_FUNNEL_NOTE] = {"Each dot is a practice at its number of records in the period. The middle line is the share "
                       "of all practices together ({}); the curves are the 95% and 99.8% limits around it, wide where "
                       "a practice has few records and narrow where it has many.",
                       "Elke stip is een praktijk bij haar aantal records in de periode. De middelste lijn is het "
                       "aandeel van alle praktijken samen ({}); de bogen zijn de 95%- en 99,8%-grenzen eromheen, "
                       "breed waar een praktijk weinig records heeft en smal waar ze er veel heeft."},
    [S_FUNNEL_NOTE2] = {"Chance alone keeps about 95 and 99.8 of 100 practices inside them: a practice outside the "
                        "99.8% limits differs from the whole by more than chance explains.",
                        "Toeval alleen houdt ongeveer 95 en 99,8 van de 100 praktijken erbinnen: een praktijk buiten "
                        "de 99,8%-grenzen verschilt meer van het geheel dan toeval verklaart."},
    [S_FUNNEL_NONE] = {"No practice has a figure to draw in this period.",
                       "Geen praktijk heeft in deze periode een cijfer om te tekenen."},
    [S_OUTSIDE] = {"Practices outside the 99.8% limits", "Praktijken buiten de 99,8%-grenzen"},
    [S_NONE_OUTSIDE] = {"none", "geen"},
    [S_AGB] = {"AGB code", "AGB-code"},
    [S_PRACTICE] = {"Practice", "Praktijk"},
    [S_CARE_GROUP] = {"Care group", "Zorggroep"},
    [S_WHERE] = {"Where", "Waar"},
    [S_CHART_DATA] = {"Chart data", "Grafiekgegevens"},
    [S_POINTS] = {"The practices", "De praktijken"},
    [S_LIMITS] = {"The lines", "De lijnen"},
    [S_POOLED] = {"All practices together", "Alle praktijken samen"},
    [S_LO95] = {"95% limit, low", "95%-grens, laag"},
    [S_HI95] = {"95% limit, high", "95%-grens, hoog"},
    [S_LO998] = {"99.8% limit, low", "99,8%-grens, laag"},
    [S_HI998] = {"99.8% limit, high", "99,8%-grens, hoog"},
    [S_LIMITS_95] = {"95% limits", "95%-grenzen"},
    [S_LIMITS_998] = {"99.8% limits", "99,8%-grenzen"},
    [S_IN_PERIOD] = {"{} in the period", "{} in de periode"},
    [S_CHART_TITLE] = {"{} and its funnel limits", "{} en de trechtergrenzen"},
    [S_FUNNEL_LEFT_OUT] = {"Left out for few records: {} practices.",
                           "Niet meegeteld wegens weinig records: {} praktijken."},
    [S_FUNNEL_LEFT_OUT1] = {"Left out for few records: 1 practice.", "Niet meegeteld wegens weinig records: 1 praktijk."},
    [S_K_CONSULTS] = {"Consults", "Consulten"},
    [S_K_MESSAGES] = {"Messages", "Berichten"},
    [S_K_CALLS] = {"Calls", "Telefoontjes"},
    [S_K_SURVEY] = {"Respondents", "Ondervraagden"},
    [S_K_REGISTRATIONS] = {"Listed patients", "Ingeschreven patiënten"},
};

static const char *L(const struct writer *w, enum spread_label l)
{
    return LABELS[l][w->nl];
}

enum { CHART_ROWS = 22 };

/* A statistic as shown: of counts, one below --min-cell is <N. */
static void put_stat(struct sheet *s, lxw_col_t col, const struct metric_def *m, double v)
{
    if (isnan(v)) return;
    struct rp_cell c = {CELL_VALUE, v};
    if (m->compute == COMPUTE_COUNT) c = report_cell(s->w->r, m, true, v, true, v, false, 0, 0);
    put_cell(s, col, c, metric_numfmt(m), false);
}

static void write_distribution(struct writer *w, struct sheet *s)
{
    const struct spread *sp = &w->r->spread;
    enum { D_METRIC, D_BETTER, D_PRACTICES, D_LEFT_OUT, D_STAT0, D_COUNT = D_STAT0 + SPREAD_STATS };
    const char *hdr[D_COUNT] = {
        [D_METRIC] = L(w, S_METRIC), [D_BETTER] = L(w, S_BETTER), [D_PRACTICES] = L(w, S_PRACTICES),
        [D_LEFT_OUT] = L(w, S_LEFT_OUT), [D_STAT0 + SPREAD_MIN] = L(w, S_LOWEST), [D_STAT0 + SPREAD_P10] = L(w, S_P10),
        [D_STAT0 + SPREAD_P25] = L(w, S_P25), [D_STAT0 + SPREAD_MEDIAN] = L(w, S_MEDIAN),
        [D_STAT0 + SPREAD_P75] = L(w, S_P75), [D_STAT0 + SPREAD_P90] = L(w, S_P90),
        [D_STAT0 + SPREAD_MAX] = L(w, S_HIGHEST),
    };
    table_header(s, hdr, D_COUNT, true);
    for (size_t i = 0; i < sp->nrows; i++) {
        const struct spread_row *row = &sp->rows[i];
        put_text(s, D_METRIC, metric_header(w, row->metric), NULL);
        put_text(s, D_BETTER, L(w, row->metric->higher_better ? S_HIGHER : S_LOWER), NULL);
        put_num(s, D_PRACTICES, (double)row->practices, NF_INT, false);
        put_num(s, D_LEFT_OUT, (double)row->left_out, NF_INT, false);
        for (int k = 0; k < SPREAD_STATS; k++) put_stat(s, (lxw_col_t)(D_STAT0 + k), row->metric, row->stat[k]);
        table_row_done(s);
    }
    table_end(s);
}

static const char *denominator_label(const struct writer *w, const struct metric_def *m)
{
    static const enum spread_label kinds[KIND_COUNT] = {S_K_CONSULTS, S_K_MESSAGES, S_K_CALLS, S_K_SURVEY,
                                                        S_K_REGISTRATIONS};
    return L(w, kinds[m->kind]);
}

static const char *verdict_words(struct writer *w, const struct metric_def *m, enum funnel_verdict v)
{
    struct compare_row row = {.metric = m, .funnel = v};
    char buf[96];
    compare_funnel_words(&row, w->nl ? "nl" : "en", buf, sizeof buf);
    return keepf(w, "%s", buf);
}

static void put_practice(struct sheet *s, lxw_col_t col, const char *agb)
{
    const struct rp_practice *p = practice_by_agb(s->w->r, agb);
    put_text(s, col, agb, NULL);
    put_text(s, col + 1, p ? p->name : NULL, NULL);
    put_text(s, col + 2, p ? p->care_group : NULL, NULL);
}

static const char *left_out_text(struct writer *w, const struct spread_funnel *f)
{
    return f->left_out == 1 ? L(w, S_FUNNEL_LEFT_OUT1)
                            : subst(w, L(w, S_FUNNEL_LEFT_OUT), 1, itoa_kept(w, (long long)f->left_out));
}

/* The practices beyond the 99.8% limits, listed under the chart. */
static void write_outside(struct writer *w, struct sheet *s, const struct spread_funnel *f)
{
    const struct metric_def *m = f->metric;
    section(s, L(w, S_OUTSIDE));
    enum { O_AGB, O_NAME, O_CG, O_VALUE, O_N, O_WHERE, O_COUNT };
    const char *hdr[O_COUNT] = {
        [O_AGB] = L(w, S_AGB), [O_NAME] = L(w, S_PRACTICE), [O_CG] = L(w, S_CARE_GROUP),
        [O_VALUE] = metric_header(w, m), [O_N] = subst(w, L(w, S_IN_PERIOD), 1, denominator_label(w, m)),
        [O_WHERE] = L(w, S_WHERE),
    };
    table_header(s, hdr, O_COUNT, false);
    size_t n = 0;
    for (size_t i = 0; i < f->npoints; i++) {
        const struct funnel_point *pt = &f->points[i];
        if (pt->verdict != FUNNEL_ABOVE998 && pt->verdict != FUNNEL_BELOW998) continue;
        put_practice(s, O_AGB, pt->agb);
        put_num(s, O_VALUE, pt->value, metric_numfmt(m), false);
        put_count(s, O_N, (long long)llround(pt->n), false);
        put_text(s, O_WHERE, verdict_words(w, m, pt->verdict), NULL);
        next_row(s);
        n++;
    }
    if (!n) {
        put_text(s, O_AGB, L(w, S_NONE_OUTSIDE), NULL);
        next_row(s);
    }
}

struct funnel_ranges {
    lxw_row_t points_first, points_last, line_first, line_last;
};

enum { P_AGB, P_NAME, P_CG, P_N, P_VALUE, P_WHERE, P_COUNT };
enum { F_N, F_POOLED, F_LO95, F_HI95, F_LO998, F_HI998, F_COUNT };

static void write_funnel_data(struct writer *w, struct sheet *s, const struct spread_funnel *f,
                              struct funnel_ranges *at)
{
    const struct metric_def *m = f->metric;
    const char *in_period = subst(w, L(w, S_IN_PERIOD), 1, denominator_label(w, m));
    section(s, L(w, S_CHART_DATA));
    put_long_text(s, 0, L(w, S_POINTS), w->f.label);
    next_row(s);
    const char *ph[P_COUNT] = {
        [P_AGB] = L(w, S_AGB), [P_NAME] = L(w, S_PRACTICE), [P_CG] = L(w, S_CARE_GROUP), [P_N] = in_period,
        [P_VALUE] = metric_header(w, m), [P_WHERE] = L(w, S_WHERE),
    };
    table_header(s, ph, P_COUNT, false);
    at->points_first = s->row;
    for (size_t i = 0; i < f->npoints; i++) {
        const struct funnel_point *pt = &f->points[i];
        put_practice(s, P_AGB, pt->agb);
        put_count(s, P_N, (long long)llround(pt->n), false);
        put_num(s, P_VALUE, pt->value, metric_numfmt(m), false);
        put_text(s, P_WHERE, verdict_words(w, m, pt->verdict), NULL);
        next_row(s);
    }
    at->points_last = s->row - 1;
    if (f->left_out) {
        put_long_text(s, 0, left_out_text(w, f),
                      w->f.subtitle);
        next_row(s);
    }
    next_row(s);
    put_long_text(s, 0, L(w, S_LIMITS), w->f.label);
    next_row(s);
    const char *lh[F_COUNT] = {
        [F_N] = in_period, [F_POOLED] = L(w, S_POOLED), [F_LO95] = L(w, S_LO95), [F_HI95] = L(w, S_HI95),
        [F_LO998] = L(w, S_LO998), [F_HI998] = L(w, S_HI998),
    };
    table_header(s, lh, F_COUNT, false);
    at->line_first = s->row;
    for (size_t i = 0; i < f->nline; i++) {
        const struct funnel_line_point *lp = &f->line[i];
        put_num(s, F_N, lp->n, NF_INT, false);
        put_num(s, F_POOLED, f->pooled, NF_PCT, false);
        const double lim[4] = {lp->limits.lo95, lp->limits.hi95, lp->limits.lo998, lp->limits.hi998};
        for (int k = 0; k < 4; k++) put_num(s, (lxw_col_t)(F_LO95 + k), lim[k], NF_PCT, false);
        next_row(s);
    }
    at->line_last = s->row - 1;
}

static lxw_chart_series *funnel_series(struct writer *w, struct sheet *s, lxw_chart *chart, lxw_row_t first,
                                       lxw_row_t last, lxw_col_t x, lxw_col_t y, const char *name,
                                       lxw_color_t colour, uint8_t dash)
{
    lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
    if (!series) {
        note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
        return NULL;
    }
    chart_series_set_categories(series, s->name, first, x, last, x);
    chart_series_set_values(series, s->name, first, y, last, y);
    chart_series_set_name(series, name);
    lxw_chart_line line = {.color = colour, .width = 1.5f, .dash_type = dash};
    chart_series_set_line(series, &line);
    chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
    return series;
}

static void add_funnel_chart(struct writer *w, struct sheet *s, const struct spread_funnel *f, lxw_row_t at_row,
                             const struct funnel_ranges *r)
{
    const struct metric_def *m = f->metric;
    lxw_chart *chart = workbook_add_chart(w->wb, LXW_CHART_SCATTER_STRAIGHT);
    if (!chart) {
        note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
        return;
    }
    lxw_chart_series *dots = funnel_series(w, s, chart, r->points_first, r->points_last, P_N, P_VALUE,
                                           L(w, S_PRACTICES), 0x1F4E78, LXW_CHART_LINE_DASH_SOLID);
    if (dots) {
        lxw_chart_line none = {.none = LXW_TRUE};
        chart_series_set_line(dots, &none);
        chart_series_set_marker_type(dots, LXW_CHART_MARKER_CIRCLE);
        chart_series_set_marker_size(dots, 6);
        lxw_chart_fill fill = {.color = 0x1F4E78};
        lxw_chart_line edge = {.color = 0x1F4E78};
        chart_series_set_marker_fill(dots, &fill);
        chart_series_set_marker_line(dots, &edge);
    }
    funnel_series(w, s, chart, r->line_first, r->line_last, F_N, F_POOLED, L(w, S_POOLED), 0x404040,
                  LXW_CHART_LINE_DASH_SOLID);
    funnel_series(w, s, chart, r->line_first, r->line_last, F_N, F_LO95, L(w, S_LIMITS_95), 0xE07B00,
                  LXW_CHART_LINE_DASH_DASH);
    funnel_series(w, s, chart, r->line_first, r->line_last, F_N, F_HI95, L(w, S_LIMITS_95), 0xE07B00,
                  LXW_CHART_LINE_DASH_DASH);
    funnel_series(w, s, chart, r->line_first, r->line_last, F_N, F_LO998, L(w, S_LIMITS_998), 0xC00000,
                  LXW_CHART_LINE_DASH_SOLID);
    funnel_series(w, s, chart, r->line_first, r->line_last, F_N, F_HI998, L(w, S_LIMITS_998), 0xC00000,
                  LXW_CHART_LINE_DASH_SOLID);
    /* One legend entry per pair of limits. */
    int16_t twins[] = {3, 5, -1};
    note(w, chart_legend_delete_series(chart, twins), s->name);
    chart_title_set_name(chart, subst(w, L(w, S_CHART_TITLE), 1, metric_label(m, w->nl ? "nl" : "en")));
    lxw_chart_font title_font = {.size = 12, .bold = LXW_TRUE};
    chart_title_set_name_font(chart, &title_font);
    chart_axis_set_name(chart->x_axis, subst(w, L(w, S_IN_PERIOD), 1, denominator_label(w, m)));
    chart_axis_set_num_format(chart->x_axis, "#,##0");
    chart_axis_set_name(chart->y_axis, metric_label(m, w->nl ? "nl" : "en"));
    chart_axis_set_num_format(chart->y_axis, "0.0%");
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options opt = {.x_offset = 4, .y_offset = 4, .x_scale = 1.6, .y_scale = 1.45};
    insert_chart(s, at_row, chart, &opt);
}

int write_spread(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    sheet_title(&s, sheet_heading(w, s.name), subst(w, L(w, S_SUBTITLE), 2, w->date_from, w->date_to));
    if (r->opt.days == DAYS_WORKING) {
        put_long_text(&s, 0, T(w, L_WORKING_DAYS), w->f.subtitle);
        next_row(&s);
    }
    if (r->aggregate) {
        put_long_text(&s, 0, keepf(w, "%s %s", privacy_note(w),
                                   subst(w, L(w, S_LEFT_OUT_NOTE), 1, itoa_kept(w, r->opt.min_cell))),
                      w->f.subtitle);
        next_row(&s);
    }
    next_row(&s);
    write_distribution(w, &s);
    /* Rows of "0 practices" alone read as a scope whose practices have no
     * figure; with no record at all the reason is the one Metrics gives. */
    if (!r->monthly.grid.nperiods) {
        next_row(&s);
        put_long_text(&s, 0, T(w, L_NO_RECORDS), w->f.subtitle);
        next_row(&s);
    }
    const struct spread_funnel *f = &r->spread.funnel;
    if (!f->metric) {
        sheet_end(&s, true, 1, 45);
        return EH_OK;
    }
    section(&s, subst(w, L(w, S_FUNNEL), 1, metric_label(f->metric, w->nl ? "nl" : "en")));
    if (!f->npoints) {
        put_long_text(&s, 0, L(w, S_FUNNEL_NONE), NULL);
        next_row(&s);
        /* All left out for --min-cell is not "no figures": say how many. */
        if (f->left_out) {
            put_long_text(&s, 0, left_out_text(w, f),
                          w->f.subtitle);
            next_row(&s);
        }
        sheet_end(&s, true, 1, 45);
        return EH_OK;
    }
    const char *pooled = metric_text(w, f->metric->unit, f->pooled, false);
    put_long_text(&s, 0, subst(w, L(w, S_FUNNEL_NOTE), 1, pooled), w->f.subtitle);
    next_row(&s);
    put_long_text(&s, 0, L(w, S_FUNNEL_NOTE2), w->f.subtitle);
    next_row(&s);
    lxw_row_t chart_row = s.row;
    s.row += CHART_ROWS;
    write_outside(w, &s, f);
    struct funnel_ranges at;
    write_funnel_data(w, &s, f, &at);
    add_funnel_chart(w, &s, f, chart_row, &at);
    sheet_end(&s, true, 1, 45);
    return EH_OK;
}
