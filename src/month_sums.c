#include "month_sums.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "util.h"

static const char *const CONSULT_COLS[] = {
    "n", "f2f", "phone", "econsult", "video", "visit", "result", "medication", "followup", "other",
    "econsult_result", "econsult_medication", "econsult_followup", "econsult_other", "econsult_followed",
};
static const char *const MESSAGE_COLS[] = {"n", "answered", "econsult", "email", "sms", "whatsapp", "other"};
static const char *const CALL_COLS[] = {
    "inbound", "answered", "abandoned", "voicemail", "callback", "outbound",
    "inbound_wait_s", "answered_wait_s", "talk_s",
};

const struct month_sums_def MONTH_SUMS[KIND_COUNT] = {
    [KIND_CONSULTS] = {"consult_days", "consult_months", CONSULT_COLS, ARRAY_LEN(CONSULT_COLS)},
    [KIND_MESSAGES] = {"message_days", "message_months", MESSAGE_COLS, ARRAY_LEN(MESSAGE_COLS)},
    [KIND_CALLS] = {"call_days", "call_months", CALL_COLS, ARRAY_LEN(CALL_COLS)},
};

int month_refresh_begin(struct month_refresh *m, sqlite3 *db, enum log_kind kind, struct eh_error *err)
{
    memset(m, 0, sizeof *m);
    m->kind = kind;
    const struct month_sums_def *d = &MONTH_SUMS[kind];
    char *clear = xasprintf("DELETE FROM %s WHERE practice_id = ?1 AND month BETWEEN ?2 AND ?3", d->month_table);
    struct sbuf fill = {0};
    sbuf_addf(&fill, "INSERT OR FAIL INTO %s SELECT practice_id, substr(day, 1, 7), min(day), max(day), count(*)",
              d->month_table);
    for (size_t c = 0; c < d->ncols; c++) sbuf_addf(&fill, ", sum(%s)", d->cols[c]);
    /* ?2 ?3: months; every day of a month sorts between -01 and -31. */
    sbuf_addf(&fill, " FROM %s WHERE practice_id = ?1 AND day BETWEEN ?2 || '-01' AND ?3 || '-31' GROUP BY 2",
              d->day_table);
    int rc = db_prepare(db, &m->clear, clear, err) || db_prepare(db, &m->fill, fill.buf, err) ? EH_IO : EH_OK;
    free(clear);
    sbuf_free(&fill);
    if (rc) month_refresh_end(m);
    return rc;
}

int month_sums_refresh(struct month_refresh *m, long long practice, int first, int last, struct eh_error *err)
{
    sqlite3_stmt *st[2] = {m->clear, m->fill};
    int rc = EH_OK;
    for (int i = 0; i < 2 && !rc; i++) {
        sqlite3_bind_int64(st[i], 1, practice);
        db_bind_month(st[i], 2, first);
        db_bind_month(st[i], 3, last);
        rc = db_step_done(st[i], err, "summing the days per month");
        sqlite3_reset(st[i]);
    }
    return rc;
}

void month_refresh_end(struct month_refresh *m)
{
    sqlite3_finalize(m->clear);
    sqlite3_finalize(m->fill);
    m->clear = m->fill = NULL;
}

void month_sums_whole(int from, int to, int *first, int *last)
{
    int y, m, d;
    civil_from_days(from, &y, &m, &d);
    *first = d == 1 ? from : days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1);
    civil_from_days(to + 1, &y, &m, &d);
    *last = d == 1 ? to : days_from_civil(y, m, 1) - 1;
    if (*first > *last) {
        *first = to + 1;
        *last = to;
    }
}
