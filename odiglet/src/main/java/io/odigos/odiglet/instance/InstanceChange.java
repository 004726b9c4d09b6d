package io.odigos.odiglet.instance;

/** One write the odiglet makes to InstrumentationInstances. */
public sealed interface InstanceChange {
  String namespace();

  String name();

  /**
   * A new instance for a newly seen agent process, with its first health.
   *
   * @param probe empty for an injected agent, else what the odiglet probes the process with
   */
  record Create(AgentObservation process, String node, InstanceHealth health, String probe)
      implements InstanceChange {
    public Create(AgentObservation process, String node, InstanceHealth health) {
      this(process, node, health, "");
    }

    @Override
    public String namespace() {
      return process.namespace();
    }

    @Override
    public String name() {
      return process.instanceName();
    }
  }

  /** The health of an existing instance changed. */
  record SetHealth(String namespace, String name, InstanceHealth health)
      implements InstanceChange {}

  /** The pod is gone (or the odiglet no longer probes the process): so goes its instance. */
  record Delete(String namespace, String name) implements InstanceChange {}
}
