package io.odigos.bench.console;

import java.io.BufferedReader;
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
 * Runs a probe class in a JVM of its own with the console's options ({@code
 * console-app/jvm.options}) on JavaFX's headless platform, and collects its {@code RESULT name
 * value} lines; the rest of its output is echoed.
 */
final class ConsoleJvm {
  private ConsoleJvm() {}

  static Map<String, Double> run(Class<?> probe, String... args)
      throws IOException, InterruptedException {
    return run(probe, null, args);
  }

  static Map<String, Double> run(Class<?> probe, Path kubeconfig, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    Files.readAllLines(Path.of("console-app/jvm.options")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .forEach(command::add);
    command.addAll(
        List.of(
            "-Dglass.platform=Headless",
            "-Dprism.order=sw",
            "-cp",
            System.getProperty("java.class.path"),
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
        } else if (line.contains("WARN") || line.contains("ERROR") || line.contains("Exception")) {
          System.out.println("  [" + probe.getSimpleName() + "] " + line);
        }
      }
    }
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(probe.getSimpleName() + " failed: exit " + p.exitValue());
    }
    return results;
  }
}
