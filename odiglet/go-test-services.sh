#!/usr/bin/env bash
# Builds the Go test services (odiglet/src/test/go/goservices, binary gosvc) with every Go toolchain the eBPF
# tests cover, unstripped and stripped (-ldflags "-s -w"), idempotently, into
#   ~/.cache/odigos-go-services/<hash of the sources and versions>/go<version>/{gosvc,gosvc-stripped}
# and, for the gRPC layouts newer than the module's own google.golang.org/grpc, with the go.mod of
# modfiles/grpc-<version>/ (go build -modfile) into go<version>-grpc-<grpc version>/. Every other modfiles/grpc-*
# (one per gRPC minor the offset table covers) is built once, unstripped, with the newest toolchain into
# table/grpc-<version>/gosvc: only its DWARF is read (GoOffsetTableGenerator, GoBinaryAnalysisTest).
# A version directory counts only once its .complete stamp exists. The toolchains come from the Go module proxy
# (GOTOOLCHAIN=go1.X.Y); gcc is needed because the sqlite driver uses cgo. Prints the cache directory last.
#
# Usage: odiglet/go-test-services.sh            Env: GO_SERVICES_CACHE (default ~/.cache/odigos-go-services)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src="$here/src/test/go/goservices"
# one patch version per covered minor; go1.26.8 is the toolchain the build machine has installed
GO_VERSIONS=(go1.21.13 go1.22.12 go1.23.12 go1.24.13 go1.25.14 go1.26.8)
# toolchain:gRPC version. gRPC 1.69-1.76 embed *transport.Stream in ServerStream/ClientStream, 1.77+ embed it by value
GRPC_VARIANTS=(go1.23.12:v1.72.2 go1.26.8:v1.85.0)
CACHE=${GO_SERVICES_CACHE:-$HOME/.cache/odigos-go-services}

log() { printf '[go-test-services %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v go >/dev/null || { log "go is missing: install Go 1.21+ (testbed/install.sh needs it too)"; exit 1; }
# gcc: cgo for the sqlite driver; libcapstone4: the odiglet's Go analysis decodes function bodies with it
need=()
command -v gcc >/dev/null || need+=(gcc libc6-dev)
dpkg-query -W -f='${Status}' libcapstone4 2>/dev/null | grep -q 'install ok installed' || need+=(libcapstone4)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

hash=$( (cd "$src" && cat $(find . -name '*.go' -o -name go.mod -o -name go.sum | LC_ALL=C sort)
  printf '%s\n' "${GO_VERSIONS[@]}" "${GRPC_VARIANTS[@]}" "$(basename "$0")-v2") | sha256sum | cut -c1-12)
out="$CACHE/$hash"
mkdir -p "$out"
exec 9>"$out/.lock"
flock 9

export GOFLAGS=-buildvcs=false CGO_ENABLED=1
# build <toolchain> <directory name> [go build flags...]
build() {
  local v=$1 name=$2
  shift 2
  local d="$out/$name" t
  [[ -f $d/.complete ]] && return 0
  t=$(date +%s)
  log "building gosvc as $name"
  rm -rf "$d" && mkdir -p "$d"
  got=$(cd "$src" && GOTOOLCHAIN=$v go version)
  [[ $got == "go version $v "* ]] || { log "GOTOOLCHAIN=$v gave: $got"; exit 1; }
  (cd "$src" && GOTOOLCHAIN=$v go build -mod=readonly "$@" -o "$d/gosvc" . &&
    GOTOOLCHAIN=$v go build -mod=readonly "$@" -ldflags="-s -w" -o "$d/gosvc-stripped" .) 2>&1 |
    { grep -v '^go: downloading' >&2 || true; }
  [[ -x $d/gosvc && -x $d/gosvc-stripped ]] || { log "build as $name failed"; exit 1; }
  touch "$d/.complete"
  log "$name took $(($(date +%s) - t))s"
}

for v in "${GO_VERSIONS[@]}"; do
  build "$v" "$v"
done
for pair in "${GRPC_VARIANTS[@]}"; do
  v=${pair%%:*} grpc=${pair#*:}
  build "$v" "$v-grpc-$grpc" -modfile="modfiles/grpc-$grpc/go.mod"
done
table_go=${GO_VERSIONS[-1]}
for mf in "$src"/modfiles/grpc-*/go.mod; do
  grpc=$(basename "$(dirname "$mf")")
  grpc=${grpc#grpc-}
  [[ " ${GRPC_VARIANTS[*]} " == *":$grpc "* ]] && continue
  d="$out/table/grpc-$grpc"
  [[ -f $d/.complete ]] && continue
  t=$(date +%s)
  rm -rf "$d" && mkdir -p "$d"
  (cd "$src" && GOTOOLCHAIN=$table_go go build -mod=readonly -modfile="modfiles/grpc-$grpc/go.mod" -o "$d/gosvc" .) 2>&1 |
    { grep -v '^go: downloading' >&2 || true; }
  [[ -x $d/gosvc ]] || { log "table build with gRPC $grpc failed"; exit 1; }
  touch "$d/.complete"
  log "table build with gRPC $grpc took $(($(date +%s) - t))s"
done
echo "$out"
