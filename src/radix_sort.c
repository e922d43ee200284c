#include "radix_sort.h"

#include <string.h>

/* LSD, a byte at a time. */
void radix_sort(struct radix_entry *a, struct radix_entry *tmp, size_t n)
{
    if (n < 2) return;
    struct radix_entry *from = a, *to = tmp;
    for (int shift = 0; shift < 64; shift += 8) {
        size_t count[256] = {0};
        for (size_t i = 0; i < n; i++) count[(from[i].key >> shift) & 255]++;
        if (count[(from[0].key >> shift) & 255] == n) continue;
        size_t sum = 0;
        for (int b = 0; b < 256; b++) {
            size_t c = count[b];
            count[b] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++) to[count[(from[i].key >> shift) & 255]++] = from[i];
        struct radix_entry *t = from;
        from = to;
        to = t;
    }
    if (from != a) memcpy(a, from, n * sizeof *a);
}
