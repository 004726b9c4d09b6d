// Command ratedload is the HTTP load generator of the eBPF benchmark (bench/run.sh ebpf): GET requests on
// keep-alive connections to one URL, either open-loop at a fixed rate or closed-loop as fast as C clients
// can go, for a fixed duration. It prints one line of JSON with what it achieved.
//
//	ratedload -url URL -rate R -duration D -c C   open loop: a request is due every 1/R s, whatever the
//	                                              server does; C connections serve the due requests, and
//	                                              latency counts from when a request was due
//	ratedload -url URL -rate 0 -duration D -c C   closed loop: C clients, each sends its next request when
//	                                              the previous one is answered
//
// Only the standard library, so it builds offline with the installed Go.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	Mode         string  `json:"mode"`
	Rate         float64 `json:"rate"`
	Clients      int     `json:"clients"`
	Seconds      float64 `json:"seconds"`
	Sent         int64   `json:"sent"`
	Done         int64   `json:"done"`
	DoneInWindow int64   `json:"done_in_window"`
	Failed       int64   `json:"failed"`
	Unsent       int64   `json:"unsent"`
	P50Micros    float64 `json:"p50_us"`
	P99Micros    float64 `json:"p99_us"`
}

func main() {
	url := flag.String("url", "", "URL to GET")
	rate := flag.Float64("rate", 0, "requests per second (open loop); 0 = closed loop")
	duration := flag.Duration("duration", 5*time.Second, "how long to send")
	clients := flag.Int("c", 16, "connections")
	flag.Parse()
	if *url == "" || *clients <= 0 || *duration <= 0 || *rate < 0 {
		fmt.Fprintln(os.Stderr, "usage: ratedload -url URL [-rate R] [-duration D] [-c C]")
		os.Exit(2)
	}
	client := &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			MaxIdleConnsPerHost: *clients,
			MaxConnsPerHost:     *clients,
			DisableCompression:  true,
		},
	}
	var r result
	if *rate > 0 {
		r = openLoop(client, *url, *rate, *duration, *clients)
	} else {
		r = closedLoop(client, *url, *duration, *clients)
	}
	json.NewEncoder(os.Stdout).Encode(r)
}

// recorder collects latencies and counts; safe for concurrent use.
type recorder struct {
	mu        sync.Mutex
	latencies []time.Duration
	done      int64
	inWindow  int64
	failed    int64
}

func (rec *recorder) record(latency time.Duration, finished, windowEnd time.Time, ok bool) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if !ok {
		rec.failed++
		return
	}
	rec.done++
	if !finished.After(windowEnd) {
		rec.inWindow++
	}
	rec.latencies = append(rec.latencies, latency)
}

func get(client *http.Client, url string) bool {
	resp, err := client.Get(url)
	if err != nil {
		return false
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

func openLoop(client *http.Client, url string, rate float64, d time.Duration, clients int) result {
	interval := time.Duration(float64(time.Second) / rate)
	total := int64(d / interval)
	due := make(chan time.Time, total+1)
	rec := &recorder{}
	start := time.Now()
	windowEnd := start.Add(d)
	// requests still queued this long after the window are not sent: the server is too slow for the rate
	stopAt := windowEnd.Add(2 * time.Second)
	var unsent int64
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for at := range due {
				if time.Now().After(stopAt) {
					atomic.AddInt64(&unsent, 1)
					continue
				}
				ok := get(client, url)
				now := time.Now()
				rec.record(now.Sub(at), now, windowEnd, ok)
			}
		}()
	}
	for i := int64(0); i < total; i++ {
		at := start.Add(time.Duration(i) * interval)
		if wait := time.Until(at); wait > 0 {
			time.Sleep(wait)
		}
		due <- at
	}
	close(due)
	wg.Wait()
	r := summary(rec, "open", rate, clients, d)
	r.Sent = total - unsent
	r.Unsent = unsent
	return r
}

func closedLoop(client *http.Client, url string, d time.Duration, clients int) result {
	rec := &recorder{}
	var sent int64
	start := time.Now()
	windowEnd := start.Add(d)
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(windowEnd) {
				atomic.AddInt64(&sent, 1)
				t := time.Now()
				ok := get(client, url)
				now := time.Now()
				rec.record(now.Sub(t), now, windowEnd, ok)
			}
		}()
	}
	wg.Wait()
	r := summary(rec, "closed", 0, clients, d)
	r.Sent = sent
	return r
}

func summary(rec *recorder, mode string, rate float64, clients int, d time.Duration) result {
	sort.Slice(rec.latencies, func(i, j int) bool { return rec.latencies[i] < rec.latencies[j] })
	pct := func(p float64) float64 {
		if len(rec.latencies) == 0 {
			return 0
		}
		return float64(rec.latencies[int(p*float64(len(rec.latencies)-1))].Microseconds())
	}
	return result{
		Mode: mode, Rate: rate, Clients: clients, Seconds: d.Seconds(),
		Done: rec.done, DoneInWindow: rec.inWindow, Failed: rec.failed,
		P50Micros: pct(0.50), P99Micros: pct(0.99),
	}
}
