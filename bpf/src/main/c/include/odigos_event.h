/* The records the Go probes put into the ring buffer, read by the odiglet (io.odigos.odiglet.ebpf.trace.GoEvents).
 * Little endian, fixed layout; a change here is a change there. Times are bpf_ktime_get_ns(): CLOCK_MONOTONIC, the
 * clock of Java's System.nanoTime(). */
#ifndef ODIGOS_EVENT_H
#define ODIGOS_EVENT_H

#include <linux/types.h>

#define EVENT_HTTP_SERVER 1
#define EVENT_HTTP_CLIENT 2
#define EVENT_GRPC_SERVER 3
#define EVENT_GRPC_CLIENT 4
#define EVENT_SQL_QUERY 5

/* flags */
#define EVENT_FLAG_ERROR 1         /* the call returned an error */
#define EVENT_FLAG_PROPAGATED 2    /* traceparent was written into the outgoing request */
#define EVENT_FLAG_REMOTE_PARENT 4 /* the parent came from an incoming traceparent */
#define EVENT_FLAG_PEER_PARENT 8   /* the parent is a client span of a process on this node (same connection) */

struct span_context {
    __u8 trace_id[16];
    __u8 span_id[8];
};

struct event_header {
    __u32 kind;
    __u32 tgid;
    __u64 goid;
    __u64 start_ns;
    __u64 end_ns;
    struct span_context sc;
    struct span_context parent; /* parent.span_id all zero: a root span */
    __u32 flags;
    __u32 status; /* HTTP status code, gRPC status code */
};                /* 88 bytes */

#define METHOD_MAX 16
#define PATH_MAX_LEN 128
#define HOST_MAX 64
#define ROUTE_MAX 64

struct http_event {
    struct event_header h;
    __u16 method_len;
    __u16 path_len;
    __u16 host_len;
    __u16 route_len;
    char method[METHOD_MAX];
    char path[PATH_MAX_LEN];
    char host[HOST_MAX];
    char route[ROUTE_MAX];
};

#define RPC_METHOD_MAX 128
struct grpc_event {
    struct event_header h;
    __u16 method_len;
    __u16 target_len;
    __u32 pad;
    char method[RPC_METHOD_MAX]; /* "/package.Service/Method" */
    char target[HOST_MAX];
};

#define QUERY_MAX 256
struct sql_event {
    struct event_header h;
    __u16 query_len;
    __u16 pad[3];
    char query[QUERY_MAX];
};

#endif
