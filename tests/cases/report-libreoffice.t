# A report workbook opens in LibreOffice: converted headless to PDF, every
# sheet's title is in it (tests/report/libreoffice.sh). Skipped, with a note
# on stderr, where LibreOffice is not installed.

$ ehtrack init >/dev/null && ehtrack plan sync fixtures/report/plans >/dev/null && for k in consults messages calls survey registrations; do ehtrack import $k fixtures/report/$k.csv >/dev/null 2>&1; done; ehtrack report insurer Menzis -o menzis.xlsx --lang en --as-of 2026-11-01 --from 2026-06-01 --to 2026-10-31 >/dev/null && echo written
> written
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now
! ehtrack: note: plan portaal-brink, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01

$ sh $ROOT/tests/report/libreoffice.sh menzis.xlsx "E-health rollout – Insurer: Menzis" "Steps – Insurer: Menzis" "Goals – Insurer: Menzis" "Metrics – Insurer: Menzis" "Spread – Insurer: Menzis" "Trends – Insurer: Menzis" "Costs – Insurer: Menzis" "Solution directions – Insurer: Menzis" "Data quality – Insurer: Menzis"
> ok
! ...

# The charts of the Comparison and Spread sheets (scatter charts: the peers'
# middle half, their median and the practice; the funnel) render: their
# titles and legends are text in the PDF only where LibreOffice drew them.
$ export EHTRACK_DB=c.db; ehtrack init >/dev/null && ehtrack plan sync fixtures/compare/register.yaml >/dev/null && ehtrack import consults fixtures/compare/consults.csv >/dev/null && ehtrack import calls fixtures/compare/calls.csv >/dev/null && ehtrack report practice 90100001 -o anemoon.xlsx --lang en --from 2026-09-01 --to 2026-09-30 >/dev/null && ehtrack report care-group "Zorggroep Zuid" -o zuid.xlsx --lang en --from 2026-09-01 --to 2026-09-30 >/dev/null && echo written
> written
! ehtrack: the data in scope ends on 2026-09-30, 54 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now
! ehtrack: the data in scope ends on 2026-09-30, 54 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now

$ sh $ROOT/tests/report/libreoffice.sh anemoon.xlsx "Comparison – Practice: 90100001 Praktijk Anemoon" "Shares: the practice against all other practices" "Other figures, as a share of the other practices' median" "Middle half of the others (p25-p75)" "This practice"
> ok
! ...

$ sh $ROOT/tests/report/libreoffice.sh zuid.xlsx "Spread – Care group: Zorggroep Zuid" "E-consult share and its funnel limits" "95% limits"
> ok
! ...
