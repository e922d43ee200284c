#include "import_run.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <time.h>

#include "call_legs.h"
#include "datetime.h"
#include "day_counts.h"
#include "day_refresh.h"
#include "db.h"
#include "followups.h"
#include "key_sorter.h"
#include "log_vocab.h"
#include "paths.h"
#include "read_ahead.h"
#include "record_carriers.h"
#include "record_key.h"
#include "scope.h"
#include "util.h"

/* ---- practices: AGB -> id ------------------------------------------------- */

struct practice_entry {
    char agb[9];
    long long id;
};

struct practice_index {
    struct practice_entry *items;
    size_t count;
    size_t last;
    /* items by AGB: open addressing, index + 1 (0 empty) */
    size_t *slots, mask;
};

static size_t agb_slot(const struct practice_index *ix, const char *agb)
{
    uint64_t v;
    memcpy(&v, agb, 8);
    v *= 0x9E3779B97F4A7C15ULL;
    return (size_t)(v >> 32) & ix->mask;
}

static int load_practices(sqlite3 *db, struct practice_index *ix, struct eh_error *err)
{
    sqlite3_stmt *st;
    size_t cap = 0;
    memset(ix, 0, sizeof *ix);
    if (db_prepare(db, &st, "SELECT agb, id FROM practices", err)) return EH_IO;
    int rc;
    while (db_next(st, &rc, err, "reading the practices")) {
        GROW(ix->items, cap, ix->count + 1);
        struct practice_entry *e = &ix->items[ix->count++];
        snprintf(e->agb, sizeof e->agb, "%s", db_text(st, 0));
        e->id = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    if (rc) return rc;
    size_t size = 16;
    while (size < 2 * ix->count) size *= 2;
    ix->mask = size - 1;
    ix->slots = xcalloc(size, sizeof *ix->slots);
    for (size_t i = 0; i < ix->count; i++) {
        const struct practice_entry *e = &ix->items[i];
        if (e->id < 1 || e->id >= RECORD_KEY_MAX_PRACTICE)
            return eh_fail(err, EH_IO, NULL, 0, 0, "practice %s has the number %lld in the database; records can "
                           "be kept for numbers 1 to %lld only", e->agb, e->id, RECORD_KEY_MAX_PRACTICE - 1);
        size_t k = agb_slot(ix, e->agb);
        while (ix->slots[k]) k = (k + 1) & ix->mask;
        ix->slots[k] = i + 1;
    }
    return EH_OK;
}

static long long find_practice(const struct practice_index *cix, const char *agb, size_t len)
{
    struct practice_index *ix = (struct practice_index *)cix;
    if (len != 8 || !ix->count) return 0;
    /* Exports come a practice at a time: the last hit is usually right. */
    if (memcmp(ix->items[ix->last].agb, agb, 8) == 0) return ix->items[ix->last].id;
    for (size_t k = agb_slot(ix, agb); ix->slots[k]; k = (k + 1) & ix->mask) {
        size_t i = ix->slots[k] - 1;
        if (memcmp(ix->items[i].agb, agb, 8) == 0) {
            ix->last = i;
            return ix->items[i].id;
        }
    }
    return 0;
}

/* ---- the importer ---------------------------------------------------------- */

/* Rows go in through one INSERT ... SELECT from the virtual table
 * ehtrack_rows, so a whole file is one statement with one cursor. A row
 * whose packed key is above every key its practice has is certainly new
 * and goes in as the file is read: an export in id order appends. A
 * packed row below that but still in key order (a re-import of such an
 * export) waits in a queue, settled by a statement of its own. Every
 * other row - a hashed id, an id out of order - goes to a
 * key_sorter, and once the file is read the statement runs again over
 * those rows by key: a window of them at a time is held against the keys
 * stored, the rows certainly new go in (appending within their practice's
 * range however the file was ordered), and the rest wait in a queue for a
 * statement of their own, which settles identity and duplicates. When the
 * queue is full the statement ends, the queue is emptied, and the
 * statement starts again where it stood. A second thread (read_rows)
 * reads, checks, pseudonymises and keys the file, puts the rows for the
 * sorter there itself, and hands the statement's thread the rest in
 * batches; the sorted rows come back decoded a window ahead
 * (decode_window). With one thread the same functions run in turn. */
#ifndef QUEUE_ROWS
#define QUEUE_ROWS 4096             /* the fuzz build makes it 64: more restarts */
#endif
/* Memory for sorting rows; beyond it they wait in a temporary file. */
#ifndef IMPORT_SORT_BUDGET
#define IMPORT_SORT_BUDGET (16 << 20)
#endif
/* The page cache while importing. */
#define IMPORT_CACHE_KIB "4096"

struct pending {
    struct log_row row;
    char id[65];
    char hashed[18];
    bool int_id;
    bool fresh;                     /* certainly new (a sorted window's row) */
    long long id_value;
    struct record_key place;        /* where the record may lie */
    int64_t key;                    /* where it lies, once settled */
};

/* A row in the sorter's form (encode_row): flags, practice, day, two
 * times, the patient, three enums and integers, the id. */
#define ROW_BYTES (64 + sizeof ((struct pending *)0)->id)

/* Lines read ahead of the statement, a batch at a time (see read_rows):
 * each hand-over wakes the other thread, which costs more than reading a
 * few lines, so a batch holds thousands (the fuzz build's 64: more
 * hand-overs, and less fresh memory for each input). */
#ifndef READ_BATCH
#define READ_BATCH 4096
#endif
#define READ_BATCH_LINES (16 * READ_BATCH)

enum read_kind {
    READ_ROW,                       /* a row to store */
    READ_QUEUE,                     /* a row in key order, for the queue (see advance) */
    READ_REJECT,                    /* a line rejected */
    READ_COUNT,                     /* lines read that went to the sorter or were skipped */
    READ_END,                       /* the end of the file */
};

/* A coded value of a rejected line that the format does not map. */
struct unmapped_value {
    const char *field;              /* the kind's field name (static) */
    size_t len;
    bool secret;                    /* a value never shown: value holds its keyed hash */
    char value[65];
};

struct read_reject {
    long line;
    int field;
    int column;                     /* the 1-based column at fault when no field names it, else 0 */
    long long practice_id;          /* the practice the row names (or --practice), 0: not known */
    char reason[256];
    int nunmapped, hidden;
    struct unmapped_value unmapped[3];
};

struct read_item {
    enum read_kind kind;
    uint32_t offset, len;           /* a row: its bytes in the batch (encode_row) */
    int64_t key;                    /* a row: the home of its record */
    long long records, skipped;     /* the file's records this item stands for, skipped ones before it included */
};

/* A row crosses from one thread to the other in the sorter's compact
 * form, not as a struct pending: a fifth of the bytes. Rejected lines
 * wait beside the items, the nth reject for the nth READ_REJECT item; a
 * batch ends when READ_REJECTS of them are in it. */
#define READ_REJECTS (READ_BATCH < 256 ? READ_BATCH : 256)
struct read_batch {
    struct read_item items[READ_BATCH];
    struct read_reject rejects[READ_REJECTS];
    unsigned char rows[READ_BATCH * ROW_BYTES];
    long long bytes;                                /* of the file read, for the progress line */
};

enum follow_state {
    FOLLOW_STORED,          /* counted from the consults stored (day_refresh) */
    FOLLOW_OPEN,            /* none stored before, none come yet */
    FOLLOW_GATHERING,
};

struct gathering {
    long long practice;
    struct followups contacts;
};

struct queued_reject {
    long line;
    int field, column;
    long long practice_id;
    char reason[256];
};

/* A regular file's first bytes as the import opened it: read again when
 * its end is reached, they tell a file written anew (an export scheduled
 * again, newest rows first) from one a program only appended to. */
#define FILE_HEAD_BYTES 4096

/* What the reading thread works with during a pass, apart from the
 * importer: the importer's fields the statement's side keeps writing
 * would share cache lines with it. Read only but for the reader, the
 * practice index's last hit and read_end. */
struct read_side {
    struct csv_reader reader;
    int head_fd;                        /* -1: not a regular file, nothing to compare */
    ssize_t head_len;
    unsigned char head[FILE_HEAD_BYTES];
    bool written_anew;                  /* the first bytes differed at the end */
    struct csv_record *rec;
    struct practice_index practices;    /* the importer's, with a last hit of its own */
    const struct kind_def *def;
    struct log_format *fmt;
    const struct pseudo_key *key;
    const char *practice;               /* --practice */
    long long practice_id;              /* its practice, 0 without --practice */
    int practice_column;                /* 0-based column the practice is read from as is, -1: none */
    size_t header_fields;
    size_t named_fields;                /* the header's columns before its trailing unnamed ones */
    int practice_field, patient_field, id_field;
    bool id_reads_private;              /* the format builds the id from the patient or a free-text column */
    char id_hashed[IMPORT_ID_HASHED_SIZE]; /* the id of the current row, when it held a patient number */
    bool read_end;                      /* the end is handed over */
    /* The bulk statement's first run: a row not certainly new goes to
     * the sorter from here, and only the rest is handed over. */
    bool sorting;
    struct key_sorter sorter;
    int64_t *max_key;                   /* per practice index: highest packed key stored */
    int64_t *last_queued;               /* per practice index: the packed key queued last from the file */
    /* Rows of a same_id: legs format that came without an id: their legs
     * cannot be joined (finish_import's note). */
    long long legs_without_id;
    long long legs_id_not_call;         /* of those, rows whose id column held something else */
    long legs_first_line;               /* the line of the first row without a call id */
    /* Rows of a format's file with values past the header's last column:
     * a delimiter inside a value without quotes moves the columns after it
     * (finish_import's note). */
    long long rows_past_header;
    long first_past_header;
    /* Rows of a format's file shorter than its header line that lack a
     * column the format reads for an optional field: read as empty, as an
     * export that leaves out empty fields at a row's end writes them, but
     * also what a row cut off looks like (finish_import's note). */
    long long rows_short;
    long first_short;
    /* The header line's named fields, each NUL-terminated: a line equal
     * to it further down is the header of a second export joined on
     * (finish_import's note), skipped rather than rejected. */
    struct sbuf header_text;
    size_t header_named;
    long long header_repeats;
    long first_header_repeat;
    long line_cut;                      /* the unended last line of a log, left for the next import; 0: none */
    /* Rows shorter than the columns the format reads, holding ';' where
     * the format separates by another character: a file a spreadsheet
     * with Dutch settings saved again (finish_import's note). */
    size_t columns_read;
    long long semicolon_rows;
    long first_semicolon_row;
    char delimiter;                     /* as the reader found it (Excel's Unicode text has tabs) */
    /* A key for this import alone: a value never to be shown (a name) is
     * counted among its field's different values by its hash, so that a
     * column of names is known as one, and nothing of it is kept. */
    unsigned char secret_key[crypto_shorthash_KEYBYTES];
    /* Survey rows of equal fields seen in this pass (see survey_occurrence). */
    struct occurrences {
        uint64_t *hashes;               /* 0: a free slot */
        uint32_t *counts;
        size_t cap, used;
    } seen;
};

/* Import numbers a note names, ascending, each once. */
struct import_list {
    long long *ids;
    size_t count, cap;
};

struct importer {
    sqlite3 *db;
    const struct pseudo_key *key;
    struct log_format *fmt;
    const struct kind_def *def;
    const struct import_options *opt;
    struct import_result *res;
    const char *path;
    struct practice_index practices;
    struct day_counts days;
    struct day_spans spans;             /* day_refresh.h */
    /* Consults: the follow-ups of a practice that had none stored are
     * counted from the rows as they come, practice by practice in key
     * order, instead of read back (see gather_followup). */
    unsigned char *follow_state;        /* by practice id: enum follow_state */
    size_t follow_cap;
    struct gathering *gathering;        /* the practices being gathered */
    size_t ngathering, gathering_cap;
    struct followups idle;              /* a list done with, its memory kept */
    sqlite3_stmt *insert, *update, *open_message, *reject;
    sqlite3_stmt *note[5];              /* record_carriers.h: lookup, same, own, earlier, differ */
    struct carriers_freezer freezer;
    sqlite3_stmt *code_count;           /* unmapped source values, temp.import_codes */
    long long codes_hidden;             /* rows of values never shown */
    /* calls written as legs (same_id: legs) */
    struct call_leg_store legs;
    sqlite3_stmt *plain_leg_needed;     /* merge_plain_call */
    sqlite3_stmt *legs_of_call, *call_get, *call_update, *call_has_legs,
        *touch, *touch_updated;
    bool validate_only;
    bool legs_stored;                   /* a plain calls import: some call has legs (merge_plain_call) */
    int first_day, last_day;
    /* The days of the records this import carried (stored or found again),
     * by practice id: import_practices. */
    struct carried_days {
        int first, last;
        bool stored_in_earlier;         /* a record stored on a day of earlier_days: note_zeros_lost */
        bool unnamed_in_earlier;        /* the same for a record without a source id: note_fields_resaved */
    } *carried;
    size_t ncarried;
    /* By practice id: the first and last day earlier imports of the kind
     * carried (none: first > last). */
    struct carried_days *earlier_days;
    size_t nearlier_days;
    long long abandoned;
    long long answers_refused;          /* answers before the received time stored for their message */
    long long id_other_time;            /* rows whose id a record of another time holds */
    long long answers_other_time;       /* of those, messages' rows whose answer was taken */
    long long figures_kept;             /* rows of a stored record's id and time, other figures */
    unsigned figures_kept_differ;       /* which figures those rows changed (struct found) */
    struct import_list kept_by;         /* the earlier imports whose figures those records keep */
    long long figures_repeated;         /* rows of an id and time this file had, other figures */
    unsigned figures_repeated_differ;   /* which figures those rows changed */
    long long time_repeated;            /* rows of an id this file had at another time */
    long long time_repeated_earlier;    /* of those, rows earlier than the id's first row */
    sqlite3_stmt *carry_answer;         /* this import's carrier row takes an answer a later row gave */
    int field_column[LOG_MAX_FIELDS];   /* 1-based source column, for rejects */
    /* reading */
    struct read_side *side;
    long long size, rows;
    double started, last_shown;
    bool input_done;
    /* lines read, checked and pseudonymised ahead (read_rows) */
    struct read_ahead reading;
    struct read_batch *read_buffers[2];
    struct read_batch *read_batch;
    size_t nread, at_read, at_reject;
    long long bytes_seen;
    /* the rows of the second run of the statement, by key (side->sorter) */
    bool sorted;                        /* the statement reads the sorter, not the file */
    bool sorted_done;
    struct read_ahead ahead;            /* decodes the next window while this one goes in */
    struct pending *window;             /* one of window_buffers */
    struct pending *window_buffers[2];
    size_t nwindow, at_window;
    int64_t claimed;                    /* the highest key a sorted row so far may take */
    sqlite3_stmt *stored_keys;
    /* the statement in progress */
    bool in_statement, cursor_eof;
    struct pending scratch;             /* the row at hand */
    const struct pending *current;      /* the row the virtual table yields */
    struct pending *queue;
    size_t nqueue;
    struct queued_reject *rejects;
    size_t nrejects;
    int error;
    struct eh_error *err;
    const struct kind_field *enum_fields[3];    /* the kind's enum fields in order */
};

static long long lookup_cb(void *ctx, const char *agb, size_t len)
{
    return find_practice(&((struct read_side *)ctx)->practices, agb, len);
}

static int64_t hash_cb(void *ctx, const char *id, size_t len)
{
    return pseudo_hash(((struct read_side *)ctx)->key, id, len);
}

/* ?1 is the record key, ?2 the practice, ?3 the id. */
static const char *const insert_sql[KIND_COUNT] = {
    "INSERT INTO consults(key, practice_id, id, start, patient, channel, role, minutes, reason, import_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    "INSERT INTO messages(key, practice_id, id, received, answered, patient, channel, import_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "INSERT INTO calls(key, practice_id, id, start, direction, wait_s, talk_s, outcome, import_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "INSERT INTO survey(key, practice_id, id, day, respondents, aware, import_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "INSERT INTO registrations(key, practice_id, id, day, accounts, import_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
};

/* The same columns, from the virtual table (see row_column). Its rows are
 * certainly new, and were one not, the import fails instead of losing it:
 * FAIL rather than the default ABORT, as the whole import is rolled back
 * anyway, and SQLite then keeps no statement journal for a statement
 * that writes a whole file. */
static const char *const bulk_sql[KIND_COUNT] = {
    "INSERT OR FAIL INTO consults(key, practice_id, id, start, patient, channel, role, minutes, reason, import_id) "
    "SELECT key, practice_id, id, t0, patient, e0, e1, i0, e2, import_id FROM ehtrack_rows",
    "INSERT OR FAIL INTO messages(key, practice_id, id, received, answered, patient, channel, import_id) "
    "SELECT key, practice_id, id, t0, t1, patient, e0, import_id FROM ehtrack_rows",
    "INSERT OR FAIL INTO calls(key, practice_id, id, start, direction, wait_s, talk_s, outcome, import_id) "
    "SELECT key, practice_id, id, t0, e0, i0, i1, e1, import_id FROM ehtrack_rows",
    "INSERT OR FAIL INTO survey(key, practice_id, id, day, respondents, aware, import_id) "
    "SELECT key, practice_id, id, day, i0, i1, import_id FROM ehtrack_rows",
    "INSERT OR FAIL INTO registrations(key, practice_id, id, day, accounts, import_id) "
    "SELECT key, practice_id, id, day, i0, import_id FROM ehtrack_rows",
};

/* Identity of a record without an id: a hash of its typed fields (not a
 * secret; the patient in it is already pseudonymised). A message's answer
 * is left out so a later export that shows it answered is the same record. */
static void field_hash(const struct kind_def *def, const struct log_row *row, uint32_t occurrence,
                       unsigned char h[crypto_shorthash_BYTES])
{
    static const unsigned char identity_key[crypto_shorthash_KEYBYTES] = "ehtrack-identity";
    int64_t parts[13];
    size_t n = 0;
    parts[n++] = row->practice_id;
    parts[n++] = row->has_time[0] ? row->time[0] : row->day;
    if (def->kind != KIND_MESSAGES) parts[n++] = row->has_time[1] ? row->time[1] : -1;
    parts[n++] = row->has_patient ? row->patient : -1;
    for (int i = 0; i < 3; i++) parts[n++] = row->enums[i];
    for (int i = 0; i < 3; i++) parts[n++] = row->has_int[i] ? row->ints[i] : -1;
    /* The first of its kind keeps the identity it always had. */
    if (occurrence) parts[n++] = occurrence;
    crypto_shorthash(h, (const unsigned char *)parts, n * sizeof parts[0], identity_key);
}

static void field_identity(const struct kind_def *def, const struct log_row *row, uint32_t occurrence,
                           char out[18])
{
    unsigned char h[crypto_shorthash_BYTES];
    field_hash(def, row, occurrence, h);
    out[0] = '#';
    sodium_bin2hex(out + 1, 17, h, sizeof h);
}

/* How many survey rows of the same fields this pass read before this one.
 * A survey row is a count of respondents, not an event: two rows alike in
 * one file are two groups (the waiting room's and the web's survey of one
 * day, or two respondents of one day who gave one answer in a tool's
 * export of a row per respondent), where two alike rows of an event are
 * one event written twice. The n-th alike row of a file (of each export
 * joined into it: occurrences_restart) is the same record in every import
 * of that file, so importing it again adds nothing. Memory grows with
 * the distinct rows, a few per practice-day. */
static uint32_t survey_occurrence(struct occurrences *o, const struct kind_def *def, const struct log_row *row)
{
    if (def->kind != KIND_SURVEY || row->id) return 0;
    unsigned char bytes[crypto_shorthash_BYTES];
    field_hash(def, row, 0, bytes);
    uint64_t h;
    memcpy(&h, bytes, sizeof h);
    if (!h) h = 1;
    if (o->used * 2 >= o->cap) {
        struct occurrences grown = {xcalloc(o->cap ? o->cap * 2 : 64, sizeof *grown.hashes),
                                    xcalloc(o->cap ? o->cap * 2 : 64, sizeof *grown.counts), o->cap ? o->cap * 2 : 64,
                                    o->used};
        for (size_t i = 0; i < o->cap; i++) {
            if (!o->hashes[i]) continue;
            size_t j = o->hashes[i] & (grown.cap - 1);
            while (grown.hashes[j]) j = (j + 1) & (grown.cap - 1);
            grown.hashes[j] = o->hashes[i];
            grown.counts[j] = o->counts[i];
        }
        free(o->hashes);
        free(o->counts);
        *o = grown;
    }
    size_t j = h & (o->cap - 1);
    while (o->hashes[j] && o->hashes[j] != h) j = (j + 1) & (o->cap - 1);
    if (!o->hashes[j]) {
        o->hashes[j] = h;
        o->used++;
    }
    return o->counts[j]++;
}

/* Counting starts again at a repeated header line: two exports joined
 * into one file are each an export of their own, and the n-th alike row
 * of each is one record, as when the two files are imported apart; else
 * what both exports hold would count twice. The table keeps its size. */
static void occurrences_restart(struct occurrences *o)
{
    if (!o->cap) return;
    memset(o->hashes, 0, o->cap * sizeof *o->hashes);
    memset(o->counts, 0, o->cap * sizeof *o->counts);
    o->used = 0;
}

static void occurrences_clear(struct occurrences *o)
{
    free(o->hashes);
    free(o->counts);
    memset(o, 0, sizeof *o);
}

static void make_pending(const struct kind_def *def, const struct log_row *row, uint32_t occurrence,
                         struct pending *p)
{
    p->row = *row;
    p->hashed[0] = '\0';
    if (row->id) {
        memcpy(p->id, row->id, row->id_len);
        p->id[row->id_len] = '\0';
        p->row.id = p->id;
    } else {
        field_identity(def, row, occurrence, p->hashed);
    }
    p->int_id = row->id && record_key_integer_id(row->id, row->id_len, &p->id_value);
    p->fresh = false;
    if (row->id) record_key_of(row->practice_id, p->id, row->id_len, &p->place);
    else record_key_of(row->practice_id, p->hashed, 17, &p->place);
    p->key = p->place.home;
}

/* ---- rejects --------------------------------------------------------------- */

/* column: the column at fault when it is not the field's own (0: the field's, if any). */
static int write_reject(struct importer *im, long line, int field, int column, long long practice_id,
                        const char *reason)
{
    if (column <= 0 && field >= 0 && im->field_column[field] > 0) column = im->field_column[field];
    if (im->opt->on_reject) {
        im->opt->on_reject(im->opt->reject_ctx, im->path, line, column, reason);
        return EH_OK;
    }
    sqlite3_stmt *st = im->reject;
    sqlite3_bind_int64(st, 1, im->res->import_id);
    sqlite3_bind_int64(st, 2, line);
    if (column > 0) sqlite3_bind_int(st, 3, column);
    else sqlite3_bind_null(st, 3);
    if (field >= 0) sqlite3_bind_text(st, 4, im->def->fields[field].name, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, 4);
    sqlite3_bind_text(st, 5, reason, -1, SQLITE_STATIC);
    if (practice_id) sqlite3_bind_int64(st, 6, practice_id);
    else sqlite3_bind_null(st, 6);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? EH_OK : db_fail(im->db, im->err, "recording a rejected row");
}

/* During the bulk statement rejects wait; otherwise they are written. */
static int add_reject(struct importer *im, long line, int field, int column, long long practice_id,
                      const char *reason)
{
    im->res->rejected++;
    if (!im->in_statement) return write_reject(im, line, field, column, practice_id, reason);
    struct queued_reject *q = &im->rejects[im->nrejects++];
    q->line = line;
    q->field = field;
    q->column = column;
    q->practice_id = practice_id;
    snprintf(q->reason, sizeof q->reason, "%s", reason);
    return EH_OK;
}

/* ---- counting --------------------------------------------------------------- */

static void stop_gathering(struct importer *im, size_t i)
{
    struct gathering *g = &im->gathering[i];
    im->follow_state[g->practice] = FOLLOW_STORED;
    followups_free(&im->idle);
    im->idle = g->contacts;
    followups_clear(&im->idle);
    im->gathering[i] = im->gathering[--im->ngathering];
}

/* Counts the follow-ups of the practices gathered, but for one (0: none);
 * a consult of theirs stored after this drops the count again
 * (day_spans_count_followed), and the table's consults are read after
 * all. */
static void settle_gathered(struct importer *im, long long but)
{
    for (size_t i = im->ngathering; i-- > 0;) {
        if (im->gathering[i].practice == but) continue;
        day_spans_count_followed(&im->spans, im->gathering[i].practice, &im->gathering[i].contacts);
        stop_gathering(im, i);
    }
}

/* A consult stored (sign 1) or taken away (-1). A practice that had no
 * consults before the import has them all in memory until it is settled:
 * when the file moves on to another practice, or the sorted run does
 * (settled with each window, once every row before it is stored). An
 * export comes a practice at a time, so memory holds a practice or two;
 * a practice whose consults come scattered has its count dropped and
 * read from the table. */
static void gather_followup(struct importer *im, const struct log_row *row, int sign)
{
    long long practice = row->practice_id;
    if (practice <= 0 || (size_t)practice >= im->follow_cap || im->follow_state[practice] == FOLLOW_STORED) return;
    size_t i = 0;
    while (i < im->ngathering && im->gathering[i].practice != practice) i++;
    if (sign < 0) {
        if (i < im->ngathering) stop_gathering(im, i);
        im->follow_state[practice] = FOLLOW_STORED;
        return;
    }
    if (i == im->ngathering) {
        if (!im->sorted) settle_gathered(im, practice);
        i = im->ngathering;
        GROW(im->gathering, im->gathering_cap, im->ngathering + 1);
        im->gathering[i].practice = practice;
        im->gathering[i].contacts = im->idle;
        followups_init(&im->idle);
        im->ngathering++;
        im->follow_state[practice] = FOLLOW_GATHERING;
    }
    followups_add(&im->gathering[i].contacts, row->patient, row->time[0], row->enums[0] == CONSULT_ECONSULT);
}

static void note_carried(struct importer *im, const struct log_row *row)
{
    if (row->practice_id < 0) return;
    size_t at = (size_t)row->practice_id;
    if (at >= im->ncarried) {
        size_t n = im->ncarried ? im->ncarried : 64;
        while (n <= at) n *= 2;
        im->carried = xrealloc(im->carried, n * sizeof *im->carried);
        for (size_t i = im->ncarried; i < n; i++)
            im->carried[i] = (struct carried_days){DATE_NONE, DATE_NONE, false};
        im->ncarried = n;
    }
    struct carried_days *c = &im->carried[at];
    if (c->first == DATE_NONE || row->day < c->first) c->first = row->day;
    if (c->last == DATE_NONE || row->day > c->last) c->last = row->day;
}

/* Adds a record to (sign 1) or takes it from (sign -1) its practice-day's
 * counts. */
static void day_add(struct importer *im, const struct log_row *row, int sign)
{
    if (sign > 0) {
        note_carried(im, row);
        if (im->first_day == DATE_NONE || row->day < im->first_day) im->first_day = row->day;
        if (im->last_day == DATE_NONE || row->day > im->last_day) im->last_day = row->day;
    }
    if (im->def->kind == KIND_CONSULTS || im->def->kind == KIND_MESSAGES)
        day_spans_note(&im->spans, row->practice_id, row->day);
    if (im->def->kind == KIND_CONSULTS) {
        day_counts_consult(&im->days, row->practice_id, row->day, row->enums[0], row->enums[2], sign);
        gather_followup(im, row, sign);
    }
    else if (im->def->kind == KIND_CALLS)
        day_counts_call(&im->days, row->practice_id, row->day, row->enums[0], row->enums[1], row->ints[0],
                        row->ints[1], sign);
}

/* Voicemail and callbacks are logged also where missed calls are not:
 * only an abandoned call shows that they are, a new one or one an earlier
 * export of the same days stored (a monthly export overlapping the last). */
static void count_abandoned(struct importer *im, const struct log_row *row)
{
    if (im->def->kind == KIND_CALLS && row->enums[0] == CALL_IN && row->enums[1] == CALL_ABANDONED) im->abandoned++;
}

/* A record stored on a day earlier imports carried may be another form
 * of a stored one: its practice is marked for the notes that look. */
static void mark_stored_day(struct importer *im, const struct log_row *row)
{
    size_t at = (size_t)row->practice_id;
    if (at < im->nearlier_days && row->day >= im->earlier_days[at].first && row->day <= im->earlier_days[at].last) {
        /* An id hashed from the patient column is no source id. */
        if (row->id && row->id[0] != '#') im->carried[at].stored_in_earlier = true;
        else im->carried[at].unnamed_in_earlier = true;
    }
}

/* A record stored: counted, and its practice noted. */
static void count_day(struct importer *im, const struct pending *p)
{
    const struct log_row *row = &p->row;
    im->res->inserted++;
    day_add(im, row, 1);
    mark_stored_day(im, row);
    count_abandoned(im, row);
}

/* ---- one row at a time (queued rows) ------------------------------------------- */

static void bind_id(sqlite3_stmt *st, int i, const struct pending *p)
{
    if (p->int_id) sqlite3_bind_int64(st, i, p->id_value);
    else if (p->row.id) sqlite3_bind_text(st, i, p->row.id, (int)p->row.id_len, SQLITE_STATIC);
    else sqlite3_bind_text(st, i, p->hashed, 17, SQLITE_STATIC);
}

static void bind_enum(sqlite3_stmt *st, int i, const struct kind_field *f, int v)
{
    if (v < 0) sqlite3_bind_null(st, i);
    else sqlite3_bind_text(st, i, f->values[v], -1, SQLITE_STATIC);
}

static void bind_opt_int(sqlite3_stmt *st, int i, bool has, long long v)
{
    if (has) sqlite3_bind_int64(st, i, v);
    else sqlite3_bind_null(st, i);
}

static void bind_row(struct importer *im, sqlite3_stmt *st, const struct pending *p)
{
    const struct kind_field *f = im->def->fields;
    const struct log_row *row = &p->row;
    sqlite3_bind_int64(st, 1, p->key);
    sqlite3_bind_int64(st, 2, row->practice_id);
    bind_id(st, 3, p);
    char day[11];
    switch (im->def->kind) {
    case KIND_CONSULTS:
        sqlite3_bind_int64(st, 4, row->time[0]);
        sqlite3_bind_int64(st, 5, row->patient);
        bind_enum(st, 6, &f[4], row->enums[0]);
        bind_enum(st, 7, &f[5], row->enums[1]);
        bind_opt_int(st, 8, row->has_int[0], row->ints[0]);
        bind_enum(st, 9, &f[7], row->enums[2]);
        sqlite3_bind_int64(st, 10, im->res->import_id);
        break;
    case KIND_MESSAGES:
        sqlite3_bind_int64(st, 4, row->time[0]);
        bind_opt_int(st, 5, row->has_time[1], row->time[1]);
        bind_opt_int(st, 6, row->has_patient, row->patient);
        bind_enum(st, 7, &f[5], row->enums[0]);
        sqlite3_bind_int64(st, 8, im->res->import_id);
        break;
    case KIND_CALLS:
        sqlite3_bind_int64(st, 4, row->time[0]);
        bind_enum(st, 5, &f[3], row->enums[0]);
        sqlite3_bind_int64(st, 6, row->ints[0]);
        sqlite3_bind_int64(st, 7, row->ints[1]);
        bind_enum(st, 8, &f[6], row->enums[1]);
        sqlite3_bind_int64(st, 9, im->res->import_id);
        break;
    case KIND_SURVEY:
        format_date(row->day, day);
        sqlite3_bind_text(st, 4, day, 10, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 5, row->ints[0]);
        sqlite3_bind_int64(st, 6, row->ints[1]);
        sqlite3_bind_int64(st, 7, im->res->import_id);
        break;
    case KIND_REGISTRATIONS:
        format_date(row->day, day);
        sqlite3_bind_text(st, 4, day, 10, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 5, row->ints[0]);
        sqlite3_bind_int64(st, 6, im->res->import_id);
        break;
    case KIND_COUNT:
        break;
    }
}

/* What the record found under a row's identity is to the row. */
struct found {
    bool first;                 /* this import stored it */
    bool same;                  /* it holds the row's figures */
    bool same_time;             /* it holds the row's time (or day), to the minute */
    bool same_rest;             /* it holds the row's figures after the time */
    bool later;                 /* its time (or day) is later than the row's */
};

/* Finds the record of p's identity (*found), or inserts p (*created) on
 * the first free key of its place; p->key ends as the record's key. It
 * looks before it inserts: a record met again has its figures compared
 * anyway (record_carriers.h), and the same look settles a hashed id's
 * identity among the keys it may lie on (record_key.h). */
static int insert_or_find(struct importer *im, struct pending *p, bool *created, struct found *found)
{
    sqlite3_stmt *st = im->note[NOTE_LOOKUP];
    p->key = p->place.home;
    bind_row(im, st, p);
    sqlite3_bind_int64(st, 5 + CARRIER_KINDS[im->def->kind].nfigures, p->place.last);
    struct record_key_probe probe;
    record_key_probe_start(&probe, p->place.home, p->place.last);
    int rc;
    while (db_next(st, &rc, im->err, "looking a record up")) {
        int64_t key = sqlite3_column_int64(st, 0);
        if (sqlite3_column_int(st, 1)) {
            p->key = key;
            found->first = sqlite3_column_int(st, 2);
            found->same = sqlite3_column_int(st, 3);
            found->same_time = sqlite3_column_int(st, 4);
            found->same_rest = sqlite3_column_int(st, 5);
            found->later = sqlite3_column_int(st, 6);
            sqlite3_reset(st);
            *created = false;
            return EH_OK;
        }
        record_key_probe_saw(&probe, key);
    }
    sqlite3_reset(st);
    if (rc) return rc;
    if (!record_key_probe_free(&probe, &p->key))
        return eh_fail(im->err, EH_IO, NULL, 0, 0, "record keys are exhausted near %lld", (long long)p->place.home);
    bind_row(im, im->insert, p);
    rc = sqlite3_step(im->insert);
    sqlite3_reset(im->insert);
    if (rc != SQLITE_DONE) return db_fail(im->db, im->err, "inserting a row");
    *created = true;
    return EH_OK;
}

static int day_of(int64_t civil);

/* A message seen before while still open, now exported with its answer:
 * the record takes the answer, and the carriers keep what each import
 * carried (record_carriers.h). An answer before the received time the
 * record holds (the id's row with another time) is not taken: it would
 * be a negative response time. */
static int take_answer(struct importer *im, const struct pending *p)
{
    sqlite3_stmt *st = im->open_message;
    sqlite3_bind_int64(st, 1, p->key);
    int rc = sqlite3_step(st);
    int64_t received = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(im->db, im->err, "reading a message");
    if (rc == SQLITE_ROW) {
        if (p->row.time[1] < received) {
            im->answers_refused++;
            return EH_OK;
        }
        day_spans_note(&im->spans, p->row.practice_id, day_of(received));
        if (carriers_freeze(&im->freezer, p->key, im->err)) return EH_IO;
        st = im->update;
        sqlite3_bind_int64(st, 1, p->key);
        sqlite3_bind_int64(st, 2, p->row.time[1]);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) return db_fail(im->db, im->err, "updating a message");
        im->res->updated++;
    }
    /* The id's first row in this file set what this import carried; a
     * later row of it with the answer carried the answer too, or taking
     * back another import would reopen the message. */
    st = im->carry_answer;
    sqlite3_bind_int64(st, 1, p->key);
    sqlite3_bind_int64(st, 2, p->row.time[1]);
    sqlite3_bind_int64(st, 3, im->res->import_id);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? EH_OK : db_fail(im->db, im->err, "recording what an import carried");
}

/* Which imports carried the record p->key, for taking one back;
 * *again when this import had carried it already (an id the file repeats). */
static int note_carrier(struct importer *im, const struct pending *p, const struct found *found, bool *again)
{
    *again = found->first;
    if (found->first) return EH_OK;
    sqlite3_stmt *add = im->note[found->same ? NOTE_SAME : NOTE_OWN];
    bind_row(im, add, p);
    int rc = sqlite3_step(add);
    *again = rc == SQLITE_DONE && sqlite3_changes(im->db) == 0;
    sqlite3_reset(add);
    return rc == SQLITE_DONE ? EH_OK : db_fail(im->db, im->err, "recording which import carried a record");
}

static int merge_plain_call(struct importer *im, struct pending *p);
static void import_list_add(struct import_list *l, long long id);

/* The imports whose figures p's record keeps (and would keep were one of
 * them taken back), for the note that names what to take back. */
static int note_kept_by(struct importer *im, const struct pending *p)
{
    sqlite3_stmt *st = im->note[NOTE_EARLIER];
    bind_row(im, st, p);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) import_list_add(&im->kept_by, sqlite3_column_int64(st, 0));
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? EH_OK : db_fail(im->db, im->err, "finding the imports that carried a record");
}

/* Adds to *differ the figures after the time that p's record does not
 * hold (NOTE_DIFFER), for the note to name them. */
static int note_differ(struct importer *im, const struct pending *p, unsigned *differ)
{
    sqlite3_stmt *st = im->note[NOTE_DIFFER];
    bind_row(im, st, p);
    int rc;
    if (db_next(st, &rc, im->err, "comparing a record's figures")) *differ |= (unsigned)sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    return rc;
}

static int store_one(struct importer *im, struct pending *p)
{
    bool created;
    struct found found;
    int rc = insert_or_find(im, p, &created, &found);
    if (rc) return rc;
    if (created) {
        count_day(im, p);
        return EH_OK;
    }
    bool again;
    if ((rc = note_carrier(im, p, &found, &again))) return rc;
    long long refused = im->answers_refused, updated = im->res->updated;
    if (im->def->kind == KIND_MESSAGES && p->row.has_time[1] && (rc = take_answer(im, p))) return rc;
    /* An id met again at another time: a corrected export keeps its
     * records' times, another source numbering in the same range does not
     * (its row is lost to the record stored). An answer refused for it is
     * a note of its own; an id this file repeats is a note of its own too. */
    if (!found.same_time && im->answers_refused == refused) {
        if (im->res->updated != updated) im->answers_other_time++;
        else ++*(again ? &im->time_repeated : &im->id_other_time);
        if (again && found.later && im->res->updated == updated) im->time_repeated_earlier++;
    }
    /* The same record with other figures (a format corrected, an export
     * corrected) keeps the stored ones: the import says so. An answer that
     * came later is taken (updated), and a row without the answer stored
     * is an older export, neither a correction; calls merged with legs
     * have figures of their own. A row repeating an id of this file is
     * that, whichever import stored the record. */
    else if (!found.same_rest && im->res->updated == updated && im->answers_refused == refused && !im->legs_stored &&
             (im->def->kind != KIND_MESSAGES || p->row.has_time[1])) {
        ++*(again ? &im->figures_repeated : &im->figures_kept);
        if ((rc = note_differ(im, p, again ? &im->figures_repeated_differ : &im->figures_kept_differ))) return rc;
        if (!again && (rc = note_kept_by(im, p))) return rc;
    }
    if (im->legs_stored && (rc = merge_plain_call(im, p))) return rc;
    note_carried(im, &p->row);
    count_abandoned(im, &p->row);
    im->res->duplicates++;
    return EH_OK;
}

/* ---- calls written as legs ---------------------------------------------------- */

static int day_of(int64_t civil)
{
    return (int)(civil >= 0 ? civil / 86400 : (civil - 86399) / 86400);
}

static void leg_of_row(const struct log_row *row, struct call_leg *leg)
{
    leg->start = row->time[0];
    leg->direction = row->enums[0];
    leg->wait_s = row->ints[0];
    leg->talk_s = row->ints[1];
    leg->outcome = row->enums[1];
}

static void set_call(struct log_row *row, const struct call_leg *call)
{
    row->time[0] = call->start;
    row->has_time[0] = true;
    row->day = day_of(call->start);
    row->enums[0] = call->direction;
    row->enums[1] = call->outcome;
    row->ints[0] = call->wait_s;
    row->ints[1] = call->talk_s;
    row->has_int[0] = row->has_int[1] = true;
}

/* The figures stored for a call. */
static int stored_call(struct importer *im, int64_t call_key, struct call_leg *call, long long *import_id)
{
    sqlite3_stmt *st = im->call_get;
    sqlite3_bind_int64(st, 1, call_key);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        call_leg_read(st, 0, call);
        *import_id = sqlite3_column_int64(st, 5);
    }
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? EH_OK : db_fail(im->db, im->err, "reading a stored call");
}

/* A call an earlier import stored without legs (a format without
 * same_id: legs) becomes the first leg of itself, so the legs now
 * arriving merge with it instead of replacing it. */
static int seed_stored_call(struct importer *im, int64_t call_key)
{
    sqlite3_stmt *st = im->call_has_legs;
    sqlite3_bind_int64(st, 1, call_key);
    int rc = sqlite3_step(st);
    bool has = rc == SQLITE_ROW && sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) return db_fail(im->db, im->err, "reading the legs of a call");
    if (has) return EH_OK;
    struct call_leg stored;
    long long import_id;
    int64_t leg_key;
    bool fresh;
    if ((rc = stored_call(im, call_key, &stored, &import_id))) return rc;
    return call_leg_store_put(&im->legs, call_key, &stored, import_id, &leg_key, &fresh, im->err);
}

/* The call p->key merged again from every leg the database holds, its
 * record and its day counts moved when that changes its figures. */
static int remerge_call(struct importer *im, struct pending *p, bool *changed)
{
    *changed = false;
    struct call_leg old, merged;
    long long import_id;
    bool found;
    int rc;
    if ((rc = stored_call(im, p->key, &old, &import_id)) ||
        (rc = call_legs_merged(im->db, im->legs_of_call, p->key, &merged, &found, im->err)))
        return rc;
    if (!found || call_leg_equal(&old, &merged)) return EH_OK;
    /* A plain import that carried the call keeps the figures it carried. */
    if ((rc = carriers_freeze(&im->freezer, p->key, im->err))) return rc;
    sqlite3_stmt *st = im->call_update;
    sqlite3_bind_int64(st, 1, p->key);
    call_leg_bind(st, 2, &merged);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_fail(im->db, im->err, "updating a call");
    /* The call moves in the daily counts: an abandoned call that a later
     * export shows answered leaves the abandoned count. */
    struct log_row before = p->row;
    set_call(&before, &old);
    day_add(im, &before, -1);
    set_call(&p->row, &merged);
    day_add(im, &p->row, 1);
    *changed = true;
    return EH_OK;
}

/* One row of a format with same_id: legs: the leg is kept, and its call
 * created or merged again with every leg of it the database holds. */
static int store_leg(struct importer *im, struct pending *p)
{
    struct call_leg leg, call;
    leg_of_row(&p->row, &leg);
    call_merge(&leg, 1, &call);
    set_call(&p->row, &call);
    bool created;
    struct found stored;
    int rc = insert_or_find(im, p, &created, &stored);
    if (rc) return rc;
    /* The calls this import met: each counts once, as new or known. */
    sqlite3_bind_int64(im->touch, 1, p->key);
    sqlite3_bind_int(im->touch, 2, !created);
    rc = sqlite3_step(im->touch);
    sqlite3_reset(im->touch);
    if (rc != SQLITE_DONE) return db_fail(im->db, im->err, "noting a call of the import");
    bool first_time = sqlite3_changes(im->db) > 0;
    if (!created && first_time) {
        im->res->duplicates++;
        if ((rc = seed_stored_call(im, p->key))) return rc;
        /* The call is carried on its own day, not its leg's (a leg after
         * midnight of a call that rang before it), as migration 11 counts
         * it; a merge that moves the call notes its new day (day_add). */
        struct call_leg stored_figures;
        long long stored_by;
        if ((rc = stored_call(im, p->key, &stored_figures, &stored_by))) return rc;
        struct log_row as_stored = p->row;
        set_call(&as_stored, &stored_figures);
        note_carried(im, &as_stored);
    }
    int64_t leg_key;
    bool fresh;
    if ((rc = call_leg_store_put(&im->legs, p->key, &leg, im->res->import_id, &leg_key, &fresh, im->err)))
        return rc;
    if (created) {
        im->res->inserted++;
        day_add(im, &p->row, 1);
        mark_stored_day(im, &p->row);
        return EH_OK;
    }
    if (!fresh) return EH_OK;
    bool changed;
    if ((rc = remerge_call(im, p, &changed)) || !changed) return rc;
    sqlite3_bind_int64(im->touch_updated, 1, p->key);
    rc = sqlite3_step(im->touch_updated);
    sqlite3_reset(im->touch_updated);
    if (rc != SQLITE_DONE) return db_fail(im->db, im->err, "noting an updated call");
    if (sqlite3_changes(im->db) > 0) im->res->updated++;
    return EH_OK;
}

/* A plain call met where legs of its id are stored and no plain import
 * gave one: a leg of the call, as the first plain import's call becomes
 * one when legs arrive after it (seed_stored_call). Among plain imports
 * the first stays the one that counts, also for a second row of the id in
 * this file, so the call is the same in whatever order plain exports and
 * legs came, and taking an import back leaves what the others give. */
static int merge_plain_call(struct importer *im, struct pending *p)
{
    sqlite3_stmt *st = im->plain_leg_needed;
    sqlite3_bind_int64(st, 1, p->key);
    int rc = sqlite3_step(st);
    bool needed = rc == SQLITE_ROW && sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) return db_fail(im->db, im->err, "reading the legs of a call");
    if (!needed) return EH_OK;
    struct call_leg leg;
    leg_of_row(&p->row, &leg);
    int64_t leg_key;
    bool fresh, changed;
    if ((rc = call_leg_store_put(&im->legs, p->key, &leg, im->res->import_id, &leg_key, &fresh, im->err)) || !fresh ||
        (rc = remerge_call(im, p, &changed)))
        return rc;
    if (changed) im->res->updated++;
    return EH_OK;
}

/* After the legs: the calls of this file, new or stored before, that
 * stayed abandoned, for the note. */
static int count_abandoned_calls(struct importer *im)
{
    return db_int(im->db, "SELECT count(*) FROM temp.import_calls t JOIN calls c ON c.key = t.key "
                          "WHERE c.direction = 'in' AND c.outcome = 'abandoned'",
                  0, &im->abandoned, im->err);
}

static int drain_queues(struct importer *im)
{
    int rc = EH_OK;
    for (size_t i = 0; i < im->nrejects && !rc; i++)
        rc = write_reject(im, im->rejects[i].line, im->rejects[i].field, im->rejects[i].column,
                          im->rejects[i].practice_id, im->rejects[i].reason);
    im->nrejects = 0;
    for (size_t i = 0; i < im->nqueue && !rc; i++) rc = store_one(im, &im->queue[i]);
    im->nqueue = 0;
    return rc;
}

/* ---- rows in the sorter's form -------------------------------------------------- */

/* A row as the sorter keeps it: a byte of flags, the practice, the day,
 * the values the row has, then the id's bytes (or the field identity's). */
enum { SR_TIME0 = 1, SR_TIME1 = 2, SR_PATIENT = 4, SR_INT0 = 8, SR_ID = 64, SR_PACKED = 128 };

static unsigned char *put(unsigned char *at, const void *v, size_t n)
{
    memcpy(at, v, n);
    return at + n;
}

static const unsigned char *get(const unsigned char *at, void *v, size_t n)
{
    memcpy(v, at, n);
    return at + n;
}

/* A row's bytes as the sorter keeps them (at most ROW_BYTES), handed
 * from the reading thread in this form too; sorted_row reads them back. */
static size_t encode_row(const struct pending *p, unsigned char *buf)
{
    unsigned char *at = buf + 1;
    const struct log_row *r = &p->row;
    uint8_t flags = (r->has_time[0] ? SR_TIME0 : 0) | (r->has_time[1] ? SR_TIME1 : 0) |
                    (r->has_patient ? SR_PATIENT : 0) | (r->id ? SR_ID : 0) | (p->place.packed ? SR_PACKED : 0);
    int32_t practice = (int32_t)r->practice_id, day = r->day;
    at = put(at, &practice, 4);
    at = put(at, &day, 4);
    for (int i = 0; i < 2; i++)
        if (r->has_time[i]) at = put(at, &r->time[i], 8);
    if (r->has_patient) at = put(at, &r->patient, 8);
    for (int i = 0; i < 3; i++) {
        /* Enums have a few values; the kinds' integers are at most 10^7. */
        *at++ = (unsigned char)(int8_t)r->enums[i];
        if (r->has_int[i]) {
            int32_t v = (int32_t)r->ints[i];
            at = put(at, &v, 4);
            flags |= SR_INT0 << i;
        }
    }
    buf[0] = flags;
    at = r->id ? put(at, p->id, r->id_len) : put(at, p->hashed, 17);
    return (size_t)(at - buf);
}

static void sorted_row(int64_t key, const void *rec, size_t len, struct pending *p)
{
    const unsigned char *at = rec, *end = at + len;
    uint8_t flags = *at++;
    struct log_row *r = &p->row;
    memset(r, 0, sizeof *r);
    int32_t practice, day;
    at = get(at, &practice, 4);
    at = get(at, &day, 4);
    r->practice_id = practice;
    r->day = day;
    for (int i = 0; i < 2; i++)
        if ((r->has_time[i] = flags & (SR_TIME0 << i))) at = get(at, &r->time[i], 8);
    if ((r->has_patient = flags & SR_PATIENT)) at = get(at, &r->patient, 8);
    for (int i = 0; i < 3; i++) {
        r->enums[i] = (int8_t)*at++;
        if ((r->has_int[i] = flags & (SR_INT0 << i))) {
            int32_t v;
            at = get(at, &v, 4);
            r->ints[i] = v;
        }
    }
    size_t n = (size_t)(end - at);
    p->hashed[0] = '\0';
    if (flags & SR_ID) {
        memcpy(p->id, at, n);
        p->id[n] = '\0';
        r->id = p->id;
        r->id_len = n;
    } else {
        memcpy(p->hashed, at, n);
        p->hashed[n] = '\0';
    }
    p->int_id = r->id && record_key_integer_id(r->id, r->id_len, &p->id_value);
    p->fresh = false;
    p->place.packed = flags & SR_PACKED;
    p->place.home = p->key = key;
    p->place.last = p->place.packed ? key : key + RECORD_KEY_PROBES;
}

/* ---- reading rows ----------------------------------------------------------- */

static void show_progress(struct importer *im, bool final)
{
    double elapsed = monotonic_seconds() - im->started;
    long long done = final ? im->size : im->bytes_seen;
    int pct = im->size > 0 ? (int)(done * 100 / im->size) : 100;
    fprintf(stderr, "\r%s%s: %3d%%  %lld rows  %.0f rows/s ", im->path, im->validate_only ? " (checking)" : "",
            pct > 100 ? 100 : pct, im->rows, elapsed > 0 ? im->rows / elapsed : 0.0);
    if (final) fputc('\n', stderr);
    fflush(stderr);
}

/* Bytes of a capital letter at s, else 0: A-Z, a Latin-1 capital ("É",
 * C3 80..9E but the multiplication sign) or a Latin Extended-A one ("Ş",
 * "Ł", "Ž": U+0100..U+017F, where capitals and small letters alternate). */
static size_t capital_at(const unsigned char *s, size_t n)
{
    if (n && s[0] >= 'A' && s[0] <= 'Z') return 1;
    if (n >= 2 && s[0] == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E && s[1] != 0x97) return 2;
    if (n >= 2 && (s[0] == 0xC4 || s[0] == 0xC5) && (s[1] & 0xC0) == 0x80) {
        unsigned cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        bool odd = cp & 1;
        bool upper = cp <= 0x137 ? !odd : cp == 0x138 ? false : cp <= 0x148 ? odd : cp <= 0x177 ? !odd
                   : cp == 0x178 ? true : odd && cp <= 0x17E;
        return upper ? 2 : 0;
    }
    return 0;
}

/* Words of the care and phone codes exports carry: a value with one of
 * them is a code, however it is written (Telefonisch Consult, Microsoft
 * Teams, Herh.Recept). */
static bool holds_code_word(const char *s, size_t n)
{
    static const char *const stems[] = {"consult", "telefo", "recept", "afspraak", "bericht", "spreekuur",
                                        "visite", "bezoek", "portaal", "portal", "video", "beeldbel", "teams",
                                        "zoom", "voicemail", "wachtrij", "queue", "answer", "herh", "dienst",
                                        "verzoek", "overdr", "triage", "spoed", "uitslag", "notitie", "intake",
                                        "controle", "terugbel", "callback", "e-mail", "email"};
    for (size_t k = 0; k < ARRAY_LEN(stems); k++) {
        size_t m = strlen(stems[k]);
        for (size_t i = 0; i + m <= n; i++)
            if (strncasecmp(s + i, stems[k], m) == 0) return true;
    }
    return false;
}

/* Whether s[0..n) reads as a person's name written out: two to five words
 * of letters, one at least a capital and small letters ("Hendrika Jansen",
 * "Noël Smit", "Şükrü Yılmaz", "Piet JANSEN", "Ronald McDonald", up to
 * eight words, an initial before or after: "P Jansen"; "Anne-
 * Marie van Dijk" is caught by its particle), or a title before a name
 * ("Mevr. Bakker", "Dhr Jansen", "Fam. Yilmaz", "patiënt Jansen"). A code in capitals (NO
 * ANSWER), with a small second word (Telefonisch consult) or with a word
 * of care (Telefonisch Consult) is none. */
static bool reads_as_name(const char *str, size_t n)
{
    static const char *const titles[] = {"Mevr", "Mw", "Dhr", "Hr", "Fam", "Mevrouw", "Meneer", "Familie",
                                         "Mr", "Mrs", "Ms", "Dr", "De heer", "Mijnheer", "Heer", "Dokter",
                                         "Zuster", "Wed", "Weduwe", "Mej", "Juffrouw", "Prof", "Ir", "Drs",
                                         "Ing", "Patiënt", "Patient", "Pat", "Pt", "Cliënt", "Client"};
    const unsigned char *s = (const unsigned char *)str;
    if (holds_code_word(str, n)) return false;
    for (size_t k = 0; k < ARRAY_LEN(titles); k++) {
        size_t tl = strlen(titles[k]);
        size_t at = tl + (n > tl && s[tl] == '.');
        while (at < n && s[at] == ' ') at++;
        /* The name after a title in any case ("mevrouw bakker", "Mevr. bakker"). */
        if (n > tl + 1 && strncasecmp(str, titles[k], tl) == 0 && (s[tl] == '.' || s[tl] == ' ') && at < n &&
            (isalpha(s[at]) || s[at] >= 0x80))
            return true;
    }
    size_t words = 0, i = 0;
    bool capitalised = false;
    while (i < n) {
        size_t cap = capital_at(s + i, n - i);
        if (!cap) return false;
        i += cap;
        size_t small = 0, letters = 1;
        while (i < n && s[i] != ' ') {
            unsigned char c = s[i];
            size_t more;
            if (c >= 'a' && c <= 'z') {
                small++;
                i++;
            } else if ((more = capital_at(s + i, n - i))) {
                /* McDonald, JANSEN */
                i += more;
            } else if (c >= 0x80) {
                /* a small letter beyond ASCII (ë, ç, ı): its bytes together */
                small++;
                i++;
                while (i < n && (s[i] & 0xC0) == 0x80) i++;
            } else if ((c == '-' || c == '\'') && i + 1 < n && s[i + 1] != ' ') {
                i++;
            } else if (c == '.' && i + 1 == n && letters == 1) {
                break; /* "Bakker J." */
            } else {
                return false;
            }
            letters++;
        }
        /* An initial after the surname ("Jansen P", "Bakker J.") or
         * before it ("P Jansen") */
        bool initial = letters == 1 && ((words > 0 && (i == n || (s[i] == '.' && i + 1 == n))) ||
                                        (words == 0 && i < n && s[i] == ' '));
        if (initial && i < n) i++;
        if (letters < 2 && !initial) return false;
        capitalised |= small > 0;
        words++;
        while (i < n && s[i] == ' ') i++; /* the blanks, one or more ("Hendrika  Jansen") */
    }
    /* Dutch names run long: "Jansen Hendrika Maria Johanna Petronella". */
    return capitalised && words >= 2 && words <= 8;
}

/* A name as systems that write capitals only give it: a surname with its
 * initials after it ("JANSEN P", "BAKKER J.", "JANSEN PJ", "DE VRIES A",
 * "JANSEN-DE VRIES A") or after a particle ("VAN DIJK", "DE VRIES",
 * "VAN DEN BERG"). Two words of capitals and nothing more ("YILMAZ AYSE")
 * cannot be told from a code ("NO ANSWER") on their own: any_words takes
 * them, for where other values are names. */
static bool capitals_name(const char *str, size_t n, bool any_words)
{
    static const char *const particles[] = {"VAN", "DE", "DEN", "DER", "TER", "TEN", "VON", "VD"};
    const unsigned char *s = (const unsigned char *)str;
    size_t words = 0, i = 0, long_words = 0, last_letters = 0;
    bool particle_first = false;
    while (i < n) {
        size_t start = i, letters = 0, cap;
        while (i < n && s[i] != ' ') {
            if ((cap = capital_at(s + i, n - i))) {
                i += cap;
                letters++;
            } else if ((s[i] == '-' || s[i] == '\'') && letters && i + 1 < n && s[i + 1] != ' ') {
                i++;
            } else if (s[i] == '.' && letters) {
                i++;    /* "J.", "P.J." */
            } else {
                return false;
            }
        }
        if (!letters) return false;
        if (words == 0)
            for (size_t k = 0; k < ARRAY_LEN(particles); k++)
                particle_first |= strlen(particles[k]) == i - start && memcmp(s + start, particles[k], i - start) == 0;
        long_words += letters >= 2;
        last_letters = letters;
        words++;
        while (i < n && s[i] == ' ') i++;
    }
    if (words < 2 || words > 5 || holds_code_word(str, n)) return false;
    if (particle_first || any_words) return true;
    /* initials last, after a surname of two letters or more */
    return last_letters <= 2 && long_words - (last_letters == 2) >= 1;
}

/* Bytes of a digit at s, else 0: 0-9, or one written in another script
 * as some systems and keyboards give them: Arabic-Indic (U+0660..0669),
 * Eastern Arabic-Indic (U+06F0..06F9), full-width (U+FF10..FF19). */
static size_t digit_at(const unsigned char *s, size_t n)
{
    if (n && s[0] >= '0' && s[0] <= '9') return 1;
    if (n >= 2 && s[0] == 0xD9 && s[1] >= 0xA0 && s[1] <= 0xA9) return 2;
    if (n >= 2 && s[0] == 0xDB && s[1] >= 0xB0 && s[1] <= 0xB9) return 2;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99) return 3;
    return 0;
}

/* "jansen, hendrika": two words of letters around ", " in any case, as a
 * system that writes "surname, first name" in small letters gives them. */
static bool surname_comma_name(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, words = 0;
    while (i < n) {
        size_t start = i;
        while (i < n && (isalpha(u[i]) || u[i] >= 0x80 || ((u[i] == '-' || u[i] == '\'') && i > start))) i++;
        if (i - start < 2) return false;
        words++;
        if (i == n) break;
        if (words == 1 && u[i] == ',') {
            i++;
            while (i < n && u[i] == ' ') i++;
        } else if (words > 1 && u[i] == ' ') {
            i++;    /* a second first name */
        } else {
            return false;
        }
    }
    return words >= 2 && memchr(s, ',', n) && !holds_code_word(s, n);
}

/* One word of name parts joined by '-', '/' or an apostrophe, each a
 * capital and small letters: a double surname ("Jansen-Wolters",
 * "Yılmaz-Kaya"), a double first name ("Anne-Marie"), two people
 * ("Jansen/Bakker"), "O'Brien" (a single capital before the apostrophe),
 * "d'Hondt" (a small one). A word of care in it makes it a code
 * (E-Consult). */
static bool joined_name(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, parts = 0;
    if (n > 2 && (s[0] == 'd' || s[0] == 'l') && s[1] == '\'' && capital_at(s + 2, n - 2)) {
        i = 2;
        parts = 1;
    }
    while (i < n) {
        size_t cap = capital_at(s + i, n - i);
        if (!cap) return false;
        i += cap;
        size_t small = 0;
        while (i < n && s[i] != '-' && s[i] != '/' && s[i] != '\'') {
            if (s[i] >= 'a' && s[i] <= 'z') {
                i++;
            } else if (s[i] >= 0x80 && !capital_at(s + i, n - i)) {
                for (i++; i < n && (s[i] & 0xC0) == 0x80; i++) {}
            } else {
                return false;
            }
            small++;
        }
        parts++;
        bool apostrophe_next = i < n && s[i] == '\'';
        if (!small && !(apostrophe_next && parts == 1)) return false;
        if (i < n) {
            if (++i == n) return false;
        }
    }
    return parts >= 2 && !holds_code_word(str, n);
}

/* "Jansen (moeder)", "Sanne (dochter)": a name with who the person is to
 * the patient; the length of the value before it, else 0. */
static size_t before_relation(const char *s, size_t n)
{
    static const char *const relations[] = {
        "moeder", "vader", "dochter", "zoon", "kind", "partner", "echtgenoot", "echtgenote", "man", "vrouw",
        "ouder", "ouders", "verzorger", "mantelzorger", "broer", "zus", "oma", "opa", "tante", "oom", "neef",
        "nicht", "buurman", "buurvrouw", "voogd", "mother", "father", "daughter", "son", "wife", "husband",
        "parent", "carer"};
    if (n < 4 || s[n - 1] != ')') return 0;
    const char *open = memrchr(s, '(', n);
    if (!open || open == s) return 0;
    size_t word = (size_t)(s + n - 1 - (open + 1));
    for (size_t k = 0; k < ARRAY_LEN(relations); k++)
        if (strlen(relations[k]) == word && strncasecmp(open + 1, relations[k], word) == 0) {
            size_t before = (size_t)(open - s);
            while (before && s[before - 1] == ' ') before--;
            return before;
        }
    return 0;
}

/* Names as systems that write small letters only give them: "jansen p"
 * (a surname and its initial), "jan.jansen", "j.de.vries" (a login or the
 * part of an e-mail address before the @). "n.v.t." (initials alone) is
 * none. */
static bool small_letters_name(const char *s, size_t n)
{
    size_t words = 0, long_words = 0, last = 0;
    char joint = 0;
    for (size_t i = 0; i < n;) {
        size_t start = i;
        while (i < n && s[i] >= 'a' && s[i] <= 'z') i++;
        if (i == start) return false;
        last = i - start;
        long_words += last >= 3;
        words++;
        if (i == n || (s[i] == '.' && i + 1 == n)) break; /* "jansen p." */
        if ((s[i] != ' ' && s[i] != '.') || (joint && s[i] != joint)) return false;
        joint = s[i++];
        if (i == n) return false;
    }
    if (words < 2 || !long_words || holds_code_word(s, n)) return false;
    return joint == '.' || (words == 2 && last == 1);
}

/* A value that could identify someone rather than name a code: a patient
 * number, a citizen service number (BSN) or a phone number has five digits
 * or more, however written (1234.56.782, 06-12345678), and so has a date of
 * birth (12-03-1954); an e-mail address has an @; a name is written as
 * "Jansen, Hendrika", "J. Jansen" or "de Vries" (a surname particle before
 * a capital). A code of a practice system is none of these. digits_count:
 * whether five digits or more make the value personal, as they do in a
 * column of codes; an id has digits of its own, so of an id only names and
 * e-mail addresses are judged. */
static bool could_identify_as(const char *s, size_t n, bool digits_count)
{
    if (reads_as_name(s, n) || surname_comma_name(s, n) || capitals_name(s, n, false) || joined_name(s, n) ||
        small_letters_name(s, n))
        return true;
    size_t named = before_relation(s, n);
    if (named && !holds_code_word(s, n) &&
        (reads_as_name(s, named) || joined_name(s, named) || capital_at((const unsigned char *)s, named)))
        return true;
    static const char *const particles[] = {"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "op", "in",
                                            "la", "le", "du", "da", "di", "von", "zu", "el", "al", "bin", "ben"};
    const unsigned char *u = (const unsigned char *)s;
    size_t digits = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t digit = digit_at(u + i, n - i);
        if (digit && ++digits >= 5 && digits_count) return true;
        if (digit > 1) i += digit - 1;
        if (c == '@') return true;
        bool capital_next = i + 2 < n && s[i + 1] == ' ' && capital_at(u + i + 2, n - i - 2);
        /* the letter before s[i] is a capital ("J", "É") */
        bool capital_before = i > 0 && (isupper(u[i - 1]) || (i > 1 && capital_at(u + i - 2, 2) == 2));
        /* "Jansen, Hendrika" and "J. Jansen", "É. Dubois" */
        if (capital_next && (c == ',' || (c == '.' && capital_before))) return true;
        /* The same without the blank, as a log whose values hold none
         * writes them: "Jansen,Piet", "J.Bakker", "Ö.Şahin", "Piet.Jansen",
         * "Jansen,H." (but not a code: "Herh.Recept"). */
        size_t cap = (c == ',' || c == '.') && i + 1 < n ? capital_at(u + i + 1, n - i - 1) : 0;
        size_t after = i + 1 + cap;
        if (cap && i > 0 && (isalpha(u[i - 1]) || u[i - 1] >= 0x80) &&
            (after == n || islower(u[after]) || u[after] >= 0x80 || (c == ',' && s[after] == '.')) &&
            !holds_code_word(s, n))
            return true;
        /* "de Vries", "van den Berg": a particle starting the value or a word */
        if (c == ' ' && i + 1 < n && isupper((unsigned char)s[i + 1])) {
            size_t start = i;
            while (start > 0 && s[start - 1] != ' ' && s[start - 1] != ',') start--;
            for (size_t k = 0; k < ARRAY_LEN(particles); k++)
                if (strlen(particles[k]) == i - start && strncmp(s + start, particles[k], i - start) == 0) return true;
        }
    }
    return false;
}

static bool could_identify(const char *s, size_t n)
{
    return could_identify_as(s, n, true);
}

/* The cheap test before could_identify_as on every row's id: a name or an
 * e-mail address has a letter and a blank, comma, point or @; a number, a
 * uniqueid (1711440000.123) or a code (c-7f3b01) passes untouched. */
static bool id_may_name_someone(const char *s, size_t n)
{
    bool letter = false, separator = false;
    for (size_t i = 0; i < n && !(letter && separator); i++) {
        unsigned char c = (unsigned char)s[i];
        letter |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        letter |= c >= 0x80;
        separator |= c == ' ' || c == ',' || c == '.' || c == '@';
    }
    return letter && separator;
}

/* A rejected row's coded fields whose source value the format does not
 * map are counted per value; a value that may carry a patient's data (a
 * patient or free-text column, a number like a patient's) is counted
 * without being kept. Here the reading side notes them in the item. */
static void collect_unmapped(const struct read_side *rs, const char *const *values, const size_t *lens,
                             struct read_reject *it)
{
    const struct log_format *fmt = rs->fmt;
    it->nunmapped = it->hidden = 0;
    for (size_t i = 0; i < rs->def->nfields; i++) {
        const struct kind_field *kf = &rs->def->fields[i];
        if (kf->type != FT_ENUM && kf->type != FT_ENUM_OPT) continue;
        const char *v = values[i];
        size_t n = v ? lens[i] : 0;
        while (n && (*v == ' ' || *v == '\t')) {
            v++;
            n--;
        }
        if (!n || kind_enum_find(kf, v, n) >= 0) continue;
        const char *src = fmt->source[i];
        size_t sn = src ? fmt->source_len[i] : 0;
        while (sn && isspace((unsigned char)*src)) {
            src++;
            sn--;
        }
        while (sn && isspace((unsigned char)src[sn - 1])) sn--;
        /* Calls have no patient column, but a shifted one may hold the
         * caller's number. */
        bool hidden = !sn || sn > 64 || fmt->fields[i].free_text || could_identify(src, sn);
        if (!hidden && rs->def->has_patients) {
            int pf = rs->patient_field;
            const char *pv = pf >= 0 ? fmt->source[pf] : NULL;
            size_t pn = pv ? fmt->source_len[pf] : 0;
            hidden = (pf >= 0 && format_fields_share_column(fmt, (int)i, pf)) ||
                     (pn && pn == sn && memcmp(pv, src, sn) == 0);
        }
        if (it->nunmapped == (int)ARRAY_LEN(it->unmapped)) {
            it->hidden++;
            continue;
        }
        struct unmapped_value *u = &it->unmapped[it->nunmapped++];
        u->field = kf->name;
        u->secret = hidden;
        if (hidden) {
            unsigned char h[crypto_shorthash_BYTES];
            crypto_shorthash(h, (const unsigned char *)src, sn, rs->secret_key);
            sodium_bin2hex(u->value, sizeof u->value, h, sizeof h);
            u->len = 2 * sizeof h;
        } else {
            u->len = sn;
            memcpy(u->value, src, sn);
        }
    }
}

/* The statement's side of collect_unmapped: counted in temp.import_codes. */
static int count_unmapped(struct importer *im, const struct read_reject *it)
{
    im->codes_hidden += it->hidden;
    for (int i = 0; i < it->nunmapped; i++) {
        sqlite3_stmt *st = im->code_count;
        sqlite3_bind_text(st, 1, it->unmapped[i].field, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, it->unmapped[i].value, (int)it->unmapped[i].len, SQLITE_STATIC);
        sqlite3_bind_int(st, 3, it->unmapped[i].secret);
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) return db_fail(im->db, im->err, "counting unmapped codes");
    }
    return EH_OK;
}

static struct read_reject *reject_item(struct read_batch *batch, size_t *nrejects, struct read_item *item, long line,
                                       int field, long long practice_id, const char *reason)
{
    item->kind = READ_REJECT;
    struct read_reject *it = &batch->rejects[(*nrejects)++];
    it->line = line;
    it->field = field;
    it->column = 0;
    it->practice_id = practice_id;
    it->nunmapped = it->hidden = 0;
    snprintf(it->reason, sizeof it->reason, "%s", reason);
    return it;
}

static void trim_blanks(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*n)--;
    }
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t')) (*n)--;
}

/* The register's practice of an AGB code as a row holds it, 0 for none. */
static long long practice_of_value(struct read_side *rs, const char *agb, size_t n)
{
    trim_blanks(&agb, &n);
    return n == 8 ? find_practice(&rs->practices, agb, n) : 0;
}

/* The practice of a rejected row: --practice's, or the register's
 * practice its practice field names, 0 when it names none. A workbook
 * lists the rejects of its own practices (and those of no known one). */
static long long named_practice(struct read_side *rs, const char **values, const size_t *lens)
{
    int pf = rs->practice_field;
    if (rs->practice_id || pf < 0 || !values[pf]) return rs->practice_id;
    return practice_of_value(rs, values[pf], lens[pf]);
}

/* The same for a row rejected before its fields are read (too many
 * fields, a value under an unnamed column): the practice column as is. */
static long long record_practice(struct read_side *rs, const struct csv_record *rec)
{
    int pc = rs->practice_column;
    if (rs->practice_id || pc < 0 || (size_t)pc >= rec->count) return rs->practice_id;
    return practice_of_value(rs, rec->fields[pc].p, rec->fields[pc].len);
}

static bool blank_field(const struct csv_field *f)
{
    const char *p = f->p;
    size_t n = f->len;
    trim_blanks(&p, &n);
    return n == 0;
}

/* The fields of a record before its trailing blank ones. */
static size_t named_count(const struct csv_record *rec)
{
    size_t named = rec->count;
    while (named > 1 && blank_field(&rec->fields[named - 1])) named--;
    return named;
}

/* A row a spreadsheet with Dutch settings saved again: ';' between its
 * values where the format reads ',', so it splits into fewer columns than
 * the format reads, at a comma inside a value. Its columns are not where
 * the format looks: a skip rule may read "30" from a dial string as an
 * extension. One ';' in a text is not that: a ';' for every other column
 * the format reads is. */
static bool separated_by_semicolons(const struct read_side *rs, const struct log_format *fmt,
                                    const struct csv_record *rec)
{
    if (rec->count >= rs->columns_read || fmt->parser != PARSER_CSV || rs->reader.delimiter == ';') return false;
    size_t semicolons = 0;
    for (size_t i = 0; i < rec->count; i++)
        for (const char *at = rec->fields[i].p, *end = at + rec->fields[i].len;
             (at = memchr(at, ';', (size_t)(end - at))); at++)
            semicolons++;
    return semicolons >= 2 && semicolons * 2 >= rs->columns_read;
}

/* Two exports joined into one file (`cat`, or pasted in a spreadsheet)
 * hold the second one's header line among the rows; its byte order mark
 * came along if the exports had one. */
static bool repeats_header(const struct read_side *rs, const struct csv_record *rec)
{
    if (!rs->header_named || named_count(rec) != rs->header_named) return false;
    const char *want = rs->header_text.buf;
    for (size_t i = 0; i < rs->header_named; i++) {
        const char *p = rec->fields[i].p;
        size_t len = rec->fields[i].len, want_len = strlen(want);
        if (i == 0 && len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3, len -= 3;
        if (len != want_len || memcmp(p, want, len) != 0) return false;
        want += want_len + 1;
    }
    return true;
}

/* The 1-based column of the first value right of the header's named
 * columns, or 0. */
static size_t first_filled(const struct csv_record *rec, size_t named)
{
    for (size_t i = named; i < rec->count; i++)
        if (!blank_field(&rec->fields[i])) return i + 1;
    return 0;
}

/* A run of digits alone in an id that is a phone number (0612345678 or
 * 31612345678) wherever it stands: "from=0612345678", "0612345678_1",
 * "q-400-0638520517-20260330-114722-1774864042.10716.wav", a 3CX chain
 * "Chain: 0612345678;Ext.800". A uniqueid's runs (1711440000, 123), a
 * date's (20260330) and a zero-padded number's (0000104522) are none. */
static bool phone_digits(const char *d, size_t len)
{
    return (len == 10 && d[0] == '0' && d[1] != '0') || (len == 11 && d[0] == '3' && d[1] == '1' && d[2] != '0');
}

/* Whether a word of an id (between blanks) is a phone number, Dutch as
 * a caller's number is written (0612345678, 06-12345678, +31 6 1234 5678,
 * 0031612345678, <0612345678>), or a BSN written with points or dashes
 * (111.222.333): numbers of a person. A uniqueid (1711440000.123), an
 * integer or a code is none: a phone number starts with its 0 or its
 * country code, a BSN with separators has nine digits in groups of three
 * or four. The whole id is judged too, blanks and all, where a number is
 * written in groups ("0031 612 345 678"). */
static bool number_of_someone(const char *s, size_t n)
{
    char digits[24] = {0};
    size_t nd = 0, groups = 1, separators = 0;
    bool plus = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (nd == sizeof digits) return false;
            digits[nd++] = c;
        } else if (c == '+' && nd == 0 && !plus) {
            plus = true;
        } else if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')') {
            separators++;
            if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') groups++;
        } else if (!((c == '<' && i == 0) || (c == '>' && i + 1 == n))) {
            return false;
        }
    }
    /* 0612345678; +31612345678, and 31612345678 as SIP trunks give it */
    if (phone_digits(digits, nd)) return true;
    /* +31 (0)6 12345678 */
    if (nd == 12 && plus && !memcmp(digits, "310", 3) && digits[3] != '0') return true;
    if (nd == 13 && !memcmp(digits, "0031", 4)) return true;
    return nd == 9 && !plus && separators && groups >= 3 && groups <= 4;
}

/* What separates the words of an id in which a number may stand alone. */
static bool id_word_end(char c)
{
    switch (c) {
    case ' ': case ';': case ',': case '|': case '=': case ':': case '_': case '[': case ']': case '{': case '}':
        return true;
    default:
        return false;
    }
}

/* A date and nothing else (17-08-1961, 17-8-1961 as Excel with Dutch
 * settings writes it, 12-03-54, 1961-08-17, 17/08/1961): an id cannot be
 * one, a date of birth in the wrong column can. Three groups of digits
 * joined by one kind of separator: 1 or 2, 1 or 2, and 2 or 4 digits, or
 * 4, 1 or 2, and 1 or 2. */
static bool only_a_date(const char *s, size_t n)
{
    size_t len[3] = {0}, groups = 0;
    char separator = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            len[groups]++;
        } else if ((c == '-' || c == '/' || c == '.') && (!separator || c == separator) && len[groups] &&
                   groups < 2) {
            separator = c;
            groups++;
        } else {
            return false;
        }
    }
    if (groups != 2 || !len[2]) return false;
    bool day_first = len[0] <= 2 && len[1] <= 2 && (len[2] == 2 || len[2] == 4);
    bool year_first = len[0] == 4 && len[1] <= 2 && len[2] <= 2;
    return day_first || year_first;
}

/* Whether an id could be a person's rather than a record's: a name, an
 * e-mail address, a phone number or BSN (a word of it, or the whole), a
 * date alone (a date as a word is a record's: "02-03-2026 08:13 104533"),
 * or words without a digit (an id of a system has one: "piet zwanenburg",
 * "Zwanenburg H.J." and "piet.jansen(at)example.nl" are no ids). */
static bool id_of_someone(const char *id, size_t n)
{
    /* One pass for what every id is asked (an import reads millions):
     * a uniqueid (1711440000.123) is let go here, the tests that walk the
     * id again only asked where they can hold. */
    bool letter = false, words = false, phone = false;
    size_t run = 0, digits = 0, date_marks = 0;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)id[i] : 0;
        if (i < n && c >= '0' && c <= '9') {
            run++;
            digits++;
            continue;
        }
        if (run >= 10 && run <= 11) phone |= phone_digits(id + i - run, run);
        run = 0;
        if (i == n) break;
        letter |= ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
        words |= id_word_end((char)c);
        date_marks += c == '-' || c == '/' || c == '.';
    }
    if (letter && !digits) return true;
    if (letter && id_may_name_someone(id, n) && could_identify_as(id, n, false)) return true;
    if (!digits) return false;
    if (phone) return true;
    /* A phone number has 9 to 13 digits, a BSN 9; a date 8 at most, in
     * three groups. */
    if (digits >= 9 && digits <= 13 && number_of_someone(id, n)) return true;
    if (digits <= 8 && date_marks == 2 && only_a_date(id, n)) return true;
    /* A number written in groups, as a word of the id: "x;111.222.333". */
    for (size_t i = 0; words && i < n;) {
        while (i < n && id_word_end(id[i])) i++;
        size_t start = i;
        while (i < n && !id_word_end(id[i])) i++;
        if (i > start && number_of_someone(id + start, i - start)) return true;
    }
    return false;
}

bool import_id_of_someone(const char *id, size_t n)
{
    trim_blanks(&id, &n);
    return n && id_of_someone(id, n);
}

void import_id_hash(const struct pseudo_key *key, const char *id, size_t n, char out[IMPORT_ID_HASHED_SIZE])
{
    trim_blanks(&id, &n);
    snprintf(out, IMPORT_ID_HASHED_SIZE, "#%016llx", (unsigned long long)pseudo_hash(key, id, n));
}

bool import_id_is_hashed(const char *id, size_t n)
{
    if (n != IMPORT_ID_HASHED_SIZE - 1 || id[0] != '#') return false;
    for (size_t i = 1; i < n; i++)
        if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f'))) return false;
    return true;
}

/* Whether the id is the word w, or holds it between blanks: an id joined
 * from columns, one of them the patient number ("02-03-2026 08:13
 * P9100007", a format's id: {columns: [...]} or an export's own). */
static bool id_holds_word(const char *id, size_t n, const char *w, size_t wn)
{
    if (!wn) return false;
    for (size_t i = 0; i + wn <= n; i++) {
        if ((i > 0 && id[i - 1] != ' ' && id[i - 1] != '\t') || memcmp(id + i, w, wn) != 0) continue;
        if (i + wn == n || id[i + wn] == ' ' || id[i + wn] == '\t') return true;
    }
    return false;
}

bool import_id_holds_patient(const struct pseudo_key *key, const char *id, size_t n, int64_t patient)
{
    trim_blanks(&id, &n);
    for (size_t i = 0; i < n;) {
        while (i < n && (id[i] == ' ' || id[i] == '\t')) i++;
        size_t start = i;
        while (i < n && id[i] != ' ' && id[i] != '\t') i++;
        if (i > start && pseudo_hash(key, id + start, i - start) == patient) return true;
    }
    return false;
}

/* An id built from the patient column (`id: {columns: [Datum, Tijd,
 * Patientnummer]}`) or a free-text one, equal to the row's patient number
 * (an export mapped a column off), or that could be a person's (an export
 * template set to the wrong column: "Jansen, Piet", a caller's number as
 * a call's id) would keep someone's data in the clear: it is stored as its
 * keyed hash instead, which identifies the record as well. In every kind
 * of log: a call log has no patient column, but its ids can be shifted. */
static void hide_patient_in_id(struct read_side *rs, const char **values, size_t *lens)
{
    int idf = rs->id_field, pf = rs->patient_field;
    if (idf < 0 || !values[idf]) return;
    const char *id = values[idf], *patient = pf >= 0 ? values[pf] : NULL;
    size_t n = lens[idf], pn = patient ? lens[pf] : 0;
    trim_blanks(&id, &n);
    if (patient) trim_blanks(&patient, &pn);
    if (!n || !(rs->id_reads_private || (patient && id_holds_word(id, n, patient, pn)) || id_of_someone(id, n)))
        return;
    import_id_hash(rs->key, id, n, rs->id_hashed);
    values[idf] = rs->id_hashed;
    lens[idf] = strlen(rs->id_hashed);
}

/* At the end of the file, while nothing else was read since: did another
 * program write the file anew meanwhile? What was read is then part of
 * two files, though the second one is no shorter. */
static bool head_changed(const struct read_side *rs)
{
    if (rs->head_fd < 0 || rs->head_len <= 0) return false;
    unsigned char now[FILE_HEAD_BYTES];
    ssize_t got = pread(rs->head_fd, now, (size_t)rs->head_len, 0);
    return got != rs->head_len || memcmp(now, rs->head, (size_t)rs->head_len) != 0;
}

/* read_ahead_fill: the file's next lines read, checked, pseudonymised and
 * keyed, into a batch of items (the last one READ_END). It runs in the
 * reading thread while the statement runs, and touches only what the
 * statement's side leaves alone during a pass: the reader, the format's
 * state, the practice index and the reading side's fields. */
static int read_rows(void *arg, void *buffer, size_t *count, struct eh_error *err)
{
    struct read_side *rs = arg;
    struct read_batch *batch = buffer;
    struct read_item *items = batch->items;
    size_t nrejects = 0, used = 0;
    struct log_format *fmt = rs->fmt;
    const char *values[LOG_MAX_FIELDS];
    size_t lens[LOG_MAX_FIELDS];
    struct row_problem problem;
    size_t n = 0;
    long long records = 0, skipped = 0, in_batch = 0;
    /* A batch also ends after READ_BATCH_LINES lines, so rows that go to
     * the sorter still move the progress line. */
    while (n < READ_BATCH && nrejects < READ_REJECTS && in_batch < READ_BATCH_LINES && !rs->read_end) {
        int got = csv_next(&rs->reader, rs->rec, err);
        if (got == EH_IO) return EH_IO;
        struct read_item *it = &items[n];
        if (got == 0) {
            it->kind = READ_END;
            rs->read_end = true;
            rs->written_anew = head_changed(rs);
        } else {
            struct csv_record *rec = rs->rec;
            records++;
            in_batch++;
            int pf = rs->practice_field;
            int skip;
            size_t unnamed;
            struct log_row row;
            bool semicolons = separated_by_semicolons(rs, fmt, rec);
            if (semicolons && !rs->semicolon_rows++) rs->first_semicolon_row = rec->line;
            if (rec->unended && (fmt->parser == PARSER_REGEX || !fmt->header)) {
                /* A log without a header line is one a system appends to
                 * (Master.csv, cdr.log): its last line without a line end
                 * is being written, its fields cut off (a call without its
                 * id, a final-type "Qu"). The next import of the file reads
                 * it whole. */
                rs->line_cut = rec->line;
                skipped++;
                if (records < READ_BATCH && in_batch < READ_BATCH_LINES) continue;
                it->kind = READ_COUNT;
            } else if (rec->problem != CSV_OK) {
                /* A regex log has no quotes to miss. */
                bool long_line = fmt->parser == PARSER_REGEX && rec->problem == CSV_TOO_LONG;
                reject_item(batch, &nrejects, it, rec->line, -1, rs->practice_id,
                            long_line ? "line longer than 1 MB" : csv_problem_text(rec->problem));
            } else if (semicolons) {
                char reason[200], delimiter[3] = {rs->reader.delimiter};
                if (delimiter[0] == '\t') memcpy(delimiter, "\\t", 3);
                snprintf(reason, sizeof reason,
                         "separated by ';' where the format reads '%s': a spreadsheet with Dutch settings saved the "
                         "file again; import the file as the system wrote it",
                         delimiter);
                reject_item(batch, &nrejects, it, rec->line, -1, record_practice(rs, rec), reason);
            } else if (fmt->row_fields && rec->count != (size_t)fmt->row_fields) {
                /* A log of a fixed field list (3CX's 27) written with
                 * another: every column after the change is read from the
                 * wrong place, an outbound call as an inbound one. */
                char reason[160];
                snprintf(reason, sizeof reason,
                         "%zu field%s, where every row of this format has %d (the system's field list set "
                         "otherwise?)",
                         rec->count, rec->count == 1 ? "" : "s", fmt->row_fields);
                reject_item(batch, &nrejects, it, rec->line, -1, record_practice(rs, rec), reason);
            } else if (repeats_header(rs, rec)) {
                if (!rs->header_repeats++) rs->first_header_repeat = rec->line;
                occurrences_restart(&rs->seen);
                skipped++;
                if (records < READ_BATCH && in_batch < READ_BATCH_LINES) continue;
                it->kind = READ_COUNT;
            } else if ((skip = format_skips(fmt, rec, &problem)) == -2) {
                reject_item(batch, &nrejects, it, rec->line, problem.field, record_practice(rs, rec),
                            problem.reason)->column = problem.column;
            } else if (skip >= 0) {
                skipped++;
                if (records < READ_BATCH && in_batch < READ_BATCH_LINES) continue;
                it->kind = READ_COUNT;
            } else if (fmt->canonical && (rec->count < rs->named_fields ||
                                          /* Empty fields past the header's (a delimiter that ends every
                                           * row, as some exports write it) hold nothing to lose. */
                                          (rec->count > rs->header_fields && first_filled(rec, rs->header_fields)))) {
                char reason[128];
                snprintf(reason, sizeof reason, "%zu field%s, the header has %zu", rec->count,
                         rec->count == 1 ? "" : "s", rs->header_fields);
                /* Too many: the first filled column past the header's is at fault. */
                reject_item(batch, &nrejects, it, rec->line, -1, record_practice(rs, rec), reason)->column =
                    rec->count < rs->named_fields ? 0 : (int)first_filled(rec, rs->header_fields);
            } else if (fmt->canonical && (unnamed = first_filled(rec, rs->named_fields)) > 0) {
                char reason[128];
                snprintf(reason, sizeof reason, "a value in column %zu, which has no name in the header", unnamed);
                reject_item(batch, &nrejects, it, rec->line, -1, record_practice(rs, rec), reason)->column =
                    (int)unnamed;
            } else if (!format_apply(fmt, rec, values, lens, &problem)) {
                struct read_reject *r = reject_item(batch, &nrejects, it, rec->line, problem.field,
                                                    named_practice(rs, values, lens), problem.reason);
                r->column = problem.column;
                collect_unmapped(rs, values, lens, r);
            } else {
                if (rs->header_fields && rec->count > rs->header_fields && first_filled(rec, rs->header_fields) &&
                    !rs->rows_past_header++) {
                    rs->first_past_header = rec->line;
                    rs->delimiter = rs->reader.delimiter;
                }
                /* Without a header line a row's width is the system's own
                 * (Asterisk adds its uniqueid only when told to). */
                if (!fmt->canonical && rec->count < rs->header_fields && rec->count < format_columns_read(fmt) &&
                    !rs->rows_short++)
                    rs->first_short = rec->line;
                if (rs->practice) {
                    /* Blanks around the value are not part of it (as in the row check). */
                    if (values[pf]) trim_blanks(&values[pf], &lens[pf]);
                    if (!values[pf] || !lens[pf]) {
                        values[pf] = rs->practice;
                        lens[pf] = strlen(rs->practice);
                    } else if (lens[pf] != 8 || memcmp(values[pf], rs->practice, 8) != 0) {
                        bool zero_dropped = lens[pf] == 7 && rs->practice[0] == '0' &&
                                            memcmp(values[pf], rs->practice + 1, 7) == 0;
                        reject_item(batch, &nrejects, it, rec->line, pf, rs->practice_id,
                                    zero_dropped ? "practice: differs from --practice by its leading 0 (a "
                                                   "spreadsheet that opened the export dropped it? open it with "
                                                   "the column as text, or export it again)"
                                                 : "practice: differs from --practice");
                        goto handed;
                    }
                }
                hide_patient_in_id(rs, values, lens);
                if (!log_row_check(rs->def, values, lens, lookup_cb, hash_cb, rs, &row, &problem)) {
                    collect_unmapped(rs, values, lens,
                                     reject_item(batch, &nrejects, it, rec->line, problem.field,
                                                 named_practice(rs, values, lens), problem.reason));
                } else {
                    struct pending p;
                    make_pending(rs->def, &row, survey_occurrence(&rs->seen, rs->def, &row), &p);
                    if (fmt->legs && !row.id) {
                        if (!rs->legs_without_id++) rs->legs_first_line = rec->line;
                        /* Filled, but not with a call id: a spreadsheet's re-save. */
                        int idf = rs->id_field;
                        const char *src = idf >= 0 ? fmt->source[idf] : NULL;
                        size_t sn = src ? fmt->source_len[idf] : 0;
                        trim_blanks(&src, &sn);
                        rs->legs_id_not_call += sn > 0;
                    }
                    size_t pi = rs->practices.last;
                    int64_t key = p.place.home;
                    it->kind = READ_ROW;
                    if (rs->sorting && p.place.packed && key > rs->max_key[pi]) {
                        rs->max_key[pi] = key;
                    } else if (rs->sorting && p.place.packed && key >= rs->last_queued[pi]) {
                        /* In key order already (a re-import of an export
                         * in id order): settled as it comes, as the sort
                         * would give it. A key queued here is never sorted
                         * later too: later rows of it are at or below
                         * last_queued. */
                        rs->last_queued[pi] = key;
                        it->kind = READ_QUEUE;
                    } else if (rs->sorting) {
                        unsigned char bytes[ROW_BYTES];
                        int rc = key_sorter_add(&rs->sorter, key, bytes, encode_row(&p, bytes), err);
                        if (rc) return rc;
                        if (records < READ_BATCH && in_batch < READ_BATCH_LINES) continue;
                        it->kind = READ_COUNT;
                        goto handed;
                    }
                    it->key = key;
                    it->offset = (uint32_t)used;
                    it->len = (uint32_t)encode_row(&p, batch->rows + used);
                    used += it->len;
                }
            }
        }
    handed:
        it->records = records;
        it->skipped = skipped;
        records = skipped = 0;
        n++;
    }
    batch->bytes = rs->reader.bytes_read;
    *count = n;
    return EH_OK;
}

/* The next valid row of the file, 0 at the end, EH_* on error; *row and
 * its bytes (*bytes, encode_row's form) stay valid until the next call.
 * Rows that fail are rejected on the
 * way, rows the format skips counted. During the bulk statement a full
 * queue of rejects also gives 0 (input_done still false): the statement
 * ends, the rejects are written, and reading goes on in the next one, so
 * any number of rejects fits in bounded memory. */
static int next_row(struct importer *im, const struct read_item **row, const unsigned char **bytes)
{
    for (;;) {
        if (im->input_done || (im->in_statement && im->nrejects == QUEUE_ROWS)) return 0;
        if (im->at_read == im->nread) {
            void *batch;
            int rc = read_ahead_take(&im->reading, &batch, &im->nread, im->err);
            if (rc) return rc;
            im->at_read = im->at_reject = 0;
            im->read_batch = batch;
            im->bytes_seen = im->read_batch ? im->read_batch->bytes : im->bytes_seen;
            if (!im->nread) {
                im->input_done = true;
                return 0;
            }
        }
        const struct read_item *it = &im->read_batch->items[im->at_read++];
        long long before = im->rows;
        im->rows += it->records;
        im->res->read += it->records;
        im->res->skipped += it->skipped;
        if (im->opt->progress && (im->rows >> 12) != (before >> 12)) {
            double now = monotonic_seconds();
            if (now - im->last_shown > 0.25) {
                show_progress(im, false);
                im->last_shown = now;
            }
        }
        int rc;
        switch (it->kind) {
        case READ_END:
            im->input_done = true;
            return 0;
        case READ_COUNT:
            continue;
        case READ_REJECT: {
            const struct read_reject *r = &im->read_batch->rejects[im->at_reject++];
            if ((rc = count_unmapped(im, r)) ||
                (rc = add_reject(im, r->line, r->field, r->column, r->practice_id, r->reason)))
                return rc;
            continue;
        }
        case READ_ROW:
        case READ_QUEUE:
            *row = it;
            *bytes = im->read_batch->rows + it->offset;
            return 1;
        }
    }
}

/* ---- rows sorted by key ----------------------------------------------------------- */

/* The stored key the walk of check_window stands on (INT64_MAX past the
 * last), after a seek to from or a step. */
static int walk_keys(struct importer *im, bool seek, int64_t from, int64_t *held)
{
    sqlite3_stmt *st = im->stored_keys;
    if (seek) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, from);
    }
    int rc;
    *held = db_next(st, &rc, im->err, "looking a record up") ? sqlite3_column_int64(st, 0) : INT64_MAX;
    return rc;
}

/* Marks the rows of the window (in key order) that are certainly new: no
 * stored record lies on a key the row's record may take, nor may an
 * earlier row's. The stored keys are walked along with the rows, with a
 * seek where they lie far apart. */
static int check_window(struct importer *im)
{
    int64_t held = 0;
    bool open = false;
    int rc = EH_OK;
    for (size_t i = 0; i < im->nwindow && !rc; i++) {
        struct pending *p = &im->window[i];
        int64_t first = p->place.home, last = p->place.last;
        for (int steps = 0; !rc && (!open || held < first); steps++) {
            rc = walk_keys(im, !open || steps == 16, first, &held);
            open = true;
        }
        p->fresh = held > last && first > im->claimed;
        int64_t claim = p->fresh ? first : last;
        if (claim > im->claimed) im->claimed = claim;
    }
    sqlite3_reset(im->stored_keys);
    return rc;
}

/* read_ahead_fill: the next window's rows from the sorter, decoded.
 * Touches the sorter alone (the read-ahead thread's while the statement
 * runs). */
static int decode_window(void *arg, void *buffer, size_t *count, struct eh_error *err)
{
    struct key_sorter *sorter = arg;
    struct pending *rows = buffer;
    size_t n = 0;
    while (n < QUEUE_ROWS) {
        int64_t key;
        const void *rec;
        size_t len;
        int got = key_sorter_next(sorter, &key, &rec, &len, err);
        if (got != 1) {
            if (got) return got;
            break;
        }
        sorted_row(key, rec, len, &rows[n++]);
    }
    *count = n;
    return EH_OK;
}

static int fill_window(struct importer *im)
{
    im->nwindow = im->at_window = 0;
    void *rows;
    size_t n;
    int rc = read_ahead_take(&im->ahead, &rows, &n, im->err);
    if (rc) return rc;
    if (n) im->window = rows;
    im->nwindow = n;
    if (im->def->kind == KIND_CONSULTS) settle_gathered(im, im->nwindow ? im->window[0].row.practice_id : 0);
    return check_window(im);
}

/* A row to the queue; the copy's id must point into the copy. */
static void enqueue(struct importer *im, const struct pending *p)
{
    struct pending *q = &im->queue[im->nqueue++];
    *q = *p;
    if (q->row.id) q->row.id = q->id;
}

/* ---- the rows the statement inserts ------------------------------------------------- */

/* Advances the virtual table to the next row that is certainly new; ends
 * the statement when a queue or the daily counts are full, to be emptied
 * before it starts again. Reading the file, the rows not certainly new
 * go to the sorter; reading the sorter, to the queue. */
static int advance(struct importer *im)
{
    while (im->nqueue < QUEUE_ROWS && im->nrejects < QUEUE_ROWS && day_counts_size(&im->days) < DAY_COUNTS_FLUSH) {
        if (!im->sorted) {
            const struct read_item *it;
            const unsigned char *bytes;
            int got = next_row(im, &it, &bytes);
            if (got < 0 || got > 1) return got;
            if (got == 0) break;
            if (it->kind == READ_QUEUE) {
                sorted_row(it->key, bytes, it->len, &im->queue[im->nqueue++]);
                continue;
            }
            sorted_row(it->key, bytes, it->len, &im->scratch);
            count_day(im, &im->scratch);
            im->current = &im->scratch;
            return EH_OK;
        }
        if (im->at_window == im->nwindow) {
            /* The next window's rows may need all of the queue. */
            if (im->nqueue) break;
            int rc = fill_window(im);
            if (rc) return rc;
            if (!im->nwindow) {
                im->sorted_done = true;
                break;
            }
        }
        const struct pending *w = &im->window[im->at_window++];
        if (!w->fresh) {
            enqueue(im, w);
            continue;
        }
        count_day(im, w);
        im->current = w;
        return EH_OK;
    }
    im->cursor_eof = true;
    return EH_OK;
}

static bool source_done(const struct importer *im)
{
    return im->sorted ? im->sorted_done : im->input_done;
}

/* ---- the virtual table ehtrack_rows ---------------------------------------------- */

static struct importer *active;

struct rows_cursor {
    sqlite3_vtab_cursor base;
    sqlite3_int64 n;
};

static int rows_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
                        char **errmsg)
{
    (void)aux;
    (void)argc;
    (void)argv;
    (void)errmsg;
    int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(key, practice_id, id, t0, t1, day, patient, "
                                      "e0, e1, e2, i0, i1, i2, import_id)");
    if (rc != SQLITE_OK) return rc;
    *out = sqlite3_malloc(sizeof **out);
    if (!*out) return SQLITE_NOMEM;
    memset(*out, 0, sizeof **out);
    return SQLITE_OK;
}

static int rows_disconnect(sqlite3_vtab *vt)
{
    sqlite3_free(vt);
    return SQLITE_OK;
}

static int rows_best_index(sqlite3_vtab *vt, sqlite3_index_info *info)
{
    (void)vt;
    info->estimatedCost = 1e9;
    return SQLITE_OK;
}

static int rows_open(sqlite3_vtab *vt, sqlite3_vtab_cursor **out)
{
    (void)vt;
    struct rows_cursor *c = sqlite3_malloc(sizeof *c);
    if (!c) return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    *out = &c->base;
    return SQLITE_OK;
}

static int rows_close(sqlite3_vtab_cursor *cur)
{
    sqlite3_free(cur);
    return SQLITE_OK;
}

static int rows_step(sqlite3_vtab_cursor *cur)
{
    struct importer *im = active;
    ((struct rows_cursor *)cur)->n++;
    int rc = advance(im);
    if (rc) {
        im->error = rc;
        return SQLITE_ERROR;
    }
    return SQLITE_OK;
}

static int rows_filter(sqlite3_vtab_cursor *cur, int idx, const char *idxstr, int argc, sqlite3_value **argv)
{
    (void)idx;
    (void)idxstr;
    (void)argc;
    (void)argv;
    active->cursor_eof = source_done(active);
    return active->cursor_eof ? SQLITE_OK : rows_step(cur);
}

static int rows_eof(sqlite3_vtab_cursor *cur)
{
    (void)cur;
    return active->cursor_eof;
}

static void result_opt_int(sqlite3_context *ctx, bool has, long long v)
{
    if (has) sqlite3_result_int64(ctx, v);
    else sqlite3_result_null(ctx);
}

static void result_enum(sqlite3_context *ctx, const struct importer *im, int nth, int v)
{
    const struct kind_field *f = im->enum_fields[nth];
    if (v < 0 || !f) sqlite3_result_null(ctx);
    else sqlite3_result_text(ctx, f->values[v], (int)strlen(f->values[v]), SQLITE_STATIC);
}

static int rows_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
    (void)cur;
    const struct importer *im = active;
    const struct pending *p = im->current;
    const struct log_row *r = &p->row;
    char day[11];
    switch (col) {
    case 0: sqlite3_result_int64(ctx, p->key); break;
    case 1: sqlite3_result_int64(ctx, r->practice_id); break;
    case 2:
        if (p->int_id) sqlite3_result_int64(ctx, p->id_value);
        else if (r->id) sqlite3_result_text(ctx, r->id, (int)r->id_len, SQLITE_TRANSIENT);
        else sqlite3_result_text(ctx, p->hashed, 17, SQLITE_TRANSIENT);
        break;
    case 3: result_opt_int(ctx, r->has_time[0], r->time[0]); break;
    case 4: result_opt_int(ctx, r->has_time[1], r->time[1]); break;
    case 5:
        format_date(r->day, day);
        sqlite3_result_text(ctx, day, 10, SQLITE_TRANSIENT);
        break;
    case 6: result_opt_int(ctx, r->has_patient, r->patient); break;
    case 7: case 8: case 9: result_enum(ctx, im, col - 7, r->enums[col - 7]); break;
    case 10: case 11: case 12: result_opt_int(ctx, r->has_int[col - 10], r->ints[col - 10]); break;
    default: sqlite3_result_int64(ctx, im->res->import_id); break;
    }
    return SQLITE_OK;
}

static int rows_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    *rowid = ((struct rows_cursor *)cur)->n;
    return SQLITE_OK;
}

static const sqlite3_module rows_module = {
    .iVersion = 0,
    .xCreate = NULL,                /* eponymous only: no CREATE VIRTUAL TABLE */
    .xConnect = rows_connect,
    .xBestIndex = rows_best_index,
    .xDisconnect = rows_disconnect,
    .xDestroy = rows_disconnect,
    .xOpen = rows_open,
    .xClose = rows_close,
    .xFilter = rows_filter,
    .xNext = rows_step,
    .xEof = rows_eof,
    .xColumn = rows_column,
    .xRowid = rows_rowid,
};

/* ---- a pass over the file ---------------------------------------------------- */

static int flush_days(struct importer *im);

/* Read to its end, a file shorter than when it was opened was cut or
 * written anew meanwhile (an export scheduled again): what was read is part
 * of two files, and nothing of it is kept. So too for one whose first bytes
 * changed (head_changed). */
static int file_cut_short(struct importer *im)
{
    return eh_fail(im->err, EH_IO, im->path, 0, 0,
                   "the file became shorter while it was read (%lld bytes when the import began, %lld read to its "
                   "end): another program wrote it meanwhile; nothing of it is imported: import it again when that "
                   "program is done",
                   im->size, im->side->reader.bytes_read);
}

static int file_written_anew(struct importer *im)
{
    return eh_fail(im->err, EH_IO, im->path, 0, 0,
                   "the file was written anew while it was read (its first lines changed): another program wrote "
                   "it meanwhile; nothing of it is imported: import it again when that program is done");
}

static int open_reader(struct importer *im, FILE *in)
{
    struct log_format *fmt = im->fmt;
    char delimiter = fmt->parser == PARSER_REGEX ? '\n' : fmt->delimiter;
    struct read_side *rs = im->side;
    int rc = csv_open(&rs->reader, in, im->path, delimiter, fmt->encoding, im->err);
    if (rc) return rc;
    struct csv_record *rec = rs->rec;
    rs->header_fields = rs->header_named = 0;
    if (fmt->parser == PARSER_CSV && fmt->header) {
        int got = csv_next(&rs->reader, rec, im->err);
        if (got == EH_IO) return EH_IO;
        /* Empty now, it had bytes when it was opened: cut under the
         * import before its first line was read. */
        if (got == 0 && rs->reader.bytes_read < im->size) return file_cut_short(im);
        if (got == 0) return eh_fail(im->err, EH_INVALID, im->path, 0, 0, "the file is empty (a header line is expected)");
        if (rec->problem != CSV_OK)
            return eh_fail(im->err, EH_INVALID, im->path, rec->line, 0, "the header line: %s",
                           csv_problem_text(rec->problem));
        if (fmt->canonical) {
            /* The canonical layouts name their columns; anything else is a
             * different file than the user thinks. The line may be a data
             * row, so it is described, never quoted (interface.md 7.1).
             * Excel saves the empty columns right of a sheet's data that
             * were ever touched: header cells without a name, ",," on every
             * row. They are no column of the layout; a value under one is
             * the row's problem (never dropped unseen). */
            size_t named = named_count(rec);
            rs->named_fields = named;
            for (size_t i = 0; i < named; i++) {
                size_t k = 0;
                while (k < im->def->nfields &&
                       !format_header_is(rec->fields[i].p, rec->fields[i].len, im->def->fields[k].name))
                    k++;
                if (k < im->def->nfields) continue;
                struct sbuf want = {0};
                for (size_t j = 0; j < im->def->nfields; j++)
                    sbuf_addf(&want, "%s%s", j ? "," : "", im->def->fields[j].name);
                /* Excel with Dutch settings saves "CSV" with semicolons. */
                bool semicolons = rec->count == 1 && memchr(rec->fields[0].p, ';', rec->fields[0].len);
                /* As many columns as the layout, not one named as a column
                 * is, and a number or date among them: a row of data where
                 * the header belongs (without one, a header in other
                 * words: a Dutch export). */
                size_t names_met = 0;
                for (size_t c = 0; c < named; c++)
                    for (size_t j = 0; j < im->def->nfields; j++)
                        names_met += format_header_is(rec->fields[c].p, rec->fields[c].len, im->def->fields[j].name);
                bool headless = !names_met && rec->count == im->def->nfields && csv_record_has_digit(rec);
                eh_fail(im->err, EH_INVALID, im->path, rec->line, 0,
                        "the header does not match the %s layout: column %zu of %zu is not one of %s; %s",
                        im->def->name, i + 1, rec->count, sbuf_str(&want),
                        semicolons ? "the line is separated by ';' where the layout uses ',': a file Excel with Dutch "
                                     "settings saved again (it also rewrites times and drops leading zeros); "
                                     "import the file as exported, or describe it in a format (docs/formats.md)"
                        : headless ? "the line has the layout's columns but none of their names: a row of data, "
                                     "the file written without its header line? add the header as its first line"
                                   : "for another layout use --as FORMAT");
                sbuf_free(&want);
                return EH_INVALID;
            }
        }
        if ((rc = format_bind(fmt, rec, im->opt->practice != NULL, im->path, im->err))) return rc;
        rs->header_fields = rec->count;
        rs->header_named = named_count(rec);
        sbuf_reset(&rs->header_text);
        for (size_t i = 0; i < rs->header_named; i++) {
            sbuf_addn(&rs->header_text, rec->fields[i].p, rec->fields[i].len);
            sbuf_addc(&rs->header_text, '\0');
        }
    } else if ((rc = format_bind(fmt, NULL, im->opt->practice != NULL, im->path, im->err))) {
        return rc;
    }
    rs->columns_read = format_columns_read(fmt);
    rs->id_reads_private = rs->id_field >= 0 && rs->patient_field >= 0 && fmt->fields[rs->id_field].mapped &&
                           format_fields_share_column(fmt, rs->id_field, rs->patient_field);
    for (size_t i = 0; rs->id_field >= 0 && fmt->fields[rs->id_field].mapped && i < im->def->nfields; i++)
        if (fmt->fields[i].free_text && (int)i != rs->id_field &&
            format_fields_share_column(fmt, rs->id_field, (int)i))
            rs->id_reads_private = true;
    for (size_t i = 0; i < im->def->nfields; i++) {
        const struct field_map *m = &fmt->fields[i];
        /* A field read from several columns is placed at the first. */
        const struct column_ref *at = !m->mapped ? NULL
                                      : m->source == SOURCE_COLUMN || m->source == SOURCE_BETWEEN ? &m->column
                                      : m->source == SOURCE_COLUMNS ? &m->columns[0]
                                                                    : NULL;
        im->field_column[i] = at ? at->index + 1 : 0;
    }
    const struct field_map *pm = rs->practice_field >= 0 ? &fmt->fields[rs->practice_field] : NULL;
    rs->practice_column = pm && pm->mapped && pm->source == SOURCE_COLUMN ? pm->column.index : -1;
    return EH_OK;
}

/* Highest packed key of each practice already stored, and the walk over
 * the stored keys that check_window takes. */
static int load_max_keys(struct importer *im)
{
    const char *table = CARRIER_KINDS[im->def->kind].records;
    char *max_sql = xasprintf("SELECT max(key) FROM %s WHERE key BETWEEN ?1 AND ?2", table);
    char *walk_sql = xasprintf("SELECT key FROM %s WHERE key >= ?1 ORDER BY key", table);
    sqlite3_stmt *st;
    int rc = db_prepare(im->db, &st, max_sql, im->err) || db_prepare(im->db, &im->stored_keys, walk_sql, im->err)
                 ? EH_IO
                 : EH_OK;
    free(max_sql);
    free(walk_sql);
    if (rc) {
        sqlite3_finalize(st);
        return rc;
    }
    im->side->max_key = xcalloc(im->practices.count ? im->practices.count : 1, sizeof *im->side->max_key);
    im->side->last_queued = xcalloc(im->practices.count ? im->practices.count : 1, sizeof *im->side->last_queued);
    for (size_t i = 0; i < im->practices.count; i++) im->side->last_queued[i] = INT64_MIN;
    bool consults = im->def->kind == KIND_CONSULTS;
    if (consults) {
        long long top = 0;
        for (size_t i = 0; i < im->practices.count; i++)
            if (im->practices.items[i].id > top) top = im->practices.items[i].id;
        im->follow_cap = (size_t)top + 1;
        im->follow_state = xcalloc(im->follow_cap, 1);
    }
    for (size_t i = 0; i < im->practices.count && !rc; i++) {
        long long id = im->practices.items[i].id;
        int64_t first, last;
        record_key_range(id, false, &first, &last);
        sqlite3_bind_int64(st, 1, first);
        sqlite3_bind_int64(st, 2, last);
        im->side->max_key[i] = first - 1;
        if (db_next(st, &rc, im->err, "reading the stored keys") && sqlite3_column_type(st, 0) != SQLITE_NULL)
            im->side->max_key[i] = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        if (rc || !consults || im->side->max_key[i] != first - 1) continue;
        record_key_range(id, true, &first, &last);
        sqlite3_bind_int64(st, 1, first);
        sqlite3_bind_int64(st, 2, last);
        if (db_next(st, &rc, im->err, "reading the stored keys") && sqlite3_column_type(st, 0) == SQLITE_NULL)
            im->follow_state[id] = FOLLOW_OPEN;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return rc;
}

/* The days earlier imports of the kind carried, by practice: a record
 * stored on one of them may be another form of a stored one
 * (note_zeros_lost). */
static int load_earlier_days(struct importer *im)
{
    sqlite3_stmt *st;
    if (db_prepare(im->db, &st,
                   "SELECT ip.practice_id, min(ip.first_day), max(ip.last_day) "
                   "FROM import_practices ip JOIN imports i ON i.id = ip.import_id AND i.kind = ?1 "
                   "WHERE ip.practice_id > 0 GROUP BY ip.practice_id ORDER BY ip.practice_id DESC",
                   im->err))
        return EH_IO;
    sqlite3_bind_text(st, 1, im->def->name, -1, SQLITE_STATIC);
    int rc = EH_OK;
    while (db_next(st, &rc, im->err, "reading the days of earlier imports")) {
        size_t practice = (size_t)sqlite3_column_int64(st, 0);
        if (!im->earlier_days) {
            im->nearlier_days = practice + 1;
            im->earlier_days = xmalloc(im->nearlier_days * sizeof *im->earlier_days);
            for (size_t i = 0; i < im->nearlier_days; i++)
                im->earlier_days[i] = (struct carried_days){INT_MAX, INT_MIN, false, false};
        }
        struct carried_days *d = &im->earlier_days[practice];
        if (!parse_date(db_text(st, 1), 10, &d->first) || !parse_date(db_text(st, 2), 10, &d->last))
            *d = (struct carried_days){INT_MAX, INT_MIN, false, false};
    }
    sqlite3_finalize(st);
    return rc;
}

/* The bulk statement, again and again, until its source is done. */
static int run_bulk(struct importer *im, sqlite3_stmt *bulk)
{
    int rc = EH_OK;
    while (!rc && !source_done(im)) {
        im->in_statement = true;
        im->error = EH_OK;
        int step = sqlite3_step(bulk);
        sqlite3_reset(bulk);
        im->in_statement = false;
        if (im->error) rc = im->error;
        else if (step != SQLITE_DONE) rc = db_fail(im->db, im->err, "inserting rows");
        if (!rc) rc = drain_queues(im);
        if (!rc && day_counts_size(&im->days) >= DAY_COUNTS_FLUSH) rc = flush_days(im);
    }
    return rc;
}

static int run_pass(struct importer *im, sqlite3_stmt *bulk)
{
    FILE *in = fopen(im->path, "rb");
    if (!in) return eh_fail(im->err, EH_IO, im->path, 0, 0, "cannot open: %s", strerror(errno));
    struct stat sb;
    im->size = fstat(fileno(in), &sb) == 0 ? (long long)sb.st_size : 0;
    struct read_side *side = im->side;
    side->written_anew = false;
    side->head_fd = S_ISREG(sb.st_mode) ? fileno(in) : -1;
    side->head_len = side->head_fd < 0 ? 0
                                       : pread(side->head_fd, side->head,
                                               im->size < FILE_HEAD_BYTES ? (size_t)im->size : FILE_HEAD_BYTES, 0);
    im->rows = 0;
    im->input_done = false;
    im->started = im->last_shown = monotonic_seconds();
    int rc = open_reader(im, in);
    im->nread = im->at_read = 0;
    im->side->read_end = false;
    im->side->practices = im->practices;
    im->side->sorting = !im->validate_only && !im->fmt->legs;
    bool reading = !rc && !(rc = read_ahead_start(&im->reading, read_rows, im->side, im->read_buffers[0],
                                                  im->read_buffers[1], !im->opt->one_thread, im->err));
    if (!rc && (im->validate_only || im->fmt->legs)) {
        /* Legs merge with what the database holds, row by row. */
        const struct read_item *it;
        const unsigned char *bytes;
        int got = 1;
        while (!rc && (got = next_row(im, &it, &bytes)) == 1) {
            if (im->validate_only) continue;
            sorted_row(it->key, bytes, it->len, &im->scratch);
            rc = store_leg(im, &im->scratch);
            if (!rc && day_counts_size(&im->days) >= DAY_COUNTS_FLUSH) rc = flush_days(im);
        }
        if (!rc && got != 0) rc = got;
    } else if (!rc) {
        active = im;
        im->sorted = false;
        rc = run_bulk(im, bulk);
        /* The file is read: the reading thread ends before the sorted
         * rows' own starts. */
        read_ahead_stop(&im->reading);
        reading = false;
        if (!rc) rc = key_sorter_finish(&im->side->sorter, im->err);
        if (!rc && key_sorter_pending(&im->side->sorter) &&
            !(rc = read_ahead_start(&im->ahead, decode_window, &im->side->sorter, im->window_buffers[0],
                                    im->window_buffers[1], !im->opt->one_thread, im->err))) {
            im->sorted = true;
            im->sorted_done = false;
            im->nwindow = im->at_window = 0;
            im->claimed = INT64_MIN;
            rc = run_bulk(im, bulk);
            read_ahead_stop(&im->ahead);
        }
        key_sorter_free(&im->side->sorter);
        active = NULL;
    }
    if (reading) read_ahead_stop(&im->reading);
    if (im->opt->progress && im->rows >= 4096) show_progress(im, true);
    if (!rc && S_ISREG(sb.st_mode) && im->side->reader.bytes_read < im->size) rc = file_cut_short(im);
    if (!rc && side->written_anew) rc = file_written_anew(im);
    occurrences_clear(&im->side->seen);
    csv_close(&im->side->reader);
    fclose(in);
    return rc;
}

static int flush_days(struct importer *im)
{
    if (im->def->kind != KIND_CONSULTS && im->def->kind != KIND_CALLS) return EH_OK;
    return day_counts_flush(&im->days, im->db, im->def->kind, im->err);
}

static int record_import(struct importer *im, const char *now, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(im->db, &st, "INSERT INTO imports(file, format, kind, practice, strict, started_at, bytes, tracked, legs, "
                                "file_path) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?9)", err))
        return EH_IO;
    /* Where the file is, so that imports and rejects, run elsewhere, name
     * it as found from there; not for a pipe or a device (/dev/stdin). */
    struct stat sb;
    bool stated = stat(im->path, &sb) == 0;
    char *file_path = stated && S_ISREG(sb.st_mode) ? path_absolute(im->path) : NULL;
    db_bind_text(st, 9, file_path);
    sqlite3_bind_text(st, 1, im->path, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, im->fmt->file ? im->fmt->name : "canonical", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, im->def->name, -1, SQLITE_STATIC);
    db_bind_text(st, 4, im->opt->practice);
    sqlite3_bind_int(st, 5, im->opt->strict);
    sqlite3_bind_text(st, 6, now, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 7, stated ? (long long)sb.st_size : 0);
    sqlite3_bind_int(st, 8, im->fmt->legs);
    int rc = sqlite3_step(st) == SQLITE_DONE ? EH_OK : db_fail(im->db, err, "recording the import");
    sqlite3_finalize(st);
    free(file_path);
    im->res->import_id = sqlite3_last_insert_rowid(im->db);
    return rc;
}

void import_result_free(struct import_result *res)
{
    for (size_t i = 0; i < res->nunmapped; i++) free(res->unmapped[i].value);
    free(res->unmapped);
    res->unmapped = NULL;
    res->nunmapped = 0;
}

/* One word of letters, in any case, its parts perhaps joined by '-', an
 * apostrophe or an en dash ("Noor", "MEVROUW", "JANSEN-WOLTERS",
 * "jansen-wolters"), with no word of care in it. */
static bool name_word(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n < 2 || holds_code_word(str, n) || !(isalpha(s[0]) || s[0] >= 0x80)) return false;
    for (size_t i = 1; i < n; i++)
        if (!isalpha(s[i]) && s[i] < 0x80 && !((s[i] == '-' || s[i] == '\'') && i + 1 < n)) return false;
    return true;
}

/* Words in capitals ("YILMAZ AYSE") or a single word of letters ("Noor",
 * "MEVROUW", "jansen-wolters") in a field where two values or more looked
 * like someone's data ("JANSEN P", "Jansen-Wolters") are names as likely
 * as codes: they are not shown either. */
static void sql_capitals_name(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *value = (const char *)sqlite3_value_text(argv[0]);
    size_t n = (size_t)sqlite3_value_bytes(argv[0]);
    sqlite3_result_int(ctx, value && (capitals_name(value, n, true) || name_word(value, n)));
}

static int hide_capitals_beside_names(struct importer *im, struct eh_error *err)
{
    if (sqlite3_create_function(im->db, "ehtrack_capitals_name", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                sql_capitals_name, NULL, NULL) != SQLITE_OK)
        return db_fail(im->db, err, "hiding the unmapped codes");
    return db_exec(im->db,
                   "UPDATE temp.import_codes SET secret = 1 WHERE NOT secret AND ehtrack_capitals_name(value) "
                   "AND field IN (SELECT field FROM temp.import_codes GROUP BY field HAVING sum(secret) >= 2)",
                   err);
}

/* The unmapped source values of this import: kept in the database from
 * UNMAPPED_MIN_ROWS rows on, the rest only counted. */
static int keep_unmapped(struct importer *im, struct eh_error *err)
{
    struct import_result *res = im->res;
    sqlite3_stmt *st;
    /* A field with more unmapped values than a system has codes is a column
     * that holds something else (names, in an export shifted by a column):
     * none of its values is shown. The values never shown count among them
     * (by their hashes): a column of names, some of which look like names,
     * listed the rest. */
    char sql[320], wide[128];
    long long shifted;
    if (hide_capitals_beside_names(im, err)) return EH_IO;
    snprintf(wide, sizeof wide, "field IN (SELECT field FROM temp.import_codes GROUP BY field HAVING count(*) > %d)",
             UNMAPPED_MAX_CODES);
    snprintf(sql, sizeof sql, "SELECT sum(rows) FROM temp.import_codes WHERE %s", wide);
    if (db_int(im->db, sql, 0, &shifted, err)) return EH_IO;
    snprintf(sql, sizeof sql, "DELETE FROM temp.import_codes WHERE %s", wide);
    if (shifted && db_exec(im->db, sql, err)) return EH_IO;
    if (db_prepare(im->db, &st, "INSERT INTO import_unmapped(import_id, field, value, rows) "
                                "SELECT ?1, field, value, rows FROM temp.import_codes WHERE rows >= ?2 AND NOT secret",
                   err))
        return EH_IO;
    sqlite3_bind_int64(st, 1, res->import_id);
    sqlite3_bind_int(st, 2, UNMAPPED_MIN_ROWS);
    int rc = sqlite3_step(st) == SQLITE_DONE ? EH_OK : db_fail(im->db, err, "keeping the unmapped codes");
    sqlite3_finalize(st);
    if (rc) return rc;
    long long rare;
    snprintf(sql, sizeof sql, "SELECT sum(rows) FROM temp.import_codes WHERE secret OR rows < %d", UNMAPPED_MIN_ROWS);
    if (db_int(im->db, sql, 0, &rare, err)) return EH_IO;
    res->unmapped_other = rare + shifted + im->codes_hidden;
    if (db_prepare(im->db, &st, "SELECT field, value, rows FROM temp.import_codes WHERE rows >= ?1 AND NOT secret "
                                "ORDER BY rows DESC, field, value", err))
        return EH_IO;
    sqlite3_bind_int(st, 1, UNMAPPED_MIN_ROWS);
    size_t cap = 0;
    while (db_next(st, &rc, err, "reading the unmapped codes")) {
        if (res->nunmapped == UNMAPPED_LISTED) {
            res->unmapped_more++;
            continue;
        }
        GROW(res->unmapped, cap, res->nunmapped + 1);
        struct unmapped_code *u = &res->unmapped[res->nunmapped++];
        snprintf(u->field, sizeof u->field, "%s", db_text(st, 0));
        u->value = xstrdup(db_text(st, 1));
        u->rows = sqlite3_column_int64(st, 2);
    }
    sqlite3_finalize(st);
    return rc;
}

/* An import can deserve more than one remark (a Master.csv without
 * uniqueids and without missed calls): each goes on a line of its own. */
static void add_note(struct import_result *res, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The values a catch-all map rule took ({match: ".*", value: other}): not
 * rejected, so never among the unmapped codes, and a code the format did
 * not know (portaalvraag) became other without a word, in the dry runs
 * that docs/formats.md section 12 writes a format with too. Shown as the
 * unmapped codes are: from UNMAPPED_MIN_ROWS rows on, never a value that
 * may carry someone's data. */
static void note_caught(struct importer *im, struct import_result *res)
{
    /* For whoever writes a format, in its dry runs (their rejects are handed
     * to on_reject): in every import of a shipped format, whose catch-alls
     * are meant (a call not out is in), it would be noise. */
    if (res->refused || !im->opt->on_reject) return;
    for (size_t i = 0; i < im->def->nfields; i++) {
        const struct field_map *m = &im->fmt->fields[i];
        if (!m->catch_all_rule || (!m->ncaught && !m->caught_other)) continue;
        long long total = m->caught_other, unnamed = m->caught_other;
        /* As the unmapped codes: a word that reads as a name (Basisarts,
         * Jansen) is hidden only where two values or more of the field
         * looked like someone's data. */
        int identifying = 0;
        for (size_t k = 0; k < m->ncaught; k++) identifying += could_identify(m->caught[k].value, m->caught[k].len);
        struct sbuf named = {0};
        for (size_t k = 0; k < m->ncaught; k++) {
            const struct caught_code *c = &m->caught[k];
            total += c->rows;
            if (c->rows < UNMAPPED_MIN_ROWS || m->free_text || could_identify(c->value, c->len) ||
                (identifying >= 2 && (capitals_name(c->value, c->len, true) || name_word(c->value, c->len)))) {
                unnamed += c->rows;
                continue;
            }
            sbuf_addf(&named, "%s'%s' (%lld)", named.len ? ", " : "", c->value, c->rows);
        }
        char list[96];
        if (!named.len)
            snprintf(list, sizeof list, " (a value is named from %d rows on, and never one that may be someone's "
                     "data)", UNMAPPED_MIN_ROWS);
        else if (unnamed)
            snprintf(list, sizeof list, ", and %lld row%s of values not named", unnamed, unnamed == 1 ? "" : "s");
        else
            list[0] = '\0';
        add_note(res,
                 "%lld row%s of %s took '%s' from map rule %zu of the format, which takes any value%s%s%s. If "
                 "one of them is a code of its own, map it in a rule before that one, or leave the catch-all out "
                 "to see such values among the unmapped codes",
                 total, total == 1 ? "" : "s", im->def->fields[i].name, m->rules[m->catch_all_rule - 1].value,
                 m->catch_all_rule, named.len ? ": " : "", sbuf_str(&named), list);
        sbuf_free(&named);
    }
}
static void add_note(struct import_result *res, const char *fmt, ...)
{
    size_t used = strlen(res->note);
    if (used && used + 1 < sizeof res->note) res->note[used++] = '\n';
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(res->note + used, sizeof res->note - used, fmt, ap);
    va_end(ap);
}

/* How a note names taking this import back: its number, or in a dry run
 * (which gets none) the way to find it once the file is imported. */
static void take_back_hint(const struct importer *im, char *out, size_t size)
{
    if (im->opt->on_reject)
        snprintf(out, size, "('ehtrack imports remove ID', ID the number 'ehtrack imports' gives it)");
    else
        snprintf(out, size, "('ehtrack imports remove %lld')", im->res->import_id);
}

/* The two counts the one row of sql gives for this import (?1), for a note. */
static int count_two(struct importer *im, const char *sql, const char *what, long long *a, long long *b,
                     struct eh_error *err)
{
    *a = *b = 0;
    sqlite3_stmt *st;
    if (db_prepare(im->db, &st, sql, err)) return EH_IO;
    sqlite3_bind_int64(st, 1, im->res->import_id);
    int rc = EH_OK;
    if (db_next(st, &rc, err, what)) {
        *a = sqlite3_column_int64(st, 0);
        *b = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return rc;
}

/* Portal accounts beyond the practice's list size make portal_reach a
 * "share" above 100 %: most often the register's list size is out of date. */
static int note_accounts_beyond_list(struct importer *im, struct eh_error *err)
{
    long long rows, practices;
    int rc = count_two(im,
                       "SELECT count(*), count(DISTINCT r.practice_id) FROM registrations r "
                       "JOIN practices p ON p.id = r.practice_id WHERE r.import_id = ?1 AND r.accounts > p.list_size",
                       "counting the accounts beyond the list sizes", &rows, &practices, err);
    if (!rc && rows)
        add_note(im->res,
                 "%lld registration%s with more portal accounts than the practice's list size in the register "
                 "(%lld practice%s): portal_reach is above 100%% there; update list_size in the register if it is "
                 "out of date",
                 rows, rows == 1 ? "" : "s", practices, practices == 1 ? "" : "s");
    return rc;
}

/* A registrations row is a practice's count of portal accounts on a date:
 * a portal's list with a row per patient, read as `accounts: {value: 1}`,
 * lands as one account a day, its other rows duplicates, and portal_reach
 * reads 1 in a list size without a word. */
static int note_registrations_per_date(struct importer *im, struct eh_error *err)
{
    long long dates, unused;
    int rc = count_two(im,
                       "SELECT count(*), 0 FROM (SELECT practice_id, day FROM registrations WHERE import_id = ?1 "
                       "  UNION SELECT r.practice_id, r.day FROM registration_carriers c "
                       "  JOIN registrations r ON r.key = c.key WHERE c.import_id = ?1)",
                       "counting the practice-dates of the registrations", &dates, &unused, err);
    long long rows = im->res->inserted + im->res->duplicates;
    if (!rc && dates && rows > dates)
        add_note(im->res,
                 "%lld rows for %lld practice-date%s: a registrations row is a practice's number of portal "
                 "accounts on a date, and portal_reach reads one row of each practice's latest date; a portal's "
                 "list with a row per patient must be counted per date first (docs/formats.md, registrations)",
                 rows, dates, dates == 1 ? "" : "s");
    return rc;
}

/* A survey's rows of one practice and date count from the last import
 * that carried any of them (metrics.md): an export of a row per respondent
 * taken in two parts that split a day loses the first part's rows of that
 * day without a word, the second's equal rows even counted as duplicates. */
static int note_survey_dates_replaced(struct importer *im, struct eh_error *err)
{
    long long dates, rows;
    /* The rows that counted before this import, by the rule of
     * metrics/awareness.yaml without it, and left out by it. */
    int rc = count_two(im,
                   "WITH mine(key) AS (SELECT key FROM survey WHERE import_id = ?1 "
                   "                   UNION SELECT key FROM survey_carriers WHERE import_id = ?1), "
                   "  dates AS (SELECT DISTINCT t.practice_id, t.day FROM survey t JOIN mine m ON m.key = t.key), "
                   "  before AS (SELECT t.key AS key, t.practice_id AS practice_id, t.day AS day, "
                   "      max(CASE WHEN t.import_id = ?1 THEN 0 ELSE t.import_id END, "
                   "          coalesce((SELECT max(c.import_id) FROM survey_carriers c "
                   "                    WHERE c.key = t.key AND c.import_id <> ?1), 0)) AS last_import "
                   "    FROM survey t JOIN dates d ON d.practice_id = t.practice_id AND d.day = t.day), "
                   "  latest AS (SELECT practice_id, day, max(last_import) AS last_import FROM before GROUP BY 1, 2) "
                   "SELECT count(DISTINCT b.practice_id || '/' || b.day), count(*) FROM before b "
                   "JOIN latest l ON l.practice_id = b.practice_id AND l.day = b.day AND l.last_import = b.last_import "
                   "WHERE b.last_import > 0 AND b.key NOT IN (SELECT key FROM mine)",
                   "comparing the survey's dates with earlier imports", &dates, &rows, err);
    char take_back[112];
    take_back_hint(im, take_back, sizeof take_back);
    if (!rc && dates)
        add_note(im->res,
                 "%lld practice-date%s of this file also %s %lld row%s from an earlier import that this file does "
                 "not hold: only this file's rows of %s count now (the last import of a date wins); if this file "
                 "does not correct the earlier one (it is an older export, or continues it), take this import "
                 "back %s, and to count both, import them as one file (their rows after one header)",
                 dates, dates == 1 ? "" : "s", dates == 1 ? "has" : "have", rows, rows == 1 ? "" : "s",
                 dates == 1 ? "that date" : "those dates", take_back);
    return rc;
}

static void import_list_add(struct import_list *l, long long id)
{
    size_t at = 0;
    while (at < l->count && l->ids[at] < id) at++;
    if (at < l->count && l->ids[at] == id) return;
    if (l->count == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->ids = xrealloc(l->ids, l->cap * sizeof *l->ids);
    }
    memmove(l->ids + at + 1, l->ids + at, (l->count - at) * sizeof *l->ids);
    l->ids[at] = id;
    l->count++;
}

/* What goes before item i of count in a list a note writes: "1",
 * "1 and 2", "1, 2 and 3". */
static const char *series_joint(size_t i, size_t count)
{
    return i == 0 ? "" : i + 1 == count ? " and " : ", ";
}

static void import_numbers_text(const struct import_list *l, struct sbuf *out)
{
    for (size_t i = 0; i < l->count; i++) sbuf_addf(out, "%s%lld", series_joint(i, l->count), l->ids[i]);
}

/* "1 (maart.csv)", "1 (maart.csv) and 2 (april.csv)", "1 and 2
 * (maart.csv)" where they read one file: each import with the file it
 * read, as 'ehtrack imports' lists it, so a note's advice ("import its
 * file again") needs no look-up; the first five named, more by number. */
static int import_files_text(sqlite3 *db, const struct import_list *l, struct sbuf *out, struct eh_error *err)
{
    sqlite3_stmt *file;
    if (db_prepare(db, &file, "SELECT file FROM imports WHERE id = ?1", err)) return EH_IO;
    size_t named = l->count < 5 ? l->count : 5;
    char **files = xcalloc(named + 1, sizeof *files);
    bool one_file = l->count <= named; /* the files of those not named are not known */
    int rc = EH_OK;
    for (size_t i = 0; i < named && !rc; i++) {
        sqlite3_bind_int64(file, 1, l->ids[i]);
        files[i] = xstrdup(db_next(file, &rc, err, "reading the file of an import") ? db_text(file, 0) : "");
        sqlite3_reset(file);
        one_file = one_file && strcmp(files[i], files[0]) == 0;
    }
    sqlite3_finalize(file);
    for (size_t i = 0; i < l->count && !rc; i++) {
        sbuf_addf(out, "%s%lld", series_joint(i, l->count), l->ids[i]);
        if (i < named && (!one_file || i + 1 == l->count)) sbuf_addf(out, " (%s)", files[i]);
    }
    for (size_t i = 0; i < named; i++) free(files[i]);
    free(files);
    return rc;
}

/* Binds the statement of a note that pairs this import's records with
 * earlier ones, for one practice: ?1 this import; ?2-?3 and ?4-?5 the
 * practice's key ranges (packed, then hashed); ?6-?7 the first and last
 * second of the days both this import and earlier ones carried. */
static void bind_shared_days(const struct importer *im, sqlite3_stmt *st, size_t practice)
{
    int64_t range[4];
    record_key_range((long long)practice, false, &range[0], &range[1]);
    record_key_range((long long)practice, true, &range[2], &range[3]);
    sqlite3_bind_int64(st, 1, im->res->import_id);
    for (int i = 0; i < 4; i++) sqlite3_bind_int64(st, 2 + i, range[i]);
    const struct carried_days *here = &im->carried[practice], *earlier = &im->earlier_days[practice];
    int first = here->first > earlier->first ? here->first : earlier->first;
    int last = here->last < earlier->last ? here->last : earlier->last;
    sqlite3_bind_int64(st, 6, (int64_t)first * 86400);
    sqlite3_bind_int64(st, 7, (int64_t)last * 86400 + 86399);
}

/* An id with the leading zeros of each run of digits left out, and the
 * trailing zeros of the digits after a decimal point: "Locatie 00040009"
 * and "Locatie 40009" alike, and an Asterisk uniqueid "1772438400.4020"
 * and the "1772438400.402" a spreadsheet makes of it (a number to it). */
static void sql_id_without_zeros(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *id = (const char *)sqlite3_value_text(argv[0]);
    int n = sqlite3_value_bytes(argv[0]);
    if (!id) return;
    char *out = sqlite3_malloc(n + 1);
    if (!out) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    int len = 0;
    bool leading = true;
    for (int i = 0; i < n; i++) {
        bool digit = isdigit((unsigned char)id[i]);
        if (digit && leading && id[i] == '0' && i + 1 < n && isdigit((unsigned char)id[i + 1])) continue;
        leading = !digit;
        /* Zeros that end the digits after a decimal point ("4.020") go. */
        if (digit && id[i] == '0' && len >= 2) {
            int end = i;
            while (end < n && id[end] == '0') end++;
            int start = len;
            while (start > 0 && isdigit((unsigned char)out[start - 1])) start--;
            bool decimals = start >= 2 && out[start - 1] == '.' && isdigit((unsigned char)out[start - 2]);
            if (decimals && start < len && (end == n || !isdigit((unsigned char)id[end]))) {
                i = end - 1;
                continue;
            }
        }
        out[len++] = id[i];
    }
    sqlite3_result_text(ctx, out, len, sqlite3_free);
}

/* Records this import stored whose id a record of the same practice and
 * time (to the minute) that an earlier import stored has but for leading
 * zeros: "40009" and "00040009". Ids are text (007 and 7 differ), but
 * this pair is the mark of a spreadsheet that opened and saved an export:
 * it makes an id column's numbers numbers, and an overlapping export
 * saved so lands twice. Only practices where this import stored records
 * and an earlier import of the kind carried records of the same days are
 * read, those days only. */
static int note_zeros_lost(struct importer *im, struct eh_error *err)
{
    const char *time;
    switch (im->def->kind) {
    case KIND_CONSULTS: case KIND_CALLS: time = "start"; break;
    case KIND_MESSAGES: time = "received"; break;
    default: return EH_OK;
    }
    size_t marked = 0;
    while (marked < im->ncarried && !im->carried[marked].stored_in_earlier) marked++;
    if (marked == im->ncarried) return EH_OK;
    if (sqlite3_create_function(im->db, "ehtrack_id_without_zeros", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                sql_id_without_zeros, NULL, NULL) != SQLITE_OK)
        return db_fail(im->db, err, "comparing the ids with the stored ones");
    const char *table = CARRIER_KINDS[im->def->kind].records;
    sqlite3_stmt *pairs = NULL;
    /* Parameters as bind_shared_days binds them. A record of this file
     * counts once, as lacking zeros (its id the shorter) or as having
     * them. */
#define ZERO_PART                                                                                            \
    "SELECT key, ehtrack_id_without_zeros(id) AS shape, %s / 60 AS minute, length(id) AS len, import_id "   \
    "FROM %s WHERE key BETWEEN ?%d AND ?%d AND import_id %s ?1 AND %s BETWEEN ?6 AND ?7 AND id GLOB '*[0-9]*'"
    char *mine[2], *stored[2];
    for (int i = 0; i < 2; i++) {
        mine[i] = xasprintf(ZERO_PART, time, table, 2 + 2 * i, 3 + 2 * i, "=", time);
        stored[i] = xasprintf(ZERO_PART, time, table, 2 + 2 * i, 3 + 2 * i, "<>", time);
    }
#undef ZERO_PART
    /* Each side is read by key range (packed, then hashed) and kept, so
     * that SQLite joins them through an index it builds. The counts come
     * on each row of the earlier imports that carried a stored record of
     * a pair with the zeros this file has: every one of them is to be
     * taken back for the record to go. */
    char *sql = xasprintf(
        "WITH mine AS MATERIALIZED (%s UNION ALL %s), "
        "stored AS MATERIALIZED (%s UNION ALL %s), "
        "pairs AS MATERIALIZED (SELECT m.key AS mine_key, m.len < s.len AS lost, s.key AS stored_key, "
        "  s.import_id AS first_import FROM mine m JOIN stored s ON s.shape = m.shape AND s.minute = m.minute), "
        "counts AS (SELECT count(DISTINCT mine_key) FILTER (WHERE lost) AS lost, "
        "  count(DISTINCT mine_key) FILTER (WHERE NOT lost) AS gained FROM pairs), "
        "earlier AS (SELECT first_import AS import_id FROM pairs WHERE NOT lost UNION "
        "  SELECT c.import_id FROM %s c WHERE c.key IN (SELECT stored_key FROM pairs WHERE NOT lost) "
        "    AND c.import_id <> ?1) "
        "SELECT counts.lost, counts.gained, earlier.import_id FROM counts LEFT JOIN earlier ON 1",
        mine[0], mine[1], stored[0], stored[1], CARRIER_KINDS[im->def->kind].carriers);
    for (int i = 0; i < 2; i++) {
        free(mine[i]);
        free(stored[i]);
    }
    int rc = db_prepare(im->db, &pairs, sql, err);
    free(sql);
    long long lost = 0, gained = 0;
    struct import_list others = {0};
    for (size_t practice = marked; practice < im->ncarried && !rc; practice++) {
        if (!im->carried[practice].stored_in_earlier) continue;
        bind_shared_days(im, pairs, practice);
        bool first_row = true;
        while (db_next(pairs, &rc, err, "comparing the ids with the stored ones")) {
            if (first_row) {
                lost += sqlite3_column_int64(pairs, 0);
                gained += sqlite3_column_int64(pairs, 1);
                first_row = false;
            }
            if (sqlite3_column_type(pairs, 2) != SQLITE_NULL) import_list_add(&others, sqlite3_column_int64(pairs, 2));
        }
        sqlite3_reset(pairs);
    }
    sqlite3_finalize(pairs);
    if (rc) {
        free(others.ids);
        return rc;
    }
    char take_back[112];
    take_back_hint(im, take_back, sizeof take_back);
    if (lost)
        add_note(im->res,
                 "%lld record%s of this file %s the id of a record of the same time that an earlier import "
                 "stored, without its leading zeros (40009 for 00040009) or the last zeros of its decimals "
                 "(1772438400.402 for 1772438400.4020): stored as new, so %s twice. A spreadsheet that opened and "
                 "saved an export drops those zeros: take this import back %s and "
                 "import the export as the system wrote it (or as saved with the id column as text)",
                 lost, lost == 1 ? "" : "s", lost == 1 ? "has" : "have", lost == 1 ? "it counts" : "they count",
                 take_back);
    if (gained && others.count) {
        struct sbuf list = {0};
        rc = import_files_text(im->db, &others, &list, err);
        bool one = others.count == 1;
        if (!rc)
            add_note(im->res,
                     "%lld record%s of this file %s the id of a record of the same time that import%s %s "
                     "carried, with zeros that one lacks (00040009 for 40009, leading; 1772438400.4020 for "
                     "1772438400.402, the last of its decimals): stored as new, so %s twice. A "
                     "spreadsheet that opened and saved an export drops those zeros: if %s, "
                     "take %s back ('ehtrack imports remove %lld'%s); else take this import back %s",
                     gained, gained == 1 ? "" : "s", gained == 1 ? "has" : "have", one ? "" : "s", sbuf_str(&list),
                     gained == 1 ? "it counts" : "they count",
                     one ? "that import was such a file" : "those imports were such files", one ? "it" : "each",
                     others.ids[0], one ? "" : ", and so on", take_back);
        sbuf_free(&list);
    }
    free(others.ids);
    return rc;
}

/* Records without an id of the source are known by all their fields (or
 * by an id built from the patient column), so an export that a
 * spreadsheet opened and saved, its times without seconds and its
 * patient numbers without leading zeros, stores its records a second
 * time. As in note_zeros_lost, only the days both this import and
 * earlier ones carried are read, for the practices where this import
 * stored such a record on one of them; its records there are paired with
 * stored ones of the same minute and the same other fields that differ
 * in the seconds, or for consults (whose role, minutes and reason make a
 * chance pair of two patients unlikely) in the patient. */
static int note_fields_resaved(struct importer *im, struct eh_error *err)
{
    const char *time, *same;
    bool patients = false;
    switch (im->def->kind) {
    case KIND_CONSULTS:
        time = "start";
        same = "s.channel = m.channel AND s.role = m.role AND s.minutes IS m.minutes AND s.reason IS m.reason";
        patients = true;
        break;
    case KIND_MESSAGES: time = "received"; same = "s.channel = m.channel AND s.patient IS m.patient"; break;
    case KIND_CALLS:
        time = "start";
        same = "s.direction = m.direction AND s.wait_s = m.wait_s AND s.talk_s = m.talk_s AND s.outcome = m.outcome";
        break;
    default: return EH_OK;
    }
    size_t marked = 0;
    while (marked < im->ncarried && !im->carried[marked].unnamed_in_earlier) marked++;
    if (marked == im->ncarried) return EH_OK;
    const char *table = CARRIER_KINDS[im->def->kind].records;
    /* Parameters as bind_shared_days binds them. */
#define UNNAMED_PART                                                                                         \
    "SELECT *, %s AS t, %s / 60 AS minute FROM %s WHERE key BETWEEN ?%d AND ?%d AND import_id %s ?1 "      \
    "AND %s BETWEEN ?6 AND ?7 AND id GLOB '#*'"
    char *mine[2], *stored[2];
    for (int i = 0; i < 2; i++) {
        mine[i] = xasprintf(UNNAMED_PART, time, time, table, 2 + 2 * i, 3 + 2 * i, "=", time);
        stored[i] = xasprintf(UNNAMED_PART, time, time, table, 2 + 2 * i, 3 + 2 * i, "<>", time);
    }
#undef UNNAMED_PART
    char *sql = xasprintf(
        "WITH mine AS MATERIALIZED (%s UNION ALL %s), "
        "stored AS MATERIALIZED (%s UNION ALL %s), "
        "pairs AS MATERIALIZED (SELECT m.key AS mine_key, s.key AS stored_key, s.import_id AS first_import "
        "  FROM mine m JOIN stored s ON s.minute = m.minute AND %s AND (s.t <> m.t%s)), "
        "counts AS (SELECT count(DISTINCT mine_key) AS n FROM pairs), "
        "earlier AS (SELECT first_import AS import_id FROM pairs UNION "
        "  SELECT c.import_id FROM %s c WHERE c.key IN (SELECT stored_key FROM pairs) AND c.import_id <> ?1) "
        "SELECT counts.n, earlier.import_id FROM counts LEFT JOIN earlier ON 1",
        mine[0], mine[1], stored[0], stored[1], same, patients ? " OR s.patient IS NOT m.patient" : "",
        CARRIER_KINDS[im->def->kind].carriers);
    for (int i = 0; i < 2; i++) {
        free(mine[i]);
        free(stored[i]);
    }
    sqlite3_stmt *pairs = NULL;
    int rc = db_prepare(im->db, &pairs, sql, err);
    free(sql);
    long long twice = 0;
    struct import_list others = {0};
    for (size_t practice = marked; practice < im->ncarried && !rc; practice++) {
        if (!im->carried[practice].unnamed_in_earlier) continue;
        bind_shared_days(im, pairs, practice);
        bool first_row = true;
        while (db_next(pairs, &rc, err, "comparing the records without an id with the stored ones")) {
            if (first_row) twice += sqlite3_column_int64(pairs, 0);
            first_row = false;
            if (sqlite3_column_type(pairs, 1) != SQLITE_NULL) import_list_add(&others, sqlite3_column_int64(pairs, 1));
        }
        sqlite3_reset(pairs);
    }
    sqlite3_finalize(pairs);
    if (!rc && twice && others.count) {
        char take_back[112];
        take_back_hint(im, take_back, sizeof take_back);
        struct sbuf list = {0};
        rc = import_files_text(im->db, &others, &list, err);
        bool one = others.count == 1;
        if (!rc)
            add_note(im->res,
                     "%lld record%s of this file without an id (known by all %s fields) %s equal to a record that "
                     "import%s %s carried but for the seconds of the %s time%s: stored as new, so %s "
                     "twice. A spreadsheet that opened and saved an export drops the seconds of times and the "
                     "leading zeros of numbers: if this file was such a copy, take it back %s and import the export "
                     "as the system wrote it; if %s, take %s back ('ehtrack imports remove %lld'%s)",
                     twice, twice == 1 ? "" : "s", twice == 1 ? "its" : "their", twice == 1 ? "is" : "are",
                     one ? "" : "s", sbuf_str(&list), time, patients ? " or the patient number" : "",
                     twice == 1 ? "it counts" : "they count", take_back,
                     one ? "that import was such a copy" : "those imports were such copies", one ? "it" : "each",
                     others.ids[0], one ? "" : ", and so on");
        sbuf_free(&list);
    }
    free(others.ids);
    return rc;
}

/* Which practices' records the import carried, and over which days: a
 * workbook lists the imports of its own practices only. */
static int keep_carried(struct importer *im, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(im->db, &st, "INSERT INTO import_practices(import_id, practice_id, first_day, last_day) "
                                "VALUES (?1, ?2, ?3, ?4)", err))
        return EH_IO;
    int rc = EH_OK;
    for (size_t i = 0; i < im->ncarried && !rc; i++) {
        if (im->carried[i].first == DATE_NONE) continue;
        sqlite3_bind_int64(st, 1, im->res->import_id);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        db_bind_date(st, 3, im->carried[i].first);
        db_bind_date(st, 4, im->carried[i].last);
        if (sqlite3_step(st) != SQLITE_DONE) rc = db_fail(im->db, err, "recording the practices of the import");
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return rc;
}

/* Fewer rows than this that all fail are a sample tried by hand, not an
 * export given the wrong format. */
#define NOTHING_FITS_MIN_ROWS 20

/* Not one row of an export taken: the file is most likely not the export
 * the format describes (a report from the system's web screens, another
 * system's log). Its rows fail on the same field one after the other, or
 * the format's skip rules take every one of them for a row to pass over,
 * and neither says so (exit 0 for the second). Codes the format's maps
 * lack are listed already, so keep_unmapped must have run. */
static void note_nothing_fits(struct importer *im)
{
    const struct import_result *res = im->res;
    if (!im->fmt->file || res->read < NOTHING_FITS_MIN_ROWS || res->rejected + res->skipped != res->read ||
        res->updated || res->nunmapped)
        return;
    /* The note on rows separated by ';' names the cause already. */
    if (im->side && im->side->semicolon_rows * 2 > res->read) return;
    char taken[96];
    if (res->rejected && res->skipped)
        snprintf(taken, sizeof taken, "%lld skipped by its skip rules, %lld rejected", res->skipped, res->rejected);
    else
        snprintf(taken, sizeof taken, "%s", res->skipped ? "each skipped by its skip rules" : "each rejected");
    add_note(im->res,
             "not one row of this file fits the format '%s' (%s): is it the export the format describes? "
             "Another export (a report with other columns, another system's log) needs a format of its own: "
             "'ehtrack formats' lists those known, formats.md ('Your own export in ten minutes') says how to "
             "write one",
             im->fmt->name, taken);
}

/* "another channel", "another channel and duration": the figures after
 * the time that rows changed (bit n - 1 of differ for figure n of the
 * kind, record_carriers.h), as a note names them. */
static void other_figures_text(enum log_kind kind, unsigned differ, struct sbuf *out)
{
    const struct carrier_kind *k = &CARRIER_KINDS[kind];
    size_t named = 0;
    int count = 0;
    for (int n = 1; n < k->nfigures; n++) count += (differ >> (n - 1)) & 1;
    if (!count) {
        sbuf_adds(out, "other figures");
        return;
    }
    sbuf_adds(out, "another ");
    for (int n = 1; n < k->nfigures; n++) {
        if (!((differ >> (n - 1)) & 1)) continue;
        sbuf_addf(out, "%s%s", series_joint(named++, (size_t)count), k->words[n]);
    }
}

/* Whether differ (other_figures_text) holds the patient number: what a
 * spreadsheet that saved an export again changes (leading zeros). */
static bool patient_differs(enum log_kind kind, unsigned differ)
{
    int n = carrier_figure(kind, "patient");
    return n > 0 && ((differ >> (n - 1)) & 1);
}

/* Rows with a stored record's id and time but other figures: a
 * corrected export, or one saved again by a spreadsheet. A record takes a
 * correction's figures only when every import before it that carried
 * other figures is taken back, so the note names them all (monthly
 * exports overlap: the next month's carried some of the same records),
 * and those that carried days or practices this file lacks, whose records
 * go with them. */
static int note_figures_kept(struct importer *im, struct eh_error *err)
{
    const struct import_list *by = &im->kept_by;
    if (!by->count) return EH_OK; /* a record met again has a first import: not reached */
    sqlite3_stmt *beyond;
    if (db_prepare(im->db, &beyond,
                   "SELECT EXISTS (SELECT 1 FROM import_practices x LEFT JOIN import_practices mine "
                   "  ON mine.import_id = ?1 AND mine.practice_id = x.practice_id WHERE x.import_id = ?2 "
                   "  AND (mine.practice_id IS NULL OR x.first_day < mine.first_day OR x.last_day > mine.last_day))",
                   err))
        return EH_IO;
    struct import_list wider = {0};
    int rc = EH_OK;
    for (size_t i = 0; i < by->count && !rc; i++) {
        sqlite3_bind_int64(beyond, 1, im->res->import_id);
        sqlite3_bind_int64(beyond, 2, by->ids[i]);
        if (db_next(beyond, &rc, err, "comparing the days of the imports") && sqlite3_column_int(beyond, 0))
            import_list_add(&wider, by->ids[i]);
        sqlite3_reset(beyond);
    }
    sqlite3_finalize(beyond);
    if (rc) {
        free(wider.ids);
        return rc;
    }
    long long n = im->figures_kept;
    bool one = by->count == 1;
    struct sbuf names = {0}, commands = {0}, lacking = {0}, other = {0};
    rc = import_files_text(im->db, by, &names, err);
    other_figures_text(im->def->kind, im->figures_kept_differ, &other);
    /* Every command where they are few: a user types what is written. */
    for (size_t i = 0; i < by->count && i < 5; i++)
        sbuf_addf(&commands, "%s'ehtrack imports remove %lld'", i ? ", " : "", by->ids[i]);
    if (by->count > 5) sbuf_adds(&commands, ", and so on");
    if (wider.count) {
        struct sbuf list = {0};
        import_numbers_text(&wider, &list);
        bool one_wider = wider.count == 1;
        sbuf_addf(&lacking,
                  ". Import%s %s also carried days or practices this file lacks, whose records go with %s: "
                  "import %s file%s again after taking %s back",
                  one_wider ? "" : "s", sbuf_str(&list), one_wider ? "it" : "them", one_wider ? "its" : "their",
                  one_wider ? "" : "s", one_wider ? "it" : "them");
        /* A record two of them carry takes the figures of the first
         * imported again, as it took the first import's before. */
        if (!one_wider) {
            sbuf_adds(&lacking, ", in the order of their numbers (");
            for (size_t i = 0; i < wider.count; i++)
                sbuf_addf(&lacking, "%s%lld", i ? ", then " : "", wider.ids[i]);
            sbuf_adds(&lacking, ")");
        }
        sbuf_addf(&lacking, ", and those records come back while the ones this file carries keep its figures "
                            "(ignore the note %s then give%s on other figures: this file is the correction)",
                  one_wider ? "that import" : "those imports", one_wider ? "s" : "");
        sbuf_free(&list);
    }
    /* A spreadsheet changes no channel or duration: only where patient
     * numbers differ can this file be its copy, and where nothing else
     * differs that is the likelier, so the note says it first. */
    bool patient = patient_differs(im->def->kind, im->figures_kept_differ);
    bool patient_only = patient && !(im->figures_kept_differ & (im->figures_kept_differ - 1));
    if (!rc)
        add_note(im->res,
                 "%lld row%s of this file %s the id and time of a stored record but %s%s stored record%s "
                 "keep%s the figures of import%s %s, which carried %s before this file. If this file corrects %s (a "
                 "format or an export corrected), take %s back (%s): the record%s then %s this file's figures, with "
                 "no need to import this file again%s%s",
                 n, n == 1 ? "" : "s", n == 1 ? "has" : "have", sbuf_str(&other),
                 patient_only ? ", as in an export a spreadsheet saved again (patient numbers without their "
                                "leading zeros): such a copy corrects nothing, so let it be. The"
                              : ": the",
                 n == 1 ? "" : "s",
                 n == 1 ? "s" : "", one ? "" : "s", sbuf_str(&names), n == 1 ? "it" : "them", n == 1 ? "it" : "them",
                 one ? "that import" : "those imports", sbuf_str(&commands), n == 1 ? "" : "s",
                 n == 1 ? "has" : "have", sbuf_str(&lacking),
                 patient && !patient_only
                     ? "; an export saved again by a spreadsheet (patient numbers without their leading zeros) "
                       "corrects nothing: let it be"
                     : "");
    sbuf_free(&commands);
    sbuf_free(&names);
    sbuf_free(&lacking);
    sbuf_free(&other);
    free(wider.ids);
    return rc;
}

static int finish_import(struct importer *im, struct eh_error *err)
{
    struct import_result *res = im->res;
    if (!res->refused && keep_carried(im, err)) return EH_IO;
    if (keep_unmapped(im, err)) return EH_IO;
    note_nothing_fits(im);
    if (!res->refused && (note_zeros_lost(im, err) || note_fields_resaved(im, err))) return EH_IO;
    if (im->def->kind == KIND_REGISTRATIONS && !res->refused &&
        (note_accounts_beyond_list(im, err) || note_registrations_per_date(im, err)))
        return EH_IO;
    if (im->def->kind == KIND_SURVEY && !res->refused && note_survey_dates_replaced(im, err)) return EH_IO;
    if (im->fmt->legs && !res->refused && count_abandoned_calls(im)) return EH_IO;
    if (im->def->kind == KIND_CALLS && res->inserted > 0 && im->abandoned == 0)
        add_note(res,
                 "no abandoned inbound calls in this file: if the phone system does not log missed calls "
                 "(as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low");
    if (im->fmt->legs && im->side && im->side->legs_id_not_call * 2 > im->side->legs_without_id)
        add_note(res,
                 "%lld row%s (from line %ld) whose call id column holds something other than a call id "
                 "(1711440000.123): the "
                 "legs of such a call cannot be joined, so a call that rang several phones counts up to once per "
                 "phone, and two calls with the same start, outcome, wait and talk time count once. "
                 "A spreadsheet that opened and saved the export turns uniqueids into numbers (import the original "
                 "file); with loguniqueid = no in Asterisk cdr.conf, [csv], the column holds the userfield",
                 im->side->legs_without_id, im->side->legs_without_id == 1 ? "" : "s", im->side->legs_first_line);
    else if (im->fmt->legs && im->side && im->side->legs_without_id > 0)
        add_note(res,
                 "%lld row%s (from line %ld) without a call id (the format's id column empty, or not a "
                 "call id): the legs of "
                 "such a call cannot be joined, so a call that rang several phones counts up to once per phone, and "
                 "two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: "
                 "loguniqueid = yes)",
                 im->side->legs_without_id, im->side->legs_without_id == 1 ? "" : "s", im->side->legs_first_line);
    if (im->side && im->side->rows_past_header) {
        long long n = im->side->rows_past_header;
        char delimiter[3] = {im->side->delimiter};
        if (delimiter[0] == '\t') memcpy(delimiter, "\\t", 3);
        add_note(res,
                 "%lld row%s (the first on line %ld) %s values past the header's last column: a value holding "
                 "'%s' without quotes moves every column after it, so a field may have been read from the wrong "
                 "column; check %s in the file",
                 n, n == 1 ? "" : "s", im->side->first_past_header, n == 1 ? "has" : "have", delimiter,
                 n == 1 ? "that line" : "those lines");
    }
    if (im->side && im->side->semicolon_rows * 2 > res->read) {
        char delimiter[3] = {im->fmt->delimiter};
        if (delimiter[0] == '\t') memcpy(delimiter, "\\t", 3);
        add_note(res,
                 "%lld of the %lld rows (the first on line %ld) are separated by ';' where the format reads '%s', "
                 "and have fewer columns than it reads: a file a spreadsheet with Dutch settings saved again (it "
                 "also rewrites times and makes numbers of ids); import the file as the system wrote it",
                 im->side->semicolon_rows, res->read, im->side->first_semicolon_row, delimiter);
    }
    if (im->side && im->side->line_cut)
        add_note(res,
                 "the last line (line %ld) has no line end: the system was still writing the file when it was "
                 "copied or read, so the line may be cut off; it was skipped, and the next import of the file "
                 "reads it whole (a file that is complete lacks only the line end: add one and import it again)",
                 im->side->line_cut);
    if (im->side && im->side->header_repeats) {
        long long n = im->side->header_repeats;
        if (n == 1)
            add_note(res,
                     "line %ld repeats the header line (two exports joined into one file?): it was skipped, not "
                     "read as a row",
                     im->side->first_header_repeat);
        else
            add_note(res,
                     "%lld lines repeat the header line (the first on line %ld; exports joined into one file?): "
                     "they were skipped, not read as rows",
                     n, im->side->first_header_repeat);
    }
    if (im->side && im->side->rows_short) {
        long long n = im->side->rows_short;
        add_note(res,
                 "%lld row%s (the first on line %ld) %s fewer columns than the format reads: the values of the "
                 "columns missing were read as empty (an export that leaves out empty fields at the end of a "
                 "row writes them so, and so does one cut off); check %s in the file",
                 n, n == 1 ? "" : "s", im->side->first_short, n == 1 ? "has" : "have",
                 n == 1 ? "that line" : "those lines");
    }
    char take_back[112];
    take_back_hint(im, take_back, sizeof take_back);
    for (size_t i = 0; i < im->def->nfields; i++) {
        const struct field_map *m = &im->fmt->fields[i];
        if (!m->mark_ambiguous) continue;
        add_note(res,
                 "%lld value%s of %s (the first on line %ld) %s a point or comma before exactly three digits, as "
                 "1.224: read as the decimal mark (1.224 as 1.224, not 1224); if the export groups thousands so "
                 "(1.224 is 1224), give the field decimal: comma (points group thousands) or decimal: point "
                 "(commas do) in the format, and import the file again after taking this import back %s",
                 m->mark_ambiguous, m->mark_ambiguous == 1 ? "" : "s", im->def->fields[i].name,
                 m->first_mark_ambiguous, m->mark_ambiguous == 1 ? "has" : "have", take_back);
    }
    const char *time_word = im->def->kind == KIND_MESSAGES ? "received time"
                            : im->def->kind == KIND_SURVEY || im->def->kind == KIND_REGISTRATIONS ? "date"
                                                                                                  : "start time";
    const char *repeat_advice =
        im->def->kind == KIND_CALLS
            ? "If the rows are legs of one call (a row per phone that rang), give the format same_id: legs "
              "(docs/formats.md, section 8) and import the file again after taking this import back"
            : "An export lists a record once: if these are other records under one number, give the format an id "
              "of more columns and import the file again after taking this import back";
    if (im->id_other_time && !res->refused)
        add_note(res,
                 "%lld row%s of this file %s the id of a record stored with another %s: %s not taken (a record "
                 "keeps its first import's figures). An export that corrects an earlier one keeps its times; %s%s",
                 im->id_other_time, im->id_other_time == 1 ? "" : "s", im->id_other_time == 1 ? "has" : "have",
                 time_word, im->id_other_time == 1 ? "it was" : "they were",
                 im->def->kind == KIND_CALLS
                     ? "if the rows are legs of one call (a row per phone that rang), give the format same_id: legs "
                       "(docs/formats.md, section 8) and import the file again after taking this import back "
                     : "if this file is another source numbering in the same range (a second location, another "
                       "system), give the format an id of more columns (id: {columns: [Locatie, Contactnummer]}), "
                       "or import it per practice, after taking this import back ",
                 take_back);
    /* The row's answer was taken, its received time not: "not taken" would
     * contradict "now answered", and the response time runs from the
     * stored time, which the user should know. */
    if (im->answers_other_time && !res->refused)
        add_note(res,
                 "%lld answer%s taken from %s with the id of a message stored with another received time (by an "
                 "earlier import or an earlier row of this file): "
                 "the message keeps its stored received time, so its response time runs from that time, not "
                 "from the row's. If such rows are other messages (another source numbering in the same range), "
                 "give the format an id of more columns (id: {columns: [Locatie, Berichtnummer]}) and import the "
                 "file again after taking this import back %s",
                 im->answers_other_time, im->answers_other_time == 1 ? "" : "s",
                 im->answers_other_time == 1 ? "a row" : "rows", take_back);
    note_caught(im, res);
    /* Every such row earlier than its id's first: the file lists its
     * newest lines first (a web export), and kept each id's latest row (a
     * portal log of an event per line kept the answer as the message). */
    /* One such row is as likely a correction at the end of a file in
     * order: it gets the note below. */
    if (im->time_repeated >= 2 && im->time_repeated_earlier == im->time_repeated && !res->refused)
        add_note(res, "%lld rows of this file repeat the id of an earlier row with an earlier %s: only the first "
                      "row of an id counts, so for such an id the row of the later time was kept. A file that "
                      "lists its newest lines first keeps each id's latest row: if this one does, sort it oldest "
                      "first (a text log: tac FILE > oldest-first.log; a CSV: its header line first, as a "
                      "spreadsheet sorts it) and import it again after taking this import back %s",
                 im->time_repeated, time_word, take_back);
    else if (im->time_repeated && !res->refused)
        add_note(res, "%lld row%s of this file repeat%s the id of an earlier row with another %s: only the first row "
                      "of an id counts. %s",
                 im->time_repeated, im->time_repeated == 1 ? "" : "s", im->time_repeated == 1 ? "s" : "", time_word,
                 repeat_advice);
    if (im->figures_repeated && !res->refused) {
        struct sbuf other = {0};
        other_figures_text(im->def->kind, im->figures_repeated_differ, &other);
        add_note(res,
                 "%lld row%s of this file repeat%s the id and time of an earlier row with %s: only the "
                 "first row of an id counts. %s",
                 im->figures_repeated, im->figures_repeated == 1 ? "" : "s", im->figures_repeated == 1 ? "s" : "",
                 sbuf_str(&other), repeat_advice);
        sbuf_free(&other);
    }
    if (im->figures_kept && !res->refused && note_figures_kept(im, err)) return EH_IO;
    if (im->answers_refused)
        add_note(res,
                 "%lld answer%s not taken: %s earlier than the received time stored for %s message (a row of "
                 "the same id with another received time); the response time would have been negative",
                 im->answers_refused, im->answers_refused == 1 ? "" : "s", im->answers_refused == 1 ? "it is" : "each is",
                 im->answers_refused == 1 ? "its" : "their");
    char finished[26], first[11] = "", last[11] = "";
    now_iso(finished);
    if (im->first_day != DATE_NONE) {
        format_date(im->first_day, first);
        format_date(im->last_day, last);
    }
    sqlite3_stmt *st;
    if (db_prepare(im->db, &st, "UPDATE imports SET finished_at = ?2, read = ?3, inserted = ?4, duplicates = ?5, "
                                "updated = ?6, rejected = ?7, first_day = ?8, last_day = ?9, outcome = ?10, "
                                "notes = ?11, skipped = ?12, unmapped_other = ?13 WHERE id = ?1", err))
        return EH_IO;
    sqlite3_bind_int64(st, 1, res->import_id);
    sqlite3_bind_text(st, 2, finished, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, res->read);
    sqlite3_bind_int64(st, 4, res->inserted);
    sqlite3_bind_int64(st, 5, res->duplicates);
    sqlite3_bind_int64(st, 6, res->updated);
    sqlite3_bind_int64(st, 7, res->rejected);
    db_bind_text(st, 8, first[0] ? first : NULL);
    db_bind_text(st, 9, last[0] ? last : NULL);
    sqlite3_bind_text(st, 10, res->refused ? "refused" : "imported", -1, SQLITE_STATIC);
    db_bind_text(st, 11, res->note[0] ? res->note : NULL);
    sqlite3_bind_int64(st, 12, res->skipped);
    sqlite3_bind_int64(st, 13, res->unmapped_other);
    int rc = sqlite3_step(st) == SQLITE_DONE ? EH_OK : db_fail(im->db, err, "finishing the import");
    sqlite3_finalize(st);
    return rc;
}

static int prepare_legs(struct importer *im, struct eh_error *err)
{
    sqlite3 *db = im->db;
    int rc = db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS import_calls(key INTEGER PRIMARY KEY, "
                         "existed INTEGER NOT NULL, updated INTEGER NOT NULL DEFAULT 0);"
                         "DELETE FROM temp.import_calls;", err);
    if (!rc)
        rc = call_leg_store_open(&im->legs, db, err) ||
             db_prepare(db, &im->legs_of_call, CALL_LEGS_OF_CALL_SQL, err) ||
             db_prepare(db, &im->call_get, "SELECT " CALL_LEG_COLUMNS ", import_id FROM calls WHERE key = ?1", err) ||
             db_prepare(db, &im->call_update, "UPDATE calls SET start = ?2, direction = ?3, wait_s = ?4, "
                                              "talk_s = ?5, outcome = ?6 WHERE key = ?1", err) ||
             db_prepare(db, &im->call_has_legs, "SELECT EXISTS (SELECT 1 FROM call_legs WHERE call_key = ?1)", err) ||
             db_prepare(db, &im->plain_leg_needed,
                        "SELECT EXISTS (SELECT 1 FROM call_legs WHERE call_key = ?1) AND NOT EXISTS "
                        "(SELECT 1 FROM call_legs l JOIN call_leg_imports li ON li.leg_key = l.key "
                        " JOIN imports i ON i.id = li.import_id WHERE l.call_key = ?1 AND i.legs = 0)", err) ||
             db_prepare(db, &im->touch, "INSERT INTO temp.import_calls(key, existed) VALUES (?1, ?2) "
                                        "ON CONFLICT DO NOTHING", err) ||
             db_prepare(db, &im->touch_updated, "UPDATE temp.import_calls SET updated = 1 "
                                                "WHERE key = ?1 AND existed = 1 AND updated = 0", err)
                 ? EH_IO
                 : EH_OK;
    return rc;
}

static int prepare_carriers(struct importer *im)
{
    for (int step = NOTE_LOOKUP; step <= NOTE_DIFFER; step++) {
        char *sql = carriers_note_sql(im->def->kind, (enum carrier_note)step);
        int rc = db_prepare(im->db, &im->note[step], sql, im->err);
        free(sql);
        if (rc) return rc;
    }
    return carriers_freezer_open(&im->freezer, im->db, im->def->kind, im->err);
}

int import_file_check(const char *path, bool strict, struct eh_error *err)
{
    /* Looked at, not opened: a named pipe opened and closed unread loses
     * its writer, and the import that opens it again waits for ever while
     * it holds the database's write lock. */
    struct stat in_st;
    if (strcmp(path, "-") == 0 && stat(path, &in_st) != 0)
        return eh_fail(err, EH_USAGE, path, 0, 0, "no file of that name: standard input is read as /dev/stdin "
                       "(ehtrack import KIND /dev/stdin)");
    if (stat(path, &in_st) != 0 || access(path, R_OK) != 0)
        return eh_fail(err, EH_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    if (strict && !S_ISREG(in_st.st_mode))
        return eh_fail(err, EH_USAGE, path, 0, 0, "--strict reads the file twice (first only checked), which a pipe "
                       "cannot give: save it to a file first, or import without --strict");
    /* As reading it would say, before anything is begun. */
    if (S_ISDIR(in_st.st_mode)) return eh_fail(err, EH_IO, path, 0, 0, "cannot read: %s", strerror(EISDIR));
    return EH_OK;
}

/* The error of an import whose --practice no practice of the register
 * has: what status and metrics say of it (the code meant, or the known
 * practices with the hint for a practice not recorded yet, where the
 * register is not empty: an empty one's message has it); an option the
 * command cannot use, so a usage error, as an unknown format is. */
static int import_practice_unknown(sqlite3 *db, const char *agb, size_t practices, struct eh_error *err)
{
    bool meant_named = false;
    int rc = scope_check_practice(db, agb, &meant_named, err);
    if (rc == EH_IO) return rc;
    if (rc == EH_OK) return eh_fail(err, EH_USAGE, NULL, 0, 0, "--practice %s is not in the register", agb);
    char *said = xstrdup(err->msg);
    eh_fail(err, EH_USAGE, NULL, 0, 0, "--practice: %s%s", said,
            practices && !meant_named ? " (a practice new to the register is recorded with 'ehtrack plan sync' "
                                        "first)" : "");
    free(said);
    return EH_USAGE;
}

int import_register_check(sqlite3 *db, struct eh_error *err)
{
    long long practices = 0;
    if (db && db_int(db, "SELECT count(*) FROM practices", 0, &practices, err)) return EH_IO;
    if (practices) return EH_OK;
    return eh_fail(err, EH_USAGE, NULL, 0, 0, "the database holds no practices, so every row would be rejected: "
                   "record the register first ('ehtrack plan sync plans/', or the file or directory that "
                   "holds it)");
}

int import_file(sqlite3 *db, const struct pseudo_key *key, const char *path, struct log_format *fmt,
                const struct import_options *opt, struct import_result *res, struct eh_error *err)
{
    memset(res, 0, sizeof *res);
    int checked = import_file_check(path, opt->strict, err);
    if (checked) return checked;
    struct importer *im = xcalloc(1, sizeof *im);
    im->db = db;
    im->key = key;
    im->fmt = fmt;
    /* note_caught names them in a dry run (rejects go to on_reject). */
    fmt->watch_catch_alls = opt->on_reject != NULL;
    im->def = fmt->def;
    im->opt = opt;
    im->res = res;
    im->path = path;
    im->err = err;
    im->first_day = im->last_day = DATE_NONE;
    /* Apart from the importer's lines: see struct read_side. */
    struct read_side *rs = im->side = xcalloc_aligned(128, sizeof *im->side);
    format_reset_counts(im->fmt);
    rs->def = im->def;
    rs->fmt = fmt;
    rs->key = key;
    randombytes_buf(rs->secret_key, sizeof rs->secret_key);
    rs->practice = opt->practice;
    rs->practice_field = kind_field_index(im->def, "practice");
    rs->patient_field = kind_field_index(im->def, "patient");
    rs->id_field = kind_field_index(im->def, "id");
    for (size_t i = 0, e = 0; i < im->def->nfields && e < 3; i++)
        if (im->def->fields[i].type == FT_ENUM || im->def->fields[i].type == FT_ENUM_OPT)
            im->enum_fields[e++] = &im->def->fields[i];
    rs->rec = xmalloc(sizeof *rs->rec);
    im->queue = xmalloc(QUEUE_ROWS * sizeof *im->queue);
    for (int i = 0; i < 2; i++) {
        im->window_buffers[i] = xmalloc(QUEUE_ROWS * sizeof *im->window);
        im->read_buffers[i] = xmalloc(sizeof *im->read_buffers[i]);
    }
    im->window = im->window_buffers[0];
    key_sorter_init(&im->side->sorter, IMPORT_SORT_BUDGET);
    im->rejects = xmalloc(QUEUE_ROWS * sizeof *im->rejects);
    sqlite3_stmt *bulk = NULL;
    long long cache_pages = 0;          /* the cache size to restore */
    int rc = load_practices(db, &im->practices, err);
    if (rc) goto out;
    if (opt->practice && !(rs->practice_id = find_practice(&im->practices, opt->practice, strlen(opt->practice)))) {
        rc = import_practice_unknown(db, opt->practice, im->practices.count, err);
        goto out;
    }
    if (sqlite3_create_module_v2(db, "ehtrack_rows", &rows_module, NULL, NULL) != SQLITE_OK) {
        rc = db_fail(db, err, "registering the row source");
        goto out;
    }
    /* An import appends and looks records up in key order, so a few pages
     * are all it reuses; a large cache would only cost the memory it
     * touches. */
    if ((rc = db_int(db, "PRAGMA cache_size", 0, &cache_pages, err)) ||
        (rc = db_exec(db, "PRAGMA cache_size = -" IMPORT_CACHE_KIB, err)))
        goto out;
    char now[26];
    now_iso(now);
    /* Inside the caller's transaction (a dry run over several files) the
     * import is a savepoint of it. */
    bool nested = !sqlite3_get_autocommit(db);
    if ((rc = nested ? db_exec(db, "SAVEPOINT import_file", err) : db_begin(db, err))) goto out;
    if ((rc = record_import(im, now, err)) || (rc = load_max_keys(im)) || (rc = load_earlier_days(im)) ||
        (rc = db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS import_codes(field TEXT NOT NULL, secret INTEGER NOT NULL, "
                          "value TEXT NOT NULL COLLATE NOCASE, rows INTEGER NOT NULL, PRIMARY KEY (field, secret, value)) "
                          "WITHOUT ROWID;"
                          "DELETE FROM temp.import_codes;", err)) ||
        (rc = db_prepare(db, &im->code_count, "INSERT INTO temp.import_codes(field, value, rows, secret) "
                                              "VALUES (?1, ?2, 1, ?3) ON CONFLICT DO UPDATE SET rows = rows + 1", err)) ||
        ((fmt->legs || im->def->kind == KIND_CALLS) && (rc = prepare_legs(im, err))) ||
        (rc = db_prepare(db, &im->insert, insert_sql[im->def->kind], err)) ||
        (rc = db_prepare(db, &im->reject, "INSERT INTO rejects(import_id, line, col, field, reason, practice_id) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", err)) ||
        (rc = db_prepare(db, &bulk, bulk_sql[im->def->kind], err)) ||
        (im->def->kind == KIND_MESSAGES &&
         ((rc = db_prepare(db, &im->update, "UPDATE messages SET answered = ?2 WHERE key = ?1", err)) ||
          (rc = db_prepare(db, &im->open_message, "SELECT received FROM messages WHERE key = ?1 AND answered IS NULL",
                           err)) ||
          (rc = db_prepare(db, &im->carry_answer, "UPDATE message_carriers SET answered = ?2 WHERE key = ?1 "
                                                  "AND import_id = ?3 AND same = 0 AND answered IS NULL "
                                                  "AND received <= ?2", err)))) ||
        (rc = prepare_carriers(im)))
        goto rollback;
    if (im->def->kind == KIND_CALLS && !fmt->legs) {
        long long any = 0;
        if ((rc = db_int(db, "SELECT EXISTS (SELECT 1 FROM call_legs)", 0, &any, err))) goto rollback;
        im->legs_stored = any != 0;
    }
    if (opt->strict) {
        /* Check everything first, so a refused file lands nothing but its
         * rejects, without holding them in memory. */
        im->validate_only = true;
        if ((rc = run_pass(im, bulk))) goto rollback;
        im->validate_only = false;
        res->refused = res->rejected > 0;
    }
    if (!res->refused) {
        res->read = res->rejected = res->skipped = 0;
        im->codes_hidden = 0;
        im->id_other_time = im->answers_other_time = im->figures_kept = im->figures_repeated = im->time_repeated = 0;
        im->figures_kept_differ = im->figures_repeated_differ = 0;
        im->kept_by.count = 0;
        im->time_repeated_earlier = 0;
        im->side->legs_without_id = im->side->legs_id_not_call = im->side->rows_past_header =
            im->side->rows_short = im->side->header_repeats = im->side->line_cut = im->side->semicolon_rows = 0;
        format_reset_counts(im->fmt);
        if ((rc = db_exec(db, "DELETE FROM temp.import_codes", err)) || (rc = run_pass(im, bulk)) ||
            (rc = flush_days(im)))
            goto rollback;
        settle_gathered(im, 0);
        if ((rc = day_refresh(db, im->def->kind, &im->spans, err))) goto rollback;
    }
    if ((rc = finish_import(im, err))) goto rollback;
    rc = nested ? db_exec(db, "RELEASE import_file", err) : db_commit(db, err);
    goto out;
rollback:
    if (nested) sqlite3_exec(db, "ROLLBACK TO import_file; RELEASE import_file", NULL, NULL, NULL);
    else db_rollback(db);
    import_result_free(res);
out:
    if (cache_pages) {
        char restore[64];
        snprintf(restore, sizeof restore, "PRAGMA cache_size = %lld", cache_pages);
        sqlite3_exec(db, restore, NULL, NULL, NULL);
    }
    sqlite3_finalize(bulk);
    sqlite3_finalize(im->insert);
    sqlite3_finalize(im->reject);
    sqlite3_finalize(im->update);
    sqlite3_finalize(im->open_message);
    sqlite3_finalize(im->carry_answer);
    for (size_t i = 0; i < ARRAY_LEN(im->note); i++) sqlite3_finalize(im->note[i]);
    carriers_freezer_close(&im->freezer);
    sqlite3_finalize(im->code_count);
    sqlite3_finalize(im->stored_keys);
    key_sorter_free(&im->side->sorter);
    call_leg_store_close(&im->legs);
    sqlite3_finalize(im->plain_leg_needed);
    sqlite3_stmt *legs[] = {im->legs_of_call, im->call_get,
                            im->call_update, im->call_has_legs, im->touch, im->touch_updated};
    for (size_t i = 0; i < ARRAY_LEN(legs); i++) sqlite3_finalize(legs[i]);
    free(im->practices.items);
    free(im->practices.slots);
    free(im->carried);
    free(im->earlier_days);
    free(im->kept_by.ids);
    free(im->side->max_key);
    free(im->side->last_queued);
    day_counts_free(&im->days);
    day_spans_free(&im->spans);
    while (im->ngathering) stop_gathering(im, im->ngathering - 1);
    followups_free(&im->idle);
    free(im->gathering);
    free(im->follow_state);
    free(im->queue);
    for (int i = 0; i < 2; i++) {
        free(im->window_buffers[i]);
        free(im->read_buffers[i]);
    }
    free(im->rejects);
    free(im->side->rec);
    sbuf_free(&im->side->header_text);
    free(im->side);
    free(im);
    return rc;
}
