#!/bin/sh
# Converts a report workbook to PDF with LibreOffice (headless), as a reader
# without Excel would open it, and checks that every sheet came through.
# Skipped, with a message on stderr, where LibreOffice is not installed.
# usage: libreoffice.sh FILE.xlsx SHEET-TITLE...
set -eu
file=$1
shift
office=$(command -v libreoffice || command -v soffice || true)
if [ -z "$office" ]; then
    echo "skipped: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)" >&2
    echo ok
    exit 0
fi
out=lo-out
mkdir -p "$out"
# A profile of its own: the test must not touch the user's, nor wait for it.
"$office" -env:UserInstallation="file://$PWD/lo-profile" --headless --convert-to pdf --outdir "$out" "$file" \
    > lo.log 2>&1 || { cat lo.log >&2; exit 1; }
pdf="$out/$(basename "$file" .xlsx).pdf"
[ -s "$pdf" ] || { echo "no PDF written" >&2; cat lo.log >&2; exit 1; }
if command -v pdftotext > /dev/null; then
    pdftotext "$pdf" "$out/text"
    for title in "$@"; do
        grep -q "$title" "$out/text" || { echo "'$title' is not in the PDF" >&2; exit 1; }
    done
fi
echo ok
