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
    command.addAll(
        List.of(
            "-Dglass.platform=Headless",
            "-Dprism.order=sw",
            "-Djava.util.prefs.userRoot=" + Path.of("bench/target/prefs").toAbsolutePath(),
            "-cp",
            consoleClasspath + File.pathSeparator + probeClasses(),
            probe.getName()));
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
        } else if (line.contains("|-") || line.contains("Unsupported JavaFX configuration")) {
          continue; // logback's own status lines; JavaFX from the class path (as run.sh starts it)
        } else if (line.contains("WARN")
            || line.contains("ERROR")
            || line.contains("Exception")
            || line.contains("AOT")) {
          System.out.println("  [" + probe.getSimpleName() + "] " + line);
        }
      }
    }
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(probe.getSimpleName() + " failed: exit " + p.exitValue());
    }
    return results;
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
