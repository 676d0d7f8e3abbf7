#!/usr/bin/env bash
# Build the standalone app for people without Python: a one-folder program made by PyInstaller
# (Qt, the fonts and the bundled course inside) in dist/courseware-studio/, and a .deb for
# Debian-based desktops (UOS, Kylin, Debian, Ubuntu) in dist/. Then run its smoke test.
#   bash scripts/build-app.sh            build and smoke-test
#   bash scripts/build-app.sh --no-deb   only the one-folder app
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh

# A venv of its own with a normal (non-editable) install, as users get it.
python3 -m venv .venv-build
.venv-build/bin/python -m pip install -q --upgrade pip
.venv-build/bin/python -m pip install -q . "pyinstaller>=6.10,<7"
rm -rf build/pyinstaller dist/courseware-studio
.venv-build/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller standalone/courseware.spec

if [[ "${1:-}" != "--no-deb" ]]; then
  deb=$(bash standalone/make-deb.sh dist/courseware-studio)
  contents=$(dpkg-deb --contents "$deb")
  for entry in ./usr/bin/courseware ./usr/share/applications/courseware-studio.desktop \
               ./usr/share/icons/hicolor/scalable/apps/courseware-studio.svg \
               ./opt/courseware-studio/courseware \
               ./opt/courseware-studio/_internal/content/bank-service-trust/course.yaml; do
    [[ "$contents" == *" $entry"* ]] || { echo "$deb lacks $entry" >&2; exit 1; }
  done
  echo "built $deb"
fi
bash standalone/smoke-test.sh dist/courseware-studio
