package io.odigos.odiglet.ebpf.golang;

import io.odigos.odiglet.inspect.elf.ElfFile;
import io.odigos.odiglet.inspect.elf.ElfFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Go's own function table ({@code .gopclntab}), which the runtime needs for stack unwinding and so
 * survives {@code -ldflags="-s -w"}: every Go function's name, entry address and extent.
 *
 * <p>Layout for Go 1.18+ (magic {@code 0xfffffff0}; {@code 0xfffffff1} since 1.20), from the
 * runtime's {@code pcHeader}: magic u32, two zero pad bytes, minimum instruction size, pointer
 * size, then pointer-sized nfunc, nfiles, textStart and the offsets (from the header) of
 * funcnametab, cutab, filetab, pctab and the function table. The function table holds nfunc pairs
 * {@code (entryOff u32, funcOff u32)} and one closing entryOff; {@code funcOff} locates a {@code
 * _func} whose second word is the name's offset in funcnametab. A function ends where the next
 * begins. Older layouts are refused: those Go versions are unsupported anyway.
 */
public final class PcLnTab {
  static final int MAGIC_118 = 0xfffffff0;
  static final int MAGIC_120 = 0xfffffff1;
  private static final int MAX_TABLE = 512 << 20;

  private final Map<String, GoFunction> byName;

  private PcLnTab(Map<String, GoFunction> byName) {
    this.byName = byName;
  }

  /** All functions by name. */
  public Map<String, GoFunction> functions() {
    return byName;
  }

  public Optional<GoFunction> function(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Reads the table of a Go ELF binary. */
  public static PcLnTab read(ElfFile elf) throws IOException {
    ElfFile.Section s =
        elf.section(".gopclntab")
            .orElseThrow(() -> new ElfFormatException("no .gopclntab section (not a Go binary?)"));
    if (s.size() < 72 || s.size() > MAX_TABLE) {
      throw new ElfFormatException(".gopclntab of " + s.size() + " bytes");
    }
    ByteBuffer b = elf.read(s, (int) s.size());
    long textFallback = elf.section(".text").map(ElfFile.Section::addr).orElse(0L);
    return parse(b, textFallback);
  }

  /** Parses a table (its bytes from the header on); {@code textFallback} when textStart is 0. */
  static PcLnTab parse(ByteBuffer b, long textFallback) throws ElfFormatException {
    b = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    int magic = b.getInt(0);
    if (magic != MAGIC_118 && magic != MAGIC_120) {
      throw new ElfFormatException(
          String.format(
              ".gopclntab magic 0x%08x: only Go 1.18+ tables (0xfffffff0/0xfffffff1) are read",
              magic));
    }
    int ptr = b.get(7);
    if (b.get(4) != 0 || b.get(5) != 0 || ptr != 8) {
      throw new ElfFormatException(".gopclntab header: bad padding or pointer size " + ptr);
    }
    long nfunc = b.getLong(8);
    long textStart = b.getLong(8 + 2 * ptr);
    long nameTab = b.getLong(8 + 3 * ptr);
    long funcTab = b.getLong(8 + 7 * ptr);
    long len = b.limit();
    if (nfunc <= 0
        || nfunc > len / 8
        || nameTab <= 0
        || nameTab >= len
        || funcTab <= 0
        || funcTab + (nfunc * 2 + 1) * 4 > len) {
      throw new ElfFormatException(".gopclntab header points outside the table");
    }
    if (textStart == 0) {
      textStart = textFallback;
    }
    Map<String, GoFunction> out = new HashMap<>((int) nfunc * 2);
    int ft = (int) funcTab;
    for (int i = 0; i < nfunc; i++) {
      long entryOff = b.getInt(ft + i * 8) & 0xffffffffL;
      long funcOff = b.getInt(ft + i * 8 + 4) & 0xffffffffL;
      long nextEntry = b.getInt(ft + (i + 1) * 8) & 0xffffffffL;
      long f = funcTab + funcOff;
      if (f + 8 > len || nextEntry < entryOff) {
        throw new ElfFormatException(".gopclntab function " + i + " is malformed");
      }
      long nameOff = b.getInt((int) f + 4);
      long name = nameTab + nameOff;
      if (nameOff < 0 || name >= len) {
        throw new ElfFormatException(".gopclntab name of function " + i + " is outside the table");
      }
      String n = cString(b, (int) name);
      out.putIfAbsent(n, new GoFunction(n, textStart + entryOff, nextEntry - entryOff));
    }
    return new PcLnTab(Map.copyOf(out));
  }

  private static String cString(ByteBuffer b, int off) {
    int end = off;
    while (end < b.limit() && b.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - off];
    b.get(off, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
