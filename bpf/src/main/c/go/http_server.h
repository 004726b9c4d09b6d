/* net/http server spans.
 *   net/http.serverHandler.ServeHTTP(sh, rw ResponseWriter, req *Request): start; req in the 4th register.
 *   net/http.(*response).finishRequest(w *response): end, on the same goroutine; the status is w.status.
 * The incoming Traceparent header, when present and valid, makes the span a child of the caller's. The start probe
 * keeps only the span's header, as the goroutine's active span; the end probe reads the request (method, path,
 * host, route) through w.req and writes the record straight into the ring buffer: per request one map update, one
 * delete, and a handful of reads (struct windows, see read_window). */

SCRATCH_MAP(http_scratch, struct http_event);

static __always_inline struct http_event *fresh_http_event(void) {
    __u32 zero = 0;
    struct http_event *ev = bpf_map_lookup_elem(&http_scratch, &zero);
    if (ev) __builtin_memset(ev, 0, sizeof(*ev));
    return ev;
}

/* method, path, host and (when the version has it) route of a request, into ev; buf: WINDOW_MAX bytes of scratch */
static __always_inline void read_request(struct go_proc_config *cfg, __u64 req, struct http_event *ev, __u8 *buf) {
    struct window w;
    read_window(&w, buf, req,
                window_len(cfg->request_method, cfg->request_url, cfg->request_host, cfg->request_pattern,
                           OFFSET_UNKNOWN, 16));
    struct go_string method = window_string(&w, buf, cfg->request_method);
    struct go_string host = window_string(&w, buf, cfg->request_host);
    struct go_string route = {};
    if (cfg->request_pattern != OFFSET_UNKNOWN) route = window_string(&w, buf, cfg->request_pattern);
    __u64 url = window_u64(&w, buf, cfg->request_url);
    struct go_string path = {}, url_host = {};
    if (url != 0) {
        read_window(&w, buf, url, window_len(cfg->url_path, cfg->url_host, OFFSET_UNKNOWN, OFFSET_UNKNOWN,
                                             OFFSET_UNKNOWN, 16));
        path = window_string(&w, buf, cfg->url_path);
        if (host.len <= 0) url_host = window_string(&w, buf, cfg->url_host);
    }
    ev->method_len = copy_go_string(ev->method, METHOD_MAX, method);
    ev->path_len = copy_go_string(ev->path, PATH_MAX_LEN, path);
    ev->host_len = copy_go_string(ev->host, HOST_MAX, host.len > 0 ? host : url_host);
    ev->route_len = copy_go_string(ev->route, ROUTE_MAX, route);
}

SEC("uprobe")
int uprobe_http_server_start(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    struct event_header h = {};
    begin_event(&h, EVENT_HTTP_SERVER, tgid, &key);
    __u64 req = GO_ARG4(ctx);

    char tp[TRACEPARENT_LEN];
    struct peer_key peer = {};
    if (header_traceparent(cfg, read_u64(req + cfg->request_header), tp) && parse_traceparent(tp, &h.parent) == 0) {
        h.flags |= EVENT_FLAG_REMOTE_PARENT;
        start_span(&h.sc, &h.parent);
    } else if (peer_spans_may_be_pending() &&
               read_conn_end(cfg, read_u64(GO_ARG3(ctx) + cfg->response_conn) + cfg->conn_rwc, 1, &peer) == 0 &&
               take_peer_span(&peer, &h.parent)) {
        /* GO_ARG3 is rw's data word: the *response */
        h.flags |= EVENT_FLAG_PEER_PARENT;
        start_span(&h.sc, &h.parent);
    } else {
        start_span(&h.sc, 0);
    }
    bpf_map_update_elem(&active_spans, &key, &h, BPF_ANY);
    return 0;
}

SEC("uprobe")
int uprobe_http_server_end(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    struct event_header *started = bpf_map_lookup_elem(&active_spans, &key);
    if (!started || started->kind != EVENT_HTTP_SERVER) return 0;
    struct probe_scratch *s = scratch();
    struct http_event *ev = bpf_ringbuf_reserve(&events, sizeof(*ev), 0);
    if (!ev) {
        bpf_map_delete_elem(&active_spans, &key); /* the ring is full: this span is lost */
        return 0;
    }
    __builtin_memset(ev, 0, sizeof(*ev));
    __builtin_memcpy(&ev->h, started, sizeof(ev->h));
    bpf_map_delete_elem(&active_spans, &key);
    ev->h.end_ns = bpf_ktime_get_ns();
    if (s) {
        struct window w;
        read_window(&w, s->window, GO_ARG1(ctx),
                    window_len(cfg->response_status, cfg->response_req, OFFSET_UNKNOWN, OFFSET_UNKNOWN,
                               OFFSET_UNKNOWN, 8));
        __u64 status = window_u64(&w, s->window, cfg->response_status);
        __u64 req = window_u64(&w, s->window, cfg->response_req);
        ev->h.status = status == 0 ? 200 : (__u32)status; /* finishRequest writes 200 when the handler wrote nothing */
        if (req != 0) read_request(cfg, req, ev, s->window);
    }
    bpf_ringbuf_submit(ev, wakeup_flags());
    return 0;
}
