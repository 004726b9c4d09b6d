package io.odigos.bench.console;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The first-frame baseline: a JVM that shows one label, JVM start to first frame, and its RSS. */
public final class TrivialFxProbe {
  private TrivialFxProbe() {}

  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    CompletableFuture<Long> shown = new CompletableFuture<>();
    Platform.startup(
        () -> {
          Scene scene = new Scene(new StackPane(new Label("hello")), 1280, 800);
          Runnable[] once = new Runnable[1];
          once[0] =
              () -> {
                scene.removePostLayoutPulseListener(once[0]);
                shown.complete(System.currentTimeMillis());
              };
          scene.addPostLayoutPulseListener(once[0]);
          Stage stage = new Stage();
          stage.setScene(scene);
          stage.show();
        });
    long frame = shown.get(120, TimeUnit.SECONDS) - jvmStart;
    System.out.printf(Locale.ROOT, "RESULT first_frame_ms %d%n", frame);
    ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .ifPresent(
            cpu ->
                System.out.printf(Locale.ROOT, "RESULT first_frame_cpu_ms %d%n", cpu.toMillis()));
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        System.out.printf(
            Locale.ROOT,
            "RESULT rss_mb %.1f%n",
            Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
      }
    }
    Platform.exit();
    System.exit(0);
  }
}
