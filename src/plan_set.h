/*
 * plan_set.h - all registers and plans named on a command line (files, or
 * directories searched recursively for .yaml/.yml), checked together.
 *
 * Contract: plan_set_load loads every file, classifies it by its top-level
 * key (practices: register, plan: plan), and adds the checks that span
 * files: AGB codes unique across registers, plan ids unique across plans,
 * and every practice or care group a plan names known from the registers
 * given or, failing those, from the practices already in the database
 * (known, may be NULL). All problems go to diags; it returns false when
 * any error was found. The set owns what it loaded; plan_set_free frees it.
 */
#ifndef EHTRACK_PLAN_SET_H
#define EHTRACK_PLAN_SET_H

#include "error.h"
#include "metric_catalog.h"
#include "plan_model.h"

struct known_practice {
    char *agb, *care_group, *region;
};

struct known_practices {
    struct known_practice *items;
    size_t count, cap;
};

void known_add(struct known_practices *k, const char *agb, const char *care_group, const char *region);
void known_free(struct known_practices *k);

struct plan_set {
    struct practice_register *registers;
    size_t nregisters, cap_registers;
    struct plan *plans;
    size_t nplans, cap_plans;
    size_t files;
    /* Practices with an AGB code, by code and then in the order of the
     * files: lookups stay fast for a register of every practice. */
    const struct practice **by_agb;
    size_t nby_agb;
};

bool plan_set_load(struct plan_set *set, char *const *paths, size_t npaths,
                   const struct metric_catalog *metrics, int today,
                   const struct known_practices *known, struct diag_list *diags);
/* A tracked plan of a type that gives the e-consult term: its practice,
 * its id, the hours it sets (0: none), whether it is retired
 * (plan_store_terms). */
struct plan_term {
    char *practice, *plan;
    long hours;
    bool retired;
};
/* Warns on each plan of the set whose type gives its practice the
 * e-consult term (patient_communication, patient_portal) where the
 * practice's other plans - of the set, or stored and not in it; retired
 * ones promise nothing and do not count - set a smallest term the plan
 * does not share: a plan without a term counts as 24 hours (interface.md
 * section 3) and lowers the term response_in_term judges by; a plan that
 * promises more hours than another is judged by the other's, while its
 * patient texts promise its own. */
void plan_set_check_terms(const struct plan_set *set, const struct plan_term *stored, size_t nstored,
                          struct diag_list *diags);
const struct practice *plan_set_practice(const struct plan_set *set, const char *agb);
size_t plan_set_practice_count(const struct plan_set *set);
void plan_set_free(struct plan_set *set);

#endif
