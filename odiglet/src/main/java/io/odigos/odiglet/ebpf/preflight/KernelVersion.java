package io.odigos.odiglet.ebpf.preflight;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A kernel release's numeric part ({@code 6.18.44-fc-v657} → 6.18.44). */
public record KernelVersion(int major, int minor, int patch) implements Comparable<KernelVersion> {
  private static final Pattern RELEASE =
      Pattern.compile("^(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,6}))?");

  /** Parses {@code /proc/sys/kernel/osrelease} (or {@code uname -r}); empty when unrecognisable. */
  public static Optional<KernelVersion> parse(String release) {
    if (release == null) {
      return Optional.empty();
    }
    Matcher m = RELEASE.matcher(release.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(
        new KernelVersion(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
  }

  public boolean atLeast(int major, int minor) {
    return compareTo(new KernelVersion(major, minor, 0)) >= 0;
  }

  @Override
  public int compareTo(KernelVersion o) {
    if (major != o.major) {
      return Integer.compare(major, o.major);
    }
    if (minor != o.minor) {
      return Integer.compare(minor, o.minor);
    }
    return Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
