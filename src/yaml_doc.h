/*
 * yaml_doc.h - YAML files loaded with libyaml's document API, and typed
 * reading of their nodes with located diagnostics.
 *
 * Contract: ydoc_load reads one file of at most max_bytes (a larger one is
 * refused at the line where it passes the limit), rejects text that is not
 * UTF-8 (naming the line and column of the first bad byte), accepts a UTF-8
 * BOM and CRLF, parses exactly one document, and refuses documents nested
 * deeper than YDOC_MAX_DEPTH (found while parsing, before libyaml builds
 * the document, whose cost grows with the square of the depth) or whose
 * aliases would expand past YDOC_MAX_EXPANDED nodes or refer to themselves,
 * so a hostile file costs neither memory nor time. Every problem becomes a
 * diagnostic "FILE:LINE:COL: message" (1-based); loaders report all errors
 * of a file, never only the first. ymap_read flattens a mapping, resolving
 * YAML merge keys ("<<") and reporting duplicate keys. The y* getters add an
 * error saying what was expected and return false when a node does not fit.
 */
#ifndef EHTRACK_YAML_DOC_H
#define EHTRACK_YAML_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <yaml.h>

#include "error.h"
#include "vocab.h"

#define YDOC_MAX_EXPANDED 1000000
#define YDOC_MAX_DEPTH 64
/* The largest files of each kind (docs/design.md): a register of every
 * Dutch GP practice takes about 1 MB. */
#define YDOC_MAX_PLAN_BYTES (4L * 1024 * 1024)      /* registers and plans */
#define YDOC_MAX_FORMAT_BYTES (256L * 1024)
#define YDOC_MAX_METRIC_BYTES (256L * 1024)

struct ydoc {
    yaml_document_t doc;
    bool loaded;
    char *file;
};

/* what names the kind of file in the message of one too large. */
bool ydoc_load(struct ydoc *d, const char *path, long max_bytes, const char *what, struct diag_list *diags);
bool ydoc_load_buffer(struct ydoc *d, const char *name, const unsigned char *buf,
                      size_t len, struct diag_list *diags);
void ydoc_free(struct ydoc *d);
yaml_node_t *ydoc_root(struct ydoc *d);

struct ypair {
    const char *key;
    yaml_node_t *key_node;
    yaml_node_t *value;
};

struct ymap {
    struct ypair *pairs;
    size_t count, cap;
};

/* Reading context: the document and where its diagnostics go. */
struct yctx {
    struct ydoc *doc;
    struct diag_list *diags;
};

long yline(const yaml_node_t *n);
long ycol(const yaml_node_t *n);
void yerror(struct yctx *c, const yaml_node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ywarning(struct yctx *c, const yaml_node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* false (with an error) unless n is a mapping; then out holds its pairs. */
bool ymap_read(struct yctx *c, yaml_node_t *n, const char *what, struct ymap *out);
void ymap_free(struct ymap *m);
yaml_node_t *ymap_get(const struct ymap *m, const char *key);
const struct ypair *ymap_pair(const struct ymap *m, const char *key);
/* Reports keys not in allowed (with a "did you mean" hint) and required
 * keys that are missing (at the mapping). Returns false if any. */
bool ymap_check_keys(struct yctx *c, const yaml_node_t *map, const struct ymap *m,
                     const char *what, const char *const *allowed, size_t nallowed,
                     const char *const *required, size_t nrequired);

yaml_node_t *yseq_item(struct yctx *c, yaml_node_t *seq, size_t i);
/* false (with an error) unless n is a sequence; *count its length. */
bool yseq(struct yctx *c, yaml_node_t *n, const char *what, size_t *count);

bool yis_null(const yaml_node_t *n);
/* A non-empty scalar string. */
bool ystring(struct yctx *c, yaml_node_t *n, const char *what, const char **out);
bool yenum(struct yctx *c, yaml_node_t *n, const struct vocab *v, int *out);
bool ydate(struct yctx *c, yaml_node_t *n, const char *what, int *days);
bool yint(struct yctx *c, yaml_node_t *n, const char *what, long min, long max, long *out);
bool ynumber(struct yctx *c, yaml_node_t *n, const char *what, double *out);
/* An amount of euros: a number, refusing "2.800", which a Dutch writer
   means as 2800 and a number reads as 2.8. */
bool yamount(struct yctx *c, yaml_node_t *n, const char *what, double *out);
bool ybool(struct yctx *c, yaml_node_t *n, const char *what, bool *out);

#endif
