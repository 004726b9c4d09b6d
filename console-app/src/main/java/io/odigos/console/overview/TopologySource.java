package io.odigos.console.overview;

import java.util.function.Consumer;

/** Live pipeline objects of one cluster. */
public interface TopologySource {
  /** Blocking until listed; {@code sink} gets every change from any thread. Close to stop. */
  AutoCloseable watch(Consumer<PipelineObjects> sink);
}
