package io.odigos.odiglet.ebpf.vm;

import io.odigos.odiglet.ebpf.attach.GoAttachOutcome;
import io.odigos.odiglet.ebpf.attach.GoInstrumentationManager;
import io.odigos.odiglet.ebpf.attach.GoProbes;
import io.odigos.odiglet.ebpf.attach.GoTarget;
import io.odigos.odiglet.ebpf.golang.GoBinaryAnalyzer;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.preflight.NodePreflight;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import io.odigos.odiglet.ebpf.trace.EpochClock;
import io.odigos.odiglet.ebpf.trace.GoEventDecoder;
import io.odigos.odiglet.ebpf.trace.GoEventPipeline;
import io.odigos.odiglet.ebpf.trace.GoSpans;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs inside the VM of {@code bpf/vm/run-in-vm.sh} (a kernel without lockdown), started by {@link
 * TraceparentWriterVmIT}: proves that the HTTP client probe's traceparent writer ({@code
 * uprobe_http_client_write_headers}, {@code bpf_probe_write_user} into the connection's {@code
 * bufio.Writer}) puts a {@code Traceparent} header into the frontend's outgoing requests. The HTTP
 * backend ({@code gosvc -log-traceparent}) prints the header it received per request; before the
 * probes attach it receives none (Go's client never sends one by itself), after they attach every
 * request must carry one equal to the frontend's client span (trace id, span id), and every chain
 * must still answer 200 with the expected body. Prints one {@code VERDICT PASS ...} or {@code
 * VERDICT FAIL ...} line and exits 0 or 1.
 *
 * <p>Usage: {@code TraceparentWriterVmMain <gosvc binary> [requests]}
 */
public final class TraceparentWriterVmMain {
  private static final Pattern LOGGED =
      Pattern.compile("gosvc http-backend traceparent=\"([^\"]*)\" path=(\\S+)");
  private static final Pattern TRACEPARENT =
      Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private record Exported(Resource resource, Span span) {
    String service() {
      return resource.getAttributesList().stream()
          .filter(kv -> kv.getKey().equals("service.name"))
          .map(kv -> kv.getValue().getStringValue())
          .findFirst()
          .orElse("");
    }

    String attribute(String key) {
      for (KeyValue kv : span.getAttributesList()) {
        if (kv.getKey().equals(key)) {
          return kv.getValue().getStringValue();
        }
      }
      return "";
    }

    String traceId() {
      return HexFormat.of().formatHex(span.getTraceId().toByteArray());
    }

    String spanId() {
      return HexFormat.of().formatHex(span.getSpanId().toByteArray());
    }

    String parentSpanId() {
      return HexFormat.of().formatHex(span.getParentSpanId().toByteArray());
    }
  }

  private static final long START = System.nanoTime();

  private TraceparentWriterVmMain() {}

  /** A phase's end, in seconds since the guest booted and since this JVM started. */
  private static void phase(String what) {
    String uptime;
    try {
      uptime = Files.readString(Path.of("/proc/uptime")).split(" ")[0];
    } catch (java.io.IOException e) {
      uptime = "?";
    }
    System.out.printf(
        "phase %-28s guest uptime %6s s, main %5.1f s%n",
        what, uptime, (System.nanoTime() - START) / 1e9);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.out.println("VERDICT FAIL usage: TraceparentWriterVmMain <gosvc binary> [requests]");
      System.exit(2);
    }
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long t0 = System.nanoTime();
    String failure;
    try {
      failure = run(Path.of(args[0]), requests);
    } catch (Exception | AssertionError e) {
      e.printStackTrace(System.out);
      failure = "exception: " + e;
    }
    System.out.printf(
        "in-VM main took %.1f s%n", (System.nanoTime() - t0) / 1e9); // the IT reports it
    if (failure != null) {
      System.out.println("VERDICT FAIL " + failure);
      System.out.flush();
      System.exit(1);
    }
    System.out.flush();
    System.exit(0);
  }

  /** The proof; null when it holds, else why not. */
  private static String run(Path gosvc, int requests) throws Exception {
    phase("JVM started");
    PreflightReport preflight = NodePreflight.system().run();
    System.out.println("preflight: " + preflight.summary());
    if (!preflight.contextPropagationPossible()) {
      return "preflight in the VM says context propagation is impossible: " + preflight.summary();
    }
    Path lockdown = Path.of("/sys/kernel/security/lockdown");
    System.out.println("lockdown: " + Files.readString(lockdown).strip());

    // the binary on tmpfs: uprobes on a 9p file are not what a node has
    Path work = Files.createTempDirectory("vm-gosvc-");
    Path binary = work.resolve("gosvc");
    Files.copy(gosvc, binary, StandardCopyOption.COPY_ATTRIBUTES);
    ConcurrentLinkedQueue<Exported> spans = new ConcurrentLinkedQueue<>();
    GoEventPipeline pipeline =
        new GoEventPipeline(
            EpochClock.now(),
            (process, record, clock) ->
                spans.add(
                    new Exported(
                        process.resource(),
                        GoSpans.toSpan(GoEventDecoder.decode(record), clock, process.dbSystem()))));
    try (VmGoServices svc = VmGoServices.start(binary, work);
        GoProbes probes = GoProbes.load(true, pipeline::accept);
        GoInstrumentationManager manager =
            new GoInstrumentationManager(
                probes,
                pipeline,
                GoBinaryAnalyzer::analyze,
                EnumSet.allOf(GoFunctionGroup.class))) {
      phase("services up, probes loaded");
      if (!probes.propagates()) {
        return "GoProbes.load(true) did not load the traceparent writer";
      }
      List<Logged> before = svc.backendLog();
      if (before.isEmpty() || before.stream().anyMatch(l -> !l.traceparent().isEmpty())) {
        return "before attaching, the backend should have received requests without a traceparent: "
            + before;
      }
      Map<Integer, GoAttachOutcome> outcomes =
          manager.reconcile(
              List.of(
                  GoTarget.of(pid(svc.frontend), Map.of("service.name", "frontend")),
                  GoTarget.of(pid(svc.httpBackend), Map.of("service.name", "http-backend")),
                  GoTarget.of(pid(svc.grpcBackend), Map.of("service.name", "grpc-backend"))));
      System.out.println("attach: " + outcomes);
      if (!outcomes.values().stream().allMatch(o -> o instanceof GoAttachOutcome.Attached)) {
        return "attach failed: " + outcomes;
      }

      phase("attached");
      // the chain must keep working: every request 200 with the expected body
      long t = System.nanoTime();
      for (int i = 1; i <= requests; i++) {
        HttpResponse<String> r = svc.get("/chain/" + i);
        String want = "chain " + i + ": hello / SERVING / one\n";
        if (r.statusCode() != 200 || !r.body().equals(want)) {
          return "request " + i + " answered " + r.statusCode() + " " + r.body().strip();
        }
      }
      System.out.printf(
          "%d chained requests answered 200 with the expected body in %.1f s%n",
          requests, (System.nanoTime() - t) / 1e9);

      List<Logged> after = svc.backendLog().subList(before.size(), svc.backendLog().size());
      List<Logged> without = after.stream().filter(l -> l.traceparent().isEmpty()).toList();
      if (after.size() != requests || !without.isEmpty()) {
        return "the backend received "
            + after.size()
            + " requests, "
            + without.size()
            + " without a traceparent (expected "
            + requests
            + ", all with one)";
      }
      // every header must name a client span of the frontend: its trace and its span id
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      Set<String> wanted =
          after.stream()
              .map(Logged::traceparent)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      if (wanted.size() != requests) {
        return "expected " + requests + " distinct traceparents, got " + wanted.size();
      }
      List<String> unmatched = new ArrayList<>(wanted);
      while (true) {
        Set<String> clientSpans =
            spans.stream()
                .filter(e -> e.service().equals("frontend"))
                .filter(e -> e.span().getKind() == Span.SpanKind.SPAN_KIND_CLIENT)
                .filter(e -> e.attribute("url.path").equals("/hello"))
                .map(e -> "00-" + e.traceId() + "-" + e.spanId() + "-01")
                .collect(Collectors.toSet());
        unmatched = wanted.stream().filter(tp -> !clientSpans.contains(tp)).toList();
        if (unmatched.isEmpty() || System.nanoTime() > deadline) {
          break;
        }
        Thread.sleep(200);
      }
      if (!unmatched.isEmpty()) {
        return unmatched.size()
            + " traceparents received by the backend match no frontend client span, e.g. "
            + unmatched.getFirst();
      }
      // and the client span is the child of the frontend's server span of the same chain
      String example = after.get(after.size() / 2).traceparent();
      Matcher m = TRACEPARENT.matcher(example);
      if (!m.matches()) {
        return "malformed traceparent " + example;
      }
      Exported client =
          spans.stream()
              .filter(e -> e.service().equals("frontend") && e.spanId().equals(m.group(2)))
              .findFirst()
              .orElseThrow();
      Exported server =
          spans.stream()
              .filter(e -> e.service().equals("frontend"))
              .filter(e -> e.span().getKind() == Span.SpanKind.SPAN_KIND_SERVER)
              .filter(e -> e.spanId().equals(client.parentSpanId()))
              .findFirst()
              .orElse(null);
      if (server == null || !server.traceId().equals(m.group(1))) {
        return "the client span of " + example + " is not the child of a frontend server span";
      }
      System.out.println(
          "example: the backend received traceparent "
              + example
              + "; frontend client span trace="
              + client.traceId()
              + " span="
              + client.spanId()
              + " parent="
              + client.parentSpanId()
              + " (frontend server span "
              + server.attribute("url.path")
              + " span="
              + server.spanId()
              + ")");
      System.out.println("spans: " + spans.size() + ", events: " + pipeline.events());
      phase("verified");
      System.out.println(
          "VERDICT PASS requests="
              + requests
              + " with-traceparent="
              + after.size()
              + " matched-client-spans="
              + wanted.size()
              + " example="
              + example);
      return null;
    }
  }

  private static int pid(Process p) {
    return (int) p.pid();
  }

  /** One line the backend printed. */
  record Logged(String traceparent, String path) {
    static List<Logged> parse(String log) {
      List<Logged> out = new ArrayList<>();
      Matcher m = LOGGED.matcher(log);
      while (m.find()) {
        out.add(new Logged(m.group(1), m.group(2)));
      }
      return out;
    }
  }

  /** The gosvc chain frontend → http-backend (logging traceparents), grpc-backend. */
  private static final class VmGoServices implements AutoCloseable {
    final Process grpcBackend;
    final Process httpBackend;
    final Process frontend;
    final int frontendPort;
    private final Path backendLog;
    private final List<Process> all = new ArrayList<>();

    private VmGoServices(Path binary, Path work) throws Exception {
      int grpcPort = freePort();
      int httpPort = freePort();
      frontendPort = freePort();
      backendLog = work.resolve("http-backend.log");
      grpcBackend =
          start(
              binary,
              work.resolve("grpc.log"),
              "-mode=grpc-backend",
              "-listen=127.0.0.1:" + grpcPort);
      httpBackend =
          start(
              binary,
              backendLog,
              "-mode=http-backend",
              "-log-traceparent",
              "-listen=127.0.0.1:" + httpPort);
      frontend =
          start(
              binary,
              work.resolve("frontend.log"),
              "-mode=frontend",
              "-listen=127.0.0.1:" + frontendPort,
              "-http-backend=http://127.0.0.1:" + httpPort,
              "-grpc-backend=127.0.0.1:" + grpcPort,
              "-db=" + work.resolve("items.db"));
    }

    static VmGoServices start(Path binary, Path work) throws Exception {
      VmGoServices s = new VmGoServices(binary, work);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (true) {
        try {
          if (s.get("/chain/0").statusCode() == 200) {
            return s;
          }
        } catch (java.io.IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() > deadline) {
          s.close();
          throw new IllegalStateException("the Go services did not start; backend log: " + s.log());
        }
        Thread.sleep(200);
      }
    }

    HttpResponse<String> get(String path) throws Exception {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + frontendPort + path))
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    List<Logged> backendLog() throws Exception {
      return Logged.parse(log());
    }

    private String log() throws java.io.IOException {
      return Files.exists(backendLog) ? Files.readString(backendLog) : "";
    }

    private Process start(Path binary, Path log, String... args) throws java.io.IOException {
      List<String> cmd = new ArrayList<>();
      cmd.add(binary.toString());
      cmd.addAll(List.of(args));
      ProcessBuilder b = new ProcessBuilder(cmd);
      b.environment().put("GODEBUG", "httpmuxgo121=0"); // as the other eBPF tests run them
      Process p = b.redirectErrorStream(true).redirectOutput(log.toFile()).start();
      all.add(p);
      return p;
    }

    private static int freePort() throws java.io.IOException {
      try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
        return s.getLocalPort();
      }
    }

    @Override
    public void close() {
      all.forEach(Process::destroyForcibly);
    }
  }
}
