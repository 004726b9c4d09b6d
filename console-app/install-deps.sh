#!/usr/bin/env bash
# Installs, idempotently, the Debian packages the console needs beyond the JDK:
#   tests      libpangoft2-1.0-0 fonts-dejavu-core   (JavaFX's Headless platform renders text with them)
#   screenshots xvfb xauth libgtk-3-0 libxtst6        (a real window under a virtual X server)
# Only missing packages are installed (needs root for apt-get). Usage: console-app/install-deps.sh [tests|screenshots]
set -euo pipefail
case "${1:-all}" in
  tests) packages=(libpangoft2-1.0-0 fonts-dejavu-core) ;;
  screenshots) packages=(xvfb xauth libgtk-3-0 libxtst6 fonts-dejavu-core) ;;
  all) packages=(libpangoft2-1.0-0 fonts-dejavu-core xvfb xauth libgtk-3-0 libxtst6) ;;
  *) echo "usage: $0 [tests|screenshots]" >&2; exit 2 ;;
esac
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then echo "[console deps] all present: ${packages[*]}"; exit 0; fi
echo "[console deps] installing ${missing[*]}"
sudo_cmd=()
[[ $(id -u) == 0 ]] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "[console deps] done"
