#!/usr/bin/env bash
# Install Courseware Studio with its test tools into .venv and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh --with-postgres

bash scripts/start-postgres.sh \
  || echo "PostgreSQL could not be started: its tests will say so and skip" >&2
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# independent oracle for GIFT exports (tests/exporters/banks_interop); kept out of git
npm install --silent --no-audit --no-fund --prefix .npm-oracles gift-pegjs@1.0.2 \
  || echo "gift-pegjs could not be installed: the GIFT oracle test will say so and skip"
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [[ $status -eq 5 ]]; then
  echo "pytest collected no tests: that is a failure" >&2
  exit 1
fi
exit $status
