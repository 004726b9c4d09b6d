#!/usr/bin/env bash
# Trains the console's JDK 25 AOT cache for the current build (classes loaded and linked, method profiles) under
# ~/.cache/odigos/console-aot/<build hash>/ and prints that directory (console.aot, classpath.txt); run.sh and
# bench/run.sh console use it when present. The training run starts the console on JavaFX's Headless platform with
# no cluster, shows every view once and quits (ConsoleApplication, -Dconsole.training=true). Idempotent: the cache of
# an unchanged build is reused; caches of other builds are removed. See console-env.sh for why the jars are copied.
# Usage: console-app/aot-cache.sh [--build]   (--build: mvn package console-app first; MVN_ARGS=-o for offline)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${ODIGOS_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}
# shellcheck source=console-env.sh
source "$root/console-app/console-env.sh"
if [[ "${1:-}" == "--build" ]]; then
  # shellcheck disable=SC2086
  mvn -B -q -ntp ${MVN_ARGS:-} -f "$root/pom.xml" -pl console-app -am package -DskipTests -Dspotless.check.skip=true
fi
if [[ ! -f "$root/console-app/target/runtime-classpath.txt" ]]; then
  echo "console-app is not built: run console-app/aot-cache.sh --build" >&2
  exit 1
fi
dir=$(console_aot_dir)
if [[ -s "$dir/console.aot" && -s "$dir/classpath.txt" ]]; then
  echo "$dir"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir/lib"
cp=()
while read -r jar; do
  if [[ "$jar" == "$root"/* ]]; then
    cp "$jar" "$dir/lib/"
    cp+=("$dir/lib/$(basename "$jar")")
  else
    cp+=("$jar")
  fi
done < <(tr ':' '\n' <<<"$(console_classpath)")
(IFS=:; echo "${cp[*]}") >"$dir/classpath.txt"
console_options
# JDK 25: one run records and, when it exits, writes the cache (-XX:AOTCacheOutput)
if ! "$JAVA_HOME/bin/java" "${CONSOLE_OPTIONS[@]}" "-XX:AOTCacheOutput=$dir/console.aot" \
  -Dglass.platform=Headless -Dprism.order=sw -Dconsole.training=true \
  -Djava.util.prefs.userRoot="$dir/prefs" \
  -cp "$(cat "$dir/classpath.txt")" io.odigos.console.ConsoleApp >"$dir/training.log" 2>&1 \
  || [[ ! -s "$dir/console.aot" ]]; then
  echo "AOT training failed, see $dir/training.log" >&2
  rm -f "$dir/console.aot"
  exit 1
fi
# keep only this build's cache
find "$(cache_root)" -mindepth 1 -maxdepth 1 ! -name "$(basename "$dir")" -exec rm -rf {} +
echo "$dir"
