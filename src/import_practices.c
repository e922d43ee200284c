#include "import_practices.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "util.h"

/* One (import, practice) pair and its days; an open-addressing table,
 * as the pairs are few (imports x practices) beside the records. */
struct carried {
    int64_t import_id, practice_id;
    int first, last;
    bool used;
};

struct carried_map {
    struct carried *slots;
    size_t cap, count;
};

static size_t slot_of(const struct carried_map *m, int64_t import_id, int64_t practice_id)
{
    uint64_t h = (uint64_t)import_id * 0x9E3779B97F4A7C15u ^ (uint64_t)practice_id * 0xC2B2AE3D27D4EB4Fu;
    size_t i = (size_t)(h ^ (h >> 29)) & (m->cap - 1);
    while (m->slots[i].used && (m->slots[i].import_id != import_id || m->slots[i].practice_id != practice_id))
        i = (i + 1) & (m->cap - 1);
    return i;
}

static void map_note(struct carried_map *m, int64_t import_id, int64_t practice_id, int day)
{
    if ((m->count + 1) * 2 > m->cap) {
        struct carried_map bigger = {xcalloc(m->cap ? m->cap * 2 : 1024, sizeof *m->slots),
                                     m->cap ? m->cap * 2 : 1024, 0};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].used) bigger.slots[slot_of(&bigger, m->slots[i].import_id, m->slots[i].practice_id)] =
                m->slots[i];
        bigger.count = m->count;
        free(m->slots);
        *m = bigger;
    }
    struct carried *c = &m->slots[slot_of(m, import_id, practice_id)];
    if (!c->used) {
        *c = (struct carried){import_id, practice_id, day, day, true};
        m->count++;
        return;
    }
    if (day < c->first) c->first = day;
    if (day > c->last) c->last = day;
}

/* Times are civil seconds (docs/design.md): their day is a division. */
static int civil_day(int64_t t)
{
    return (int)(t >= 0 ? t / 86400 : (t - 86399) / 86400);
}

/* Each row of sql: import id, practice id, and a time (day_is_text false)
 * or a date 'YYYY-MM-DD'. */
static int scan(sqlite3 *db, struct carried_map *m, const char *sql, bool day_is_text, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, sql, err)) return EH_IO;
    int rc;
    while (db_next(st, &rc, err, "reading which imports carried the records")) {
        int day;
        if (day_is_text) {
            const char *text = db_text(st, 2);
            if (!text || !parse_date(text, strlen(text), &day)) continue;
        } else {
            day = civil_day(sqlite3_column_int64(st, 2));
        }
        map_note(m, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), day);
    }
    sqlite3_finalize(st);
    return rc;
}

int import_practices_rebuild(sqlite3 *db, struct eh_error *err)
{
    static const struct {
        const char *sql;
        bool day_is_text;
    } sources[] = {
        {"SELECT import_id, practice_id, start FROM consults", false},
        {"SELECT c.import_id, t.practice_id, t.start FROM consult_carriers c JOIN consults t ON t.key = c.key", false},
        {"SELECT import_id, practice_id, received FROM messages", false},
        {"SELECT c.import_id, t.practice_id, t.received FROM message_carriers c JOIN messages t ON t.key = c.key",
         false},
        {"SELECT import_id, practice_id, start FROM calls", false},
        {"SELECT c.import_id, t.practice_id, t.start FROM call_carriers c JOIN calls t ON t.key = c.key", false},
        {"SELECT li.import_id, t.practice_id, t.start FROM call_leg_imports li "
         "JOIN call_legs l ON l.key = li.leg_key JOIN calls t ON t.key = l.call_key", false},
        {"SELECT import_id, practice_id, day FROM survey", true},
        {"SELECT c.import_id, t.practice_id, t.day FROM survey_carriers c JOIN survey t ON t.key = c.key", true},
        {"SELECT import_id, practice_id, day FROM registrations", true},
        {"SELECT c.import_id, t.practice_id, t.day FROM registration_carriers c "
         "JOIN registrations t ON t.key = c.key", true},
    };
    struct carried_map m = {0};
    int rc = EH_OK;
    for (size_t i = 0; i < ARRAY_LEN(sources) && !rc; i++)
        rc = scan(db, &m, sources[i].sql, sources[i].day_is_text, err);
    sqlite3_stmt *st = NULL;
    if (!rc && db_prepare(db, &st, "INSERT INTO import_practices(import_id, practice_id, first_day, last_day) "
                                   "VALUES (?1, ?2, ?3, ?4)", err))
        rc = EH_IO;
    for (size_t i = 0; i < m.cap && !rc; i++) {
        if (!m.slots[i].used) continue;
        sqlite3_bind_int64(st, 1, m.slots[i].import_id);
        sqlite3_bind_int64(st, 2, m.slots[i].practice_id);
        db_bind_date(st, 3, m.slots[i].first);
        db_bind_date(st, 4, m.slots[i].last);
        if (sqlite3_step(st) != SQLITE_DONE) rc = db_fail(db, err, "recording which imports carried the records");
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    free(m.slots);
    return rc;
}
