package io.odigos.console.sources;

import java.util.Locale;

/**
 * A namespace header of the Sources table.
 *
 * @param workloads how many workloads it has
 * @param instrumented how many of them run the agent
 * @param sourceText its namespace Source in words, "" if none
 */
public record NamespaceRow(
    String namespace, int workloads, int instrumented, String sourceText, String searchKey)
    implements SourcesRow {

  public static NamespaceRow of(String namespace, int workloads, int instrumented, String source) {
    return new NamespaceRow(
        namespace, workloads, instrumented, source, namespace.toLowerCase(Locale.ROOT));
  }
}
