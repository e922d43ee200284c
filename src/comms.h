/*
 * comms.h - patient communication texts: templates filled from a plan.
 *
 * Contract: a template (templates/comms/CHANNEL.LANG.md, docs/comms.md) is
 * Markdown with named placeholders {{name}}, and lines that hold only a
 * directive: {{part KIND}} starts a text of that kind, {{#if SERVICE...}},
 * {{else}} and {{/if}} keep lines for some services only, {{! ...}} is a
 * comment. comms_fill reads one template and appends its filled parts to
 * doc. Every problem goes to diags with its place: a template's unknown
 * placeholder, service, part kind or unbalanced block at FILE:LINE:COL
 * (whichever service is asked for), and a placeholder the service's text
 * uses whose value is missing, once per value, at the value's own place
 * with its message (which names the key to add). comms_fill returns
 * EH_INVALID and adds nothing to doc when it found any problem (no text
 * comes out half-filled), EH_IO with err filled when it cannot read the
 * template. The writers turn a filled doc into Markdown, plain text or
 * one self-contained HTML page (A4 print styles).
 */
#ifndef EHTRACK_COMMS_H
#define EHTRACK_COMMS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "util.h"

enum comms_service { SERVICE_ECONSULT, SERVICE_PORTAL, SERVICE_VIDEO };
extern const char *const COMMS_SERVICES[];      /* "econsult", "portal", "video" */

enum comms_part_kind { PART_TEXT, PART_BLOCK, PART_POSTER, PART_SCREEN, PART_CARD };

struct comms_value {
    const char *name;           /* the placeholder's name */
    const char *value;          /* NULL when missing */
    const char *missing;        /* what to say when a text needs it and it is missing */
    const char *file;           /* where to add it (may be NULL) */
    long line;
    bool reported;              /* set once its absence has been reported (for every
                                 * value with the same missing message) */
};

struct comms_part {
    enum comms_part_kind kind;
    char *md;                   /* filled Markdown, ending in one newline */
};

struct comms_doc {
    struct comms_part *parts;
    size_t count, cap;
};

int comms_fill(const char *path, enum comms_service service, struct comms_value *values,
               size_t nvalues, struct comms_doc *doc, struct diag_list *diags, struct eh_error *err);
void comms_doc_free(struct comms_doc *doc);

/* s as Markdown text: a backslash before each character Markdown (or the
 * writers) would read as markup, so a name from the register such as
 * "**De Linde** [klik](javascript:...) <img ...>" stays text in every
 * format. Values are escaped by the caller; a value that is Markdown by
 * design (a link built from the register's website) is not. */
void comms_md_escape(struct sbuf *out, const char *s);

void comms_write_md(const struct comms_doc *doc, struct sbuf *out);
void comms_write_txt(const struct comms_doc *doc, struct sbuf *out);
/* Returns the number of printed parts (poster, screen, card) whose text
 * does not fit its box even at the smallest type: its last lines, the 112
 * line among them, would be cut off. */
size_t comms_write_html(const struct comms_doc *doc, const char *lang, const char *title, struct sbuf *out);

/* The response term as patients say it: a whole number of days (multiples
 * of 24 hours) as working days, other terms in hours on working days.
 * within: "binnen 2 werkdagen" / "within one working day";
 * span: "2 werkdagen" / "one working day". */
void comms_term(long hours, const char *lang, char *within, size_t within_size, char *span,
                size_t span_size);

#endif
