#include "plan_set.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "paths.h"
#include "plan_load.h"
#include "util.h"
#include "vocab.h"
#include "yaml_doc.h"

void known_add(struct known_practices *k, const char *agb, const char *care_group, const char *region)
{
    GROW(k->items, k->cap, k->count + 1);
    k->items[k->count++] = (struct known_practice){xstrdup(agb), xstrdup(care_group), xstrdup(region)};
}

void known_free(struct known_practices *k)
{
    for (size_t i = 0; i < k->count; i++) {
        free(k->items[i].agb);
        free(k->items[i].care_group);
        free(k->items[i].region);
    }
    free(k->items);
    memset(k, 0, sizeof *k);
}

static void load_file(struct plan_set *set, const char *path, const struct metric_catalog *metrics,
                      int today, struct diag_list *diags)
{
    struct ydoc doc;
    set->files++;
    if (!ydoc_load(&doc, path, YDOC_MAX_PLAN_BYTES, "a register or plan", diags)) {
        ydoc_free(&doc);
        return;
    }
    struct yctx c = {&doc, diags};
    yaml_node_t *root = ydoc_root(&doc);
    const char *first_key = NULL;
    if (root->type == YAML_MAPPING_NODE && root->data.mapping.pairs.start < root->data.mapping.pairs.top) {
        yaml_node_t *k = yaml_document_get_node(&doc.doc, root->data.mapping.pairs.start->key);
        if (k->type == YAML_SCALAR_NODE) first_key = (const char *)k->data.scalar.value;
    }
    bool is_register = false, is_plan = false;
    if (root->type == YAML_MAPPING_NODE) {
        /* Classify by the key present, wherever it stands in the mapping. */
        for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
            yaml_node_t *k = yaml_document_get_node(&doc.doc, p->key);
            if (k->type != YAML_SCALAR_NODE) continue;
            const char *key = (const char *)k->data.scalar.value;
            if (strcmp(key, "practices") == 0) is_register = true;
            if (strcmp(key, "plan") == 0) is_plan = true;
        }
    }
    if (is_register && !is_plan) {
        GROW(set->registers, set->cap_registers, set->nregisters + 1);
        register_load(&c, root, &set->registers[set->nregisters++]);
    } else if (is_plan && !is_register) {
        GROW(set->plans, set->cap_plans, set->nplans + 1);
        plan_load(&c, root, metrics, today, &set->plans[set->nplans++]);
    } else if (is_plan && is_register) {
        yerror(&c, root, "a file holds a register (practices:) or a plan (plan:), not both");
    } else {
        yerror(&c, root, "not a register or a plan: the top-level key must be practices: or plan:%s%s%s",
               first_key ? " (found " : "", first_key ? first_key : "", first_key ? ":)" : "");
    }
    ydoc_free(&doc);
}

/* Files and directories already read, by device and inode: a file named
 * twice, or reached again through a symbolic link, is one file, and a
 * link back up the tree ends there instead of looping. */
struct seen_files {
    struct {
        dev_t dev;
        ino_t ino;
    } *items;
    size_t count, cap;
};

static bool seen_before(struct seen_files *seen, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return false;
    for (size_t i = 0; i < seen->count; i++)
        if (seen->items[i].dev == st.st_dev && seen->items[i].ino == st.st_ino) return true;
    GROW(seen->items, seen->cap, seen->count + 1);
    seen->items[seen->count].dev = st.st_dev;
    seen->items[seen->count].ino = st.st_ino;
    seen->count++;
    return false;
}

/* given: path was named by the user (not found inside a directory).
 * Returns how many .yaml or .yml files path is or holds, read now or
 * before (a file named and its directory hold one). */
static size_t walk(struct plan_set *set, const char *path, bool given, const struct metric_catalog *metrics,
                   int today, struct seen_files *seen, struct diag_list *diags)
{
    if (is_directory(path)) {
        if (seen_before(seen, path)) return 0;
        char **names = list_dir(path, NULL);
        if (!names) {
            diag_add_io(diags, path, "cannot read the directory: %s", strerror(errno));
            return 0;
        }
        size_t found = 0;
        for (size_t i = 0; names[i]; i++) {
            char *child = str_ends(path, "/") ? xasprintf("%s%s", path, names[i])
                                              : xasprintf("%s/%s", path, names[i]);
            /* PLAN.YAML, as Windows tools name files, is a plan too. */
            size_t n = strlen(child);
            if (is_directory(child) || (n > 5 && strcasecmp(child + n - 5, ".yaml") == 0) ||
                (n > 4 && strcasecmp(child + n - 4, ".yml") == 0))
                found += walk(set, child, false, metrics, today, seen, diags);
            /* Notepad saves "plan.yaml" as plan.yaml.txt unless told "All
             * files": a plan left out without a word. */
            else if ((n > 9 && strcasecmp(child + n - 9, ".yaml.txt") == 0) ||
                     (n > 8 && strcasecmp(child + n - 8, ".yml.txt") == 0))
                diag_add(diags, DIAG_WARNING, child, 0, 0, "not read: the name ends in .txt (as Notepad saves "
                         "a file unless 'All files' is chosen); rename it to %.*s", (int)(strlen(names[i]) - 4),
                         names[i]);
            free(child);
        }
        free_list(names);
        if (given && !found)
            diag_add(diags, DIAG_WARNING, path, 0, 0, "the directory holds no .yaml or .yml file: nothing in it "
                     "was read");
        return found;
    }
    if (!file_exists(path)) {
        /* '-' is how other tools name standard input. */
        if (strcmp(path, "-") == 0)
            diag_add_io(diags, path, "no file of that name: standard input is read as /dev/stdin "
                        "(give /dev/stdin as the file)");
        else
            diag_add_io(diags, path, "no such file or directory");
        return 0;
    }
    if (!seen_before(seen, path)) load_file(set, path, metrics, today, diags);
    return 1;
}

/* The first practice in file order with code agb: the first of its run in
 * by_agb, which is sorted by code and then by position. */
const struct practice *plan_set_practice(const struct plan_set *set, const char *agb)
{
    size_t lo = 0, hi = set->nby_agb;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(set->by_agb[mid]->agb, agb) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo < set->nby_agb && strcmp(set->by_agb[lo]->agb, agb) == 0 ? set->by_agb[lo] : NULL;
}

struct ranked_practice {
    const struct practice *p;
    size_t order;
};

static int by_code_then_order(const void *a, const void *b)
{
    const struct ranked_practice *x = a, *y = b;
    int c = strcmp(x->p->agb, y->p->agb);
    return c ? c : (x->order > y->order) - (x->order < y->order);
}

static void index_practices(struct plan_set *set)
{
    size_t n = plan_set_practice_count(set), k = 0;
    struct ranked_practice *r = xmalloc((n ? n : 1) * sizeof *r);
    for (size_t g = 0; g < set->nregisters; g++)
        for (size_t i = 0; i < set->registers[g].count; i++)
            if (set->registers[g].practices[i].agb) {
                r[k].p = &set->registers[g].practices[i];
                r[k].order = k;
                k++;
            }
    qsort(r, k, sizeof *r, by_code_then_order);
    set->by_agb = xmalloc((k ? k : 1) * sizeof *set->by_agb);
    for (size_t i = 0; i < k; i++) set->by_agb[i] = r[i].p;
    set->nby_agb = k;
    free(r);
}

size_t plan_set_practice_count(const struct plan_set *set)
{
    size_t n = 0;
    for (size_t r = 0; r < set->nregisters; r++) n += set->registers[r].count;
    return n;
}

static void check_unique_agb(struct plan_set *set, struct diag_list *diags)
{
    for (size_t r = 0; r < set->nregisters; r++)
        for (size_t i = 0; i < set->registers[r].count; i++) {
            const struct practice *p = &set->registers[r].practices[i];
            if (!p->agb) continue;
            const struct practice *first = plan_set_practice(set, p->agb);
            if (first != p)
                diag_add(diags, DIAG_ERROR, p->file, p->agb_at.line, p->agb_at.col,
                         "AGB code %s is already used by '%s' at %s:%ld:%ld; AGB codes are unique",
                         p->agb, first->name ? first->name : "?", first->file, first->agb_at.line,
                         first->agb_at.col);
        }
}

static int by_id_then_order(const void *a, const void *b)
{
    const struct plan *x = *(const struct plan *const *)a, *y = *(const struct plan *const *)b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x > y) - (x < y);
}

static void check_unique_plans(struct plan_set *set, struct diag_list *diags)
{
    /* Sorted by id and then position, each plan after the first of its
     * id repeats it; the problems are sorted by place when printed. */
    const struct plan **sorted = xmalloc((set->nplans ? set->nplans : 1) * sizeof *sorted);
    size_t n = 0;
    for (size_t i = 0; i < set->nplans; i++)
        if (set->plans[i].id) sorted[n++] = &set->plans[i];
    qsort(sorted, n, sizeof *sorted, by_id_then_order);
    for (size_t i = 1, first = 0; i < n; i++) {
        if (strcmp(sorted[i]->id, sorted[first]->id) != 0) {
            first = i;
            continue;
        }
        const struct plan *p = sorted[i], *q = sorted[first];
        diag_add(diags, DIAG_ERROR, p->file, p->id_at.line, p->id_at.col,
                 "plan id '%s' is already used at %s:%ld:%ld; plan ids are unique",
                 p->id, q->file, q->id_at.line, q->id_at.col);
    }
    free(sorted);
}

static bool known_agb(const struct known_practices *k, const char *agb)
{
    for (size_t i = 0; k && i < k->count; i++)
        if (strcmp(k->items[i].agb, agb) == 0) return true;
    return false;
}

static bool known_group(const struct plan_set *set, const struct known_practices *k, const char *group)
{
    for (size_t r = 0; r < set->nregisters; r++)
        for (size_t i = 0; i < set->registers[r].count; i++) {
            const char *g = set->registers[r].practices[i].care_group;
            if (g && strcmp(g, group) == 0) return true;
        }
    /* A practice of the database counts as it is stored only where the
     * register at hand does not place it anew: moving a care group's last
     * practice away leaves the group without practices. */
    for (size_t i = 0; k && i < k->count; i++)
        if (strcmp(k->items[i].care_group, group) == 0 && !plan_set_practice(set, k->items[i].agb)) return true;
    return false;
}

/* A care group of the register or the database whose name differs from
 * group in capitals only (a hand-typed "zorggroep noord"); NULL if none. */
static const char *group_in_other_case(const struct plan_set *set, const struct known_practices *k,
                                       const char *group)
{
    for (size_t r = 0; r < set->nregisters; r++)
        for (size_t i = 0; i < set->registers[r].count; i++) {
            const char *g = set->registers[r].practices[i].care_group;
            if (g && strcasecmp(g, group) == 0 && strcmp(g, group) != 0) return g;
        }
    for (size_t i = 0; k && i < k->count; i++)
        if (strcasecmp(k->items[i].care_group, group) == 0 && strcmp(k->items[i].care_group, group) != 0)
            return k->items[i].care_group;
    return NULL;
}

static void check_references(struct plan_set *set, const struct known_practices *known,
                             struct diag_list *diags)
{
    bool any_register = set->nregisters > 0 || (known && known->count > 0);
    for (size_t i = 0; i < set->nplans; i++) {
        const struct plan *p = &set->plans[i];
        const char *hint = any_register ? "" : " (no register was given and the database has no practices: "
                                               "name the register file too, e.g. plan check plans/)";
        if (p->practice && !plan_set_practice(set, p->practice) && !known_agb(known, p->practice))
            diag_add(diags, DIAG_ERROR, p->file, p->owner_at.line, p->owner_at.col,
                     "practice %s is not in the register%s", p->practice, hint);
        if (p->care_group && !known_group(set, known, p->care_group)) {
            const char *meant = group_in_other_case(set, known, p->care_group);
            if (meant)
                diag_add(diags, DIAG_ERROR, p->file, p->owner_at.line, p->owner_at.col,
                         "care group '%s' has no practices in the register; did you mean '%s'? (a care group's "
                         "name is matched as the register writes it, capitals included)", p->care_group, meant);
            else
                diag_add(diags, DIAG_ERROR, p->file, p->owner_at.line, p->owner_at.col,
                         "care group '%s' has no practices in the register%s", p->care_group, hint);
        }
    }
}

/* A plan whose type gives the practice its e-consult term (interface.md
 * section 3: the smallest term of its patient_communication and
 * patient_portal plans, a plan without one counting as 24 hours): the
 * types of TERM_APP_TYPES_SQL (metric_eval.h). */
static bool sets_econsult_term(const struct plan *p)
{
    return p->practice && (p->app_type == vocab_find(&VOCAB_APP_TYPES, "patient_communication") ||
                           p->app_type == vocab_find(&VOCAB_APP_TYPES, "patient_portal"));
}

static bool in_set(const struct plan_set *set, const char *id)
{
    for (size_t i = 0; i < set->nplans; i++)
        if (set->plans[i].id && strcmp(set->plans[i].id, id) == 0) return true;
    return false;
}

static bool retired_in_store(const struct plan_term *stored, size_t nstored, const char *id)
{
    for (size_t k = 0; k < nstored; k++)
        if (stored[k].retired && strcmp(stored[k].plan, id) == 0) return true;
    return false;
}

void plan_set_check_terms(const struct plan_set *set, const struct plan_term *stored, size_t nstored,
                          struct diag_list *diags)
{
    for (size_t i = 0; i < set->nplans; i++) {
        const struct plan *p = &set->plans[i];
        /* A plan without a valid id has its error already; its terms wait
         * until it has one. */
        if (!p->id || !sets_econsult_term(p) || retired_in_store(stored, nstored, p->id)) continue;
        /* The term the practice's other plans give: the smallest they set. */
        const char *by = NULL;
        long term = 0;
        for (size_t k = 0; k < set->nplans; k++) {
            const struct plan *q = &set->plans[k];
            long t = plan_response_term(q);
            if (k != i && q->id && sets_econsult_term(q) && strcmp(q->practice, p->practice) == 0 && t &&
                (!term || t < term) && !retired_in_store(stored, nstored, q->id)) {
                term = t;
                by = q->id;
            }
        }
        for (size_t k = 0; k < nstored; k++) {
            const struct plan_term *q = &stored[k];
            if (q->retired || !q->hours || strcmp(q->practice, p->practice) != 0 || strcmp(q->plan, p->id) == 0 ||
                in_set(set, q->plan) || (term && q->hours >= term))
                continue;
            term = q->hours;
            by = q->plan;
        }
        long own = plan_response_term(p);
        if (!own && term > 24)
            diag_add(diags, DIAG_WARNING, p->file, p->id_at.line, p->id_at.col,
                     "plan %s sets no setup.response_term_hours, so it counts as 24 hours, and the smallest term "
                     "of practice %s's plans is its e-consult term: 24 hours, not the %ld of plan %s "
                     "(response_in_term follows it); give this plan response_term_hours: %ld if patients are "
                     "promised %ld hours", p->id, p->practice, term, by, term, term);
        else if (own && term && term < own)
            diag_add(diags, DIAG_WARNING, p->file, p->id_at.line, p->id_at.col,
                     "plan %s promises an answer within %ld hour%s, plan %s of the same practice %s within %ld: "
                     "response_in_term judges every e-consult of the practice by the smallest, %ld hour%s, while "
                     "the patient texts of each plan give its own; give both plans the same "
                     "setup.response_term_hours",
                     p->id, own, own == 1 ? "" : "s", by, p->practice, term, term, term == 1 ? "" : "s");
    }
}

bool plan_set_load(struct plan_set *set, char *const *paths, size_t npaths,
                   const struct metric_catalog *metrics, int today,
                   const struct known_practices *known, struct diag_list *diags)
{
    size_t before = diags->errors;
    memset(set, 0, sizeof *set);
    struct seen_files seen = {0};
    for (size_t i = 0; i < npaths; i++) walk(set, paths[i], true, metrics, today, &seen, diags);
    free(seen.items);
    index_practices(set);
    check_unique_agb(set, diags);
    check_unique_plans(set, diags);
    check_references(set, known, diags);
    return diags->errors == before;
}

void plan_set_free(struct plan_set *set)
{
    for (size_t i = 0; i < set->nregisters; i++) register_free(&set->registers[i]);
    free(set->registers);
    for (size_t i = 0; i < set->nplans; i++) plan_free(&set->plans[i]);
    free(set->plans);
    free(set->by_agb);
    memset(set, 0, sizeof *set);
}
