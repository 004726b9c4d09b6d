package io.odigos.odiglet.ebpf.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.odiglet.ebpf.golang.GoBinaryAnalysis;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.golang.GoModule;
import io.odigos.odiglet.ebpf.golang.StructOffsets;
import io.odigos.odiglet.ebpf.golang.UnsupportedGoBinaryException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The machine-readable reason of each way probing a Go process can end. */
class GoAttachOutcomeTest {
  private static final String GRPC = "google.golang.org/grpc";

  @Test
  void everyAnalysisRefusalHasItsOwnReasonCode() {
    assertThat(GoAttachOutcome.Cause.of(UnsupportedGoBinaryException.Kind.GO_VERSION).code())
        .isEqualTo("UnsupportedGoVersion");
    assertThat(GoAttachOutcome.Cause.of(UnsupportedGoBinaryException.Kind.MODULE_VERSION).code())
        .isEqualTo("UnsupportedLibraryVersion");
    assertThat(GoAttachOutcome.Cause.of(UnsupportedGoBinaryException.Kind.MISSING_FUNCTION).code())
        .isEqualTo("ProbedFunctionMissing");
    assertThat(GoAttachOutcome.Cause.of(UnsupportedGoBinaryException.Kind.NOT_GO).code())
        .isEqualTo("NotAGoBinary");
    assertThat(
            Arrays.stream(UnsupportedGoBinaryException.Kind.values())
                .map(k -> GoAttachOutcome.Cause.of(k).code())
                .distinct())
        .as("no two kinds share a code")
        .hasSize(UnsupportedGoBinaryException.Kind.values().length);
  }

  @Test
  void outcomesCarryTheirReasonAndMessage() {
    var attached = new GoAttachOutcome.Attached(7, "HTTP server", "gRPC server: too new");
    assertThat(attached.reason()).isEqualTo("EbpfProbesAttached");
    assertThat(attached.attached()).isTrue();
    assertThat(attached.message())
        .isEqualTo(
            "eBPF probes attached (HTTP server; 7 uprobes); not instrumented: gRPC server: too new");
    var refused =
        new GoAttachOutcome.Unsupported(
            GoAttachOutcome.Cause.UNSUPPORTED_GO_VERSION, "go1.19.3 is older than go1.21");
    assertThat(refused.reason()).isEqualTo("UnsupportedGoVersion");
    assertThat(refused.attached()).isFalse();
    assertThat(new GoAttachOutcome.Failed("EPERM").reason()).isEqualTo("AttachFailed");
    assertThat(new GoAttachOutcome.Unavailable("off").reason()).isEqualTo("EbpfUnavailable");
  }

  @Test
  void aPlanWithNothingToAttachSaysWhichCauseKeptEachGroupOut() {
    var grpcTooNew =
        analysis(
            Map.of(GRPC, new GoModule(GRPC, "v1.99.0")),
            Optional.of(GRPC + " v1.99.0 has no struct offsets in this odiglet's table"));
    assertThat(
            GoInstrumentationManager.causeOf(
                grpcTooNew,
                plan(
                    Map.of(
                        GoFunctionGroup.GRPC_SERVER,
                        List.of(GRPC + " v1.99.0 has no struct offsets in this odiglet's table"),
                        GoFunctionGroup.HTTP_SERVER,
                        List.of("net/http.serverHandler.ServeHTTP: not in the binary")))))
        .isEqualTo(GoAttachOutcome.Cause.UNSUPPORTED_LIBRARY_VERSION);
    var noGrpc = analysis(Map.of(), Optional.of(GRPC + " is not linked into this binary"));
    assertThat(
            GoInstrumentationManager.causeOf(
                noGrpc,
                plan(
                    Map.of(
                        GoFunctionGroup.HTTP_SERVER,
                        List.of("net/http.serverHandler.ServeHTTP: not in the binary")))))
        .isEqualTo(GoAttachOutcome.Cause.PROBED_FUNCTION_MISSING);
    assertThat(
            GoInstrumentationManager.causeOf(
                noGrpc,
                plan(
                    Map.of(
                        GoFunctionGroup.HTTP_CLIENT,
                        List.of("no offset for net/http.Request.Method")))))
        .isEqualTo(GoAttachOutcome.Cause.STRUCT_OFFSETS_MISSING);
    assertThat(GoInstrumentationManager.causeOf(noGrpc, plan(Map.of())))
        .isEqualTo(GoAttachOutcome.Cause.NOTHING_TO_PROBE);
  }

  private static GoBinaryAnalysis analysis(
      Map<String, GoModule> modules, Optional<String> grpcProblem) {
    return new GoBinaryAnalysis(
        "go1.23.4",
        "example.com/app",
        modules,
        Map.of(),
        Map.of(),
        new StructOffsets(Map.of()),
        grpcProblem,
        true,
        Optional.empty());
  }

  private static GoProbePlan plan(Map<GoFunctionGroup, List<String>> unsupported) {
    return new GoProbePlan(List.of(), Set.of(), unsupported);
  }
}
