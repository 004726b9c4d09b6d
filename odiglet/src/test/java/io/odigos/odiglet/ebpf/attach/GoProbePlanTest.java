package io.odigos.odiglet.ebpf.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.odiglet.ebpf.golang.GoBinaryAnalysis;
import io.odigos.odiglet.ebpf.golang.GoBinaryAnalyzer;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.golang.GoOffsetTable;
import io.odigos.odiglet.ebpf.golang.GoServices;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plans for the real Go test services: every group, the status probe on the right function. */
class GoProbePlanTest {
  static Stream<GoServices.Build> builds() {
    return GoServices.builds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void everyGroupIsPlannedAndTheStatusProbeFindsItsVersionsFunction(GoServices.Build b)
      throws Exception {
    GoBinaryAnalysis a = new GoBinaryAnalyzer(GoOffsetTable.load()).analyzeFile(b.stripped());
    GoProbePlan plan = GoProbePlan.plan(a, EnumSet.allOf(GoFunctionGroup.class), false);
    assertThat(plan.unsupported()).isEmpty();
    assertThat(plan.instrumented()).containsExactlyInAnyOrder(GoFunctionGroup.values());
    assertThat(plan.attachments())
        .noneMatch(x -> x.program().equals(GoProbePlan.WRITE_HEADERS))
        .allMatch(x -> x.fileOffset() > 0);
    List<String> status =
        plan.attachments().stream()
            .filter(x -> x.program().equals("uprobe_grpc_server_status"))
            .map(GoProbePlan.Attachment::symbol)
            .toList();
    String grpc = a.module("google.golang.org/grpc").orElseThrow().version();
    int minor = Integer.parseInt(grpc.split("\\.")[1]);
    String expected =
        "google.golang.org/grpc/internal/transport.(*http2Server)."
            + (minor >= 69 ? "writeStatus" : "WriteStatus");
    assertThat(status).containsExactly(expected);
    assertThat(GoProbePlan.plan(a, EnumSet.allOf(GoFunctionGroup.class), true).attachments())
        .anyMatch(x -> x.program().equals(GoProbePlan.WRITE_HEADERS));
  }
}
