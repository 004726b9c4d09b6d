#!/usr/bin/env bash
# Builds and runs the benchmarks (JMH); prints each figure and its ratio to the baseline of the run.
# Usage: bench/run.sh            (about 1 minute; JDK 25 from ODIGOS_JAVA_HOME or JAVA_HOME)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${ODIGOS_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}
mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am package -DskipTests -Dspotless.check.skip=true
exec "$JAVA_HOME/bin/java" -jar "$root/bench/target/benchmarks.jar" "$@"
