/* net/http client spans and traceparent propagation.
 *   net/http.(*Transport).roundTrip(t, req *Request) (*Response, error): start at entry (req in the 2nd register),
 *   end at each RET (the *Response in the 1st register, the error's type word in the 2nd).
 *   net/http.Header.writeSubset(h Header, w io.Writer, ...): runs on the connection's write goroutine while the
 *   request's headers are written into the connection's *bufio.Writer; when h is the header map of a request we are
 *   tracing, "Traceparent: ...\r\n" goes into that buffer first. */

struct header_key {
    __u32 tgid;
    __u32 pad;
    __u64 header_map;
};

LRU_MAP(http_client_inflight, struct goroutine_key, struct http_event, 16384);

/* the client span of an outgoing request, by its header map */
LRU_MAP(http_client_by_header, struct header_key, struct span_context, 16384);

#define TRACEPARENT_LINE_LEN (13 + TRACEPARENT_LEN + 2) /* "Traceparent: " value "\r\n" */

SCRATCH_MAP(traceparent_line, char[TRACEPARENT_LINE_LEN + 1]);

SEC("uprobe")
int uprobe_http_client_start(struct pt_regs *ctx) {
    __u32 tgid;
    struct go_proc_config *cfg = proc_config(&tgid);
    if (!cfg) return 0;
    struct http_event *ev = fresh_http_event();
    if (!ev) return 0;
    __u64 req = GO_ARG2(ctx);
    struct goroutine_key key = {.tgid = tgid, .goid = current_goid(ctx, cfg)};

    begin_event(&ev->h, EVENT_HTTP_CLIENT, tgid, &key);
    struct probe_scratch *s = scratch();
    if (!s) return 0;
    read_request(cfg, req, ev, s->window);
    ev->route_len = 0; /* an outgoing request has no route */
    start_child_span(&ev->h, &key);
    __u64 header_map = read_u64(req + cfg->request_header);
    /* remember the header map in the (otherwise unused) route field: the end probe forgets it */
    __builtin_memcpy(ev->route, &header_map, sizeof(header_map));
    bpf_map_update_elem(&http_client_inflight, &key, ev, BPF_ANY);

    char existing[TRACEPARENT_LEN];
    if ((cfg->flags & PROC_FLAG_PROPAGATE) && header_map != 0 && !header_traceparent(cfg, header_map, existing)) {
        struct header_key hk = {.tgid = tgid, .header_map = header_map};
        bpf_map_update_elem(&http_client_by_header, &hk, &ev->h.sc, BPF_ANY);
    }
    return 0;
}

/* net/http.(*persistConn).roundTrip(pc, req): on the caller's goroutine, before the request is written: the
 * connection is known now, so the client span is published under its local end for a server on this node. */
SEC("uprobe")
int uprobe_http_client_conn(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    struct http_event *ev = bpf_map_lookup_elem(&http_client_inflight, &key);
    if (!ev) return 0;
    struct peer_key peer = {};
    if (read_conn_end(cfg, GO_ARG1(ctx) + cfg->persist_conn_conn, 0, &peer) == 0) publish_peer_span(&peer, &ev->h.sc);
    return 0;
}

SEC("uprobe")
int uprobe_http_client_end(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    struct http_event *ev = bpf_map_lookup_elem(&http_client_inflight, &key);
    if (!ev) return 0;
    __u64 resp = GO_RET1(ctx);
    if (GO_RET2(ctx) != 0) ev->h.flags |= EVENT_FLAG_ERROR;
    if (resp != 0) ev->h.status = (__u32)read_u64(resp + cfg->client_response_status_code);
    ev->h.end_ns = bpf_ktime_get_ns();

    struct header_key hk = {.tgid = tgid};
    __builtin_memcpy(&hk.header_map, ev->route, sizeof(hk.header_map));
    __builtin_memset(ev->route, 0, sizeof(hk.header_map));
    if (hk.header_map != 0) {
        struct span_context *still = bpf_map_lookup_elem(&http_client_by_header, &hk);
        if (!still && (cfg->flags & PROC_FLAG_PROPAGATE)) ev->h.flags |= EVENT_FLAG_PROPAGATED;
        bpf_map_delete_elem(&http_client_by_header, &hk);
    }
    submit_event(ev, sizeof(*ev));
    bpf_map_delete_elem(&http_client_inflight, &key);
    return 0;
}

SEC("uprobe")
int uprobe_http_client_write_headers(struct pt_regs *ctx) {
    __u32 tgid;
    struct go_proc_config *cfg = proc_config(&tgid);
    if (!cfg || !(cfg->flags & PROC_FLAG_PROPAGATE)) return 0;
    struct header_key hk = {.tgid = tgid, .header_map = GO_ARG1(ctx)};
    struct span_context *sc = bpf_map_lookup_elem(&http_client_by_header, &hk);
    if (!sc) return 0;
    __u64 writer = GO_ARG3(ctx); /* the io.Writer's data word: the connection's *bufio.Writer */
    struct go_slice buf = {};
    bpf_probe_read_user(&buf, sizeof(buf), (void *)(writer + cfg->bufio_writer_buf));
    __s64 n = (__s64)read_u64(writer + cfg->bufio_writer_n);
    if (buf.ptr == 0 || n < 0 || n + TRACEPARENT_LINE_LEN > buf.len) return 0; /* no room: leave it alone */

    __u32 zero = 0;
    char *line = bpf_map_lookup_elem(&traceparent_line, &zero);
    if (!line) return 0;
    __builtin_memcpy(line, "Traceparent: ", 13);
    format_traceparent(line + 13, sc);
    line[13 + TRACEPARENT_LEN] = '\r';
    line[13 + TRACEPARENT_LEN + 1] = '\n';
    if (bpf_probe_write_user((void *)(buf.ptr + n), line, TRACEPARENT_LINE_LEN) != 0) return 0;
    __s64 grown = n + TRACEPARENT_LINE_LEN;
    if (bpf_probe_write_user((void *)(writer + cfg->bufio_writer_n), &grown, sizeof(grown)) != 0) return 0;
    bpf_map_delete_elem(&http_client_by_header, &hk); /* written once; the end probe sees it as propagated */
    return 0;
}
