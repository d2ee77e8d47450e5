#!/usr/bin/env bash
# Runs a command (npm run …) with the Node that builds the web app first on PATH.
set -euo pipefail
source "$(dirname "$0")/node-env.sh"
if ! use_recent_node; then
  echo "error: no Node.js $NODE_MINIMUM or later: run scripts/install-node.sh (make setup does)." >&2
  exit 1
fi
exec "$@"
