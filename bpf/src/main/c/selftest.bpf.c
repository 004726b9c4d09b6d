// SPDX-License-Identifier: GPL-2.0
// Programs for the odiglet loader's own tests and for the benchmark floor.
//   uprobe_selftest: one event per hit (tgid, tid, first C argument, ktime) into the ring buffer
//                    `events`, with batched wakeups, and a hit counter in the array map `hits`.
//   uprobe_empty:    does nothing: the cost of a bare uprobe at a site, for benchmark baselines.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

// Wake the reader only when this much is pending; it drains on a timer otherwise.
#define WAKEUP_THRESHOLD (64 * 1024)

struct selftest_event {
  __u32 tgid;
  __u32 tid;
  __u64 arg0;
  __u64 ktime_ns;
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 256 * 1024);
} events SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} hits SEC(".maps");

SEC("uprobe")
int uprobe_selftest(struct pt_regs *ctx) {
  __u32 zero = 0;
  __u64 *count = bpf_map_lookup_elem(&hits, &zero);
  if (count) {
    __sync_fetch_and_add(count, 1);
  }
  struct selftest_event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e) {
    return 0;
  }
  __u64 id = bpf_get_current_pid_tgid();
  e->tgid = id >> 32;
  e->tid = (__u32)id;
  e->arg0 = PT_REGS_PARM1(ctx);
  e->ktime_ns = bpf_ktime_get_ns();
  __u64 flags =
      bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA) >= WAKEUP_THRESHOLD ? BPF_RB_FORCE_WAKEUP : BPF_RB_NO_WAKEUP;
  bpf_ringbuf_submit(e, flags);
  return 0;
}

SEC("uprobe")
int uprobe_empty(struct pt_regs *ctx) {
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
