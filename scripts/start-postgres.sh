#!/usr/bin/env bash
# Start the machine's PostgreSQL cluster for the tests (.ci/postgres-setup). That needs root: as
# another user it goes through sudo only when sudo asks nothing (-n), so it never waits on a
# password prompt nobody can see. Exit 1, saying why, when it cannot.
set -uo pipefail
cd "$(dirname "$0")/.."
if [[ $(id -u) -eq 0 ]]; then
  exec bash .ci/postgres-setup
elif sudo -n true 2>/dev/null; then
  exec sudo -n bash .ci/postgres-setup
fi
echo "PostgreSQL set-up skipped: it needs root and sudo would ask for a password" \
     "(run 'sudo -v' first, or run the tests as root)." >&2
exit 1
