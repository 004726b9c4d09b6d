#!/usr/bin/env bash
# Packages the JavaFX console for Linux with jpackage and checks that what it produced starts:
#   installers/target/odigos-console/            the app image (a jlinked runtime, the jars, bin/odigos-console)
#   installers/target/odigos-console/lib/app/console.aot   a JDK 25 AOT cache trained against the image itself
#   installers/target/odigos-console_<version>_amd64.deb   with --deb (needs fakeroot and dpkg-deb; installed if missing);
#                                                          its payload is unpacked aside and started the same way
# Then runs the image's own launcher headless until the console's first frame (-Dconsole.exitAfterFirstFrame) with
# -XX:AOTMode=on, so an image whose cache does not load fails here instead of starting slowly for users.
#
# Usage: installers/linux-app-image.sh [--deb]      Env: ODIGOS_JAVA_HOME (default: the Temurin 25 JDK)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${ODIGOS_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
make_deb=false
[[ ${1:-} == --deb ]] && make_deb=true

log() { printf '[installers %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

[[ -x $JAVA_HOME/bin/jpackage ]] || { log "no jpackage in $JAVA_HOME: install a JDK 25 (see README)"; exit 1; }
if $make_deb && ! { command -v fakeroot && command -v dpkg-deb; } >/dev/null; then
  log "installing fakeroot (jpackage --type deb needs it)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fakeroot dpkg >/dev/null
fi

mvn -B -q -ntp ${MVN_ARGS:-} -f "$root/pom.xml" -pl console-app -am package -DskipTests -Dspotless.check.skip=true
source "$root/console-app/console-env.sh"
console_options
version=$(sed -n 's|.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\?</version>.*|\1|p' "$root/pom.xml" | head -1)

out="$root/installers/target"
stage="$out/input"
image="$out/odigos-console"
rm -rf "$stage" "$image" "$out"/*.deb
mkdir -p "$stage"
# the console's jar and its runtime dependencies, side by side (jpackage's --input)
tr ':' '\n' <<<"$(console_classpath)" | while read -r jar; do cp "$jar" "$stage/"; done
main_jar=$(basename "$(console_jar)")

java_options=()
for o in "${CONSOLE_OPTIONS[@]}"; do java_options+=(--java-options "$o"); done
# $APPDIR is expanded by the launcher: the cache trained below, next to the jars it was trained with
java_options+=(--java-options '-XX:AOTCache=$APPDIR/console.aot')

log "jpackage app-image $version"
"$JAVA_HOME/bin/jpackage" --type app-image --name odigos-console --app-version "$version" \
  --vendor "Odigos in Java" --description "Odigos desktop console" \
  --input "$stage" --main-jar "$main_jar" --main-class io.odigos.console.ConsoleApp \
  "${java_options[@]}" --dest "$out" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files"

# Train the AOT cache with the image's own runtime (its bin/java is kept for this: jlink options above) and the class path its launcher uses, in its order.
app="$image/lib/app"
cfg="$app/odigos-console.cfg"
cp=$(sed -n 's|^app.classpath=\$APPDIR/|'"$app"'/|p' "$cfg" | paste -sd:)
[[ -n $cp ]] || { log "no app.classpath in $cfg"; exit 1; }
log "training the AOT cache"
train=$(mktemp -d)
if ! "$image/lib/runtime/bin/java" "${CONSOLE_OPTIONS[@]}" "-XX:AOTCacheOutput=$app/console.aot" \
  -Dglass.platform=Headless -Dprism.order=sw -Dconsole.training=true -Djava.util.prefs.userRoot="$train/prefs" \
  -cp "$cp" io.odigos.console.ConsoleApp >"$out/aot-training.log" 2>&1 || [[ ! -s $app/console.aot ]]; then
  log "AOT training failed, see $out/aot-training.log"
  exit 1
fi
rm -rf "$train"

# Smoke test: the launcher users run, on a virtual X server, to the first frame, refusing to start without its
# cache. The launcher takes JVM options only from its .cfg: the test's three are added there for the run.
command -v xvfb-run >/dev/null || "$root/console-app/install-deps.sh" screenshots
smoke() {
  local image=$1 home cfg
  home=$(mktemp -d)
  cfg="$image/lib/app/odigos-console.cfg"
  cp "$cfg" "$home/cfg.orig"
  printf '%s\n' "java-options=-XX:AOTMode=on" "java-options=-Dconsole.exitAfterFirstFrame=true" \
    "java-options=-Djava.util.prefs.userRoot=$home/prefs" >>"$cfg"
  local rc=0
  HOME=$home timeout 120 xvfb-run -a "$image/bin/odigos-console" >"$out/smoke.log" 2>&1 || rc=$?
  cp "$home/cfg.orig" "$cfg"
  rm -rf "$home"
  if ((rc != 0)) || ! grep -q "First frame" "$out/smoke.log"; then
    log "$image/bin/odigos-console did not reach its first frame (exit $rc); its output:"
    cat "$out/smoke.log" >&2
    exit 1
  fi
  log "$image/bin/odigos-console: $(grep -o 'First frame.*' "$out/smoke.log" | head -1)"
}
smoke "$image"
log "app image: $image ($(du -sh "$image" | cut -f1))"

if $make_deb; then
  log "jpackage deb"
  "$JAVA_HOME/bin/jpackage" --type deb --app-image "$image" --name odigos-console --app-version "$version" \
    --vendor "Odigos in Java" --description "Odigos desktop console" --linux-package-name odigos-console \
    --linux-app-category devel --dest "$out"
  deb=$(ls "$out"/odigos-console_*.deb)
  contents=$(dpkg-deb --contents "$deb")
  grep -q 'bin/odigos-console$' <<<"$contents" || { log "$deb lacks bin/odigos-console"; exit 1; }
  grep -q 'lib/app/console.aot$' <<<"$contents" || { log "$deb lacks the AOT cache"; exit 1; }
  # what dpkg would install, unpacked aside: it must start as well (the AOT cache survives the packaging)
  rm -rf "$out/deb-root" && dpkg-deb -x "$deb" "$out/deb-root"
  smoke "$(dirname "$(dirname "$(find "$out/deb-root" -path '*/bin/odigos-console' | head -1)")")"
  log "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
echo "$image"
