#include "json.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void json_strn(struct sbuf *s, const char *text, size_t n)
{
    sbuf_addc(s, '"');
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        const char *esc = NULL;
        char tmp[8];
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (c < 0x20) {
                snprintf(tmp, sizeof tmp, "\\u%04x", c);
                esc = tmp;
            } else if (c >= 0x80) {
                /* JSON is UTF-8: a byte that is not (a file name from a
                 * Windows share in Latin-1) becomes U+FFFD, as it does in
                 * the workbook, so the output still parses. */
                size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                if (len <= n - i && utf8_invalid_at((const unsigned char *)text + i, len) == -1) {
                    i += len - 1;
                    continue;
                }
                esc = "\\ufffd";
            }
        }
        if (esc) {
            sbuf_addn(s, text + start, i - start);
            sbuf_adds(s, esc);
            start = i + 1;
        }
    }
    sbuf_addn(s, text + start, n - start);
    sbuf_addc(s, '"');
}

void json_str(struct sbuf *s, const char *text)
{
    if (!text) {
        sbuf_adds(s, "null");
        return;
    }
    json_strn(s, text, strlen(text));
}

void json_num(struct sbuf *s, double v)
{
    if (!isfinite(v)) {
        sbuf_adds(s, "null");
        return;
    }
    char buf[40];
    format_double(buf, sizeof buf, v);
    sbuf_adds(s, buf);
}

void json_int(struct sbuf *s, long long v)
{
    sbuf_addf(s, "%lld", v);
}
