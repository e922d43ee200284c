#!/bin/sh
# Runs each fuzz target for FUZZ_SECONDS (default 60) and fails on any
# crash, leak or timeout (make fuzz; tests/README.md).
#   tests/fuzz/run.sh BUILDDIR TARGET...
# Each target starts from its seeds (built from the fixtures), the
# committed regression inputs (tests/fuzz/regress/TARGET/) and the corpus
# it grew in earlier runs (BUILDDIR/corpus/TARGET/, kept between runs). A
# failing input is written to BUILDDIR/crashes/TARGET/: minimise it and
# commit it to tests/fuzz/regress/TARGET/, where make check replays it.
set -u
build=$1
shift
seconds=${FUZZ_SECONDS:-60}
tests/fuzz/seeds.sh "$build/seeds" || exit 1
status=0
summary=""
for t in "$@"; do
    corpus=$build/corpus/$t
    crashes=$build/crashes/$t
    mkdir -p "$corpus" "$crashes" "tests/fuzz/regress/$t"
    before=$(ls "$crashes" | wc -l)
    case $t in metric) max_len=16384 ;; *) max_len=65536 ;; esac
    log=$build/$t.log
    echo "== fuzz $t: $seconds s"
    # -timeout: one input may take 10 s (a metric's SQL budget is 2 s).
    # -rss_limit_mb: a leak or an unbounded buffer fails the run.
    "$build/fuzz-$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len \
        -dict=tests/fuzz/$t.dict -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$corpus" "$build/seeds/$t" "tests/fuzz/regress/$t" > "$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    found=$(($(ls "$crashes" | wc -l) - before))
    summary="$summary$t: ${runs:-?} inputs run, corpus $(ls "$corpus" | wc -l), exit $rc, $found new failing input(s)
"
    if [ "$rc" != 0 ]; then
        status=1
        grep -E "ERROR|SUMMARY|Test unit written|timeout|leak" "$log" | head -20
        echo "   (full log: $log)"
    fi
done
printf "== fuzz summary\n%s" "$summary"
exit $status
