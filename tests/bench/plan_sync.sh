# Sourced by tests/bench/run.sh (make bench): the plan-sync section.
# A plan with a long list of risks, one risk edited, synced: the change
# recorded (its diff against the stored version) against `plan check` of
# the same file (reading and validating it) in the same run. Where the
# diff grows with the square of the list, the ratio grows with the list
# (it did: 40,000 risks took about two minutes to record); where it grows
# with the list, the ratio stays alike at every length.

# $1 dir, $2 risks, $3 what is recorded: RUNS paired runs of plan sync
# from $1/base.db (into $1/run.db, left for the caller to check) and of
# plan check of the same files; prints the medians and the paired ratio.
sync_against_check() {
    local dir=$1 ours=() check=()
    for i in $(seq "$RUNS"); do
        cp "$dir/base.db" "$dir/run.db" && cp "$dir/base.db.key" "$dir/run.db.key"
        read -r s kb < <(measure "$E" --db "$dir/run.db" plan sync "$dir/plans")
        ours+=("$s")
        read -r s kb < <(measure "$E" plan check "$dir/plans")
        check+=("$s")
    done
    printf '  %6s risks: sync recording %s: %ss, plan check %ss, ratio %s\n' "$2" "$3" \
        "$(printf '%s\n' "${ours[@]}" | median)" "$(printf '%s\n' "${check[@]}" | median)" \
        "$(pair_ratio "${ours[*]}" "${check[*]}")"
}

bench_plan_sync() {
    echo "== plan sync: a plan of N risks, one edited (median of $RUNS runs each)"
    local dir=$OUT/plan-sync
    for n in ${BENCH_PLAN_RISKS:-1000 10000 40000}; do
        rm -rf "$dir" && mkdir -p "$dir/plans"
        cp plans/register.yaml "$dir/plans/"
        { sed -n '1,/^risks:/p' plans/econsult-de-esch.yaml | sed '$d'
          echo "risks:"
          for i in $(seq "$n"); do echo "  - {risk: Risico nummer $i met wat tekst, likelihood: low}"; done
        } > "$dir/plans/large.yaml"
        sed -i 's/^plan: .*/plan: large-plan/' "$dir/plans/large.yaml"
        fresh_db "$dir/base.db" "$dir/plans"
        sed -i 's/Risico nummer 5 met/Risico nummer 5 mét/' "$dir/plans/large.yaml"
        sync_against_check "$dir" "$n" "the change (stays alike as N grows: the diff is linear)"
        [ "$(sqlite3 "$dir/run.db" "SELECT changes FROM plan_history WHERE plan_id = 'large-plan' ORDER BY id DESC LIMIT 1")" = \
          '["risks[4].risk: Risico nummer 5 met wat tekst -> Risico nummer 5 mét wat tekst"]' ] ||
            { echo "plan sync recorded another change" >&2; exit 1; }
        # Every risk's mitigation removed: a removed key is placed where
        # it stood, among its siblings (that lookup was quadratic too).
        sed -i 's/, likelihood: low}/, likelihood: low, mitigation: overleg}/' "$dir/plans/large.yaml"
        cp "$dir/run.db" "$dir/base.db" && cp "$dir/run.db.key" "$dir/base.db.key"
        "$E" --db "$dir/base.db" plan sync "$dir/plans" > /dev/null
        sed -i 's/, mitigation: overleg}/}/' "$dir/plans/large.yaml"
        sync_against_check "$dir" "$n" "every mitigation removed"
        [ "$(sqlite3 "$dir/run.db" "SELECT json_array_length(changes) FROM plan_history WHERE plan_id = 'large-plan' ORDER BY id DESC LIMIT 1")" = "$n" ] ||
            { echo "plan sync recorded another change" >&2; exit 1; }
        # The second half of the list cut off: each risk removed is told
        # whole, and the nodes inside it not again (every node was checked
        # against every risk told whole: 20,000 of 40,000 took 6 s).
        cp "$dir/run.db" "$dir/base.db" && cp "$dir/run.db.key" "$dir/base.db.key"
        head -n "-$((n / 2))" "$dir/plans/large.yaml" > "$dir/half.yaml" && mv "$dir/half.yaml" "$dir/plans/large.yaml"
        sync_against_check "$dir" "$n" "the second half removed"
        [ "$(sqlite3 "$dir/run.db" "SELECT json_array_length(changes) FROM plan_history WHERE plan_id = 'large-plan' ORDER BY id DESC LIMIT 1")" = "$((n / 2))" ] ||
            { echo "plan sync recorded another change" >&2; exit 1; }
    done
    rm -rf "$dir"
}
