package io.odigos.odiglet.ebpf.golang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The struct offset table shipped in the odiglet jar ({@value #RESOURCE}): offsets measured from
 * the DWARF of real binaries, per Go minor version ({@code [go1.23]}) for the standard library and
 * per gRPC minor version ({@code [google.golang.org/grpc v1.66]}) for the gRPC fields. Lines are
 * {@code <field> <offset>}; a field absent from a section does not exist in that version. The table
 * is regenerated (never edited by hand) by {@code GoOffsetTableGenerator} in the odiglet's tests.
 *
 * <p>Lookups are pure functions of the version strings, so what a version resolves to can be tested
 * without a binary.
 */
public final class GoOffsetTable {
  /** The resource, relative to this class. */
  public static final String RESOURCE = "go-struct-offsets.txt";

  /** The oldest Go minor the probes support. */
  public static final int MIN_GO_MINOR = 21;

  private static final Pattern GO_VERSION = Pattern.compile("go(\\d+)\\.(\\d+)");

  private final Map<String, Map<String, Long>> sections;

  GoOffsetTable(Map<String, Map<String, Long>> sections) {
    this.sections = sections;
  }

  /** The table of this odiglet build. */
  public static GoOffsetTable load() {
    try (InputStream in = GoOffsetTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the odiglet jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the table text ({@code #} comments, {@code [section]} headers, field lines). */
  public static GoOffsetTable parse(String text) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    Map<String, Long> current = null;
    int n = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new TreeMap<>());
          continue;
        }
        String[] f = line.split("\\s+");
        if (current == null || f.length != 2) {
          throw new IllegalArgumentException("offset table line " + n + ": " + line);
        }
        GoStructField.of(f[0]);
        current.put(f[0], Long.parseLong(f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    return new GoOffsetTable(Collections.unmodifiableMap(out));
  }

  /** Every section by name. */
  public Map<String, Map<String, Long>> sections() {
    return sections;
  }

  /** {@code go1.23.4}, {@code go1.22.1 X:loopvar}, {@code devel go1.27-abc} → {@code go1.23}. */
  public static Optional<String> goMinor(String goVersion) {
    Matcher m = GO_VERSION.matcher(goVersion);
    return m.find() ? Optional.of("go" + m.group(1) + "." + m.group(2)) : Optional.empty();
  }

  /** The section name of a gRPC version: {@code google.golang.org/grpc v1.66}. */
  static String grpcSection(String minor) {
    return GoStructField.GRPC_MODULE + " " + minor;
  }

  /**
   * The standard-library offsets of a Go version.
   *
   * @throws UnsupportedGoBinaryException (GO_VERSION) for a version older than 1.21, newer than the
   *     table, or without a section
   */
  public Map<String, Long> forGo(String goVersion) throws UnsupportedGoBinaryException {
    Optional<String> minor = goMinor(goVersion);
    if (minor.isEmpty()) {
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.GO_VERSION,
          "unrecognised Go version \"" + goVersion + "\"");
    }
    String[] p = minor.get().substring(2).split("\\.");
    int major = Integer.parseInt(p[0]);
    int min = Integer.parseInt(p[1]);
    if (major < 1 || (major == 1 && min < MIN_GO_MINOR)) {
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.GO_VERSION,
          goVersion + " is older than go1." + MIN_GO_MINOR + ", the oldest Go the probes support");
    }
    Map<String, Long> s = sections.get(minor.get());
    if (s == null) {
      String newest = newestGo();
      boolean newer = compareGo(minor.get(), newest) > 0;
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.GO_VERSION,
          newer
              ? goVersion + " is newer than this odiglet's offset table (newest: " + newest + ")"
              : "no struct offsets for " + minor.get() + " in this odiglet's table");
    }
    return s;
  }

  /**
   * The gRPC offsets of a gRPC module version ({@code v1.66.3}).
   *
   * @throws UnsupportedGoBinaryException (MODULE_VERSION) when the table has no section for it
   */
  public Map<String, Long> forGrpc(String version) throws UnsupportedGoBinaryException {
    Optional<String> minor = new GoModule(GoStructField.GRPC_MODULE, version).minor();
    Map<String, Long> s = minor.map(m -> sections.get(grpcSection(m))).orElse(null);
    if (s == null) {
      throw new UnsupportedGoBinaryException(
          UnsupportedGoBinaryException.Kind.MODULE_VERSION,
          GoStructField.GRPC_MODULE
              + " "
              + version
              + " has no struct offsets in this odiglet's table (known: "
              + knownGrpc()
              + ")");
    }
    return s;
  }

  private String knownGrpc() {
    String known =
        String.join(
            ", ",
            sections.keySet().stream()
                .filter(k -> k.startsWith(GoStructField.GRPC_MODULE + " "))
                .map(k -> k.substring(GoStructField.GRPC_MODULE.length() + 1))
                .toList());
    return known.isEmpty() ? "none" : known;
  }

  private String newestGo() {
    return sections.keySet().stream()
        .filter(GoOffsetTable::isGoSection)
        .max(GoOffsetTable::compareGo)
        .orElse("none");
  }

  /** Whether a section holds standard-library offsets ({@code go1.23}). */
  public static boolean isGoSection(String name) {
    return name.matches("go\\d+\\.\\d+");
  }

  static int compareGo(String a, String b) {
    if (!isGoSection(a) || !isGoSection(b)) {
      return a.compareTo(b);
    }
    String[] x = a.substring(2).split("\\.");
    String[] y = b.substring(2).split("\\.");
    int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
    return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
  }
}
