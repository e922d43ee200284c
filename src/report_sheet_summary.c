/*
 * The Summary sheet: what the workbook covers (scope, as-of date, period,
 * practices, plans, goals), the headline figures (the first and last month
 * of the Metrics grid's top row), the goals by status, the plans by step
 * and the coverage of each log, from the gathered report alone.
 */
#include <math.h>
#include <string.h>

#include "datetime.h"
#include "report_sheet.h"
#include "util.h"
#include "vocab.h"

static const char *const HEADLINE_METRICS[] = {
    "econsult_share", "econsults_per_week", "video_share", "results_via_econsult", "calls_per_day",
    "abandoned_rate", "avg_wait_s", "response_in_term", "median_response_h", "unsafe_share", "awareness",
    "portal_reach",
};

static void key_value_text(struct sheet *s, enum label key, const char *value)
{
    put_text(s, 0, T(s->w, key), s->w->f.label);
    put_long_value(s, 1, value);
    next_row(s);
}

static void key_value_num(struct sheet *s, enum label key, double v, enum numfmt nf)
{
    put_text(s, 0, T(s->w, key), s->w->f.label);
    put_num(s, 1, v, nf, false);
    next_row(s);
}

/* Why the workbook is as of its day (interface.md 7.4). */
static const char *as_of_reason(struct writer *w)
{
    const struct report *r = w->r;
    if (r->opt.as_of_given) return T(w, L_AS_OF_GIVEN);
    if (r->opt.as_of_data_last != DATE_NONE && r->opt.as_of == r->opt.as_of_data_last + 1) {
        char last[11];
        format_date(r->opt.as_of_data_last, last);
        return subst(w, T(w, L_AS_OF_DATA), 1, last);
    }
    return T(w, L_AS_OF_TODAY);
}


int write_summary(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    char today_text[11];
    format_date(today(), today_text);
    /* The widest table's columns: a long value (the privacy rule) wraps
     * within them rather than running off the printed page. */
    const char *chdr[] = {T(w, L_LOG), T(w, L_RECORDS), T(w, L_PRACTICES_WITH_DATA), T(w, L_SHARE_PRACTICES),
                          T(w, L_FIRST_DAY), T(w, L_LAST_DAY), T(w, L_MONTHS_WITH_DATA), T(w, L_MONTHS_IN_PERIOD)};
    sheet_span(&s, chdr, 8);
    sheet_title(&s, workbook_title(w), subst(w, T(w, L_WRITTEN), 2, today_text, EHTRACK_VERSION));

    section(&s, T(w, L_SCOPE));
    key_value_text(&s, L_REPORT_FOR, kind_label(w));
    key_value_text(&s, L_NAME, r->title_name);
    put_text(&s, 0, T(w, L_AS_OF), w->f.label);
    put_date(&s, 1, r->opt.as_of);
    next_row(&s);
    key_value_text(&s, L_AS_OF_WHY, as_of_reason(w));
    put_text(&s, 0, T(w, L_FROM), w->f.label);
    put_date(&s, 1, r->opt.from);
    next_row(&s);
    put_text(&s, 0, T(w, L_TO), w->f.label);
    put_date(&s, 1, r->opt.to);
    next_row(&s);
    key_value_num(&s, L_PRACTICES, (double)r->npractices, NF_INT);
    key_value_num(&s, L_CARE_GROUPS, (double)r->ncare_groups, NF_INT);
    size_t cg_plans = 0;
    for (size_t i = 0; i < r->nplans; i++) cg_plans += r->plans[i].agb == NULL;
    key_value_num(&s, L_PLANS, (double)r->nplans, NF_INT);
    if (cg_plans) {
        put_text(&s, 0, keepf(w, "  %s", T(w, L_CG_PLANS)), NULL);
        put_num(&s, 1, (double)cg_plans, NF_INT, false);
        next_row(&s);
    }
    key_value_num(&s, L_GOALS_N, (double)r->goals.count, NF_INT);
    key_value_text(&s, L_PRIVACY, r->aggregate                       ? privacy_note(w)
                                  : r->opt.kind == REPORT_PRACTICE ? T(w, L_PRIVACY_OWN)
                                                                   : T(w, L_PRIVACY_NONE));

    /* The headline figures: the first and last month of the Metrics
     * sheet's top row (the whole scope, or the practice), so a reader sees
     * where the period started and where it ended. */
    section(&s, T(w, L_HEADLINE));
    const struct rp_metric_table *t = &r->monthly;
    const struct rp_grid *grid = &t->grid;
    /* The first and last month the records cover whole: a per-day figure
     * of a month the data stops in halfway counts the days after the
     * stop, and beside a whole month it reads as a fall a board would act
     * on. Partly covered months stay on the Metrics sheet, and here when
     * no two months are whole. */
    size_t first, last;
    bool two;
    report_headline_months(r, &first, &last, &two);
    /* A period of one month has one column of figures, not the same month twice. */
    const char *hdr[] = {T(w, L_METRIC), grid->nperiods ? period_text(w, grid, first) : "",
                         two ? period_text(w, grid, last) : "", T(w, L_BETTER)};
    table_header(&s, hdr, 4, false);
    for (size_t k = 0; k < ARRAY_LEN(HEADLINE_METRICS) && grid->nperiods && t->ngroups; k++) {
        size_t i = 0;
        while (i < t->ndefs && strcmp(t->defs[i]->id, HEADLINE_METRICS[k]) != 0) i++;
        if (i == t->ndefs) continue;
        const struct metric_def *m = t->defs[i];
        put_text(&s, 0, metric_header(w, m), NULL);
        put_cell(&s, 1, *rp_grid_cell(grid, 0, first, i), metric_numfmt(m), false);
        if (two) put_cell(&s, 2, *rp_grid_cell(grid, 0, last, i), metric_numfmt(m), false);
        put_text(&s, 3, T(w, m->higher_better ? L_HIGHER : L_LOWER), NULL);
        next_row(&s);
    }
    if (!grid->nperiods || !t->ngroups) {
        put_long_text(&s, 0, T(w, L_NO_RECORDS), w->f.subtitle);
        next_row(&s);
    } else if (grid->partial[first] || grid->partial[last]) {
        /* The * of a headline month is explained on the Metrics sheet only. */
        put_long_text(&s, 0, partial_note(w, grid), w->f.subtitle);
        next_row(&s);
    }
    /* A month the records of the scope cover whole can still lack one
     * practice's (its export not imported yet), or hold only part of them
     * (an export that stops halfway): inbound calls per day read as a fall
     * of a quarter where a practice of four was late. */
    const char *kind_words[GAP_COUNT] = {T(w, L_W_CONSULTS), T(w, L_W_MESSAGES), T(w, L_W_CALLS), ""};
    for (int end = 0; end <= 1 && grid->nperiods && t->ngroups; end++) {
        if (end && !two) break;
        size_t period = end ? last : first;
        char *found[2] = {report_absent_in_month(w->r, grid->first[period], kind_words),
                          report_cut_in_month(w->r, grid->first[period], kind_words, T(w, L_W_END_ON),
                                              T(w, L_W_BEGIN_ON))};
        static const enum label note[2] = {L_ABSENT_NOTE, L_CUT_NOTE};
        for (int i = 0; i < 2; i++) {
            if (!found[i]) continue;
            put_long_text(&s, 0, subst(w, T(w, note[i]), 2, period_text(w, grid, period), keepf(w, "%s", found[i])),
                          w->f.subtitle);
            next_row(&s);
            free(found[i]);
        }
    }
    double progress = 0;
    size_t complete = 0;
    for (size_t i = 0; i < r->nplans; i++) {
        progress += r->plans[i].progress;
        complete += r->plans[i].done == STEP_COUNT;
    }
    if (r->nplans) {
        put_text(&s, 0, T(w, L_AVG_PROGRESS), NULL);
        put_num(&s, 1, progress / (double)r->nplans, NF_PCT, false);
        next_row(&s);
    }
    put_text(&s, 0, T(w, L_PLANS_COMPLETE), NULL);
    put_num(&s, 1, (double)complete, NF_INT, false);
    next_row(&s);

    /* Goal statuses, coloured as on the Goals sheet. */
    section(&s, subst(w, T(w, L_GOALS_AS_OF), 1, w->date_as_of));
    const char *ghdr[] = {T(w, L_STATUS), T(w, L_GOALS), T(w, L_SHARE)};
    table_header(&s, ghdr, 3, false);
    size_t counts[GOAL_STATUS_COUNT] = {0};
    for (size_t i = 0; i < r->goals.count; i++) counts[r->goals.items[i].status]++;
    for (int i = 0; i < 5; i++) {
        put_text(&s, 0, goal_status_label(w, i), w->f.goal[i]);
        put_num(&s, 1, (double)counts[i], NF_INT, false);
        if (r->goals.count) put_num(&s, 2, (double)counts[i] / (double)r->goals.count, NF_PCT, false);
        next_row(&s);
    }
    put_text(&s, 0, T(w, L_TOTAL), w->f.total_text);
    put_num(&s, 1, (double)r->goals.count, NF_INT, true);
    put_num(&s, 2, r->goals.count ? 1.0 : NAN, NF_PCT, true);
    next_row(&s);

    /* Where the plans are: the funnel of the six steps. */
    section(&s, T(w, L_PLANS_PER_STEP));
    const char *phdr[] = {T(w, L_STEP), T(w, L_PLANS), T(w, L_SHARE)};
    table_header(&s, phdr, 3, false);
    for (int st = 0; st <= STEP_COUNT; st++) {
        size_t c = 0;
        for (size_t i = 0; i < r->nplans; i++) c += st == STEP_COUNT ? r->plans[i].current < 0 : r->plans[i].current == st;
        put_text(&s, 0, st == STEP_COUNT ? T(w, L_ALL_DONE) : vlabel(w, &VOCAB_STEPS, st), NULL);
        put_num(&s, 1, (double)c, NF_INT, false);
        if (r->nplans) put_num(&s, 2, (double)c / (double)r->nplans, NF_PCT, false);
        next_row(&s);
    }

    /* How much of the period each log covers. */
    section(&s, T(w, L_COVERAGE));
    table_header(&s, chdr, 8, false);
    static const enum label kinds[KIND_COUNT] = {L_K_CONSULTS, L_K_MESSAGES, L_K_CALLS, L_K_SURVEY,
                                                 L_K_REGISTRATIONS};
    for (int k = 0; k < KIND_COUNT; k++) {
        const struct rp_coverage *c = &r->coverage[k];
        put_text(&s, 0, T(w, kinds[k]), NULL);
        put_count(&s, 1, c->records, false);
        put_num(&s, 2, (double)c->practices, NF_INT, false);
        if (r->npractices) put_num(&s, 3, (double)c->practices / (double)r->npractices, NF_PCT, false);
        put_date(&s, 4, c->first);
        put_date(&s, 5, c->last);
        put_num(&s, 6, c->months, NF_INT, false);
        put_num(&s, 7, r->months, NF_INT, false);
        next_row(&s);
    }

    section(&s, T(w, L_COSTS_SECTION));
    double one_off = 0, yearly = 0;
    size_t with_costs = 0;
    for (size_t i = 0; i < r->nplans; i++) {
        const struct rp_plan *p = &r->plans[i];
        one_off += p->has_one_off ? p->one_off : 0;
        yearly += p->has_yearly ? p->yearly : 0;
        with_costs += p->has_one_off || p->has_yearly;
    }
    key_value_num(&s, L_ONE_OFF, one_off, NF_MONEY);
    key_value_num(&s, L_YEARLY, yearly, NF_MONEY);
    key_value_num(&s, L_PLANS_WITH_COSTS, (double)with_costs, NF_INT);
    sheet_end(&s, false, 0, 60);
    worksheet_activate(s.ws);
    return EH_OK;
}
