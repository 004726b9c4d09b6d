package io.odigos.operator.instrumentor.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.MDC;

/**
 * Runs a namespace's independent API writes a few at a time: a namespace Source over a thousand
 * workloads means a thousand InstrumentationConfigs, and one after another they would take as many
 * round trips. Each write keeps the caller's logging context. The first failure is rethrown once
 * every write has finished, so the reconcile is retried as a whole.
 */
final class ParallelWrites {
  static final int CONCURRENCY = 16;

  private ParallelWrites() {}

  static void run(List<Runnable> writes) {
    if (writes.size() <= 1) {
      writes.forEach(Runnable::run);
      return;
    }
    Map<String, String> mdc = MDC.getCopyOfContextMap();
    Semaphore permits = new Semaphore(CONCURRENCY);
    List<Future<?>> results = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Runnable write : writes) {
        results.add(
            threads.submit(
                () -> {
                  permits.acquireUninterruptibly();
                  if (mdc != null) {
                    MDC.setContextMap(mdc);
                  }
                  try {
                    write.run();
                  } finally {
                    MDC.clear();
                    permits.release();
                  }
                }));
      }
    }
    RuntimeException failure = null;
    for (Future<?> result : results) {
      try {
        result.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
