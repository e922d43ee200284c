/*
 * report_xlsx.h - the report workbook (interface.md section 6), written
 * with libxlsxwriter from a gathered struct report (report_data.h).
 *
 * Contract: report_write_xlsx writes the whole workbook to path: Summary,
 * Steps, Goals, Metrics, Comparison (a practice) or Spread (the others),
 * Trends, Costs, (for an insurer) Solution directions, and Data quality,
 * every label in r->opt.lang, from the gathered data alone: report_gather
 * computed every figure, and the writer never reads the database. It runs
 * in libxlsxwriter's constant-memory mode, each sheet written top to
 * bottom, so memory does not grow with the rows. Values are cells of
 * their type: numbers as numbers, percentages with a percent format, dates as dates,
 * and no formulas (every total is computed here), so every reader shows
 * the same figures. The workbook is then read back (xlsx_verify.h): a
 * part the library failed to write whole fails it. On failure (EH_IO,
 * the library's message or the part cut off in err) the file at path may
 * hold part of a workbook: the caller removes it.
 */
#ifndef EHTRACK_REPORT_XLSX_H
#define EHTRACK_REPORT_XLSX_H

#include "error.h"
#include "report_data.h"

int report_write_xlsx(const struct report *r, const char *path, struct eh_error *err);

#endif
