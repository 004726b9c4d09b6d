package io.odigos.odiglet.ebpf.golang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Go test services ({@code odiglet/src/test/go/goservices}, binary {@code gosvc}) built with
 * every covered Go toolchain by {@code odiglet/go-test-services.sh}, which this runs (idempotent:
 * seconds when everything is cached, minutes on a cold cache). Fails loudly, with the command to
 * run, when the build fails.
 */
public final class GoServices {
  /** The script, relative to the odiglet module directory (the tests' working directory). */
  public static final String SCRIPT = "go-test-services.sh";

  /**
   * One build: {@code label} is its directory, {@code go1.23.12} or, built against another gRPC
   * than the module's own, {@code go1.23.12-grpc-v1.72.2}.
   */
  public record Build(String label, String goVersion, Path unstripped, Path stripped) {
    /** The go.mod it was built with (the module's own, or the gRPC variant's modfile). */
    public Path goMod() {
      int i = label.indexOf("-grpc-");
      return i < 0
          ? sourceDir().resolve("go.mod")
          : sourceDir().resolve("modfiles/grpc-" + label.substring(i + 6)).resolve("go.mod");
    }

    /** Both variants, labelled. */
    public List<Variant> variants() {
      return List.of(new Variant(this, false, unstripped), new Variant(this, true, stripped));
    }
  }

  /** One binary. */
  public record Variant(Build build, boolean stripped, Path binary) {
    @Override
    public String toString() {
      return build.label() + (stripped ? " stripped" : " unstripped");
    }
  }

  private static volatile Path cached;

  private GoServices() {}

  /** The odiglet module directory. */
  public static Path moduleDir() {
    Path here = Path.of("").toAbsolutePath();
    if (Files.exists(here.resolve(SCRIPT))) {
      return here;
    }
    if (Files.exists(here.resolve("odiglet").resolve(SCRIPT))) {
      return here.resolve("odiglet");
    }
    throw new IllegalStateException("cannot find " + SCRIPT + " from " + here);
  }

  /** The Go module of the services (go.mod with the dependency versions). */
  public static Path sourceDir() {
    return moduleDir().resolve("src/test/go/goservices");
  }

  /** The cache directory holding {@code go<version>/{gosvc,gosvc-stripped}}; builds if needed. */
  public static synchronized Path dir() {
    if (cached != null) {
      return cached;
    }
    Path script = moduleDir().resolve(SCRIPT);
    try {
      Path log = Files.createTempFile("go-test-services", ".log");
      Process p =
          new ProcessBuilder("bash", script.toString())
              .redirectErrorStream(false)
              .redirectError(log.toFile())
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException(
            "building the Go test services failed; run "
                + script
                + " by hand. Its log:\n"
                + Files.readString(log));
      }
      Files.deleteIfExists(log);
      String[] lines = out.split("\n");
      Path dir = Path.of(lines[lines.length - 1].strip());
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException(script + " printed " + dir + ", not a directory");
      }
      cached = dir;
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + script + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the Go test services", e);
    }
  }

  /** Every complete build, by ascending Go version. */
  public static List<Build> builds() {
    List<Build> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir())) {
      for (Path d : s.sorted(GoServices::byVersion).toList()) {
        if (Files.exists(d.resolve(".complete"))) {
          out.add(
              new Build(
                  d.getFileName().toString(),
                  d.getFileName().toString().replaceFirst("-grpc-.*$", ""),
                  d.resolve("gosvc"),
                  d.resolve("gosvc-stripped")));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir(), e);
    }
    if (out.size() < 5) {
      throw new IllegalStateException(
          "expected builds for at least 5 Go versions in " + dir() + ", found " + out);
    }
    return out;
  }

  /**
   * The unstripped binaries built only for the offset table, one per further gRPC minor ({@code
   * table/grpc-<version>/gosvc}), by gRPC version; each with its go.mod.
   */
  public static List<Build> tableBuilds() {
    List<Build> out = new ArrayList<>();
    Path table = dir().resolve("table");
    try (Stream<Path> s = Files.isDirectory(table) ? Files.list(table) : Stream.empty()) {
      for (Path d : s.sorted().toList()) {
        if (Files.exists(d.resolve(".complete"))) {
          String label = "table-" + d.getFileName(); // table-grpc-v1.70.0
          out.add(new Build(label, builds().getLast().goVersion(), d.resolve("gosvc"), null));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + table, e);
    }
    if (out.size() < 10) {
      throw new IllegalStateException(
          "expected table builds for at least 10 gRPC minors in " + table + ", found " + out);
    }
    return out;
  }

  /** Every binary of every build. */
  public static List<Variant> variants() {
    return builds().stream().flatMap(b -> b.variants().stream()).toList();
  }

  /** By Go version, the module's own gRPC before other gRPC versions. */
  private static int byVersion(Path a, Path b) {
    String la = a.getFileName().toString();
    String lb = b.getFileName().toString();
    int[] x = numbers(la.replaceFirst("-grpc-.*$", ""));
    int[] y = numbers(lb.replaceFirst("-grpc-.*$", ""));
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return la.compareTo(lb);
  }

  private static int[] numbers(String goVersion) {
    String[] p = goVersion.replaceFirst("^go", "").split("\\.");
    int[] out = new int[3];
    for (int i = 0; i < Math.min(3, p.length); i++) {
      out[i] = p[i].matches("\\d+") ? Integer.parseInt(p[i]) : 0;
    }
    return out;
  }
}
