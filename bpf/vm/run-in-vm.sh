#!/usr/bin/env bash
# Boots a small KVM guest with the Debian kernel bpf/vm/install-vm.sh unpacked (no kernel lockdown, BTF, uprobes),
# sees the host's whole filesystem in it read-only (9p; /tmp, /run and /var/tmp are fresh tmpfs), runs one command
# as root in the host's current directory with the host's PATH, HOME and JAVA_HOME, prints its output (the guest's
# serial console) and exits with the command's exit code. Anything the command writes outside the tmpfs mounts fails
# (read-only), except under $ODIGOS_VM_SHARE (default: none), which is mounted read-write at the same path.
#
# Usage: bpf/vm/run-in-vm.sh [--cpus N] [--mem MB] [--timeout SECONDS] [--accel kvm|tcg|auto] -- command [args...]
# Exit:  the command's code; 124 when the guest ran past --timeout; 125 when the VM could not run the command.
# Env:   ODIGOS_VM_CACHE (default ~/.cache/odigos-vm), ODIGOS_VM_SHARE (a host directory the guest may write)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CACHE=${ODIGOS_VM_CACHE:-$HOME/.cache/odigos-vm}
cpus=2 mem=2048 timeout=600 accel=${ODIGOS_VM_ACCEL:-auto}
while (($#)); do
  case $1 in
    --cpus) cpus=$2; shift 2 ;;
    --mem) mem=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --accel) accel=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "run-in-vm: unknown option $1 (usage: $0 [--cpus N] [--mem MB] [--timeout S] [--accel kvm|tcg|auto] -- cmd...)" >&2; exit 125 ;;
  esac
done
(($#)) || { echo "run-in-vm: no command (usage: $0 [--cpus N] [--mem MB] [--timeout S] [--accel kvm|tcg|auto] -- cmd...)" >&2; exit 125; }
fail() { echo "run-in-vm: $*" >&2; exit 125; }

# ---- what the VM needs: fail loudly with the command that installs it
for t in cpio gzip; do command -v $t >/dev/null || fail "$t missing: run $here/install-vm.sh (as root)"; done
command -v qemu-system-x86_64 >/dev/null || fail "qemu-system-x86_64 missing: run $here/install-vm.sh (as root)"
[[ -x /bin/busybox ]] || fail "busybox (busybox-static) missing: run $here/install-vm.sh (as root)"
kdir=$(ls -d "$CACHE"/kernel-*/ 2>/dev/null | head -1 || true)
[[ -n "$kdir" && -f "$kdir/.complete" ]] || fail "no guest kernel in $CACHE: run $here/install-vm.sh (as root)"
kver=$(cat "$kdir/.complete")
vmlinuz="$kdir/root/boot/vmlinuz-$kver"
moddir="$kdir/root/lib/modules/$kver"

# ---- the initramfs: static busybox, the modules for virtio + 9p (with their dependencies), /init. Cached per
# kernel and per version of this script.
initrd="$CACHE/initramfs-$kver-$(sha256sum "$0" | cut -c1-12).cpio.gz"
if [[ ! -f $initrd ]]; then
  stage=$(mktemp -d)
  trap 'rm -rf "$stage"' EXIT
  mkdir -p "$stage"/{bin,dev,proc,sys,newroot,modules}
  cp /bin/busybox "$stage/bin/busybox"
  # modules in load order, dependencies first (read from each module's .modinfo "depends=")
  declare -A seen=()
  order=()
  modpath() { find "$moddir/kernel" -name "$1.ko" -o -name "$1.ko.xz" | head -1; }
  add() {
    local name=${1//-/_} f deps d
    [[ -n ${seen[$name]:-} ]] && return 0
    seen[$name]=1
    f=$(modpath "$name"); [[ -z $f ]] && f=$(modpath "${1//_/-}")
    [[ -n $f ]] || { grep -q "/$name.ko" "$moddir/modules.builtin" 2>/dev/null && return 0; fail "module $1 not in $moddir"; }
    deps=$( (if [[ $f == *.xz ]]; then xz -dc "$f"; else cat "$f"; fi) | grep -a -o 'depends=[^[:cntrl:]]*' | head -1 | cut -d= -f2)
    for d in ${deps//,/ }; do add "$d"; done
    order+=("$f")
  }
  for m in virtio_pci 9pnet_virtio 9p; do add "$m"; done
  i=0
  for f in "${order[@]}"; do
    n=$(printf '%02d-%s' $i "$(basename "${f%.xz}")")
    if [[ $f == *.xz ]]; then xz -dc "$f" >"$stage/modules/$n"; else cp "$f" "$stage/modules/$n"; fi
    i=$((i + 1))
  done
  cat >"$stage/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in /modules/*.ko; do insmod "$m" || echo "vm init: insmod $m failed"; done
die() { echo "vm init: $*"; poweroff -f; }
mount -t 9p -o trans=virtio,version=9p2000.L,ro,cache=loose,msize=524288 hostroot /newroot || die "cannot mount the host root"
for d in proc sys dev; do mount --move /$d /newroot/$d 2>/dev/null || mount -t $d $d /newroot/$d; done
mount -t tmpfs tmpfs /newroot/tmp; mount -t tmpfs tmpfs /newroot/run; mount -t tmpfs tmpfs /newroot/var/tmp
mount -t tmpfs tmpfs /newroot/dev/shm 2>/dev/null
mount -t securityfs securityfs /newroot/sys/kernel/security
mount -t debugfs debugfs /newroot/sys/kernel/debug 2>/dev/null
mount -t tracefs tracefs /newroot/sys/kernel/tracing 2>/dev/null
mount -t bpf bpf /newroot/sys/fs/bpf 2>/dev/null
mount -t devpts devpts /newroot/dev/pts 2>/dev/null
mkdir -p /newroot/tmp/vm-job
mount -t 9p -o trans=virtio,version=9p2000.L,cache=none,msize=524288 job /newroot/tmp/vm-job || die "cannot mount the job directory"
share=$(cat /newroot/tmp/vm-job/share)
if [ -n "$share" ]; then mount -t 9p -o trans=virtio,version=9p2000.L,cache=none,msize=524288 share "/newroot$share" || die "cannot mount $share"; fi
ip link set lo up
hostname odigos-vm
chroot /newroot /bin/sh /tmp/vm-job/cmd.sh </dev/console >/dev/console 2>&1
echo $? >/newroot/tmp/vm-job/rc
sync
poweroff -f
INIT
  chmod +x "$stage/init"
  (cd "$stage" && find . | cpio -o -H newc --quiet | gzip -1) >"$initrd.tmp"
  mv "$initrd.tmp" "$initrd"
  find "$CACHE" -maxdepth 1 -name 'initramfs-*.cpio.gz' ! -path "$initrd" -delete # older script versions'
fi

# ---- the accelerator. KVM when it can run a stock kernel: with VMX/SVM. A host whose /dev/kvm is PVM
# (kvm_pvm, software virtualisation, e.g. a Firecracker guest with nested_pvm) runs only kernels built as PVM guests
# (CONFIG_PVM_GUEST): a stock kernel hangs right after the BIOS, so those hosts emulate the CPU (TCG) instead.
case $accel in
  auto)
    if grep -qwE 'vmx|svm' /proc/cpuinfo && [[ -r /dev/kvm && -w /dev/kvm ]]; then accel=kvm
    elif [[ -d /sys/module/kvm_pvm || ! -e /dev/kvm ]]; then accel=tcg
    else accel=kvm; fi ;;
  kvm | tcg) ;;
  *) fail "--accel $accel: kvm, tcg or auto" ;;
esac
if [[ $accel == kvm ]]; then
  [[ -r /dev/kvm && -w /dev/kvm ]] || fail "/dev/kvm missing or not accessible (--accel kvm)"
  accel_args=(-enable-kvm -cpu host,-arch-capabilities)
else
  accel_args=(-accel tcg,thread=multi,tb-size=256 -cpu max)
fi
[[ -n ${ODIGOS_VM_QUIET:-} ]] || echo "run-in-vm: $accel, $cpus vCPU, ${mem} MB, kernel $kver" >&2

# ---- the job: the command, its directory and environment; rc written back by the guest
job=$(mktemp -d "${TMPDIR:-/tmp}/odigos-vm-job.XXXXXX")
cleanup() { rm -rf "$job"; }
trap cleanup EXIT
share=${ODIGOS_VM_SHARE:-}
[[ -z $share || -d $share ]] || fail "ODIGOS_VM_SHARE=$share is not a directory"
[[ -z $share ]] || share=$(cd "$share" && pwd -P)
printf '%s' "$share" >"$job/share"
{
  echo "cd $(printf '%q' "$(pwd -P)") || exit 125"
  for v in PATH HOME JAVA_HOME LANG; do [[ -n ${!v:-} ]] && echo "export $v=$(printf '%q' "${!v}")"; done
  echo 'export TMPDIR=/tmp ODIGOS_IN_VM=1'
  printf 'exec'; printf ' %q' "$@"; echo
} >"$job/cmd.sh"

args=("${accel_args[@]}" -smp "$cpus" -m "$mem" -nographic -no-reboot -nodefaults -serial stdio
  -kernel "$vmlinuz" -initrd "$initrd"
  -append "console=ttyS0 quiet loglevel=1 panic=-1 rdinit=/init"
  -virtfs "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap"
  -virtfs "local,path=$job,mount_tag=job,security_model=none")
# qboot (from qemu's data) loads -kernel directly, quicker and quieter than SeaBIOS
[[ -f /usr/share/qemu/qboot.rom ]] && args+=(-bios /usr/share/qemu/qboot.rom)
[[ -z $share ]] || args+=(-virtfs "local,path=$share,mount_tag=share,security_model=none")
set +e
timeout --foreground -k 5 "$timeout" qemu-system-x86_64 "${args[@]}" </dev/null | tr -d '\r'
q=${PIPESTATUS[0]}
set -e
((q == 124)) && { echo "run-in-vm: the VM ran past ${timeout}s" >&2; exit 124; }
[[ -f $job/rc ]] || fail "the VM stopped (qemu exit $q) without running the command to its end"
exit "$(cat "$job/rc")"
