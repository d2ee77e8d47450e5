#!/usr/bin/env bash
# Installs what medimeet needs to build, test and benchmark: first a recent enough Node.js for the
# web app (scripts/install-node.sh), then the Debian packages. Idempotent: a machine that already
# has everything skips apt entirely. `install-deps.sh fuzz` also installs clang and libFuzzer for
# `make fuzz`.
set -euo pipefail

bash "$(dirname "$0")/install-node.sh"

packages=(
  build-essential cmake ninja-build pkg-config
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsoci-dev libsqlite3-dev libpq-dev postgresql
  libsodium-dev libssl-dev libcurl4-openssl-dev libmagic-dev libhpdf-dev libqrencode-dev libcrypt-dev
  libhowardhinnant-date-dev libical-dev libicu-dev libspdlog-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3-aiosmtpd python3-yaml python3-bson python3-pymongo wrk nginx curl tzdata
  chromium fonts-liberation fonts-dejavu-core faketime coturn poppler-utils zbar-tools
  dpkg-dev lintian prometheus
)
if [[ ${1:-} == fuzz ]]; then packages+=(clang libclang-rt-14-dev); fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
