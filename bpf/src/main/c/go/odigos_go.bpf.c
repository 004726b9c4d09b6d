/* The Go probes, one object: they share the ring buffer, the per-process configuration and the goroutines' active
 * spans (a server span is the parent of the client calls made while serving it). The odiglet attaches each program
 * at the sites its Go binary analysis found, per process; `uprobe_http_client_write_headers` (bpf_probe_write_user)
 * is loaded only where kernel lockdown allows it. */
#include "go_common.h"
#include "go_probe.h"

#include "peers.h"
#include "http_server.h"
#include "http_client.h"
#include "grpc.h"
#include "sql.h"
