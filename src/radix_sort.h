/*
 * radix_sort.h - a stable sort of entries by a 64-bit key, for the key
 * sorter's runs and the follow-up count's contacts.
 *
 * Contract: radix_sort orders a[0..n) by ascending key (unsigned), entries
 * of equal keys in the order they were, using tmp (n entries) as scratch.
 * at and len are the caller's, carried along: where the entry's record
 * lies. A byte of the key that all entries share costs one counting pass.
 */
#ifndef EHTRACK_RADIX_SORT_H
#define EHTRACK_RADIX_SORT_H

#include <stddef.h>
#include <stdint.h>

struct radix_entry {
    uint64_t key;
    uint32_t at, len;
};

void radix_sort(struct radix_entry *a, struct radix_entry *tmp, size_t n);

#endif
