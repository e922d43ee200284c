/*
 * followups.h - the follow-up rule of e-consults, one definition for the
 * day tables however their contacts are gathered: an e-consult is followed
 * up by a face-to-face, phone, video or visit consult (every other
 * channel) of the same patient at the same practice in (t, t + 14 days]
 * of real time.
 *
 * Contract: a followups list holds the consults of one practice (add
 * them in any order); followups_count counts, for each local day first ..
 * last, the e-consults of that day the list shows followed up. For a
 * count to be true the list holds every consult of the practice from a
 * day before first to 16 days after last (14 days, and an hour of clock
 * change). Memory grows with the consults added.
 */
#ifndef EHTRACK_FOLLOWUPS_H
#define EHTRACK_FOLLOWUPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct followup_contact;
struct radix_entry;

struct followups {
    struct followup_contact *c;
    size_t n, cap;
    /* the count's working memory, kept for the next practice */
    struct followup_contact *sorted;
    struct radix_entry *order;
    uint32_t *number;
    size_t sorted_cap, order_cap, number_cap;
};

void followups_init(struct followups *f);
/* start: local seconds (as stored); patient: the pseudonym. */
void followups_add(struct followups *f, int64_t patient, int64_t start, bool econsult);
/* followed[0 .. last - first]: set, not added to. Reorders the list. */
void followups_count(struct followups *f, int first, int last, long long *followed);
/* Empties the list for another practice, keeping its memory. */
void followups_clear(struct followups *f);
void followups_free(struct followups *f);

#endif
