/* Shorthands the Go probes share: their map declarations and the opening of every probe. */
#ifndef ODIGOS_GO_PROBE_H
#define ODIGOS_GO_PROBE_H

/* An LRU hash, e.g. what is in flight per goroutine: an entry whose end probe never ran ages out. */
#define LRU_MAP(name, key_type, value_type, entries)                                                                  \
    struct {                                                                                                          \
        __uint(type, BPF_MAP_TYPE_LRU_HASH);                                                                          \
        __uint(max_entries, entries);                                                                                 \
        __type(key, key_type);                                                                                        \
        __type(value, value_type);                                                                                    \
    } name SEC(".maps")

/* One per-CPU slot to build a value bigger than the 512-byte BPF stack allows. */
#define SCRATCH_MAP(name, value_type)                                                                                 \
    struct {                                                                                                          \
        __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);                                                                      \
        __uint(max_entries, 1);                                                                                       \
        __type(key, __u32);                                                                                           \
        __type(value, value_type);                                                                                    \
    } name SEC(".maps")

/* Opens a probe: `tgid`, the process's config `cfg` (a process the odiglet did not configure: return) and `key`,
 * the current goroutine. */
#define GO_PROBE_BEGIN(ctx, cfg, key)                                                                                 \
    __u32 tgid;                                                                                                       \
    struct go_proc_config *cfg = proc_config(&tgid);                                                                  \
    if (!cfg) return 0;                                                                                               \
    struct goroutine_key key = {.tgid = tgid, .goid = current_goid(ctx, cfg)}

/* Fills a new event's header for the goroutine `key` of process `tgid`, starting now. */
static __always_inline void begin_event(struct event_header *h, __u32 kind, __u32 tgid,
                                        const struct goroutine_key *key) {
    h->kind = kind;
    h->tgid = tgid;
    h->goid = key->goid;
    h->start_ns = bpf_ktime_get_ns();
}

/* Starts the span of a call made on goroutine `key`: a child of the span the goroutine is serving, if any (a client
 * call or query made while handling a request), else the root of a new trace. */
static __always_inline void start_child_span(struct event_header *h, const struct goroutine_key *key) {
    struct event_header *serving = bpf_map_lookup_elem(&active_spans, key);
    if (serving) {
        __builtin_memcpy(&h->parent, &serving->sc, sizeof(h->parent));
        start_span(&h->sc, &h->parent);
    } else {
        start_span(&h->sc, 0);
    }
}

#endif
