#!/usr/bin/env bash
# Installs, idempotently, what bpf/vm/run-in-vm.sh needs to boot a small KVM guest whose kernel does not lock down
# (so bpf_probe_write_user is allowed, unlike on a host booted with lockdown=integrity):
#   qemu-system-x86    the VM (KVM accelerated), with its firmware
#   busybox-static     the guest's init (a tiny initramfs built by run-in-vm.sh)
#   cpio, xz-utils     to pack that initramfs (and unpack compressed kernel modules)
#   a Debian kernel (linux-image-<ver>-amd64, the one linux-image-amd64 points at): fetched with `apt-get download`
#     and unpacked into ~/.cache/odigos-vm/kernel-<ver>/ (never installed on the host: /boot and the bootloader stay
#     untouched). Debian kernels have BTF and enforce lockdown only under Secure Boot, which a plain qemu boot does
#     not have. Not the -cloud flavour: it lacks 9p, through which the guest sees the host's filesystem.
# Usage: bpf/vm/install-vm.sh   (as root)      Env: ODIGOS_VM_CACHE (default ~/.cache/odigos-vm)
set -euo pipefail
CACHE=${ODIGOS_VM_CACHE:-$HOME/.cache/odigos-vm}
KERNEL_META=linux-image-amd64
PACKAGES=(qemu-system-x86 busybox-static cpio xz-utils)
log() { printf '[vm deps] %s\n' "$*"; }

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
apt_updated=0
if ((${#missing[@]} > 0)); then
  if ((EUID != 0)); then log "missing ${missing[*]}: run $0 as root" >&2; exit 1; fi
  log "installing ${missing[*]}"
  apt-get update -qq; apt_updated=1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$CACHE"
if ! compgen -G "$CACHE/kernel-*/.complete" >/dev/null; then
  # the meta package depends on exactly one versioned image package: that is the one to unpack
  image=$(apt-cache depends "$KERNEL_META" 2>/dev/null | awk '/Depends: linux-image-/ {print $2; exit}')
  if [[ -z "$image" && $apt_updated == 0 ]]; then
    apt-get update -qq; apt_updated=1
    image=$(apt-cache depends "$KERNEL_META" 2>/dev/null | awk '/Depends: linux-image-/ {print $2; exit}')
  fi
  [[ -n "$image" ]] || { log "apt knows no $KERNEL_META: check the Debian sources (apt-get update)" >&2; exit 1; }
  ver=${image#linux-image-}
  dir="$CACHE/kernel-$ver"
  log "fetching $image into $dir"
  rm -rf "$dir" "$CACHE/download"; mkdir -p "$dir" "$CACHE/download"
  chmod 0777 "$CACHE/download" # apt-get download fetches as the _apt user
  (cd "$CACHE/download" && apt-get download -qq "$image" 2>&1 | { grep -v "unsandboxed as root" || true; })
  dpkg-deb -x "$CACHE"/download/"$image"_*.deb "$dir/root"
  rm -rf "$CACHE/download"
  [[ -f "$dir/root/boot/vmlinuz-$ver" ]] || { log "no vmlinuz-$ver in $image" >&2; exit 1; }
  echo "$ver" >"$dir/.complete"
fi
log "ready: qemu $(qemu-system-x86_64 --version | head -1 | awk '{print $4}'), kernel $(cat "$CACHE"/kernel-*/.complete | head -1)"
