package io.odigos.odiglet.ebpf.trace;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a ring-buffer record (layout of {@code odigos_event.h}) as the fields of an OTLP span,
 * straight from the record's bytes: the same bytes {@link GoSpans#write} writes for the decoded
 * event, without a {@link GoEvent}, strings or ids allocated per event. What a span says beyond its
 * ids, times and URL (kind, name, status, the method/route/host/status attributes: {@link
 * GoSpans#constant}) is encoded once per distinct (kind, status, error flag, method, host, route,
 * RPC method, target, query, database) and then copied; a service answers a handful of those. The
 * cache holds at most {@value #MAX_ENTRIES} encodings and starts over when full (a stream of
 * distinct queries then costs what it cost without the cache). Not thread-safe: one writer per
 * exporter, used under its lock.
 */
final class RecordSpanWriter {
  static final int MAX_ENTRIES = 1024;

  private static final int H = GoEventDecoder.HEADER;

  private record Entry(int hash, byte[] key, byte[] constant) {}

  private final Entry[] table = new Entry[2 * MAX_ENTRIES];
  private int entries;
  private final byte[] key = new byte[512];
  private final List<String> databases = new ArrayList<>(List.of(""));
  private final ProtoWriter scratch = new ProtoWriter(512);
  private long misses;

  /**
   * Appends the span fields of {@code rec[off, off+len)}.
   *
   * @throws MalformedEventException when the record is not one the probes write (nothing is
   *     appended then)
   */
  void write(ProtoWriter w, byte[] rec, int off, int len, EpochClock clock, String dbSystem)
      throws MalformedEventException {
    int kind = GoEventDecoder.checkedKind(rec, off, len);
    int klen = key(rec, off, kind, dbSystem);
    byte[] constant = constant(rec, off, len, klen, dbSystem);
    w.bytes(GoSpans.TRACE_ID, rec, off + 32, 16);
    w.bytes(GoSpans.SPAN_ID, rec, off + 48, 8);
    if (le64(rec, off + 72) != 0) {
      w.bytes(GoSpans.PARENT_SPAN_ID, rec, off + 72, 8);
    }
    GoSpans.times(w, clock, le64(rec, off + 16), le64(rec, off + 24));
    w.raw(constant, 0, constant.length);
    if (kind == GoEvent.Kind.HTTP_SERVER.code || kind == GoEvent.Kind.HTTP_CLIENT.code) {
      int p = off + H;
      int pathLen = le16(rec, p + 2);
      int hostLen = le16(rec, p + 4);
      int q = p + 8;
      int path = q + GoEventDecoder.METHOD_MAX;
      int host = path + GoEventDecoder.PATH_MAX;
      if (!ascii(rec, path, pathLen) || !ascii(rec, host, hostLen)) {
        // not plain ASCII: the decoder's strings replace what is not valid UTF-8
        GoEvent e = GoEventDecoder.decode(ByteBuffer.wrap(rec, off, len));
        if (kind == GoEvent.Kind.HTTP_CLIENT.code) {
          GoSpans.str(w, "url.full", "http://" + e.host() + e.path());
        }
        GoSpans.urlPath(w, e.path());
        return;
      }
      if (kind == GoEvent.Kind.HTTP_CLIENT.code) {
        System.arraycopy(rec, host, prefix, 7, hostLen);
        GoSpans.strUtf8(w, "url.full", prefix, 0, 7 + hostLen, rec, path, pathLen);
      }
      GoSpans.strUtf8(w, "url.path", rec, path, pathLen, rec, 0, 0);
    }
  }

  /** Encodings made (cache misses) so far. */
  long misses() {
    return misses;
  }

  /** "http://" then a host, reused for url.full. */
  private final byte[] prefix = httpPrefix();

  private static byte[] httpPrefix() {
    byte[] p = new byte[7 + GoEventDecoder.HOST_MAX];
    System.arraycopy("http://".getBytes(StandardCharsets.US_ASCII), 0, p, 0, 7);
    return p;
  }

  /** The cache key of the record's constant part into {@link #key}; returns its length. */
  private int key(byte[] rec, int off, int kind, String dbSystem) {
    int status = off + 84;
    key[0] = (byte) kind;
    key[1] = (byte) (le32(rec, off + 80) & GoEvent.FLAG_ERROR);
    key[2] = rec[status];
    key[3] = rec[status + 1];
    key[4] = rec[status + 2];
    key[5] = rec[status + 3];
    key[6] = kind == GoEvent.Kind.SQL_QUERY.code ? database(dbSystem) : 0;
    int k = 7;
    int p = off + H;
    if (kind == GoEvent.Kind.HTTP_SERVER.code || kind == GoEvent.Kind.HTTP_CLIENT.code) {
      int q = p + 8;
      k = field(rec, p, q, key, k); // method
      k = field(rec, p + 4, q + GoEventDecoder.METHOD_MAX + GoEventDecoder.PATH_MAX, key, k);
      if (kind == GoEvent.Kind.HTTP_SERVER.code) {
        k =
            field(
                rec,
                p + 6,
                q + GoEventDecoder.METHOD_MAX + GoEventDecoder.PATH_MAX + GoEventDecoder.HOST_MAX,
                key,
                k);
      }
    } else if (kind == GoEvent.Kind.SQL_QUERY.code) {
      k = field(rec, p, p + 8, key, k);
    } else {
      k = field(rec, p, p + 8, key, k);
      k = field(rec, p + 2, p + 8 + GoEventDecoder.RPC_METHOD_MAX, key, k);
    }
    return k;
  }

  /** Appends a string field (its 2-byte length at {@code lenAt}, bytes at {@code at}). */
  private static int field(byte[] rec, int lenAt, int at, byte[] key, int k) {
    int n = le16(rec, lenAt);
    key[k] = rec[lenAt];
    key[k + 1] = rec[lenAt + 1];
    System.arraycopy(rec, at, key, k + 2, n);
    return k + 2 + n;
  }

  private byte database(String dbSystem) {
    int i = databases.indexOf(dbSystem);
    if (i < 0) {
      if (databases.size() >= 255) {
        databases.subList(1, databases.size()).clear();
        clear();
      }
      databases.add(dbSystem);
      i = databases.size() - 1;
    }
    return (byte) i;
  }

  private byte[] constant(byte[] rec, int off, int len, int klen, String dbSystem)
      throws MalformedEventException {
    int h = 1;
    for (int i = 0; i < klen; i++) {
      h = 31 * h + key[i];
    }
    int mask = table.length - 1;
    int slot = (h ^ (h >>> 16)) & mask;
    for (Entry e = table[slot]; e != null; e = table[slot]) {
      if (e.hash == h && Arrays.equals(e.key, 0, e.key.length, key, 0, klen)) {
        return e.constant;
      }
      slot = (slot + 1) & mask;
    }
    misses++;
    GoEvent e = GoEventDecoder.decode(ByteBuffer.wrap(rec, off, len));
    scratch.reset();
    GoSpans.constant(scratch, e, dbSystem);
    byte[] constant = scratch.toByteArray();
    if (entries >= MAX_ENTRIES) {
      clear();
      slot = (h ^ (h >>> 16)) & mask;
    }
    table[slot] = new Entry(h, Arrays.copyOf(key, klen), constant);
    entries++;
    return constant;
  }

  private void clear() {
    Arrays.fill(table, null);
    entries = 0;
  }

  private static boolean ascii(byte[] b, int at, int n) {
    for (int i = at, end = at + n; i < end; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  static int le16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  static int le32(byte[] b, int at) {
    return (b[at] & 0xFF)
        | (b[at + 1] & 0xFF) << 8
        | (b[at + 2] & 0xFF) << 16
        | (b[at + 3] & 0xFF) << 24;
  }

  static long le64(byte[] b, int at) {
    return (le32(b, at) & 0xFFFFFFFFL) | (long) le32(b, at + 4) << 32;
  }
}
