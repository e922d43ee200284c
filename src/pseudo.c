#include "pseudo.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "paths.h"
#include "util.h"

char *pseudo_key_path(const char *db_path)
{
    return xasprintf("%s.key", db_path);
}

static void fingerprint(const struct pseudo_key *key, char out[33])
{
    static const char context[] = "ehtrack key fingerprint v1";
    unsigned char h[16];
    crypto_generichash(h, sizeof h, (const unsigned char *)context, sizeof context - 1,
                       key->bytes, sizeof key->bytes);
    sodium_bin2hex(out, 33, h, sizeof h);
}

static int read_key(const char *path, struct pseudo_key *key, struct eh_error *err)
{
    bool not_regular;
    int fd = open_regular_file(path, &not_regular);
    if (fd < 0 && not_regular)
        return eh_fail(err, EH_IO, path, 0, 0, "the key file is not a regular file (a directory, device or pipe)");
    if (fd < 0) return eh_fail(err, EH_IO, path, 0, 0, "cannot read the key file: %s", strerror(errno));
    FILE *f = fdopen(fd, "r");
    if (!f) {
        close(fd);
        return eh_fail(err, EH_IO, path, 0, 0, "cannot read the key file: %s", strerror(errno));
    }
    char line[256];
    int found = 0;
    long lineno = 0;
    while (fgets(line, sizeof line, f)) {
        /* A key file is three lines; a file of thousands (a device, a
         * wrong file of NUL bytes) is not one, and reading on never ends. */
        if (++lineno > 100) {
            fclose(f);
            return eh_fail(err, EH_IO, path, 0, 0, "not a key file: no key in its first 100 lines");
        }
        char *p = line;
        /* Saved again by an editor that marks UTF-8. */
        if (lineno == 1 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;
        while (isspace((unsigned char)*p)) p++;
        if (*p == '#' || !*p) continue;
        size_t n = strcspn(p, " \t\r\n");
        size_t bin_len = 0;
        if (n == 32 && sodium_hex2bin(key->bytes, sizeof key->bytes, p, n, NULL, &bin_len, NULL) == 0 &&
            bin_len == sizeof key->bytes) {
            found = 1;
            break;
        }
        fclose(f);
        return eh_fail(err, EH_IO, path, lineno, 1, "not a key: expected 32 hexadecimal digits");
    }
    fclose(f);
    /* Emptied (a failed copy, an editor saving nothing): the key is in the
     * backup, never made anew, or new imports would not link to the
     * patients before. */
    if (!found)
        return eh_fail(err, EH_IO, path, 0, 0, "the key file holds no key (emptied?); restore it from the backup "
                       "of the database and its key (a new key would stop new imports linking to earlier "
                       "patients)");
    return EH_OK;
}

/* Makes the directory entry of a new key file last a crash. A file
 * system that cannot sync a directory has the entry all the same. */
static void sync_directory(const char *path)
{
    char *dir = path_directory(path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
}

/* Gives the file tmp the name path, never over a file already there
 * (errno EEXIST then); *moved: tmp is no name of it any more. */
static bool name_new_file(const char *tmp, const char *path, bool *moved)
{
    *moved = false;
    if (link(tmp, path) == 0) return true;
    /* A file system without hard links (FAT says EPERM) can still rename
     * without replacing. */
    int link_errno = errno;
    if (link_errno != EPERM && link_errno != EOPNOTSUPP && link_errno != ENOSYS) return false;
    if (renameat2(AT_FDCWD, tmp, AT_FDCWD, path, RENAME_NOREPLACE) == 0) return *moved = true;
    if (errno == EINVAL || errno == ENOSYS) errno = link_errno;
    return false;
}

/* The key file is written whole under another name beside it (mode 0600)
 * and synced before it gets its own name: created empty and written after,
 * another command reading it in between (an import, db check) found no
 * key in it, and a process killed in between left it empty for good.
 * over_empty: path is such an empty file, and is replaced. Else a key file
 * another process named first is left as it is and *placed is false: that
 * key is the database's. */
static int write_key(const char *path, const struct pseudo_key *key, bool over_empty, bool *placed,
                     struct eh_error *err)
{
    *placed = false;
    char *tmp = xasprintf("%s.XXXXXX", path);
    int fd = mkostemp(tmp, O_CLOEXEC);
    if (fd < 0) {
        int why = errno;
        free(tmp);
        return eh_fail(err, EH_IO, path, 0, 0, "cannot create the key file: %s", strerror(why));
    }
    /* The mode of a new file is filtered by umask; the key must be private anyway. */
    fchmod(fd, 0600);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, key->bytes, sizeof key->bytes);
    char *text = xasprintf("# ehtrack pseudonymisation key: keep it secret, back it up with the database.\n"
                           "# Without it, patients in new imports no longer link to earlier ones.\n%s\n", hex);
    sodium_memzero(hex, sizeof hex);
    size_t len = strlen(text);
    ssize_t w = write(fd, text, len);
    sodium_memzero(text, len);
    free(text);
    /* The reason of the step that failed: a short write is a full disk. */
    int bad = 0;
    if (w != (ssize_t)len) bad = w < 0 ? errno : ENOSPC;
    else if (fsync(fd) != 0) bad = errno;
    if (close(fd) != 0 && !bad) bad = errno;
    bool moved = false;
    if (!bad) {
        if (over_empty) moved = *placed = rename(tmp, path) == 0;
        else *placed = name_new_file(tmp, path, &moved);
        if (!*placed && (over_empty || errno != EEXIST)) bad = errno;
    }
    /* Linked, the temporary name is a second name of the key. */
    if (!moved) unlink(tmp);
    free(tmp);
    if (*placed) sync_directory(path);
    if (bad) return eh_fail(err, EH_IO, path, 0, 0, "cannot write the key file: %s", strerror(bad));
    return EH_OK;
}

/* The key file an older ehtrack left when it was stopped between
 * creating the file and writing the key: a regular file of no bytes
 * (lstat: a link to an empty file or to /dev/null is no such file).
 * Where no fingerprint is stored, no key was ever used with the database
 * (a key is in use only once its fingerprint is stored), so no key is lost
 * by making one in its place. */
static bool left_empty(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0;
}

/* The two ways a key file can fail its database. */
static int key_missing(const char *path, struct eh_error *err)
{
    return eh_fail(err, EH_IO, path, 0, 0,
                   "the pseudonymisation key of this database is missing; restore it from "
                   "the backup (a new key would stop new imports linking to earlier patients)");
}

static int key_of_another(const char *path, const char *db_path, struct eh_error *err)
{
    return eh_fail(err, EH_IO, path, 0, 0,
                   "this key file does not belong to the database %s; use the key that was "
                   "created with it", db_path);
}

static int stored_fingerprint(sqlite3 *db, char *out, size_t size, struct eh_error *err)
{
    sqlite3_stmt *st;
    out[0] = '\0';
    if (db_prepare(db, &st, "SELECT value FROM meta WHERE key = 'key_fingerprint'", err)) return EH_IO;
    /* A failed read is not "no fingerprint": that would make a new key. */
    int rc;
    if (db_next(st, &rc, err, "reading the key fingerprint")) snprintf(out, size, "%s", db_text(st, 0));
    sqlite3_finalize(st);
    return rc;
}

static int store_fingerprint(sqlite3 *db, const char *fp, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "INSERT OR REPLACE INTO meta(key, value) VALUES ('key_fingerprint', ?1)", err))
        return EH_IO;
    sqlite3_bind_text(st, 1, fp, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? EH_OK : db_fail(db, err, "recording the key fingerprint");
}

/* The first key of a database: made, its file named and its fingerprint
 * stored under the database's write lock, so that of two commands making
 * the first key of one database (init and an import started together) the
 * second finds the first's fingerprint once it has the lock, and reads
 * that key. A key file a process that does not take the lock named first
 * (an older ehtrack) is kept as well. *made is false when another process's
 * key is the database's: the caller reads it as any existing key; stored
 * is the fingerprint as the lock found it. */
static int new_key(sqlite3 *db, const char *path, struct pseudo_key *key, char *stored, size_t size, bool *made,
                   struct eh_error *err)
{
    *made = false;
    /* Inside a transaction of the caller's (a migration), the caller
     * already holds the write lock and decides the commit. */
    bool own = sqlite3_get_autocommit(db);
    if (own && db_begin(db, err)) return EH_IO;
    int rc = stored_fingerprint(db, stored, size, err);
    bool absent = access(path, F_OK) != 0;
    if (!rc && !stored[0] && (absent || left_empty(path))) {
        randombytes_buf(key->bytes, sizeof key->bytes);
        bool placed;
        rc = write_key(path, key, !absent, &placed, err);
        if (!rc && placed) {
            char fp[33];
            fingerprint(key, fp);
            *made = !(rc = store_fingerprint(db, fp, err));
        }
    }
    /* A key file named whose fingerprint is not stored is no harm: the
     * next command reads the key and stores it. Removed, it could be the
     * key another command already read. */
    if (!rc && own) rc = db_commit(db, err);
    if (rc) {
        if (own) db_rollback(db);
        *made = false;
    }
    return rc;
}

int pseudo_key_open(const char *db_path, sqlite3 *db, struct pseudo_key *key,
                    int *created, struct eh_error *err)
{
    if (sodium_init() < 0) return eh_fail(err, EH_IO, NULL, 0, 0, "libsodium cannot start");
    if (created) *created = 0;
    char *path = pseudo_key_path(db_path);
    char stored[64];
    int rc = stored_fingerprint(db, stored, sizeof stored, err);
    if (rc) goto done;
    /* The write lock is taken only while the database has no key yet. */
    if (!stored[0] && (access(path, F_OK) != 0 || left_empty(path))) {
        bool made;
        if ((rc = new_key(db, path, key, stored, sizeof stored, &made, err))) goto done;
        if (made) {
            if (created) *created = 1;
            goto done;
        }
    }
    if (stored[0] && access(path, F_OK) != 0) {
        rc = key_missing(path, err);
        goto done;
    }
    if ((rc = read_key(path, key, err))) goto done;
    struct stat st;
    if (stat(path, &st) == 0 && (st.st_mode & 077))
        chmod(path, 0600);
    char fp[33];
    fingerprint(key, fp);
    if (!stored[0]) {
        rc = store_fingerprint(db, fp, err);
    } else if (strcmp(stored, fp) != 0) {
        rc = key_of_another(path, db_path, err);
    }
done:
    free(path);
    return rc;
}

int pseudo_key_peek(const char *db_path, sqlite3 *db, struct pseudo_key *key, bool *unmade, struct eh_error *err)
{
    if (sodium_init() < 0) return eh_fail(err, EH_IO, NULL, 0, 0, "libsodium cannot start");
    if (unmade) *unmade = false;
    char *path = pseudo_key_path(db_path);
    char stored[64];
    int rc = stored_fingerprint(db, stored, sizeof stored, err);
    bool absent = access(path, F_OK) != 0;
    if (!rc && !stored[0] && (absent || left_empty(path))) {
        /* What pseudo_key_open would make a new key for. */
        randombytes_buf(key->bytes, sizeof key->bytes);
        if (unmade) *unmade = true;
    } else if (!rc && absent) {
        rc = key_missing(path, err);
    } else if (!rc && !(rc = read_key(path, key, err)) && stored[0]) {
        char fp[33];
        fingerprint(key, fp);
        if (strcmp(stored, fp) != 0) rc = key_of_another(path, db_path, err);
    }
    free(path);
    return rc;
}

int64_t pseudo_hash(const struct pseudo_key *key, const char *id, size_t len)
{
    while (len && isspace((unsigned char)*id)) {
        id++;
        len--;
    }
    while (len && isspace((unsigned char)id[len - 1])) len--;
    unsigned char h[crypto_shorthash_BYTES];
    crypto_shorthash(h, (const unsigned char *)id, len, key->bytes);
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= (uint64_t)h[i] << (8 * i);
    /* 63 bits keep the value a positive SQLite integer. */
    return (int64_t)(v >> 1);
}
