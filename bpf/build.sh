#!/usr/bin/env bash
# Compiles every src/main/c/**/*.bpf.c of this module with clang (-target bpf) into
# <out>/io/odigos/bpf/<basename>.bpf.o, where the odiglet loads them from the classpath.
# Called by the Maven build (bpf/pom.xml); runnable by hand: bpf/build.sh [output-dir]
# Needs clang and the libbpf headers: bpf/install-deps.sh installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/target/classes}
src=$here/src/main/c
dest=$out/io/odigos/bpf
CLANG=${CLANG:-clang}

fail() { echo "[bpf] $*" >&2; exit 1; }
command -v "$CLANG" >/dev/null || fail "clang not found: run bpf/install-deps.sh (as root) first"
[[ -f /usr/include/bpf/bpf_helpers.h ]] || fail "libbpf headers (/usr/include/bpf/bpf_helpers.h) not found: run bpf/install-deps.sh (as root) first"
[[ -d /usr/include/x86_64-linux-gnu/asm ]] || fail "kernel UAPI headers (/usr/include/x86_64-linux-gnu/asm) not found: run bpf/install-deps.sh (as root) first"

mkdir -p "$dest"
mapfile -d '' sources < <(find "$src" -name '*.bpf.c' -type f -print0 | sort -z)
((${#sources[@]} > 0)) || fail "no *.bpf.c under $src"

# basenames must be unique: they share one resource directory
dups=$(for s in "${sources[@]}"; do basename "$s"; done | sort | uniq -d)
[[ -z $dups ]] || fail "two programs with the same file name: $dups"

for s in "${sources[@]}"; do
  name=$(basename "$s" .c)
  obj=$dest/$name.o
  # rebuild only when the source or any header is newer than the object
  if [[ -f $obj && $obj -nt $s && $obj -nt "$here/build.sh" ]] &&
    [[ -z $(find "$src" -name '*.h' -newer "$obj" -print -quit) ]]; then
    continue
  fi
  echo "[bpf] $name.c -> $obj"
  "$CLANG" -O2 -g -target bpf -D__TARGET_ARCH_x86 \
    -I "$src/include" -I /usr/include/x86_64-linux-gnu \
    -Wall \
    -c "$s" -o "$obj.tmp"
  mv "$obj.tmp" "$obj"
done
