#!/bin/sh
# Prints a page of 'ehtrack comms --format html' to PDF in headless
# Chromium, as a practice prints it, and checks that it comes out on the
# number of A4 pages expected and that every text given is in the PDF
# (pdftotext; line ends read as spaces). Prints "ok". Skipped, with a line
# on stderr, where Chromium or poppler-utils (pdfinfo, pdftotext) is not
# installed.
# usage: print.sh FILE.html PAGES TEXT...
set -eu
file=$1
pages=$2
shift 2
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ] || ! command -v pdftotext > /dev/null || ! command -v pdfinfo > /dev/null; then
    echo "skipped: Chromium or poppler-utils is not installed (apt-get install chromium poppler-utils)" >&2
    echo ok
    exit 0
fi
base=$(basename "$file" .html)
# A new, empty profile: the test must not touch the user's, nor wait for it;
# nothing is fetched from the network.
profile=$(mktemp -d "$PWD/chromium-profile.XXXXXX")
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$PWD/$base.pdf" \
    "file://$(cd "$(dirname "$file")" && pwd)/$(basename "$file")" > "$base.log" 2>&1 \
    || { cat "$base.log" >&2; exit 1; }
rm -rf "$profile"
[ -s "$base.pdf" ] || { echo "no PDF written" >&2; cat "$base.log" >&2; exit 1; }
size=$(pdfinfo "$base.pdf" | sed -n 's/^Page size: *//p')
case $size in *"(A4)"*) ;; *) echo "pages are not A4: $size" >&2; exit 1 ;; esac
got=$(pdfinfo "$base.pdf" | sed -n 's/^Pages: *//p')
[ "$got" = "$pages" ] || { echo "$got pages, expected $pages" >&2; exit 1; }
pdftotext "$base.pdf" - | tr '\n' ' ' | tr -s ' ' > "$base.txt"
for text in "$@"; do
    grep -qF -- "$text" "$base.txt" || { echo "'$text' is not in the PDF" >&2; exit 1; }
done
echo ok
