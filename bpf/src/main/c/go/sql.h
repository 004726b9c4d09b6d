/* database/sql spans: (*DB).queryDC(ctx, txctx, dc, releaseConn, query string, args) has the query in the 8th/9th
 * registers and returns (*Rows, error); (*DB).execDC(ctx, dc, release, query string, args) has it in the 6th/7th and
 * returns (Result, error). Both start at entry and end at their RETs on the caller's goroutine. */

LRU_MAP(sql_inflight, struct goroutine_key, struct sql_event, 16384);

SCRATCH_MAP(sql_scratch, struct sql_event);

static __always_inline int sql_start(struct pt_regs *ctx, struct go_string query) {
    __u32 tgid;
    struct go_proc_config *cfg = proc_config(&tgid);
    if (!cfg) return 0;
    __u32 zero = 0;
    struct sql_event *ev = bpf_map_lookup_elem(&sql_scratch, &zero);
    if (!ev) return 0;
    __builtin_memset(ev, 0, sizeof(*ev));
    struct goroutine_key key = {.tgid = tgid, .goid = current_goid(ctx, cfg)};
    begin_event(&ev->h, EVENT_SQL_QUERY, tgid, &key);
    ev->query_len = copy_go_string(ev->query, QUERY_MAX, query);
    start_child_span(&ev->h, &key);
    bpf_map_update_elem(&sql_inflight, &key, ev, BPF_ANY);
    return 0;
}

static __always_inline int sql_end(struct pt_regs *ctx, int failed) {
    GO_PROBE_BEGIN(ctx, cfg, key);
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
