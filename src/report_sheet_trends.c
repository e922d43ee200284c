/*
 * The Trends sheet: the e-consult share and calls per day by whole ISO
 * week for the whole scope and the largest care groups or practices, as a
 * table with two line charts over it (report_data.h, the weekly grid).
 */
#include <string.h>

#include "report_sheet.h"
#include "util.h"

/* The lines of a chart: the whole scope first. */
static const lxw_color_t SERIES_COLOURS[9] = {0x1F4E78, 0xE07B00, 0x2E8B57, 0xC00000, 0x7030A0,
                                              0x00A0B0, 0x8B6914, 0xD4508C, 0x7F7F7F};

static void add_chart(struct writer *w, struct sheet *s, const char *title, const char *y_axis, const char *y_format,
                      lxw_row_t header, lxw_row_t first, lxw_row_t last, lxw_col_t col0, size_t nseries,
                      int x_offset)
{
    lxw_chart *chart = workbook_add_chart(w->wb, LXW_CHART_LINE);
    if (!chart) {
        note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
        return;
    }
    for (size_t i = 0; i < nseries; i++) {
        lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
        if (!series) {
            note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
            return;
        }
        chart_series_set_categories(series, s->name, first, 0, last, 0);
        chart_series_set_values(series, s->name, first, col0 + (lxw_col_t)i, last, col0 + (lxw_col_t)i);
        chart_series_set_name_range(series, s->name, header, col0 + (lxw_col_t)i);
        lxw_chart_line line = {.color = SERIES_COLOURS[i % ARRAY_LEN(SERIES_COLOURS)],
                               .width = i == 0 ? 2.75f : 1.5f};
        chart_series_set_line(series, &line);
        chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
    }
    chart_title_set_name(chart, title);
    lxw_chart_font title_font = {.size = 12, .bold = LXW_TRUE};
    chart_title_set_name_font(chart, &title_font);
    chart_axis_set_name(chart->x_axis, T(w, L_AXIS_WEEK));
    chart_axis_set_name(chart->y_axis, y_axis);
    chart_axis_set_num_format(chart->y_axis, y_format);
    chart_axis_set_label_position(chart->x_axis, LXW_CHART_AXIS_LABEL_POSITION_LOW);
    lxw_chart_font week_font = {.rotation = -45, .size = 8};
    chart_axis_set_num_font(chart->x_axis, &week_font);
    /* A label every four weeks keeps a year readable. */
    chart_axis_set_interval_unit(chart->x_axis, 4);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
    lxw_chart_options opt = {.x_offset = x_offset, .y_offset = 4, .x_scale = 1.3, .y_scale = 1.25};
    insert_chart(s, 3, chart, &opt);
}

int write_trends(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    const struct rp_metric_table *t = &r->weekly;
    const struct rp_group *groups = t->groups;
    size_t ngroups = t->ngroups;
    bool by_cg = r->trends_by_care_group;
    /* "the 1 practices" read wrong in a scope of one. */
    const char *lines = r->opt.kind == REPORT_PRACTICE ? NULL
                        : ngroups < 2 ? T(w, L_TRENDS_LINES_NONE)
                        : ngroups == 2 ? T(w, by_cg ? L_TRENDS_LINES_CG1 : L_TRENDS_LINES_PR1)
                        : subst(w, T(w, by_cg ? L_TRENDS_LINES_CG : L_TRENDS_LINES_PR), 1, itoa_kept(w, (long long)ngroups - 1));
    const struct metric_def *const *defs = t->defs;
    size_t ndefs = t->ndefs;
    const struct metric_def *share = metric_find(r->cat, "econsult_share"), *calls = metric_find(r->cat, "calls_per_day");
    const struct rp_grid *grid = &t->grid;
    const char *note_text = lines ? keepf(w, "%s %s", T(w, L_TRENDS_NOTE), lines) : T(w, L_TRENDS_NOTE);
    if (r->opt.days == DAYS_WORKING) note_text = keepf(w, "%s %s", note_text, T(w, L_WORKING_DAYS));
    if (*partial_note(w, grid)) note_text = keepf(w, "%s %s", note_text, partial_note(w, grid));
    const char *hdr[2 + 2 * (1 + TREND_LINES)] = {T(w, L_WEEK), T(w, L_WEEK_START)};
    for (size_t d = 0; d < ndefs; d++)
        for (size_t g = 0; g < ngroups; g++) {
            const struct rp_group *gr = &groups[g];
            const char *name = gr->level == LEVEL_TOTAL ? keepf(w, "%s %s", T(w, L_TOTAL), r->title_name)
                               : gr->level == LEVEL_CARE_GROUP ? gr->care_group
                                                               : r->practices[gr->practice].name;
            /* Two practices of one name (the register allows it) would be
             * two lines of one legend: the AGB code tells them apart. */
            bool twin = false;
            for (size_t o = 0; o < ngroups && gr->level == LEVEL_PRACTICE; o++)
                twin |= o != g && groups[o].level == LEVEL_PRACTICE &&
                        strcmp(r->practices[groups[o].practice].name, name) == 0;
            hdr[2 + d * ngroups + g] = twin ? keepf(w, "%s (%s)", name, r->practices[gr->practice].agb) : name;
        }
    /* The table's columns, so the note wraps within them. */
    if (ngroups && ndefs) sheet_span(&s, hdr, (lxw_col_t)(2 + ndefs * ngroups));
    sheet_title(&s, heading(w, SH_TRENDS), note_text);
    if (!ngroups || !ndefs) {
        sheet_end(&s, false, 0, 40);
        return EH_OK;
    }
    /* Charts over the table: the first thing a reader sees. */
    enum { CHART_ROWS = 19 };
    lxw_row_t group_row = 3 + CHART_ROWS, header = group_row + 1;
    lxw_row_t first = header + 1, last = first + (lxw_row_t)grid->nperiods - 1;
    s.row = group_row;
    /* As tall as the longest label needs over its columns: one practice's
     * column cut "per practice" off its label. */
    int group_lines = 1;
    for (size_t d = 0; d < ndefs; d++) {
        const char *label = defs[d] == calls ? T(w, L_CALLS_PER_PRACTICE) : metric_label(defs[d], w->nl ? "nl" : "en");
        int n = lines_over(label, hdr + 2 + d * ngroups, (lxw_col_t)ngroups);
        if (n > group_lines) group_lines = n;
    }
    note(w, worksheet_set_row(s.ws, group_row, group_lines > 1 ? 15.0 * group_lines + 3 : 18, NULL), s.name);
    put_blank(&s, 0, w->f.header);
    put_blank(&s, 1, w->f.header);
    for (size_t d = 0; d < ndefs; d++) {
        lxw_col_t c0 = (lxw_col_t)(2 + d * ngroups), c1 = (lxw_col_t)(c0 + ngroups - 1);
        const char *label = defs[d] == calls ? T(w, L_CALLS_PER_PRACTICE) : metric_label(defs[d], w->nl ? "nl" : "en");
        if (c1 > c0) note(w, worksheet_merge_range(s.ws, group_row, c0, group_row, c1, label, w->f.header), s.name);
        else note(w, worksheet_write_string(s.ws, group_row, c0, label, w->f.header), s.name);
    }
    next_row(&s);
    table_header(&s, hdr, (lxw_col_t)(2 + ndefs * ngroups), true);
    s.header_rows_above = 1;            /* the groups' row: without it a page's columns are nameless */
    /* Calls per day grow with a group's size: a total beside care groups
     * would flatten every other line. Per practice (that has call logs in
     * the period) the lines compare; a share needs no such division. */
    size_t with_calls[1 + TREND_LINES] = {0};
    for (size_t g = 0; g < ngroups; g++)
        for (size_t p = 0; p < r->npractices; p++) {
            const struct rp_group *gr = &groups[g];
            bool in = gr->level == LEVEL_TOTAL ||
                      (gr->level == LEVEL_CARE_GROUP && strcmp(r->practices[p].care_group, gr->care_group) == 0) ||
                      (gr->level == LEVEL_PRACTICE && gr->practice == p);
            with_calls[g] += in && r->gaps[p].missing[GAP_CALLS] < r->months;
        }
    for (size_t p = 0; p < grid->nperiods; p++) {
        put_text(&s, 0, period_text(w, grid, p), NULL);
        put_date(&s, 1, grid->first[p]);
        for (size_t d = 0; d < ndefs; d++)
            for (size_t g = 0; g < ngroups; g++) {
                struct rp_cell c = *rp_grid_cell(grid, g, p, d);
                if (defs[d] == calls && c.state == CELL_VALUE) {
                    if (with_calls[g]) c.value /= (double)with_calls[g];
                    else c.state = CELL_EMPTY;
                }
                put_cell(&s, (lxw_col_t)(2 + d * ngroups + g), c, metric_numfmt(defs[d]), false);
            }
        table_row_done(&s);
    }
    table_end(&s);
    if (!grid->nperiods) {
        next_row(&s);
        put_long_text(&s, 0, T(w, L_NO_WEEKS), w->f.subtitle);
        next_row(&s);
    }
    for (size_t d = 0; d < ndefs && grid->nperiods; d++) {
        bool is_share = defs[d] == share;
        add_chart(w, &s, T(w, is_share ? L_TREND_SHARE : L_TREND_CALLS), T(w, is_share ? L_AXIS_SHARE : L_AXIS_CALLS),
                  is_share ? "0%" : "0", header, first, last, (lxw_col_t)(2 + d * ngroups), ngroups,
                  (int)d * 640);
    }
    sheet_end(&s, false, 0, 30);
    return EH_OK;
}
