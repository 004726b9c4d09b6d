package io.odigos.odiglet.ebpf.golang;

/**
 * A Go executable cannot be instrumented (or not for the asked function groups), with a reason a
 * person can act on: not a Go binary, a Go or module version without offsets, a required function
 * missing. Nothing is attached when this is thrown; the message is meant for the instrumentation
 * config's status ({@code UnsupportedRuntimeVersion}).
 */
public final class UnsupportedGoBinaryException extends Exception {
  /** Why, in one category the status can show. */
  public enum Kind {
    NOT_GO,
    ARCHITECTURE,
    DECODER_UNAVAILABLE,
    UNREADABLE,
    GO_VERSION,
    MODULE_VERSION,
    MISSING_FUNCTION,
    MISSING_FIELD
  }

  private final Kind kind;

  public UnsupportedGoBinaryException(Kind kind, String reason) {
    super(reason);
    this.kind = kind;
  }

  public UnsupportedGoBinaryException(Kind kind, String reason, Throwable cause) {
    super(reason, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
