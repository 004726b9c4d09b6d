package io.odigos.odiglet.ebpf.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Version resolution against the shipped table, and the table's text format: pure functions. */
class GoOffsetTableTest {
  private final GoOffsetTable shipped = GoOffsetTable.load();

  @Test
  void shippedTableCoversEveryBuiltGoMinorAndOneGrpcMinor() {
    assertThat(shipped.sections())
        .containsKeys("go1.21", "go1.22", "go1.23", "go1.24", "go1.25", "go1.26");
    assertThat(shipped.sections().keySet()).anyMatch(k -> k.startsWith("google.golang.org/grpc v"));
    for (Map.Entry<String, Map<String, Long>> s : shipped.sections().entrySet()) {
      for (GoStructField f : GoStructField.ALL) {
        boolean inSection =
            GoOffsetTable.isGoSection(s.getKey()) == (f.source() == GoStructField.Source.GO);
        if (inSection && !f.optional()) {
          assertThat(s.getValue()).as(s.getKey()).containsKey(f.key());
        }
      }
    }
  }

  @Test
  void goVersionsResolveByMinorWhateverTheirSuffix() throws Exception {
    assertThat(shipped.forGo("go1.23.4")).isSameAs(shipped.forGo("go1.23.12"));
    assertThat(shipped.forGo("go1.22.1 X:loopvar")).isSameAs(shipped.forGo("go1.22.12"));
    assertThat(shipped.forGo("go1.25rc1")).isSameAs(shipped.forGo("go1.25.0"));
    assertThat(GoOffsetTable.goMinor("devel go1.27-abc123 Tue")).contains("go1.27");
  }

  @Test
  void olderNewerAndUnrecognisedGoVersionsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> shipped.forGo("go1.20.14"))
        .isInstanceOf(UnsupportedGoBinaryException.class)
        .hasMessage("go1.20.14 is older than go1.21, the oldest Go the probes support")
        .extracting(e -> ((UnsupportedGoBinaryException) e).kind())
        .isEqualTo(UnsupportedGoBinaryException.Kind.GO_VERSION);
    assertThatThrownBy(() -> shipped.forGo("go1.99.3"))
        .hasMessage("go1.99.3 is newer than this odiglet's offset table (newest: go1.26)");
    assertThatThrownBy(() -> shipped.forGo("go2.0.0"))
        .hasMessageContaining("newer than this odiglet's offset table");
    assertThatThrownBy(() -> shipped.forGo("not-a-version"))
        .hasMessage("unrecognised Go version \"not-a-version\"");
    GoOffsetTable gap = GoOffsetTable.parse("[go1.21]\nruntime.g.goid 152\n[go1.23]\n");
    assertThatThrownBy(() -> gap.forGo("go1.22.3"))
        .hasMessage("no struct offsets for go1.22 in this odiglet's table");
  }

  @Test
  void grpcVersionsResolveByMinorAndUnknownOnesNameTheKnownOnes() throws Exception {
    List<String> minors =
        shipped.sections().keySet().stream()
            .filter(k -> k.startsWith("google.golang.org/grpc "))
            .map(k -> k.substring("google.golang.org/grpc ".length()))
            .toList();
    assertThat(minors).contains("v1.60", "v1.66", "v1.69", "v1.77", "v1.85");
    String known = String.join(", ", minors);
    assertThat(shipped.forGrpc("v1.72.0")).isSameAs(shipped.forGrpc("v1.72.7"));
    assertThat(shipped.forGrpc("v1.72.0")).isNotEqualTo(shipped.forGrpc("v1.80.0"));
    assertThatThrownBy(() -> shipped.forGrpc("v1.99.0"))
        .isInstanceOf(UnsupportedGoBinaryException.class)
        .hasMessage(
            "google.golang.org/grpc v1.99.0 has no struct offsets in this odiglet's table (known: "
                + known
                + ")")
        .extracting(e -> ((UnsupportedGoBinaryException) e).kind())
        .isEqualTo(UnsupportedGoBinaryException.Kind.MODULE_VERSION);
    assertThatThrownBy(() -> shipped.forGrpc("(devel)")).hasMessageContaining("(devel)");
  }

  @Test
  void malformedTableTextIsRejectedWithTheLine() {
    assertThatThrownBy(() -> GoOffsetTable.parse("runtime.g.goid 152\n"))
        .hasMessage("offset table line 1: runtime.g.goid 152");
    assertThatThrownBy(() -> GoOffsetTable.parse("[go1.21]\nruntime.g.nope 1\n"))
        .hasMessage("unknown Go struct field runtime.g.nope");
  }

  @Test
  void dependencyModulesComeFromDepLinesWithReplacementsApplied() {
    String info =
        "path\texample.com/app\nmod\texample.com/app\t(devel)\t\n"
            + "dep\tgoogle.golang.org/grpc\tv1.66.3\th1:abc=\n"
            + "dep\tgolang.org/x/net\tv0.26.0\th1:def=\n"
            + "=>\tgolang.org/x/net\tv0.27.0\th1:ghi=\n"
            + "dep\texample.com/local\tv0.0.0\n=>\t../local\t\n"
            + "build\t-compiler=gc\n";
    Map<String, GoModule> m = GoModule.parseDependencies(info);
    assertThat(m.get("google.golang.org/grpc").version()).isEqualTo("v1.66.3");
    assertThat(m.get("google.golang.org/grpc").minor()).contains("v1.66");
    assertThat(m.get("golang.org/x/net").version()).isEqualTo("v0.27.0");
    assertThat(m.get("example.com/local").version()).isEmpty();
    assertThat(m).hasSize(3);
    assertThat(GoModule.parseDependencies("garbage\n\t\t\n")).isEmpty();
  }
}
