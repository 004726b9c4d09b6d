#!/usr/bin/env bash
# Installs everything the testbed needs, idempotently:
#   - Debian packages the project uses (only the missing ones);
#   - Go-built tools, from the Go module proxy, into a versioned cache outside the repository:
#       k8s-<v>/bin      kube-apiserver kubectl kube-controller-manager kube-scheduler (version ldflags set)
#       etcd-<v>/bin     etcd etcdctl
#       kwok-<v>/bin     kwok kwokctl, plus kwok-<v>/stages.yaml (default node/pod stages, from the module cache)
#       otelcol-<v>-<h>/ otelcol-testbed (collector builder distribution; <h> = hash of the component list)
#       kubeapitest/     the layout fabric8 kube-api-test expects, as symlinks into the above
# Only what is missing is built; each step prints how long it took.
#
# Usage: testbed/install.sh [apt|runtimes|console|bpf|vm|k8s|etcd|kwok|otelcol|agents|goservices ...]   (no argument: all of them)
# Env:   TESTBED_CACHE (default ~/.cache/testbed)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=versions.env
source "$here/versions.env"
CACHE=${TESTBED_CACHE:-$HOME/.cache/testbed}
mkdir -p "$CACHE"
export CGO_ENABLED=0 GOFLAGS=-buildvcs=false GOTOOLCHAIN=local

APT_PACKAGES=(ca-certificates git)

log() { printf '[testbed %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
took() { local start=$1 what=$2; local d=$(($(date +%s) - start)); log "$what took $((d / 60))m$((d % 60))s"; }
# go prints a line per module it downloads: hundreds of them on a cold cache. Keep everything else.
quiet_go() { "$@" 2>&1 | { grep -v '^go: downloading' || true; }; return "${PIPESTATUS[0]}"; }

# A tool directory counts as installed only once its .complete stamp exists: a build cut off halfway is redone.
installed() { [[ -f "$1/.complete" ]]; }

install_apt() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then log "apt: all ${#APT_PACKAGES[@]} packages present"; return; fi
  local t=$(date +%s)
  log "apt: installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  took "$t" "apt install"
}

k8s_dir() { echo "$CACHE/k8s-$K8S_VERSION"; }

k8s_wrapper_module() {
  local w=$1 minor=${K8S_VERSION#1.}
  local staging="api apiextensions-apiserver apimachinery apiserver cli-runtime client-go cloud-provider
    cluster-bootstrap code-generator component-base component-helpers controller-manager cri-api cri-client
    csi-translation-lib dynamic-resource-allocation endpointslice externaljwt kms kube-aggregator
    kube-controller-manager kube-proxy kube-scheduler kubectl kubelet metrics mount-utils
    pod-security-admission"
  {
    printf 'module local/testbed/k8sbins\n\ngo 1.24.0\n\ngodebug default=go1.24\n\n'
    printf 'require k8s.io/kubernetes v%s\n\ntool (\n' "$K8S_VERSION"
    for c in kube-apiserver kube-controller-manager kube-scheduler kubectl; do printf '\tk8s.io/kubernetes/cmd/%s\n' "$c"; done
    printf ')\n\nreplace (\n'
    for m in $staging; do printf '\tk8s.io/%s => k8s.io/%s v0.%s\n' "$m" "$m" "$minor"; done
    printf ')\n'
  } >"$w/go.mod"
}

# kube-apiserver and kubectl first (all that kube-api-test needs), then the controller-manager and scheduler (kwok).
install_k8s() {
  local w; w=$(k8s_dir)
  if installed "$w"; then log "k8s $K8S_VERSION: cached in $w"; return; fi
  mkdir -p "$w/bin" "$w/src"
  local t=$(date +%s)
  log "k8s $K8S_VERSION: resolving modules"
  k8s_wrapper_module "$w/src"
  (cd "$w/src" && quiet_go go mod tidy) || { log "k8s: go mod tidy failed"; exit 1; }
  took "$t" "k8s module download"
  local minor=${K8S_VERSION#1.}; minor=${minor%%.*}
  local bd; bd=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  local ldf="-s -w"
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldf+=" -X $p.gitVersion=v$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean -X $p.buildDate=$bd"
  done
  for group in "kube-apiserver kubectl" "kube-controller-manager kube-scheduler"; do
    local s=$(date +%s) pkgs=()
    for c in $group; do
      if [[ -x "$w/bin/$c" ]]; then continue; fi
      pkgs+=("k8s.io/kubernetes/cmd/$c")
    done
    if ((${#pkgs[@]} > 0)); then
      log "k8s $K8S_VERSION: building $group"
      (cd "$w/src" && go build -trimpath -ldflags "$ldf" -o "$w/bin.tmp/" "${pkgs[@]}")
      for c in $group; do [[ -x "$w/bin.tmp/$c" ]] && mv "$w/bin.tmp/$c" "$w/bin/$c"; done
      took "$s" "k8s build of $group"
    fi
  done
  rmdir "$w/bin.tmp" 2>/dev/null || true
  "$w/bin/kube-apiserver" --version | grep -q "v$K8S_VERSION" || { log "kube-apiserver reports the wrong version"; exit 1; }
  touch "$w/.complete"
  took "$t" "k8s $K8S_VERSION in total"
}

etcd_dir() { echo "$CACHE/etcd-$ETCD_VERSION"; }

install_etcd() {
  local w; w=$(etcd_dir)
  if installed "$w"; then log "etcd $ETCD_VERSION: cached in $w"; return; fi
  mkdir -p "$w/bin" "$w/src"
  local t=$(date +%s)
  log "etcd $ETCD_VERSION: building"
  # etcd's server module has directory replaces, so go install @version fails: use a wrapper module of its own.
  printf 'module local/testbed/etcdbins\n\ngo 1.25.0\n\nrequire (\n\tgo.etcd.io/etcd/server/v3 v%s\n\tgo.etcd.io/etcd/etcdctl/v3 v%s\n)\n\ntool (\n\tgo.etcd.io/etcd/server/v3\n\tgo.etcd.io/etcd/etcdctl/v3\n)\n' \
    "$ETCD_VERSION" "$ETCD_VERSION" >"$w/src/go.mod"
  (cd "$w/src" && quiet_go go mod tidy &&
    go build -trimpath -ldflags "-s -w" -o "$w/bin/etcd" go.etcd.io/etcd/server/v3 &&
    go build -trimpath -ldflags "-s -w" -o "$w/bin/etcdctl" go.etcd.io/etcd/etcdctl/v3)
  "$w/bin/etcd" --version | grep -q "$ETCD_VERSION"
  touch "$w/.complete"
  took "$t" "etcd $ETCD_VERSION"
}

install_kwok() {
  local w="$CACHE/kwok-$KWOK_VERSION"
  if installed "$w"; then log "kwok $KWOK_VERSION: cached in $w"; return; fi
  mkdir -p "$w/bin"
  local t=$(date +%s)
  log "kwok $KWOK_VERSION: building"
  GOBIN="$w/bin" quiet_go go install -trimpath -ldflags "-s -w" \
    "sigs.k8s.io/kwok/cmd/kwok@v$KWOK_VERSION" "sigs.k8s.io/kwok/cmd/kwokctl@v$KWOK_VERSION"
  # Standalone kwok has no built-in stages: assemble the default ones from the module cache (not committed).
  local s; s=$(go env GOMODCACHE)/sigs.k8s.io/kwok@v$KWOK_VERSION/kustomize/stage
  for f in node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
    pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
    cat "$s/$f"
    echo '---'
  done >"$w/stages.yaml"
  touch "$w/.complete"
  took "$t" "kwok $KWOK_VERSION"
}

otelcol_dir() {
  local h; h=$(sed -e "s/@V@/$OTELCOL_VERSION/g" -e "s/@P@/$OTELCOL_PROVIDERS_VERSION/g" \
    "$here/otelcol/builder-config.yaml.tmpl" | sha256sum | cut -c1-10)
  echo "$CACHE/otelcol-$OTELCOL_VERSION-$h"
}

install_otelcol() {
  local w; w=$(otelcol_dir)
  if installed "$w"; then log "otelcol $OTELCOL_VERSION: cached in $w"; return; fi
  mkdir -p "$w"
  local t=$(date +%s)
  local builder="$CACHE/ocb-$OTELCOL_VERSION/builder"
  if [[ ! -x $builder ]]; then
    log "otelcol: installing the collector builder $OTELCOL_VERSION"
    GOBIN="$CACHE/ocb-$OTELCOL_VERSION" quiet_go go install -trimpath -ldflags "-s -w" \
      "go.opentelemetry.io/collector/cmd/builder@v$OTELCOL_VERSION"
  fi
  sed -e "s/@V@/$OTELCOL_VERSION/g" -e "s/@P@/$OTELCOL_PROVIDERS_VERSION/g" -e "s#@OUT@#$w/build#g" \
    "$here/otelcol/builder-config.yaml.tmpl" >"$w/builder-config.yaml"
  log "otelcol $OTELCOL_VERSION: building the distribution"
  "$builder" --config "$w/builder-config.yaml" --ldflags "-s -w" >"$w/builder.log" 2>&1 ||
    { tail -40 "$w/builder.log"; exit 1; }
  ln -sfn "$w/build/otelcol-testbed" "$w/otelcol-testbed"
  "$w/otelcol-testbed" --version
  touch "$w/.complete"
  took "$t" "otelcol $OTELCOL_VERSION"
}

# kube-api-test looks for <dir>/k8s/<version>-linux-amd64/{etcd,kube-apiserver,kubectl}.
link_kubeapitest() {
  local d="$CACHE/kubeapitest/k8s/$K8S_VERSION-linux-amd64"
  mkdir -p "$d"
  ln -sfn "$(k8s_dir)/bin/kube-apiserver" "$d/kube-apiserver"
  ln -sfn "$(k8s_dir)/bin/kubectl" "$d/kubectl"
  ln -sfn "$(etcd_dir)/bin/etcd" "$d/etcd"
}

main() {
  local want=("$@")
  ((${#want[@]} > 0)) || want=(apt runtimes console bpf vm k8s etcd kwok otelcol)
  local t=$(date +%s)
  command -v go >/dev/null || { log "Go 1.26+ is required: it builds the testbed tools from the module proxy"; exit 1; }
  # kwok 0.8.0 declares go 1.26.0, and GOTOOLCHAIN=local forbids fetching a newer toolchain behind our back
  local gv; gv=$(go env GOVERSION); gv=${gv#go}
  if [[ $(printf '%s\n' 1.26 "$gv" | sort -V | head -1) != 1.26 ]]; then
    log "Go $gv is too old: the testbed needs Go 1.26 or newer"; exit 1
  fi
  # one install at a time per cache: a test run's up.sh and a user's must not build the same tool twice
  exec 9>"$CACHE/.install.lock"
  flock 9
  has() { [[ " ${want[*]} " == *" $1 "* ]]; }
  if has apt; then install_apt; fi
  # the language runtimes the odiglet's detection tests start (JDK 17, g++, node, python3)
  if has runtimes; then "$here/../odiglet/test-runtimes.sh"; fi
  # fonts and pango for the console's headless JavaFX tests
  if has console; then "$here/../console-app/install-deps.sh" tests; fi
  # clang + libbpf (the bpf module's build, the odiglet's eBPF loader), capstone (Go binary analysis)
  if has bpf; then "$here/../bpf/install-deps.sh"; fi
  # qemu, busybox and a Debian kernel without lockdown: TraceparentWriterVmIT proves the traceparent writer in a VM
  if has vm; then "$here/../bpf/vm/install-vm.sh"; fi
  # Two lanes on two cores: Kubernetes in one, etcd -> kwok -> otelcol in the other. Each lane starts with what
  # kube-api-test needs, so the most valuable binaries are ready first.
  local pids=()
  if has k8s; then install_k8s 2>&1 | sed -u 's/^/[k8s lane] /' & pids+=($!); fi
  (
    if has etcd; then install_etcd; fi
    if has kwok; then install_kwok; fi
    if has otelcol; then install_otelcol; fi
  ) 2>&1 | sed -u 's/^/[tools lane] /' &
  pids+=($!)
  local rc=0
  for p in "${pids[@]}"; do wait "$p" || rc=1; done
  # the pipelines above hide the builders' exit codes from `wait`: check the stamps instead
  for c in k8s etcd kwok otelcol; do
    if has $c; then
      case $c in
        k8s) installed "$(k8s_dir)" || rc=1 ;;
        etcd) installed "$(etcd_dir)" || rc=1 ;;
        kwok) installed "$CACHE/kwok-$KWOK_VERSION" || rc=1 ;;
        otelcol) installed "$(otelcol_dir)" || rc=1 ;;
      esac
    fi
  done
  if installed "$(k8s_dir)" && installed "$(etcd_dir)"; then link_kubeapitest; fi
  if (($# == 0)) || has agents; then "$here/../odiglet/agents/install-agents.sh" || rc=1; fi  # the odiglet's real agents
  # the Go test services of the eBPF tests, built with several Go toolchains (+ gcc, libcapstone4)
  if (($# == 0)) || has goservices; then "$here/../odiglet/go-test-services.sh" >/dev/null || rc=1; fi
  if ((rc != 0)); then log "FAILED: see the output above"; exit 1; fi
  took "$t" "testbed install"
}

main "$@"
