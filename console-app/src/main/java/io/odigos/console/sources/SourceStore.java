package io.odigos.console.sources;

import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.Source;
import java.util.List;

/** The Sources view's cluster: live namespaces, workloads, Sources and ICs, and the writes. */
public interface SourceStore {

  /** Receives, from any thread, what the watch sees; {@code present=false} is a deletion. */
  interface Sink {
    void namespace(String name, boolean present);

    void workload(WorkloadKey key, boolean present);

    void source(Source source, boolean present);

    void instrumentationConfig(InstrumentationConfig ic, boolean present);
  }

  /** Starts watching; blocks until the first listing is in. Close the result to stop. */
  AutoCloseable watch(Sink sink);

  /** Applies the changes in order; blocking. */
  void apply(List<SourceChange> changes);

  /** The injection dry run of each workload; blocking. */
  List<DryRunPreview.WorkloadPreview> preview(
      List<WorkloadKey> workloads, ProgrammingLanguage assumed);
}
