/* database/sql spans: (*DB).queryDC(ctx, txctx, dc, releaseConn, query string, args) has the query in the 8th/9th
 * registers and returns (*Rows, error); (*DB).execDC(ctx, dc, release, query string, args) has it in the 6th/7th and
 * returns (Result, error). Both start at entry and end at their RETs on the caller's goroutine. */

struct {
    __uint(type, BPF_MAP_TYPE_LRU_HASH);
    __uint(max_entries, 16384);
    __type(key, struct goroutine_key);
    __type(value, struct sql_event);
} sql_inflight SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
    __uint(max_entries, 1);
    __type(key, __u32);
    __type(value, struct sql_event);
} sql_scratch SEC(".maps");

static __always_inline int sql_start(struct pt_regs *ctx, struct go_string query) {
    __u32 tgid;
    struct go_proc_config *cfg = proc_config(&tgid);
    if (!cfg) return 0;
    __u32 zero = 0;
    struct sql_event *ev = bpf_map_lookup_elem(&sql_scratch, &zero);
    if (!ev) return 0;
    __builtin_memset(ev, 0, sizeof(*ev));
    struct goroutine_key key = {.tgid = tgid, .goid = current_goid(ctx, cfg)};
    ev->h.kind = EVENT_SQL_QUERY;
    ev->h.tgid = tgid;
    ev->h.goid = key.goid;
    ev->h.start_ns = bpf_ktime_get_ns();
    ev->query_len = copy_go_string(ev->query, QUERY_MAX, query);
    struct span_context *parent = bpf_map_lookup_elem(&active_spans, &key);
    if (parent) {
        __builtin_memcpy(&ev->h.parent, parent, sizeof(*parent));
        start_span(&ev->h.sc, &ev->h.parent);
    } else {
        start_span(&ev->h.sc, 0);
    }
    bpf_map_update_elem(&sql_inflight, &key, ev, BPF_ANY);
    return 0;
}

static __always_inline int sql_end(struct pt_regs *ctx, int failed) {
    __u32 tgid;
    struct go_proc_config *cfg = proc_config(&tgid);
    if (!cfg) return 0;
    struct goroutine_key key = {.tgid = tgid, .goid = current_goid(ctx, cfg)};
    struct sql_event *ev = bpf_map_lookup_elem(&sql_inflight, &key);
    if (!ev) return 0;
    ev->h.end_ns = bpf_ktime_get_ns();
    if (failed) ev->h.flags |= EVENT_FLAG_ERROR;
    submit_event(ev, sizeof(*ev));
    bpf_map_delete_elem(&sql_inflight, &key);
    return 0;
}

SEC("uprobe")
int uprobe_sql_query_start(struct pt_regs *ctx) {
    struct go_string q = {.ptr = GO_ARG8(ctx), .len = (__s64)GO_ARG9(ctx)};
    return sql_start(ctx, q);
}

SEC("uprobe")
int uprobe_sql_query_end(struct pt_regs *ctx) {
    return sql_end(ctx, GO_RET2(ctx) != 0);
}

SEC("uprobe")
int uprobe_sql_exec_start(struct pt_regs *ctx) {
    struct go_string q = {.ptr = GO_ARG6(ctx), .len = (__s64)GO_ARG7(ctx)};
    return sql_start(ctx, q);
}

SEC("uprobe")
int uprobe_sql_exec_end(struct pt_regs *ctx) {
    return sql_end(ctx, GO_ARG3(ctx) != 0);
}
