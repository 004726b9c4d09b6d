package io.odigos.odiglet.ebpf.attach;

import io.odigos.odiglet.ebpf.golang.UnsupportedGoBinaryException;

/**
 * What probing one Go process came to, in words a user can act on, with a stable reason code
 * ({@link #reason()}) that the process's InstrumentationInstance shows.
 */
public sealed interface GoAttachOutcome {
  /** Reason code of {@link Attached}. */
  String PROBES_ATTACHED = "EbpfProbesAttached";

  /** Reason code of {@link Failed}. */
  String ATTACH_FAILED = "AttachFailed";

  /** Reason code of {@link Unavailable}. */
  String EBPF_UNAVAILABLE = "EbpfUnavailable";

  /** A stable reason code (for conditions and instance status). */
  String reason();

  /** The human message. */
  String message();

  /** Whether spans can flow: probes are in place. */
  default boolean attached() {
    return this instanceof Attached;
  }

  /** Probed: the groups instrumented, and the ones left out with why. */
  record Attached(int uprobes, String groups, String leftOut) implements GoAttachOutcome {
    @Override
    public String reason() {
      return PROBES_ATTACHED;
    }

    @Override
    public String message() {
      String m = "eBPF probes attached (" + groups + "; " + uprobes + " uprobes)";
      return leftOut.isEmpty() ? m : m + "; not instrumented: " + leftOut;
    }
  }

  /** Why a binary cannot be instrumented as it is; each cause has its own reason code. */
  enum Cause {
    NOT_A_GO_BINARY("NotAGoBinary"),
    UNSUPPORTED_GO_VERSION("UnsupportedGoVersion"),
    UNSUPPORTED_LIBRARY_VERSION("UnsupportedLibraryVersion"),
    PROBED_FUNCTION_MISSING("ProbedFunctionMissing"),
    STRUCT_OFFSETS_MISSING("StructOffsetsMissing"),
    UNSUPPORTED_ARCHITECTURE("UnsupportedArchitecture"),
    EXECUTABLE_UNREADABLE("ExecutableUnreadable"),
    ANALYSIS_UNAVAILABLE("AnalysisUnavailable"),
    NOTHING_TO_PROBE("NothingToProbe");

    private final String code;

    Cause(String code) {
      this.code = code;
    }

    /** The reason code, e.g. {@code UnsupportedGoVersion}. */
    public String code() {
      return code;
    }

    /** The cause an analysis refusal stands for. */
    public static Cause of(UnsupportedGoBinaryException.Kind kind) {
      return switch (kind) {
        case NOT_GO -> NOT_A_GO_BINARY;
        case ARCHITECTURE -> UNSUPPORTED_ARCHITECTURE;
        case DECODER_UNAVAILABLE -> ANALYSIS_UNAVAILABLE;
        case UNREADABLE -> EXECUTABLE_UNREADABLE;
        case GO_VERSION -> UNSUPPORTED_GO_VERSION;
        case MODULE_VERSION -> UNSUPPORTED_LIBRARY_VERSION;
        case MISSING_FUNCTION -> PROBED_FUNCTION_MISSING;
        case MISSING_FIELD -> STRUCT_OFFSETS_MISSING;
      };
    }
  }

  /** Nothing attached: the binary cannot be instrumented as it is (version, symbols...). */
  record Unsupported(Cause cause, String message) implements GoAttachOutcome {
    @Override
    public String reason() {
      return cause.code();
    }
  }

  /** Nothing attached: the kernel or libbpf refused. */
  record Failed(String message) implements GoAttachOutcome {
    @Override
    public String reason() {
      return ATTACH_FAILED;
    }
  }

  /**
   * Nothing attached: eBPF Go instrumentation does not run on this node (switched off, the node's
   * kernel cannot, or it failed to start); the message says which.
   */
  record Unavailable(String message) implements GoAttachOutcome {
    @Override
    public String reason() {
      return EBPF_UNAVAILABLE;
    }
  }
}
