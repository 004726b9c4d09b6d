#!/usr/bin/env bash
# Builds the console (and the modules it needs) and starts it on this machine's display with the user's kubeconfig
# (KUBECONFIG, else ~/.kube/config). ODIGOS_NAMESPACE picks the Odigos namespace (default odigos-system).
# When console-app/aot-cache.sh has trained an AOT cache for this build, the JVM starts from it (faster first frame).
# Usage: console-app/run.sh            (add -o to MVN_ARGS for an offline build: MVN_ARGS=-o console-app/run.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${ODIGOS_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# shellcheck disable=SC2086
mvn -B -q -ntp ${MVN_ARGS:-} -f "$root/pom.xml" -pl console-app -am package -DskipTests -Dspotless.check.skip=true
# shellcheck source=console-env.sh
source "$root/console-app/console-env.sh"
console_options
dir=$(console_aot_dir)
if [[ -s "$dir/console.aot" && -s "$dir/classpath.txt" ]]; then
  CONSOLE_OPTIONS+=("-XX:AOTCache=$dir/console.aot")
  cp=$(cat "$dir/classpath.txt")
else
  echo "(no AOT cache for this build: console-app/aot-cache.sh makes the next starts faster)" >&2
  cp=$(console_classpath)
fi
exec "$JAVA_HOME/bin/java" "${CONSOLE_OPTIONS[@]}" -cp "$cp" io.odigos.console.ConsoleApp "$@"
