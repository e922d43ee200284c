#include "xlsx_verify.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "util.h"

/* The zip format's records (APPNOTE.TXT, sections 4.3 and 4.5). */
#define SIG_LOCAL 0x04034b50u
#define SIG_CENTRAL 0x02014b50u
#define SIG_END 0x06054b50u
#define SIG_END64 0x06064b50u
#define SIG_LOCATOR64 0x07064b50u
#define LOCAL_SIZE 30
#define CENTRAL_SIZE 46
#define END_SIZE 22
#define END64_SIZE 56
#define LOCATOR64_SIZE 20
/* The end record closes the file, after a comment of at most 64 KB. */
#define END_SEARCH (0xFFFF + END_SIZE)
#define SATURATED32 0xFFFFFFFFu
#define EXTRA_ZIP64 0x0001

#define CHUNK (64 * 1024)
/* The start of a part, where its first element is, and its end, where
 * that element must close. */
#define XML_HEAD 4096
#define XML_TAIL 512
#define SHOWN_NAME 200

_Static_assert(2 * 0xFFFF >= END_SEARCH, "the end search fits in the entry buffer");

static const char CUT_HINT[] = "a write failed while it was made: disk full or a file size limit?";

struct xml_watch {
    unsigned char head[XML_HEAD];
    unsigned char tail[XML_TAIL];
    size_t nhead, ntail;
    uint64_t total;
    uint64_t last_solid;        /* one past the last byte that is not white space; 0 for none */
};

struct verifier {
    int fd;
    const char *path;
    uint64_t size;
    struct eh_error *err;
    unsigned char in[CHUNK], out[CHUNK];
    /* A central directory entry's name and extra field (64 KB each at
     * most); the end search, which needs less, uses it first. */
    unsigned char meta[2 * 0xFFFF];
    unsigned char local_name[0xFFFF];
    char shown[SHOWN_NAME + 8];        /* the part's name as messages show it */
    struct xml_watch xml;
};

struct entry {
    uint32_t crc;
    uint16_t flags, method;
    uint64_t csize, usize, local;
    const unsigned char *name;
    size_t name_len;
};

static uint16_t le16(const unsigned char *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const unsigned char *p)
{
    return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int broken(struct verifier *v, const char *what)
{
    return eh_fail(v->err, EH_IO, v->path, 0, 0, "the workbook is not a whole zip file: %s", what);
}

static int part_broken(struct verifier *v, const char *what)
{
    return eh_fail(v->err, EH_IO, v->path, 0, 0, "the workbook's part %s %s", v->shown, what);
}

/* What a part short of its end most likely says. */
static int part_cut(struct verifier *v, const char *detail)
{
    return eh_fail(v->err, EH_IO, v->path, 0, 0, "the workbook's part %s is cut off%s (%s)", v->shown, detail,
                   CUT_HINT);
}

/* len bytes at pos, which the caller has checked lie within the file. */
static int read_at(struct verifier *v, uint64_t pos, void *dst, size_t len)
{
    unsigned char *p = dst;
    while (len) {
        ssize_t n = pread(v->fd, p, len, (off_t)pos);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            return eh_fail(v->err, EH_IO, v->path, 0, 0, "cannot read the workbook back: %s",
                           n < 0 ? strerror(errno) : "it is shorter than it was");
        p += n;
        pos += (uint64_t)n;
        len -= (size_t)n;
    }
    return EH_OK;
}

static void show_name(struct verifier *v, const unsigned char *name, size_t len)
{
    size_t n = len > SHOWN_NAME ? SHOWN_NAME : len;
    for (size_t i = 0; i < n; i++) v->shown[i] = name[i] < 0x20 || name[i] == 0x7F ? '?' : (char)name[i];
    strcpy(v->shown + n, len > n ? "..." : "");
}

/* ---- the directory -------------------------------------------------------------------- */

struct directory {
    uint64_t count, offset, size;
    uint64_t end;       /* where the directory must end: the first end record */
};

/* The zip64 end record, found through its locator just before the end
 * record at end_pos. */
static int read_zip64_end(struct verifier *v, uint64_t end_pos, struct directory *d)
{
    unsigned char loc[LOCATOR64_SIZE], rec[END64_SIZE];
    int rc = read_at(v, end_pos - LOCATOR64_SIZE, loc, sizeof loc);
    if (rc) return rc;
    uint64_t at = le64(loc + 8);
    if (le32(loc + 4) != 0 || le32(loc + 16) > 1) return broken(v, "it spans several disks");
    if (at > end_pos - LOCATOR64_SIZE || end_pos - LOCATOR64_SIZE - at < END64_SIZE)
        return broken(v, "its ZIP64 end record lies outside the file");
    if ((rc = read_at(v, at, rec, sizeof rec))) return rc;
    if (le32(rec) != SIG_END64) return broken(v, "its ZIP64 end record is damaged");
    if (le32(rec + 16) != 0 || le32(rec + 20) != 0 || le64(rec + 24) != le64(rec + 32))
        return broken(v, "it spans several disks");
    d->count = le64(rec + 32);
    d->size = le64(rec + 40);
    d->offset = le64(rec + 48);
    d->end = at;
    return EH_OK;
}

static int find_directory(struct verifier *v, struct directory *d)
{
    if (v->size == 0) return eh_fail(v->err, EH_IO, v->path, 0, 0, "the workbook is empty (%s)", CUT_HINT);
    if (v->size < END_SIZE) return broken(v, "it is too short for one");
    size_t span = v->size < END_SEARCH ? (size_t)v->size : END_SEARCH;
    uint64_t base = v->size - span;
    unsigned char *b = v->meta;
    int rc = read_at(v, base, b, span);
    if (rc) return rc;
    /* The record whose comment runs to the end of the file. */
    size_t i = span - END_SIZE + 1;
    while (i-- > 0)
        if (le32(b + i) == SIG_END && i + END_SIZE + le16(b + i + 20) == span) break;
    if (i == (size_t)-1) return eh_fail(v->err, EH_IO, v->path, 0, 0,
                       "the workbook is not a whole zip file: the end of its central directory is missing (%s)",
                       CUT_HINT);
    const unsigned char *e = b + i;
    uint64_t end_pos = base + i;
    if (le16(e + 4) != 0 || le16(e + 6) != 0 || le16(e + 8) != le16(e + 10))
        return broken(v, "it spans several disks");
    d->count = le16(e + 10);
    d->size = le32(e + 12);
    d->offset = le32(e + 16);
    d->end = end_pos;
    bool zip64 = end_pos >= LOCATOR64_SIZE;
    if (zip64) {
        unsigned char sig[4];
        if ((rc = read_at(v, end_pos - LOCATOR64_SIZE, sig, sizeof sig))) return rc;
        zip64 = le32(sig) == SIG_LOCATOR64;
    }
    if (zip64) {
        if ((rc = read_zip64_end(v, end_pos, d))) return rc;
    } else if (d->count == 0xFFFF || d->size == SATURATED32 || d->offset == SATURATED32) {
        return broken(v, "its ZIP64 end record is missing");
    }
    if (d->offset > d->end || d->size != d->end - d->offset)
        return broken(v, "its central directory does not end where its end record starts");
    if (d->count == 0) return broken(v, "it holds no parts");
    if (d->count > d->size / CENTRAL_SIZE) return broken(v, "its central directory is shorter than its entries");
    return EH_OK;
}

/* The sizes and offset a zip64 extra field holds in place of those the
 * entry gives as 0xFFFFFFFF, in that order. */
static bool zip64_extra(const unsigned char *x, size_t len, struct entry *en)
{
    while (len >= 4) {
        size_t id = le16(x), size = le16(x + 2);
        if (size > len - 4) return false;
        if (id == EXTRA_ZIP64) {
            uint64_t *fields[] = {&en->usize, &en->csize, &en->local};
            const unsigned char *p = x + 4;
            size_t left = size;
            for (size_t f = 0; f < ARRAY_LEN(fields); f++) {
                if (*fields[f] != SATURATED32) continue;
                if (left < 8) return false;
                *fields[f] = le64(p);
                p += 8;
                left -= 8;
            }
            return true;
        }
        x += 4 + size;
        len -= 4 + size;
    }
    return false;
}

/* ---- a part --------------------------------------------------------------------------- */

static void watch(struct xml_watch *w, const unsigned char *p, size_t n)
{
    if (w->nhead < XML_HEAD) {
        size_t k = n < XML_HEAD - w->nhead ? n : XML_HEAD - w->nhead;
        memcpy(w->head + w->nhead, p, k);
        w->nhead += k;
    }
    for (size_t i = n; i-- > 0;)
        if (!is_space(p[i])) {
            w->last_solid = w->total + i + 1;
            break;
        }
    w->total += n;
    if (n >= XML_TAIL) {
        memcpy(w->tail, p + n - XML_TAIL, XML_TAIL);
        w->ntail = XML_TAIL;
    } else {
        size_t keep = w->ntail < XML_TAIL - n ? w->ntail : XML_TAIL - n;
        memmove(w->tail, w->tail + w->ntail - keep, keep);
        memcpy(w->tail + keep, p, n);
        w->ntail = keep + n;
    }
}

/* Whether the document ends where its first element does: a cheap
 * stand-in for parsing it, which catches a part cut off anywhere but
 * right after its last closing tag. */
static bool xml_whole(const struct xml_watch *w)
{
    const unsigned char *h = w->head;
    size_t n = w->nhead, i = 0;
    if (n >= 3 && memcmp(h, "\xEF\xBB\xBF", 3) == 0) i = 3;
    /* The declaration, processing instructions, comments, a doctype. */
    for (;;) {
        while (i < n && is_space(h[i])) i++;
        if (i + 1 >= n || h[i] != '<' || (h[i + 1] != '?' && h[i + 1] != '!')) break;
        const char *close = h[i + 1] == '?' ? "?>" : i + 3 < n && h[i + 2] == '-' && h[i + 3] == '-' ? "-->" : ">";
        const unsigned char *e = memmem(h + i + 2, n - i - 2, close, strlen(close));
        if (!e) return false;
        i = (size_t)(e - h) + strlen(close);
    }
    if (i >= n || h[i] != '<') return false;
    size_t name = ++i;
    while (i < n && !is_space(h[i]) && h[i] != '/' && h[i] != '>') i++;
    size_t name_len = i - name;
    if (i >= n || name_len == 0 || name_len > XML_TAIL - 3) return false;
    unsigned char quote = 0;
    for (; i < n; i++) {
        if (quote) {
            if (h[i] == quote) quote = 0;
        } else if (h[i] == '"' || h[i] == '\'') {
            quote = h[i];
        } else if (h[i] == '>') {
            break;
        }
    }
    if (i < n && h[i - 1] == '/') return w->last_solid == i + 1;
    /* "</name>", with white space allowed before the ">". */
    const unsigned char *t = w->tail;
    size_t k = w->ntail;
    while (k && is_space(t[k - 1])) k--;
    if (!k || t[k - 1] != '>') return false;
    k--;
    while (k && is_space(t[k - 1])) k--;
    if (k < name_len + 2) return false;
    return memcmp(t + k - name_len, h + name, name_len) == 0 && t[k - name_len - 1] == '/' &&
           t[k - name_len - 2] == '<';
}

static bool is_xml_name(const unsigned char *name, size_t len)
{
    return (len >= 4 && strncasecmp((const char *)name + len - 4, ".xml", 4) == 0) ||
           (len >= 5 && strncasecmp((const char *)name + len - 5, ".rels", 5) == 0);
}

/* The part's bytes, inflated in CHUNK steps: its length, its CRC and,
 * for XML, its first and last bytes. */
static int read_part(struct verifier *v, const struct entry *en, uint64_t data, bool xml)
{
    uLong crc = crc32(0, NULL, 0);
    uint64_t got = 0, left = en->csize, pos = data;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (en->method == 8 && inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        return eh_fail(v->err, EH_IO, v->path, 0, 0, "cannot read the workbook back: out of memory");
    int rc = EH_OK, zr = Z_OK;
    while (!rc) {
        const unsigned char *made;
        size_t nmade;
        if (en->method == 0) {
            if (!left) break;
            nmade = left < CHUNK ? (size_t)left : CHUNK;
            if ((rc = read_at(v, pos, v->in, nmade))) break;
            pos += nmade;
            left -= nmade;
            made = v->in;
        } else {
            if (zr == Z_STREAM_END) break;
            if (zs.avail_in == 0) {
                if (!left) {
                    rc = part_cut(v, ": its compressed data ends early");
                    break;
                }
                size_t n = left < CHUNK ? (size_t)left : CHUNK;
                if ((rc = read_at(v, pos, v->in, n))) break;
                pos += n;
                left -= n;
                zs.next_in = v->in;
                zs.avail_in = (uInt)n;
            }
            zs.next_out = v->out;
            zs.avail_out = CHUNK;
            zr = inflate(&zs, Z_NO_FLUSH);
            nmade = CHUNK - zs.avail_out;
            if ((zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR) || (zr == Z_BUF_ERROR && zs.avail_in)) {
                char what[256];
                snprintf(what, sizeof what, "is damaged: %s", zs.msg ? zs.msg : "its compressed data cannot be read");
                rc = part_broken(v, what);
                break;
            }
            made = v->out;
        }
        if (nmade > en->usize - got) {
            rc = part_broken(v, "is longer than the directory says");
            break;
        }
        got += nmade;
        crc = crc32(crc, made, (uInt)nmade);
        if (xml) watch(&v->xml, made, nmade);
    }
    if (!rc && en->method == 8 && (left || zs.avail_in))
        rc = part_broken(v, "is damaged: bytes follow the end of its compressed data");
    if (en->method == 8) inflateEnd(&zs);
    if (rc) return rc;
    if (got != en->usize) {
        char detail[128];
        snprintf(detail, sizeof detail, ": %llu bytes of the %llu its directory gives", (unsigned long long)got,
                 (unsigned long long)en->usize);
        return part_cut(v, detail);
    }
    if (crc != en->crc) return part_broken(v, "does not match its CRC-32");
    if (xml && !xml_whole(&v->xml)) return part_cut(v, "");
    return EH_OK;
}

static int check_part(struct verifier *v, const struct entry *en, const struct directory *d)
{
    if (en->flags & 1) return part_broken(v, "is encrypted");
    if (en->method != 0 && en->method != 8) return part_broken(v, "is compressed in a way a workbook never is");
    if (en->method == 0 && en->csize != en->usize) return part_broken(v, "is stored with two lengths");
    unsigned char h[LOCAL_SIZE];
    if (en->local > d->offset || d->offset - en->local < LOCAL_SIZE)
        return part_broken(v, "lies outside the file");
    int rc = read_at(v, en->local, h, sizeof h);
    if (rc) return rc;
    if (le32(h) != SIG_LOCAL) return part_broken(v, "is damaged: its local header is missing");
    size_t name_len = le16(h + 26);
    uint64_t data = en->local + LOCAL_SIZE + name_len + le16(h + 28);
    if (data > d->offset || en->csize > d->offset - data) return part_broken(v, "lies outside the file");
    if (name_len != en->name_len) return part_broken(v, "is damaged: its local header names another part");
    if ((rc = read_at(v, en->local + LOCAL_SIZE, v->local_name, name_len))) return rc;
    if (memcmp(v->local_name, en->name, name_len) != 0)
        return part_broken(v, "is damaged: its local header names another part");
    memset(&v->xml, 0, sizeof v->xml);
    return read_part(v, en, data, is_xml_name(en->name, en->name_len));
}

static int walk(struct verifier *v, const struct directory *d)
{
    uint64_t at = d->offset;
    for (uint64_t k = 0; k < d->count; k++) {
        unsigned char c[CENTRAL_SIZE];
        if (d->end - at < CENTRAL_SIZE) return broken(v, "its central directory is cut short");
        int rc = read_at(v, at, c, sizeof c);
        if (rc) return rc;
        if (le32(c) != SIG_CENTRAL) return broken(v, "its central directory is damaged");
        struct entry en = {
            .flags = le16(c + 8),
            .method = le16(c + 10),
            .crc = le32(c + 16),
            .csize = le32(c + 20),
            .usize = le32(c + 24),
            .local = le32(c + 42),
            .name = v->meta,
            .name_len = le16(c + 28),
        };
        size_t extra_len = le16(c + 30);
        uint64_t len = CENTRAL_SIZE + (uint64_t)en.name_len + extra_len + le16(c + 32);
        if (len > d->end - at) return broken(v, "its central directory is cut short");
        if (en.name_len == 0) return broken(v, "its central directory has a part without a name");
        if ((rc = read_at(v, at + CENTRAL_SIZE, v->meta, en.name_len + extra_len))) return rc;
        show_name(v, en.name, en.name_len);
        if (le16(c + 34) != 0 && le16(c + 34) != 0xFFFF) return broken(v, "it spans several disks");
        if ((en.usize == SATURATED32 || en.csize == SATURATED32 || en.local == SATURATED32) &&
            !zip64_extra(v->meta + en.name_len, extra_len, &en))
            return part_broken(v, "is damaged: its directory entry lacks its ZIP64 sizes");
        if ((rc = check_part(v, &en, d))) return rc;
        at += len;
    }
    if (at != d->end) return broken(v, "its central directory holds more than its end record counts");
    return EH_OK;
}

int xlsx_verify(const char *path, struct eh_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return eh_fail(err, EH_IO, path, 0, 0, "cannot read the workbook back: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return eh_fail(err, EH_IO, path, 0, 0, "cannot read the workbook back: %s", strerror(e));
    }
    struct verifier *v = xmalloc(sizeof *v);
    v->fd = fd;
    v->path = path;
    v->size = (uint64_t)st.st_size;
    v->err = err;
    struct directory d = {0};
    int rc = find_directory(v, &d);
    if (!rc) rc = walk(v, &d);
    free(v);
    close(fd);
    return rc;
}
