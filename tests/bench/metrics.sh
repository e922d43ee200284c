# Sourced by tests/bench/run.sh (make bench): the metrics section.
# 200 generated practices, a year, about ten million consults plus calls and
# messages. The same figure - e-consult share per practice and month - by
# ehtrack (from its database), by the sqlite3 CLI with a hand-written GROUP
# BY over a plain imported table, and by pandas from the CSV.

bench_metrics() {
    echo "== metrics: monthly e-consult share per practice, 200 practices, a year (median of $RUNS runs each)"
    local data=$OUT/metrics-10m db=$OUT/metrics.db plain=$OUT/metrics-plain.db
    if [ ! -f "$data/consults.csv" ]; then
        "$E" generate --practices 200 --consults 10000000 --seed 21 --out "$data" > /dev/null
    fi
    if [ ! -f "$db" ]; then
        fresh_db "$db" "$data"
        for kind in consults calls messages survey registrations; do
            read -r s kb < <(measure "$E" --db "$db" import "$kind" "$data/$kind.csv")
            printf '  imported %-13s %9s rows in %6ss\n' "$kind" "$(sqlite3 "$db" "SELECT count(*) FROM $kind")" "$s"
        done
    fi
    if [ ! -f "$plain" ]; then
        sqlite3 "$plain" "CREATE TABLE consults(id, practice, start, patient, channel, role, minutes, reason);" \
            ".mode csv" ".import --skip 1 $data/consults.csv consults"
    fi
    local q="SELECT practice, substr(start, 1, 7) AS month, avg(channel = 'econsult') FROM consults GROUP BY practice, month"
    local py="import pandas as pd
d = pd.read_csv('$data/consults.csv', usecols=['practice', 'start', 'channel'], dtype=str)
d['month'] = d['start'].str[:7]
d['e'] = d['channel'] == 'econsult'
r = d.groupby(['practice', 'month'])['e'].mean()
print(len(r))"
    local have_pandas=0
    "$PYTHON" -c 'import pandas' 2>/dev/null && have_pandas=1
    local ours=() lite=() pand=()
    for i in $(seq "$RUNS"); do
        read -r s kb < <(measure "$E" --db "$db" metrics --metric econsult_share --period month --by practice --format csv)
        ours+=("$s")
        read -r s kb < <(measure sqlite3 "$plain" "$q")
        lite+=("$s")
        if [ "$have_pandas" = 1 ]; then
            read -r s kb < <(measure "$PYTHON" -c "$py")
            pand+=("$s")
        fi
    done
    local m_ours m_lite
    m_ours=$(printf '%s\n' "${ours[@]}" | median)
    m_lite=$(printf '%s\n' "${lite[@]}" | median)
    printf '  ehtrack metrics (from its database):       %ss  (runs: %s)\n' "$m_ours" "${ours[*]}"
    printf '  sqlite3 hand-written GROUP BY (plain table): %ss  (runs: %s)\n' "$m_lite" "${lite[*]}"
    printf '  ratio ehtrack / sqlite3: %s   (target <= 1.00)\n' "$(ratio "$m_ours" "$m_lite")"
    if [ "$have_pandas" = 1 ]; then
        local m_pand
        m_pand=$(printf '%s\n' "${pand[@]}" | median)
        printf '  pandas read_csv + groupby:                  %ss  (runs: %s)\n' "$m_pand" "${pand[*]}"
        printf '  pandas / ehtrack: %sx   (target >= 3)\n' "$(ratio "$m_pand" "$m_ours")"
    else
        echo "  pandas: not installed (apt-get install python3-pandas), skipped"
    fi
    # The two answers must agree, or the comparison means nothing.
    "$E" --db "$db" metrics --metric econsult_share --period month --by practice --format csv \
        | awk -F, 'NR > 1 && $4 != "" {printf "%s|%s|%.9f\n", $1, $2, $4}' | sort > "$OUT/.ours"
    sqlite3 "$plain" "$q" | awk -F'|' '{printf "%s|%s|%.9f\n", $1, $2, $3}' | sort > "$OUT/.lite"
    if cmp -s "$OUT/.ours" "$OUT/.lite"; then
        echo "  the two agree on all $(wc -l < "$OUT/.ours") practice-months"
    else
        echo "  WARNING: ehtrack and sqlite3 disagree:"; diff "$OUT/.ours" "$OUT/.lite" | head -5
    fi
    read -r s kb < <(measure "$E" --db "$db" metrics --period month --by practice --format csv)
    printf '  all %s metrics by practice and month: %ss, %s MB peak\n' \
        "$(ls "$ROOT"/metrics/*.yaml | wc -l)" "$s" $((kb / 1024))
}
