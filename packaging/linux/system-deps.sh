#!/usr/bin/env bash
# Makes sure the Debian/Ubuntu packages WarrantyDesk needs are present.
#   system-deps.sh run   - Qt's runtime libraries
#   system-deps.sh test  - the above, plus PostgreSQL (the tests start a throwaway server)
# Installs what is missing when run as root or with sudo; otherwise prints the exact command.
set -euo pipefail
what=${1:-run}

pkgs=(python3-venv libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 make)
if [ "$what" = test ]; then
    pkgs+=(postgresql)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}" >&2
    exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    echo "system-deps: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $line -qq
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "system-deps: installing ${missing[*]}"
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive $line -qq
else
    echo "system-deps: these packages are missing; install them with:" >&2
    echo "    sudo apt-get update && sudo $line" >&2
    exit 1
fi
