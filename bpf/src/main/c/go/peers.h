/* Joining the spans of two processes on this node without touching their memory: the client publishes its span
 * under its end of the TCP connection (local address and port, plus the HTTP/2 stream id for gRPC) just before the
 * request goes out; the server finds it under the remote end of the connection it accepted. Both sides see the
 * client's own address and ephemeral port, also when a Service address was dialled. This works where
 * bpf_probe_write_user is forbidden (kernel lockdown) and for callers on the same node only; traceparent headers
 * carry the context across nodes. */

struct peer_key {
    __u8 ip[16]; /* IPv4 as ::ffff:a.b.c.d */
    __u32 port;
    __u32 stream_id; /* 0 for HTTP/1: one request at a time on a connection */
};

LRU_MAP(peer_spans, struct peer_key, struct span_context, 16384);

/* How many spans were published and not yet taken: while none are, an HTTP server probe need not read the
 * connection's addresses (five dependent reads) to look for one. An entry that ages out of peer_spans untaken (its
 * server is not on this node or not probed) keeps its count: the probe then looks, as it would without this. */
struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, 1);
    __type(key, __u32);
    __type(value, __s64);
} peer_spans_pending SEC(".maps");

static __always_inline void count_pending_peers(__s64 delta) {
    __u32 zero = 0;
    __s64 *n = bpf_map_lookup_elem(&peer_spans_pending, &zero);
    if (n) __sync_fetch_and_add(n, delta);
}

static __always_inline int peer_spans_may_be_pending(void) {
    __u32 zero = 0;
    __s64 *n = bpf_map_lookup_elem(&peer_spans_pending, &zero);
    return n && *n > 0;
}

/* The address (net.Addr, a *net.TCPAddr) at addr_iface into key; 0 on success. */
static __always_inline int read_tcp_addr(struct go_proc_config *cfg, __u64 addr_iface, struct peer_key *key) {
    __u64 tcp_addr = read_u64(addr_iface + 8); /* the interface's data word */
    if (tcp_addr == 0) return -1;
    struct go_slice ip = {};
    bpf_probe_read_user(&ip, sizeof(ip), (void *)(tcp_addr + cfg->tcpaddr_ip));
    if (ip.ptr == 0) return -1;
    if (ip.len == 4) {
        key->ip[10] = 0xff;
        key->ip[11] = 0xff;
        if (bpf_probe_read_user(&key->ip[12], 4, (void *)ip.ptr) != 0) return -1;
    } else if (ip.len == 16) {
        if (bpf_probe_read_user(key->ip, 16, (void *)ip.ptr) != 0) return -1;
    } else {
        return -1;
    }
    key->port = (__u32)read_u64(tcp_addr + cfg->tcpaddr_port);
    return key->port == 0 ? -1 : 0;
}

/* One end of a net.Conn interface value (at conn_iface) when it is a *net.TCPConn: remote or local. */
static __always_inline int read_conn_end(struct go_proc_config *cfg, __u64 conn_iface, int remote, struct peer_key *key) {
    __u64 tcp_conn = read_u64(conn_iface + 8);
    if (tcp_conn == 0) return -1;
    __u64 fd = read_u64(tcp_conn); /* net.TCPConn{conn{fd *netFD}} */
    if (fd == 0) return -1;
    return read_tcp_addr(cfg, fd + (remote ? cfg->netfd_raddr : cfg->netfd_laddr), key);
}

static __always_inline void publish_peer_span(struct peer_key *key, struct span_context *sc) {
    if (bpf_map_update_elem(&peer_spans, key, sc, BPF_NOEXIST) == 0) {
        count_pending_peers(1);
    } else {
        bpf_map_update_elem(&peer_spans, key, sc, BPF_ANY); /* replaces one not taken: the count stays */
    }
}

/* The client span published for this connection end, taken (each is the parent of one server span). */
static __always_inline int take_peer_span(struct peer_key *key, struct span_context *out) {
    struct span_context *sc = bpf_map_lookup_elem(&peer_spans, key);
    if (!sc) return 0;
    __builtin_memcpy(out, sc, sizeof(*out));
    if (bpf_map_delete_elem(&peer_spans, key) == 0) count_pending_peers(-1);
    return 1;
}
