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
}

void followups_add(struct followups *f, int64_t patient, int64_t start, bool econsult)
{
    GROW(f->c, f->cap, f->n + 1);
    struct followup_contact *c = &f->c[f->n++];
    c->patient = patient;
    c->t = ams_to_utc(start);
    c->day = (int)(start >= 0 ? start / 86400 : (start - 86399) / 86400);
    c->econsult = econsult;
}

void followups_clear(struct followups *f)
{
    f->n = 0;
}

void followups_free(struct followups *f)
{
    free(f->c);
    free(f->sorted);
    free(f->order);
    free(f->number);
    followups_init(f);
}

static size_t patient_slot(int64_t patient, size_t mask)
{
    return (size_t)(((uint64_t)patient * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

/* Groups the contacts by patient, each patient's in time order: by time,
 * then (stably) by a dense number per patient, which is all the grouping
 * needs and sorts in fewer passes than the pseudonym. */
static void sort_by_patient_time(struct followups *f)
{
    size_t n = f->n;
    if (n < 2) return;
    struct followup_contact *c = f->c;
    /* Each patient's number, in the order added. The table of patients
     * grows with them, not with the contacts: a practice has several
     * contacts a patient, and fresh memory costs a page fault a page. */
    struct patient_slot {
        int64_t patient;
        uint64_t number;        /* 0: empty */
    } *slots = xcalloc(1024, sizeof *slots);
    size_t size = 1024;
    GROW(f->number, f->number_cap, n);
    uint32_t *number = f->number, numbers = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = patient_slot(c[i].patient, size - 1);
        while (slots[k].number && slots[k].patient != c[i].patient) k = (k + 1) & (size - 1);
        if (!slots[k].number) {
            if (2 * ((size_t)numbers + 1) > size) {
                struct patient_slot *old = slots;
                slots = xcalloc(2 * size, sizeof *slots);
                for (size_t j = 0; j < size; j++) {
                    if (!old[j].number) continue;
                    size_t m = patient_slot(old[j].patient, 2 * size - 1);
                    while (slots[m].number) m = (m + 1) & (2 * size - 1);
                    slots[m] = old[j];
                }
                free(old);
                size *= 2;
                k = patient_slot(c[i].patient, size - 1);
                while (slots[k].number) k = (k + 1) & (size - 1);
            }
            slots[k].patient = c[i].patient;
            slots[k].number = ++numbers;
        }
        number[i] = (uint32_t)slots[k].number;
    }
    free(slots);
    int64_t t_min = c[0].t;
    for (size_t i = 1; i < n; i++)
        if (c[i].t < t_min) t_min = c[i].t;
    GROW(f->order, f->order_cap, 2 * n);
    struct radix_entry *order = f->order, *tmp = order + n;
    for (size_t i = 0; i < n; i++) order[i] = (struct radix_entry){(uint64_t)(c[i].t - t_min), (uint32_t)i, 0};
    radix_sort(order, tmp, n);
    for (size_t i = 0; i < n; i++) order[i].key = number[order[i].at];
    radix_sort(order, tmp, n);
    GROW(f->sorted, f->sorted_cap, n);
    for (size_t i = 0; i < n; i++) f->sorted[i] = c[order[i].at];
    f->c = f->sorted;
    f->sorted = c;
    size_t cap = f->cap;
    f->cap = f->sorted_cap;
    f->sorted_cap = cap;
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
