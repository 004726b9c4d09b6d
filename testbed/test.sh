#!/usr/bin/env bash
# Runs every test of the project: unit tests, then the *IT integration tests against the real testbed
# (kube-apiserver + etcd, kwok cluster, OpenTelemetry Collector). Builds whatever testbed binary is missing first.
# Extra arguments go to Maven, e.g. testbed/test.sh -pl shared-model
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
t0=$(date +%s)
"$root/testbed/install.sh"
export JAVA_HOME=${ODIGOS_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x $JAVA_HOME/bin/java ]] || { echo "JDK 25 not found at $JAVA_HOME (set ODIGOS_JAVA_HOME)"; exit 1; }
mvn -B -ntp -f "$root/pom.xml" verify "$@"
# the console as users get it: packaged by jpackage, started through its launcher to the first frame
MVN_ARGS=-o "$root/installers/linux-app-image.sh" >/dev/null
echo "[test] all tests passed in $(($(date +%s) - t0))s"
