#include "term_change.h"

#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "metric_eval.h"
#include "util.h"

int term_snapshot_take(sqlite3 *db, struct term_snapshot *out, struct eh_error *err)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    /* From the month sums: a month of a practice is a row, where the day
     * table would make every sync of a large database read a year of days
     * per practice, twice. Ordered by AGB, so that report can walk both
     * snapshots side by side. */
    if (db_prepare(db, &st,
                   "SELECT pr.agb, pr.name, " PRACTICE_TERM_SQL("pr.id") ", m.n, m.first, m.last "
                   "FROM practices pr JOIN (SELECT practice_id, sum(econsult) AS n, min(month) AS first, "
                   "max(month) AS last FROM message_months WHERE econsult > 0 GROUP BY practice_id) m "
                   "ON m.practice_id = pr.id ORDER BY pr.agb",
                   err))
        return EH_IO;
    size_t cap = 0;
    int rc;
    while (db_next(st, &rc, err, "reading the practices' response terms")) {
        GROW(out->items, cap, out->count + 1);
        struct practice_term *t = &out->items[out->count++];
        t->agb = xstrdup(db_text(st, 0));
        t->name = xstrdup(db_text(st, 1));
        t->hours = (long)sqlite3_column_int64(st, 2);
        t->messages = sqlite3_column_int64(st, 3);
        snprintf(t->first_month, sizeof t->first_month, "%.7s", db_text(st, 4));
        snprintf(t->last_month, sizeof t->last_month, "%.7s", db_text(st, 5));
    }
    sqlite3_finalize(st);
    if (rc) term_snapshot_free(out);
    return rc;
}

size_t term_snapshot_report(const struct term_snapshot *before, const struct term_snapshot *after, FILE *out)
{
    size_t printed = 0;
    for (size_t a = 0, b = 0; a < after->count; a++) {
        const struct practice_term *now = &after->items[a];
        while (b < before->count && strcmp(before->items[b].agb, now->agb) < 0) b++;
        if (b == before->count || strcmp(before->items[b].agb, now->agb) != 0) continue;
        const struct practice_term *was = &before->items[b];
        if (was->hours == now->hours) continue;
        char months[24];
        if (strcmp(now->first_month, now->last_month) == 0)
            snprintf(months, sizeof months, "%s", now->first_month);
        else
            snprintf(months, sizeof months, "%s to %s", now->first_month, now->last_month);
        char messages[64];
        if (now->messages == 1) snprintf(messages, sizeof messages, "its one e-consult message");
        else snprintf(messages, sizeof messages, "all its %lld e-consult messages", now->messages);
        fprintf(out,
                "ehtrack: practice %s (%s): its response term is now %ld hour%s, was %ld: response_in_term of %s "
                "(%s) is measured against %ld hour%s, so the figures of months already reported change too\n",
                now->agb, now->name, now->hours, now->hours == 1 ? "" : "s", was->hours, messages, months,
                now->hours, now->hours == 1 ? "" : "s");
        printed++;
    }
    return printed;
}

void term_snapshot_free(struct term_snapshot *s)
{
    for (size_t i = 0; i < s->count; i++) {
        free(s->items[i].agb);
        free(s->items[i].name);
    }
    free(s->items);
    memset(s, 0, sizeof *s);
}
