#!/bin/sh
# Builds the seed corpora of the fuzz targets from the test fixtures, so the
# fuzzer starts from inputs that reach deep into each loader.
#   tests/fuzz/seeds.sh OUTDIR        (run from the source tree)
# OUTDIR/TARGET/ gets one file per seed; the layouts are those the targets
# read (tests/fuzz/fuzz_*.c).
set -eu
out=$1
sep='#--8<--'
mkdir -p "$out/plan" "$out/csv" "$out/format" "$out/metric"

n=0
seed() { # TARGET: stdin becomes the next seed of TARGET
    n=$((n + 1))
    cat > "$out/$1/seed-$n"
}

# plan: single files, and a register with each plan (cross-file checks).
for f in tests/fixtures/plans/*.yaml tests/fixtures/plans/more/*.yaml plans/*.yaml templates/plans/*.yaml \
         tests/fixtures/metrics/register.yaml tests/fixtures/report/plans/*.yaml; do
    [ -f "$f" ] && seed plan < "$f"
done
for f in tests/fixtures/plans/plan-*.yaml plans/*.yaml; do
    [ -f "$f" ] || continue
    { cat tests/fixtures/plans/register.yaml; echo "$sep"; cat "$f"; } | seed plan
done

# csv: the kind in the first byte (0 consults .. 4 registrations), delimiter
# bits 3-4 (0 comma, 1 semicolon), bit 7 Windows-1252.
kind_byte() {
    case $1 in
        *consult*|*his-*) k=0 ;; *message*|*econsult-export*) k=1 ;; *call*|*asterisk*|*pbx*) k=2 ;;
        *survey*) k=3 ;; *registration*) k=4 ;; *) k=0 ;;
    esac
    case $1 in *his-*) k=$((k + 8 + 128)) ;; esac
    printf "\\$(printf %o "$k")"
}
for f in tests/fixtures/logs/*.csv tests/fixtures/report/*.csv tests/fixtures/formats/*.csv \
         tests/fixtures/metrics/logs/*.csv; do
    [ -f "$f" ] || continue
    { kind_byte "$f"; cat "$f"; } | seed csv
done

# format: a flag byte (bits 0-2: --practice, an index into FUZZ_PRACTICES
# from 1; bit 3: --strict), the format, the separator line, the log.
pair() { # FLAG FORMAT LOG
    { printf "\\$(printf %o "$1")"; cat "$2"; echo "$sep"; cat "$3"; } | seed format
}
pair 2 templates/formats/his-nl-consults.yaml tests/fixtures/formats/his-consults-1252.csv
pair 10 templates/formats/his-nl-consults.yaml tests/fixtures/formats/his-consults-bad-1252.csv
pair 3 templates/formats/asterisk-cdr-calls.yaml tests/fixtures/formats/asterisk-master.csv
pair 3 templates/formats/asterisk-cdr-calls.yaml tests/fixtures/formats/asterisk-master-bad.csv
pair 6 templates/formats/portal-log-messages.yaml tests/fixtures/formats/portal-messages.log
pair 0 templates/formats/portal-log-messages.yaml tests/fixtures/formats/portal-messages-bad.log
pair 0 tests/fixtures/formats/cloud-pbx-calls.yaml tests/fixtures/formats/cloud-pbx-calls.csv
pair 0 tests/fixtures/formats/cloud-pbx-calls.yaml tests/fixtures/formats/cloud-pbx-calls-bad.csv
pair 5 tests/fixtures/formats/econsult-export-messages.yaml tests/fixtures/formats/econsult-export.csv
pair 2 tests/fixtures/formats/broken-format.yaml tests/fixtures/formats/his-consults-1252.csv
pair 0 tests/fixtures/formats/broken-regex.yaml tests/fixtures/formats/portal-messages.log
pair 2 tests/fixtures/formats/costly-channel.yaml tests/fixtures/formats/his-consults-1252.csv
pair 2 tests/fixtures/formats/his-shifted.yaml tests/fixtures/formats/his-unmapped-1252.csv
# The shipped formats on the head of their samples (a seed is cut at 64 KB).
sample() { # FLAG FORMAT SAMPLE
    head -200 "$3" > "$out/sample.tmp"
    pair "$1" "$2" "$out/sample.tmp"
    rm -f "$out/sample.tmp"
}
sample 1 templates/formats/3cx-cdr-calls.yaml tests/fixtures/formats/samples/3cx-cdr.log
sample 1 templates/formats/asterisk-cdr-calls.yaml tests/fixtures/formats/samples/asterisk-Master.csv
sample 1 templates/formats/freepbx-cdr-calls.yaml tests/fixtures/formats/samples/freepbx-cdr.csv
sample 1 templates/formats/his-nl-consults.yaml tests/fixtures/formats/samples/his-contacten-1252.csv
sample 1 templates/formats/his-nl-journal-consults.yaml tests/fixtures/formats/samples/his-journaal-1252.csv
for f in tests/fixtures/formats/legs/*.csv; do pair 3 templates/formats/asterisk-cdr-calls.yaml "$f"; done

# metric: every shipped and test metric file.
for f in metrics/*.yaml tests/fixtures/metrics/*/*.yaml; do
    [ -f "$f" ] && seed metric < "$f"
done
exit 0
