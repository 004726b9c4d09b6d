#!/usr/bin/env bash
# Assembles the agents directory (what /var/odigos holds on a node) from the package registries, at the versions
# pinned in odiglet/src/main/resources/io/odigos/odiglet/agents/agents-versions.env, idempotently:
#   <cache>/<hash>/agents/java/javaagent.jar                 OpenTelemetry javaagent (through Maven)
#   <cache>/<hash>/agents/nodejs/autoinstrumentation.js      + node_modules/ (npm)
#   <cache>/<hash>/agents/python/                            distro, OTLP exporter, instrumentations (pip --target)
#   <cache>/<hash>/test-apps/python/                         a venv with Flask, for the end-to-end test's Python service
# <hash> = the first 16 hex digits of the versions file's SHA-256 (io.odigos.odiglet.agents.AgentsDirectory
# computes the same). A directory counts only once its .complete stamp exists; it is built beside and renamed into
# place, under a lock, so a run cut off halfway or two runs at once leave nothing half-made.
#
# Usage: odiglet/agents/install-agents.sh [--print-dir]    (--print-dir: print only the agents directory's path)
# Env:   ODIGOS_AGENTS_CACHE (default ~/.cache/odigos-agents), PYTHON (default python3)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
versions="$here/../src/main/resources/io/odigos/odiglet/agents/agents-versions.env"
# shellcheck source=../src/main/resources/io/odigos/odiglet/agents/agents-versions.env
source "$versions"
CACHE=${ODIGOS_AGENTS_CACHE:-$HOME/.cache/odigos-agents}
PYTHON=${PYTHON:-python3}
hash=$(sha256sum "$versions" | cut -c1-16)
target="$CACHE/$hash"
print_dir=false
[[ "${1:-}" == "--print-dir" ]] && print_dir=true

log() { $print_dir || printf '[agents %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
# progress goes to stderr with --print-dir, so that stdout is the path alone
say() { if $print_dir; then printf '[agents %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; else log "$*"; fi; }
need() { command -v "$1" >/dev/null || { echo "install-agents: '$1' is missing; $2" >&2; exit 1; }; }

done_msg() { if $print_dir; then echo "$target/agents"; else log "agents directory: $target/agents"; fi; }

if [[ -f "$target/.complete" ]]; then done_msg; exit 0; fi

need mvn "install Maven (apt-get install maven)"
need npm "install Node.js >= 20.6 with npm"
need node "install Node.js >= 20.6"
need "$PYTHON" "install Python 3 (or set PYTHON)"
need flock "install util-linux"

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9
if [[ -f "$target/.complete" ]]; then done_msg; exit 0; fi   # another run finished it while we waited

start=$(date +%s)
work=$(mktemp -d "$CACHE/.partial-$hash-XXXXXX")
trap 'rm -rf "$work"' EXIT
agents="$work/agents"
mkdir -p "$agents/java" "$agents/nodejs" "$agents/python" "$work/test-apps"
quiet() { local out; out=$(mktemp); if ! "$@" >"$out" 2>&1; then cat "$out" >&2; rm -f "$out"; return 1; fi; rm -f "$out"; }

t=$(date +%s)
say "java: $JAVA_AGENT_GAV"
# outside any project, so that no pom around decides anything
(cd "$work" && quiet mvn -B -ntp org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy \
  -Dartifact="$JAVA_AGENT_GAV" -DoutputDirectory="$agents/java" -Dmdep.stripVersion=true)
mv "$agents/java/opentelemetry-javaagent.jar" "$agents/java/javaagent.jar"
say "java took $(($(date +%s) - t))s"

t=$(date +%s)
say "nodejs: $NODE_PACKAGES"
# shellcheck disable=SC2086 # one word per package
quiet npm install --prefix "$agents/nodejs" --no-audit --no-fund --omit=dev --loglevel=error $NODE_PACKAGES
# NODE_OPTIONS=--require <agents>/nodejs/autoinstrumentation.js is what the webhook sets (DistroVariables)
cat >"$agents/nodejs/autoinstrumentation.js" <<'JS'
// Odigos: loaded by NODE_OPTIONS=--require <agents dir>/nodejs/autoinstrumentation.js, as the webhook sets it.
// Resource detection stays local unless the user chose detectors: the cloud detectors would ask metadata
// services on every process start, and the node collector adds the Kubernetes attributes anyway.
if (!process.env.OTEL_NODE_RESOURCE_DETECTORS) {
  process.env.OTEL_NODE_RESOURCE_DETECTORS = 'env,host,os,process,serviceinstance';
}
require(require.resolve('@opentelemetry/auto-instrumentations-node/register', { paths: [__dirname] }));
JS
say "nodejs took $(($(date +%s) - t))s"

t=$(date +%s)
say "python: $(echo $PYTHON_PACKAGES | wc -w) packages for $("$PYTHON" --version)"
# shellcheck disable=SC2086
quiet "$PYTHON" -m pip install --disable-pip-version-check --no-warn-script-location -q \
  --target "$agents/python" $PYTHON_PACKAGES
[[ -f "$agents/python/opentelemetry/instrumentation/auto_instrumentation/sitecustomize.py" ]] || {
  echo "install-agents: python/opentelemetry/instrumentation/auto_instrumentation/sitecustomize.py is missing" >&2
  exit 1
}
# PYTHONPATH=<agents>/python:<agents>/python/opentelemetry/instrumentation/auto_instrumentation is what the webhook
# sets (DistroVariables): Python imports the first sitecustomize on the path, so this one runs, not the upstream one.
cat >"$agents/python/sitecustomize.py" <<'PY'
"""Odigos: starts the OpenTelemetry Python agent in a process whose PYTHONPATH names the auto_instrumentation folder.

The webhook points OTEL_EXPORTER_OTLP_ENDPOINT at the node collector's OTLP/HTTP port, as for Java and Node.js;
opentelemetry-distro would default the protocol to gRPC, so HTTP is the default here unless the user chose one.
initialize() takes the auto_instrumentation folder off PYTHONPATH while it runs, so a subprocess it starts does not
start the agent again; the check below keeps that guard.
"""
import os

_AUTO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "opentelemetry", "instrumentation", "auto_instrumentation")

if _AUTO in os.environ.get("PYTHONPATH", "").split(os.pathsep):
    if not (os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL") or os.environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")):
        os.environ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf"
    from opentelemetry.instrumentation.auto_instrumentation import initialize

    initialize()
PY
# the test's Python service gets its libraries the way an image does: in its interpreter's site-packages (a venv),
# where the agent finds them at start-up; run it as test-apps/python/bin/python (the venv keeps working once moved)
quiet "$PYTHON" -m venv "$work/test-apps/python"
# shellcheck disable=SC2086
quiet "$work/test-apps/python/bin/python" -m pip install --disable-pip-version-check -q $TEST_PYTHON_PACKAGES
say "python took $(($(date +%s) - t))s"

cp "$versions" "$work/agents-versions.env"
touch "$work/.complete"
rm -rf "$target"
mv "$work" "$target"
trap - EXIT
say "assembled in $(($(date +%s) - start))s"
done_msg
