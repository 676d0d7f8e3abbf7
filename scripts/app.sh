#!/usr/bin/env bash
# Install Courseware Studio into .venv and open it on the bundled course.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/python main.py "$@"
