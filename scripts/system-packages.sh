#!/usr/bin/env bash
# Installs the Debian packages the build (and, with --test, the tests) need, only those that are
# missing, so a second `make book` installs nothing. XeLaTeX makes the PDF offline (Jupyter Book
# 2's PDF templates would be downloaded); fonts-freefont-otf gives the FreeSerif font the LaTeX
# class asks for; poppler-utils lets the tests read the PDF (pdftotext, pdffonts, pdfimages) and
# render pages to PNG. The tests also open the blank template in a real spreadsheet program
# (LibreOffice Calc) and the site in a real browser (chromium).
set -euo pipefail

packages=(texlive-xetex texlive-lang-european texlive-fonts-recommended latexmk
          fonts-freefont-otf xindy poppler-utils)
if [ "${1:-}" = "--test" ]; then
  # chromium (and a screen font for it): the browser tests drive it with Playwright, whose own
  # browser download cannot work offline. nodejs/npm install axe-core from the npm registry.
  # NodeSource's nodejs package brings its own npm and conflicts with Debian's, so npm only
  # when the command is missing.
  packages+=(libreoffice-calc chromium fonts-dejavu-core nodejs)
  command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installerer systempakker: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
