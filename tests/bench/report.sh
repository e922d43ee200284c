# Sourced by tests/bench/run.sh (make bench): the report section.
# 1,000 invented practices with a year of logs at the generator's own
# volumes (some 38 million consults, 52 million calls and 2.5 million
# messages), imported once and kept in $OUT/report.db; then the time and
# peak memory of writing the workbook of the insurer that most practices
# list, of a workbook covering all 1,000 practices, and of one practice's
# workbook. The CSV files are removed after
# the import: 5 GB nobody reads again.

bench_report() {
    local data=$OUT/report-1000 db=$OUT/report.db
    echo "== report: an insurer's workbook, 1,000 invented practices, a year of logs (median of $RUNS runs)"
    if [ ! -f "$db.done" ]; then
        rm -rf "$data"
        "$E" generate --practices 1000 --from 2025-11-01 --to 2026-10-31 --seed 31 --out "$data" > /dev/null
        fresh_db "$db" "$data"
        local kind s kb
        for kind in consults messages calls survey registrations; do
            read -r s kb < <(measure "$E" --db "$db" import "$kind" "$data/$kind.csv")
            printf '  imported %-13s %10s rows in %6ss\n' "$kind" \
                "$(sqlite3 "$db" "SELECT count(*) FROM $kind")" "$s"
            rm -f "$data/$kind.csv"
        done
        touch "$db.done"
    fi
    local insurer practices plans records
    insurer=$(sqlite3 "$db" "SELECT insurer FROM practice_insurers GROUP BY insurer ORDER BY count(*) DESC, insurer LIMIT 1")
    practices=$(sqlite3 "$db" "SELECT count(DISTINCT practice_id) FROM practice_insurers WHERE insurer = '$insurer'")
    plans=$(sqlite3 "$db" "SELECT count(*) FROM plans")
    records=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM consults) + (SELECT count(*) FROM calls) + (SELECT count(*) FROM messages)")
    printf '  database: 1000 practices, %s plans, %s log records\n' "$plans" "$records"
    local times=() mem=0 s kb
    for i in $(seq "$RUNS"); do
        read -r s kb < <(measure "$E" --db "$db" report insurer "$insurer" -o "$OUT/report-insurer.xlsx" --lang en)
        times+=("$s")
        [ "$kb" -gt "$mem" ] && mem=$kb
    done
    printf '  report insurer %s (%s practices): %ss, peak memory %s MB, workbook %s KB  (runs: %s)\n' \
        "$insurer" "$practices" "$(printf '%s\n' "${times[@]}" | median)" $((mem / 1024)) \
        $(($(stat -c %s "$OUT/report-insurer.xlsx") / 1024)) "${times[*]}"
    # No generated insurer has all 1,000 practices; one is added to the
    # database for this run only, so the workbook covers every practice.
    sqlite3 "$db" "INSERT OR IGNORE INTO practice_insurers(practice_id, position, insurer)
                   SELECT id, 99, 'Bench: all practices' FROM practices"
    read -r s kb < <(measure "$E" --db "$db" report insurer "Bench: all practices" -o "$OUT/report-all.xlsx" --lang en)
    sqlite3 "$db" "DELETE FROM practice_insurers WHERE insurer = 'Bench: all practices'"
    printf '  report insurer covering all 1000 practices: %ss, peak memory %s MB, workbook %s KB\n' \
        "$s" $((kb / 1024)) $(($(stat -c %s "$OUT/report-all.xlsx") / 1024))
    local agb
    agb=$(sqlite3 "$db" "SELECT agb FROM practices ORDER BY agb LIMIT 1")
    read -r s kb < <(measure "$E" --db "$db" report practice "$agb" -o "$OUT/report-practice.xlsx" --lang en)
    printf '  report practice %s: %ss, peak memory %s MB\n' "$agb" "$s" $((kb / 1024))
}
