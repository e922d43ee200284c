# A workbook written while /tmp is full (a private mount namespace with a
# 64 kB /tmp, 60 kB of it taken; the test's directory, the source tree
# and the binary mounted again where they were when they lie in /tmp;
# valgrind, when the binary runs under it, without its files in /tmp;
# where the machine allows no namespace the report runs as usual).
# libxlsxwriter wrote each part to a temporary file in /tmp and did not
# notice a failed write: the workbook had empty parts,
# and the report said it was written, exit 0. The parts now go beside the
# workbook: it is whole.
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml fixtures/metrics/goals > /dev/null
$ ehtrack import consults fixtures/metrics/logs/consults.csv > /dev/null
$ if unshare -m true 2> /dev/null; then unshare -m sh -c 'b=$(command -v ehtrack); mount --make-rprivate / && mount --rbind /tmp /mnt && mount -t tmpfs -o size=64k tmpfs /tmp && for d in "$PWD" "$ROOT" "$b"; do case $d in /tmp/*) t=${d#/tmp/}; t=${t%%/*}; mkdir -p "/tmp/$t" && mount --rbind "/mnt/$t" "/tmp/$t" ;; esac; done; dd if=/dev/zero of=/tmp/fill bs=1k count=60 2> /dev/null; VALGRIND_OPTS=--vgdb=no ehtrack report region Twente -o w.xlsx'; else ehtrack report region Twente -o w.xlsx; fi
> wrote w.xlsx: 3 practices, 3 plans, 14 goals, data 2025-06-01..2026-05-31
! ehtrack: the data in scope ends on 2026-05-05, 202 days before today: figures are as of 2026-05-06; import newer logs to see where things stand now
! ehtrack: warning: the consults of 1 goal's scope stop before the 28 days before the as-of date, so it has no current value (no_data): few-weeks (doelen-bee, econsults_per_week); import the consults up to date, or choose another --as-of
! ehtrack: warning: the consults of practice 90000003 end on 2026-03-11, 56 days before the as-of date, while those of the other practices go on: the current values of 2 goals take the days after from the other practices' consults alone, so they are not the whole scope's: share-40 (doelen-west, econsult_share), share-375 (doelen-west, econsult_share); import its consults up to date
! ehtrack: warning: plan doelen-aa, goal relative: the baseline period 2026-09-28..2026-10-11 holds no consults, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target
! ehtrack: warning: plan doelen-aa, goal no-baseline: the baseline period 2025-01-01..2025-01-31 holds no consults, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target
$ $PYTHON -c "import zipfile; z = zipfile.ZipFile('w.xlsx'); print(len(z.namelist()), 'parts,', sum(1 for n in z.namelist() if not z.read(n)), 'empty')"
> 25 parts, 0 empty
