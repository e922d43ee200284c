/*
 * The insurer's Solution directions sheet: how many plans and practices
 * each direction reaches, and how far their plans have come.
 */
#include <stdlib.h>
#include <string.h>

#include "report_sheet.h"
#include "util.h"
#include "vocab.h"

/* For each practice, the furthest plan naming direction d: its current
 * step (STEP_COUNT when every step is done), or -1 without such a plan. */
static void direction_steps(const struct report *r, int d, int *best)
{
    for (size_t p = 0; p < r->npractices; p++) best[p] = -1;
    for (size_t i = 0; i < r->nplans; i++) {
        const struct rp_plan *pl = &r->plans[i];
        if (!(pl->directions & (1u << d))) continue;
        int at = pl->current < 0 ? STEP_COUNT : pl->current;
        for (size_t p = 0; p < r->npractices; p++) {
            const struct rp_practice *pr = &r->practices[p];
            bool covers = pl->agb ? strcmp(pl->agb, pr->agb) == 0 : strcmp(pl->care_group, pr->care_group) == 0;
            if (covers && at > best[p]) best[p] = at;
        }
    }
}

int write_directions(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    enum { C_NO, C_SUBTHEME, C_DIRECTION, C_PLANS, C_PRACTICES, C_SHARE, C_STEP0, C_DONE = C_STEP0 + STEP_COUNT,
           C_COUNT };
    const char *hdr[C_COUNT] = {
        [C_NO] = T(w, L_NUMBER), [C_SUBTHEME] = T(w, L_SUBTHEME), [C_DIRECTION] = T(w, L_DIRECTION),
        [C_PLANS] = T(w, L_PLANS), [C_PRACTICES] = T(w, L_PRACTICES_REACHED), [C_SHARE] = T(w, L_SHARE_PRACTICES),
        [C_DONE] = T(w, L_ALL_DONE),
    };
    for (int i = 0; i < STEP_COUNT; i++) hdr[C_STEP0 + i] = keepf(w, "%d %s", i + 1, vlabel_text(w, &VOCAB_STEPS, i));
    sheet_span(&s, hdr, C_COUNT);
    sheet_title(&s, heading(w, SH_DIRECTIONS), T(w, L_DIR_NOTE));
    next_row(&s);
    table_header(&s, hdr, C_COUNT, true);
    int *best = xcalloc(r->npractices + 1, sizeof *best);
    /* [direction][care group]: practices with a plan naming it */
    size_t *by_cg = xcalloc(12 * (r->ncare_groups + 1), sizeof *by_cg);
    for (int d = 1; d <= 11; d++) {
        direction_steps(r, d, best);
        size_t plans = 0, reached = 0, at[STEP_COUNT + 1] = {0};
        for (size_t i = 0; i < r->nplans; i++) plans += (r->plans[i].directions >> d) & 1u;
        for (size_t p = 0; p < r->npractices; p++) {
            if (best[p] < 0) continue;
            reached++;
            at[best[p]]++;
            for (size_t c = 0; c < r->ncare_groups; c++)
                if (strcmp(r->care_groups[c], r->practices[p].care_group) == 0) by_cg[(size_t)d * r->ncare_groups + c]++;
        }
        int sub = vocab_direction_subtheme(d);
        put_id(&s, C_NO, d);
        put_text(&s, C_SUBTHEME, keepf(w, "%s %s", VOCAB_SUBTHEMES.entries[sub].key, vlabel_text(w, &VOCAB_SUBTHEMES, sub)),
                 NULL);
        put_text(&s, C_DIRECTION, vlabel(w, &VOCAB_DIRECTIONS, d - 1), NULL);
        put_num(&s, C_PLANS, (double)plans, NF_INT, false);
        put_num(&s, C_PRACTICES, (double)reached, NF_INT, false);
        if (r->npractices) put_num(&s, C_SHARE, (double)reached / (double)r->npractices, NF_PCT, false);
        for (int k = 0; k <= STEP_COUNT; k++) put_num(&s, C_STEP0 + (lxw_col_t)k, (double)at[k], NF_INT, false);
        table_row_done(&s);
    }
    table_end(&s);

    section(&s, T(w, L_DIR_BY_CG));
    const char *ch[12];
    ch[0] = T(w, L_PRACTICES);
    for (int d = 1; d <= 11; d++) ch[d] = subst(w, T(w, L_DIR_N), 1, itoa_kept(w, d));
    /* The care group's name spans the first three columns. */
    merged_header(&s, 2, T(w, L_CARE_GROUP), ch, 12);
    for (size_t c = 0; c < r->ncare_groups; c++) {
        size_t n = 0;
        for (size_t p = 0; p < r->npractices; p++) n += strcmp(r->practices[p].care_group, r->care_groups[c]) == 0;
        char *name = clean_text(r->care_groups[c]);
        note(w, worksheet_merge_range(s.ws, s.row, 0, s.row, 2, name, NULL), s.name);
        free(name);
        put_num(&s, 3, (double)n, NF_INT, false);
        for (int d = 1; d <= 11; d++) put_num(&s, (lxw_col_t)(3 + d), (double)by_cg[(size_t)d * r->ncare_groups + c], NF_INT, false);
        next_row(&s);
    }
    free(best);
    free(by_cg);
    sheet_end(&s, true, 3, 100);
    return EH_OK;
}
