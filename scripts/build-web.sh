#!/usr/bin/env bash
# Builds the web app (web/ → web/dist) that medimeet serves at /. Installs the npm packages with
# `npm ci` only when package-lock.json changed since the last install, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/../web"

# Vite 8 needs Node.js 20.19 or later (Debian 12's own nodejs package is 18: too old).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "error: Node.js 20.19+ and npm are needed to build the web app (web/)." >&2
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "error: Node.js $(node --version) is too old for Vite 8; 20.19 or later is needed." >&2
  exit 1
fi

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.medimeet-lock-sha256
if [[ ! -f $stamp || $(cat "$stamp") != "$lock_hash" ]]; then
  echo "Installing the web app's npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > "$stamp"
fi

npm run --silent build -- --logLevel warn
