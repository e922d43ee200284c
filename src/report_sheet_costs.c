/*
 * The Costs sheet: the costs of the plans in scope, their funding sources,
 * barriers, solution directions and risks.
 */
#include <stdlib.h>

#include "report_sheet.h"
#include "util.h"
#include "vocab.h"

static const char *join_vocab(struct writer *w, const struct vocab *v, unsigned bits)
{
    struct sbuf s = {0};
    for (size_t i = 0; i < v->count; i++)
        if (bits & (1u << i)) sbuf_addf(&s, "%s%s", s.len ? "; " : "", vlabel(w, v, (int)i));
    return s.len ? keep(w, sbuf_detach(&s)) : (sbuf_free(&s), NULL);
}

static const char *join_directions(struct writer *w, unsigned bits)
{
    struct sbuf s = {0};
    for (int d = 1; d <= 11; d++)
        if (bits & (1u << d)) sbuf_addf(&s, "%s%d", s.len ? ", " : "", d);
    return s.len ? keep(w, sbuf_detach(&s)) : (sbuf_free(&s), NULL);
}

static void merged_label(struct sheet *s, const char *text, lxw_format *f)
{
    char *t = clean_text(text ? text : "");
    note(s->w, worksheet_merge_range(s->ws, s->row, 0, s->row, 4, t, f), s->name);
    free(t);
}

int write_costs(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    enum { C_PLAN, C_AGB, C_PRACTICE, C_CG, C_TYPE, C_ONE_OFF, C_YEARLY, C_FUNDING, C_BARRIERS, C_DIRECTIONS,
           C_RISKS, C_HIGH, C_COUNT };
    const char *hdr[C_COUNT] = {
        [C_PLAN] = T(w, L_PLAN), [C_AGB] = T(w, L_AGB), [C_PRACTICE] = T(w, L_PRACTICE),
        [C_CG] = T(w, L_CARE_GROUP), [C_TYPE] = T(w, L_APP_TYPE), [C_ONE_OFF] = T(w, L_ONE_OFF),
        [C_YEARLY] = T(w, L_YEARLY), [C_FUNDING] = T(w, L_FUNDING), [C_BARRIERS] = T(w, L_BARRIERS),
        [C_DIRECTIONS] = T(w, L_DIRECTIONS), [C_RISKS] = T(w, L_RISKS), [C_HIGH] = T(w, L_HIGH_RISKS),
    };
    sheet_span(&s, hdr, C_COUNT);
    sheet_title(&s, heading(w, SH_COSTS), T(w, L_COSTS_NOTE));
    next_row(&s);
    table_header(&s, hdr, C_COUNT, true);
    double one_off = 0, yearly = 0;
    long long risks = 0, high = 0;
    for (size_t i = 0; i < r->nplans; i++) {
        const struct rp_plan *p = &r->plans[i];
        put_text(&s, C_PLAN, plan_label(w, p->id), NULL);
        put_text(&s, C_AGB, p->agb, NULL);
        put_text(&s, C_PRACTICE, p->agb ? p->practice_name : T(w, L_CG_PLAN), NULL);
        put_text(&s, C_CG, p->care_group, NULL);
        put_text(&s, C_TYPE, vlabel(w, &VOCAB_APP_TYPES, p->app_type), NULL);
        if (p->has_one_off) put_num(&s, C_ONE_OFF, p->one_off, NF_MONEY, false);
        if (p->has_yearly) put_num(&s, C_YEARLY, p->yearly, NF_MONEY, false);
        put_text(&s, C_FUNDING, join_vocab(w, &VOCAB_FUNDING, p->funding), NULL);
        put_text(&s, C_BARRIERS, join_vocab(w, &VOCAB_BARRIERS, p->barriers), NULL);
        put_text(&s, C_DIRECTIONS, join_directions(w, p->directions), NULL);
        put_num(&s, C_RISKS, p->risks, NF_INT, false);
        put_num(&s, C_HIGH, p->high_risks, NF_INT, false);
        one_off += p->has_one_off ? p->one_off : 0;
        yearly += p->has_yearly ? p->yearly : 0;
        risks += p->risks;
        high += p->high_risks;
        table_row_done(&s);
    }
    table_end(&s);
    /* Totals as values, not formulas: every reader shows the same sum. */
    put_text(&s, C_PLAN, keepf(w, "%s (%zu)", T(w, L_TOTAL), r->nplans), w->f.total_text);
    for (lxw_col_t c = C_AGB; c < C_COUNT; c++) put_blank(&s, c, w->f.total_text);
    put_num(&s, C_ONE_OFF, one_off, NF_MONEY, true);
    put_num(&s, C_YEARLY, yearly, NF_MONEY, true);
    put_num(&s, C_RISKS, (double)risks, NF_INT, true);
    put_num(&s, C_HIGH, (double)high, NF_INT, true);
    next_row(&s);

    section(&s, T(w, L_FUNDING));
    const char *fh[] = {T(w, L_PLANS), T(w, L_ONE_OFF), T(w, L_YEARLY)};
    merged_header(&s, 4, T(w, L_FUNDING_SOURCE), fh, 3);
    for (size_t f = 0; f < VOCAB_FUNDING.count; f++) {
        size_t n = 0;
        double a = 0, b = 0;
        for (size_t i = 0; i < r->nplans; i++) {
            const struct rp_plan *p = &r->plans[i];
            if (!(p->funding & (1u << f))) continue;
            n++;
            a += p->has_one_off ? p->one_off : 0;
            b += p->has_yearly ? p->yearly : 0;
        }
        merged_label(&s, vlabel(w, &VOCAB_FUNDING, (int)f), NULL);
        put_num(&s, 5, (double)n, NF_INT, false);
        put_num(&s, 6, a, NF_MONEY, false);
        put_num(&s, 7, b, NF_MONEY, false);
        next_row(&s);
    }

    section(&s, T(w, L_BARRIERS));
    const char *bh[] = {T(w, L_PLANS), T(w, L_SHARE_OF_PLANS)};
    merged_header(&s, 4, T(w, L_BARRIER), bh, 2);
    for (size_t b = 0; b < VOCAB_BARRIERS.count; b++) {
        size_t n = 0;
        for (size_t i = 0; i < r->nplans; i++) n += (r->plans[i].barriers >> b) & 1u;
        merged_label(&s, vlabel(w, &VOCAB_BARRIERS, (int)b), NULL);
        put_num(&s, 5, (double)n, NF_INT, false);
        if (r->nplans) put_num(&s, 6, (double)n / (double)r->nplans, NF_PCT, false);
        next_row(&s);
    }

    section(&s, T(w, L_DIRECTIONS));
    const char *dh[] = {T(w, L_PLANS), T(w, L_SHARE_OF_PLANS)};
    merged_header(&s, 4, T(w, L_DIRECTION), dh, 2);
    for (int d = 1; d <= 11; d++) {
        size_t n = 0;
        for (size_t i = 0; i < r->nplans; i++) n += (r->plans[i].directions >> d) & 1u;
        merged_label(&s, keepf(w, "%d. %s", d, vlabel_text(w, &VOCAB_DIRECTIONS, d - 1)), NULL);
        put_num(&s, 5, (double)n, NF_INT, false);
        if (r->nplans) put_num(&s, 6, (double)n / (double)r->nplans, NF_PCT, false);
        next_row(&s);
    }
    sheet_end(&s, true, 1, 45);
    return EH_OK;
}
