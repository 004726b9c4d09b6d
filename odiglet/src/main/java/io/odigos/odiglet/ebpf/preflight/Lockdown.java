package io.odigos.odiglet.ebpf.preflight;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel lockdown mode ({@code /sys/kernel/security/lockdown}, e.g. {@code none [integrity]
 * confidentiality}). Both {@link #INTEGRITY} and {@link #CONFIDENTIALITY} forbid {@code
 * bpf_probe_write_user}, which W3C context propagation into outgoing Go requests needs; uprobes
 * that only read still work.
 */
public enum Lockdown {
  NONE,
  INTEGRITY,
  CONFIDENTIALITY;

  private static final Pattern SELECTED = Pattern.compile("\\[(\\w+)]");

  /**
   * The selected (bracketed) mode. An absent file (no lockdown LSM) is {@link #NONE}: pass {@code
   * null}. Empty when the content is not recognised.
   */
  public static Optional<Lockdown> parse(String content) {
    if (content == null) {
      return Optional.of(NONE);
    }
    Matcher m = SELECTED.matcher(content);
    if (!m.find()) {
      return Optional.empty();
    }
    return switch (m.group(1)) {
      case "none" -> Optional.of(NONE);
      case "integrity" -> Optional.of(INTEGRITY);
      case "confidentiality" -> Optional.of(CONFIDENTIALITY);
      default -> Optional.empty();
    };
  }

  public boolean blocksProbeWriteUser() {
    return this != NONE;
  }
}
