package io.odigos.odiglet.ebpf.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Records laid out as odigos_event.h lays them out, decoded and turned into spans. */
class GoEventsTest {
  private static final byte[] TRACE = HexFormat.of().parseHex("0af7651916cd43dd8448eb211c80319c");
  private static final byte[] SPAN = HexFormat.of().parseHex("b7ad6b7169203331");
  private static final byte[] PARENT = HexFormat.of().parseHex("00f067aa0ba902b7");
  private static final EpochClock CLOCK = EpochClock.withOffset(1_000_000_000_000L);

  static ByteBuffer header(ByteBuffer b, int kind, byte[] parent, int flags, int status) {
    b.putInt(kind).putInt(4242).putLong(17).putLong(5_000).putLong(9_000);
    b.put(TRACE).put(SPAN).put(TRACE).put(parent);
    return b.putInt(flags).putInt(status);
  }

  static void text(ByteBuffer b, String s, int field) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    b.put(bytes).put(new byte[field - bytes.length]);
  }

  static ByteBuffer http(int kind, String method, String path, String host, String route, int st) {
    ByteBuffer b = ByteBuffer.allocate(GoEventDecoder.HTTP_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    header(b, kind, PARENT, 0, st);
    b.putShort((short) method.length()).putShort((short) path.length());
    b.putShort((short) host.length()).putShort((short) route.length());
    text(b, method, 16);
    text(b, path, 128);
    text(b, host, 64);
    text(b, route, 64);
    return b.flip();
  }

  static Map<String, Object> attributes(Span s) {
    return s.getAttributesList().stream()
        .collect(
            Collectors.toMap(
                KeyValue::getKey,
                kv ->
                    kv.getValue().hasIntValue()
                        ? (Object) kv.getValue().getIntValue()
                        : kv.getValue().getStringValue()));
  }

  @Test
  void httpServerEventBecomesAServerSpanWithTheRoute() throws Exception {
    GoEvent e =
        GoEventDecoder.decode(http(1, "GET", "/chain/7", "svc:8080", "GET /chain/{id}", 201));
    assertThat(e.kind()).isEqualTo(GoEvent.Kind.HTTP_SERVER);
    assertThat(e.tgid()).isEqualTo(4242);
    assertThat(e.traceIdHex()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    assertThat(e.parentSpanIdHex()).isEqualTo("00f067aa0ba902b7");

    Span s = GoSpans.toSpan(e, CLOCK, "");
    assertThat(s.getName()).isEqualTo("GET /chain/{id}");
    assertThat(s.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
    assertThat(s.getStartTimeUnixNano()).isEqualTo(1_000_000_005_000L);
    assertThat(s.getEndTimeUnixNano()).isEqualTo(1_000_000_009_000L);
    assertThat(s.getParentSpanId().toByteArray()).isEqualTo(PARENT);
    assertThat(attributes(s))
        .containsEntry("http.request.method", "GET")
        .containsEntry("url.path", "/chain/7")
        .containsEntry("http.route", "/chain/{id}")
        .containsEntry("http.response.status_code", 201L)
        .containsEntry("server.address", "svc")
        .containsEntry("server.port", 8080L);
    assertThat(s.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_UNSET);
  }

  @Test
  void failingHttpClientCallIsAnError() throws Exception {
    GoEvent e = GoEventDecoder.decode(http(2, "POST", "/x", "b:9", "", 503));
    Span s = GoSpans.toSpan(e, CLOCK, "");
    assertThat(s.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
    assertThat(s.getName()).isEqualTo("POST");
    assertThat(attributes(s)).containsEntry("url.full", "http://b:9/x");
    assertThat(s.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
  }

  @Test
  void grpcClientEventSplitsServiceAndMethod() throws Exception {
    ByteBuffer b = ByteBuffer.allocate(GoEventDecoder.GRPC_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    header(b, 4, new byte[8], GoEvent.FLAG_ERROR, 14);
    String method = "/grpc.health.v1.Health/Check";
    String target = "dns:///backend:50051";
    b.putShort((short) method.length()).putShort((short) target.length()).putInt(0);
    text(b, method, 128);
    text(b, target, 64);
    Span s = GoSpans.toSpan(GoEventDecoder.decode(b.flip()), CLOCK, "");
    assertThat(s.getName()).isEqualTo("grpc.health.v1.Health/Check");
    assertThat(s.getParentSpanId().isEmpty()).isTrue();
    assertThat(attributes(s))
        .containsEntry("rpc.system", "grpc")
        .containsEntry("rpc.service", "grpc.health.v1.Health")
        .containsEntry("rpc.method", "Check")
        .containsEntry("rpc.grpc.status_code", 14L)
        .containsEntry("server.address", "backend")
        .containsEntry("server.port", 50051L);
    assertThat(s.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
  }

  @Test
  void sqlEventCarriesTheQueryAndItsOperation() throws Exception {
    ByteBuffer b = ByteBuffer.allocate(GoEventDecoder.SQL_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    header(b, 5, PARENT, 0, 0);
    String q = "  select name from items where id = ?";
    b.putShort((short) q.length()).putShort((short) 0).putInt(0);
    text(b, q, 256);
    Span s = GoSpans.toSpan(GoEventDecoder.decode(b.flip()), CLOCK, "sqlite");
    assertThat(s.getName()).isEqualTo("SELECT");
    assertThat(attributes(s))
        .containsEntry("db.query.text", q)
        .containsEntry("db.operation.name", "SELECT")
        .containsEntry("db.system.name", "sqlite");
  }

  @Test
  void badRecordsAreRefusedWithAReason() {
    assertThatThrownBy(() -> GoEventDecoder.decode(ByteBuffer.allocate(10)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("shorter than a header");
    ByteBuffer unknown =
        ByteBuffer.allocate(GoEventDecoder.HTTP_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    unknown.putInt(0, 99);
    assertThatThrownBy(() -> GoEventDecoder.decode(unknown))
        .hasMessageContaining("unknown event kind 99");
    ByteBuffer shortHttp = ByteBuffer.allocate(100).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 1);
    assertThatThrownBy(() -> GoEventDecoder.decode(shortHttp)).hasMessageContaining("expected");
    ByteBuffer tooLong = http(1, "GET", "/", "h", "", 200);
    tooLong.putShort(GoEventDecoder.HEADER, (short) 500);
    assertThatThrownBy(() -> GoEventDecoder.decode(tooLong)).hasMessageContaining("exceeds");
  }

  @Test
  void pipelineDropsEventsOfUnknownProcessesAndCountsMalformedOnes() {
    List<GoEvent> out = new java.util.ArrayList<>();
    GoEventPipeline pipeline =
        new GoEventPipeline(CLOCK, (p, r, clock) -> out.add(GoEventDecoder.decode(r)));
    pipeline.accept(http(1, "GET", "/", "h:1", "", 200));
    assertThat(out).isEmpty();
    assertThat(pipeline.unknownProcess()).isEqualTo(1);
    pipeline.register(4242, ProcessTelemetry.of(Map.of("service.name", "a"), 4242, "go1.23.4", ""));
    pipeline.accept(http(1, "GET", "/", "h:1", "", 200));
    pipeline.accept(ByteBuffer.allocate(3));
    ByteBuffer unknownKind = http(1, "GET", "/", "h:1", "", 200).putInt(0, 99);
    pipeline.accept(unknownKind);
    assertThat(out).hasSize(1);
    assertThat(out.getFirst().path()).isEqualTo("/");
    assertThat(pipeline.events()).isEqualTo(1);
    assertThat(pipeline.malformed()).isEqualTo(2);
  }

  @Test
  void routesAndTargetsAreTakenApart() {
    assertThat(GoSpans.routeOf("GET example.com/items/{id}")).isEqualTo("/items/{id}");
    assertThat(GoSpans.routeOf("/hello/")).isEqualTo("/hello/");
    assertThat(GoSpans.routeOf("")).isEmpty();
    assertThat(GoSpans.targetHost("dns:///b:1")).isEqualTo("b:1");
    assertThat(GoSpans.targetHost("passthrough://x/b:1")).isEqualTo("x/b:1");
    assertThat(GoSpans.targetHost("b:1")).isEqualTo("b:1");
    assertThat(ProcessTelemetry.dbSystemOf(List.of("golang.org/x/net", "modernc.org/sqlite")))
        .isEqualTo("sqlite");
  }
}
