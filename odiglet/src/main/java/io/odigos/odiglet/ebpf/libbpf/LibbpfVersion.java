package io.odigos.odiglet.ebpf.libbpf;

/**
 * The version of the {@code libbpf.so.1} this JVM loaded. The odiglet checks it at startup ({@link
 * #require}) because the option structs it passes are laid out for libbpf 1.1 and newer.
 */
public record LibbpfVersion(int major, int minor) implements Comparable<LibbpfVersion> {

  /** The loaded library's version; throws {@link LibbpfException} when libbpf cannot be loaded. */
  public static LibbpfVersion current() {
    LibbpfNative lib = LibbpfNative.get();
    return new LibbpfVersion(lib.major(), lib.minor());
  }

  /**
   * The loaded version if it is at least {@code major.minor}; otherwise a {@link LibbpfException}
   * that says which version was found and how to get a newer one.
   */
  public static LibbpfVersion require(int major, int minor) {
    LibbpfVersion found = current();
    LibbpfVersion wanted = new LibbpfVersion(major, minor);
    if (found.compareTo(wanted) < 0) {
      throw new LibbpfException(
          "checking the libbpf version",
          0,
          "libbpf "
              + found
              + " is loaded, "
              + wanted
              + " or newer is required (Debian 12: libbpf1 1.1.2; bpf/install-deps.sh installs it)");
    }
    return found;
  }

  public boolean atLeast(int major, int minor) {
    return compareTo(new LibbpfVersion(major, minor)) >= 0;
  }

  @Override
  public int compareTo(LibbpfVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
