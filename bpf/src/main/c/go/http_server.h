/* net/http server spans.
 *   net/http.serverHandler.ServeHTTP(sh, rw ResponseWriter, req *Request): start; req in the 4th register.
 *   net/http.(*response).finishRequest(w *response): end, on the same goroutine; the status is w.status.
 * The incoming Traceparent header, when present and valid, makes the span a child of the caller's. */

LRU_MAP(http_server_inflight, struct goroutine_key, struct http_event, 16384);

SCRATCH_MAP(http_scratch, struct http_event);

static __always_inline struct http_event *fresh_http_event(void) {
    __u32 zero = 0;
    struct http_event *ev = bpf_map_lookup_elem(&http_scratch, &zero);
    if (ev) __builtin_memset(ev, 0, sizeof(*ev));
    return ev;
}

/* method, path and host of a request, into ev */
static __always_inline void read_request(struct go_proc_config *cfg, __u64 req, struct http_event *ev) {
    ev->method_len = copy_go_string(ev->method, METHOD_MAX, read_go_string(req + cfg->request_method));
    __u64 url = read_u64(req + cfg->request_url);
    if (url != 0) ev->path_len = copy_go_string(ev->path, PATH_MAX_LEN, read_go_string(url + cfg->url_path));
    ev->host_len = copy_go_string(ev->host, HOST_MAX, read_go_string(req + cfg->request_host));
    if (ev->host_len == 0 && url != 0) {
        ev->host_len = copy_go_string(ev->host, HOST_MAX, read_go_string(url + cfg->url_host));
    }
}

SEC("uprobe")
int uprobe_http_server_start(struct pt_regs *ctx) {
    __u32 tgid;
    struct go_proc_config *cfg = proc_config(&tgid);
    if (!cfg) return 0;
    struct http_event *ev = fresh_http_event();
    if (!ev) return 0;
    __u64 req = GO_ARG4(ctx);
    struct goroutine_key key = {.tgid = tgid, .goid = current_goid(ctx, cfg)};

    begin_event(&ev->h, EVENT_HTTP_SERVER, tgid, &key);
    read_request(cfg, req, ev);

    char tp[TRACEPARENT_LEN];
    struct peer_key peer = {};
    __u64 conn = read_u64(GO_ARG3(ctx) + cfg->response_conn); /* rw's data word: the *response */
    if (header_traceparent(cfg, read_u64(req + cfg->request_header), tp) && parse_traceparent(tp, &ev->h.parent) == 0) {
        ev->h.flags |= EVENT_FLAG_REMOTE_PARENT;
        start_span(&ev->h.sc, &ev->h.parent);
    } else if (conn != 0 && read_conn_end(cfg, conn + cfg->conn_rwc, 1, &peer) == 0 &&
               take_peer_span(&peer, &ev->h.parent)) {
        ev->h.flags |= EVENT_FLAG_PEER_PARENT;
        start_span(&ev->h.sc, &ev->h.parent);
    } else {
        start_span(&ev->h.sc, 0);
    }
    bpf_map_update_elem(&http_server_inflight, &key, ev, BPF_ANY);
    bpf_map_update_elem(&active_spans, &key, &ev->h.sc, BPF_ANY);
    return 0;
}

SEC("uprobe")
int uprobe_http_server_end(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    struct http_event *ev = bpf_map_lookup_elem(&http_server_inflight, &key);
    if (!ev) return 0;
    __u64 w = GO_ARG1(ctx);
    __u64 status = read_u64(w + cfg->response_status);
    ev->h.status = status == 0 ? 200 : (__u32)status; /* finishRequest writes 200 when the handler wrote nothing */
    ev->h.end_ns = bpf_ktime_get_ns();
    if (cfg->request_pattern != OFFSET_UNKNOWN) {
        __u64 req = read_u64(w + cfg->response_req);
        if (req != 0) ev->route_len = copy_go_string(ev->route, ROUTE_MAX, read_go_string(req + cfg->request_pattern));
    }
    submit_event(ev, sizeof(*ev));
    bpf_map_delete_elem(&http_server_inflight, &key);
    bpf_map_delete_elem(&active_spans, &key);
    return 0;
}
