/*
 * xlsx_verify.h - a workbook just written, read back to see that it is
 * whole. libxlsxwriter writes each part to a file of its own first and
 * does not notice when that write fails (a full disk, a quota, a file size
 * limit): it zips what got written and reports success.
 *
 * Contract: xlsx_verify reads the zip at path in bounded memory (a few
 * hundred KB, whatever the size of its parts): the end of its central
 * directory (ZIP64 or not), every entry of the directory and its local
 * header, each part inflated (stored or deflated) to the length and the
 * CRC-32 the directory gives. A part whose name ends in .xml or .rels must
 * also be a whole XML document: after trailing white space it ends with
 * the closing tag of its first element, or that element closes itself.
 * EH_OK when all holds; else EH_IO with path and a message naming the part
 * and what is wrong. Any damaged or foreign file gives an error, never a
 * crash or a read beyond the file; the work is bounded by the file's size.
 */
#ifndef EHTRACK_XLSX_VERIFY_H
#define EHTRACK_XLSX_VERIFY_H

#include "error.h"

int xlsx_verify(const char *path, struct eh_error *err);

#endif
