package io.odigos.odiglet.ebpf.golang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One module linked into a Go binary, from the {@code dep} lines of its build info (with a {@code
 * =>} replacement applied: the version that was compiled in is the replacement's).
 *
 * @param path module path, e.g. {@code google.golang.org/grpc}
 * @param version the version compiled in, e.g. {@code v1.66.3}; {@code (devel)} or empty for a
 *     local directory replacement
 */
public record GoModule(String path, String version) {

  /** {@code v1.66.3} → {@code v1.66}; empty when the version is not semantic. */
  public Optional<String> minor() {
    String v = version.startsWith("v") ? version.substring(1) : version;
    String[] parts = v.split("[.+-]");
    if (parts.length < 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
      return Optional.empty();
    }
    return Optional.of("v" + parts[0] + "." + parts[1]);
  }

  /**
   * The dependency modules of a module info text (Go's {@code debug/buildinfo} format: lines of
   * tab-separated fields; {@code dep path version sum}, optionally followed by {@code => path
   * version sum}). Pure function; unknown lines are ignored.
   */
  public static Map<String, GoModule> parseDependencies(String moduleInfo) {
    Map<String, GoModule> out = new LinkedHashMap<>();
    String last = null;
    for (String line : moduleInfo.split("\n")) {
      String[] f = line.split("\t");
      if (f.length >= 3 && f[0].equals("dep")) {
        last = f[1];
        out.put(f[1], new GoModule(f[1], f[2]));
      } else if (f.length >= 2 && f[0].equals("dep")) {
        last = f[1];
        out.put(f[1], new GoModule(f[1], ""));
      } else if (f.length >= 2 && f[0].equals("=>") && last != null) {
        out.put(last, new GoModule(last, f.length >= 3 ? f[2] : ""));
      } else {
        last = null;
      }
    }
    return out;
  }

  /** Module paths in a list, for messages. */
  static List<String> paths(Iterable<GoModule> modules) {
    List<String> out = new ArrayList<>();
    modules.forEach(m -> out.add(m.path() + "@" + m.version()));
    return out;
  }
}
