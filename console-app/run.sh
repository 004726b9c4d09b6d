#!/usr/bin/env bash
# Builds the console (and the modules it needs) and starts it on this machine's display with the user's kubeconfig
# (KUBECONFIG, else ~/.kube/config). ODIGOS_NAMESPACE picks the Odigos namespace (default odigos-system).
# Usage: console-app/run.sh            (add -o to MVN_ARGS for an offline build: MVN_ARGS=-o console-app/run.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${ODIGOS_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# shellcheck disable=SC2086
mvn -B -q -ntp ${MVN_ARGS:-} -f "$root/pom.xml" -pl console-app -am package -DskipTests -Dspotless.check.skip=true
cp="$root/console-app/target/classes:$(cat "$root/console-app/target/runtime-classpath.txt")"
mapfile -t options < <(grep -v '^\s*#' "$root/console-app/jvm.options" | grep -v '^\s*$')
exec "$JAVA_HOME/bin/java" "${options[@]}" -cp "$cp" io.odigos.console.ConsoleApp "$@"
