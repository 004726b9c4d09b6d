package io.odigos.console;

import javafx.application.Application;

/**
 * Entry point. Not itself an {@link Application}: started from the classpath, the JDK launcher
 * refuses a main class that extends Application unless JavaFX is on the module path.
 */
public final class ConsoleApp {
  private ConsoleApp() {}

  public static void main(String[] args) {
    StartupTimeline.mark("main");
    Preload.start();
    Application.launch(ConsoleApplication.class, args);
  }
}
