# A report workbook opens in LibreOffice: converted headless to PDF, every
# sheet's title is in it (tests/report/libreoffice.sh). Skipped, with a note
# on stderr, where LibreOffice is not installed.

$ ehtrack init >/dev/null && ehtrack plan sync fixtures/report/plans >/dev/null && for k in consults messages calls survey registrations; do ehtrack import $k fixtures/report/$k.csv >/dev/null 2>&1; done; ehtrack report insurer Menzis -o menzis.xlsx --lang en --as-of 2026-11-01 --from 2026-06-01 --to 2026-10-31 >/dev/null && echo written
> written

$ sh $ROOT/tests/report/libreoffice.sh menzis.xlsx "E-health rollout – Insurer: Menzis" "Steps – Insurer: Menzis" "Goals – Insurer: Menzis" "Metrics – Insurer: Menzis" "Trends – Insurer: Menzis" "Costs – Insurer: Menzis" "Solution directions – Insurer: Menzis" "Data quality – Insurer: Menzis"
> ok
! ...
