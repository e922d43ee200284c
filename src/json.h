/*
 * json.h - writing JSON text into a struct sbuf.
 *
 * Contract: strings are escaped per RFC 8259 (control characters as \u00XX,
 * UTF-8 passed through); numbers use the shortest text that reads back as
 * the same double; NaN and infinities are written as null.
 */
#ifndef EHTRACK_JSON_H
#define EHTRACK_JSON_H

#include "util.h"

void json_str(struct sbuf *s, const char *text);
void json_strn(struct sbuf *s, const char *text, size_t n);
void json_num(struct sbuf *s, double v);
void json_int(struct sbuf *s, long long v);

#endif
