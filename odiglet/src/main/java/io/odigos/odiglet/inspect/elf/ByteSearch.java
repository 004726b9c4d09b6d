package io.odigos.odiglet.inspect.elf;

import java.nio.ByteBuffer;

/** Finding byte strings in buffers (binary sections, mapped files). */
public final class ByteSearch {
  private ByteSearch() {}

  /** The index of the first occurrence of {@code needle} at or after {@code from}, else -1. */
  public static int indexOf(ByteBuffer hay, byte[] needle, int from) {
    int limit = hay.limit() - needle.length;
    if (needle.length == 0) {
      return from <= hay.limit() ? from : -1;
    }
    byte first = needle[0];
    outer:
    for (int i = Math.max(from, 0); i <= limit; i++) {
      if (hay.get(i) != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (hay.get(i + j) != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
