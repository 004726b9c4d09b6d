package io.odigos.odiglet.ebpf.golang;

import io.odigos.odiglet.inspect.elf.ElfFile;
import io.odigos.odiglet.inspect.elf.ElfFormatException;
import io.odigos.odiglet.inspect.elf.GoBuildInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses a Go executable for the eBPF probes: build info (Go and module versions), the probed
 * functions from {@code .symtab} or, in stripped binaries, {@code .gopclntab}, their bodies decoded
 * (capstone) to find the prologue {@code JBE} and every {@code RET} as file offsets, and the struct
 * offsets from the shipped table, checked against DWARF when the binary has it (DWARF wins, with a
 * WARN). Refuses with {@link UnsupportedGoBinaryException} and a human reason rather than guess.
 */
public final class GoBinaryAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(GoBinaryAnalyzer.class);
  private static final int EM_X86_64 = 62;
  private static final long MAX_FUNCTION = 1 << 20;

  private final GoOffsetTable table;

  public GoBinaryAnalyzer(GoOffsetTable table) {
    this.table = table;
  }

  /** An analyzer with the table shipped in the odiglet jar. */
  public static GoBinaryAnalyzer withShippedTable() {
    return new GoBinaryAnalyzer(GoOffsetTable.load());
  }

  /** Analyses with the shipped table. */
  public static GoBinaryAnalysis analyze(Path exe) throws UnsupportedGoBinaryException {
    return withShippedTable().analyzeFile(exe);
  }

  /**
   * Analyses one executable (e.g. {@code /proc/<pid>/exe}).
   *
   * @throws UnsupportedGoBinaryException not readable, not ELF, not Go, not amd64, or a Go version
   *     without offsets; per-group problems (missing functions, gRPC version) are reported by
   *     {@link GoBinaryAnalysis#support} and {@link GoBinaryAnalysis#require} instead
   */
  public GoBinaryAnalysis analyzeFile(Path exe) throws UnsupportedGoBinaryException {
    try (ElfFile elf = ElfFile.open(exe);
        CapstoneX86.Lease decoder = CapstoneX86.lease()) {
      return analyze(elf, exe, decoder);
    } catch (ElfFormatException e) {
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.NOT_GO,
          exe + " is not a readable Go ELF executable: " + e.getMessage(),
          e);
    } catch (NoSuchFileException e) {
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.UNREADABLE, exe + " does not exist", e);
    } catch (IOException e) {
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.UNREADABLE, exe + " cannot be read: " + e, e);
    }
  }

  private GoBinaryAnalysis analyze(ElfFile elf, Path exe, CapstoneX86.Lease decoder)
      throws IOException, UnsupportedGoBinaryException {
    GoBuildInfo.Raw raw =
        GoBuildInfo.readRaw(elf)
            .orElseThrow(
                () ->
                    new UnsupportedGoBinaryException(
                        UnsupportedGoBinaryException.Kind.NOT_GO,
                        exe + " is not a Go binary (no Go build info)"));
    GoBuildInfo info = GoBuildInfo.read(elf).orElseThrow();
    int machine = elf.read(18, 2).getShort(0) & 0xffff;
    if (!elf.is64Bit() || machine != EM_X86_64) {
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.ARCHITECTURE,
          exe + " is a Go binary for ELF machine " + machine + "; the probes support amd64 only");
    }
    String goVersion = raw.goVersion();
    Map<String, Long> offsets = new TreeMap<>(table.forGo(goVersion));
    Map<String, GoModule> modules = GoModule.parseDependencies(raw.moduleInfo());
    Optional<String> grpcProblem = Optional.empty();
    GoModule grpc = modules.get(GoStructField.GRPC_MODULE);
    if (grpc == null) {
      grpcProblem = Optional.of(GoStructField.GRPC_MODULE + " is not linked into this binary");
    } else {
      try {
        offsets.putAll(table.forGrpc(grpc.version()));
      } catch (UnsupportedGoBinaryException e) {
        grpcProblem = Optional.of(e.getMessage());
      }
    }

    PcLnTab pcln = PcLnTab.read(elf);
    Optional<SymbolTable> symtab = SymbolTable.read(elf);
    Map<String, ProbeSites> sites = new LinkedHashMap<>();
    Map<String, String> problems = new LinkedHashMap<>();
    for (String name : GoFunctionGroup.allFunctions()) {
      Optional<GoFunction> f = pcln.function(name);
      if (f.isEmpty()) {
        problems.put(
            name,
            pcln.ambiguous().contains(name)
                ? "more than one function of that name in .gopclntab"
                : "not in the binary (not linked, or inlined everywhere)");
        continue;
      }
      try {
        sites.put(name, probeSites(elf, f.get(), decoder));
      } catch (FunctionDecodeException e) {
        problems.put(name, e.getMessage());
      }
    }

    Optional<GoBinaryAnalysis.DwarfCheck> dwarf =
        checkWithDwarf(elf, exe, offsets, grpcProblem.isEmpty());
    return new GoBinaryAnalysis(
        goVersion,
        info.mainModule(),
        Map.copyOf(modules),
        Map.copyOf(sites),
        Map.copyOf(problems),
        new StructOffsets(offsets),
        grpcProblem,
        symtab.isPresent(),
        dwarf);
  }

  /** Thrown inside the analysis when one function's body cannot be decoded safely. */
  private static final class FunctionDecodeException extends Exception {
    FunctionDecodeException(String message) {
      super(message);
    }
  }

  private static ProbeSites probeSites(ElfFile elf, GoFunction f, CapstoneX86.Lease decoder)
      throws IOException, FunctionDecodeException, UnsupportedGoBinaryException {
    if (f.size() <= 0 || f.size() > MAX_FUNCTION) {
      throw new FunctionDecodeException("implausible size " + f.size());
    }
    Optional<Long> entryOff = elf.offsetOf(f.entry());
    Optional<Long> endOff = elf.offsetOf(f.entry() + f.size() - 1);
    if (entryOff.isEmpty() || endOff.isEmpty() || endOff.get() - entryOff.get() != f.size() - 1) {
      throw new FunctionDecodeException(
          String.format("body at 0x%x is not backed by one loadable segment", f.entry()));
    }
    ByteBuffer buf = elf.read(entryOff.get(), (int) f.size());
    byte[] code = new byte[buf.remaining()];
    buf.get(code);
    List<X86Instruction> body;
    try {
      body = decoder.decoder().decode(code, f.entry());
    } catch (IllegalStateException e) {
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.DECODER_UNAVAILABLE, e.getMessage(), e);
    }
    int decoded = body.stream().mapToInt(X86Instruction::size).sum();
    for (int i = decoded; i < code.length; i++) {
      if ((code[i] & 0xff) != 0xcc && code[i] != 0) {
        throw new FunctionDecodeException(
            String.format("cannot decode the body past +0x%x of 0x%x bytes", decoded, code.length));
      }
    }
    long delta = entryOff.get() - f.entry();
    var jbe = FunctionBodyScanner.prologueJbe(body);
    List<Long> rets = FunctionBodyScanner.returns(body).stream().map(a -> a + delta).toList();
    return new ProbeSites(
        f.name(),
        f.entry(),
        f.size(),
        entryOff.get(),
        jbe.isPresent(),
        jbe.isPresent() ? jbe.getAsLong() + delta : entryOff.get(),
        rets);
  }

  private static Optional<GoBinaryAnalysis.DwarfCheck> checkWithDwarf(
      ElfFile elf, Path exe, Map<String, Long> offsets, boolean grpcKnown) throws IOException {
    Optional<Map<String, Map<String, Long>>> structs;
    try {
      structs = DwarfStructReader.structs(elf, GoStructField.typeNames());
    } catch (ElfFormatException e) {
      LOG.warn("{}: DWARF unreadable, using the offset table alone: {}", exe, e.getMessage());
      return Optional.empty();
    }
    if (structs.isEmpty()) {
      return Optional.empty();
    }
    Set<String> confirmed = new LinkedHashSet<>();
    Map<String, String> corrected = new LinkedHashMap<>();
    Set<String> filled = new LinkedHashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    Map<String, Long> updates = new HashMap<>();
    for (GoStructField field : GoStructField.ALL) {
      if (field.source() == GoStructField.Source.GRPC && !grpcKnown) {
        continue;
      }
      Long fromDwarf = structs.get().getOrDefault(field.typeName(), Map.of()).get(field.member());
      Long fromTable = offsets.get(field.key());
      if (fromDwarf == null) {
        if (fromTable != null) {
          missing.add(field.key());
        }
      } else if (fromTable == null) {
        filled.add(field.key());
        updates.put(field.key(), fromDwarf);
      } else if (fromTable.longValue() == fromDwarf.longValue()) {
        confirmed.add(field.key());
      } else {
        corrected.put(field.key(), "table " + fromTable + ", DWARF " + fromDwarf);
        updates.put(field.key(), fromDwarf);
      }
    }
    if (!corrected.isEmpty() || !filled.isEmpty()) {
      LOG.warn(
          "{}: DWARF disagrees with the offset table, using DWARF: corrected {}, filled {}",
          exe,
          corrected,
          filled);
    }
    offsets.putAll(updates);
    return Optional.of(
        new GoBinaryAnalysis.DwarfCheck(
            Set.copyOf(confirmed), Map.copyOf(corrected), Set.copyOf(filled), Set.copyOf(missing)));
  }
}
