/* What every Go probe shares: the per-process configuration, the ring buffer, goroutine identity, the span that is
 * active on a goroutine (the parent of the calls it makes), trace-context encoding and decoding, and reading one
 * header out of a Go map[string][]string (both map layouts: buckets up to Go 1.23, Swiss tables from Go 1.24). */
#ifndef ODIGOS_GO_COMMON_H
#define ODIGOS_GO_COMMON_H

#include "go_abi.h"
#include "go_offsets.h"
#include "odigos_event.h"

char LICENSE[] SEC("license") = "GPL";

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 4096);
    __type(key, __u32);
    __type(value, struct go_proc_config);
} go_procs SEC(".maps");

/* 1 MiB: the kernel maps the data pages twice, so each MiB is two of the reader's RSS once the ring has wrapped;
 * at ~380 bytes a record and a drain every 10 ms this holds ~2,700 records, ~270k events/s. */
struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 1 << 20);
} events SEC(".maps");

/* A goroutine of a process. */
struct goroutine_key {
    __u32 tgid;
    __u32 pad;
    __u64 goid;
};

/* The span a goroutine is serving (set by the server probes): the parent of the client calls it makes, and for an
 * HTTP server span everything its end probe needs (one map update per request instead of two). */
struct {
    __uint(type, BPF_MAP_TYPE_LRU_HASH);
    __uint(max_entries, 16384);
    __type(key, struct goroutine_key);
    __type(value, struct event_header);
} active_spans SEC(".maps");

/* Batched wakeups: a record wakes the odiglet's reader (epoll, edge-triggered, on the map) only once a quarter of
 * the ring is pending, with BPF_RB_FORCE_WAKEUP (a plain submit wakes only when the consumer had caught up to the
 * record, never the case with data pending); below that, nobody is woken and the reader drains on its timer. */
#define WAKEUP_BYTES ((1 << 20) / 4)

static __always_inline __u64 wakeup_flags(void) {
    return bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA) >= WAKEUP_BYTES ? BPF_RB_FORCE_WAKEUP : BPF_RB_NO_WAKEUP;
}

static __always_inline void submit_event(void *event, __u64 size) {
    bpf_ringbuf_output(&events, event, size, wakeup_flags());
}

static __always_inline struct go_proc_config *proc_config(__u32 *tgid) {
    *tgid = bpf_get_current_pid_tgid() >> 32;
    return bpf_map_lookup_elem(&go_procs, tgid);
}

static __always_inline __u64 current_goid(struct pt_regs *ctx, struct go_proc_config *cfg) {
    return read_u64(GO_G(ctx) + cfg->g_goid);
}

static __always_inline void random_bytes(__u8 *dst, int n) {
#pragma unroll
    for (int i = 0; i < 16; i += 4) {
        if (i >= n) break;
        __u32 r = bpf_get_prandom_u32();
        __builtin_memcpy(dst + i, &r, 4);
    }
}

/* A new span: a child of parent when it has a trace, else the root of a new trace. */
static __always_inline void start_span(struct span_context *sc, const struct span_context *parent) {
    if (parent) {
        __builtin_memcpy(sc->trace_id, parent->trace_id, 16);
    } else {
        random_bytes(sc->trace_id, 16);
    }
    random_bytes(sc->span_id, 8);
}

static __always_inline int span_context_valid(const struct span_context *sc) {
    __u64 a, b;
    __builtin_memcpy(&a, sc->trace_id, 8);
    __builtin_memcpy(&b, sc->trace_id + 8, 8);
    return (a | b) != 0;
}

/* ---- W3C traceparent: "00-<32 hex trace id>-<16 hex span id>-<2 hex flags>" ---- */
#define TRACEPARENT_LEN 55

static __always_inline int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static __always_inline int parse_hex(const char *src, __u8 *dst, int bytes) {
    for (int i = 0; i < 16; i++) {
        if (i >= bytes) break;
        int hi = hex_value(src[2 * i]);
        int lo = hex_value(src[2 * i + 1]);
        if (hi < 0 || lo < 0) return -1;
        dst[i] = (__u8)(hi << 4 | lo);
    }
    return 0;
}

/* Parses a traceparent value into the remote parent's context; 0 on success. */
static __always_inline int parse_traceparent(const char *tp, struct span_context *out) {
    if (tp[0] != '0' || tp[1] != '0' || tp[2] != '-' || tp[35] != '-' || tp[52] != '-') return -1;
    if (parse_hex(tp + 3, out->trace_id, 16) != 0) return -1;
    if (parse_hex(tp + 36, out->span_id, 8) != 0) return -1;
    return span_context_valid(out) ? 0 : -1;
}

static __always_inline void write_hex(char *dst, const __u8 *src, int bytes) {
    const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        if (i >= bytes) break;
        dst[2 * i] = digits[src[i] >> 4];
        dst[2 * i + 1] = digits[src[i] & 0xf];
    }
}

/* Writes the traceparent of sc (sampled) into dst, which has room for TRACEPARENT_LEN bytes. */
static __always_inline void format_traceparent(char *dst, const struct span_context *sc) {
    dst[0] = '0';
    dst[1] = '0';
    dst[2] = '-';
    write_hex(dst + 3, sc->trace_id, 16);
    dst[35] = '-';
    write_hex(dst + 36, sc->span_id, 8);
    dst[52] = '-';
    dst[53] = '0';
    dst[54] = '1';
}

/* ---- one header out of a Go http.Header (map[string][]string) ---- */
/* The canonical key net/textproto gives the header. */
#define TRACEPARENT_KEY "Traceparent"
#define TRACEPARENT_KEY_LEN 11
#define MAP_SLOT_SIZE 40 /* key string (16) + value []string (24) */

/* Bytes a probe copies Go objects into (read_window, a map group or bucket at once); per CPU, as the stack is small. */
struct probe_scratch {
    __u8 window[2 * WINDOW_MAX];
    __u8 group[2 * WINDOW_MAX];
};

struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
    __uint(max_entries, 1);
    __type(key, __u32);
    __type(value, struct probe_scratch);
} probe_scratch SEC(".maps");

static __always_inline struct probe_scratch *scratch(void) {
    __u32 zero = 0;
    return bpf_map_lookup_elem(&probe_scratch, &zero);
}

/* A slot's key (a string header at key_off of the copied group), checked against "Traceparent"; when it is, its first
 * value (the []string header at values_off) goes into out (TRACEPARENT_LEN bytes) and the result is 1. */
static __always_inline int slot_traceparent(const __u8 *group, __u32 key_off, __u32 values_off, char *out) {
    struct go_string key = {};
    __builtin_memcpy(&key, group + key_off, sizeof(key));
    if (key.len != TRACEPARENT_KEY_LEN || key.ptr == 0) return 0;
    char name[TRACEPARENT_KEY_LEN];
    if (bpf_probe_read_user(name, sizeof(name), (void *)key.ptr) != 0) return 0;
    const char want[] = TRACEPARENT_KEY;
    for (int i = 0; i < TRACEPARENT_KEY_LEN; i++) {
        if (name[i] != want[i]) return 0;
    }
    struct go_slice values = {};
    __builtin_memcpy(&values, group + values_off, sizeof(values));
    if (values.ptr == 0 || values.len < 1) return 0;
    struct go_string first = read_go_string(values.ptr);
    if (first.len != TRACEPARENT_LEN || first.ptr == 0) return 0;
    return bpf_probe_read_user(out, TRACEPARENT_LEN, (void *)first.ptr) == 0;
}

/* Up to Go 1.23: hmap{count int; flags, B uint8; noverflow uint16; hash0 uint32; buckets, oldbuckets ...}; a bucket
 * is tophash [8]uint8, keys [8]string, values [8][]string, overflow *bucket. Each bucket is copied at once. */
#define HMAP_B 9
#define HMAP_BUCKETS 16
#define HMAP_OLDBUCKETS 24
#define BUCKET_KEYS 8
#define BUCKET_VALUES (8 + 8 * 16)
#define BUCKET_OVERFLOW (8 + 8 * 16 + 8 * 24)
#define BUCKET_SIZE (BUCKET_OVERFLOW + 8)
#define MAX_BUCKETS 8

static __always_inline int bucket_traceparent(__u8 *copy, __u64 bucket, char *out) {
    for (int chain = 0; chain < 2; chain++) {
        if (bucket == 0) return 0;
        if (bpf_probe_read_user(copy, BUCKET_SIZE, (void *)bucket) != 0) return 0;
        for (int i = 0; i < 8; i++) {
            if (copy[i] < 5) continue; /* empty, or moved to the new buckets */
            if (slot_traceparent(copy, BUCKET_KEYS + i * 16, BUCKET_VALUES + i * 24, out)) return 1;
        }
        __builtin_memcpy(&bucket, copy + BUCKET_OVERFLOW, sizeof(bucket));
    }
    return 0;
}

static __always_inline int hmap_traceparent(__u8 *copy, __u64 hmap, char *out) {
    /* B, then buckets and oldbuckets: one read of the hmap's first 32 bytes */
    __u64 head[4] = {};
    if (bpf_probe_read_user(head, sizeof(head), (void *)hmap) != 0) return 0;
    __u8 b = (__u8)(head[1] >> 8); /* byte 9 */
    __u32 n = 1u << (b & 7);
    __u64 buckets = head[2];
    __u64 old = head[3];
    for (int i = 0; i < MAX_BUCKETS; i++) {
        if (i >= n) break;
        if (bucket_traceparent(copy, buckets + i * BUCKET_SIZE, out)) return 1;
        /* during a resize some entries still live in the old array, of half the size */
        if (old != 0 && i < n / 2 && bucket_traceparent(copy, old + i * BUCKET_SIZE, out)) return 1;
    }
    return 0;
}

/* From Go 1.24: internal/runtime/maps.Map{used uint64; seed uintptr; dirPtr unsafe.Pointer; dirLen int; ...}.
 * dirLen 0: dirPtr is one group (a small map, up to 8 entries); else an array of *table, each table{...; groups
 * {data unsafe.Pointer; lengthMask uint64} at 16}. A group is a control word (one byte per slot, high bit clear =
 * full) followed by 8 slots of key then value; each group is copied at once. */
#define SWISS_DIR_PTR 16
#define SWISS_DIR_LEN 24
#define SWISS_TABLE_GROUPS 16
#define SWISS_GROUP_SIZE (8 + 8 * MAP_SLOT_SIZE)
#define SWISS_MAX_TABLES 4
#define SWISS_MAX_GROUPS 8

static __always_inline int group_traceparent(__u8 *copy, __u64 group, char *out) {
    if (bpf_probe_read_user(copy, SWISS_GROUP_SIZE, (void *)group) != 0) return 0;
    __u64 ctrl;
    __builtin_memcpy(&ctrl, copy, sizeof(ctrl));
    for (int i = 0; i < 8; i++) {
        if ((ctrl >> (8 * i)) & 0x80) continue; /* empty or deleted */
        if (slot_traceparent(copy, 8 + i * MAP_SLOT_SIZE, 8 + i * MAP_SLOT_SIZE + 16, out)) return 1;
    }
    return 0;
}

static __always_inline int swiss_traceparent(__u8 *copy, __u64 m, char *out) {
    __u64 dir_words[2] = {}; /* dirPtr, dirLen */
    if (bpf_probe_read_user(dir_words, sizeof(dir_words), (void *)(m + SWISS_DIR_PTR)) != 0) return 0;
    __u64 dir = dir_words[0];
    __s64 dir_len = (__s64)dir_words[1];
    if (dir == 0) return 0;
    if (dir_len == 0) return group_traceparent(copy, dir, out);
    for (int t = 0; t < SWISS_MAX_TABLES; t++) {
        if (t >= dir_len) break;
        __u64 table = read_u64(dir + t * 8);
        if (table == 0) continue;
        __u64 groups[2] = {}; /* data, lengthMask */
        bpf_probe_read_user(groups, sizeof(groups), (void *)(table + SWISS_TABLE_GROUPS));
        for (int g = 0; g < SWISS_MAX_GROUPS; g++) {
            if (g > groups[1]) break;
            if (group_traceparent(copy, groups[0] + g * SWISS_GROUP_SIZE, out)) return 1;
        }
    }
    return 0;
}

/* Reads the Traceparent header out of an http.Header map (its pointer); 1 if found. */
static __always_inline int header_traceparent(struct go_proc_config *cfg, __u64 header_map, char *out) {
    if (header_map == 0) return 0;
    struct probe_scratch *s = scratch();
    if (!s) return 0;
    if (cfg->flags & PROC_FLAG_SWISS_MAPS) return swiss_traceparent(s->group, header_map, out);
    return hmap_traceparent(s->group, header_map, out);
}

#endif
