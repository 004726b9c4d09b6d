package io.odigos.odiglet.ebpf.libbpf;

/**
 * A libbpf call or a BPF syscall failed. Carries what was being done (e.g. "attaching uprobe
 * uprobe_selftest to /usr/bin/app+0x1234 (pid 42)"), the errno with its name, and libbpf's message
 * for it, so that the reason reaches the user without a native debugger.
 */
public class LibbpfException extends RuntimeException {
  private final String operation;
  private final int errno;

  public LibbpfException(String operation, int errno, String detail) {
    super(message(operation, errno, detail));
    this.operation = operation;
    this.errno = Math.abs(errno);
  }

  public LibbpfException(String operation, String detail, Throwable cause) {
    super(operation + " failed: " + detail, cause);
    this.operation = operation;
    this.errno = 0;
  }

  private static String message(String operation, int errno, String detail) {
    if (errno == 0) {
      return operation + " failed: " + detail;
    }
    return operation
        + " failed: "
        + Errno.name(errno)
        + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
  }

  /** What was being done, in words. */
  public String operation() {
    return operation;
  }

  /** The positive errno (0 when the failure has none, e.g. a missing library). */
  public int errno() {
    return errno;
  }

  /** {@code EPERM}, {@code ENOENT}, ...; empty when there is no errno. */
  public String errnoName() {
    return errno == 0 ? "" : Errno.name(errno);
  }
}
