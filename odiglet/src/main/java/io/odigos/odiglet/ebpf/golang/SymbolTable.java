package io.odigos.odiglet.ebpf.golang;

import io.odigos.odiglet.inspect.elf.ElfFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The function symbols ({@code STT_FUNC}) of an ELF {@code .symtab}: absent from stripped binaries,
 * where {@link PcLnTab} stands in. Used to cross-check the pclntab and, when present, because
 * libbpf can attach by its names.
 */
public final class SymbolTable {
  private static final int STT_FUNC = 2;
  private final Map<String, GoFunction> functions;

  private SymbolTable(Map<String, GoFunction> functions) {
    this.functions = functions;
  }

  public Map<String, GoFunction> functions() {
    return functions;
  }

  public Optional<GoFunction> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** The 64-bit {@code .symtab} of the file; empty when it has none (stripped). */
  public static Optional<SymbolTable> read(ElfFile elf) throws IOException {
    Optional<ElfFile.Section> symtab = elf.section(".symtab");
    Optional<ElfFile.Section> strtab = elf.section(".strtab");
    if (symtab.isEmpty() || strtab.isEmpty() || !elf.is64Bit() || symtab.get().size() == 0) {
      return Optional.empty();
    }
    ByteBuffer syms =
        elf.map(symtab.get()); // mapped, not copied onto the heap: megabytes, read once
    ByteBuffer names = elf.map(strtab.get());
    Map<String, GoFunction> out = new HashMap<>();
    for (int o = 24; o + 24 <= syms.limit(); o += 24) {
      int info = syms.get(o + 4) & 0xff;
      int shndx = syms.getShort(o + 6) & 0xffff;
      if ((info & 0xf) != STT_FUNC || shndx == 0) {
        continue;
      }
      long nameOff = syms.getInt(o) & 0xffffffffL;
      if (nameOff >= names.limit()) {
        continue;
      }
      String name = cString(names, (int) nameOff);
      out.putIfAbsent(name, new GoFunction(name, syms.getLong(o + 8), syms.getLong(o + 16)));
    }
    return Optional.of(new SymbolTable(Map.copyOf(out)));
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
