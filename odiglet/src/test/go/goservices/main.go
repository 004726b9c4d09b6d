// Command gosvc is the Go test service of the odiglet's eBPF tests. One binary, several modes:
//
//	gosvc -mode=frontend -listen :P -http-backend URL -grpc-backend host:port -db PATH
//	gosvc -mode=http-backend -listen :P [-log-traceparent]
//	gosvc -mode=grpc-backend -listen :P
//	gosvc -mode=load -target URL -n N -c C
//
// The frontend's /chain/<id> handler calls the HTTP backend (GET /hello), the gRPC backend (the
// built-in health service, so no generated code is needed) and runs one database/sql query on
// sqlite, then answers 200. It is built with several Go toolchains from the same source (go 1.21
// in go.mod), stripped and unstripped, by odiglet/go-test-services.sh.
//
// With -log-traceparent the HTTP backend prints, for every request, the Traceparent header it received
// ("gosvc http-backend traceparent=\"...\" path=/hello", empty when none): the eBPF VM test
// (TraceparentWriterVmIT) reads it to prove that the client probe wrote the header into the request.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/mattn/go-sqlite3"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

func main() {
	mode := flag.String("mode", "", "frontend | http-backend | grpc-backend | load")
	listen := flag.String("listen", ":8080", "listen address")
	httpBackend := flag.String("http-backend", "", "base URL of the HTTP backend (frontend)")
	grpcBackend := flag.String("grpc-backend", "", "host:port of the gRPC backend (frontend)")
	dbPath := flag.String("db", "", "sqlite database file (frontend); created when missing")
	target := flag.String("target", "", "URL to load (load)")
	n := flag.Int("n", 100, "requests (load)")
	c := flag.Int("c", 1, "concurrent clients (load)")
	logTraceparent := flag.Bool("log-traceparent", false, "print the Traceparent header of every request (http-backend)")
	flag.Parse()
	var err error
	switch *mode {
	case "frontend":
		err = frontend(*listen, *httpBackend, *grpcBackend, *dbPath)
	case "http-backend":
		err = httpBackendServer(*listen, *logTraceparent)
	case "grpc-backend":
		err = grpcBackendServer(*listen)
	case "load":
		err = load(*target, *n, *c)
	default:
		err = fmt.Errorf("unknown -mode %q", *mode)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gosvc:", err)
		os.Exit(1)
	}
}

func frontend(listen, httpBackend, grpcBackend, dbPath string) error {
	if httpBackend == "" || grpcBackend == "" || dbPath == "" {
		return fmt.Errorf("frontend needs -http-backend, -grpc-backend and -db")
	}
	db, err := sql.Open("sqlite3", dbPath)
	if err != nil {
		return err
	}
	if _, err := db.Exec("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT)"); err != nil {
		return err
	}
	if _, err := db.Exec("INSERT OR IGNORE INTO items (id, name) VALUES (1, 'one'), (2, 'two')"); err != nil {
		return err
	}
	conn, err := grpc.Dial(grpcBackend, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	defer conn.Close()
	health := healthpb.NewHealthClient(conn)
	client := &http.Client{Timeout: 10 * time.Second}

	mux := http.NewServeMux()
	// a prefix pattern: method and wildcard patterns need Go 1.22, and the source must build on 1.21
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimPrefix(r.URL.Path, "/chain/")
		resp, err := client.Get(httpBackend + "/hello")
		if err != nil {
			http.Error(w, "http backend: "+err.Error(), http.StatusBadGateway)
			return
		}
		greeting, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		hc, err := health.Check(ctx, &healthpb.HealthCheckRequest{Service: ""})
		if err != nil {
			http.Error(w, "grpc backend: "+err.Error(), http.StatusBadGateway)
			return
		}
		var name string
		if err := db.QueryRowContext(r.Context(), "SELECT name FROM items WHERE id = ?", 1).Scan(&name); err != nil {
			http.Error(w, "db: "+err.Error(), http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "chain %s: %s / %s / %s\n", id, strings.TrimSpace(string(greeting)), hc.GetStatus(), name)
	})
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	return serve(listen, mux)
}

func httpBackendServer(listen string, logTraceparent bool) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		if logTraceparent {
			fmt.Printf("gosvc http-backend traceparent=%q path=%s\n", r.Header.Get("Traceparent"), r.URL.Path)
		}
		io.WriteString(w, "hello\n")
	})
	return serve(listen, mux)
}

func serve(listen string, h http.Handler) error {
	l, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	log.Printf("gosvc listening on %s", l.Addr())
	return http.Serve(l, h)
}

func grpcBackendServer(listen string) error {
	l, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	s := grpc.NewServer()
	healthpb.RegisterHealthServer(s, health.NewServer())
	log.Printf("gosvc grpc listening on %s", l.Addr())
	return s.Serve(l)
}

func load(target string, n, c int) error {
	if target == "" || n <= 0 || c <= 0 {
		return fmt.Errorf("load needs -target, -n > 0 and -c > 0")
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: c}}
	var next, failed int64
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < c; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for atomic.AddInt64(&next, 1) <= int64(n) {
				resp, err := client.Get(target)
				if err != nil {
					atomic.AddInt64(&failed, 1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					atomic.AddInt64(&failed, 1)
				}
			}
		}()
	}
	wg.Wait()
	d := time.Since(start)
	fmt.Printf("requests=%d failed=%d seconds=%.3f rps=%.1f\n", n, failed, d.Seconds(), float64(n)/d.Seconds())
	if failed > 0 {
		return fmt.Errorf("%d requests failed", failed)
	}
	return nil
}
