#!/usr/bin/env bash
# Installs, idempotently and only what is missing, what the eBPF part of the project needs on a Debian machine:
#   clang, llvm           compile bpf/src/main/c/**/*.bpf.c (-target bpf)
#   libbpf-dev            the BPF helper headers (build) and libbpf.so.1 (the odiglet loads it through FFM)
#   linux-libc-dev        the kernel UAPI headers (linux/bpf.h, asm/ptrace.h)
#   libcapstone4          the disassembler the Go binary analysis calls through FFM
#   gcc                   the loader's tests compile a tiny C target process at test time
# Usage: bpf/install-deps.sh   (as root)
set -euo pipefail
PACKAGES=(clang llvm libbpf-dev linux-libc-dev libcapstone4 gcc)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "[bpf deps] all ${#PACKAGES[@]} packages present"
  exit 0
fi
if ((EUID != 0)); then
  echo "[bpf deps] missing ${missing[*]}: run this script as root (apt-get install)" >&2
  exit 1
fi
echo "[bpf deps] installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "[bpf deps] done"
