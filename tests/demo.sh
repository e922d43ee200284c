#!/bin/bash
# make demo: the whole product on the example region in plans/.
# Builds a fresh database in demo/, records the register and plans,
# generates and imports logs, shows status and goals, compares one practice
# with the others, and writes a region, an insurer and a practice workbook
# into demo/, and the website text and the waiting-room poster of one
# practice's e-consult.
set -euo pipefail
cd "$(dirname "$0")/.."
E=$PWD/ehtrack
OUT=demo
# The example plans are dated around this day; pinning it keeps the demo's
# figures the same on every machine and every day it is run.
export EHTRACK_NOW=${EHTRACK_NOW:-2026-11-23T12:00:00}
export EHTRACK_DB=$OUT/ehtrack.db
LANG_OPT=${DEMO_LANG:-nl}

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
# Exit status 1 means rows were rejected or input was invalid: the demo
# shows that on purpose. Anything else stops it.
allow_rejects() { local rc=0; "$@" || rc=$?; [ "$rc" -le 1 ] || exit "$rc"; }

rm -rf "$OUT"
mkdir -p "$OUT"

step "1. Database and pseudonymisation key"
"$E" init

step "2. Check and record the register and the plans (plans/)"
"$E" plan check plans/
"$E" plan sync plans/

step "3. Generate logs for the region (Sept 2025 to yesterday, a few broken rows on purpose)"
"$E" generate plans/ --out "$OUT/logs" --from 2025-09-01 --errors 3 --seed 2026

step "4. Import them: pseudonymised, deduplicated, broken rows kept as rejects"
for kind in consults messages calls survey registrations; do
    allow_rejects "$E" import "$kind" "$OUT/logs/$kind.csv"
done
echo
"$E" rejects | head -8
echo "(importing the same files again inserts nothing twice:)"
allow_rejects "$E" import consults "$OUT/logs/consults.csv"

step "5. Six-step status of every plan"
"$E" status

step "6. SMART goals, as of the day after the last record (at most today)"
"$E" goals

step "7. E-consult share per quarter, per care group"
"$E" metrics --metric econsult_share --by care_group --period quarter --from 2025-10-01 --to 2026-09-30

step "8. One practice against the other practices: quartiles, rank and funnel limits"
"$E" compare --practice 01053147 --metric econsult_share,video_share,calls_per_day,abandoned_rate,response_in_term,unsafe_share

step "9. Workbooks (the practice's with a sheet Comparison, the region's and insurer's with a sheet Spread)"
"$E" report region Twente -o "$OUT/regio-twente.xlsx" --lang "$LANG_OPT"
"$E" report insurer Menzis -o "$OUT/menzis.xlsx" --lang "$LANG_OPT"
"$E" report practice 01053021 -o "$OUT/praktijk-01053021.xlsx" --lang "$LANG_OPT"

step "10. Texts for patients, filled from a plan: the website text and the waiting-room poster"
"$E" comms econsult-ootmarsum --channel website --lang "$LANG_OPT" -o "$OUT/website-econsult-ootmarsum.md"
"$E" comms econsult-ootmarsum --channel waiting-room --format html --lang "$LANG_OPT" -o "$OUT/poster-econsult-ootmarsum.html"
awk '/^# /{n++} n < 2' "$OUT/website-econsult-ootmarsum.md"
echo
echo "Written:"
for f in "$OUT"/*.xlsx "$OUT"/*.md "$OUT"/*.html; do echo "  $PWD/$f"; done
echo "Database: $PWD/$EHTRACK_DB (try: EHTRACK_DB=$EHTRACK_DB ./ehtrack status --care-group 'Zorggroep Achterhoek Oost')"
