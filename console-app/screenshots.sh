#!/usr/bin/env bash
# Renders the console's main views against a real, seeded kube-apiserver in a real window under Xvfb and writes
# PNGs into screenshots/ (or the directory given as $1). Installs the X server and GTK first if missing.
# Usage: console-app/screenshots.sh [output-dir]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/screenshots}")
"$root/console-app/install-deps.sh" screenshots
"$root/testbed/install.sh" k8s etcd
export JAVA_HOME=${ODIGOS_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# A real GTK window (no -Dglass.platform=Headless); software rendering, as Xvfb has no GPU.
argline="-Dprism.order=sw -Dtestfx.robot=glass --enable-native-access=ALL-UNNAMED -Dconsole.screenshots=$out"
argline+=" -Djava.util.prefs.userRoot=$root/console-app/target/prefs"
xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
  mvn -B -ntp -o -f "$root/pom.xml" -pl console-app -am verify \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ScreenshotsIT -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true "-Dconsole.test.argLine=$argline"
ls -l "$out"/*.png
