package io.odigos.odiglet.ebpf.attach;

/** What probing one Go process came to, in words a user can act on. */
public sealed interface GoAttachOutcome {
  /** A stable reason code (for conditions and instance status). */
  String reason();

  /** The human message. */
  String message();

  /** Probed: the groups instrumented, and the ones left out with why. */
  record Attached(int uprobes, String groups, String leftOut) implements GoAttachOutcome {
    @Override
    public String reason() {
      return "Attached";
    }

    @Override
    public String message() {
      String m = "eBPF probes attached (" + groups + "; " + uprobes + " uprobes)";
      return leftOut.isEmpty() ? m : m + "; not instrumented: " + leftOut;
    }
  }

  /** Nothing attached: the binary cannot be instrumented as it is (version, symbols...). */
  record Unsupported(String message) implements GoAttachOutcome {
    @Override
    public String reason() {
      return "UnsupportedRuntimeVersion";
    }
  }

  /** Nothing attached: the kernel or libbpf refused. */
  record Failed(String message) implements GoAttachOutcome {
    @Override
    public String reason() {
      return "AttachFailed";
    }
  }
}
