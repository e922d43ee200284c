#include "sql_memory.h"

#include <malloc.h>
#include <sqlite3.h>
#include <stdlib.h>

/* The bytes this thread holds (may go below zero: see the header), and
 * the count an allocation may not pass (0: no budget). */
static _Thread_local long long held, ceiling;

static bool over_budget(long long more)
{
    return ceiling && held + more > ceiling;
}

static void *mem_malloc(int n)
{
    if (over_budget(n)) return NULL;
    void *p = malloc((size_t)n);
    if (p) held += (long long)malloc_usable_size(p);
    return p;
}

static void mem_free(void *p)
{
    if (!p) return;
    held -= (long long)malloc_usable_size(p);
    free(p);
}

static void *mem_realloc(void *p, int n)
{
    long long before = (long long)malloc_usable_size(p);
    if (n > before && over_budget(n - before)) return NULL;
    void *q = realloc(p, (size_t)n);
    if (q) held += (long long)malloc_usable_size(q) - before;
    return q;
}

static int mem_size(void *p)
{
    return (int)malloc_usable_size(p);
}

static int mem_roundup(int n)
{
    return (n + 7) & ~7;
}

static int mem_init(void *unused)
{
    (void)unused;
    return SQLITE_OK;
}

static void mem_shutdown(void *unused)
{
    (void)unused;
}

static bool installed;

bool sql_memory_install(void)
{
    static const sqlite3_mem_methods methods = {mem_malloc, mem_free, mem_realloc, mem_size,
                                                mem_roundup, mem_init, mem_shutdown, NULL};
    installed = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK &&
                sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    return installed;
}

void sql_memory_budget_begin(long long limit)
{
    if (installed) ceiling = held + limit;
}

void sql_memory_budget_end(void)
{
    ceiling = 0;
}
