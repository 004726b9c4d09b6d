package io.odigos.console.core;

import io.odigos.model.catalog.DestinationCatalog;

/**
 * What the shell gives every feature: the task runner (background I/O, UI callbacks, status bar)
 * and the destination catalog. The cluster session arrives through {@link
 * FeatureView#sessionChanged}.
 */
public record FeatureContext(Tasks tasks, DestinationCatalog catalog) {}
