#include "record_carriers.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "util.h"

const struct carrier_kind CARRIER_KINDS[KIND_COUNT] = {
    [KIND_CONSULTS] = {"consults", "consult_carriers", "start, patient, channel, role, minutes, reason", 6,
                       {"start time", "patient number", "channel", "role", "duration", "reason"}},
    [KIND_MESSAGES] = {"messages", "message_carriers", "received, answered, patient, channel", 4,
                       {"received time", "answer time", "patient number", "channel"}},
    [KIND_CALLS] = {"calls", "call_carriers", "start, direction, wait_s, talk_s, outcome", 5,
                    {"start time", "direction", "wait", "talk time", "outcome"}},
    [KIND_SURVEY] = {"survey", "survey_carriers", "day, respondents, aware", 3,
                     {"date", "number of respondents", "number aware"}},
    [KIND_REGISTRATIONS] = {"registrations", "registration_carriers", "day, accounts", 2,
                            {"date", "number of accounts"}},
};

int carrier_figure(enum log_kind kind, const char *column)
{
    char *cols = xstrdup(CARRIER_KINDS[kind].figures), *save = NULL;
    int n = 0, found = -1;
    for (char *c = strtok_r(cols, ", ", &save); c && found < 0; c = strtok_r(NULL, ", ", &save), n++)
        if (strcmp(c, column) == 0) found = n;
    free(cols);
    return found;
}

enum figures_form {
    FIGURES_SAME,               /* "a IS ?4 AND b IS ?5 ..." */
    FIGURES_BOUND,              /* ", ?4, ?5, ..." */
    FIGURES_DIFFER,             /* "((a IS NOT ?4) << 0) | ((b IS NOT ?5) << 1) ..." */
};

/* The figures bound as the importer binds them, the n-th as ?(4 + n),
 * from the figure first on, in the form asked. */
static void bound_figures(struct sbuf *sql, const struct carrier_kind *k, enum figures_form form, int first)
{
    char *cols = xstrdup(k->figures), *save = NULL;
    int n = 0;
    bool any = false;
    for (char *c = strtok_r(cols, ", ", &save); c; c = strtok_r(NULL, ", ", &save), n++) {
        if (n < first) continue;
        if (form == FIGURES_BOUND) {
            sbuf_addf(sql, ", ?%d", 4 + n);
            continue;
        }
        /* After the first, a time (a message's answer) to the minute too. */
        const char *minute = first > 0 && strcmp(c, "answered") == 0 ? " / 60" : "";
        if (form == FIGURES_SAME) sbuf_addf(sql, "%s%s%s IS ?%d%s", any ? " AND " : "", c, minute, 4 + n, minute);
        /* SQLite gives << and | one precedence: each shift in brackets. */
        else sbuf_addf(sql, "%s((%s%s IS NOT ?%d%s) << %d)", any ? " | " : "", c, minute, 4 + n, minute, n - first);
        any = true;
    }
    if (form != FIGURES_BOUND && !any) sbuf_adds(sql, form == FIGURES_SAME ? "1" : "0");
    free(cols);
}

char *carriers_note_sql(enum log_kind kind, enum carrier_note step)
{
    const struct carrier_kind *k = &CARRIER_KINDS[kind];
    int import_param = 4 + k->nfigures;
    struct sbuf sql = {0};
    switch (step) {
    case NOTE_LOOKUP:
        sbuf_addf(&sql, "SELECT key, practice_id = ?2 AND id = ?3, import_id = ?%d, ", import_param);
        bound_figures(&sql, k, FIGURES_SAME, 0);
        /* The first figure is the record's time (or day), compared to the
         * minute: an export saved again by a spreadsheet drops seconds. */
        if (str_starts(k->figures, "day,"))
            sbuf_adds(&sql, ", day IS ?4");
        else
            sbuf_addf(&sql, ", %.*s / 60 IS ?4 / 60", (int)strcspn(k->figures, ","), k->figures);
        /* And every figure after it. */
        sbuf_adds(&sql, ", ");
        bound_figures(&sql, k, FIGURES_SAME, 1);
        /* And whether the record's time is later than the row's: a file
         * that lists its newest lines first kept the later row of an id. */
        sbuf_addf(&sql, ", %.*s > ?4", (int)strcspn(k->figures, ","), k->figures);
        sbuf_addf(&sql, " FROM %s WHERE key BETWEEN ?1 AND ?%d ORDER BY key", k->records, import_param + 1);
        break;
    case NOTE_SAME:
        sbuf_addf(&sql, "INSERT INTO %s(key, import_id, same) VALUES (?1, ?%d, 1) ON CONFLICT DO NOTHING",
                  k->carriers, import_param);
        break;
    case NOTE_OWN:
        sbuf_addf(&sql, "INSERT INTO %s(key, import_id, same, %s) VALUES (?1, ?%d, 0", k->carriers, k->figures,
                  import_param);
        bound_figures(&sql, k, FIGURES_BOUND, 0);
        sbuf_adds(&sql, ") ON CONFLICT DO NOTHING");
        break;
    case NOTE_EARLIER:
        /* A carrier of same = 1 holds the record's figures, which the
         * caller knows are not the row's; the first carrier is the
         * record's import_id. */
        sbuf_addf(&sql, "SELECT import_id FROM %s WHERE key = ?1 AND import_id <> ?%d UNION "
                        "SELECT import_id FROM %s WHERE key = ?1 AND import_id < ?%d AND (same = 1 OR NOT (",
                  k->records, import_param, k->carriers, import_param);
        bound_figures(&sql, k, FIGURES_SAME, 1);
        sbuf_adds(&sql, "))");
        break;
    case NOTE_DIFFER:
        sbuf_adds(&sql, "SELECT ");
        bound_figures(&sql, k, FIGURES_DIFFER, 1);
        sbuf_addf(&sql, " FROM %s WHERE key = ?1", k->records);
        break;
    }
    return sbuf_detach(&sql);
}

int carriers_freezer_open(struct carriers_freezer *f, sqlite3 *db, enum log_kind kind, struct eh_error *err)
{
    memset(f, 0, sizeof *f);
    f->db = db;
    f->kind = kind;
    const struct carrier_kind *k = &CARRIER_KINDS[kind];
    char *materialize = xasprintf("UPDATE %s SET same = 0, (%s) = (SELECT %s FROM %s WHERE key = ?1) "
                                  "WHERE key = ?1 AND same = 1",
                                  k->carriers, k->figures, k->figures, k->records);
    char *keep_first = xasprintf("INSERT INTO %s(key, import_id, same, %s) SELECT key, import_id, 0, %s "
                                 "FROM %s WHERE key = ?1 ON CONFLICT DO NOTHING",
                                 k->carriers, k->figures, k->figures, k->records);
    /* A call's first carrier keeps its figures as a leg (call_legs.h). */
    int rc = db_prepare(db, &f->materialize, materialize, err) ||
                     (kind != KIND_CALLS && db_prepare(db, &f->keep_first, keep_first, err))
                 ? EH_IO
                 : EH_OK;
    free(materialize);
    free(keep_first);
    if (rc) carriers_freezer_close(f);
    return rc;
}

int carriers_freeze(struct carriers_freezer *f, int64_t key, struct eh_error *err)
{
    sqlite3_stmt *steps[] = {f->materialize, f->keep_first};
    for (size_t i = 0; i < ARRAY_LEN(steps) && steps[i]; i++) {
        sqlite3_bind_int64(steps[i], 1, key);
        int rc = sqlite3_step(steps[i]);
        sqlite3_reset(steps[i]);
        if (rc != SQLITE_DONE) return db_fail(f->db, err, "recording what each import carried");
    }
    return EH_OK;
}

void carriers_freezer_close(struct carriers_freezer *f)
{
    sqlite3_finalize(f->materialize);
    sqlite3_finalize(f->keep_first);
    f->materialize = f->keep_first = NULL;
}
