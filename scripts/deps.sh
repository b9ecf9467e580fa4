#!/bin/bash
# Installs the Debian packages listed in scripts/deps.txt that are missing.
# Quiet when nothing is missing; uses sudo when not root.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/deps.txt")
missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Paquets manquants (${missing[*]}) : relancez en root." >&2; exit 1; }
    sudo=sudo
fi
echo "Installation des paquets manquants : ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/pacte-apt.log 2>&1; then
    $sudo apt-get update -q >>/tmp/pacte-apt.log 2>&1
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/pacte-apt.log 2>&1 \
        || { echo "Échec de l'installation, voir /tmp/pacte-apt.log" >&2; exit 1; }
fi
