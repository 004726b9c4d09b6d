package io.odigos.odiglet.ebpf.golang;

import io.odigos.odiglet.inspect.elf.ElfFile;
import io.odigos.odiglet.inspect.elf.GoBuildInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Regenerates the shipped struct offset table ({@code
 * src/main/resources/io/odigos/odiglet/ebpf/golang/go-struct-offsets.txt}) from the DWARF of the
 * unstripped Go test services that {@code go-test-services.sh} builds (one section per Go minor and
 * one per gRPC minor). The table is a fact table: regenerate it, never edit it by hand.
 *
 * <p>To add a field: one line in {@link GoStructField#ALL}, then from the repository root:
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * mvn -B -ntp -o -q test-compile -pl odiglet -am
 * (cd odiglet &amp;&amp; mvn -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt &amp;&amp;
 *   $JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED \
 *     -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.odigos.odiglet.ebpf.golang.GoOffsetTableGenerator \
 *     src/main/resources/io/odigos/odiglet/ebpf/golang/go-struct-offsets.txt)
 * </pre>
 *
 * To cover another Go version, add it to {@code GO_VERSIONS} in {@code go-test-services.sh} first.
 * To cover another gRPC minor, add its go.mod first: from {@code src/test/go/goservices}, copy
 * go.mod and go.sum into {@code modfiles/grpc-<version>/}, then {@code go get
 * -modfile=modfiles/grpc-<version>/go.mod google.golang.org/grpc@<version>} and {@code go mod tidy
 * -modfile=...}; the script builds it for the table. {@code GoBinaryAnalysisIT} then checks every
 * field against DWARF again.
 */
public final class GoOffsetTableGenerator {
  private GoOffsetTableGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: GoOffsetTableGenerator <output file>");
    }
    String text = generate();
    Files.writeString(Path.of(args[0]), text);
    System.out.print(text);
  }

  /** The table text for every built Go version. */
  static String generate() throws IOException {
    Map<String, Map<String, Long>> sections = new TreeMap<>(GoOffsetTableGenerator::bySection);
    Map<String, String> sourceOf = new TreeMap<>();
    List<GoServices.Build> all = new ArrayList<>(GoServices.builds());
    all.addAll(GoServices.tableBuilds());
    for (GoServices.Build b : all) {
      try (ElfFile elf = ElfFile.open(b.unstripped())) {
        GoBuildInfo.Raw raw = GoBuildInfo.readRaw(elf).orElseThrow();
        String goMinor = GoOffsetTable.goMinor(raw.goVersion()).orElseThrow();
        GoModule grpc = GoModule.parseDependencies(raw.moduleInfo()).get(GoStructField.GRPC_MODULE);
        String grpcSection = GoOffsetTable.grpcSection(grpc.minor().orElseThrow());
        Map<String, Map<String, Long>> structs =
            DwarfStructReader.structs(elf, GoStructField.typeNames())
                .orElseThrow(() -> new IllegalStateException(b.unstripped() + " has no DWARF"));
        for (GoStructField f : GoStructField.ALL) {
          Optional<Long> v =
              Optional.ofNullable(structs.getOrDefault(f.typeName(), Map.of()).get(f.member()));
          if (v.isEmpty() && !f.optional()) {
            throw new IllegalStateException(
                b.unstripped() + ": DWARF lacks required field " + f.key());
          }
          String section = f.source() == GoStructField.Source.GO ? goMinor : grpcSection;
          Map<String, Long> s = sections.computeIfAbsent(section, k -> new TreeMap<>());
          if (v.isPresent()) {
            Long before = s.put(f.key(), v.get());
            if (before != null && !before.equals(v.get())) {
              throw new IllegalStateException(
                  f.key()
                      + " is "
                      + before
                      + " in "
                      + sourceOf.get(section)
                      + " but "
                      + v.get()
                      + " in "
                      + raw.goVersion()
                      + ": the section key is too coarse");
            }
          }
          sourceOf.putIfAbsent(section, raw.goVersion());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Go struct field offsets (bytes) for the odiglet's eBPF probes.\n")
        .append("# GENERATED from the DWARF of the Go test services by GoOffsetTableGenerator ")
        .append("(see its Javadoc); do not edit by hand.\n")
        .append("# [goX.Y]: standard library per Go minor; ")
        .append("[google.golang.org/grpc vX.Y]: gRPC fields per gRPC minor.\n")
        .append("# A field missing from a section does not exist in that version.\n");
    sections.forEach(
        (name, fields) -> {
          out.append('\n').append('[').append(name).append("]\n");
          out.append("# measured from ").append(sourceOf.get(name)).append('\n');
          fields.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
        });
    return out.toString();
  }

  private static int bySection(String a, String b) {
    boolean ga = GoOffsetTable.isGoSection(a);
    boolean gb = GoOffsetTable.isGoSection(b);
    return ga != gb ? (ga ? -1 : 1) : GoOffsetTable.compareGo(a, b);
  }
}
