/*
 * reason_nl.h - the reasons the importer gives for a rejected row, in
 * Dutch, for the Data quality sheet of a Dutch workbook.
 *
 * Contract: the importer writes its reasons in English (the command line's
 * language, kept in the database as written). reason_nl_new() compiles the
 * table of known reason forms once; reason_nl() returns the Dutch text of
 * one reason, or the reason itself when its form is not in the table, in
 * a buffer owned by the translator and valid until the next call. Field
 * names, values and list items stay as they are: they are what the file
 * and the canonical layouts say.
 */
#ifndef EHTRACK_REASON_NL_H
#define EHTRACK_REASON_NL_H

#include <stddef.h>

struct reason_nl;

struct reason_nl *reason_nl_new(void);
const char *reason_nl(struct reason_nl *t, const char *reason);
void reason_nl_free(struct reason_nl *t);
/* The number of reason forms known; *compiled is how many compiled. */
size_t reason_nl_forms(const struct reason_nl *t, size_t *compiled);

#endif
