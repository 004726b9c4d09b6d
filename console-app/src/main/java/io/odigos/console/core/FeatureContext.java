package io.odigos.console.core;

import io.odigos.model.catalog.DestinationCatalog;

/**
 * What the shell gives every feature: the task runner (background I/O, UI callbacks, status bar)
 * the destination catalog, and how to open a web link (the system browser, through the
 * application's HostServices). The cluster session arrives through {@link
 * FeatureView#sessionChanged}.
 */
public record FeatureContext(
    Tasks tasks, DestinationCatalog catalog, java.util.function.Consumer<String> openLink) {

  /** Without a browser: links are only logged (tests, benchmarks). */
  public FeatureContext(Tasks tasks, DestinationCatalog catalog) {
    this(
        tasks,
        catalog,
        url -> org.slf4j.LoggerFactory.getLogger(FeatureContext.class).info("Link: {}", url));
  }
}
