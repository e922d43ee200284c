/*
 * The Goals sheet: each goal of the plans in scope with its baseline,
 * target, current value, forecast and status; values over too few records
 * are hidden in aggregate workbooks as the Metrics sheet hides them.
 */

#include "datetime.h"
#include "goal_eval.h"
#include "report_sheet.h"
#include "util.h"

/* A goal's measured value in an aggregate workbook: hidden like any other
 * value over few records. */
static struct rp_cell goal_cell(const struct report *r, const struct metric_def *m, bool has, double v,
                                const struct goal_basis *b)
{
    if (!b->measured) {
        struct rp_cell c = {has ? CELL_VALUE : CELL_EMPTY, v};
        return c;
    }
    return report_cell(r, m, has, v, b->has_numerator, b->numerator, b->has_denominator, b->denominator, b->records);
}

/* One goal's practice whose log ends (or begins) on day, for the note
 * under the table. A practice's own workbook names no other practice (its
 * Comparison shows them only as a distribution): the care group's goal
 * says "another practice". */
static void add_practice_gap(struct writer *w, struct sbuf *gaps, enum label item, const struct goal_result *g,
                             const char *agb, int day)
{
    const struct report *r = w->r;
    char date[11];
    format_date(day, date);
    const char *who = r->opt.kind == REPORT_PRACTICE && strcmp(agb, r->opt.name) != 0
                          ? T(w, L_ANOTHER_PRACTICE)
                          : subst(w, T(w, L_PRACTICE_NAMED), 1, agb);
    sbuf_addf(gaps, "%s%s", gaps->len ? "; " : "", subst(w, T(w, item), 4, plan_label(w, g->plan), g->goal, who, date));
}

int write_goals(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    /* What the sheet itself cannot show: why a cell is empty, and that a
     * count's current and forecast are of other spans. */
    const char *subtitle = subst(w, T(w, L_GOALS_NOTE), 1, w->date_as_of);
    bool counts = false, dated = false;
    for (size_t i = 0; i < r->goals.count; i++) {
        counts |= r->goals.items[i].metric->compute == COMPUTE_COUNT;
        dated |= r->goals.items[i].current_days != 0;
    }
    if (dated) subtitle = keepf(w, "%s %s", subtitle, T(w, L_GOALS_DATED));
    if (counts) subtitle = keepf(w, "%s %s", subtitle, T(w, L_GOALS_COUNT));
    if (r->aggregate) subtitle = keepf(w, "%s %s %s", subtitle, privacy_note(w), T(w, L_GOALS_HIDDEN));
    enum { C_PLAN, C_GOAL, C_AGB, C_PRACTICE, C_CG, C_METRIC, C_BASELINE, C_TARGET, C_CURRENT, C_FORECAST,
           C_DEADLINE, C_STATUS, C_WEEKS, C_COUNT };
    const char *labels[5];
    for (int i = 0; i < 5; i++) labels[i] = goal_status_label(w, i);
    const char *hdr[C_COUNT] = {
        [C_PLAN] = T(w, L_PLAN), [C_GOAL] = T(w, L_GOAL), [C_AGB] = T(w, L_AGB), [C_PRACTICE] = T(w, L_PRACTICE),
        [C_CG] = T(w, L_CARE_GROUP), [C_METRIC] = T(w, L_METRIC), [C_BASELINE] = T(w, L_BASELINE),
        [C_TARGET] = T(w, L_TARGET), [C_CURRENT] = T(w, L_CURRENT), [C_FORECAST] = T(w, L_FORECAST),
        [C_DEADLINE] = T(w, L_DEADLINE), [C_STATUS] = T(w, L_STATUS), [C_WEEKS] = T(w, L_WEEKS),
    };
    struct sbuf outside = {0};
    bool outside_portal = false;
    sheet_span(&s, hdr, C_COUNT);
    sheet_title(&s, heading(w, SH_GOALS), subtitle);
    legend(&s, C_BASELINE, labels, w->f.goal, 5);
    table_header(&s, hdr, C_COUNT, true);
    for (size_t i = 0; i < r->goals.count; i++) {
        const struct goal_result *g = &r->goals.items[i];
        const struct metric_def *m = g->metric;
        enum numfmt nf = metric_numfmt(m);
        const struct rp_practice *p = practice_by_agb(r, g->practice);
        put_text(&s, C_PLAN, plan_label(w, g->plan), NULL);
        put_text(&s, C_GOAL, g->goal, NULL);
        put_text(&s, C_AGB, g->practice, NULL);
        put_text(&s, C_PRACTICE, p ? p->name : T(w, L_CG_PLAN), NULL);
        put_text(&s, C_CG, g->care_group, NULL);
        put_text(&s, C_METRIC, metric_header(w, m), NULL);
        struct rp_cell base = goal_cell(r, m, g->has_baseline, g->baseline, &g->baseline_basis);
        struct rp_cell cur = goal_cell(r, m, g->has_current, g->current, &g->current_basis);
        /* A target derived from a hidden baseline would give the baseline back. */
        struct rp_cell target = {g->has_target ? CELL_VALUE : CELL_EMPTY, g->target};
        if (g->baseline_basis.measured && base.state != CELL_VALUE && target.state == CELL_VALUE)
            target.state = CELL_HIDDEN;
        struct rp_cell fc = {g->has_forecast ? CELL_VALUE : CELL_EMPTY, g->forecast};
        if (cur.state != CELL_VALUE && fc.state == CELL_VALUE) fc.state = CELL_HIDDEN;
        put_cell(&s, C_BASELINE, base, nf, false);
        put_cell(&s, C_TARGET, target, nf, false);
        put_cell(&s, C_CURRENT, cur, nf, false);
        if (cur.state == CELL_VALUE && goal_current_out_of_range(g)) {
            sbuf_addf(&outside, "%s%s", outside.len ? "; " : "",
                      subst(w, T(w, L_OUT_OF_RANGE_ITEM), 3, plan_label(w, g->plan), g->goal,
                            metric_text_outside(w, m, g->current)));
            outside_portal |= m->kind == KIND_REGISTRATIONS;
        }
        /* No forecast on too few weeks: say so rather than leave it blank. */
        if (g->weekly_points < FORECAST_MIN_POINTS && fc.state == CELL_EMPTY)
            put_text(&s, C_FORECAST, T(w, L_FEW_WEEKS), NULL);
        else
            put_cell(&s, C_FORECAST, fc, nf, false);
        put_date(&s, C_DEADLINE, g->deadline);
        int st = (int)g->status;
        put_text(&s, C_STATUS, goal_status_label(w, st), w->f.goal[st]);
        put_num(&s, C_WEEKS, g->weekly_points, NF_INT, false);
        table_row_done(&s);
    }
    table_end(&s);
    /* goals says it on stderr; a board reading the sheet sees only the
     * figure. */
    struct sbuf part = {0};
    for (size_t i = 0; i < r->goals.count; i++) {
        const struct goal_result *g = &r->goals.items[i];
        if (!goal_baseline_uncovered(g)) continue;
        char from[11], first[11], last[11], to[11];
        format_date(g->baseline_basis.from, from);
        format_date(g->baseline_basis.to, to);
        format_date(g->baseline_basis.first_record, first);
        format_date(g->baseline_basis.last_record, last);
        sbuf_addf(&part, "%s%s", part.len ? "; " : "",
                  subst(w, T(w, L_BASELINE_ITEM), 6, plan_label(w, g->plan), g->goal, from, to, first, last));
    }
    if (part.len) {
        next_row(&s);
        put_long_text(&s, 0, subst(w, T(w, L_BASELINE_PART), 1, keepf(w, "%s", sbuf_str(&part))), w->f.subtitle);
        next_row(&s);
    }
    bool noted = part.len > 0;
    sbuf_free(&part);
    if (outside.len) {
        if (!noted) next_row(&s);
        const char *note = subst(w, T(w, L_OUT_OF_RANGE), 1, keepf(w, "%s", sbuf_str(&outside)));
        if (outside_portal) note = keepf(w, "%s %s", note, T(w, L_OUT_OF_RANGE_PORTAL));
        put_long_text(&s, 0, note, w->f.subtitle);
        next_row(&s);
        noted = true;
    }
    sbuf_free(&outside);
    /* A care group's figure with one practice's export broken off reads as
     * progress (or its loss); goals warns on stderr. A value hidden for
     * too few records is not named. */
    struct sbuf gaps = {0};
    for (size_t i = 0; i < r->goals.count; i++) {
        const struct goal_result *g = &r->goals.items[i];
        struct rp_cell cur = goal_cell(r, g->metric, g->has_current, g->current, &g->current_basis);
        if (cur.state != CELL_VALUE) continue;
        if (goal_practice_stopped(g, r->opt.as_of)) {
            add_practice_gap(w, &gaps, L_PRACTICE_GAP_END, g, g->stopped_practice, g->stopped_last);
            /* The one named ends first; the others are counted. */
            if (g->practices_stopped == 2) sbuf_addf(&gaps, " %s", T(w, L_PRACTICE_GAP_MORE_ONE));
            if (g->practices_stopped > 2)
                sbuf_addf(&gaps, " %s", subst(w, T(w, L_PRACTICE_GAP_MORE), 1,
                                              keepf(w, "%d", g->practices_stopped - 1)));
        }
        if (goal_practice_late(g)) add_practice_gap(w, &gaps, L_PRACTICE_GAP_BEGIN, g, g->late_practice, g->late_first);
    }
    if (gaps.len) {
        if (!noted) next_row(&s);
        put_long_text(&s, 0, subst(w, T(w, L_PRACTICE_GAPS), 1, keepf(w, "%s", sbuf_str(&gaps))), w->f.subtitle);
        next_row(&s);
    }
    sbuf_free(&gaps);
    sheet_end(&s, true, 2, 45);
    return EH_OK;
}
