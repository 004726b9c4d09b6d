/* google.golang.org/grpc spans.
 * Server: (*Server).handleStream(t ServerTransport, stream) starts (t's data word in the 3rd register, stream in
 *   the 4th) and ends at its RETs, on the stream's goroutine; (*http2Server).WriteStatus(s, st) (writeStatus from
 *   gRPC 1.69) on the same goroutine gives the status code. The stream is a *transport.Stream up to gRPC 1.68 and a
 *   *ServerStream (*ClientStream for NewStream's result) embedding the Stream since: see grpc_common_stream.
 * Client: (*ClientConn).Invoke(ctx, method string, ...) error starts (method in the 4th/5th registers) and ends at its
 *   RETs (a non-nil error's data word in the 2nd register: a *status.Error); (*http2Client).NewStream returns the
 *   stream once its id is assigned: the client span is published under (local end, stream id) for a server on
 *   this node. */

LRU_MAP(grpc_server_inflight, struct goroutine_key, struct grpc_event, 16384);

LRU_MAP(grpc_client_inflight, struct goroutine_key, struct grpc_event, 16384);

/* the *http2Client of a NewStream call in progress, by goroutine */
LRU_MAP(grpc_new_stream_transport, struct goroutine_key, __u64, 16384);

/* where a server span looks for its same-node parent, kept until the span ends (the client may publish late) */
LRU_MAP(grpc_server_peer, struct goroutine_key, struct peer_key, 16384);

SCRATCH_MAP(grpc_scratch, struct grpc_event);

static __always_inline struct grpc_event *fresh_grpc_event(void) {
    __u32 zero = 0;
    struct grpc_event *ev = bpf_map_lookup_elem(&grpc_scratch, &zero);
    if (ev) __builtin_memset(ev, 0, sizeof(*ev));
    return ev;
}

/* The transport.Stream (method, id) of a stream argument: the argument itself up to gRPC 1.68; since 1.69 the Stream
 * embedded in the ServerStream/ClientStream at `inner`, through a pointer up to 1.76. */
static __always_inline __u64 grpc_common_stream(struct go_proc_config *cfg, __u64 stream, __u64 inner) {
    if (stream == 0 || inner == OFFSET_UNKNOWN) return stream;
    if (cfg->flags & PROC_FLAG_GRPC_STREAM_PTR) return read_u64(stream + inner);
    return stream + inner;
}

/* the code of a *status.Status (internal/status.Status{s *spb.Status}) */
static __always_inline __u32 grpc_status_code(struct go_proc_config *cfg, __u64 status) {
    if (status == 0) return 2;
    __u64 proto = read_u64(status + cfg->grpc_status_status_s);
    if (proto == 0) return 0; /* a nil proto status is OK */
    __s32 code = 0;
    bpf_probe_read_user(&code, sizeof(code), (void *)(proto + cfg->grpc_proto_status_code));
    return code >= 0 && code <= 16 ? (__u32)code : 2; /* anything else: Unknown */
}

SEC("uprobe")
int uprobe_grpc_server_start(struct pt_regs *ctx) {
    __u32 tgid;
    struct go_proc_config *cfg = proc_config(&tgid);
    if (!cfg) return 0;
    struct grpc_event *ev = fresh_grpc_event();
    if (!ev) return 0;
    struct goroutine_key key = {.tgid = tgid, .goid = current_goid(ctx, cfg)};
    __u64 transport = GO_ARG3(ctx);
    __u64 stream = grpc_common_stream(cfg, GO_ARG4(ctx), cfg->grpc_server_stream_inner);
    begin_event(&ev->h, EVENT_GRPC_SERVER, tgid, &key);
    ev->method_len = copy_go_string(ev->method, RPC_METHOD_MAX, read_go_string(stream + cfg->grpc_stream_method));

    struct peer_key peer = {};
    int have_peer = transport != 0 && stream != 0 &&
                    read_conn_end(cfg, transport + cfg->grpc_http2server_conn, 1, &peer) == 0;
    if (have_peer) {
        bpf_probe_read_user(&peer.stream_id, sizeof(peer.stream_id), (void *)(stream + cfg->grpc_stream_id));
    }
    if (have_peer && take_peer_span(&peer, &ev->h.parent)) {
        ev->h.flags |= EVENT_FLAG_PEER_PARENT;
        start_span(&ev->h.sc, &ev->h.parent);
    } else {
        start_span(&ev->h.sc, 0);
        if (have_peer) bpf_map_update_elem(&grpc_server_peer, &key, &peer, BPF_ANY);
    }
    bpf_map_update_elem(&grpc_server_inflight, &key, ev, BPF_ANY);
    bpf_map_update_elem(&active_spans, &key, &ev->h, BPF_ANY);
    return 0;
}

SEC("uprobe")
int uprobe_grpc_server_status(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    struct grpc_event *ev = bpf_map_lookup_elem(&grpc_server_inflight, &key);
    if (ev) ev->h.status = grpc_status_code(cfg, GO_ARG3(ctx));
    return 0;
}

SEC("uprobe")
int uprobe_grpc_server_end(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    struct grpc_event *ev = bpf_map_lookup_elem(&grpc_server_inflight, &key);
    if (!ev) return 0;
    ev->h.end_ns = bpf_ktime_get_ns();
    struct peer_key *peer = bpf_map_lookup_elem(&grpc_server_peer, &key);
    if (peer) {
        /* the client published after this span started: adopt its context now (spans this one already
         * parented keep the old trace id) */
        struct peer_key p = *peer;
        if (take_peer_span(&p, &ev->h.parent)) {
            ev->h.flags |= EVENT_FLAG_PEER_PARENT;
            __builtin_memcpy(ev->h.sc.trace_id, ev->h.parent.trace_id, 16);
        }
        bpf_map_delete_elem(&grpc_server_peer, &key);
    }
    submit_event(ev, sizeof(*ev));
    bpf_map_delete_elem(&grpc_server_inflight, &key);
    bpf_map_delete_elem(&active_spans, &key);
    return 0;
}

SEC("uprobe")
int uprobe_grpc_client_start(struct pt_regs *ctx) {
    __u32 tgid;
    struct go_proc_config *cfg = proc_config(&tgid);
    if (!cfg) return 0;
    struct grpc_event *ev = fresh_grpc_event();
    if (!ev) return 0;
    struct goroutine_key key = {.tgid = tgid, .goid = current_goid(ctx, cfg)};
    begin_event(&ev->h, EVENT_GRPC_CLIENT, tgid, &key);
    struct go_string method = {.ptr = GO_ARG4(ctx), .len = (__s64)GO_ARG5(ctx)};
    ev->method_len = copy_go_string(ev->method, RPC_METHOD_MAX, method);
    ev->target_len = copy_go_string(ev->target, HOST_MAX, read_go_string(GO_ARG1(ctx) + cfg->grpc_clientconn_target));
    start_child_span(&ev->h, &key);
    bpf_map_update_elem(&grpc_client_inflight, &key, ev, BPF_ANY);
    return 0;
}

SEC("uprobe")
int uprobe_grpc_client_new_stream(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    __u64 transport = GO_ARG1(ctx);
    bpf_map_update_elem(&grpc_new_stream_transport, &key, &transport, BPF_ANY);
    return 0;
}

SEC("uprobe")
int uprobe_grpc_client_new_stream_end(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    __u64 *transport = bpf_map_lookup_elem(&grpc_new_stream_transport, &key);
    if (!transport) return 0;
    __u64 t = *transport;
    bpf_map_delete_elem(&grpc_new_stream_transport, &key);
    struct grpc_event *ev = bpf_map_lookup_elem(&grpc_client_inflight, &key);
    __u64 stream = grpc_common_stream(cfg, GO_RET1(ctx), cfg->grpc_client_stream_inner);
    if (!ev || stream == 0) return 0;
    struct peer_key peer = {};
    if (read_conn_end(cfg, t + cfg->grpc_http2client_conn, 0, &peer) != 0) return 0;
    bpf_probe_read_user(&peer.stream_id, sizeof(peer.stream_id), (void *)(stream + cfg->grpc_stream_id));
    publish_peer_span(&peer, &ev->h.sc);
    return 0;
}

SEC("uprobe")
int uprobe_grpc_client_end(struct pt_regs *ctx) {
    GO_PROBE_BEGIN(ctx, cfg, key);
    struct grpc_event *ev = bpf_map_lookup_elem(&grpc_client_inflight, &key);
    if (!ev) return 0;
    ev->h.end_ns = bpf_ktime_get_ns();
    if (GO_RET1(ctx) != 0) { /* a non-nil error: its data word is a *status.Error{s *Status} */
        ev->h.flags |= EVENT_FLAG_ERROR;
        __u64 err = GO_RET2(ctx);
        ev->h.status = err ? grpc_status_code(cfg, read_u64(err + cfg->grpc_status_error_s)) : 2;
    }
    submit_event(ev, sizeof(*ev));
    bpf_map_delete_elem(&grpc_client_inflight, &key);
    return 0;
}
