#!/usr/bin/env bash
# Builds the web app (web/ → web/dist) that medimeet serves at /. Installs the npm packages with
# `npm ci` only when package-lock.json changed since the last install, so a second run is quick.
# Takes another copy of web/ as its argument (the set-up test builds one).
set -euo pipefail
source "$(dirname "$0")/node-env.sh"
cd "${1:-$medimeet_root/web}"

if ! use_recent_node; then
  echo "error: no Node.js $NODE_MINIMUM or later: run scripts/install-node.sh (make setup does)." >&2
  exit 1
fi
echo "Building the web app with Node $(node --version) ($(command -v node))"

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.medimeet-lock-sha256
if [[ ! -f $stamp || $(cat "$stamp") != "$lock_hash" ]]; then
  echo "Installing the web app's npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > "$stamp"
fi

npm run --silent build -- --logLevel warn
