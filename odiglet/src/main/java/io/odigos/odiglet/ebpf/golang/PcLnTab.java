package io.odigos.odiglet.ebpf.golang;

import io.odigos.odiglet.inspect.elf.ElfFile;
import io.odigos.odiglet.inspect.elf.ElfFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  private final List<GoFunction> all;
  private final Map<String, GoFunction> byName;
  private final Set<String> ambiguous;

  private PcLnTab(List<GoFunction> all) {
    this.all = List.copyOf(all);
    Map<String, GoFunction> m = new HashMap<>(all.size() * 2);
    Set<String> dup = new HashSet<>();
    for (GoFunction f : all) {
      if (m.putIfAbsent(f.name(), f) != null) {
        dup.add(f.name());
      }
    }
    dup.forEach(m::remove);
    this.byName = Map.copyOf(m);
    this.ambiguous = Set.copyOf(dup);
  }

  /** Every entry of the table, in address order (names may repeat: ABI0/ABIInternal pairs). */
  public List<GoFunction> all() {
    return all;
  }

  /** The functions whose name is unique in the table, by name. */
  public Map<String, GoFunction> functions() {
    return byName;
  }

  /** Names that more than one entry carries (e.g. an assembly function and its ABI wrapper). */
  public Set<String> ambiguous() {
    return ambiguous;
  }

  /** The function of a name that exactly one entry carries. */
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
    ByteBuffer b = elf.map(s).order(ByteOrder.LITTLE_ENDIAN); // mapped: megabytes, read once
    long textStart = b.getLong(24);
    if (textStart == 0 && b.getInt(0) == MAGIC_120) {
      textStart = moduleText(elf, s.addr(), b.getLong(32));
    }
    return parse(b, textStart);
  }

  private static final int MODULEDATA_TEXT = 8 + 6 * 24 + 3 * 8;

  /** {@code firstmoduledata.text}, located through its pointers into the pclntab. */
  static long moduleText(ElfFile elf, long pclntabAddr, long funcnameOffset) throws IOException {
    for (ElfFile.Section d : elf.sections()) {
      boolean writableData = (d.flags() & 1) != 0 && d.type() == 1 && d.size() > 0;
      if (!writableData || d.size() > 64 << 20) {
        continue;
      }
      ByteBuffer data = elf.read(d, (int) d.size()).order(ByteOrder.LITTLE_ENDIAN);
      long misalign = d.addr() & 7;
      for (int o = (int) ((8 - misalign) & 7); o + MODULEDATA_TEXT + 16 <= data.limit(); o += 8) {
        if (data.getLong(o) == pclntabAddr && data.getLong(o + 8) == pclntabAddr + funcnameOffset) {
          long text = data.getLong(o + MODULEDATA_TEXT);
          long minpc = data.getLong(o + MODULEDATA_TEXT - 16);
          Optional<ElfFile.Section> exec =
              elf.sections().stream()
                  .filter(
                      x -> (x.flags() & 4) != 0 && text >= x.addr() && text < x.addr() + x.size())
                  .findFirst();
          if (exec.isPresent() && minpc >= text) {
            return text;
          }
        }
      }
    }
    throw new ElfFormatException(
        "cannot locate runtime.text: no moduledata points at the .gopclntab header");
  }

  /** Parses a table (its bytes from the header on) whose entries are relative to textStart. */
  static PcLnTab parse(ByteBuffer b, long textStart) throws ElfFormatException {
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
      throw new ElfFormatException(".gopclntab without a text start");
    }
    List<GoFunction> out = new ArrayList<>((int) nfunc);
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
      out.add(new GoFunction(n, textStart + entryOff, nextEntry - entryOff));
    }
    return new PcLnTab(out);
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
