/* Go's internal register ABI on amd64 (ABIInternal, Go 1.17+), as seen from a uprobe.
 *
 * Integer arguments and results go in RAX, RBX, RCX, RDI, RSI, R8, R9, R10, R11, in that order; a string takes two
 * registers (pointer, length), a slice three, an interface two (type word, data word). R14 holds the current
 * goroutine's g. Probes sit on a function's prologue JBE (no argument register has changed yet) or on its RET
 * instructions (results in the same registers); never on a uretprobe, because Go moves goroutine stacks. */
#ifndef ODIGOS_GO_ABI_H
#define ODIGOS_GO_ABI_H

#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>

#define GO_ARG1(ctx) ((ctx)->rax)
#define GO_ARG2(ctx) ((ctx)->rbx)
#define GO_ARG3(ctx) ((ctx)->rcx)
#define GO_ARG4(ctx) ((ctx)->rdi)
#define GO_ARG5(ctx) ((ctx)->rsi)
#define GO_ARG6(ctx) ((ctx)->r8)
#define GO_ARG7(ctx) ((ctx)->r9)
#define GO_ARG8(ctx) ((ctx)->r10)
#define GO_ARG9(ctx) ((ctx)->r11)
#define GO_G(ctx) ((ctx)->r14)

/* Results at a RET: the same registers as the arguments. */
#define GO_RET1(ctx) GO_ARG1(ctx)
#define GO_RET2(ctx) GO_ARG2(ctx)
#define GO_RET3(ctx) GO_ARG3(ctx)

/* A Go string header. */
struct go_string {
    __u64 ptr;
    __s64 len;
};

/* A Go slice header. */
struct go_slice {
    __u64 ptr;
    __s64 len;
    __s64 cap;
};

static __always_inline __u64 read_u64(__u64 addr) {
    __u64 v = 0;
    bpf_probe_read_user(&v, sizeof(v), (void *)addr);
    return v;
}

static __always_inline struct go_string read_go_string(__u64 addr) {
    struct go_string s = {};
    bpf_probe_read_user(&s, sizeof(s), (void *)addr);
    return s;
}

/* Copies up to cap bytes of a Go string into dst; returns how many were copied (0 when unreadable). */
static __always_inline __u32 copy_go_string(char *dst, __u32 cap, struct go_string s) {
    if (s.ptr == 0 || s.len <= 0) return 0;
    __u32 n = s.len > cap ? cap : (__u32)s.len;
    if (n > cap) return 0; /* for the verifier */
    if (bpf_probe_read_user(dst, n, (void *)s.ptr) != 0) return 0;
    return n;
}

#endif
