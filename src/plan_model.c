#include "plan_model.h"

#include <stdlib.h>

#include "datetime.h"

void register_free(struct practice_register *r)
{
    for (size_t i = 0; i < r->count; i++) {
        struct practice *p = &r->practices[i];
        free(p->agb);
        free(p->name);
        free(p->care_group);
        free(p->region);
        free(p->website);
        free(p->phone);
        for (size_t j = 0; j < p->ninsurers; j++) free(p->insurers[j]);
        free(p->insurers);
        free(p->file);
    }
    free(r->practices);
    free(r->file);
    r->practices = NULL;
    r->count = 0;
    r->file = NULL;
}

void plan_free(struct plan *p)
{
    free(p->id);
    free(p->title);
    free(p->practice);
    free(p->care_group);
    free(p->app_name);
    free(p->vendor);
    free(p->directions);
    for (int s = 0; s < STEP_COUNT; s++) {
        free(p->steps[s].owner);
        free(p->steps[s].notes);
        free(p->steps[s].checklist);
    }
    for (size_t i = 0; i < p->ngoals; i++) {
        free(p->goals[i].id);
        free(p->goals[i].metric);
        free(p->goals[i].notes);
    }
    free(p->goals);
    for (size_t i = 0; i < p->nrisks; i++) {
        free(p->risks[i].risk);
        free(p->risks[i].mitigation);
    }
    free(p->risks);
    free(p->funding);
    free(p->barriers);
    free(p->notes);
    free(p->file);
}

int plan_start_date(const struct plan *p)
{
    int first = DATE_NONE;
    for (int s = 0; s < STEP_COUNT; s++) {
        int d = p->steps[s].started;
        if (d == DATE_NONE) d = p->steps[s].completed;
        if (d != DATE_NONE && (first == DATE_NONE || d < first)) first = d;
    }
    return first;
}

long plan_response_term(const struct plan *p)
{
    return p->response_term_hours;
}
