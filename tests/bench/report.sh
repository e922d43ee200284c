# Sourced by tests/bench/run.sh (make bench): the report section.
# 1,000 invented practices with a year of logs at the generator's own
# volumes (some 38 million consults, 52 million calls and 2.5 million
# messages), imported once and kept in $OUT/report.db; then the time and
# peak memory of a workbook covering all 1,000 practices, of the workbook
# of the insurer that most practices list, of all metrics by practice and
# month, of the follow-up rate alone and of one practice's workbook, each
# as a ratio to a full scan of the raw logs by the sqlite3 CLI in the same
# run (issue 12). The CSV files are removed after the import: 5 GB nobody
# reads again.

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
    insurer=$(sqlite3 "$db" "SELECT insurer FROM practice_insurers WHERE insurer <> 'Bench: all practices'
                            GROUP BY insurer ORDER BY count(*) DESC, insurer LIMIT 1")
    practices=$(sqlite3 "$db" "SELECT count(DISTINCT practice_id) FROM practice_insurers WHERE insurer = '$insurer'")
    plans=$(sqlite3 "$db" "SELECT count(*) FROM plans")
    records=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM consults) + (SELECT count(*) FROM calls) + (SELECT count(*) FROM messages)")
    printf '  database: 1000 practices, %s plans, %s log records\n' "$plans" "$records"
    local agb
    agb=$(sqlite3 "$db" "SELECT agb FROM practices ORDER BY agb LIMIT 1")
    # No generated insurer has all 1,000 practices; one is added to the
    # database for this run only, so a workbook covers every practice.
    sqlite3 "$db" "INSERT OR IGNORE INTO practice_insurers(practice_id, position, insurer)
                   SELECT id, 99, 'Bench: all practices' FROM practices"
    # Each line against a plain full scan of the raw logs by the sqlite3
    # CLI in the same run: what reading every record once costs here.
    local scan="SELECT practice_id, count(*), sum(minutes) FROM consults GROUP BY practice_id;
                SELECT practice_id, count(*), sum(talk_s) FROM calls GROUP BY practice_id;
                SELECT practice_id, count(*), count(answered) FROM messages GROUP BY practice_id;"
    local names=(scan all insurer metrics followup practice) i s kb
    local -A times=() mem=()
    for i in $(seq "$RUNS"); do
        read -r s kb < <(measure sqlite3 "$db" "$scan")
        times[scan]+="$s "
        read -r s kb < <(measure "$E" --db "$db" report insurer "Bench: all practices" -o "$OUT/report-all.xlsx" --lang en)
        times[all]+="$s "; [ "$kb" -gt "${mem[all]:-0}" ] && mem[all]=$kb
        read -r s kb < <(measure "$E" --db "$db" report insurer "$insurer" -o "$OUT/report-insurer.xlsx" --lang en)
        times[insurer]+="$s "; [ "$kb" -gt "${mem[insurer]:-0}" ] && mem[insurer]=$kb
        read -r s kb < <(measure "$E" --db "$db" metrics --period month --by practice --format csv)
        times[metrics]+="$s "; [ "$kb" -gt "${mem[metrics]:-0}" ] && mem[metrics]=$kb
        read -r s kb < <(measure "$E" --db "$db" metrics --metric followup_rate --period month --by practice --format csv)
        times[followup]+="$s "; [ "$kb" -gt "${mem[followup]:-0}" ] && mem[followup]=$kb
        read -r s kb < <(measure "$E" --db "$db" report practice "$agb" -o "$OUT/report-practice.xlsx" --lang en)
        times[practice]+="$s "; [ "$kb" -gt "${mem[practice]:-0}" ] && mem[practice]=$kb
    done
    sqlite3 "$db" "DELETE FROM practice_insurers WHERE insurer = 'Bench: all practices'"
    local -A med=()
    for i in "${names[@]}"; do med[$i]=$(printf '%s\n' ${times[$i]} | median); done
    printf '  full scan of the logs by the sqlite3 CLI: %ss  (runs: %s)\n' "${med[scan]}" "${times[scan]% }"
    line() {  # key, label, target ratio or ""
        printf '  %-48s %7ss  %5s x the scan%s, %s MB peak  (runs: %s)\n' "$2" "${med[$1]}" \
            "$(ratio "${med[$1]}" "${med[scan]}")" "${3:+ (target <= $3)}" $((${mem[$1]} / 1024)) "${times[$1]% }"
    }
    line all "insurer workbook, all 1000 practices" 0.10
    line insurer "insurer workbook, $insurer ($practices practices)" ""
    line metrics "metrics, all $(ls "$ROOT"/metrics/*.yaml | wc -l), by practice and month" 0.10
    line followup "metrics --metric followup_rate alone" 0.05
    line practice "one practice's workbook ($agb)" ""
    printf '  workbooks: all practices %s KB, %s %s KB\n' $(($(stat -c %s "$OUT/report-all.xlsx") / 1024)) \
        "$insurer" $(($(stat -c %s "$OUT/report-insurer.xlsx") / 1024))
}
