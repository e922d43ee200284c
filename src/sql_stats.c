#include "sql_stats.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* median(x) and median(x, n): the middle value of a group, or the mean of
 * the two middle ones; NULLs are left out, no values give NULL. With n, x
 * counts n times: a table of counts by value gives the same median as
 * the values one by one. SQL can express it only with
 * window functions that sort every group's rows twice; collecting the
 * group's values and selecting the middle is an order of magnitude faster. */
struct median_value {
    double x;
    sqlite3_int64 n;
};

struct median_acc {
    struct median_value *values;
    size_t count, cap;
    sqlite3_int64 total;
    bool failed;
};

/* Adds x, counted n times; false when memory ran out (reported once). */
static bool median_add(sqlite3_context *ctx, struct median_acc *acc, double x, sqlite3_int64 n)
{
    if (acc->failed) return false;
    if (acc->count == acc->cap) {
        size_t cap = acc->cap ? acc->cap * 2 : 64;
        struct median_value *grown = sqlite3_realloc64(acc->values, cap * sizeof *grown);
        if (!grown) {
            acc->failed = true;
            sqlite3_result_error_nomem(ctx);
            return false;
        }
        acc->values = grown;
        acc->cap = cap;
    }
    acc->values[acc->count++] = (struct median_value){x, n};
    acc->total += n;
    return true;
}

static void fn_median_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    struct median_acc *acc = sqlite3_aggregate_context(ctx, sizeof *acc);
    if (!acc) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
    sqlite3_int64 times = argc > 1 ? sqlite3_value_int64(argv[1]) : 1;
    if (times > 0) median_add(ctx, acc, sqlite3_value_double(argv[0]), times);
}

static void swap_values(struct median_value *a, struct median_value *b)
{
    struct median_value t = *a;
    *a = *b;
    *b = t;
}

/* The value at 0-based position pos of the values in order, counts taken:
 * a selection, not a sort (the values of a region's month are a few
 * hundred thousand; sorting them took most of a report's median). Each
 * round splits the values around a pivot into smaller, equal and larger,
 * and goes on in the part that holds pos. */
static double value_at(struct median_value *v, size_t n, sqlite3_int64 pos)
{
    size_t lo = 0, hi = n;
    for (;;) {
        /* Median of three as the pivot: sorted or constant input stays linear. */
        double a = v[lo].x, b = v[lo + (hi - lo) / 2].x, c = v[hi - 1].x;
        double pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        size_t lt = lo, i = lo, gt = hi;
        sqlite3_int64 below = 0, equal = 0;
        while (i < gt) {
            if (v[i].x < pivot) {
                below += v[i].n;
                swap_values(&v[lt++], &v[i++]);
            } else if (v[i].x > pivot) {
                swap_values(&v[i], &v[--gt]);
            } else {
                equal += v[i++].n;
            }
        }
        if (pos < below) {
            hi = lt;
        } else if (pos < below + equal) {
            return pivot;
        } else {
            pos -= below + equal;
            lo = gt;
        }
    }
}

/* The value at position pos + 1 when the one at pos is x. */
static double value_after(const struct median_value *v, size_t n, sqlite3_int64 pos, double x)
{
    sqlite3_int64 upto = 0;
    double next = x;
    bool found = false;
    for (size_t i = 0; i < n; i++) {
        if (v[i].x <= x) upto += v[i].n;
        else if (!found || v[i].x < next) {
            next = v[i].x;
            found = true;
        }
    }
    return upto > pos + 1 ? x : next;
}

static void fn_median_final(sqlite3_context *ctx)
{
    struct median_acc *acc = sqlite3_aggregate_context(ctx, 0);
    if (!acc || !acc->count || acc->failed) {
        if (acc && acc->failed) sqlite3_result_error_nomem(ctx);
        else sqlite3_result_null(ctx);
        if (acc) sqlite3_free(acc->values);
        return;
    }
    sqlite3_int64 mid = acc->total / 2;
    double result;
    if (acc->total % 2) {
        result = value_at(acc->values, acc->count, mid);
    } else {
        double low = value_at(acc->values, acc->count, mid - 1);
        result = (low + value_after(acc->values, acc->count, mid - 1, low)) / 2.0;
    }
    sqlite3_result_double(ctx, result);
    sqlite3_free(acc->values);
}


/* ---- value lists ---------------------------------------------------------------- */

enum { LIST_ITEM = 8 };

static sqlite3_int64 list_item(const unsigned char *p)
{
    sqlite3_uint64 v = 0;
    for (int i = LIST_ITEM - 1; i >= 0; i--) v = v << 8 | p[i];
    return (sqlite3_int64)v;
}

static void put_item(unsigned char *p, sqlite3_int64 x)
{
    sqlite3_uint64 v = (sqlite3_uint64)x;
    for (int i = 0; i < LIST_ITEM; i++, v >>= 8) p[i] = (unsigned char)v;
}

/* The bytes of a list argument, or NULL with an error set: a value of
 * another type or length would otherwise read as some other numbers. */
static const unsigned char *list_arg(sqlite3_context *ctx, sqlite3_value *v, const char *fn, size_t *count)
{
    int bytes = sqlite3_value_bytes(v);
    const unsigned char *p = sqlite3_value_blob(v);
    if (sqlite3_value_type(v) != SQLITE_BLOB || bytes % LIST_ITEM) {
        char *msg = sqlite3_mprintf("%s: the first argument is not a value list (value_list(x))", fn);
        sqlite3_result_error(ctx, msg ? msg : fn, -1);
        sqlite3_free(msg);
        return NULL;
    }
    *count = (size_t)bytes / LIST_ITEM;
    return p ? p : (const unsigned char *)"";
}

struct list_acc {
    sqlite3_int64 *values;
    size_t count, cap;
    bool failed;
};

static void fn_value_list_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    struct list_acc *acc = sqlite3_aggregate_context(ctx, sizeof *acc);
    if (!acc) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || acc->failed) return;
    sqlite3_int64 x = sqlite3_value_int64(argv[0]);
    sqlite3_int64 times = argc > 1 ? sqlite3_value_int64(argv[1]) : 1;
    for (; times > 0; times--) {
        if (acc->count == acc->cap) {
            size_t cap = acc->cap ? acc->cap * 2 : 16;
            sqlite3_int64 *grown = sqlite3_realloc64(acc->values, cap * sizeof *grown);
            if (!grown) {
                acc->failed = true;
                sqlite3_result_error_nomem(ctx);
                return;
            }
            acc->values = grown;
            acc->cap = cap;
        }
        acc->values[acc->count++] = x;
    }
}

static int cmp_int64(const void *a, const void *b)
{
    sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;
    return (x > y) - (x < y);
}

static void fn_value_list_final(sqlite3_context *ctx)
{
    struct list_acc *acc = sqlite3_aggregate_context(ctx, 0);
    if (!acc || acc->failed) {
        if (acc) sqlite3_free(acc->values);
        if (!acc) sqlite3_result_null(ctx);
        return;
    }
    /* Rows read in key order come sorted already: no sort then. */
    bool sorted = true;
    for (size_t i = 1; i < acc->count && sorted; i++) sorted = acc->values[i - 1] <= acc->values[i];
    if (!sorted) qsort(acc->values, acc->count, sizeof *acc->values, cmp_int64);
    unsigned char *out = acc->count ? sqlite3_malloc64(acc->count * LIST_ITEM) : NULL;
    if (acc->count && !out) {
        sqlite3_result_error_nomem(ctx);
    } else {
        for (size_t i = 0; i < acc->count; i++) put_item(out + i * LIST_ITEM, acc->values[i]);
        sqlite3_result_blob64(ctx, out ? (const void *)out : "", acc->count * LIST_ITEM, sqlite3_free);
    }
    sqlite3_free(acc->values);
}

static void fn_median_list_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    struct median_acc *acc = sqlite3_aggregate_context(ctx, sizeof *acc);
    if (!acc) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || acc->failed) return;
    size_t count;
    const unsigned char *p = list_arg(ctx, argv[0], "median_list", &count);
    if (!p) {
        acc->failed = true;
        return;
    }
    double divisor = sqlite3_value_double(argv[1]);
    /* Equal values next to each other are one entry with their count:
     * the selection then moves fewer entries. */
    for (size_t i = 0; i < count;) {
        sqlite3_int64 x = list_item(p + i * LIST_ITEM);
        size_t run = 1;
        while (i + run < count && list_item(p + (i + run) * LIST_ITEM) == x) run++;
        if (!median_add(ctx, acc, (double)x / divisor, (sqlite3_int64)run)) return;
        i += run;
    }
}

static void fn_list_at_most(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    size_t count;
    const unsigned char *p = list_arg(ctx, argv[0], "list_at_most", &count);
    if (!p) return;
    double limit = sqlite3_value_double(argv[1]);
    /* The values ascend: the first one above the limit, by halving. */
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((double)list_item(p + mid * LIST_ITEM) <= limit) lo = mid + 1;
        else hi = mid;
    }
    sqlite3_result_int64(ctx, (sqlite3_int64)lo);
}

void sql_stats_register(sqlite3 *db)
{
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db, "median", 1, flags, NULL, NULL, fn_median_step, fn_median_final);
    sqlite3_create_function(db, "median", 2, flags, NULL, NULL, fn_median_step, fn_median_final);
    sqlite3_create_function(db, "value_list", 1, flags, NULL, NULL, fn_value_list_step, fn_value_list_final);
    sqlite3_create_function(db, "value_list", 2, flags, NULL, NULL, fn_value_list_step, fn_value_list_final);
    sqlite3_create_function(db, "median_list", 2, flags, NULL, NULL, fn_median_list_step, fn_median_final);
    sqlite3_create_function(db, "list_at_most", 2, flags, NULL, fn_list_at_most, NULL, NULL);
}
