package io.odigos.bench.ebpf;

/** What is attached to the server under test while a phase runs. */
enum Condition {
  /** Nothing. */
  UNINSTRUMENTED("a) uninstrumented"),
  /** Our Go probes, through the odiglet's manager in the probe agent JVM, spans exported. */
  INSTRUMENTED("b) our probes"),
  /** {@code uprobe_empty} at the same file offsets as (b): the cost of the traps alone. */
  EMPTY_PROBES("c) empty probes");

  final String label;

  Condition(String label) {
    this.label = label;
  }
}
