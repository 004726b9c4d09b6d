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

/* ---- reading several fields of one Go object with one helper call ----
 * On this kind of machine each bpf_probe_read_user costs ~100 ns however few bytes it copies, so the probes read the
 * span of a struct that holds every field they need (a "window", at most WINDOW_MAX bytes) once, then take the
 * fields out of the copy. Fields outside the window (an offset table where they are far apart) are read one by one. */
#define WINDOW_MAX 256

struct window {
    __u64 base; /* the object's address */
    __u64 len;  /* bytes copied into buf (0: nothing, every field is read on its own) */
};

/* The smallest window that holds fields at offsets a..e (OFFSET_UNKNOWN is skipped), each `size` bytes. */
static __always_inline __u64 window_len(__u64 a, __u64 b, __u64 c, __u64 d, __u64 e, __u64 size) {
    __u64 hi = 0;
    if (a != ~0ULL && a + size > hi) hi = a + size;
    if (b != ~0ULL && b + size > hi) hi = b + size;
    if (c != ~0ULL && c + size > hi) hi = c + size;
    if (d != ~0ULL && d + size > hi) hi = d + size;
    if (e != ~0ULL && e + size > hi) hi = e + size;
    return hi;
}

/* Copies [base, base + len) into buf (WINDOW_MAX bytes) when len fits; w->len says what it holds. */
static __always_inline void read_window(struct window *w, __u8 *buf, __u64 base, __u64 len) {
    w->base = base;
    w->len = 0;
    if (base == 0 || len == 0 || len > WINDOW_MAX) return;
    /* the bound again, where the compiler cannot drop it: older verifiers (6.1) do not carry the check above over
     * to the size argument */
    __u64 n = len;
    asm volatile("" : "+r"(n));
    n &= 2 * WINDOW_MAX - 1;
    if (bpf_probe_read_user(buf, n, (void *)base) == 0) w->len = n;
}

/* The 8-byte field at off: from the window when it holds it, else read on its own. */
static __always_inline __u64 window_u64(const struct window *w, const __u8 *buf, __u64 off) {
    if ((off & 7) == 0 && off + 8 <= w->len && off <= WINDOW_MAX - 8) return *(const __u64 *)(buf + (off & (WINDOW_MAX - 8)));
    return w->base ? read_u64(w->base + off) : 0;
}

static __always_inline struct go_string window_string(const struct window *w, const __u8 *buf, __u64 off) {
    struct go_string s = {.ptr = window_u64(w, buf, off), .len = (__s64)window_u64(w, buf, off + 8)};
    return s;
}

#endif
