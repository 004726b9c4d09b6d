#!/usr/bin/env bash
# Builds and runs a benchmark; prints each figure and its ratio to the baseline of the run.
# Usage: bench/run.sh [ARGS...]          gateway render (JMH; about 1 minute); ARGS go to JMH
#        bench/run.sh odiglet           the odiglet's RSS at rest against an idle JVM (about 40 s)
#        bench/run.sh instrumentor       Source -> AgentEnabled latency and 1,000-workload
#                                        convergence on a real API server (about 1 minute)
#        bench/run.sh inspect [N] [PROC]  odiglet runtime inspection of every process here, N times
#                                        (default 20), per process and total, vs. a list+comm baseline
#        bench/run.sh console            the console: first frame (with and without its AOT cache,
#                                        which console-app/aot-cache.sh trains if missing), then
#                                        Sources with 10,000 workloads on a real API server in
#                                        headless JavaFX: load, filter latency, RSS (about 4 minutes:
#                                        most of it is seeding); each first-frame figure is
#                                        the median of 5 starts (-Dbench.console.starts) with
#                                        min, max, CPU time and the load average it ran under
#        bench/run.sh console --first-frame   the first-frame figures only (about 1 minute)
#        bench/run.sh ebpf [OPTIONS]      eBPF Go instrumentation cost: a Go HTTP server uninstrumented vs
#                                        our probes vs empty probes at the same sites (throughput, CPU per
#                                        request), the consumer's CPU per event and RSS (about 2.5 minutes;
#                                        root; --help for the options)
# JDK 25 from ODIGOS_JAVA_HOME or JAVA_HOME.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${ODIGOS_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}
mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am package -DskipTests -Dspotless.check.skip=true
if [[ "${1:-}" == "instrumentor" ]]; then
  shift
  cd "$root" # the testbed finds its binaries from the repository root
  exec "$JAVA_HOME/bin/java" -cp "$root/bench/target/benchmarks.jar" \
    io.odigos.bench.instrumentor.InstrumentorBench "$@"
fi
if [[ "${1:-}" == "odiglet" ]]; then
  shift
  cd "$root"
  exec "$JAVA_HOME/bin/java" -cp "$root/bench/target/benchmarks.jar" \
    io.odigos.bench.odiglet.OdigletRssBench "$@"
fi
if [[ "${1:-}" == "inspect" ]]; then
  shift
  exec "$JAVA_HOME/bin/java" -cp "$root/bench/target/benchmarks.jar" \
    io.odigos.bench.odiglet.InspectionBench "$@"
fi
if [[ "${1:-}" == "console" ]]; then
  shift
  cd "$root"
  # the console's own class path (its jar: an AOT cache takes jars only) and its AOT cache, trained if missing
  # shellcheck source=../console-app/console-env.sh
  source "$root/console-app/console-env.sh"
  if dir=$("$root/console-app/aot-cache.sh"); then
    cp=$(cat "$dir/classpath.txt") aot="$dir/console.aot"
  else
    echo "no AOT cache: measuring without it only" >&2
    cp=$(console_classpath) aot=""
  fi
  exec "$JAVA_HOME/bin/java" -Dconsole.classpath="$cp" -Dconsole.aot="$aot" \
    -cp "$root/bench/target/benchmarks.jar" io.odigos.bench.console.SourcesViewBench "$@"
fi
if [[ "${1:-}" == "ebpf" ]]; then
  shift
  [[ $(id -u) == 0 ]] || { echo "bench/run.sh ebpf attaches uprobes: run it as root" >&2; exit 1; }
  # bpftool: the names of the BPF programs whose run times the report shows
  command -v bpftool >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bpftool >/dev/null; }
  # the Go test services (gosvc per Go version), built and cached by the odiglet's script
  gosvc_dir=$("$root/odiglet/go-test-services.sh" | tail -n 1) ||
    { echo "odiglet/go-test-services.sh failed: run it by hand to see why" >&2; exit 1; }
  # the load generator: standard library only, built with the installed Go, cached by source hash
  lg_src="$root/bench/src/main/go/ratedload"
  lg_dir="$HOME/.cache/odigos-bench/ratedload-$(cat "$lg_src/go.mod" "$lg_src/main.go" | sha256sum | cut -c1-12)"
  if [[ ! -x $lg_dir/ratedload ]]; then
    command -v go >/dev/null || { echo "go is missing: install Go 1.21+ (testbed/install.sh needs it too)" >&2; exit 1; }
    mkdir -p "$lg_dir"
    (cd "$lg_src" && GOTOOLCHAIN=local GOFLAGS=-buildvcs=false go build -o "$lg_dir/ratedload.tmp" .)
    mv "$lg_dir/ratedload.tmp" "$lg_dir/ratedload"
  fi
  cd "$root" # odiglet/jvm.options
  exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$root/bench/target/benchmarks.jar" \
    io.odigos.bench.ebpf.EbpfOverheadBench --go-services "$gosvc_dir" --loadgen "$lg_dir/ratedload" "$@"
fi
exec "$JAVA_HOME/bin/java" -jar "$root/bench/target/benchmarks.jar" "$@"
