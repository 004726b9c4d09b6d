package io.odigos.console.describe;

import java.util.function.Consumer;

/** Where a workload's story comes from: a live watch that sends a fresh story on every change. */
public interface StorySource {

  /**
   * Starts watching the workload; blocks until the first story was sent. {@code listener} is called
   * from a background thread, one story at a time. Close the result to stop.
   */
  AutoCloseable watch(WorkloadKey workload, Consumer<WorkloadStory> listener);
}
