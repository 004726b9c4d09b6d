/* What the odiglet tells the probes about one instrumented Go process (map `go_procs`, key = tgid), written by
 * io.odigos.odiglet.ebpf.attach.GoProcessConfig in this exact order: struct field offsets resolved for this binary's
 * Go and module versions, and switches. An offset of OFFSET_UNKNOWN means the field does not exist in this version. */
#ifndef ODIGOS_GO_OFFSETS_H
#define ODIGOS_GO_OFFSETS_H

#include <linux/types.h>

#define OFFSET_UNKNOWN 0xffffffffffffffffULL

#define PROC_FLAG_PROPAGATE 1   /* may write traceparent into outgoing requests (bpf_probe_write_user allowed) */
#define PROC_FLAG_SWISS_MAPS 2  /* Go >= 1.24: maps are Swiss tables */
#define PROC_FLAG_GRPC_STREAM_PTR 4 /* gRPC 1.69-1.76: ServerStream/ClientStream embed a *Stream pointer */

struct go_proc_config {
    __u64 flags;
    __u64 g_goid;                      /* runtime.g.goid */
    __u64 request_method;              /* net/http.Request.Method */
    __u64 request_url;                 /* net/http.Request.URL */
    __u64 request_host;                /* net/http.Request.Host */
    __u64 request_header;              /* net/http.Request.Header */
    __u64 request_pattern;             /* net/http.Request.Pattern (Go 1.23+) */
    __u64 url_host;                    /* net/url.URL.Host */
    __u64 url_path;                    /* net/url.URL.Path */
    __u64 response_req;                /* net/http.response.req */
    __u64 response_status;             /* net/http.response.status */
    __u64 response_conn;               /* net/http.response.conn */
    __u64 conn_rwc;                    /* net/http.conn.rwc */
    __u64 persist_conn_conn;           /* net/http.persistConn.conn */
    __u64 netfd_laddr;                 /* net.netFD.laddr */
    __u64 netfd_raddr;                 /* net.netFD.raddr */
    __u64 tcpaddr_ip;                  /* net.TCPAddr.IP */
    __u64 tcpaddr_port;                /* net.TCPAddr.Port */
    __u64 client_response_status_code; /* net/http.Response.StatusCode */
    __u64 bufio_writer_buf;            /* bufio.Writer.buf */
    __u64 bufio_writer_n;              /* bufio.Writer.n */
    __u64 grpc_stream_method;          /* google.golang.org/grpc/internal/transport.Stream.method */
    __u64 grpc_stream_id;              /* google.golang.org/grpc/internal/transport.Stream.id */
    __u64 grpc_clientconn_target;      /* google.golang.org/grpc.ClientConn.target */
    __u64 grpc_http2client_conn;       /* google.golang.org/grpc/internal/transport.http2Client.conn */
    __u64 grpc_http2server_conn;       /* google.golang.org/grpc/internal/transport.http2Server.conn */
    __u64 grpc_status_error_s;         /* google.golang.org/grpc/internal/status.Error.s */
    __u64 grpc_status_status_s;        /* google.golang.org/grpc/internal/status.Status.s */
    __u64 grpc_proto_status_code;      /* google.golang.org/genproto/googleapis/rpc/status.Status.Code */
    __u64 grpc_server_stream_inner;    /* google.golang.org/grpc/internal/transport.ServerStream.Stream (1.69+) */
    __u64 grpc_client_stream_inner;    /* google.golang.org/grpc/internal/transport.ClientStream.Stream (1.69+) */
};

#endif
