#include "db.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "datetime.h"
#include "id_rehash.h"
#include "import_practices.h"
#include "paths.h"
#include "record_key.h"
#include "sql_memory.h"
#include "sql_stats.h"
#include "util.h"

/* Migration n takes the schema from version n-1 to n. Append only: a
 * released migration never changes, a new one follows it. */
static const char *const migrations[] = {
    /* 1: practices and plans, with history */
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE practices("
    "  id INTEGER PRIMARY KEY,"
    "  agb TEXT NOT NULL UNIQUE CHECK (length(agb) = 8),"
    "  name TEXT NOT NULL,"
    "  care_group TEXT NOT NULL,"
    "  region TEXT NOT NULL,"
    "  list_size INTEGER NOT NULL CHECK (list_size > 0),"
    "  source TEXT NOT NULL,"
    "  synced_at TEXT NOT NULL);"
    "CREATE INDEX practices_care_group ON practices(care_group);"
    "CREATE INDEX practices_region ON practices(region);"
    "CREATE TABLE practice_insurers("
    "  practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL,"
    "  insurer TEXT NOT NULL,"
    "  PRIMARY KEY (practice_id, position)) WITHOUT ROWID;"
    "CREATE INDEX practice_insurers_insurer ON practice_insurers(insurer);"
    "CREATE TABLE plans("
    "  id TEXT PRIMARY KEY,"
    "  title TEXT NOT NULL,"
    "  practice_id INTEGER REFERENCES practices(id),"
    "  care_group TEXT,"
    "  app_type TEXT NOT NULL,"
    "  app_name TEXT NOT NULL,"
    "  vendor TEXT,"
    "  response_term_hours INTEGER,"
    "  triage TEXT, answer_moment TEXT, offer TEXT, policy TEXT, address TEXT,"
    "  one_off_eur REAL, yearly_eur REAL,"
    "  notes TEXT,"
    "  source TEXT NOT NULL,"
    "  digest TEXT NOT NULL,"
    "  snapshot TEXT NOT NULL,"
    "  synced_at TEXT NOT NULL,"
    "  CHECK ((practice_id IS NULL) <> (care_group IS NULL)));"
    "CREATE INDEX plans_practice ON plans(practice_id);"
    "CREATE TABLE plan_steps("
    "  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
    "  step TEXT NOT NULL, position INTEGER NOT NULL, status TEXT NOT NULL,"
    "  started TEXT, completed TEXT, due TEXT, owner TEXT, mode TEXT, decision TEXT, notes TEXT,"
    "  PRIMARY KEY (plan_id, step)) WITHOUT ROWID;"
    "CREATE TABLE plan_checklist("
    "  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
    "  step TEXT NOT NULL, item TEXT NOT NULL, done INTEGER NOT NULL,"
    "  PRIMARY KEY (plan_id, step, item)) WITHOUT ROWID;"
    "CREATE TABLE plan_goals("
    "  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
    "  goal_id TEXT NOT NULL, position INTEGER NOT NULL, metric TEXT NOT NULL,"
    "  target REAL, change REAL, baseline_value REAL, baseline_from TEXT, baseline_to TEXT,"
    "  deadline TEXT NOT NULL, notes TEXT,"
    "  PRIMARY KEY (plan_id, goal_id)) WITHOUT ROWID;"
    "CREATE TABLE plan_directions("
    "  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
    "  direction INTEGER NOT NULL CHECK (direction BETWEEN 1 AND 11),"
    "  PRIMARY KEY (plan_id, direction)) WITHOUT ROWID;"
    "CREATE TABLE plan_barriers("
    "  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
    "  barrier TEXT NOT NULL, PRIMARY KEY (plan_id, barrier)) WITHOUT ROWID;"
    "CREATE TABLE plan_funding("
    "  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
    "  source TEXT NOT NULL, PRIMARY KEY (plan_id, source)) WITHOUT ROWID;"
    "CREATE TABLE plan_risks("
    "  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL, risk TEXT NOT NULL, likelihood TEXT, impact TEXT, mitigation TEXT,"
    "  PRIMARY KEY (plan_id, position)) WITHOUT ROWID;"
    "CREATE TABLE plan_history("
    "  id INTEGER PRIMARY KEY,"
    "  plan_id TEXT NOT NULL,"
    "  recorded_at TEXT NOT NULL,"
    "  digest TEXT NOT NULL,"
    "  source TEXT NOT NULL,"
    "  changes TEXT NOT NULL,"
    "  snapshot TEXT NOT NULL);"
    "CREATE INDEX plan_history_plan ON plan_history(plan_id, id);",

    /* 2: imported logs. Times are local wall-clock seconds since 1970
     * (datetime(start, 'unixepoch') reads them); ams_utc() gives real time.
     * A record's identity is (practice_id, id): id is the source's (integer
     * or text) or '#' and a hash of the fields. `key` encodes that identity
     * as one integer (import_run.c), so deduplication is a rowid lookup and
     * an export in id order appends. The *_days tables are kept by the
     * importer so counts per day never need a scan of the rows. Practices
     * are checked by the importer against the register; a foreign key per
     * row would cost 5% of an import for no extra safety. */
    "CREATE TABLE imports("
    "  id INTEGER PRIMARY KEY,"
    "  file TEXT NOT NULL, format TEXT NOT NULL, kind TEXT NOT NULL, practice TEXT,"
    "  strict INTEGER NOT NULL DEFAULT 0,"
    "  started_at TEXT NOT NULL, finished_at TEXT, bytes INTEGER,"
    "  read INTEGER NOT NULL DEFAULT 0, inserted INTEGER NOT NULL DEFAULT 0,"
    "  duplicates INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,"
    "  rejected INTEGER NOT NULL DEFAULT 0,"
    "  first_day TEXT, last_day TEXT,"
    "  outcome TEXT NOT NULL DEFAULT 'imported', notes TEXT);"
    "CREATE TABLE rejects("
    "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
    "  line INTEGER NOT NULL, col INTEGER, field TEXT, reason TEXT NOT NULL);"
    "CREATE INDEX rejects_import ON rejects(import_id, line);"
    "CREATE TABLE consults("
    "  key INTEGER PRIMARY KEY,"
    "  practice_id INTEGER NOT NULL,"
    "  id NOT NULL,"
    "  start INTEGER NOT NULL,"
    "  patient INTEGER NOT NULL,"
    "  channel TEXT NOT NULL, role TEXT NOT NULL, minutes INTEGER, reason TEXT,"
    "  import_id INTEGER NOT NULL);"
    "CREATE TABLE consult_days("
    "  practice_id INTEGER NOT NULL, day TEXT NOT NULL,"
    "  n INTEGER NOT NULL,"
    "  f2f INTEGER NOT NULL, phone INTEGER NOT NULL, econsult INTEGER NOT NULL,"
    "  video INTEGER NOT NULL, visit INTEGER NOT NULL,"
    "  result INTEGER NOT NULL, medication INTEGER NOT NULL, followup INTEGER NOT NULL, other INTEGER NOT NULL,"
    "  econsult_result INTEGER NOT NULL, econsult_medication INTEGER NOT NULL,"
    "  econsult_followup INTEGER NOT NULL, econsult_other INTEGER NOT NULL,"
    "  PRIMARY KEY (practice_id, day)) WITHOUT ROWID;"
    "CREATE TABLE messages("
    "  key INTEGER PRIMARY KEY,"
    "  practice_id INTEGER NOT NULL,"
    "  id NOT NULL,"
    "  received INTEGER NOT NULL, answered INTEGER, patient INTEGER, channel TEXT NOT NULL,"
    "  import_id INTEGER NOT NULL);"
    "CREATE INDEX messages_received ON messages(practice_id, received);"
    "CREATE TABLE calls("
    "  key INTEGER PRIMARY KEY,"
    "  practice_id INTEGER NOT NULL,"
    "  id NOT NULL,"
    "  start INTEGER NOT NULL, direction TEXT NOT NULL, wait_s INTEGER NOT NULL,"
    "  talk_s INTEGER NOT NULL, outcome TEXT NOT NULL,"
    "  import_id INTEGER NOT NULL);"
    "CREATE TABLE call_days("
    "  practice_id INTEGER NOT NULL, day TEXT NOT NULL,"
    "  inbound INTEGER NOT NULL, answered INTEGER NOT NULL, abandoned INTEGER NOT NULL,"
    "  voicemail INTEGER NOT NULL, callback INTEGER NOT NULL, outbound INTEGER NOT NULL,"
    "  inbound_wait_s INTEGER NOT NULL, answered_wait_s INTEGER NOT NULL, talk_s INTEGER NOT NULL,"
    "  PRIMARY KEY (practice_id, day)) WITHOUT ROWID;"
    "CREATE TABLE survey("
    "  key INTEGER PRIMARY KEY,"
    "  practice_id INTEGER NOT NULL,"
    "  id NOT NULL, day TEXT NOT NULL,"
    "  respondents INTEGER NOT NULL, aware INTEGER NOT NULL CHECK (aware <= respondents),"
    "  import_id INTEGER NOT NULL);"
    "CREATE INDEX survey_day ON survey(practice_id, day);"
    "CREATE TABLE registrations("
    "  key INTEGER PRIMARY KEY,"
    "  practice_id INTEGER NOT NULL,"
    "  id NOT NULL, day TEXT NOT NULL, accounts INTEGER NOT NULL,"
    "  import_id INTEGER NOT NULL);"
    "CREATE INDEX registrations_day ON registrations(practice_id, day);",

    /* 3: a practice's website and phone number (register keys), which the
     * patient communication texts print */
    "ALTER TABLE practices ADD COLUMN website TEXT; ALTER TABLE practices ADD COLUMN phone TEXT;",

    /* 4: what an import skipped (rows a format skips are no rejects) and
     * the source codes it could not map; calls written as several rows.
     * A call of a format with same_id: legs is the merge of its legs
     * (call_legs.c): call_legs holds every distinct leg once, keyed by a
     * hash of the call and the leg's figures; call_leg_imports every
     * import that carried a leg, so a call can be merged again from the
     * legs that remain when an import is taken back. */
    "ALTER TABLE imports ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE imports ADD COLUMN unmapped_other INTEGER NOT NULL DEFAULT 0;"
    "CREATE TABLE import_unmapped("
    "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
    "  field TEXT NOT NULL, value TEXT NOT NULL, rows INTEGER NOT NULL,"
    "  PRIMARY KEY (import_id, field, value)) WITHOUT ROWID;"
    "CREATE TABLE call_legs("
    "  key INTEGER PRIMARY KEY,"
    "  call_key INTEGER NOT NULL,"
    "  start INTEGER NOT NULL, direction TEXT NOT NULL, wait_s INTEGER NOT NULL,"
    "  talk_s INTEGER NOT NULL, outcome TEXT NOT NULL);"
    "CREATE INDEX call_legs_call ON call_legs(call_key);"
    "CREATE TABLE call_leg_imports("
    "  import_id INTEGER NOT NULL, leg_key INTEGER NOT NULL,"
    "  PRIMARY KEY (import_id, leg_key)) WITHOUT ROWID;"
    "CREATE INDEX call_leg_imports_leg ON call_leg_imports(leg_key);",

    /* 5: plan lifecycle. A retired plan stays with its history but leaves
     * status, goals and reports; source_path is the plan file's absolute
     * path, so a later sync can tell that the file is gone or holds another
     * id. Each history entry records who recorded it and, for a file in a
     * git work tree, the commit and author of the file's last change and
     * whether the file synced differed from it (git_uncommitted 1). */
    "ALTER TABLE plans ADD COLUMN retired_at TEXT;"
    "ALTER TABLE plans ADD COLUMN source_path TEXT;"
    "ALTER TABLE plan_history ADD COLUMN recorded_by TEXT;"
    "ALTER TABLE plan_history ADD COLUMN git_commit TEXT;"
    "ALTER TABLE plan_history ADD COLUMN git_author TEXT;"
    "ALTER TABLE plan_history ADD COLUMN git_uncommitted INTEGER;",

    /* 6: which imports carried each record, so an import can be taken
     * back (record_carriers.h, import_remove.h). A record's import_id is
     * the first import that carried it; every later import that carried
     * it again has a row in the kind's *_carriers table, with same = 1
     * when it carried the figures the record holds, else its own figures.
     * Rows only for records carried twice: an import of new records
     * writes none. tracked marks the imports made with this bookkeeping;
     * import_removals records each import taken back. */
    "ALTER TABLE imports ADD COLUMN tracked INTEGER NOT NULL DEFAULT 0;"
    /* legs: the import's format wrote calls as legs (a plain import's call
     * is a leg only once legs of it arrive). Earlier imports with legs
     * stored are taken for such imports. */
    "ALTER TABLE imports ADD COLUMN legs INTEGER NOT NULL DEFAULT 0;"
    "UPDATE imports SET legs = 1 WHERE kind = 'calls' AND format <> 'canonical' "
    "  AND id IN (SELECT import_id FROM call_leg_imports);"
    "CREATE TABLE consult_carriers("
    "  key INTEGER NOT NULL, import_id INTEGER NOT NULL, same INTEGER NOT NULL,"
    "  start INTEGER, patient INTEGER, channel TEXT, role TEXT, minutes INTEGER, reason TEXT,"
    "  PRIMARY KEY (key, import_id)) WITHOUT ROWID;"
    "CREATE TABLE message_carriers("
    "  key INTEGER NOT NULL, import_id INTEGER NOT NULL, same INTEGER NOT NULL,"
    "  received INTEGER, answered INTEGER, patient INTEGER, channel TEXT,"
    "  PRIMARY KEY (key, import_id)) WITHOUT ROWID;"
    "CREATE TABLE call_carriers("
    "  key INTEGER NOT NULL, import_id INTEGER NOT NULL, same INTEGER NOT NULL,"
    "  start INTEGER, direction TEXT, wait_s INTEGER, talk_s INTEGER, outcome TEXT,"
    "  PRIMARY KEY (key, import_id)) WITHOUT ROWID;"
    "CREATE TABLE survey_carriers("
    "  key INTEGER NOT NULL, import_id INTEGER NOT NULL, same INTEGER NOT NULL,"
    "  day TEXT, respondents INTEGER, aware INTEGER,"
    "  PRIMARY KEY (key, import_id)) WITHOUT ROWID;"
    "CREATE TABLE registration_carriers("
    "  key INTEGER NOT NULL, import_id INTEGER NOT NULL, same INTEGER NOT NULL,"
    "  day TEXT, accounts INTEGER,"
    "  PRIMARY KEY (key, import_id)) WITHOUT ROWID;"
    "CREATE TABLE import_removals("
    "  import_id INTEGER PRIMARY KEY REFERENCES imports(id),"
    "  removed_at TEXT NOT NULL, removed_by TEXT,"
    "  deleted INTEGER NOT NULL, kept INTEGER NOT NULL, changed INTEGER NOT NULL);",

    /* 7: a record whose id is not packed lies in its practice's hashed
     * range (record_key.h) instead of anywhere from 2^62, so an import
     * sorted by key appends. No table changes: migration_code moves the
     * records, their carriers and the legs of their calls. */
    "",

    /* 8: every figure from day tables (day_refresh.h). consult_days
     * counts the e-consults of a day followed within 14 days of real time
     * by a face-to-face, phone, video or visit consult of the same patient
     * at the same practice; message_days counts messages by received day;
     * econsult_responses counts the answered e-consult messages of a
     * received day by their response time in seconds (real time), from
     * which a median is exact; econsult_open counts the unanswered ones by
     * the real time they were received, for the terms that ended before an
     * as-of date. Built here from the logs once; kept by imports and by
     * taking an import back from then on. */
    "ALTER TABLE consult_days ADD COLUMN econsult_followed INTEGER NOT NULL DEFAULT 0;"
    "CREATE TABLE message_days("
    "  practice_id INTEGER NOT NULL, day TEXT NOT NULL,"
    "  n INTEGER NOT NULL, answered INTEGER NOT NULL,"
    "  econsult INTEGER NOT NULL, email INTEGER NOT NULL, sms INTEGER NOT NULL,"
    "  whatsapp INTEGER NOT NULL, other INTEGER NOT NULL,"
    "  PRIMARY KEY (practice_id, day)) WITHOUT ROWID;"
    "CREATE TABLE econsult_responses("
    "  practice_id INTEGER NOT NULL, day TEXT NOT NULL, seconds INTEGER NOT NULL, n INTEGER NOT NULL,"
    "  PRIMARY KEY (practice_id, day, seconds)) WITHOUT ROWID;"
    "CREATE TABLE econsult_open("
    "  practice_id INTEGER NOT NULL, day TEXT NOT NULL, received_utc INTEGER NOT NULL, n INTEGER NOT NULL,"
    "  PRIMARY KEY (practice_id, day, received_utc)) WITHOUT ROWID;"
    "INSERT INTO message_days "
    "  SELECT practice_id, date(received, 'unixepoch'), count(*), count(answered),"
    "    sum(channel = 'econsult'), sum(channel = 'email'), sum(channel = 'sms'),"
    "    sum(channel = 'whatsapp'), sum(channel = 'other')"
    "  FROM messages GROUP BY 1, 2;"
    "INSERT INTO econsult_responses "
    "  SELECT practice_id, date(received, 'unixepoch'), ams_utc(answered) - ams_utc(received), count(*)"
    "  FROM messages WHERE channel = 'econsult' AND answered IS NOT NULL GROUP BY 1, 2, 3;"
    "INSERT INTO econsult_open "
    "  SELECT practice_id, date(received, 'unixepoch'), ams_utc(received), count(*)"
    "  FROM messages WHERE channel = 'econsult' AND answered IS NULL GROUP BY 1, 2, 3;"
    "CREATE TEMP TABLE migrate_contacts AS"
    "  SELECT practice_id, patient, start, channel = 'econsult' AS econsult, ams_utc(start) AS t"
    "  FROM consults WHERE channel IN ('econsult', 'f2f', 'phone', 'video', 'visit');"
    "CREATE INDEX temp.migrate_contacts_patient ON migrate_contacts(practice_id, patient, t);"
    "UPDATE consult_days SET econsult_followed = f.n FROM ("
    "  SELECT e.practice_id AS practice_id, date(e.start, 'unixepoch') AS day, count(*) AS n"
    "  FROM temp.migrate_contacts AS e"
    "  WHERE e.econsult AND EXISTS (SELECT 1 FROM temp.migrate_contacts AS f"
    "    WHERE f.practice_id = e.practice_id AND f.patient = e.patient AND NOT f.econsult"
    "      AND f.t > e.t AND f.t <= e.t + 1209600)"
    "  GROUP BY 1, 2) AS f"
    "  WHERE consult_days.practice_id = f.practice_id AND consult_days.day = f.day;"
    "DROP TABLE temp.migrate_contacts;"
    /* The day tables summed per practice and calendar month (month_sums.h):
     * a month of a practice is one row to read, not thirty. */
    "CREATE TABLE consult_months(practice_id INTEGER NOT NULL, month TEXT NOT NULL,"
    "  first_day TEXT NOT NULL, last_day TEXT NOT NULL, days INTEGER NOT NULL,"
    "  n INTEGER NOT NULL, f2f INTEGER NOT NULL, phone INTEGER NOT NULL, econsult INTEGER NOT NULL,"
    "  video INTEGER NOT NULL, visit INTEGER NOT NULL, result INTEGER NOT NULL,"
    "  medication INTEGER NOT NULL, followup INTEGER NOT NULL, other INTEGER NOT NULL,"
    "  econsult_result INTEGER NOT NULL, econsult_medication INTEGER NOT NULL,"
    "  econsult_followup INTEGER NOT NULL, econsult_other INTEGER NOT NULL,"
    "  econsult_followed INTEGER NOT NULL, PRIMARY KEY (practice_id, month)) WITHOUT ROWID;"
    "CREATE TABLE message_months(practice_id INTEGER NOT NULL, month TEXT NOT NULL,"
    "  first_day TEXT NOT NULL, last_day TEXT NOT NULL, days INTEGER NOT NULL,"
    "  n INTEGER NOT NULL, answered INTEGER NOT NULL, econsult INTEGER NOT NULL,"
    "  email INTEGER NOT NULL, sms INTEGER NOT NULL, whatsapp INTEGER NOT NULL,"
    "  other INTEGER NOT NULL, PRIMARY KEY (practice_id, month)) WITHOUT ROWID;"
    "CREATE TABLE call_months(practice_id INTEGER NOT NULL, month TEXT NOT NULL,"
    "  first_day TEXT NOT NULL, last_day TEXT NOT NULL, days INTEGER NOT NULL,"
    "  inbound INTEGER NOT NULL, answered INTEGER NOT NULL, abandoned INTEGER NOT NULL,"
    "  voicemail INTEGER NOT NULL, callback INTEGER NOT NULL, outbound INTEGER NOT NULL,"
    "  inbound_wait_s INTEGER NOT NULL, answered_wait_s INTEGER NOT NULL, talk_s INTEGER NOT NULL,"
    "  PRIMARY KEY (practice_id, month)) WITHOUT ROWID;"
    "INSERT INTO consult_months SELECT practice_id, substr(day, 1, 7), min(day), max(day), count(*),"
    "  sum(n), sum(f2f), sum(phone), sum(econsult), sum(video), sum(visit), sum(result),"
    "  sum(medication), sum(followup), sum(other), sum(econsult_result), sum(econsult_medication),"
    "  sum(econsult_followup), sum(econsult_other), sum(econsult_followed)"
    "  FROM consult_days GROUP BY 1, 2;"
    "INSERT INTO message_months SELECT practice_id, substr(day, 1, 7), min(day), max(day), count(*),"
    "  sum(n), sum(answered), sum(econsult), sum(email), sum(sms), sum(whatsapp), sum(other)"
    "  FROM message_days GROUP BY 1, 2;"
    "INSERT INTO call_months SELECT practice_id, substr(day, 1, 7), min(day), max(day), count(*),"
    "  sum(inbound), sum(answered), sum(abandoned), sum(voicemail), sum(callback), sum(outbound),"
    "  sum(inbound_wait_s), sum(answered_wait_s), sum(talk_s)"
    "  FROM call_days GROUP BY 1, 2;",

    /* 9: a practice's answered e-consults of a received day are one row of
     * econsult_responses, their response times in seconds a value list
     * (sql_stats.h), not a row per distinct time: the response-time
     * metrics read a fifth of the rows they read before, the median stays
     * exact. */
    "CREATE TABLE econsult_responses_9("
    "  practice_id INTEGER NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL, seconds BLOB NOT NULL,"
    "  PRIMARY KEY (practice_id, day)) WITHOUT ROWID;"
    "INSERT INTO econsult_responses_9"
    "  SELECT practice_id, day, sum(n), value_list(seconds, n) FROM econsult_responses GROUP BY 1, 2;"
    "DROP TABLE econsult_responses;"
    "ALTER TABLE econsult_responses_9 RENAME TO econsult_responses;",

    /* 10: the list's column has a name of its own: metric SQL written for
     * schema 8's integer `seconds` would read a BLOB there as 0, and now
     * stops at its file and line ("no such column"). */
    "ALTER TABLE econsult_responses RENAME COLUMN seconds TO times;",

    /* 11: the practices each import carried records of (stored, or found
     * again as duplicates), with the first and last day: a workbook lists
     * the imports of its own practices, never a file of another practice
     * (whose name may be that practice's), and lists the import that holds
     * a period's records after another import that carried them too was
     * taken back. Filled from the records and their carriers
     * (import_practices.h); an import taken back before keeps none (its
     * records are gone). */
    "CREATE TABLE import_practices("
    "  import_id INTEGER NOT NULL, practice_id INTEGER NOT NULL,"
    "  first_day TEXT NOT NULL, last_day TEXT NOT NULL,"
    "  PRIMARY KEY (import_id, practice_id)) WITHOUT ROWID;",
    /* 12: the practice of a rejected row (the one it names, or
     * --practice's; NULL when the row names none of the register): a
     * workbook lists the rejects of its own practices, not those of
     * another practice in the same file. The rejects of an older import
     * with --practice are that practice's; the others stay NULL, shown
     * where the import is, as before: that an import stored records of
     * one practice does not make its rejected rows that practice's. */
    "ALTER TABLE rejects ADD COLUMN practice_id INTEGER;"
    "UPDATE rejects SET practice_id ="
    "  (SELECT p.id FROM imports i JOIN practices p ON p.agb = i.practice WHERE i.id = rejects.import_id);",
    /* 13: where a practice's register file and an import's file are, as
     * plans keep theirs: both were kept as the command was given them,
     * relative to where it ran, and a list printed from elsewhere named a
     * file not there. NULL for those recorded before: as they were. */
    ("ALTER TABLE practices ADD COLUMN source_path TEXT;"
     "ALTER TABLE imports ADD COLUMN file_path TEXT;"),
    /* 14: no table changes: migration_code stores hashed the record ids an
     * earlier ehtrack kept in the clear that the importer hides now (a
     * caller's phone number as a call's id, a name), under the key of
     * the hashed id, with their carriers and legs (id_rehash.h). */
    "",
};

/* What a migration does besides its SQL, in its transaction. */
static int migration_code(int n, sqlite3 *db, const char *path, struct eh_error *err)
{
    switch (n) {
    case 7: return record_key_migrate(db, err);
    case 11: return import_practices_rebuild(db, err);
    case 14: return id_rehash_migrate(db, path, err);
    default: return EH_OK;
    }
}

const int DB_SCHEMA_VERSION = (int)ARRAY_LEN(migrations);

const char *db_migration(int n)
{
    return n >= 1 && n <= DB_SCHEMA_VERSION ? migrations[n - 1] : NULL;
}

void db_library_init(bool threads)
{
    /* No thread shares a handle, so the mutexes of SQLite's serialized
     * mode are pure cost; with one thread, so are those of its pager and
     * allocator. */
    sqlite3_config(threads ? SQLITE_CONFIG_MULTITHREAD : SQLITE_CONFIG_SINGLETHREAD);
    /* A metric's memory budget, without SQLite's global count (whose
     * mutex two threads allocating all the time would wait on). */
    sql_memory_install();
    sqlite3_initialize();
}

static double busy_seconds(void);
static int busy_wait(void *arg, int count);

enum write_limit { LIMIT_NONE, LIMIT_SPACE, LIMIT_SIZE };

/* Whether SQLite's last error was a write stopped by a full disk or a file
 * size limit; *own_disk: the database's own disk is the full one. */
static enum write_limit write_limit_hit(sqlite3 *db, bool *own_disk)
{
    int code = sqlite3_errcode(db) & 0xff, ext = sqlite3_extended_errcode(db), os = sqlite3_system_errno(db);
    /* A write that failed: SQLite does not always keep the system's
     * reason, so the limit and the free space are looked at. */
    bool write_failed = ext == SQLITE_IOERR_WRITE || ext == SQLITE_IOERR_FSYNC || ext == SQLITE_IOERR_TRUNCATE ||
                        ext == SQLITE_IOERR_SHMSIZE;
    struct rlimit limit;
    bool limited = getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY;
    const char *file = sqlite3_db_filename(db, "main");
    char *dir = file && *file ? path_directory(file) : NULL;
    struct statvfs fs;
    *own_disk = dir && statvfs(dir, &fs) == 0 && (unsigned long long)fs.f_bavail * fs.f_frsize < (1u << 20);
    free(dir);
    if (code == SQLITE_FULL || (code == SQLITE_IOERR && (os == ENOSPC || (write_failed && *own_disk))))
        return LIMIT_SPACE;
    if (code == SQLITE_IOERR && (os == EFBIG || (write_failed && limited))) return LIMIT_SIZE;
    return LIMIT_NONE;
}

/* What SQLite's own words leave a user to guess: what happened to the
 * work, and what to do. "" when they say enough. */
static const char *failure_advice(sqlite3 *db)
{
    static char text[256];
    if (!db) return "";
    bool no_space;
    enum write_limit hit = write_limit_hit(db, &no_space);
    if (hit == LIMIT_SPACE)
        /* The database's disk may have room while SQLite's temporary
         * files (sorting, a migration's grouping) filled theirs. */
        return no_space ? "; the disk is full: what this command was writing is rolled back (the database is as "
                          "before it); free space, then run it again"
                        : "; the disk is full, the database's or that of SQLite's temporary files ($SQLITE_TMPDIR, "
                          "else $TMPDIR, /var/tmp or /tmp): what this command was writing is rolled back (the "
                          "database is as before it); free space, or point $SQLITE_TMPDIR at a disk with room, "
                          "then run it again";
    if (hit == LIMIT_SIZE)
        return "; a file reached the largest size this process may write (ulimit -f, or the file system's "
               "limit): what this command was writing is rolled back (the database is as before it)";
    int code = sqlite3_errcode(db) & 0xff;
    if (code == SQLITE_BUSY) {
        snprintf(text, sizeof text, "; another program (an import, a plan sync) was writing the database for "
                 "all the %g s this one waited ($EHTRACK_BUSY_TIMEOUT): run it again when that is done",
                 busy_seconds());
        return text;
    }
    return "";
}

int db_fail(sqlite3 *db, struct eh_error *err, const char *what)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : NULL;
    return eh_fail(err, EH_IO, NULL, 0, 0, "database %s: %s: %s%s", file && *file ? file : "",
                   what, db ? sqlite3_errmsg(db) : "out of memory", failure_advice(db));
}

int db_exec(sqlite3 *db, const char *sql, struct eh_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK) return EH_OK;
    const char *file = sqlite3_db_filename(db, "main");
    eh_fail(err, EH_IO, NULL, 0, 0, "database %s: %s%s", file ? file : "", msg ? msg : "error", failure_advice(db));
    sqlite3_free(msg);
    return EH_IO;
}

int db_prepare(sqlite3 *db, sqlite3_stmt **st, const char *sql, struct eh_error *err)
{
    if (sqlite3_prepare_v2(db, sql, -1, st, NULL) == SQLITE_OK) return EH_OK;
    *st = NULL;
    return db_fail(db, err, "preparing a statement");
}

int db_int(sqlite3 *db, const char *sql, long long def, long long *out, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, sql, err)) return EH_IO;
    int rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL ? sqlite3_column_int64(st, 0) : def;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(db, err, "reading");
    return EH_OK;
}

bool db_next(sqlite3_stmt *st, int *status, struct eh_error *err, const char *what)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *status = EH_OK;
        return true;
    }
    *status = rc == SQLITE_DONE ? EH_OK : db_fail(sqlite3_db_handle(st), err, what);
    return false;
}

int db_step_done(sqlite3_stmt *st, struct eh_error *err, const char *what)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) return EH_OK;
    if (rc == SQLITE_ROW) {
        /* The rows are not wanted; what counts is that it runs to its end. */
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        }
        if (rc == SQLITE_DONE) return EH_OK;
    }
    return db_fail(sqlite3_db_handle(st), err, what);
}

int db_check(sqlite3 *db, struct sbuf *problems, struct eh_error *err)
{
    static const char *const checks[] = {
        "PRAGMA integrity_check",
        "SELECT printf('table %s row %d: no row %d in %s (foreign key)', f.\"table\", f.rowid, f.fkid, f.parent) "
        "FROM pragma_foreign_key_check AS f",
    };
    for (size_t i = 0; i < ARRAY_LEN(checks); i++) {
        sqlite3_stmt *st;
        if (db_prepare(db, &st, checks[i], err)) return EH_IO;
        int rc;
        while (db_next(st, &rc, err, "checking")) {
            const char *line = db_text(st, 0);
            /* SQLite heads its list with a line naming the schema. */
            if (line && strncmp(line, "*** in database", 15) == 0) line = strchr(line, '\n');
            if (line && *line == '\n') line++;
            if (line && *line && strcmp(line, "ok") != 0) sbuf_addf(problems, "%s\n", line);
        }
        int code = sqlite3_errcode(db) & 0xff;
        sqlite3_finalize(st);
        /* A page too damaged to read ends the check: that is its finding. */
        if (rc && code != SQLITE_CORRUPT && code != SQLITE_NOTADB) return rc;
        if (rc) sbuf_addf(problems, "%s\n", sqlite3_errstr(code));
        if (rc) break;
    }
    if (!problems->len) return EH_OK;
    return eh_fail(err, EH_IO, sqlite3_db_filename(db, "main"), 0, 0, "the database is damaged; restore it from "
                   "the last backup (or keep a copy, then re-import the logs into a new one)");
}

int db_begin(sqlite3 *db, struct eh_error *err) { return db_exec(db, "BEGIN IMMEDIATE", err); }
int db_commit(sqlite3 *db, struct eh_error *err) { return db_exec(db, "COMMIT", err); }

void db_rollback(sqlite3 *db)
{
    if (!sqlite3_get_autocommit(db)) sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
}

int db_begin_unless_busy(sqlite3 *db, bool *busy, struct eh_error *err)
{
    sqlite3_busy_handler(db, NULL, NULL);
    int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    sqlite3_busy_handler(db, busy_wait, NULL);
    *busy = (rc & 0xff) == SQLITE_BUSY;
    if (rc == SQLITE_OK || *busy) return EH_OK;
    return db_fail(db, err, "beginning a transaction");
}

/* A deferred BEGIN takes its snapshot at the first read: read now. */
int db_begin_read(sqlite3 *db, struct eh_error *err)
{
    return db_exec(db, "BEGIN; SELECT count(*) FROM sqlite_master", err);
}

static int begin_snapshot(sqlite3 *db, long long *version, struct eh_error *err)
{
    if (db_begin_read(db, err)) return EH_IO;
    return version ? db_int(db, "PRAGMA data_version", 0, version, err) : EH_OK;
}

int db_end_read(sqlite3 *db, int status, struct eh_error *err)
{
    if (sqlite3_get_autocommit(db)) return status;
    if (status) {
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        return status;
    }
    return db_exec(db, "COMMIT", err);
}

/* Commits seen between the snapshots before db_read_together gives up. */
#define READ_TOGETHER_TRIES 100

int db_read_together(sqlite3 *a, sqlite3 *b, void (*between)(void *arg), void *arg, struct eh_error *err)
{
    for (int tries = 0; tries < READ_TOGETHER_TRIES; tries++) {
        long long before = 0, after = 0;
        int rc = begin_snapshot(a, &before, err);
        if (!rc && between) between(arg);
        if (!rc) rc = begin_snapshot(b, NULL, err);
        if (!rc) rc = db_end_read(a, EH_OK, err);
        if (!rc) rc = begin_snapshot(a, &after, err);
        if (!rc && before == after) return EH_OK;
        db_end_read(b, EH_IO, err);
        db_end_read(a, EH_IO, err);
        if (rc) return rc;
    }
    return eh_fail(err, EH_IO, NULL, 0, 0, "other programs changed the database %d times before one view of it "
                   "could be read; try again when the imports are done", READ_TOGETHER_TRIES);
}

const char *db_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

void db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}

static void bind_date_text(sqlite3_stmt *st, int i, int days, int len)
{
    if (days == DATE_NONE) {
        sqlite3_bind_null(st, i);
        return;
    }
    char buf[11];
    format_date(days, buf);
    sqlite3_bind_text(st, i, buf, len, SQLITE_TRANSIENT);
}

void db_bind_month(sqlite3_stmt *st, int i, int days)
{
    bind_date_text(st, i, days, 7);
}

void db_bind_date(sqlite3_stmt *st, int i, int days)
{
    bind_date_text(st, i, days, 10);
}

struct busy_state {
    atomic_bool told;           /* a report's two connections may both wait: said once */
    int tries;                  /* of 50 ms; set as connections open, before a second thread runs */
};

static struct busy_state busy;

static double busy_seconds(void)
{
    return busy.tries * 0.05;
}

static int busy_wait(void *arg, int count)
{
    (void)arg;
    if (count >= busy.tries) return 0;
    if (count == 20 && isatty(STDERR_FILENO) && !atomic_exchange(&busy.told, true))
        fprintf(stderr, "ehtrack: waiting for another ehtrack to finish with the database...\n");
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, NULL);
    return 1;
}

/* ams_utc(x) / ams_local(x): NULL stays NULL; a time outside the years
 * 1-9999 is an error (a metric's SQL gets a message, not a wrong value). */
static void convert_time(sqlite3_context *ctx, sqlite3_value *v, bool to_utc)
{
    if (sqlite3_value_type(v) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_int64 t = sqlite3_value_int64(v);
    if (!ams_in_range(t)) {
        sqlite3_result_error(ctx, to_utc ? "ams_utc: the time is outside the years 1-9999"
                                         : "ams_local: the time is outside the years 1-9999", -1);
        return;
    }
    sqlite3_result_int64(ctx, to_utc ? ams_to_utc(t) : utc_to_ams(t));
}

static void fn_ams_utc(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    convert_time(ctx, argv[0], true);
}

static void fn_ams_local(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    convert_time(ctx, argv[0], false);
}

static void register_functions(sqlite3 *db)
{
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db, "ams_utc", 1, flags, NULL, fn_ams_utc, NULL, NULL);
    sqlite3_create_function(db, "ams_local", 1, flags, NULL, fn_ams_local, NULL, NULL);
    sql_stats_register(db);
}

/* The advice names the path when plain 'ehtrack init' would make another
 * database (the default, $EHTRACK_DB or ./ehtrack.db), as after --db. */
static int no_database(const char *path, struct eh_error *err)
{
    const char *env = getenv("EHTRACK_DB");
    const char *fallback = env && *env ? env : "ehtrack.db";
    if (strcmp(path, fallback) == 0) return eh_fail(err, EH_IO, path, 0, 0, "no database here; run 'ehtrack init'");
    bool plain = path[strspn(path, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+,:@%")] == '\0';
    return eh_fail(err, EH_IO, path, 0, 0, plain ? "no database here; run 'ehtrack --db %s init'"
                                                 : "no database here; run 'ehtrack --db \"%s\" init'", path);
}

/* A file of zero bytes is not a database yet (unless its write-ahead log
 * holds one not yet copied into it). */
bool db_exists(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return false;
    if (st.st_size > 0) return true;
    char *wal = xasprintf("%s-wal", path);
    bool logged = stat(wal, &st) == 0 && st.st_size > 0;
    free(wal);
    return logged;
}

static int not_ours(const char *path, long long version, struct eh_error *err)
{
    return eh_fail(err, EH_IO, path, 0, 0, "not an ehtrack database: its schema version is %lld; give another --db, "
                   "or 'ehtrack init' a new file", version);
}

static int migrate(sqlite3 *db, const char *path, bool create, struct eh_error *err)
{
    long long version;
    if (db_int(db, "PRAGMA user_version", 0, &version, err)) return EH_IO;
    if (version < 0) return not_ours(path, version, err);
    if (version > DB_SCHEMA_VERSION)
        return eh_fail(err, EH_IO, path, 0, 0,
                       "the database has schema version %lld but this ehtrack knows only up to %d; "
                       "use a newer ehtrack", version, DB_SCHEMA_VERSION);
    long long tables = 0;
    if (version == 0 && db_int(db, "SELECT count(*) FROM sqlite_master", 0, &tables, err)) return EH_IO;
    /* An empty file is no database: only the commands that create one
     * may make it one. */
    if (version == 0 && tables == 0 && !create) return no_database(path, err);
    if (tables > 0)
        return eh_fail(err, EH_IO, path, 0, 0,
                       "not an ehtrack database: it holds tables ehtrack did not make; "
                       "give another --db, or 'ehtrack init' a new file");
    /* Some migrations read every record (7, 11): on a national database
     * minutes in which a terminal would otherwise show nothing. */
    if (version >= 1 && version < DB_SCHEMA_VERSION && isatty(STDERR_FILENO))
        fprintf(stderr, "ehtrack: %s: bringing the database from schema %lld to %d, once (a large database takes "
                "a while)...\n", path, version, DB_SCHEMA_VERSION);
    for (int v = (int)version; v < DB_SCHEMA_VERSION; v++) {
        if (db_begin(db, err)) return EH_IO;
        char set[64];
        snprintf(set, sizeof set, "PRAGMA user_version = %d", v + 1);
        /* Another process may have migrated while this one waited. */
        long long now;
        if (db_int(db, "PRAGMA user_version", 0, &now, err)) {
            db_rollback(db);
            return EH_IO;
        }
        if (now > v) {
            db_rollback(db);
            v = (int)now - 1;
            continue;
        }
        if (db_exec(db, migrations[v], err) || migration_code(v + 1, db, path, err) || db_exec(db, set, err)) {
            if ((sqlite3_errcode(db) & 0xff) == SQLITE_READONLY)
                eh_fail(err, EH_IO, path, 0, 0,
                        "the database is of an older ehtrack (schema %d, this one's is %d), and this user may only "
                        "read it: bringing it up to date needs a user who may write it (its owner runs any "
                        "command once, 'ehtrack status' say); it is left as it was", v, DB_SCHEMA_VERSION);
            else if ((sqlite3_errcode(db) & 0xff) == SQLITE_ERROR) {
                /* SQLite's own words ("no such column", "table ... already
                 * exists") of a schema that is not the one its version
                 * says: a user_version changed by hand, or a file mended
                 * by hand. */
                char said[512];
                snprintf(said, sizeof said, "%s", sqlite3_errmsg(db));
                eh_fail(err, EH_IO, path, 0, 0,
                        "bringing the database from schema %d to %d failed: %s; its tables are not those of "
                        "schema %d (was its PRAGMA user_version changed by hand?); it is left as it was",
                        v, v + 1, said, v);
            }
            db_rollback(db);
            return EH_IO;
        }
        if (db_commit(db, err)) return EH_IO;
    }
    return id_rehash_pending(db, path, err);
}

static int configure(sqlite3 *db, bool writable, struct eh_error *err)
{
    /* Two minutes, unless $EHTRACK_BUSY_TIMEOUT says how many seconds. */
    const char *timeout = getenv("EHTRACK_BUSY_TIMEOUT");
    char *end;
    double seconds = timeout && *timeout ? strtod(timeout, &end) : 120;
    if (timeout && *timeout && (*end || !(seconds >= 0 && seconds <= 86400)))
        return eh_fail(err, EH_USAGE, NULL, 0, 0, "$EHTRACK_BUSY_TIMEOUT must be a number of seconds "
                       "(got '%s')", timeout);
    busy.tries = (int)(seconds * 20);
    sqlite3_busy_handler(db, busy_wait, NULL);
    register_functions(db);
    sqlite3_extended_result_codes(db, 1);
    if (writable) {
        long long pages;
        if (db_int(db, "PRAGMA page_count", 0, &pages, err)) return EH_IO;
        /* Larger pages make bulk imports cheaper; only a new file can take them. */
        if (pages == 0 && db_exec(db, "PRAGMA page_size = 16384", err)) return EH_IO;
        if (db_exec(db, "PRAGMA journal_mode = WAL", err)) return EH_IO;
        if (db_exec(db, "PRAGMA synchronous = NORMAL", err)) return EH_IO;
    }
    /* cell_size_check: a damaged page is an error where it is read, not a
     * wrong answer (it costs a few percent on reads). */
    if (db_exec(db, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768; PRAGMA cell_size_check = ON;", err))
        return EH_IO;
    return EH_OK;
}

/* The name SQLite is given for a file path: this SQLite reads a name
 * starting with "file:" as a URI (file:x.db?mode=memory keeps nothing). */
static char *file_name_for_sqlite(const char *path)
{
    return str_starts(path, "file:") ? xasprintf("./%s", path) : xstrdup(path);
}

/* What a failure while opening means to the user: a damaged file, or a
 * directory SQLite cannot add its write-ahead log to. */
static void explain_open_failure(sqlite3 *db, const char *path, struct eh_error *err)
{
    int code = sqlite3_errcode(db) & 0xff;
    /* A file that never was a database (a CSV given as --db) is not
     * damaged: every SQLite file starts with these 16 bytes. */
    char head[16] = {0};
    FILE *f = code == SQLITE_NOTADB ? fopen(path, "rb") : NULL;
    size_t got = f ? fread(head, 1, sizeof head, f) : 0;
    if (f) fclose(f);
    if (code == SQLITE_NOTADB && got > 0 && memcmp(head, "SQLite format 3", got < 16 ? got : 16) != 0) {
        eh_fail(err, EH_IO, path, 0, 0, "not a database (an SQLite file starts otherwise): give the --db of an "
                "ehtrack database, or 'ehtrack init' a new file");
        return;
    }
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        eh_fail(err, EH_IO, path, 0, 0, "the database is damaged (%s); restore it from the last backup (or keep "
                "a copy, then re-import the logs into a new one)", sqlite3_errmsg(db));
        return;
    }
    if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN) {
        char *dir = path_directory(path);
        if (access(dir, W_OK) != 0)
            eh_fail(err, EH_IO, path, 0, 0, "the directory %s cannot be written: SQLite keeps the database's "
                    "write-ahead log (%s-wal, %s-shm) beside it, also to read it; copy the database and its key "
                    "to a directory you can write", dir, path, path);
        free(dir);
    }
}

int db_open(sqlite3 **out, const char *path, bool create, struct eh_error *err)
{
    *out = NULL;
    if (is_directory(path)) {
        size_t n = strlen(path);
        while (n > 1 && path[n - 1] == '/') n--;
        return eh_fail(err, EH_IO, path, 0, 0, "is a directory: --db names the database's file (%.*s/ehtrack.db, "
                       "say)", (int)n, path);
    }
    /* A device or a FIFO: SQLite would open it and write its journal
     * beside it (/dev/null-journal), then fail with "disk I/O error". */
    struct stat st;
    if (strcmp(path, ":memory:") != 0 && stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return eh_fail(err, EH_IO, path, 0, 0, "is %s, not a file: --db names the database's file",
                       S_ISFIFO(st.st_mode) ? "a FIFO (named pipe)"
                       : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device"
                       : S_ISSOCK(st.st_mode) ? "a socket" : "not a regular file");
    if (!create && !db_exists(path)) return no_database(path, err);
    if (create && !file_exists(path) && strcmp(path, ":memory:") != 0) {
        /* SQLite says only "unable to open database file". */
        char *dir = path_directory(path);
        bool missing = !is_directory(dir);
        int rc = missing ? eh_fail(err, EH_IO, path, 0, 0, "the directory %s does not exist: make it first "
                                   "(mkdir -p '%s'), or give another --db", dir, dir)
                         : EH_OK;
        free(dir);
        if (rc) return rc;
    }
    sqlite3 *db = NULL;
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    char *name = file_name_for_sqlite(path);
    int opened = sqlite3_open_v2(name, &db, flags, NULL);
    free(name);
    if (opened != SQLITE_OK) {
        eh_fail(err, EH_IO, path, 0, 0, "cannot open the database: %s",
                db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return EH_IO;
    }
    int rc;
    /* Two commands creating the same new file (two syncs started by one
     * script): the one that comes second may find the file being set up
     * (its page size, WAL mode, first schema), which SQLite answers with
     * "locked" at once, not through the busy handler. It waits as for any
     * lock, and finds the work done. */
    struct timespec began, now;
    clock_gettime(CLOCK_MONOTONIC, &began);
    for (;;) {
        rc = configure(db, true, err);
        if (!rc) rc = migrate(db, path, create, err);
        if (rc != EH_IO || (sqlite3_errcode(db) & 0xff) != SQLITE_BUSY) break;
        /* Within the busy timeout in all: a lock the busy handler already
         * waited out ends it. */
        clock_gettime(CLOCK_MONOTONIC, &now);
        double waited = (double)(now.tv_sec - began.tv_sec) + (now.tv_nsec - began.tv_nsec) / 1e9;
        if (waited >= busy.tries * 0.05) break;
        /* Waited out, the failure is no error: left in err, a command
         * that ends with another status (rows rejected) printed it. */
        memset(err, 0, sizeof *err);
        struct timespec ts = {0, 50 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    if (rc) {
        if (rc == EH_IO) explain_open_failure(db, path, err);
        sqlite3_close(db);
        return rc;
    }
    *out = db;
    return EH_OK;
}

int db_open_readonly(sqlite3 **out, const char *path, long long *version_found, struct eh_error *err)
{
    *out = NULL;
    *version_found = 0;
    if (!file_exists(path)) return EH_OK;
    sqlite3 *db = NULL;
    char *name = file_name_for_sqlite(path);
    /* Only read, but opened for writing where the user may: the last
     * connection to close then takes the WAL files away, as every other
     * command's does; a read-only one leaves them beside the database. */
    int opened = access(path, W_OK) == 0
                     ? sqlite3_open_v2(name, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL)
                     : SQLITE_READONLY;
    if (opened != SQLITE_OK) {
        sqlite3_close(db);
        db = NULL;
        opened = sqlite3_open_v2(name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    }
    free(name);
    if (opened != SQLITE_OK) {
        eh_fail(err, EH_IO, path, 0, 0, "cannot open the database: %s",
                db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return EH_IO;
    }
    int rc = configure(db, false, err);
    if (rc) {
        sqlite3_close(db);
        return rc;
    }
    long long version;
    if (db_int(db, "PRAGMA user_version", 0, &version, err)) {
        sqlite3_close(db);
        return EH_IO;
    }
    if (version != DB_SCHEMA_VERSION) {
        /* Not migrated yet (or from another version): read nothing from it. */
        *version_found = version;
        sqlite3_close(db);
        return EH_OK;
    }
    *out = db;
    return EH_OK;
}

int db_open_private_copy(const char *path, sqlite3 **out, struct eh_error *err)
{
    *out = NULL;
    if (!db_exists(path)) return no_database(path, err);
    sqlite3 *src = NULL;
    char *name = file_name_for_sqlite(path);
    int opened = sqlite3_open_v2(name, &src, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    free(name);
    if (opened != SQLITE_OK) {
        eh_fail(err, EH_IO, path, 0, 0, "cannot open the database: %s", src ? sqlite3_errmsg(src) : "out of memory");
        sqlite3_close(src);
        return EH_IO;
    }
    int rc = configure(src, false, err);
    sqlite3 *copy = NULL;
    if (!rc) rc = db_copy_private(src, &copy, err);
    if (rc == EH_IO && !copy) explain_open_failure(src, path, err);
    sqlite3_close(src);
    /* The copy is this run's alone: it may be brought up to date. */
    if (!rc && (rc = migrate(copy, path, false, err))) {
        sqlite3_close(copy);
        return rc;
    }
    *out = copy;
    return rc;
}

int db_copy_private(sqlite3 *src, sqlite3 **out, struct eh_error *err)
{
    *out = NULL;
    sqlite3 *db = NULL;
    /* An empty name: a database of this connection alone, in memory until
     * it grows, then in a temporary file SQLite removes itself. */
    if (sqlite3_open_v2("", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK) {
        eh_fail(err, EH_IO, NULL, 0, 0, "cannot open a temporary database: %s",
                db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return EH_IO;
    }
    sqlite3_backup *copy = sqlite3_backup_init(db, "main", src, "main");
    int stepped = copy ? sqlite3_backup_step(copy, -1) : SQLITE_ERROR;
    if (copy) sqlite3_backup_finish(copy);
    int rc = stepped == SQLITE_DONE ? configure(db, false, err)
                                    : eh_fail(err, EH_IO, NULL, 0, 0, "cannot copy the database into a temporary "
                                              "file (SQLite writes it to $TMPDIR, else /var/tmp or /tmp): %s",
                                              sqlite3_errmsg(copy ? db : src));
    if (rc) {
        sqlite3_close(db);
        return rc;
    }
    *out = db;
    return EH_OK;
}

int db_settle(sqlite3 *db, const char *path, struct eh_error *err)
{
    int rc = sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    /* Busy or locked: another program is at it, and will copy it. */
    if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED || sqlite3_db_readonly(db, "main") == 1)
        return EH_OK;
    bool own_disk;
    enum write_limit hit = write_limit_hit(db, &own_disk);
    return eh_fail(err, EH_IO, path, 0, 0,
                   "what was written is stored, in %s-wal beside it, but copying it into the database file "
                   "failed: %s; %s, then run 'ehtrack --db %s db check', which finishes the copy; until then "
                   "the database is the two files together: never copy, move or delete one without the other",
                   path,
                   hit == LIMIT_SPACE  ? "the disk is full"
                   : hit == LIMIT_SIZE ? "the file reached the largest size this process may write (ulimit -f, "
                                         "or the file system's limit)"
                                       : sqlite3_errmsg(db),
                   hit == LIMIT_SIZE ? "raise the limit" : "free space", path);
}

void db_close(sqlite3 *db)
{
    if (db) sqlite3_close(db);
}
