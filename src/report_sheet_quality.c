/*
 * The Data quality sheet: months without records per practice and log,
 * the import history, the rejected rows (reasons in the workbook's
 * language) and the source codes behind them that no map rule covers.
 */
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "reason_nl.h"
#include "report_sheet.h"

static const char *kind_text(const struct writer *w, const char *kind)
{
    static const enum label l[KIND_COUNT] = {L_K_CONSULTS, L_K_MESSAGES, L_K_CALLS, L_K_SURVEY, L_K_REGISTRATIONS};
    for (int k = 0; k < KIND_COUNT && kind; k++)
        if (strcmp(kind, LOG_KIND_NAMES[k]) == 0) return T(w, l[k]);
    return kind;
}

static const char *outcome_text(const struct writer *w, const char *outcome)
{
    if (outcome && strcmp(outcome, "imported") == 0) return T(w, L_OUTCOME_IMPORTED);
    if (outcome && strcmp(outcome, "refused") == 0) return T(w, L_OUTCOME_REFUSED);
    if (outcome && strcmp(outcome, "removed") == 0) return T(w, L_OUTCOME_REMOVED);
    return outcome;
}

int write_quality(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    /* The practices first: the question a board asks is who sends no data.
     * The import history counts rows of files, not patients, and is shown
     * in full in every workbook. */
    enum { G_AGB, G_PRACTICE, G_CG, G_GAP0, G_SURVEY = G_GAP0 + GAP_COUNT, G_ABANDONED, G_LIST, G_COUNT };
    const char *gh[G_COUNT] = {
        [G_AGB] = T(w, L_AGB), [G_PRACTICE] = T(w, L_PRACTICE), [G_CG] = T(w, L_CARE_GROUP),
        [G_GAP0] = T(w, L_GAP_CONSULTS), [G_GAP0 + 1] = T(w, L_GAP_MESSAGES), [G_GAP0 + 2] = T(w, L_GAP_CALLS),
        [G_GAP0 + 3] = T(w, L_GAP_REGISTRATIONS), [G_SURVEY] = T(w, L_LATEST_SURVEY),
        [G_ABANDONED] = T(w, L_ABANDONED_LOGGED), [G_LIST] = T(w, L_MISSING_LIST),
    };
    sheet_span(&s, gh, G_COUNT);
    sheet_title(&s, heading(w, SH_QUALITY),
                subst(w, T(w, L_QUALITY_NOTE), 2, w->date_from, w->date_to));
    next_row(&s);
    table_header(&s, gh, G_COUNT, true);
    const char *const gap_names[GAP_COUNT] = {T(w, L_W_CONSULTS), T(w, L_W_MESSAGES), T(w, L_W_CALLS),
                                              T(w, L_W_REGISTRATIONS)};
    for (size_t i = 0; i < r->npractices; i++) {
        const struct rp_practice *p = &r->practices[i];
        const struct rp_gaps *g = &r->gaps[i];
        put_text(&s, G_AGB, p->agb, NULL);
        put_text(&s, G_PRACTICE, p->name, NULL);
        put_text(&s, G_CG, p->care_group, NULL);
        for (int k = 0; k < GAP_COUNT; k++) put_num(&s, G_GAP0 + (lxw_col_t)k, g->missing[k], NF_INT, false);
        put_date(&s, G_SURVEY, g->latest_survey);
        if (g->inbound_calls > 0)
            put_text(&s, G_ABANDONED, T(w, g->abandoned_calls > 0 ? L_ABANDONED_YES : L_ABANDONED_NONE), NULL);
        char *months = report_gap_text(r, i, gap_names);
        put_long_text(&s, G_LIST, months ? months : T(w, L_NONE_FOUND), NULL);
        free(months);
        table_row_done(&s);
    }
    table_end(&s);

    section(&s, T(w, L_IMPORTS));
    enum { I_ID, I_FILE, I_KIND, I_FORMAT, I_AT, I_FIRST, I_LAST, I_READ, I_INSERTED, I_DUPS, I_SKIPPED, I_REJECTED,
           I_OUTCOME, I_COUNT };
    const char *ih[I_COUNT] = {
        [I_ID] = T(w, L_IMPORT), [I_FILE] = T(w, L_FILE), [I_KIND] = T(w, L_KIND), [I_FORMAT] = T(w, L_FORMAT),
        [I_AT] = T(w, L_IMPORTED_AT), [I_FIRST] = T(w, L_FIRST_DAY), [I_LAST] = T(w, L_LAST_DAY),
        [I_READ] = T(w, L_READ), [I_INSERTED] = T(w, L_INSERTED), [I_DUPS] = T(w, L_DUPLICATES),
        [I_SKIPPED] = T(w, L_SKIPPED), [I_REJECTED] = T(w, L_REJECTED), [I_OUTCOME] = T(w, L_OUTCOME),
    };
    table_header(&s, ih, I_COUNT, false);
    for (size_t i = 0; i < r->nimports; i++) {
        const struct rp_import *im = &r->imports[i];
        put_id(&s, I_ID, im->id);
        put_text(&s, I_FILE, im->file, NULL);
        put_text(&s, I_KIND, kind_text(w, im->kind), NULL);
        put_text(&s, I_FORMAT, im->format, NULL);
        int64_t civil;
        if (im->started_at && parse_local_time(im->started_at, strlen(im->started_at), &civil))
            put_num(&s, I_AT, (double)civil / 86400.0 + 25569.0, NF_DATETIME, false);
        put_date(&s, I_FIRST, im->first_day);
        put_date(&s, I_LAST, im->last_day);
        put_num(&s, I_READ, (double)im->read, NF_INT, false);
        put_num(&s, I_INSERTED, (double)im->inserted, NF_INT, false);
        put_num(&s, I_DUPS, (double)im->duplicates, NF_INT, false);
        put_num(&s, I_SKIPPED, (double)im->skipped, NF_INT, false);
        put_num(&s, I_REJECTED, (double)im->rejected, NF_INT, false);
        put_text(&s, I_OUTCOME, outcome_text(w, im->outcome), NULL);
        next_row(&s);
    }
    if (!r->nimports) {
        put_text(&s, I_ID, T(w, L_NONE_FOUND), NULL);
        next_row(&s);
    }

    section(&s, T(w, L_REJECTS));
    enum { R_ID, R_FILE, R_KIND, R_FIELD, R_ROWS, R_LINE, R_REASON, R_COUNT };
    const char *rh[R_COUNT] = {
        [R_ID] = T(w, L_IMPORT), [R_FILE] = T(w, L_FILE), [R_KIND] = T(w, L_KIND), [R_FIELD] = T(w, L_FIELD),
        [R_ROWS] = T(w, L_ROWS), [R_LINE] = T(w, L_FIRST_LINE), [R_REASON] = T(w, L_REASON),
    };
    table_header(&s, rh, R_COUNT, false);
    struct reason_nl *dutch = w->nl ? reason_nl_new() : NULL;
    for (size_t i = 0; i < r->nrejects; i++) {
        const struct rp_reject *j = &r->rejects[i];
        put_id(&s, R_ID, j->import_id);
        put_text(&s, R_FILE, j->file, NULL);
        put_text(&s, R_KIND, kind_text(w, j->kind), NULL);
        put_text(&s, R_FIELD, j->field, NULL);
        put_num(&s, R_ROWS, (double)j->rows, NF_INT, false);
        put_num(&s, R_LINE, (double)j->first_line, NF_INT, false);
        put_long_text(&s, R_REASON, dutch ? reason_nl(dutch, j->reason) : j->reason, NULL);
        next_row(&s);
    }
    reason_nl_free(dutch);
    if (!r->nrejects) {
        put_text(&s, R_ID, T(w, L_NONE_FOUND), NULL);
        next_row(&s);
    }

    section(&s, T(w, L_UNMAPPED));
    enum { U_ID, U_FILE, U_KIND, U_FIELD, U_CODE, U_ROWS, U_COUNT };
    const char *uh[U_COUNT] = {
        [U_ID] = T(w, L_IMPORT), [U_FILE] = T(w, L_FILE), [U_KIND] = T(w, L_KIND), [U_FIELD] = T(w, L_FIELD),
        [U_CODE] = T(w, L_CODE), [U_ROWS] = T(w, L_ROWS),
    };
    table_header(&s, uh, U_COUNT, false);
    for (size_t i = 0; i < r->nunmapped; i++) {
        const struct rp_unmapped *u = &r->unmapped[i];
        put_id(&s, U_ID, u->import_id);
        put_text(&s, U_FILE, u->file, NULL);
        put_text(&s, U_KIND, kind_text(w, u->kind), NULL);
        if (u->field) put_text(&s, U_FIELD, u->field, NULL);
        put_long_text(&s, U_CODE, u->value ? u->value : T(w, L_CODES_NOT_SHOWN), NULL);
        put_num(&s, U_ROWS, (double)u->rows, NF_INT, false);
        next_row(&s);
    }
    if (!r->nunmapped) {
        put_text(&s, U_ID, T(w, L_NONE_FOUND), NULL);
        next_row(&s);
    }
    sheet_end(&s, true, 2, 50);
    return EH_OK;
}
