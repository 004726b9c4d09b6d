package io.odigos.bench.console;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a probe class in a JVM of its own as {@code console-app/run.sh} starts the console: the
 * console's class path (its jar and runtime dependencies, from the system property {@code
 * console.classpath} that {@code bench/run.sh} sets) with the probes appended, the options of
 * {@code console-app/jvm.options}, optionally the console's AOT cache, on JavaFX's headless
 * platform. Collects the probe's {@code RESULT name value} lines; warnings and errors are echoed.
 */
final class ConsoleJvm {
  private ConsoleJvm() {}

  /**
   * @param aotCache the AOT cache to start from, or null for none
   * @param kubeconfig the KUBECONFIG of the probe, or null
   */
  static Map<String, Double> run(Class<?> probe, Path aotCache, Path kubeconfig, String... args)
      throws IOException, InterruptedException {
    return run(probe.getName(), probe.getSimpleName(), List.of(), aotCache, kubeconfig, args);
  }

  /**
   * Starts the real console ({@code io.odigos.console.ConsoleApp}) as {@code console-app/run.sh}
   * does, told to quit once its first frame is drawn and to log its start-up timeline, with no
   * kubeconfig (connecting comes after the first frame anyway). Results: {@code first_frame_ms},
   * {@code first_frame_cpu_ms} and one {@code at_<mark>_ms} per mark of the timeline. With an AOT
   * cache, {@code -XX:AOTMode=on} makes a cache the JVM cannot use fail the start instead of being
   * ignored.
   */
  static Map<String, Double> startApp(Path aotCache) throws IOException, InterruptedException {
    List<String> options = new ArrayList<>();
    options.add("-Dconsole.exitAfterFirstFrame=true");
    options.add("-Dconsole.startup.trace=true");
    if (aotCache != null) {
      options.add("-XX:AOTMode=on");
    }
    return run(
        "io.odigos.console.ConsoleApp",
        "ConsoleApp",
        options,
        aotCache,
        Path.of("/nonexistent/kubeconfig"));
  }

  private static Map<String, Double> run(
      String mainClass,
      String label,
      List<String> extraOptions,
      Path aotCache,
      Path kubeconfig,
      String... args)
      throws IOException, InterruptedException {
    String consoleClasspath = System.getProperty("console.classpath");
    if (consoleClasspath == null || consoleClasspath.isBlank()) {
      throw new IllegalStateException(
          "-Dconsole.classpath is not set: run the benchmark with bench/run.sh console");
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    Files.readAllLines(Path.of("console-app/jvm.options")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .forEach(command::add);
    if (aotCache != null) {
      command.add("-XX:AOTCache=" + aotCache);
    }
    command.addAll(extraOptions);
    command.addAll(
        List.of(
            "-Dglass.platform=Headless",
            "-Dprism.order=sw",
            "-Djava.util.prefs.userRoot=" + Path.of("bench/target/prefs").toAbsolutePath(),
            "-cp",
            consoleClasspath + File.pathSeparator + probeClasses(),
            mainClass));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (kubeconfig != null) {
      pb.environment().put("KUBECONFIG", kubeconfig.toString());
    }
    Process p = pb.start();
    Map<String, Double> results = new HashMap<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("RESULT ")) {
          String[] f = line.split(" ");
          results.put(f[1], Double.parseDouble(f[2]));
        } else if (parseStartLine(line, results)) {
          continue;
        } else if (line.contains("|-") || line.contains("Unsupported JavaFX configuration")) {
          continue; // logback's own status lines; JavaFX from the class path (as run.sh starts it)
        } else if (line.contains("WARN")
            || line.contains("ERROR")
            || line.contains("Exception")
            || line.contains("AOT")) {
          System.out.println("  [" + label + "] " + line);
        }
      }
    }
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(label + " failed: exit " + p.exitValue());
    }
    return results;
  }

  private static final Pattern FIRST_FRAME =
      Pattern.compile("First frame (\\d+) ms after JVM start \\((-?\\d+) ms CPU\\)");
  private static final Pattern TIMELINE_MARK = Pattern.compile("([a-z-]+)=(\\d+)");

  /** The console's "First frame" and "Start-up timeline" log lines, into results. */
  static boolean parseStartLine(String line, Map<String, Double> results) {
    Matcher frame = FIRST_FRAME.matcher(line);
    if (frame.find()) {
      results.put("first_frame_ms", Double.parseDouble(frame.group(1)));
      results.put("first_frame_cpu_ms", Double.parseDouble(frame.group(2)));
      return true;
    }
    int timeline = line.indexOf("Start-up timeline");
    if (timeline >= 0) {
      Matcher mark = TIMELINE_MARK.matcher(line.substring(timeline));
      while (mark.find()) {
        results.put(
            "at_" + mark.group(1).replace('-', '_') + "_ms", Double.parseDouble(mark.group(2)));
      }
      return true;
    }
    return false;
  }

  /**
   * The bench's own compiled classes, not the shaded jar: that one also carries other HTTP clients
   * (and their service entries), which would change what the console runs with.
   */
  private static String probeClasses() {
    Path classes = Path.of("bench/target/classes").toAbsolutePath();
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException(classes + " is missing: run bench/run.sh console");
    }
    return classes.toString();
  }
}
