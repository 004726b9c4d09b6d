package io.odigos.console.core;

/**
 * One entry of the left navigation with its view. Features are found with {@link
 * java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/io.odigos.console.core.Feature}), so adding a view means adding a package and
 * one line, without touching the shell. A navigation entry without a feature shows a placeholder.
 */
public interface Feature {

  /** The navigation entry this feature fills, see {@link Navigation}. */
  String id();

  /** Builds the view; called once, on the FX thread. */
  FeatureView create(FeatureContext context);
}
