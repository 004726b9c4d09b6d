package io.odigos.odiglet.ebpf.golang;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.odiglet.inspect.elf.ElfFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis against the real Go test services: every covered Go version, stripped and unstripped
 * ({@code go-test-services.sh} builds them on first use). Only reads files.
 */
class GoBinaryAnalysisTest {
  private static final Map<Path, GoBinaryAnalysis> ANALYSED = new HashMap<>();

  static List<GoServices.Variant> variants() {
    return GoServices.variants();
  }

  static List<GoServices.Build> builds() {
    return GoServices.builds();
  }

  private static synchronized GoBinaryAnalysis analysis(Path binary) throws Exception {
    GoBinaryAnalysis a = ANALYSED.get(binary);
    if (a == null) {
      long t = System.nanoTime();
      a = GoBinaryAnalyzer.analyze(binary);
      System.out.printf("analysed %s in %.0f ms%n", binary, (System.nanoTime() - t) / 1e6);
      ANALYSED.put(binary, a);
    }
    return a;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void everyContractFunctionHasProbeSitesAndEveryGroupIsSupported(GoServices.Variant v)
      throws Exception {
    GoBinaryAnalysis a = analysis(v.binary());
    assertThat(a.goVersion()).isEqualTo(v.build().goVersion());
    assertThat(a.hasSymtab()).isEqualTo(!v.stripped());
    assertThat(GoFunctionGroup.requiredFunctions())
        .doesNotContainAnyElementsOf(a.functionProblems().keySet());
    for (String f : GoFunctionGroup.requiredFunctions()) {
      assertThat(a.function(f)).as(f).isPresent();
    }
    // exactly one of the version-dependent status writers
    assertThat(
            GoFunctionGroup.GRPC_SERVER.optionalFunctions().stream()
                .filter(f -> a.function(f).isPresent()))
        .hasSize(1);
    for (GoFunctionGroup g : GoFunctionGroup.values()) {
      assertThat(a.support(g).problems()).as(g.name()).isEmpty();
    }
    a.require(GoFunctionGroup.values());
    StringBuilder line = new StringBuilder(v.toString()).append(':');
    for (String f : GoFunctionGroup.allFunctions()) {
      if (a.function(f).isEmpty()) {
        continue;
      }
      ProbeSites s = a.function(f).orElseThrow();
      line.append(' ')
          .append(f.substring(f.lastIndexOf('.') + 1))
          .append(
              s.hasStackCheck() ? "[jbe+" + (s.jbeFileOffset() - s.entryFileOffset()) : "[entry")
          .append(",ret=")
          .append(s.retFileOffsets().size())
          .append(']');
    }
    System.out.println(line);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void jbeOffsetsAreJbeInstructionsAndRetOffsetsAreRetsInsideTheFunction(GoServices.Variant v)
      throws Exception {
    GoBinaryAnalysis a = analysis(v.binary());
    try (RandomAccessFile f = new RandomAccessFile(v.binary().toFile(), "r")) {
      for (ProbeSites s : a.functions().values()) {
        assertThat(s.hasStackCheck()).as(s.symbol() + " has Go's stack check").isTrue();
        assertThat(s.jbeFileOffset()).isBetween(s.entryFileOffset() + 1, s.entryFileOffset() + 16);
        int b0 = byteAt(f, s.jbeFileOffset());
        int b1 = byteAt(f, s.jbeFileOffset() + 1);
        assertThat(b0 == 0x76 || (b0 == 0x0f && b1 == 0x86))
            .as("%s: bytes at the JBE offset are %02x %02x", s.symbol(), b0, b1)
            .isTrue();
        assertThat(s.retFileOffsets()).as(s.symbol() + " RETs").isNotEmpty();
        for (long r : s.retFileOffsets()) {
          assertThat(r).isBetween(s.entryFileOffset(), s.entryFileOffset() + s.size() - 1);
          assertThat(byteAt(f, r)).as("%s RET at file offset %d", s.symbol(), r).isEqualTo(0xc3);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void pclntabAgreesWithSymtabAndStrippedFindsTheSameSites(GoServices.Build b) throws Exception {
    try (ElfFile elf = ElfFile.open(b.unstripped())) {
      PcLnTab pcln = PcLnTab.read(elf);
      SymbolTable symtab = SymbolTable.read(elf).orElseThrow();
      assertThat(pcln.all()).hasSizeGreaterThan(5000);
      // every pclntab entry is a .symtab function at the same address, named alike (assembly
      // functions carry an .abi0 suffix in .symtab, and '·' is '.' there); sizes fit the pclntab
      // extent
      for (GoFunction f : pcln.all()) {
        GoFunction s =
            symtab
                .function(f.name())
                .filter(x -> x.entry() == f.entry())
                .or(() -> symtab.function(f.name() + ".abi0"))
                .or(() -> symtab.function(f.name().replace('\u00b7', '.')))
                .orElse(null);
        assertThat(s).as(f.name() + " in .symtab").isNotNull();
        assertThat(s.entry()).as(f.name()).isEqualTo(f.entry());
        assertThat(s.size()).as(f.name() + " size").isLessThanOrEqualTo(f.size());
      }
      for (String name : GoFunctionGroup.requiredFunctions()) {
        assertThat(pcln.function(name).orElseThrow().entry())
            .isEqualTo(symtab.function(name).orElseThrow().entry());
      }
      // runtime.text: from the header (Go <= 1.25) or the moduledata (Go 1.26) = the symbol
      var s = elf.section(".gopclntab").orElseThrow();
      var h = elf.read(s.offset(), 40);
      long fromModuledata = PcLnTab.moduleText(elf, s.addr(), h.getLong(32));
      assertThat(fromModuledata).isEqualTo(elf.symbolValue("runtime.text").orElseThrow());
      if (h.getLong(24) != 0) {
        assertThat(h.getLong(24)).isEqualTo(fromModuledata);
      }
    }
    try (ElfFile elf = ElfFile.open(b.stripped())) {
      assertThat(SymbolTable.read(elf)).isEmpty();
    }
    // same code, same sites relative to the entry (the two links lay out the text identically)
    GoBinaryAnalysis full = analysis(b.unstripped());
    GoBinaryAnalysis stripped = analysis(b.stripped());
    for (String f : GoFunctionGroup.requiredFunctions()) {
      ProbeSites x = full.function(f).orElseThrow();
      ProbeSites y = stripped.function(f).orElseThrow();
      assertThat(y.entryAddress()).as(f).isEqualTo(x.entryAddress());
      assertThat(y.jbeFileOffset() - y.entryFileOffset())
          .isEqualTo(x.jbeFileOffset() - x.entryFileOffset());
      assertThat(y.retFileOffsets().size()).isEqualTo(x.retFileOffsets().size());
    }
  }

  static List<GoServices.Build> tableBuilds() {
    return GoServices.tableBuilds();
  }

  /** The gRPC minors measured only for the table: their DWARF still agrees with it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tableBuilds")
  void everyGrpcMinorOfTheTableMatchesItsDwarf(GoServices.Build b) throws Exception {
    String grpc = goModRequirements(b.goMod()).get("google.golang.org/grpc");
    GoBinaryAnalysis a = analysis(b.unstripped());
    assertThat(a.module("google.golang.org/grpc").orElseThrow().version()).isEqualTo(grpc);
    assertThat(b.label()).endsWith(grpc);
    GoBinaryAnalysis.DwarfCheck check = a.dwarf().orElseThrow();
    assertThat(check.corrected()).isEmpty();
    assertThat(check.filled()).isEmpty();
    assertThat(check.confirmed()).containsAll(GoOffsetTable.load().forGrpc(grpc).keySet());
    for (GoFunctionGroup g : GoFunctionGroup.values()) {
      assertThat(a.support(g).problems()).as(g.name()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void dwarfOffsetsEqualTheShippedTableForEveryField(GoServices.Build b) throws Exception {
    GoOffsetTable table = GoOffsetTable.load();
    Map<String, Long> expected = new HashMap<>(table.forGo(b.goVersion()));
    expected.putAll(table.forGrpc(goModRequirements(b.goMod()).get("google.golang.org/grpc")));
    Map<String, Map<String, Long>> dwarf;
    try (ElfFile elf = ElfFile.open(b.unstripped())) {
      dwarf = DwarfStructReader.structs(elf, GoStructField.typeNames()).orElseThrow();
    }
    for (GoStructField f : GoStructField.ALL) {
      Long d = dwarf.getOrDefault(f.typeName(), Map.of()).get(f.member());
      assertThat(d).as(f.key() + " DWARF vs table").isEqualTo(expected.get(f.key()));
      if (!f.optional()) {
        assertThat(d).as(f.key()).isNotNull();
      }
    }
    GoBinaryAnalysis a = analysis(b.unstripped());
    GoBinaryAnalysis.DwarfCheck check = a.dwarf().orElseThrow();
    assertThat(check.corrected()).isEmpty();
    assertThat(check.filled()).isEmpty();
    assertThat(check.notInDwarf()).isEmpty();
    assertThat(check.confirmed()).hasSize(expected.size());
    assertThat(analysis(b.stripped()).dwarf()).isEmpty();
    assertThat(analysis(b.stripped()).offsets().asMap()).isEqualTo(a.offsets().asMap());
    // facts recorded independently in docs/EBPF.md
    assertThat(a.offsets().offset("net/http.Request.Method")).isZero();
    assertThat(a.offsets().offset("net/http.Request.URL")).isEqualTo(16);
    assertThat(a.offsets().offset("net/url.URL.Path")).isEqualTo(56);
    assertThat(a.offsets().offset("net/http.response.status")).isEqualTo(120);
    String minor = GoOffsetTable.goMinor(b.goVersion()).orElseThrow();
    assertThat(a.offsets().offset("runtime.g.goid"))
        .isEqualTo(minor.equals("go1.23") || minor.equals("go1.24") ? 160 : 152);
    assertThat(a.offsets().optional("net/http.Request.Pattern").isPresent())
        .isEqualTo(!minor.equals("go1.21") && !minor.equals("go1.22"));
  }

  @org.junit.jupiter.api.Test
  void dwarfWinsOverAWrongTableEntryAndFillsAMissingOne() throws Exception {
    GoServices.Build b = builds().getLast();
    GoOffsetTable shipped = GoOffsetTable.load();
    StringBuilder text = new StringBuilder();
    for (var section : shipped.sections().entrySet()) {
      text.append('[').append(section.getKey()).append("]\n");
      section
          .getValue()
          .forEach(
              (k, v) -> {
                if (!k.equals("net/http.Request.Pattern")) {
                  text.append(k)
                      .append(' ')
                      .append(k.equals("runtime.g.goid") ? 999 : v)
                      .append('\n');
                }
              });
    }
    GoBinaryAnalyzer wrong = new GoBinaryAnalyzer(GoOffsetTable.parse(text.toString()));
    GoBinaryAnalysis a = wrong.analyzeFile(b.unstripped());
    long goid = shipped.forGo(b.goVersion()).get("runtime.g.goid");
    assertThat(a.offsets().offset("runtime.g.goid")).isEqualTo(goid);
    assertThat(a.dwarf().orElseThrow().corrected())
        .containsExactly(java.util.Map.entry("runtime.g.goid", "table 999, DWARF " + goid));
    assertThat(a.dwarf().orElseThrow().filled()).containsExactly("net/http.Request.Pattern");
    assertThat(a.offsets().optional("net/http.Request.Pattern")).hasValue(232);
    // without DWARF nothing can correct the table
    assertThat(wrong.analyzeFile(b.stripped()).offsets().offset("runtime.g.goid")).isEqualTo(999);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void moduleVersionsEqualGoMod(GoServices.Variant v) throws Exception {
    Map<String, String> goMod = goModRequirements(v.build().goMod());
    GoBinaryAnalysis a = analysis(v.binary());
    assertThat(a.mainModule()).isEqualTo("odigos.io/testservices/gosvc");
    assertThat(a.modules()).containsKeys("google.golang.org/grpc", "github.com/mattn/go-sqlite3");
    for (GoModule m : a.modules().values()) {
      assertThat(m.version()).as(m.path()).isEqualTo(goMod.get(m.path()));
    }
  }

  static Map<String, String> goModRequirements() throws IOException {
    return goModRequirements(GoServices.sourceDir().resolve("go.mod"));
  }

  static Map<String, String> goModRequirements(Path goMod) throws IOException {
    Map<String, String> out = new HashMap<>();
    Matcher m =
        Pattern.compile("(?m)^\\s*(?:require\\s+)?([a-z0-9.\\-]+\\.[a-z]+/\\S+)\\s+(v\\S+)")
            .matcher(Files.readString(goMod));
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(2);
    return out;
  }

  private static int byteAt(RandomAccessFile f, long offset) throws IOException {
    f.seek(offset);
    return f.read();
  }
}
