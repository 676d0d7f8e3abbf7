#!/usr/bin/env bash
# Debian packages the app and its tests need: Qt's runtime libraries, Xvfb, poppler (PDF checks)
# and PostgreSQL (classroom database tests). Safe to run again; skips what is installed.
set -euo pipefail

PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0
  xvfb poppler-utils
  fonts-hanazono  # TrueType fallback for rare characters outside the BMP (e.g. 𠮷)
)
# For the tests only (--with-postgres, as scripts/test.sh asks), installed without recommends:
# LibreOffice headless turns Word files into PDF as an independent check (53 packages, about
# 220 MB, under 30 s to install). The app itself does not need it. GNU gettext's msgfmt checks
# the .po message catalogues.
LEAN_PACKAGES=()
if [[ "${1:-}" == "--with-postgres" ]]; then
  LEAN_PACKAGES+=(libreoffice-writer gettext)
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then PACKAGES+=(postgresql); fi
fi

not_installed() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || echo "$package"
  done
}
mapfile -t missing < <(not_installed "${PACKAGES[@]}")
mapfile -t missing_lean < <(not_installed "${LEAN_PACKAGES[@]}")
if ((${#missing[@]} + ${#missing_lean[@]} == 0)); then
  exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
  # without a terminal sudo could not show its prompt: fail at once instead of waiting
  if [[ ! -t 0 ]]; then SUDO="sudo -n"; fi
fi
echo "Installing Debian packages: ${missing[*]} ${missing_lean[*]}"
$SUDO apt-get update -qq
if ((${#missing[@]})); then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ((${#missing_lean[@]})); then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing_lean[@]}" >/dev/null
fi
