package io.odigos.console.sources;

/** One line of the grouped Sources table: a namespace header or one of its workloads. */
public sealed interface SourcesRow permits NamespaceRow, WorkloadRow {
  String namespace();

  /** Lower-case text the filter searches, computed once per row. */
  String searchKey();
}
