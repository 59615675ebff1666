#!/usr/bin/env bash
# Installs the Debian packages the build (and, with --test, the tests) need, only those that are
# missing, so a second `make book` installs nothing. chromium prints the PDF from the web
# edition (driven by Playwright; no TeX) and runs the browser tests. poppler-utils lets the tests
# read the PDF and render pages to PNG; they also open the blank template in a real spreadsheet
# program (LibreOffice Calc).
set -euo pipefail

packages=(chromium fonts-dejavu-core)
if [ "${1:-}" = "--test" ]; then
  # nodejs/npm install axe-core from the npm registry for the browser tests.
  # NodeSource's nodejs package brings its own npm and conflicts with Debian's, so npm only
  # when the command is missing.
  packages+=(poppler-utils libreoffice-calc nodejs)
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
