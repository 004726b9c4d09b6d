package io.odigos.odiglet.ebpf.libbpf;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A map of a {@link BpfObject}, with element operations on byte arrays (keys and values exactly
 * {@link #keySize()} and {@link #valueSize()} bytes, in the kernel's byte order). Owned by its
 * object: it needs no closing of its own, and refuses use once the object is closed. For per-CPU
 * maps a value holds one 8-byte-aligned slot per possible CPU ({@link #valueSize()} says how many
 * bytes in total).
 */
public final class BpfMap {
  /** {@code BPF_ANY}: create or update. */
  public static final long ANY = 0;

  /** {@code BPF_NOEXIST}: create only. */
  public static final long NOEXIST = 1;

  /** {@code BPF_EXIST}: update only. */
  public static final long EXIST = 2;

  /** {@code BPF_MAP_TYPE_RINGBUF}. */
  public static final int TYPE_RINGBUF = 27;

  private static final java.util.Set<Integer> PER_CPU_TYPES = java.util.Set.of(5, 6, 10, 21);

  private final BpfObject object;
  private final String name;
  private final MemorySegment ptr;
  private final int keySize;
  private final int valueSize;
  private final int type;
  private final int maxEntries;

  /** Called with the object's lock held; the attributes are fixed from here on. */
  BpfMap(BpfObject object, String name, MemorySegment ptr) {
    this.object = object;
    this.name = name;
    this.ptr = ptr;
    int[] info = object.lib().mapInfo(ptr);
    this.keySize = info[1];
    this.type = info[3];
    this.maxEntries = info[4];
    this.valueSize =
        PER_CPU_TYPES.contains(type)
            ? ((info[2] + 7) & ~7) * object.lib().numPossibleCpus()
            : info[2];
  }

  public String name() {
    return name;
  }

  public BpfObject object() {
    return object;
  }

  /** The kernel map's file descriptor (owned by the object; do not close it). */
  public int fd() {
    return object.whileLoaded("map " + name, this::fdLocked);
  }

  public int keySize() {
    return keySize;
  }

  /** Bytes of a value as the element operations take it (all CPUs' slots for per-CPU maps). */
  public int valueSize() {
    return valueSize;
  }

  /** {@code enum bpf_map_type}, e.g. {@link #TYPE_RINGBUF}. */
  public int type() {
    return type;
  }

  public int maxEntries() {
    return maxEntries;
  }

  /** Creates or updates an element ({@link #ANY}). */
  public void update(byte[] key, byte[] value) {
    update(key, value, ANY);
  }

  /**
   * Creates or updates an element; {@code flags} is {@link #ANY}, {@link #NOEXIST}, {@link #EXIST}.
   */
  public void update(byte[] key, byte[] value, long flags) {
    String what = "updating an element of map " + name;
    checkSize("key", key, keySize());
    checkSize("value", value, valueSize());
    object.whileLoaded(
        what,
        () -> {
          try (Arena a = Arena.ofConfined()) {
            object.lib().mapUpdate(fdLocked(), bytes(a, key), bytes(a, value), flags, what);
          }
          return null;
        });
  }

  /** The value of a key, empty when the key is absent. */
  public Optional<byte[]> lookup(byte[] key) {
    String what = "looking up an element of map " + name;
    checkSize("key", key, keySize());
    int valueSize = valueSize();
    return object.whileLoaded(
        what,
        () -> {
          try (Arena a = Arena.ofConfined()) {
            MemorySegment value = a.allocate(Math.max(1, valueSize), 8);
            boolean found = object.lib().mapLookup(fdLocked(), bytes(a, key), value, what);
            return found
                ? Optional.of(value.asSlice(0, valueSize).toArray(ValueLayout.JAVA_BYTE))
                : Optional.empty();
          }
        });
  }

  /** Deletes a key; false when it was absent. */
  public boolean delete(byte[] key) {
    String what = "deleting an element of map " + name;
    checkSize("key", key, keySize());
    return object.whileLoaded(
        what,
        () -> {
          try (Arena a = Arena.ofConfined()) {
            return object.lib().mapDelete(fdLocked(), bytes(a, key), what);
          }
        });
  }

  /** All keys (a snapshot; concurrent changes may be missed or seen). */
  public List<byte[]> keys() {
    String what = "listing the keys of map " + name;
    int keySize = keySize();
    return object.whileLoaded(
        what,
        () -> {
          List<byte[]> out = new ArrayList<>();
          try (Arena a = Arena.ofConfined()) {
            MemorySegment cur = MemorySegment.NULL;
            MemorySegment next = a.allocate(Math.max(1, keySize), 8);
            int fd = fdLocked();
            while (object.lib().mapNextKey(fd, cur, next, what)) {
              byte[] k = next.asSlice(0, keySize).toArray(ValueLayout.JAVA_BYTE);
              out.add(k);
              if (out.size() > Math.max(maxEntries(), 1) * 2L) {
                break; // keys changing under us: do not loop forever
              }
              cur = bytes(a, k);
            }
          }
          return out;
        });
  }

  /** The fd; only while the object's lock is held ({@link BpfObject#whileLoaded}). */
  int fdLocked() {
    return object.lib().mapInfo(ptr)[0];
  }

  private void checkSize(String what, byte[] b, int expected) {
    if (b == null || b.length != expected) {
      throw new IllegalArgumentException(
          "map "
              + name
              + ": "
              + what
              + " must be "
              + expected
              + " bytes, got "
              + (b == null ? "null" : b.length));
    }
  }

  private static MemorySegment bytes(Arena a, byte[] b) {
    MemorySegment s = a.allocate(Math.max(1, b.length), 8);
    MemorySegment.copy(b, 0, s, ValueLayout.JAVA_BYTE, 0, b.length);
    return s;
  }

  @Override
  public String toString() {
    return object.name() + "/" + name;
  }
}
