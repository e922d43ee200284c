#!/bin/bash
# make bench: speed and memory of ehtrack against reference tools run in the
# same invocation on the same data. Prints ratios, not absolute claims.
#   BENCH_RUNS   runs per tool (default 5; median reported)
#   BENCH_DIR    scratch directory (default tests/bench/out)
#   BENCH_BIN    the ehtrack measured (default ./ehtrack; another build to compare)
#   BENCH_ONLY   import | import-any-id | metrics | report | plan-sync (default: all)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
E=${BENCH_BIN:-$ROOT/ehtrack}
RUNS=${BENCH_RUNS:-5}
OUT=${BENCH_DIR:-$ROOT/tests/bench/out}
ONLY=${BENCH_ONLY:-all}
TIME=/usr/bin/time
PYTHON=$([ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3)
export EHTRACK_NOW=${EHTRACK_NOW:-2026-11-23T12:00:00}
mkdir -p "$OUT"

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else printf "n/a"}'; }
# Median of the ratios of paired runs ($1: ours, $2: theirs, each a
# space-separated list in run order). A pair ran back to back, so it shares
# the machine's state; the median of the pairs moves less with a noisy
# machine than the ratio of the two medians.
pair_ratio() {
    local -a a=($1) b=($2)
    for i in "${!a[@]}"; do ratio "${a[$i]}" "${b[$i]}"; echo; done | median
}
# seconds and peak KB of a command: "SECONDS KB"
measure() { $TIME -f "%e %M" -o "$OUT/.time" "$@" > /dev/null 2> "$OUT/.stderr" || { cat "$OUT/.stderr" >&2; exit 1; }; cat "$OUT/.time"; }

fresh_db() {  # $1 db, $2 register/plans dir
    rm -f "$1" "$1"-wal "$1"-shm "$1".key
    "$E" --db "$1" init > /dev/null
    "$E" --db "$1" plan sync "$2" > /dev/null
}

bench_import() {
    echo "== import: 1,000,000 canonical consult rows (median of $RUNS runs each, alternating)"
    local data=$OUT/import-1m
    if [ ! -f "$data/consults.csv" ]; then
        "$E" generate --practices 200 --consults 1000000 --seed 11 --out "$data" > /dev/null
    fi
    local ours=() theirs=() mem1=0
    for i in $(seq "$RUNS"); do
        fresh_db "$OUT/bench.db" "$data"
        read -r s kb < <(measure "$E" --db "$OUT/bench.db" import consults "$data/consults.csv")
        ours+=("$s"); [ "$kb" -gt "$mem1" ] && mem1=$kb
        rm -f "$OUT/ref.db"
        read -r s kb < <(measure sqlite3 "$OUT/ref.db" \
            "CREATE TABLE consults(id, practice, start, patient, channel, role, minutes, reason);" \
            ".mode csv" ".import --skip 1 $data/consults.csv consults")
        theirs+=("$s")
    done
    local rows
    rows=$(sqlite3 "$OUT/bench.db" "SELECT count(*) FROM consults")
    local m_ours m_theirs
    m_ours=$(printf '%s\n' "${ours[@]}" | median)
    m_theirs=$(printf '%s\n' "${theirs[@]}" | median)
    printf '  ehtrack import (validate, pseudonymise, deduplicate): %ss  (runs: %s)\n' "$m_ours" "${ours[*]}"
    printf '  sqlite3 .import into a plain 8-column table:          %ss  (runs: %s)\n' "$m_theirs" "${theirs[*]}"
    printf '  ratio ehtrack / sqlite3: %s, median of the runs paired: %s   (target <= 1.00; %s rows stored)\n' \
        "$(ratio "$m_ours" "$m_theirs")" "$(pair_ratio "${ours[*]}" "${theirs[*]}")" "$rows"

    # The same file again: every row a duplicate, noted as carried by the
    # second import; then that import taken back.
    read -r s_again kb_again < <(measure "$E" --db "$OUT/bench.db" import consults "$data/consults.csv")
    read -r s_remove kb_remove < <(measure "$E" --db "$OUT/bench.db" imports remove 2)
    printf '  the same file again: %ss; imports remove of it: %ss, %s MB peak\n' "$s_again" "$s_remove" \
        $((kb_remove / 1024))
    # Then the first, which carried its records alone now: every one leaves.
    read -r s_remove1 kb_remove1 < <(measure "$E" --db "$OUT/bench.db" imports remove 1)
    printf '  imports remove of the first import then (every record deleted): %ss, %s MB peak\n' "$s_remove1" \
        $((kb_remove1 / 1024))

    local data5=$OUT/import-5m
    if [ ! -f "$data5/consults.csv" ]; then
        "$E" generate --practices 1000 --consults 5000000 --seed 12 --out "$data5" > /dev/null
    fi
    fresh_db "$OUT/bench5.db" "$data5"
    read -r s5 mem5 < <(measure "$E" --db "$OUT/bench5.db" import consults "$data5/consults.csv")
    printf '  peak memory of the import: %s MB at 1M rows, %s MB at 5M rows (%ss)\n' \
        $((mem1 / 1024)) $((mem5 / 1024)) "$s5"
    rm -f "$OUT"/bench5.db*
}

# Ids that are not plain integers, in random order: HIS contact numbers
# (C0000001) and Asterisk uniqueids (1767600203.102), rewritten from the
# generated logs by any_ids.py. Each import against sqlite3 .import of the
# same file, and the import's peak memory at 1M and 5M rows. Beside them,
# what SQLite alone takes to store the same rows as the import stores them
# (the floor under the import): the rows the run just stored, copied in
# key order into the table of a fresh database, with the import's settings
# (WAL, 4 MB cache, synchronous NORMAL, the checkpoint at commit). The
# copy also reads them from the other database; a scan of them takes
# about a tenth of its time.
bench_import_any_id() {
    echo "== import of ids that are not plain integers, random order (median of $RUNS runs each, alternating)"
    local data=$OUT/import-1m data5=$OUT/import-5m any=$OUT/any-id
    [ -f "$data/consults.csv" ] ||
        "$E" generate --practices 200 --consults 1000000 --seed 11 --out "$data" > /dev/null
    [ -f "$data5/consults.csv" ] ||
        "$E" generate --practices 1000 --consults 5000000 --seed 12 --out "$data5" > /dev/null
    mkdir -p "$any"
    [ -f "$any/consults.csv" ] || $PYTHON tests/bench/any_ids.py consults "$data/consults.csv" "$any/consults.csv"
    [ -f "$any/calls.csv" ] || $PYTHON tests/bench/any_ids.py calls "$data/calls.csv" "$any/calls.csv" 1000000
    [ -f "$any/consults-5m.csv" ] ||
        $PYTHON tests/bench/any_ids.py consults "$data5/consults.csv" "$any/consults-5m.csv"
    local kind columns mem1=0
    for kind in consults calls; do
        if [ $kind = consults ]; then
            columns="id, practice, start, patient, channel, role, minutes, reason"
        else
            columns="id, practice, start, direction, wait_s, talk_s, outcome"
        fi
        local ours=() theirs=() floor=() rows m_ours m_theirs m_floor stored
        for i in $(seq "$RUNS"); do
            fresh_db "$OUT/bench.db" "$data"
            read -r s kb < <(measure "$E" --db "$OUT/bench.db" import $kind "$any/$kind.csv")
            ours+=("$s")
            [ $kind = consults ] && [ "$kb" -gt "$mem1" ] && mem1=$kb
            stored=$(sqlite3 "$OUT/bench.db" "SELECT group_concat(name, ', ') FROM pragma_table_info('$kind')")
            fresh_db "$OUT/floor.db" "$data"
            read -r s kb < <(measure sqlite3 "$OUT/floor.db" "PRAGMA synchronous = NORMAL" "PRAGMA cache_size = -4096" \
                "ATTACH '$OUT/bench.db' AS stored" "BEGIN" \
                "INSERT OR FAIL INTO main.$kind($stored) SELECT $stored FROM stored.$kind" "COMMIT")
            floor+=("$s")
            [ "$(sqlite3 "$OUT/floor.db" "SELECT count(*) FROM $kind")" = \
              "$(sqlite3 "$OUT/bench.db" "SELECT count(*) FROM $kind")" ] ||
                { echo "bench: the copy for the floor did not hold every row" >&2; exit 1; }
            rm -f "$OUT/ref.db"
            read -r s kb < <(measure sqlite3 "$OUT/ref.db" "CREATE TABLE $kind($columns);" \
                ".mode csv" ".import --skip 1 $any/$kind.csv $kind")
            theirs+=("$s")
        done
        rows=$(sqlite3 "$OUT/bench.db" "SELECT count(*) FROM $kind")
        m_ours=$(printf '%s\n' "${ours[@]}" | median)
        m_theirs=$(printf '%s\n' "${theirs[@]}" | median)
        m_floor=$(printf '%s\n' "${floor[@]}" | median)
        printf '  %-8s ehtrack import %ss (runs: %s), sqlite3 .import %ss (runs: %s)\n' $kind "$m_ours" \
            "${ours[*]}" "$m_theirs" "${theirs[*]}"
        printf '  %-8s ratio ehtrack / sqlite3: %s, median of the runs paired: %s   (target <= 0.67; %s rows stored)\n' \
            $kind "$(ratio "$m_ours" "$m_theirs")" "$(pair_ratio "${ours[*]}" "${theirs[*]}")" "$rows"
        printf '  %-8s SQLite alone storing the same rows (copied in key order, the import'"'"'s settings): %ss (runs: %s), ratio to sqlite3 .import %s\n' \
            $kind "$m_floor" "${floor[*]}" "$(pair_ratio "${floor[*]}" "${theirs[*]}")"
    done
    rm -f "$OUT"/floor.db*
    fresh_db "$OUT/bench5.db" "$data5"
    read -r s5 mem5 < <(measure "$E" --db "$OUT/bench5.db" import consults "$any/consults-5m.csv")
    printf '  peak memory of the import: %s MB at 1M rows, %s MB at 5M rows (%ss)\n' \
        $((mem1 / 1024)) $((mem5 / 1024)) "$s5"
    rm -f "$OUT"/bench5.db*
}

case $ONLY in
    all|import) bench_import ;;
esac
case $ONLY in
    all|import-any-id) bench_import_any_id ;;
esac
case $ONLY in
    all|metrics) [ -f tests/bench/metrics.sh ] && . tests/bench/metrics.sh && bench_metrics ;;
esac
case $ONLY in
    all|report) [ -f tests/bench/report.sh ] && . tests/bench/report.sh && bench_report ;;
esac
case $ONLY in
    all|plan-sync) . tests/bench/plan_sync.sh && bench_plan_sync ;;
esac
exit 0
