#!/usr/bin/env bash
# `make package`'s .deb, built by CPack from BUILD_DIR, unpacked into a scratch root: its binary,
# started from another directory, serves the web app and the API; the package carries the
# systemd unit (hardened), its settings as a conffile documenting every variable, and computed
# library dependencies; lintian finds no error.
# Usage: deb_package_serves_from_scratch_root.sh BUILD_DIR WORK_DIR
set -euo pipefail
root_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
work=$(mkdir -p "$2" && cd "$2" && pwd)
rm -rf "$work"/*
fail() {
  echo "FAIL: $1" >&2
  [[ -f $work/server.log ]] && cat "$work/server.log" >&2
  exit 1
}

cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/medimeet_*_amd64.deb)
dpkg-deb -x "$deb" "$work/root"

# What the package holds and needs.
for file in usr/bin/medimeet usr/share/medimeet/web/index.html lib/systemd/system/medimeet.service \
  etc/medimeet/medimeet.env usr/share/doc/medimeet/copyright usr/share/doc/medimeet/changelog.gz; do
  [[ -f $work/root/$file ]] || fail "the package has no $file"
done
dpkg-deb -I "$deb" conffiles | grep -qx /etc/medimeet/medimeet.env || fail "medimeet.env is not a conffile"
depends=$(dpkg-deb -f "$deb" Depends)
for package in libsqlite3-0 libpq5 libsodium23 libboost-json1.81.0 fonts-dejavu-core tzdata adduser; do
  grep -q "\b$package\b" <<<"$depends" || fail "Depends lacks $package: $depends"
done
unit=$work/root/lib/systemd/system/medimeet.service
for setting in User=medimeet StateDirectory=medimeet NoNewPrivileges=yes ProtectSystem=strict PrivateTmp=yes \
  EnvironmentFile=/etc/medimeet/medimeet.env "ExecStart=/usr/bin/medimeet serve"; do
  grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
done
systemd-analyze security --offline=true --threshold=30 "$unit" >"$work/security.log" 2>&1 ||
  { cat "$work/security.log" >&2; fail "systemd-analyze rates the unit's exposure above 3.0"; }
# Every variable `medimeet serve` reads is documented in the settings file.
for variable in $(grep -o 'envname("[A-Z_]*")' "$root_dir/src/app/command_line.cpp" | sed 's/envname("//; s/")//'); do
  grep -q "^#\?$variable=" "$work/root/etc/medimeet/medimeet.env" || fail "medimeet.env does not document $variable"
done
for script in postinst prerm postrm; do
  dpkg-deb --ctrl-tarfile "$deb" | tar -xO "./$script" | sh -n || fail "$script does not parse"
done
lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log" >&2; fail "lintian reports an error"; }

# The unpacked binary, started elsewhere, finds its web app.
source "$(dirname "$0")/serve_from_elsewhere.sh"
serve_from_elsewhere "$work/root/usr/bin/medimeet" "$work"
echo "$(basename "$deb"): unpacked, started from $work/elsewhere, web app and API served; lintian: $(grep -c '^W:' "$work/lintian.log") warnings, no error"
