#!/usr/bin/env bash
# Builds a copy of the web app as on a machine whose own Node is missing (Debian 12's is too
# old): the project's Node, put in a tools folder by scripts/install-node.sh, must do it alone.
# Usage: web_build_without_machine_node.sh WORK_DIR (kept between runs, so Node and the npm
# packages are fetched once).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mkdir -p "$1" && cd "$1" && pwd)
export MEDIMEET_TOOLS_DIR=$work/tools

bash "$root/scripts/install-node.sh" --project

# Every command of the machine's PATH but Node's own.
hidden=$work/path-without-node
rm -rf "$hidden"
mkdir -p "$hidden"
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  for command in "$dir"/*; do
    name=$(basename "$command")
    case $name in node | nodejs | npm | npx | corepack) continue ;; esac
    [[ -x $command && ! -e $hidden/$name ]] && ln -s "$command" "$hidden/$name"
  done
done
if PATH=$hidden command -v node >/dev/null; then
  echo "FAIL: node is still on the hidden PATH" >&2
  exit 1
fi

# With nothing on PATH, the installer finds the project's Node and has nothing to do.
if ! output=$(PATH=$hidden bash "$root/scripts/install-node.sh" 2>&1) || [[ -n $output ]]; then
  echo "FAIL: install-node.sh did not settle for the project's Node: $output" >&2
  exit 1
fi

# A copy of web/ without its build; its node_modules stay between runs.
mkdir -p "$work/web"
# A fresh copy of the sources each run (files since moved or deleted would otherwise linger and
# break the build); only the installed packages are kept, for speed.
find "$work/web" -mindepth 1 -maxdepth 1 ! -name node_modules -exec rm -rf {} +
tar -C "$root/web" --exclude=./node_modules --exclude=./dist --exclude=./e2e/screenshots \
  --exclude=./e2e/results -cf - . | tar -C "$work/web" -xf -
PATH=$hidden bash "$root/scripts/build-web.sh" "$work/web" | tee "$work/build.log"

expected="Building the web app with Node v$(source "$root/scripts/node-env.sh" && echo "$NODE_PINNED") ($MEDIMEET_TOOLS_DIR/node/bin/node)"
if ! grep -qF "$expected" "$work/build.log"; then
  echo "FAIL: the build did not say: $expected" >&2
  exit 1
fi
if [[ ! -f $work/web/dist/index.html ]]; then
  echo "FAIL: no web/dist/index.html" >&2
  exit 1
fi
echo "The web app was built with the project's Node alone."
