package io.odigos.console.sources;

import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.ArrayList;
import java.util.List;

/** A store that hands the test its sink and records the writes and dry-run requests. */
final class FakeSourceStore implements SourceStore {
  Sink sink;
  boolean closed;
  final List<SourceChange> applied = new ArrayList<>();
  final List<List<WorkloadKey>> previewed = new ArrayList<>();
  ProgrammingLanguage lastAssumed;

  @Override
  public AutoCloseable watch(Sink s) {
    sink = s;
    return () -> closed = true;
  }

  @Override
  public void apply(List<SourceChange> changes) {
    applied.addAll(changes);
  }

  @Override
  public List<DryRunPreview.WorkloadPreview> preview(
      List<WorkloadKey> workloads, ProgrammingLanguage assumed) {
    previewed.add(List.copyOf(workloads));
    lastAssumed = assumed;
    return workloads.stream()
        .map(k -> new DryRunPreview.WorkloadPreview(k, null, List.of("preview of " + k.name())))
        .toList();
  }
}
