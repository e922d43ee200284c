#include "followups.h"

#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "radix_sort.h"
#include "util.h"

struct followup_contact {
    int64_t patient, t;         /* t: real time */
    int day;                    /* local day */
    bool econsult;
};

void followups_init(struct followups *f)
{
    memset(f, 0, sizeof *f);
    f->first_day = f->last_day = DATE_NONE;
}

void followups_add(struct followups *f, int64_t patient, int64_t start, bool econsult)
{
    GROW(f->c, f->cap, f->n + 1);
    struct followup_contact *c = &f->c[f->n++];
    c->patient = patient;
    c->t = ams_to_utc(start);
    c->day = (int)(start >= 0 ? start / 86400 : (start - 86399) / 86400);
    c->econsult = econsult;
    if (f->first_day == DATE_NONE || c->day < f->first_day) f->first_day = c->day;
    if (f->last_day == DATE_NONE || c->day > f->last_day) f->last_day = c->day;
}

void followups_clear(struct followups *f)
{
    f->n = 0;
    f->first_day = f->last_day = DATE_NONE;
}

void followups_free(struct followups *f)
{
    free(f->c);
    followups_init(f);
}

/* Groups the contacts by patient, each patient's in time order: by time,
 * then (stably) by a dense number per patient, which is all the grouping
 * needs and sorts in fewer passes than the pseudonym. */
static void sort_by_patient_time(struct followups *f)
{
    size_t n = f->n;
    if (n < 2) return;
    struct followup_contact *c = f->c;
    int64_t t_min = c[0].t;
    for (size_t i = 1; i < n; i++)
        if (c[i].t < t_min) t_min = c[i].t;
    struct radix_entry *order = xmalloc(2 * n * sizeof *order), *tmp = order + n;
    for (size_t i = 0; i < n; i++) order[i] = (struct radix_entry){(uint64_t)(c[i].t - t_min), (uint32_t)i, 0};
    radix_sort(order, tmp, n);
    size_t size = 16;
    while (size < 2 * n) size *= 2;
    struct patient_slot {
        int64_t patient;
        uint64_t number;        /* 0: empty */
    } *slots = xcalloc(size, sizeof *slots);
    uint64_t numbers = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t patient = c[order[i].at].patient;
        uint64_t h = (uint64_t)patient * 0x9E3779B97F4A7C15ULL;
        size_t k = (size_t)(h >> 32) & (size - 1);
        while (slots[k].number && slots[k].patient != patient) k = (k + 1) & (size - 1);
        if (!slots[k].number) {
            slots[k].patient = patient;
            slots[k].number = ++numbers;
        }
        order[i].key = slots[k].number;
    }
    radix_sort(order, tmp, n);
    struct followup_contact *sorted = xmalloc(n * sizeof *sorted);
    for (size_t i = 0; i < n; i++) sorted[i] = c[order[i].at];
    free(f->c);
    f->c = sorted;
    f->cap = n;
    free(slots);
    free(order);
}

void followups_count(struct followups *f, int first, int last, long long *followed)
{
    memset(followed, 0, (size_t)(last - first + 1) * sizeof *followed);
    sort_by_patient_time(f);
    const struct followup_contact *c = f->c;
    size_t n = f->n;
    /* From each patient's last contact back: the first follow-up contact
     * strictly after the contacts at hand. */
    int64_t next_followup = 0;
    bool have_next = false;
    for (size_t i = n; i-- > 0;) {
        if (i + 1 == n || c[i].patient != c[i + 1].patient) have_next = false;
        /* Contacts at the same instant: none follows another. */
        size_t j = i;
        while (j > 0 && c[j - 1].patient == c[i].patient && c[j - 1].t == c[i].t) j--;
        bool followup_here = false;
        for (size_t k = j; k <= i; k++) {
            if (!c[k].econsult) {
                followup_here = true;
                continue;
            }
            if (c[k].day >= first && c[k].day <= last && have_next && next_followup <= c[k].t + 1209600)
                followed[c[k].day - first]++;
        }
        if (followup_here) {
            next_followup = c[i].t;
            have_next = true;
        }
        i = j;
    }
}
