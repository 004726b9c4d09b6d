package io.odigos.odiglet.ebpf.libbpf;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;

/**
 * {@code struct bpf_uprobe_opts} as of libbpf 1.1 (40 bytes): {@code size_t sz; size_t
 * ref_ctr_offset; __u64 bpf_cookie; bool retprobe; const char *func_name;}. The struct is versioned
 * by {@code sz}: newer libbpf (1.2 added {@code attach_mode}) accepts this shorter form and uses
 * defaults for the fields it lacks, so this one layout works with every libbpf from 1.1 on.
 */
final class UprobeOpts {
  static final StructLayout LAYOUT =
      MemoryLayout.structLayout(
          JAVA_LONG.withName("sz"),
          JAVA_LONG.withName("ref_ctr_offset"),
          JAVA_LONG.withName("bpf_cookie"),
          JAVA_BOOLEAN.withName("retprobe"),
          MemoryLayout.paddingLayout(7),
          ADDRESS.withName("func_name"));

  static final long SIZE = LAYOUT.byteSize();
  static final long OFFSET_SZ = offset("sz");
  static final long OFFSET_REF_CTR = offset("ref_ctr_offset");
  static final long OFFSET_COOKIE = offset("bpf_cookie");
  static final long OFFSET_RETPROBE = offset("retprobe");
  static final long OFFSET_FUNC_NAME = offset("func_name");

  private UprobeOpts() {}

  /**
   * Options for an entry probe at a raw file offset: no function-name lookup (works on stripped
   * binaries), no USDT semaphore, the given cookie (readable with {@code bpf_get_attach_cookie}).
   */
  static MemorySegment entryAtOffset(Arena arena, long cookie) {
    MemorySegment s = arena.allocate(LAYOUT);
    s.set(JAVA_LONG, OFFSET_SZ, SIZE);
    s.set(JAVA_LONG, OFFSET_REF_CTR, 0L);
    s.set(JAVA_LONG, OFFSET_COOKIE, cookie);
    s.set(JAVA_BOOLEAN, OFFSET_RETPROBE, false);
    s.set(ADDRESS, OFFSET_FUNC_NAME, MemorySegment.NULL);
    return s;
  }

  private static long offset(String field) {
    return LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement(field));
  }
}
