package io.odigos.console.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** What the About box lists: this console's version and the runtimes it runs on. */
public final class Versions {
  private Versions() {}

  /** Name → version, in display order; the cluster's when connected. */
  public static Map<String, String> all(String clusterVersion) {
    Map<String, String> v = new LinkedHashMap<>();
    Properties built = built();
    v.put("Odigos console", built.getProperty("console.version", "development"));
    v.put("Java", System.getProperty("java.runtime.version", "?"));
    v.put("JavaFX", System.getProperty("javafx.runtime.version", "?"));
    v.put("fabric8 Kubernetes client", built.getProperty("fabric8.version", "?"));
    v.put(
        "Kubernetes (connected cluster)",
        clusterVersion == null ? "not connected" : clusterVersion);
    return v;
  }

  private static Properties built() {
    Properties p = new Properties();
    try (InputStream in =
        Versions.class.getResourceAsStream("/io/odigos/console/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no versions file: the defaults say "development"
    }
    return p;
  }
}
