package io.odigos.odiglet.ebpf.golang;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal FFM binding to capstone 4 ({@code libcapstone.so.4}, Debian package {@code
 * libcapstone4}) that decodes amd64 code: used to find the prologue {@code JBE} and every {@code
 * RET} of a Go function, because a uprobe on a wrong offset corrupts the target process and a
 * well-tested decoder is safer than a hand-written one. Nothing outside this class touches native
 * memory.
 *
 * <p>{@code cs_insn} in capstone 4 (detail off): {@code id u32 @0, address u64 @8, size u16 @16,
 * bytes[16] @18, mnemonic[32] @34, op_str[160] @66, detail* @232}, 240 bytes. The layout is checked
 * on every decode (consecutive instructions must be contiguous), so a library with another layout
 * fails loudly instead of producing wrong offsets.
 */
public final class CapstoneX86 {
  static final String LIBRARY = "libcapstone.so.4";
  private static final int CS_ARCH_X86 = 3;
  private static final int CS_MODE_64 = 1 << 3;
  private static final long INSN_SIZE = 240;
  private static final long OFF_ADDRESS = 8;
  private static final long OFF_SIZE = 16;
  private static final long OFF_BYTES = 18;
  private static final long OFF_MNEMONIC = 34;
  private static final long OFF_OPSTR = 66;

  /** The loaded library, while at least one {@link Lease} is open; guarded by the class. */
  private static CapstoneX86 instance;

  private static int leases;

  private final Arena arena;
  private final MethodHandle csOpen;
  private final MethodHandle csClose;
  private final MethodHandle csDisasm;
  private final MethodHandle csFree;

  private CapstoneX86(Arena arena, SymbolLookup lib) {
    this.arena = arena;
    Linker linker = Linker.nativeLinker();
    csOpen =
        linker.downcallHandle(
            find(lib, "cs_open"),
            FunctionDescriptor.of(
                ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS));
    csClose =
        linker.downcallHandle(
            find(lib, "cs_close"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    csDisasm =
        linker.downcallHandle(
            find(lib, "cs_disasm"),
            FunctionDescriptor.of(
                ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS,
                ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS));
    csFree =
        linker.downcallHandle(
            find(lib, "cs_free"),
            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
  }

  private static MemorySegment find(SymbolLookup lib, String name) {
    return lib.find(name)
        .orElseThrow(() -> new IllegalStateException(LIBRARY + " has no symbol " + name));
  }

  /**
   * The right to use the decoder until closed. The library is loaded when a lease first asks for
   * the decoder and unloaded when the last lease closes: a Go binary is analysed once, when a
   * process starts, and a node agent has no use for the library's ~5 MB in between.
   */
  public static final class Lease implements AutoCloseable {
    private boolean closed;

    private Lease() {}

    /**
     * The decoder, loading the library if needed.
     *
     * @throws IllegalStateException when the library is missing, with the package that provides it
     */
    public CapstoneX86 decoder() {
      synchronized (CapstoneX86.class) {
        if (closed) {
          throw new IllegalStateException("capstone lease already closed");
        }
        if (instance == null) {
          Arena arena = Arena.ofShared();
          try {
            instance = new CapstoneX86(arena, SymbolLookup.libraryLookup(LIBRARY, arena));
          } catch (IllegalArgumentException e) {
            arena.close();
            throw new IllegalStateException(
                LIBRARY + " not found: install the Debian package libcapstone4", e);
          } catch (RuntimeException e) {
            arena.close();
            throw e;
          }
        }
        return instance;
      }
    }

    /** Unloads the library when this was the last open lease; idempotent. */
    @Override
    public void close() {
      synchronized (CapstoneX86.class) {
        if (closed) {
          return;
        }
        closed = true;
        if (--leases == 0 && instance != null) {
          instance.arena.close();
          instance = null;
        }
      }
    }
  }

  /** A lease on the decoder (the library is not loaded until {@link Lease#decoder()}). */
  public static Lease lease() {
    synchronized (CapstoneX86.class) {
      leases++;
      return new Lease();
    }
  }

  /** Whether the library is loaded now (some lease asked for the decoder and is still open). */
  static boolean loaded() {
    synchronized (CapstoneX86.class) {
      return instance != null;
    }
  }

  /**
   * Decodes {@code code} (loaded at {@code address}) until its end or the first byte sequence that
   * is not an instruction; the caller compares the decoded length with the input's.
   */
  public List<X86Instruction> decode(byte[] code, long address) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment handle = arena.allocate(ValueLayout.JAVA_LONG);
      int err = (int) csOpen.invokeExact(CS_ARCH_X86, CS_MODE_64, handle);
      if (err != 0) {
        throw new IllegalStateException("cs_open failed with error " + err);
      }
      long h = handle.get(ValueLayout.JAVA_LONG, 0);
      try {
        MemorySegment buf = arena.allocate(Math.max(code.length, 1));
        MemorySegment.copy(code, 0, buf, ValueLayout.JAVA_BYTE, 0, code.length);
        MemorySegment insnPtr = arena.allocate(ValueLayout.ADDRESS);
        long n = (long) csDisasm.invokeExact(h, buf, (long) code.length, address, 0L, insnPtr);
        MemorySegment insns = insnPtr.get(ValueLayout.ADDRESS, 0);
        if (n <= 0) {
          return List.of();
        }
        try {
          return read(insns.reinterpret(n * INSN_SIZE), (int) n, code, address);
        } finally {
          csFree.invokeExact(insns, n);
        }
      } finally {
        int ignored = (int) csClose.invokeExact(handle);
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("capstone call failed", t);
    }
  }

  private static List<X86Instruction> read(MemorySegment insns, int n, byte[] code, long address) {
    List<X86Instruction> out = new ArrayList<>(n);
    long expected = address;
    for (int i = 0; i < n; i++) {
      MemorySegment in = insns.asSlice(i * INSN_SIZE, INSN_SIZE);
      long addr = in.get(ValueLayout.JAVA_LONG_UNALIGNED, OFF_ADDRESS);
      int size = in.get(ValueLayout.JAVA_SHORT_UNALIGNED, OFF_SIZE) & 0xffff;
      int first = in.get(ValueLayout.JAVA_BYTE, OFF_BYTES) & 0xff;
      if (addr != expected
          || size < 1
          || size > 15
          || (code[(int) (addr - address)] & 0xff) != first) {
        throw new IllegalStateException(
            "capstone returned an instruction layout this binding does not expect (cs_insn of "
                + LIBRARY
                + " changed?)");
      }
      out.add(
          new X86Instruction(
              addr, size, cString(in, OFF_MNEMONIC, 32), cString(in, OFF_OPSTR, 160), first));
      expected = addr + size;
    }
    return out;
  }

  private static String cString(MemorySegment s, long off, int max) {
    int len = 0;
    while (len < max && s.get(ValueLayout.JAVA_BYTE, off + len) != 0) {
      len++;
    }
    byte[] b = new byte[len];
    MemorySegment.copy(s, ValueLayout.JAVA_BYTE, off, b, 0, len);
    return new String(b, StandardCharsets.US_ASCII);
  }
}
