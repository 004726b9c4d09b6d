package io.odigos.odiglet.ebpf.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.proto.trace.v1.Span;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer that encodes spans straight from ring-buffer records must write exactly the bytes of
 * the decode-then-encode path ({@link GoSpans#write}), whether its cache hits, misses or starts
 * over, for every kind, error flags, statuses and non-ASCII text.
 */
class RecordSpanWriterTest {
  private static final EpochClock CLOCK = EpochClock.withOffset(1_000_000_000_000L);

  private static ByteBuffer grpc(int kind, String method, String target, int flags, int status) {
    ByteBuffer b = ByteBuffer.allocate(GoEventDecoder.GRPC_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    GoEventsTest.header(b, kind, new byte[8], flags, status);
    b.putShort((short) utf8(method)).putShort((short) utf8(target)).putInt(0);
    GoEventsTest.text(b, method, 128);
    GoEventsTest.text(b, target, 64);
    return b.flip();
  }

  private static ByteBuffer sql(String q, int flags) {
    ByteBuffer b = ByteBuffer.allocate(GoEventDecoder.SQL_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    GoEventsTest.header(b, 5, new byte[8], flags, 0);
    b.putShort((short) utf8(q)).putShort((short) 0).putInt(0);
    GoEventsTest.text(b, q, 256);
    return b.flip();
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static byte[] viaDecoder(ByteBuffer r, String db) throws MalformedEventException {
    ProtoWriter w = new ProtoWriter(64);
    GoSpans.write(w, GoEventDecoder.decode(r.duplicate()), CLOCK, db);
    return w.toByteArray();
  }

  private static byte[] direct(RecordSpanWriter writer, ByteBuffer r, String db)
      throws MalformedEventException {
    ProtoWriter w = new ProtoWriter(64);
    // the record in the middle of a larger array, as a slice of a batch would be
    byte[] big = new byte[r.remaining() + 10];
    r.duplicate().get(big, 5, r.remaining());
    writer.write(w, big, 5, r.remaining(), CLOCK, db);
    return w.toByteArray();
  }

  private static List<ByteBuffer> records() {
    List<ByteBuffer> all = new ArrayList<>();
    for (int status : new int[] {200, 404, 503}) {
      all.add(
          GoEventsTest.http(1, "GET", "/items/" + status, "svc:8080", "GET /items/{id}", status));
      all.add(GoEventsTest.http(1, "POST", "/a", "svc", "", status));
      all.add(GoEventsTest.http(2, "GET", "/b?x=1", "backend:9090", "", status));
    }
    all.add(GoEventsTest.http(1, "GET", "/caf\u00e9/\u2603", "h\u00f6st:1", "", 200));
    all.add(GoEventsTest.http(2, "GET", "/x", "b:9", "", 0).putInt(80, GoEvent.FLAG_ERROR));
    all.add(GoEventsTest.http(2, "GET", "/" + "p".repeat(127), "h".repeat(64), "", 200));
    all.add(grpc(3, "/pkg.Svc/Get", "", 0, 0));
    all.add(grpc(3, "/pkg.Svc/Get", "", 0, 13));
    all.add(grpc(4, "/pkg.Svc/Get", "dns:///backend:50051", GoEvent.FLAG_ERROR, 14));
    all.add(sql("select 1", 0));
    all.add(sql("  insert into t values (?)", GoEvent.FLAG_ERROR));
    return all;
  }

  @Test
  void writesTheSameBytesAsDecodingThenEncodingOnMissesAndHits() throws Exception {
    RecordSpanWriter writer = new RecordSpanWriter();
    for (int pass = 0; pass < 2; pass++) {
      for (ByteBuffer r : records()) {
        for (String db : new String[] {"", "sqlite"}) {
          assertThat(direct(writer, r, db)).isEqualTo(viaDecoder(r, db));
        }
      }
    }
    long misses = writer.misses();
    for (ByteBuffer r : records()) {
      direct(writer, r, "");
    }
    assertThat(writer.misses()).as("a third pass hits the cache").isEqualTo(misses);
  }

  @Test
  void pathsAndIdsDifferPerEventWhileTheConstantPartIsShared() throws Exception {
    RecordSpanWriter writer = new RecordSpanWriter();
    ByteBuffer a = GoEventsTest.http(1, "GET", "/items/1", "svc:8080", "GET /items/{id}", 200);
    ByteBuffer b = GoEventsTest.http(1, "GET", "/items/22", "svc:8080", "GET /items/{id}", 200);
    b.put(48, (byte) 0x55).putLong(16, 7_000).putLong(24, 8_000);
    Span sa = Span.parseFrom(direct(writer, a, ""));
    Span sb = Span.parseFrom(direct(writer, b, ""));
    assertThat(writer.misses()).isEqualTo(1);
    assertThat(GoEventsTest.attributes(sa)).containsEntry("url.path", "/items/1");
    assertThat(GoEventsTest.attributes(sb)).containsEntry("url.path", "/items/22");
    assertThat(sb.getSpanId()).isNotEqualTo(sa.getSpanId());
    assertThat(sb.getStartTimeUnixNano()).isEqualTo(1_000_000_007_000L);
    assertThat(sb.getEndTimeUnixNano()).isEqualTo(1_000_000_008_000L);
    assertThat(sb.getName()).isEqualTo(sa.getName()).isEqualTo("GET /items/{id}");
  }

  @Test
  void manyDistinctQueriesStartTheCacheOverAndStayCorrect() throws Exception {
    RecordSpanWriter writer = new RecordSpanWriter();
    for (int i = 0; i < 3 * RecordSpanWriter.MAX_ENTRIES; i++) {
      ByteBuffer r = sql("select " + i, 0);
      assertThat(direct(writer, r, "postgresql")).isEqualTo(viaDecoder(r, "postgresql"));
    }
    assertThat(writer.misses()).isEqualTo(3L * RecordSpanWriter.MAX_ENTRIES);
  }

  @Test
  void malformedRecordsAreRefusedAndWriteNothing() {
    RecordSpanWriter writer = new RecordSpanWriter();
    ProtoWriter w = new ProtoWriter(64);
    ByteBuffer tooLong = GoEventsTest.http(1, "GET", "/", "h", "", 200);
    tooLong.putShort(GoEventDecoder.HEADER + 4, (short) 65);
    byte[] a = Arrays.copyOf(tooLong.array(), tooLong.remaining());
    assertThatThrownBy(() -> writer.write(w, a, 0, a.length, CLOCK, ""))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("exceeds");
    assertThatThrownBy(() -> writer.write(w, a, 0, 100, CLOCK, ""))
        .hasMessageContaining("expected");
    assertThatThrownBy(() -> writer.write(w, new byte[10], 0, 10, CLOCK, ""))
        .hasMessageContaining("shorter than a header");
    byte[] unknown = a.clone();
    unknown[0] = 42;
    assertThatThrownBy(() -> writer.write(w, unknown, 0, unknown.length, CLOCK, ""))
        .hasMessageContaining("unknown event kind 42");
    assertThat(w.size()).isZero();
  }
}
