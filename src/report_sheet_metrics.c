/*
 * The Metrics sheet: every metric by month for the whole scope, each care
 * group and each practice (report_data.h, the monthly grid).
 */

#include "report_sheet.h"

int write_metrics(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    enum { C_LEVEL, C_NAME, C_AGB, C_CG, C_MONTH, C_DATA, C_FIRST };
    const struct rp_metric_table *t = &r->monthly;
    const struct metric_def *const *defs = t->defs;
    size_t ndefs = t->ndefs < MAX_COLS - C_FIRST ? t->ndefs : MAX_COLS - C_FIRST;
    const char *hdr[MAX_COLS] = {
        [C_LEVEL] = T(w, L_LEVEL), [C_NAME] = T(w, L_GROUP), [C_AGB] = T(w, L_AGB),
        [C_CG] = T(w, L_CARE_GROUP), [C_MONTH] = T(w, L_MONTH), [C_DATA] = T(w, L_DATA),
    };
    for (size_t i = 0; i < ndefs; i++) hdr[C_FIRST + i] = metric_header(w, defs[i]);
    size_t ngroups = t->ngroups;
    const struct rp_group *groups = t->groups;
    const struct rp_grid *grid = &t->grid;
    int rc = EH_OK;
    const char *subtitle = subst(w, T(w, L_METRICS_NOTE), 2, w->date_from, w->date_to);
    if (r->opt.days == DAYS_WORKING) subtitle = keepf(w, "%s %s", subtitle, T(w, L_WORKING_DAYS));
    if (*partial_note(w, grid)) subtitle = keepf(w, "%s %s", subtitle, partial_note(w, grid));
    if (r->aggregate) subtitle = keepf(w, "%s %s", subtitle, privacy_note(w));
    sheet_span(&s, hdr, (lxw_col_t)(C_FIRST + ndefs));
    sheet_title(&s, heading(w, SH_METRICS), subtitle);
    next_row(&s);
    table_header(&s, hdr, (lxw_col_t)(C_FIRST + ndefs), true);
    for (size_t g = 0; g < ngroups && !rc; g++) {
        const struct rp_group *gr = &groups[g];
        const struct rp_practice *p = gr->level == LEVEL_PRACTICE ? &r->practices[gr->practice] : NULL;
        static const enum label levels[] = {L_LEVEL_TOTAL, L_LEVEL_CG, L_LEVEL_PRACTICE};
        bool total = gr->level != LEVEL_PRACTICE;
        for (size_t m = 0; m < grid->nperiods; m++) {
            put_text(&s, C_LEVEL, T(w, levels[gr->level]), total ? w->f.label : NULL);
            put_text(&s, C_NAME, p ? p->name : gr->care_group ? gr->care_group : r->title_name,
                     total ? w->f.label : NULL);
            put_text(&s, C_AGB, p ? p->agb : NULL, NULL);
            put_text(&s, C_CG, p ? p->care_group : gr->care_group, NULL);
            put_num(&s, C_MONTH, excel_day(grid->first[m]), NF_MONTH, false);
            put_text(&s, C_DATA, grid->partial[m] ? keepf(w, "%s *", T(w, L_PARTIAL)) : NULL, NULL);
            for (size_t i = 0; i < ndefs; i++)
                put_cell(&s, (lxw_col_t)(C_FIRST + i), *rp_grid_cell(grid, g, m, i), metric_numfmt(defs[i]), false);
            table_row_done(&s);
        }
    }
    table_end(&s);
    if (!grid->nperiods) {
        next_row(&s);
        put_long_text(&s, 0, T(w, L_NO_RECORDS), w->f.subtitle);
        next_row(&s);
    }
    sheet_end(&s, true, 2, 40);
    return rc;
}
