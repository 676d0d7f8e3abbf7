#!/usr/bin/env bash
# Install Courseware Studio into .venv the first time, then open it on the bundled course.
# Later runs only launch (no network, no output of their own); they reinstall when setup.cfg,
# setup.py or pyproject.toml changed. Arguments pass through: bash scripts/app.sh --version
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/.courseware-installed
wanted=$(cat setup.cfg setup.py pyproject.toml | sha256sum | cut -d' ' -f1)
if [[ ! -x .venv/bin/python || ! -f $stamp || "$(cat "$stamp")" != "$wanted" ]]; then
  echo "Installing Courseware Studio into .venv (first run, or its set-up changed) …" >&2
  bash scripts/install-system-packages.sh
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e .
  echo "$wanted" > "$stamp"
fi
exec .venv/bin/python main.py "$@"
