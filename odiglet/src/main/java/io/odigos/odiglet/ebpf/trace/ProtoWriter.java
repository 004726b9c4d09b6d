package io.odigos.odiglet.ebpf.trace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A protobuf wire-format writer into one growable, reusable byte array: what the span path needs
 * (varint, fixed64, length-delimited bytes and strings, nested messages) and nothing else. It
 * exists so that spans are encoded straight from the events, without building a message object per
 * span and serialising it afterwards. A nested message is written in place: {@link #begin} reserves
 * one byte for its length and {@link #end} widens it when the message turned out longer than 127
 * bytes. Not thread-safe.
 */
final class ProtoWriter {
  private static final int LEN = 2;
  private static final int FIXED64 = 1;
  private static final int VARINT = 0;

  private byte[] buf;
  private int size;

  ProtoWriter(int capacity) {
    buf = new byte[Math.max(capacity, 16)];
  }

  int size() {
    return size;
  }

  /** The backing array; bytes {@code [0, size())} are the encoding. */
  byte[] array() {
    return buf;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  void reset() {
    size = 0;
  }

  /** Forgets everything from {@code mark} (a former {@link #size()}) on. */
  void truncate(int mark) {
    size = mark;
  }

  /** Drops the array when it grew beyond {@code max} bytes, so that one burst does not pin it. */
  void shrinkTo(int max) {
    if (buf.length > max) {
      buf = new byte[max];
    }
    size = 0;
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  private void tag(int field, int wireType) {
    rawVarint((field << 3) | wireType);
  }

  private void rawVarint(long v) {
    if ((v & ~0x7FL) == 0) {
      ensure(1);
      buf[size++] = (byte) v;
      return;
    }
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  static int varintSize(long v) {
    int n = 1;
    while ((v & ~0x7FL) != 0) {
      v >>>= 7;
      n++;
    }
    return n;
  }

  void varint(int field, long value) {
    tag(field, VARINT);
    rawVarint(value);
  }

  void fixed64(int field, long value) {
    tag(field, FIXED64);
    ensure(8);
    for (int i = 0; i < 8; i++) {
      buf[size++] = (byte) (value >>> (8 * i));
    }
  }

  void bytes(int field, byte[] b) {
    bytes(field, b, 0, b.length);
  }

  void bytes(int field, byte[] b, int off, int len) {
    tag(field, LEN);
    rawVarint(len);
    raw(b, off, len);
  }

  /** Appends bytes that are already an encoding (fields of a message). */
  void raw(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
  }

  void string(int field, String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8); // a plain copy for ASCII strings
    tag(field, LEN);
    rawVarint(utf8.length);
    raw(utf8, 0, utf8.length);
  }

  /** The tag and length of a {@code len}-byte field whose bytes the caller appends next. */
  void header(int field, int len) {
    tag(field, LEN);
    rawVarint(len);
  }

  /** Starts a nested message in {@code field}; returns the mark to give {@link #end}. */
  int begin(int field) {
    tag(field, LEN);
    ensure(1);
    size++; // one byte for the length, widened by end() if needed
    return size;
  }

  /** Ends the nested message begun at {@code mark}: writes its length before it. */
  void end(int mark) {
    int len = size - mark;
    int width = varintSize(len);
    if (width > 1) {
      ensure(width - 1);
      System.arraycopy(buf, mark, buf, mark + width - 1, len);
      size += width - 1;
    }
    int p = mark - 1;
    long v = len;
    while ((v & ~0x7FL) != 0) {
      buf[p++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[p] = (byte) v;
  }
}
