/*
 * provenance.h - who recorded a change, and where a plan file's text came
 * from in version control.
 *
 * Contract: provenance_user() is the login name of the person running
 * ehtrack: $EHTRACK_USER when set (tests, shared service accounts), else
 * getlogin(), else the name of the real user id, else $USER; NULL when none
 * is known (caller frees).
 *
 * provenance_git() asks git, without a shell, about each of n files: the
 * last commit that changed it (its hash and author's name) and whether
 * the file differs from what is committed. Files of one directory are
 * asked together, in that directory: `git diff HEAD --name-only` for the
 * changed ones and one `git log --name-only` walk, read until every file
 * has its commit. A file outside a git work tree, or a machine without git,
 * gives uncommitted = -1 and no commit: neither is an error. A file git
 * does not track (`git ls-files`: new, ignored, or put back after a commit
 * deleted it) has uncommitted = 1 and no commit; so has every file of a
 * work tree without a commit yet.
 */
#ifndef EHTRACK_PROVENANCE_H
#define EHTRACK_PROVENANCE_H

#include <stddef.h>

struct git_origin {
    char *commit;               /* full hash, or NULL */
    char *author;               /* the commit's author name, or NULL */
    int uncommitted;            /* 1: the file differs from that commit; 0: not; -1: not in git */
};

char *provenance_user(void);
/* Fills out[i] for files[i]; git_origin_free each. */
void provenance_git(char *const *files, size_t n, struct git_origin *out);
void git_origin_free(struct git_origin *o);

#endif
