package io.odigos.odiglet.ebpf.libbpf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** {@code struct selftest_event} of bpf/src/main/c/selftest.bpf.c. */
record SelftestEvent(int tgid, int tid, long arg0, long ktimeNanos) {
  static final int SIZE = 24;

  static SelftestEvent parse(ByteBuffer record) {
    if (record.remaining() != SIZE) {
      throw new IllegalArgumentException("selftest event of " + record.remaining() + " bytes");
    }
    ByteBuffer b = record.slice().order(ByteOrder.LITTLE_ENDIAN);
    return new SelftestEvent(b.getInt(0), b.getInt(4), b.getLong(8), b.getLong(16));
  }
}
