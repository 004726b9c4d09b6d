package io.odigos.odiglet.ebpf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.odigos.odiglet.ebpf.attach.GoAttachOutcome;
import io.odigos.odiglet.ebpf.attach.GoInstrumentationManager;
import io.odigos.odiglet.ebpf.attach.GoProbes;
import io.odigos.odiglet.ebpf.attach.GoTarget;
import io.odigos.odiglet.ebpf.golang.GoBinaryAnalyzer;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.golang.GoServices;
import io.odigos.odiglet.ebpf.preflight.NodePreflight;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import io.odigos.odiglet.ebpf.trace.EpochClock;
import io.odigos.odiglet.ebpf.trace.GoEventPipeline;
import io.odigos.odiglet.ebpf.trace.OtlpTraceExporter;
import io.odigos.testbed.Otelcol;
import io.odigos.testbed.OtlpSink;
import io.odigos.testbed.OtlpSink.Item;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go services built with every supported Go version, stripped and not, probed by the real eBPF
 * programs in the real kernel after they have been running (no restart), their spans exported by
 * the odiglet's exporter through a real collector into a sink: the frontend's HTTP server span, its
 * HTTP client call, the HTTP backend's server span, its gRPC call, the gRPC backend's server span
 * and its sqlite query form one trace with the right parents; an incoming traceparent is honoured;
 * detaching stops the spans.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoEbpfEndToEndIT {
  private Otelcol otelcol;
  private OtlpSink sink;
  private OtlpTraceExporter exporter;
  private GoProbes probes;
  private GoInstrumentationManager manager;
  private PreflightReport preflight;

  @BeforeAll
  void start() {
    preflight = NodePreflight.system().run();
    assertThat(preflight.ebpfUsable()).as(preflight.summary()).isTrue();
    otelcol = Otelcol.fromTestbed();
    sink = OtlpSink.start(otelcol);
    exporter = new OtlpTraceExporter(sink.httpEndpoint(), Duration.ofMillis(100), 100_000);
    GoEventPipeline pipeline = new GoEventPipeline(EpochClock.now(), exporter::enqueue);
    probes = GoProbes.load(preflight.contextPropagationPossible(), pipeline::accept);
    manager =
        new GoInstrumentationManager(
            probes, pipeline, GoBinaryAnalyzer::analyze, EnumSet.allOf(GoFunctionGroup.class));
  }

  @AfterAll
  void stop() {
    if (manager != null) {
      manager.close();
    }
    if (probes != null) {
      probes.close();
    }
    if (exporter != null) {
      exporter.close();
    }
    if (sink != null) {
      sink.close();
    }
  }

  /** Every build; {@code -Dgo.variant=go1.23} narrows to the matching ones (debugging). */
  Stream<GoServices.Variant> variants() {
    String only = System.getProperty("go.variant", "");
    return GoServices.variants().stream().filter(v -> v.toString().contains(only));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void aRunningServiceChainBecomesOneTrace(GoServices.Variant v) throws Exception {
    String label = v.build().label() + (v.stripped() ? "-stripped" : "");
    try (GoServiceProcesses svc = GoServiceProcesses.start(v.binary())) {
      // served before any probe exists: the probes attach to a process that is already running
      assertThat(svc.get("/chain/0", Map.of()).statusCode()).isEqualTo(200);

      Map<Integer, GoAttachOutcome> outcomes =
          manager.reconcile(
              List.of(
                  target(svc.frontend, "frontend-" + label),
                  target(svc.httpBackend, "http-backend-" + label),
                  target(svc.grpcBackend, "grpc-backend-" + label)));
      assertThat(outcomes.values())
          .allMatch(o -> o instanceof GoAttachOutcome.Attached, outcomes.toString());
      assertThat(outcomes.get(pid(svc.frontend)).message())
          .contains("HTTP server", "HTTP client", "gRPC client", "database/sql");

      assertThat(svc.get("/chain/42", Map.of()).statusCode()).isEqualTo(200);
      Item server =
          awaitSpan(
              "frontend-" + label,
              Item.SERVER,
              s -> "/chain/42".equals(s.attributes().get("url.path")));
      assertThat(server.parentSpanId()).isEmpty();
      assertThat(server.attributes())
          .containsEntry("http.request.method", "GET")
          .containsEntry("http.response.status_code", "200")
          .containsEntry("server.address", "127.0.0.1");
      assertThat(server.resource())
          .containsEntry("telemetry.sdk.language", "go")
          .containsEntry("process.runtime.version", v.build().goVersion());
      if (minor(v.build().goVersion()) >= 23) {
        assertThat(server.attributes()).containsEntry("http.route", "/chain/");
        assertThat(server.name()).isEqualTo("GET /chain/");
      }
      String trace = server.traceId();

      Item httpClient = awaitChild("frontend-" + label, Item.CLIENT, trace, server, "GET");
      assertThat(httpClient.attributes()).containsEntry("url.path", "/hello");
      // named by its route where the ServeMux reports one (Go 1.23+)
      String backendName = minor(v.build().goVersion()) >= 23 ? "GET /hello" : "GET";
      Item httpBackend =
          awaitChild("http-backend-" + label, Item.SERVER, trace, httpClient, backendName);
      assertThat(httpBackend.attributes()).containsEntry("url.path", "/hello");

      Item grpcClient =
          awaitChild(
              "frontend-" + label, Item.CLIENT, trace, server, "grpc.health.v1.Health/Check");
      assertThat(grpcClient.attributes())
          .containsEntry("rpc.system", "grpc")
          .containsEntry("rpc.service", "grpc.health.v1.Health")
          .containsEntry("rpc.method", "Check")
          .containsEntry("rpc.grpc.status_code", "0");
      Item grpcServer =
          awaitChild(
              "grpc-backend-" + label,
              Item.SERVER,
              trace,
              grpcClient,
              "grpc.health.v1.Health/Check");
      assertThat(grpcServer.attributes()).containsEntry("rpc.grpc.status_code", "0");

      Item query = awaitChild("frontend-" + label, Item.CLIENT, trace, server, "SELECT");
      assertThat(query.attributes())
          .containsEntry("db.query.text", "SELECT name FROM items WHERE id = ?")
          .containsEntry("db.system.name", "sqlite");

      // a caller's W3C trace context is honoured
      byte[] callerTrace = new byte[16];
      byte[] callerSpan = new byte[8];
      new Random().nextBytes(callerTrace);
      new Random().nextBytes(callerSpan);
      String tp =
          "00-"
              + HexFormat.of().formatHex(callerTrace)
              + "-"
              + HexFormat.of().formatHex(callerSpan)
              + "-01";
      assertThat(svc.get("/chain/7", Map.of("traceparent", tp)).statusCode()).isEqualTo(200);
      Item continued =
          awaitSpan(
              "frontend-" + label,
              Item.SERVER,
              s -> "/chain/7".equals(s.attributes().get("url.path")));
      assertThat(continued.traceId()).isEqualTo(HexFormat.of().formatHex(callerTrace));
      assertThat(continued.parentSpanId()).isEqualTo(HexFormat.of().formatHex(callerSpan));

      // detached: no more spans, the processes keep serving
      manager.reconcile(List.of());
      assertThat(svc.get("/chain/99", Map.of()).statusCode()).isEqualTo(200);
      Thread.sleep(1500);
      assertThat(sink.spans())
          .noneMatch(
              s ->
                  "/chain/99".equals(s.attributes().get("url.path"))
                      && s.resource().getOrDefault("service.name", "").endsWith(label));
    }
  }

  @Test
  void aProcessThatIsNotGoIsLeftAloneWithAReason() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      Map<Integer, GoAttachOutcome> out =
          manager.reconcile(
              List.of(GoTarget.of((int) sleeper.pid(), Map.of("service.name", "sleep"))));
      GoAttachOutcome o = out.get((int) sleeper.pid());
      assertThat(o).isInstanceOf(GoAttachOutcome.Unsupported.class);
      assertThat(o.message()).containsIgnoringCase("go");
      manager.reconcile(List.of());
    } finally {
      sleeper.destroyForcibly().waitFor();
    }
  }

  private static GoTarget target(Process p, String service) {
    return GoTarget.of(pid(p), Map.of("service.name", service));
  }

  private static int pid(Process p) {
    return (int) p.pid();
  }

  private static int minor(String goVersion) {
    return Integer.parseInt(goVersion.replace("go", "").split("\\.")[1]);
  }

  private Item awaitSpan(String service, int kind, java.util.function.Predicate<Item> match) {
    try {
      return await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  sink.spans().stream()
                      .filter(
                          s -> service.equals(s.resource().get("service.name")) && s.kind() == kind)
                      .filter(match)
                      .findFirst(),
              java.util.Optional::isPresent)
          .orElseThrow();
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      StringBuilder seen = new StringBuilder();
      for (Item s : sink.spans()) {
        seen.append("\n  ")
            .append(s.resource().get("service.name"))
            .append(" kind=")
            .append(s.kind())
            .append(" ")
            .append(s.name())
            .append(" trace=")
            .append(s.traceId())
            .append(" span=")
            .append(s.spanId())
            .append(" parent=")
            .append(s.parentSpanId())
            .append(" ")
            .append(s.attributes());
      }
      throw new AssertionError(
          "no matching span of " + service + " (kind " + kind + "); the sink has:" + seen, e);
    }
  }

  private Item awaitChild(String service, int kind, String trace, Item parent, String name) {
    return awaitSpan(
        service,
        kind,
        s ->
            s.traceId().equals(trace)
                && s.parentSpanId().equals(parent.spanId())
                && s.name().equals(name));
  }
}
