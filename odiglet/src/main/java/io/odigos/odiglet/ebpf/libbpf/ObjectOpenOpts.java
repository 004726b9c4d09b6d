package io.odigos.odiglet.ebpf.libbpf;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The first two fields of {@code struct bpf_object_open_opts} ({@code size_t sz; const char
 * *object_name;}): libbpf reads only the fields that fit in {@code sz}, so a 16-byte struct sets
 * the object's name (shown in libbpf's log and bpftool) and leaves everything else at its default.
 */
final class ObjectOpenOpts {
  static final long SIZE = 16;

  private ObjectOpenOpts() {}

  static MemorySegment named(Arena arena, String objectName) {
    MemorySegment s = arena.allocate(SIZE, 8);
    s.set(JAVA_LONG, 0, SIZE);
    s.set(ADDRESS, 8, arena.allocateFrom(objectName));
    return s;
  }
}
