/*
 * The Steps sheet: every plan in scope with the status of each of its six
 * steps, its current step, its progress and what is due next.
 */

#include "report_sheet.h"
#include "vocab.h"

int write_steps(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    enum { C_PLAN, C_TITLE, C_AGB, C_PRACTICE, C_CG, C_TYPE, C_APP, C_STEP0, C_CURRENT = C_STEP0 + STEP_COUNT,
           C_PROGRESS, C_DUE, C_MODE, C_DECISION, C_COUNT };
    /* The legend sits over the step columns. */
    const char *labels[STATUS_COUNT];
    lxw_format *formats[STATUS_COUNT];
    static const int order[STATUS_COUNT] = {STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED, STATUS_SKIPPED};
    for (int i = 0; i < STATUS_COUNT; i++) {
        labels[i] = step_status_label(w, order[i]);
        formats[i] = w->f.step[order[i]];
    }
    const char *hdr[C_COUNT] = {
        [C_PLAN] = T(w, L_PLAN), [C_TITLE] = T(w, L_PLAN_TITLE), [C_AGB] = T(w, L_AGB),
        [C_PRACTICE] = T(w, L_PRACTICE), [C_CG] = T(w, L_CARE_GROUP), [C_TYPE] = T(w, L_APP_TYPE),
        [C_APP] = T(w, L_APPLICATION), [C_CURRENT] = T(w, L_CURRENT_STEP), [C_PROGRESS] = T(w, L_PROGRESS),
        [C_DUE] = T(w, L_DUE), [C_MODE] = T(w, L_MODE), [C_DECISION] = T(w, L_DECISION),
    };
    for (int i = 0; i < STEP_COUNT; i++) hdr[C_STEP0 + i] = keepf(w, "%d %s", i + 1, vlabel_text(w, &VOCAB_STEPS, i));
    sheet_span(&s, hdr, C_COUNT);
    sheet_title(&s, heading(w, SH_STEPS), T(w, L_STEPS_NOTE));
    legend(&s, C_STEP0, labels, formats, STATUS_COUNT);
    table_header(&s, hdr, C_COUNT, true);
    for (size_t i = 0; i < r->nplans; i++) {
        const struct rp_plan *p = &r->plans[i];
        put_text(&s, C_PLAN, plan_label(w, p->id), NULL);
        put_text(&s, C_TITLE, p->title, NULL);
        put_text(&s, C_AGB, p->agb, NULL);
        put_text(&s, C_PRACTICE, p->agb ? p->practice_name : T(w, L_CG_PLAN), NULL);
        put_text(&s, C_CG, p->care_group, NULL);
        put_text(&s, C_TYPE, vlabel(w, &VOCAB_APP_TYPES, p->app_type), NULL);
        put_text(&s, C_APP, p->app_name, NULL);
        for (int k = 0; k < STEP_COUNT; k++) {
            int st = p->steps[k].status;
            put_text(&s, C_STEP0 + (lxw_col_t)k, step_status_label(w, st), st >= 0 ? w->f.step[st] : NULL);
        }
        put_text(&s, C_CURRENT, p->current < 0 ? T(w, L_ALL_DONE) : vlabel(w, &VOCAB_STEPS, p->current), NULL);
        put_num(&s, C_PROGRESS, p->progress, NF_PCT, false);
        if (p->current >= 0) put_date(&s, C_DUE, p->steps[p->current].due);
        put_text(&s, C_MODE, vlabel(w, &VOCAB_IMPLEMENT_MODE, p->mode), NULL);
        put_text(&s, C_DECISION, vlabel(w, &VOCAB_SCALE_DECISION, p->decision), NULL);
        table_row_done(&s);
    }
    table_end(&s);
    sheet_end(&s, true, 1, 45);
    return EH_OK;
}
