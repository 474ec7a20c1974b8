#!/usr/bin/env bash
# Installs the system packages Folio needs when they are missing (Debian/Ubuntu, as root or with sudo):
# Chromium for the PDF, EPUBCheck and Java for EPUB validation, poppler-utils and qpdf to inspect and
# merge PDFs, Ghostscript (with its CMYK profile default_cmyk.icc) for the PDF/X print file, the CSL
# styles and locales for the bibliography, and Pandoc (the tests make Word files with it). Safe to run again.
# `--bench` also installs WeasyPrint, the PDF peer `npm run bench` measures Folio against (not needed to
# build or test, so CI does without it).
set -euo pipefail

bench=0
[ "${1:-}" = "--bench" ] && bench=1

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v gs >/dev/null 2>&1 || need+=(ghostscript)
[ -d /usr/share/citation-style-language/styles ] || need+=(citation-style-language-styles)
[ -d /usr/share/citation-style-language/locales ] || need+=(citation-style-language-locales)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
[ "$bench" -eq 0 ] || command -v weasyprint >/dev/null 2>&1 || need+=(weasyprint)

if [ ${#need[@]} -eq 0 ]; then
  echo "setup: system packages present"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing ${need[*]}; install them with your system's package manager" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "setup: done"
